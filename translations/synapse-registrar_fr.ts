<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountHistory</name>
    <message>
        <source>Cannot read the history %1: %2</source>
        <translation>Impossible de lire l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history %1 is not a JSON array; it was left as it is.</source>
        <translation>L&apos;historique %1 n&apos;est pas un tableau JSON&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot remove the history %1.</source>
        <translation>Impossible de supprimer l&apos;historique %1.</translation>
    </message>
    <message>
        <source>Cannot write the history %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;historique %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The history %1 could not be read, so it was not written: it may hold accounts this list does not show.</source>
        <translation>L&apos;historique %1 n&apos;a pas pu être lu, il n&apos;a donc pas été écrit&#xa0;: il peut contenir des comptes que cette liste n&apos;affiche pas.</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <source>Synapse</source>
        <translation>Synapse</translation>
    </message>
    <message>
        <source>Synapse with MAS</source>
        <translation>Synapse avec MAS</translation>
    </message>
    <message>
        <source>Tuwunel</source>
        <translation>Tuwunel</translation>
    </message>
    <message>
        <source>Tuwunel with MAS</source>
        <translation>Tuwunel avec MAS</translation>
    </message>
    <message>
        <source>Dendrite</source>
        <translation>Dendrite</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>The file is empty: it needs a header row such as “username,displayname,password”.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête telle que «&#xa0;username,displayname,password&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown column “%1” in the header; the columns are %2.</source>
        <translation>Colonne «&#xa0;%1&#xa0;» inconnue dans l&apos;en-tête&#xa0;; les colonnes sont %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» figure deux fois dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>The header has no “username” column.</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne «&#xa0;username&#xa0;».</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>La ligne a %1 champs&#xa0;; l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>admin is “%1”; use true/false, yes/no, 1/0 or leave it empty.</source>
        <translation>admin vaut «&#xa0;%1&#xa0;»&#xa0;; utilisez true/false, yes/no, 1/0 ou laissez-le vide.</translation>
    </message>
    <message>
        <source>“%1” appears earlier in the file.</source>
        <translation>«&#xa0;%1&#xa0;» figure plus haut dans le fichier.</translation>
    </message>
    <message>
        <source>The email address “%1” appears twice in the row.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%1&#xa0;» figure deux fois dans la ligne.</translation>
    </message>
    <message>
        <source>The email address “%1” appears earlier in the file.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%1&#xa0;» figure plus haut dans le fichier.</translation>
    </message>
</context>
<context>
    <name>BatchResults</name>
    <message>
        <source>The results file %1 is not a results file of this tool; use another file.</source>
        <translation>Le fichier de résultats %1 ne vient pas de cet outil&#xa0;; utilisez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot write the results file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de résultats %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Impossible d&apos;écrire le journal %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>Impossible d&apos;utiliser %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The results file and its journal hold passwords and must be regular files of yours.</source>
        <translation>Le fichier de résultats et son journal contiennent des mots de passe et doivent être des fichiers ordinaires vous appartenant.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. %2</source>
        <translation>%1 est un lien symbolique. %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder). %2</source>
        <translation>%1 n&apos;est pas un fichier ordinaire (un périphérique, un tube ou un dossier). %2</translation>
    </message>
    <message>
        <source>%1 belongs to another user. %2</source>
        <translation>%1 appartient à un autre utilisateur. %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was opened; it must be a regular file of yours.</source>
        <translation>%1 a changé pendant son ouverture&#xa0;; ce doit être un fichier ordinaire vous appartenant.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by you only: %2</source>
        <translation>Impossible de rendre %1 lisible par vous seul&#xa0;: %2</translation>
    </message>
    <message>
        <source>The results file %1 is in use by another run; wait for it to end or give another file.</source>
        <translation>Le fichier de résultats %1 est utilisé par une autre exécution&#xa0;; attendez qu&apos;elle se termine ou indiquez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot lock the results file %1: %2</source>
        <translation>Impossible de verrouiller le fichier de résultats %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The results file %1 ended in a partial record, as a full disk or an interrupted run leaves it: the partial record was cut off, and the %n whole record(s) before it are kept. Its row has no record, so it runs again, with the password the journal %2 kept for it if one was generated.</source>
        <translation>
            <numerusform>Le fichier de résultats %1 se terminait par un enregistrement partiel, comme en laisse un disque plein ou une exécution interrompue&#xa0;: l&apos;enregistrement partiel a été coupé, et %n enregistrement complet qui le précède est conservé. Sa ligne n&apos;a pas d&apos;enregistrement, elle est donc exécutée de nouveau, avec le mot de passe que le journal %2 a gardé pour elle s&apos;il avait été généré.</numerusform>
            <numerusform>Le fichier de résultats %1 se terminait par un enregistrement partiel, comme en laisse un disque plein ou une exécution interrompue&#xa0;: l&apos;enregistrement partiel a été coupé, et les %n enregistrements complets qui le précèdent sont conservés. Sa ligne n&apos;a pas d&apos;enregistrement, elle est donc exécutée de nouveau, avec le mot de passe que le journal %2 a gardé pour elle s&apos;il avait été généré.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results file %1 cannot be read: %2 If an earlier run wrote it, it holds the passwords of the accounts it records: keep it, and do not start again with another results file (those accounts would then be taken, with no password for them). Mend that line from a copy or in a text editor, then run again with this file.</source>
        <translation>Impossible de lire le fichier de résultats %1&#xa0;: %2 Si une exécution précédente l&apos;a écrit, il contient les mots de passe des comptes qu&apos;il note&#xa0;: gardez-le, et ne recommencez pas avec un autre fichier de résultats (ces comptes seraient alors déjà pris, sans mot de passe pour eux). Réparez cette ligne à partir d&apos;une copie ou dans un éditeur de texte, puis relancez avec ce fichier.</translation>
    </message>
    <message>
        <source>The results file %1 cannot be read as results of this tool: %2. If an earlier run wrote it, it holds the passwords of the accounts it records: keep it, and do not start again with another results file (those accounts would then be taken, with no password for them). Mend it from a copy or in a text editor, then run again with this file. Otherwise give another file.</source>
        <translation>Impossible de lire le fichier de résultats %1 comme des résultats de cet outil&#xa0;: %2. Si une exécution précédente l&apos;a écrit, il contient les mots de passe des comptes qu&apos;il note&#xa0;: gardez-le, et ne recommencez pas avec un autre fichier de résultats (ces comptes seraient alors déjà pris, sans mot de passe pour eux). Réparez-le à partir d&apos;une copie ou dans un éditeur de texte, puis relancez avec ce fichier. Sinon, indiquez un autre fichier.</translation>
    </message>
    <message>
        <source>it is not a JSON array</source>
        <translation>ce n&apos;est pas un tableau JSON</translation>
    </message>
    <message>
        <source>text follows the end of the array at byte %1</source>
        <translation>du texte suit la fin du tableau à l&apos;octet %1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>its element %1 is not an object</source>
        <translation>son élément %1 n&apos;est pas un objet</translation>
    </message>
</context>
<context>
    <name>BatchSource</name>
    <message>
        <source>read from a pipe, it is kept in memory for the run, and it is longer than %1; save it to a file and give that file</source>
        <translation>lu depuis un tube, il est gardé en mémoire pour l&apos;exécution et dépasse %1&#xa0;; enregistrez-le dans un fichier et indiquez ce fichier</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>il n&apos;a pas été ouvert</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Batch registration</source>
        <translation>Inscription par lot</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>The saved homeserver the accounts are created on</source>
        <translation>Le serveur d&apos;accueil enregistré sur lequel les comptes sont créés</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>&amp;Fichier CSV&#xa0;:</translation>
    </message>
    <message>
        <source>username, displayname, password, admin, user_type (header row, any order)</source>
        <translation>username, displayname, password, admin, user_type (ligne d&apos;en-tête, ordre libre)</translation>
    </message>
    <message>
        <source>The CSV file of accounts to create</source>
        <translation>Le fichier CSV des comptes à créer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Results file:</source>
        <translation>Fichier de &amp;résultats&#xa0;:</translation>
    </message>
    <message>
        <source>results.csv or results.json</source>
        <translation>results.csv ou results.json</translation>
    </message>
    <message>
        <source>Where each finished row is written at once; it holds the generated passwords and any tokens</source>
        <translation>Chaque ligne terminée y est écrite aussitôt&#xa0;; il contient les mots de passe générés et les éventuels jetons</translation>
    </message>
    <message>
        <source>Choose the results file</source>
        <translation>Choisir le fichier de résultats</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Requêtes &amp;simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>How many registrations are in flight at once</source>
        <translation>Combien d&apos;inscriptions sont en cours à la fois</translation>
    </message>
    <message>
        <source>Sign each account in and record its access &amp;token (otherwise no sessions are created)</source>
        <translation>Connecter chaque compte et noter son &amp;jeton d&apos;accès (sinon aucune session n&apos;est créée)</translation>
    </message>
    <message>
        <source>Creates a login session per account and writes its token to the results file</source>
        <translation>Crée une session par compte et écrit son jeton dans le fichier de résultats</translation>
    </message>
    <message>
        <source>⚠ The results file holds credentials: the generated passwords, and access tokens when they are asked for. It is created readable by you only; hand it over with care. Running again with the same file skips the rows it records.</source>
        <translation>⚠ Le fichier de résultats contient des identifiants&#xa0;: les mots de passe générés et, si demandés, les jetons d&apos;accès. Il est créé lisible par vous seul&#xa0;; transmettez-le avec soin. Relancer avec le même fichier saute les lignes qu&apos;il contient.</translation>
    </message>
    <message>
        <source>C&amp;heck file</source>
        <translation>&amp;Vérifier le fichier</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Each row of the file, its problem if it has one, and what became of it</source>
        <translation>Chaque ligne du fichier, son problème s&apos;il y en a un, et ce qu&apos;elle est devenue</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Avancement du lot</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Start no new rows; the running ones finish and are recorded</source>
        <translation>Ne plus commencer de lignes&#xa0;; celles en cours se terminent et sont notées</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Réessa&amp;yer les échecs</translation>
    </message>
    <message>
        <source>&amp;Create accounts</source>
        <translation>&amp;Créer les comptes</translation>
    </message>
    <message>
        <source>Open results fo&amp;lder</source>
        <translation>&amp;Ouvrir le dossier des résultats</translation>
    </message>
    <message>
        <source>Show the folder of the results file in the file manager</source>
        <translation>Afficher le dossier du fichier de résultats dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>Ferm&amp;er</translation>
    </message>
</context>
<context>
    <name>BoundedRead</name>
    <message>
        <source>it is longer than %1, the most this file may hold</source>
        <translation>il dépasse %1, le maximum que ce fichier peut contenir</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Certificat non fiable</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Subject, issuer, validity, SHA-256 fingerprint and the errors found</source>
        <translation>Sujet, émetteur, validité, empreinte SHA-256 et erreurs trouvées</translation>
    </message>
    <message>
        <source>I &amp;compared this SHA-256 fingerprint with the one the server&apos;s administrator gave me</source>
        <translation>J&apos;ai &amp;comparé cette empreinte SHA-256 avec celle que l&apos;administration du serveur m&apos;a donnée</translation>
    </message>
    <message>
        <source>Trusting is possible only after this is ticked</source>
        <translation>La confiance n&apos;est possible qu&apos;une fois cette case cochée</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>standard output is closed</source>
        <translation>la sortie standard est fermée</translation>
    </message>
    <message>
        <source>The result could not be written to standard output (%1), so it is lost.</source>
        <translation>Le résultat n&apos;a pas pu être écrit sur la sortie standard (%1)&#xa0;; il est perdu.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>User ID:</source>
        <translation>Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>The new account&apos;s full Matrix user ID</source>
        <translation>L&apos;identifiant Matrix complet du nouveau compte</translation>
    </message>
    <message>
        <source>Copy the user ID</source>
        <translation>Copier l&apos;identifiant</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Copier l&apos;identifiant</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>A full login for the new account; masked until revealed</source>
        <translation>Une connexion complète au nouveau compte&#xa0;; masqué jusqu&apos;à ce qu&apos;il soit révélé</translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation>Afficher ou masquer le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Afficher le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Copier le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Identifiant d&apos;appareil&#xa0;:</translation>
    </message>
    <message>
        <source>The device that registration created</source>
        <translation>L&apos;appareil que l&apos;inscription a créé</translation>
    </message>
    <message>
        <source>Copy the device ID</source>
        <translation>Copier l&apos;identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>Copy device ID</source>
        <translation>Copier l&apos;identifiant d&apos;appareil</translation>
    </message>
    <message>
        <source>Home server:</source>
        <translation>Serveur d&apos;accueil&#xa0;:</translation>
    </message>
    <message>
        <source>The server name the account belongs to</source>
        <translation>Le nom du serveur auquel le compte appartient</translation>
    </message>
    <message>
        <source>Copy the home server</source>
        <translation>Copier le serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>Copy home server</source>
        <translation>Copier le serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expire&#xa0;:</translation>
    </message>
    <message>
        <source>When the access token expires</source>
        <translation>Quand le jeton d&apos;accès expire</translation>
    </message>
    <message>
        <source>Copy the expires</source>
        <translation>Copier l&apos;expiration</translation>
    </message>
    <message>
        <source>Copy expires</source>
        <translation>Copier l&apos;expiration</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The generated password, shown once so it can be handed over</source>
        <translation>Le mot de passe généré, affiché une seule fois pour pouvoir être transmis</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>No access token: the account was created without a login session. Hand out the username and password.</source>
        <translation>Pas de jeton d&apos;accès&#xa0;: le compte a été créé sans session. Transmettez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Cop&amp;y all</source>
        <translation>Copier &amp;tout</translation>
    </message>
    <message>
        <source>Copy every value as key: value lines; the arrow offers JSON</source>
        <translation>Copier chaque valeur en lignes «&#xa0;clé: valeur&#xa0;»&#xa0;; la flèche propose JSON</translation>
    </message>
    <message>
        <source>Copy as &amp;command</source>
        <translation>Copier comme &amp;commande</translation>
    </message>
    <message>
        <source>Copy the synapse-registrar-cli command that repeats this registration, without the secret and the password</source>
        <translation>Copier la commande synapse-registrar-cli qui refait cette inscription, sans le secret ni le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Ask the server whose token this is (whoami)</source>
        <translation>Demander au serveur à qui appartient ce jeton (whoami)</translation>
    </message>
    <message>
        <source>End the session that registration created; the account stays</source>
        <translation>Mettre fin à la session que l&apos;inscription a créée&#xa0;; le compte reste</translation>
    </message>
    <message>
        <source>Log out this device</source>
        <translation>Déconnecter cet appareil</translation>
    </message>
    <message>
        <source>Credentials of a new account</source>
        <translation>Identifiants d’un nouveau compte</translation>
    </message>
    <message>
        <source>MAS user ID:</source>
        <translation>Identifiant utilisateur MAS&#xa0;:</translation>
    </message>
    <message>
        <source>The account&apos;s ID in the Matrix Authentication Service (a ULID), which its admin API and mas-cli take</source>
        <translation>L&apos;identifiant du compte dans le Matrix Authentication Service (un ULID), que prennent son API d&apos;administration et mas-cli</translation>
    </message>
    <message>
        <source>Copy the MAS user ID</source>
        <translation>Copier l&apos;identifiant utilisateur MAS</translation>
    </message>
    <message>
        <source>Copy MAS user ID</source>
        <translation>Copier l&apos;identifiant utilisateur MAS</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: text after a closing quote; put the whole field in quotes.</source>
        <translation>Ligne %1&#xa0;: texte après un guillemet fermant&#xa0;; mettez tout le champ entre guillemets.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Ligne %1&#xa0;: un champ entre guillemets n&apos;est pas fermé avant la fin du fichier.</translation>
    </message>
    <message>
        <source>Line %1: the file cannot be read further: %2</source>
        <translation>Ligne %1&#xa0;: impossible de lire la suite du fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text here (byte 0x%2); save it as UTF-8.</source>
        <translation>Ligne %1&#xa0;: le fichier n&apos;est pas du texte UTF-8 ici (octet 0x%2)&#xa0;; enregistrez-le en UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2, the most a field of this file may hold.</source>
        <translation>Ligne %1&#xa0;: un champ dépasse %2, le maximum qu&apos;un champ de ce fichier peut contenir.</translation>
    </message>
    <message>
        <source>Line %1: the row is longer than %2, the most a row of this file may hold.</source>
        <translation>Ligne %1&#xa0;: la ligne dépasse %2, le maximum qu&apos;une ligne de ce fichier peut contenir.</translation>
    </message>
    <message>
        <source>Line %1: a carriage return (CR) without a line feed after it; save the file with LF or CRLF line ends, or put a field that holds a CR in quotes.</source>
        <translation>Ligne %1&#xa0;: un retour chariot (CR) sans saut de ligne (LF) après lui&#xa0;; enregistrez le fichier avec des fins de ligne LF ou CRLF, ou mettez entre guillemets un champ qui contient un CR.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>“%1” is not an email address: it needs a name, an @ and a domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail&#xa0;: il lui faut un nom, un @ et un domaine.</translation>
    </message>
    <message>
        <source>The email address “%1” holds a space or a control character.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%1&#xa0;» contient une espace ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The email address “%1” is longer than %2 bytes.</source>
        <translation>L&apos;adresse e-mail «&#xa0;%1&#xa0;» dépasse %2 octets.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Synapse Registrar</source>
        <translation>Synapse Registrar</translation>
    </message>
    <message>
        <source>Homeserver</source>
        <translation>Serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <source>The saved homeserver to register on, or another server typed in below and not saved</source>
        <translation>Le serveur d&apos;accueil enregistré où inscrire, ou un autre serveur saisi ci-dessous et non enregistré</translation>
    </message>
    <message>
        <source>Add, edit, delete, reorder, export or import homeserver profiles</source>
        <translation>Ajouter, modifier, supprimer, réordonner, exporter ou importer des profils de serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Gérer les profils</translation>
    </message>
    <message>
        <source>Server UR&amp;L:</source>
        <translation>URL du s&amp;erveur&#xa0;:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8008 or https://matrix.example.com</source>
        <translation>http://127.0.0.1:8008 ou https://matrix.example.com</translation>
    </message>
    <message>
        <source>The URL of the server&apos;s admin API: often its local listener, because proxies rarely forward /_synapse/admin</source>
        <translation>L&apos;URL de l&apos;API d&apos;administration du serveur&#xa0;: souvent son écouteur local, car les proxys transmettent rarement /_synapse/admin</translation>
    </message>
    <message>
        <source>Sh&amp;ared secret:</source>
        <translation>&amp;Secret partagé&#xa0;:</translation>
    </message>
    <message>
        <source>registration_shared_secret, held in memory only</source>
        <translation>registration_shared_secret, gardé en mémoire seulement</translation>
    </message>
    <message>
        <source>The registration shared secret from homeserver.yaml; kept in memory only and never saved</source>
        <translation>Le secret partagé d&apos;inscription de homeserver.yaml&#xa0;; gardé en mémoire seulement et jamais enregistré</translation>
    </message>
    <message>
        <source>Server na&amp;me:</source>
        <translation>No&amp;m du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>server_name, or learned from the first registration</source>
        <translation>server_name, ou appris à la première inscription</translation>
    </message>
    <message>
        <source>The server_name of the homeserver; used for the user ID preview and length check</source>
        <translation>Le server_name du serveur d&apos;accueil&#xa0;; sert à l&apos;aperçu de l&apos;identifiant et au contrôle de longueur</translation>
    </message>
    <message>
        <source>Allows http:// to hosts other than this computer; the password and token then cross the network in clear text</source>
        <translation>Autorise http:// vers d&apos;autres machines que celle-ci&#xa0;; le mot de passe et le jeton traversent alors le réseau en clair</translation>
    </message>
    <message>
        <source>Allo&amp;w plain HTTP to other hosts (password readable on the network)</source>
        <translation>Autoriser le HTTP non chiffré vers d&apos;autres machines (mot de passe lisi&amp;ble sur le réseau)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>alice, or @alice:example.com</source>
        <translation>alice, ou @alice:example.com</translation>
    </message>
    <message>
        <source>The localpart of the new user ID: a-z, 0-9 and . _ = - / +</source>
        <translation>La partie locale du nouvel identifiant&#xa0;: a-z, 0-9 et . _ = - / +</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom affic&amp;hé&#xa0;:</translation>
    </message>
    <message>
        <source>The new user&apos;s display name; the server uses the username when it is empty</source>
        <translation>Le nom affiché du nouvel utilisateur&#xa0;; s&apos;il est vide, le serveur utilise le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Optional: the username is used when empty</source>
        <translation>Facultatif&#xa0;: vide, le nom d&apos;utilisateur est utilisé</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>The new user&apos;s password; Ctrl+G generates one, Ctrl+H shows it</source>
        <translation>Le mot de passe du nouvel utilisateur&#xa0;; Ctrl+G en génère un, Ctrl+H l&apos;affiche</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Afficher les mots de passe</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Générer un mot de passe</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>Lon&amp;gueur&#xa0;:</translation>
    </message>
    <message>
        <source>How many characters a generated password has, 12 to 64</source>
        <translation>Nombre de caractères d&apos;un mot de passe généré, de 12 à 64</translation>
    </message>
    <message>
        <source>Generated password length</source>
        <translation>Longueur des mots de passe générés</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>C&amp;onfirmer&#xa0;:</translation>
    </message>
    <message>
        <source>The password again, to catch typing mistakes</source>
        <translation>Le mot de passe une seconde fois, pour repérer les fautes de frappe</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>User &amp;type:</source>
        <translation>T&amp;ype d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Regular user, bot, or support account</source>
        <translation>Utilisateur ordinaire, bot ou compte de support</translation>
    </message>
    <message>
        <source>Ma&amp;ke a server admin</source>
        <translation>Faire de lui u&amp;n administrateur du serveur</translation>
    </message>
    <message>
        <source>A server admin can read and change everything on the server; you are asked to confirm</source>
        <translation>Un administrateur du serveur peut tout lire et tout modifier sur le serveur&#xa0;; une confirmation vous est demandée</translation>
    </message>
    <message>
        <source>S&amp;ign the new account in (returns an access token)</source>
        <translation>Connecter le nouveau compte (renvoie un &amp;jeton d&apos;accès)</translation>
    </message>
    <message>
        <source>When off, the account is created without a session or token, for handing out a username and password</source>
        <translation>Désactivé, le compte est créé sans session ni jeton, pour transmettre un nom d&apos;utilisateur et un mot de passe</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>&amp;Lot…</translation>
    </message>
    <message>
        <source>Create many accounts from a CSV file on the selected profile</source>
        <translation>Créer de nombreux comptes depuis un fichier CSV sur le profil choisi</translation>
    </message>
    <message>
        <source>Registration in progress</source>
        <translation>Inscription en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>Cr&amp;edentials</source>
        <translation>I&amp;dentifiants</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Histori&amp;que</translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>Comptes créés</translation>
    </message>
    <message>
        <source>Kept on this computer without tokens or passwords.</source>
        <translation>Conservés sur cet ordinateur, sans jetons ni mots de passe.</translation>
    </message>
    <message>
        <source>Clear histor&amp;y</source>
        <translation>Effa&amp;cer l&apos;historique</translation>
    </message>
    <message>
        <source>Mana&amp;ge…</source>
        <translation>G&amp;érer…</translation>
    </message>
    <message>
        <source>Email addresses MAS adds to the new account, separated by commas or spaces; none is needed</source>
        <translation>Adresses e-mail que MAS ajoute au nouveau compte, séparées par des virgules ou des espaces&#xa0;; aucune n&apos;est nécessaire</translation>
    </message>
    <message>
        <source>MAS refuses passwords it finds too weak; when on, it takes any password</source>
        <translation>MAS refuse les mots de passe qu&apos;il juge trop faibles&#xa0;; coché, il accepte tout mot de passe</translation>
    </message>
    <message>
        <source>Optional; several separated by commas</source>
        <translation>Facultatif&#xa0;; plusieurs séparées par des virgules</translation>
    </message>
    <message>
        <source>None: MAS has no user types.</source>
        <translation>Aucun&#xa0;: MAS n&apos;a pas de types d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Email addresses:</source>
        <translation>Adresses e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Skip MAS&apos;s password check</source>
        <translation>Ignorer la vérification du mot de passe par MAS</translation>
    </message>
</context>
<context>
    <name>MasAdminClient</name>
    <message>
        <source>The MAS client ID is empty.</source>
        <translation>L&apos;identifiant de client MAS est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a MAS client ID: MAS client IDs are 26 characters of 0–9 and A–Z without I, L, O and U, as in clients: in MAS&apos;s configuration.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de client MAS&#xa0;: ces identifiants comptent 26 caractères parmi 0–9 et A–Z sans I, L, O ni U, comme sous clients: dans la configuration de MAS.</translation>
    </message>
</context>
<context>
    <name>MasProgress</name>
    <message>
        <source>nothing was done yet</source>
        <translation>rien n&apos;a encore été fait</translation>
    </message>
    <message>
        <source>the user was created</source>
        <translation>l&apos;utilisateur a été créé</translation>
    </message>
    <message>
        <source>the password was set</source>
        <translation>le mot de passe a été défini</translation>
    </message>
    <message>
        <source>the admin flag was set</source>
        <translation>l&apos;indicateur d&apos;administrateur a été défini</translation>
    </message>
    <message>
        <source>the email addresses were added</source>
        <translation>les adresses e-mail ont été ajoutées</translation>
    </message>
    <message>
        <source>the access token was made</source>
        <translation>le jeton d&apos;accès a été créé</translation>
    </message>
</context>
<context>
    <name>MasProgressStore</name>
    <message>
        <source>Cannot read the MAS progress file %1: %2</source>
        <translation>Impossible de lire le fichier de progression MAS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The MAS progress file %1 is not a JSON array; it was left as it is.</source>
        <translation>Le fichier de progression MAS %1 n&apos;est pas un tableau JSON&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot write the MAS progress file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de progression MAS %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MasReplyParser</name>
    <message>
        <source>the token reply&apos;s token_type is not Bearer</source>
        <translation>le token_type de la réponse du jeton n&apos;est pas Bearer</translation>
    </message>
    <message>
        <source>the user reply has no user with a ULID</source>
        <translation>la réponse utilisateur n&apos;a pas d&apos;utilisateur avec un ULID</translation>
    </message>
    <message>
        <source>HTTP %1 where MAS answers 204</source>
        <translation>HTTP %1 là où MAS répond 204</translation>
    </message>
    <message>
        <source>HTTP 200 where MAS answers 201</source>
        <translation>HTTP 200 là où MAS répond 201</translation>
    </message>
    <message>
        <source>the personal session has no access token</source>
        <translation>la session personnelle n&apos;a pas de jeton d&apos;accès</translation>
    </message>
    <message>
        <source>the personal session&apos;s expiry is not a date</source>
        <translation>l&apos;expiration de la session personnelle n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the version reply has no version</source>
        <translation>la réponse de version ne contient pas de version</translation>
    </message>
    <message>
        <source>the token reply has no “access_token”</source>
        <translation>la réponse du jeton n&apos;a pas de «&#xa0;access_token&#xa0;»</translation>
    </message>
    <message>
        <source>the email list has no “data” array</source>
        <translation>la liste des e-mails n&apos;a pas de tableau «&#xa0;data&#xa0;»</translation>
    </message>
    <message>
        <source>the site configuration has no password_login_enabled</source>
        <translation>la configuration du site n&apos;a pas de password_login_enabled</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile has no name.</source>
        <translation>Un profil n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The profile “%1” has no usable client URL: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;a pas d&apos;URL client utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has an unusable admin URL: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a une URL d&apos;administration inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has an unusable certificate fingerprint.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a une empreinte de certificat inutilisable.</translation>
    </message>
    <message>
        <source>The profile “%1”: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has a MAS client but no MAS URL.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a un client MAS mais pas d&apos;URL MAS.</translation>
    </message>
    <message>
        <source>The profile “%1” has an unusable MAS URL: %2</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a une URL MAS inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has an unknown MAS client authentication method; it is basic or post.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» a une méthode d&apos;authentification de client MAS inconnue&#xa0;; elle vaut basic ou post.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Homeserver profile</source>
        <translation>Profil de serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Work, Family server…</source>
        <translation>Travail, serveur familial…</translation>
    </message>
    <message>
        <source>A name for this server, unique among your profiles; the command-line tool&apos;s --profile takes it</source>
        <translation>Un nom pour ce serveur, unique parmi vos profils&#xa0;; l&apos;option --profile de l&apos;outil en ligne de commande le prend</translation>
    </message>
    <message>
        <source>&amp;Client URL:</source>
        <translation>URL &amp;client&#xa0;:</translation>
    </message>
    <message>
        <source>https://matrix.example.com, or just example.com</source>
        <translation>https://matrix.example.com, ou simplement example.com</translation>
    </message>
    <message>
        <source>The client API URL, or a bare server name to look up through .well-known</source>
        <translation>L&apos;URL de l&apos;API client, ou un simple nom de serveur à rechercher via .well-known</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find the client URL of a bare server name through /.well-known/matrix/client</source>
        <translation>Trouver l&apos;URL client d&apos;un simple nom de serveur via /.well-known/matrix/client</translation>
    </message>
    <message>
        <source>&amp;Admin API URL:</source>
        <translation>URL de l&apos;API d&apos;&amp;administration&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the client URL; often http://127.0.0.1:8008 or an SSH tunnel</source>
        <translation>Identique à l&apos;URL client&#xa0;; souvent http://127.0.0.1:8008 ou un tunnel SSH</translation>
    </message>
    <message>
        <source>Where /_synapse/admin is reached; proxies rarely forward it, so this is often the local listener</source>
        <translation>Où /_synapse/admin est joignable&#xa0;; les proxys le transmettent rarement, c&apos;est donc souvent l&apos;écouteur local</translation>
    </message>
    <message>
        <source>Server na&amp;me:</source>
        <translation>No&amp;m du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>server_name; learned from the first registration when empty</source>
        <translation>server_name&#xa0;; appris à la première inscription s&apos;il est vide</translation>
    </message>
    <message>
        <source>The server_name in homeserver.yaml: the part after the colon of user IDs</source>
        <translation>Le server_name de homeserver.yaml&#xa0;: la partie des identifiants après les deux-points</translation>
    </message>
    <message>
        <source>Allo&amp;w plain HTTP to other hosts (password readable on the network)</source>
        <translation>Autoriser le HTTP non chiffré vers d&apos;autres machines (mot de &amp;passe lisible sur le réseau)</translation>
    </message>
    <message>
        <source>Lets this profile use http:// to hosts other than this computer</source>
        <translation>Permet à ce profil d&apos;utiliser http:// vers d&apos;autres machines que celle-ci</translation>
    </message>
    <message>
        <source>Pinned certi&amp;ficate:</source>
        <translation>Certi&amp;ficat épinglé&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint; empty: the usual CA checks decide</source>
        <translation>Empreinte SHA-256&#xa0;; vide&#xa0;: les contrôles habituels des AC décident</translation>
    </message>
    <message>
        <source>The one TLS certificate trusted for this server, checked on every connection; clear it to stop trusting it</source>
        <translation>Le seul certificat TLS accepté pour ce serveur, vérifié à chaque connexion&#xa0;; videz-le pour ne plus lui faire confiance</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>Fic&amp;hier d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust instead of the system&apos;s</source>
        <translation>Un fichier PEM de certificats d&apos;AC à accepter à la place de ceux du système</translation>
    </message>
    <message>
        <source>For servers whose certificate is signed by a private CA</source>
        <translation>Pour les serveurs dont le certificat est signé par une AC privée</translation>
    </message>
    <message>
        <source>Im&amp;port from homeserver.yaml…</source>
        <translation>&amp;Importer depuis homeserver.yaml…</translation>
    </message>
    <message>
        <source>Read server_name, public_baseurl, the listeners and the shared secret from Synapse&apos;s configuration</source>
        <translation>Lire server_name, public_baseurl, les écouteurs et le secret partagé dans la configuration de Synapse</translation>
    </message>
    <message>
        <source>C&amp;heck server</source>
        <translation>&amp;Vérifier le serveur</translation>
    </message>
    <message>
        <source>Ask the server its version, whether the admin API is reachable and shared-secret registration is enabled</source>
        <translation>Demander au serveur sa version, si l&apos;API d&apos;administration est joignable et si l&apos;inscription par secret partagé est activée</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Secret partagé</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <source>The registration shared secret; it is stored in the keychain, never in a file, and never shown back</source>
        <translation>Le secret partagé d&apos;inscription&#xa0;; il est rangé dans le trousseau, jamais dans un fichier, et n&apos;est jamais réaffiché</translation>
    </message>
    <message>
        <source>&amp;Remove stored secret</source>
        <translation>Supprimer le secret enre&amp;gistré</translation>
    </message>
    <message>
        <source>Defaults for new users</source>
        <translation>Valeurs par défaut des nouveaux utilisateurs</translation>
    </message>
    <message>
        <source>User &amp;type:</source>
        <translation>&amp;Type d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>The user type the form starts with for this server</source>
        <translation>Le type d&apos;utilisateur par lequel le formulaire commence pour ce serveur</translation>
    </message>
    <message>
        <source>Password len&amp;gth:</source>
        <translation>&amp;Longueur du mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The length of generated passwords for this server</source>
        <translation>La longueur des mots de passe générés pour ce serveur</translation>
    </message>
    <message>
        <source>New users are server a&amp;dmins (asked to confirm each time)</source>
        <translation>Les nouveaux utilisateurs sont a&amp;dministrateurs du serveur (confirmation à chaque fois)</translation>
    </message>
    <message>
        <source>Starts the form with the admin box ticked; registering an admin still asks for confirmation</source>
        <translation>Le formulaire commence avec la case administrateur cochée&#xa0;; inscrire un administrateur demande quand même une confirmation</translation>
    </message>
    <message>
        <source>Sign new accounts &amp;in (access token)</source>
        <translation>Conn&amp;ecter les nouveaux comptes (jeton d&apos;accès)</translation>
    </message>
    <message>
        <source>Starts the form with &quot;Sign the new account in&quot; ticked</source>
        <translation>Le formulaire commence avec «&#xa0;Connecter le nouveau compte&#xa0;» coché</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Free notes about this server, such as how to reach its admin API</source>
        <translation>Notes libres sur ce serveur, par exemple comment joindre son API d&apos;administration</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Choose the PEM file of CA certificates</source>
        <translation>Choisir le fichier PEM des certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Show the secret typed here; a stored or imported secret is never shown</source>
        <translation>Afficher le secret saisi ici&#xa0;; un secret enregistré ou importé n&apos;est jamais affiché</translation>
    </message>
    <message>
        <source>How accounts are created</source>
        <translation>Comment les comptes sont créés</translation>
    </message>
    <message>
        <source>S&amp;ynapse&apos;s shared-secret registration (also Tuwunel and Dendrite)</source>
        <translation>Inscription par secret partagé de S&amp;ynapse (aussi Tuwunel et Dendrite)</translation>
    </message>
    <message>
        <source>Accounts are registered with the homeserver&apos;s registration shared secret</source>
        <translation>Les comptes sont inscrits avec le secret partagé d&apos;inscription du serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>MAS admin API (Matri&amp;x Authentication Service)</source>
        <translation>API d&apos;administration de MAS (Matri&amp;x Authentication Service)</translation>
    </message>
    <message>
        <source>For a Synapse that delegates authentication to MAS: accounts are created through MAS&apos;s admin API with an admin client</source>
        <translation>Pour un Synapse qui délègue l&apos;authentification à MAS&#xa0;: les comptes sont créés par l&apos;API d&apos;administration de MAS avec un client d&apos;administration</translation>
    </message>
    <message>
        <source>MAS URL:</source>
        <translation>URL de MAS&#xa0;:</translation>
    </message>
    <message>
        <source>https://auth.example.com; Check server finds it</source>
        <translation>https://auth.example.com&#xa0;; «&#xa0;Vérifier le serveur&#xa0;» la trouve</translation>
    </message>
    <message>
        <source>Where MAS serves its token endpoint and its admin API; Check server fills it in from the homeserver&apos;s auth metadata</source>
        <translation>Là où MAS sert son point de terminaison de jetons et son API d&apos;administration&#xa0;; «&#xa0;Vérifier le serveur&#xa0;» la remplit d&apos;après les métadonnées d&apos;authentification du serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>Admin cli&amp;ent ID:</source>
        <translation>Identifiant uni&amp;que du client d&apos;administration&#xa0;:</translation>
    </message>
    <message>
        <source>26 characters, the client_id in MAS&apos;s clients:</source>
        <translation>26 caractères, le client_id dans clients: de MAS</translation>
    </message>
    <message>
        <source>The client_id of the admin client in MAS&apos;s configuration, a ULID such as 01JBX3Q7R5M2N8P4T6V9W0Y1Z2</source>
        <translation>Le client_id du client d&apos;administration dans la configuration de MAS, un ULID comme 01JBX3Q7R5M2N8P4T6V9W0Y1Z2</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Authentification du client&#xa0;:</translation>
    </message>
    <message>
        <source>The client&apos;s client_auth_method in MAS&apos;s configuration; another one is refused like a wrong secret</source>
        <translation>Le client_auth_method du client dans la configuration de MAS&#xa0;; une autre méthode est refusée comme un mauvais secret</translation>
    </message>
    <message>
        <source>What MAS needs</source>
        <translation>Ce dont MAS a besoin</translation>
    </message>
    <message>
        <source>Shows what the MAS admin must configure for this client</source>
        <translation>Montre ce que l&apos;administrateur de MAS doit configurer pour ce client</translation>
    </message>
    <message>
        <source>MAS configuration for this client</source>
        <translation>Configuration de MAS pour ce client</translation>
    </message>
    <message>
        <source>Copy the YAML</source>
        <translation>Copier le YAML</translation>
    </message>
    <message>
        <source>Copies the configuration above, without any secret, for MAS&apos;s config.yaml</source>
        <translation>Copie la configuration ci-dessus, sans aucun secret, pour le config.yaml de MAS</translation>
    </message>
    <message>
        <source>New ID</source>
        <translation>Nouvel identifiant</translation>
    </message>
    <message>
        <source>Makes up a new ULID for an admin client that MAS does not have yet; give the same ID to MAS</source>
        <translation>Crée un nouvel ULID pour un client d&apos;administration que MAS n&apos;a pas encore&#xa0;; donnez le même identifiant à MAS</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Homeserver profiles</source>
        <translation>Profils de serveurs d&apos;accueil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>The saved homeservers, in the order of the main window&apos;s selector</source>
        <translation>Les serveurs d&apos;accueil enregistrés, dans l&apos;ordre du sélecteur de la fenêtre principale</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON for another computer; shared secrets are not included</source>
        <translation>Enregistrer les profils en JSON pour un autre ordinateur&#xa0;; les secrets partagés n&apos;y figurent pas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON export; enter their secrets afterwards</source>
        <translation>Ajouter les profils d&apos;un export JSON&#xa0;; saisissez leurs secrets ensuite</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Affiche l&apos;aide sur les options de la ligne de commande.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Affiche l&apos;aide, y compris les options propres à Qt.</translation>
    </message>
</context>
<context>
    <name>RegistrationError</name>
    <message>
        <source>The form has a problem that must be fixed before anything is sent: %1</source>
        <translation>Le formulaire a un problème à corriger avant tout envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server URL is not usable: %1</source>
        <translation>L&apos;URL du serveur n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refused to send the password and the shared secret&apos;s MAC over plain HTTP to %1, which is not this machine: anyone on the way could read them. Use https://, an SSH tunnel to the local listener, or allow insecure HTTP explicitly.</source>
        <translation>Refus d&apos;envoyer le mot de passe et le MAC du secret partagé en HTTP non chiffré à %1, qui n&apos;est pas cette machine&#xa0;: n&apos;importe qui sur le trajet pourrait les lire. Utilisez https://, un tunnel SSH vers l&apos;écouteur local, ou autorisez explicitement le HTTP non sécurisé.</translation>
    </message>
    <message>
        <source>This username is already taken on the server (names are compared without regard to case). Choose another one; an existing account is never overwritten.</source>
        <translation>Ce nom d&apos;utilisateur est déjà pris sur le serveur (les noms sont comparés sans tenir compte de la casse). Choisissez-en un autre&#xa0;; un compte existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>The server refused the username. Check the characters (a-z, 0-9 and . _ = - / +, and “+” only from Synapse 1.89), the length and that it is not all digits.</source>
        <translation>Le serveur a refusé le nom d&apos;utilisateur. Vérifiez les caractères (a-z, 0-9 et . _ = - / +, «&#xa0;+&#xa0;» seulement à partir de Synapse 1.89), la longueur et qu&apos;il ne soit pas fait que de chiffres.</translation>
    </message>
    <message>
        <source>This username is reserved on the server, for server notices or by an application service (a bridge). Choose another one.</source>
        <translation>Ce nom d&apos;utilisateur est réservé sur le serveur, aux annonces du serveur ou par un service d&apos;application (une passerelle). Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The server refused the password: it must have at most 512 characters and no NUL character.</source>
        <translation>Le serveur a refusé le mot de passe&#xa0;: il doit avoir au plus 512 caractères et aucun caractère NUL.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused the request (429): a spam-checker module or a rate limit. Try again in %n second(s).</source>
        <translation>
            <numerusform>Le serveur a refusé la requête (429)&#xa0;: un module anti-spam ou une limite de débit. Réessayez dans %n seconde.</numerusform>
            <numerusform>Le serveur a refusé la requête (429)&#xa0;: un module anti-spam ou une limite de débit. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request (429): usually a spam-checker module denied this account. Check the server&apos;s modules and its log.</source>
        <translation>Le serveur a refusé la requête (429)&#xa0;: le plus souvent, un module anti-spam a refusé ce compte. Vérifiez les modules du serveur et son journal.</translation>
    </message>
    <message>
        <source>Shared-secret registration is not enabled on this server. Set registration_shared_secret (or registration_shared_secret_path) in homeserver.yaml, in a file Synapse really loads, and restart Synapse.</source>
        <translation>L&apos;inscription par secret partagé n&apos;est pas activée sur ce serveur. Définissez registration_shared_secret (ou registration_shared_secret_path) dans homeserver.yaml, dans un fichier que Synapse charge vraiment, et redémarrez Synapse.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s signature (“HMAC incorrect”): the shared secret is not the one the running server uses. Check for a trailing newline or space, YAML escapes in a double-quoted secret, another service&apos;s secret, or a secret changed without restarting Synapse.</source>
        <translation>Le serveur a rejeté la signature de la requête («&#xa0;HMAC incorrect&#xa0;»)&#xa0;: le secret partagé n&apos;est pas celui du serveur en marche. Cherchez un saut de ligne ou une espace à la fin, des échappements YAML dans un secret entre guillemets doubles, le secret d&apos;un autre service, ou un secret changé sans redémarrer Synapse.</translation>
    </message>
    <message>
        <source>The server did not recognise the nonce: it expired (after 60 s), was already used, or came from another listener or worker, or Synapse restarted. Try again; if it keeps failing, point the admin URL at the main process.</source>
        <translation>Le serveur n&apos;a pas reconnu le nonce&#xa0;: il a expiré (après 60 s), a déjà servi, vient d&apos;un autre écouteur ou worker, ou Synapse a redémarré. Réessayez&#xa0;; si l&apos;échec persiste, faites pointer l&apos;URL d&apos;administration vers le processus principal.</translation>
    </message>
    <message>
        <source>Synapse does not recognise the request path. Give the server&apos;s base URL only (no path, no trailing /_synapse or /_matrix part) and check that it is the main process.</source>
        <translation>Synapse ne reconnaît pas le chemin de la requête. Donnez seulement l&apos;URL de base du serveur (sans chemin, sans partie /_synapse ou /_matrix à la fin) et vérifiez qu&apos;il s&apos;agit du processus principal.</translation>
    </message>
    <message>
        <source>The server answered 404 with a page that is not from Synapse: the reverse proxy does not forward /_synapse/admin. Use the local listener (such as http://127.0.0.1:8008) or an SSH tunnel to it as the admin URL.</source>
        <translation>Le serveur a répondu 404 avec une page qui ne vient pas de Synapse&#xa0;: le proxy inverse ne transmet pas /_synapse/admin. Utilisez l&apos;écouteur local (par exemple http://127.0.0.1:8008) ou un tunnel SSH vers lui comme URL d&apos;administration.</translation>
    </message>
    <message>
        <source>The server does not accept the access token: it was logged out, expired, or belongs to another server.</source>
        <translation>Le serveur n&apos;accepte pas le jeton d&apos;accès&#xa0;: il a été déconnecté, a expiré ou appartient à un autre serveur.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1. Is Synapse running, and is this the port of its client listener?</source>
        <translation>Rien n&apos;a accepté la connexion à %1. Synapse tourne-t-il, et est-ce bien le port de son écouteur client&#xa0;?</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the spelling of the server URL and the DNS.</source>
        <translation>Le nom d&apos;hôte %1 n&apos;a pas pu être résolu. Vérifiez l&apos;orthographe de l&apos;URL du serveur et le DNS.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. Check its fingerprint with the server&apos;s administrator; you can trust this one certificate for the profile, or give the profile the CA file that signed it.
%1</source>
        <translation>Le certificat du serveur n&apos;est pas fiable, donc rien n&apos;a été envoyé. Vérifiez son empreinte avec l&apos;administration du serveur&#xa0;; vous pouvez faire confiance à ce seul certificat pour le profil, ou donner au profil le fichier de l&apos;AC qui l&apos;a signé.
%1</translation>
    </message>
    <message>
        <source>The secure connection failed and nothing was sent: %1</source>
        <translation>La connexion sécurisée a échoué et rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed, so nothing was sent. Pinned: %1. Now: %2. If the server really got a new certificate, check the new fingerprint with its administrator and pin it again; otherwise someone may be intercepting the connection.</source>
        <translation>Le certificat du serveur a changé, donc rien n&apos;a été envoyé. Épinglé&#xa0;: %1. Actuel&#xa0;: %2. Si le serveur a vraiment reçu un nouveau certificat, vérifiez la nouvelle empreinte avec son administration et épinglez-la de nouveau&#xa0;; sinon, quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded, or a firewall drops the connection; try again or raise the timeout.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Il est peut-être surchargé, ou un pare-feu abandonne la connexion&#xa0;; réessayez ou augmentez le délai.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>La connexion a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1, which was not followed: the password would have gone to another address. Use that address as the server URL if you trust it.</source>
        <translation>Le serveur a répondu par une redirection vers %1, qui n&apos;a pas été suivie&#xa0;: le mot de passe serait parti vers une autre adresse. Utilisez cette adresse comme URL du serveur si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>an unnamed location</source>
        <translation>un emplacement sans nom</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not what the Matrix protocol promises (%1), so nothing is assumed about the account. Check that the URL points at Synapse.</source>
        <translation>La réponse du serveur n&apos;est pas ce que promet le protocole Matrix (%1), donc rien n&apos;est supposé sur le compte. Vérifiez que l&apos;URL pointe vers Synapse.</translation>
    </message>
    <message>
        <source>The proxy in front of Synapse could not reach it (HTTP %1). Is Synapse running?</source>
        <translation>Le proxy devant Synapse n&apos;a pas pu le joindre (HTTP %1). Synapse tourne-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Synapse failed with an internal error (HTTP %1). Its log says why; a shared secret that YAML reads as a number is a known cause.</source>
        <translation>Synapse a échoué sur une erreur interne (HTTP %1). Son journal dit pourquoi&#xa0;; un secret partagé que YAML lit comme un nombre en est une cause connue.</translation>
    </message>
    <message>
        <source>The server could not read the request (HTTP %1). This is a bug in Synapse Registrar or a proxy that changed the request; please report it.</source>
        <translation>Le serveur n&apos;a pas pu lire la requête (HTTP %1). C&apos;est un bogue de Synapse Registrar ou d&apos;un proxy qui a modifié la requête&#xa0;; merci de le signaler.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP status %1.</source>
        <translation>Le serveur a répondu avec un statut HTTP inattendu %1.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Le serveur a dit&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not accept this user type. Use a regular user, “bot” or “support”, or add the type to user_types.extra_user_types (Synapse 1.132 or newer).</source>
        <translation>Le serveur n&apos;accepte pas ce type d&apos;utilisateur. Utilisez un utilisateur ordinaire, «&#xa0;bot&#xa0;» ou «&#xa0;support&#xa0;», ou ajoutez le type à user_types.extra_user_types (Synapse 1.132 ou plus récent).</translation>
    </message>
    <message>
        <source>No shared secret is stored for this server.</source>
        <translation>Aucun secret partagé n&apos;est enregistré pour ce serveur.</translation>
    </message>
    <message>
        <source>The shared secret cannot be read: %1</source>
        <translation>Le secret partagé ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1 MiB and was discarded. Check that the URL points at Synapse.</source>
        <translation>La réponse du serveur dépassait %1 Mio et a été écartée. Vérifiez que l&apos;URL pointe vers Synapse.</translation>
    </message>
    <message>
        <source>A pinned certificate or a CA file is set for %1, but the URL is plain http://, where no certificate is checked: nothing was sent. Use the server&apos;s https:// URL, or remove the pin and the CA file.</source>
        <translation>Un certificat épinglé ou un fichier de CA est défini pour %1, mais l&apos;URL est en http:// simple, où aucun certificat n&apos;est vérifié&#xa0;: rien n&apos;a été envoyé. Utilisez l&apos;URL https:// du serveur ou retirez l&apos;épinglage et le fichier de CA.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse dans le délai</translation>
    </message>
    <message>
        <source>cancelled after it was sent</source>
        <translation>annulée après l&apos;envoi</translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation>la connexion s&apos;est terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>a proxy answered HTTP %1 in place of Synapse</source>
        <translation>un proxy a répondu HTTP %1 à la place de Synapse</translation>
    </message>
    <message>
        <source>a reply too large to read</source>
        <translation>une réponse trop grande pour être lue</translation>
    </message>
    <message>
        <source>a success reply that cannot be read: %1</source>
        <translation>une réponse de succès illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request to create the account was sent, but no definite answer came back (%1). The account may exist now, with the password that was sent: keep that password. Registering the name again with it is safe: a free name is created; if it is reported as taken, sign in with the password to find out whether it is this account.</source>
        <translation>La requête de création du compte a été envoyée, mais aucune réponse claire n&apos;est revenue (%1). Le compte existe peut-être maintenant, avec le mot de passe envoyé&#xa0;: gardez ce mot de passe. Inscrire à nouveau ce nom avec lui est sans risque&#xa0;: un nom libre est créé&#xa0;; s&apos;il est signalé comme pris, connectez-vous avec le mot de passe pour savoir si c&apos;est ce compte.</translation>
    </message>
    <message>
        <source>The CA file cannot be used, so nothing was sent: %1. Give a readable PEM file with the certificates of the CA that signed the server&apos;s certificate, or remove the CA file.</source>
        <translation>Le fichier d&apos;AC est inutilisable, rien n&apos;a donc été envoyé&#xa0;: %1. Indiquez un fichier PEM lisible contenant les certificats de l&apos;autorité qui a signé le certificat du serveur, ou retirez le fichier d&apos;AC.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not have the fingerprint given (%1), so it is not trusted and nothing was sent. Check the fingerprint with the server&apos;s administrator: it may be mistyped, or another server answers at this address.
%2</source>
        <translation>Le certificat du serveur n&apos;a pas l&apos;empreinte donnée (%1)&#xa0;: il n&apos;est donc pas approuvé, et rien n&apos;a été envoyé. Vérifiez l&apos;empreinte avec l&apos;administrateur du serveur&#xa0;: elle est peut-être mal saisie, ou un autre serveur répond à cette adresse.
%2</translation>
    </message>
    <message>
        <source>The name is taken, and signing in with the password an earlier attempt sent, to find out whether that attempt created the account, did not work: %1 The account may still be that one: keep the password and try again later.</source>
        <translation>Le nom est pris, et la connexion avec le mot de passe envoyé par une tentative précédente, pour savoir si cette tentative a créé le compte, n&apos;a pas abouti&#xa0;: %1 Le compte est peut-être bien celui-là&#xa0;: gardez le mot de passe et réessayez plus tard.</translation>
    </message>
    <message>
        <source>Synapse failed with an internal error, HTTP %1; its log says why</source>
        <translation>Synapse a échoué sur une erreur interne, HTTP %1&#xa0;; son journal dit pourquoi</translation>
    </message>
    <message>
        <source>%1 refused the username; its words below say why. A username has only a-z, 0-9 and . _ = - /, and does not start with “_”.</source>
        <translation>%1 a refusé le nom d&apos;utilisateur&#xa0;; ses mots ci-dessous disent pourquoi. Un nom d&apos;utilisateur ne contient que a-z, 0-9 et . _ = - / et ne commence pas par «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>The server refused the password as too weak; its words below say what it asks for (Dendrite: at least 8 characters).</source>
        <translation>Le serveur a refusé le mot de passe comme trop faible&#xa0;; ses mots ci-dessous disent ce qu&apos;il demande (Dendrite&#xa0;: au moins 8 caractères).</translation>
    </message>
    <message>
        <source>Shared-secret registration is not enabled on this Tuwunel server. Set registration_shared_secret (or registration_shared_secret_file) in its configuration.</source>
        <translation>L&apos;inscription par secret partagé n&apos;est pas activée sur ce serveur Tuwunel. Définissez registration_shared_secret (ou registration_shared_secret_file) dans sa configuration.</translation>
    </message>
    <message>
        <source>Shared-secret registration is not enabled on this Dendrite server: without client_api.registration_shared_secret in dendrite.yaml it has no registration endpoint at all. Set it and restart Dendrite.</source>
        <translation>L&apos;inscription par secret partagé n&apos;est pas activée sur ce serveur Dendrite&#xa0;: sans client_api.registration_shared_secret dans dendrite.yaml, il n&apos;a aucun point d&apos;inscription. Définissez-le et redémarrez Dendrite.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s signature: the shared secret is not the one %1 uses (%2). Check for a trailing newline or space and for another service&apos;s secret.</source>
        <translation>Le serveur a rejeté la signature de la requête&#xa0;: le secret partagé n&apos;est pas celui qu&apos;utilise %1 (%2). Vérifiez qu&apos;il n&apos;y a pas de saut de ligne ou d&apos;espace final et qu&apos;il ne s&apos;agit pas du secret d&apos;un autre service.</translation>
    </message>
    <message>
        <source>Dendrite did not recognise the nonce: it expired (after 5 minutes) or Dendrite restarted. Nothing was created; try again.</source>
        <translation>Dendrite n&apos;a pas reconnu le nonce&#xa0;: il a expiré (après 5 minutes) ou Dendrite a redémarré. Rien n&apos;a été créé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Tuwunel did not recognise the nonce: it expired (after 60 s), was already used, or Tuwunel restarted. Nothing was created; try again.</source>
        <translation>Tuwunel n&apos;a pas reconnu le nonce&#xa0;: il a expiré (après 60 s), a déjà servi, ou Tuwunel a redémarré. Rien n&apos;a été créé&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>This server delegates authentication to the Matrix Authentication Service (MAS), so it has no shared-secret registration.</source>
        <translation>Ce serveur délègue l&apos;authentification au Matrix Authentication Service (MAS) et n&apos;a donc pas d&apos;inscription par secret partagé.</translation>
    </message>
    <message>
        <source>This server delegates authentication to the Matrix Authentication Service (MAS) at %1, so it has no shared-secret registration.</source>
        <translation>Ce serveur délègue l&apos;authentification au Matrix Authentication Service (MAS) à l&apos;adresse %1 et n&apos;a donc pas d&apos;inscription par secret partagé.</translation>
    </message>
    <message>
        <source>Accounts are created by MAS: with its admin API, or on the MAS host with “mas-cli manage register-user”.</source>
        <translation>Les comptes sont créés par MAS&#xa0;: avec son API d&apos;administration, ou sur l&apos;hôte de MAS avec «&#xa0;mas-cli manage register-user&#xa0;».</translation>
    </message>
    <message>
        <source>%1 failed with an internal error (HTTP %2). Its log says why.</source>
        <translation>%1 a échoué sur une erreur interne (HTTP %2). Son journal dit pourquoi.</translation>
    </message>
    <message>
        <source>a proxy answered HTTP %1 in place of %2</source>
        <translation>un proxy a répondu HTTP %1 à la place de %2</translation>
    </message>
    <message>
        <source>%1 failed with an internal error, HTTP %2; its log says why</source>
        <translation>%1 a échoué sur une erreur interne, HTTP %2&#xa0;; son journal dit pourquoi</translation>
    </message>
    <message>
        <source>Dendrite has no user types: it neither reads nor signs the field, so a request with one fails as a wrong secret. Nothing was created; create the account as a regular user.</source>
        <translation>Dendrite n&apos;a pas de types d&apos;utilisateur&#xa0;: il ne lit ni ne signe ce champ, une requête qui en a un échoue donc comme un mauvais secret. Rien n&apos;a été créé&#xa0;; créez le compte comme utilisateur ordinaire.</translation>
    </message>
    <message>
        <source>The server has no shared-secret registration endpoint (404 M_UNRECOGNIZED). Either authentication is delegated to the Matrix Authentication Service (create accounts with “mas-cli manage register-user”), or the request reached a Synapse worker (use the main process&apos;s listener), or it is a Dendrite without client_api.registration_shared_secret. “synapse-registrar-cli check” tells which.</source>
        <translation>Le serveur n&apos;a pas de point d&apos;inscription par secret partagé (404 M_UNRECOGNIZED). Soit l&apos;authentification est déléguée au Matrix Authentication Service (créez les comptes avec «&#xa0;mas-cli manage register-user&#xa0;»), soit la requête a atteint un worker de Synapse (utilisez l&apos;écouteur du processus principal), soit c&apos;est un Dendrite sans client_api.registration_shared_secret. «&#xa0;synapse-registrar-cli check&#xa0;» dit lequel.</translation>
    </message>
    <message>
        <source>MAS refused the password as too weak for its passwords.minimum_complexity. Choose a longer one (the generator&apos;s are strong enough), or skip MAS&apos;s password check.</source>
        <translation>MAS a refusé le mot de passe, trop faible pour son passwords.minimum_complexity. Choisissez-en un plus long (ceux du générateur sont assez forts), ou passez la vérification de mot de passe de MAS.</translation>
    </message>
    <message>
        <source>MAS refused the admin client: the client ID or secret is wrong, the authentication method is not the client&apos;s client_auth_method, or the client is not in MAS&apos;s clients: section.</source>
        <translation>MAS a refusé le client d&apos;administration&#xa0;: l&apos;identifiant ou le secret du client est faux, la méthode d&apos;authentification n&apos;est pas le client_auth_method du client, ou le client n&apos;est pas dans la section clients: de MAS.</translation>
    </message>
    <message>
        <source>MAS does not let this client use its admin API: add the client ID to policy.data.admin_clients in MAS&apos;s configuration and restart MAS.</source>
        <translation>MAS ne laisse pas ce client utiliser son API d&apos;administration&#xa0;: ajoutez l&apos;identifiant du client à policy.data.admin_clients dans la configuration de MAS et redémarrez MAS.</translation>
    </message>
    <message>
        <source>MAS&apos;s admin API refused the admin token. Check that the client is in policy.data.admin_clients and try again.</source>
        <translation>L&apos;API d&apos;administration de MAS a refusé le jeton d&apos;administration. Vérifiez que le client figure dans policy.data.admin_clients et réessayez.</translation>
    </message>
    <message>
        <source>MAS has no admin API at %1: add the adminapi resource to a listener in MAS&apos;s http.listeners (MAS 0.15 or newer, 1.5 for tokens), or give the URL of the listener that has it.</source>
        <translation>MAS n&apos;a pas d&apos;API d&apos;administration à %1&#xa0;: ajoutez la ressource adminapi à un listener de http.listeners de MAS (MAS 0.15 ou plus récent, 1.5 pour les jetons), ou donnez l&apos;URL du listener qui l&apos;a.</translation>
    </message>
    <message>
        <source>MAS created “%1” (MAS user ID %2), but the next step failed; so far %3. %4 Finish the remaining steps (in the app) or run the same command again: what is done is not done twice.</source>
        <translation>MAS a créé «&#xa0;%1&#xa0;» (identifiant utilisateur MAS %2), mais l&apos;étape suivante a échoué&#xa0;; jusqu&apos;ici, %3. %4 Terminez les étapes restantes (dans l&apos;application) ou relancez la même commande&#xa0;: ce qui est fait ne l&apos;est pas deux fois.</translation>
    </message>
    <message>
        <source>MAS has password login turned off (passwords.enabled: false), so no password can be set. Turn it on in MAS&apos;s configuration, or leave the password to the upstream identity provider its users sign in with.</source>
        <translation>MAS a la connexion par mot de passe désactivée (passwords.enabled: false), donc aucun mot de passe ne peut être défini. Activez-la dans la configuration de MAS, ou laissez le mot de passe au fournisseur d&apos;identité amont avec lequel ses utilisateurs se connectent.</translation>
    </message>
    <message>
        <source>No MAS client secret is stored for this server.</source>
        <translation>Aucun secret de client MAS n&apos;est enregistré pour ce serveur.</translation>
    </message>
    <message>
        <source>The MAS client secret cannot be read: %1</source>
        <translation>Le secret du client MAS ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>MAS failed with an internal error (HTTP %1); its words below say why. If it failed while creating the user, MAS kept nothing, but the homeserver may have the account it provisioned: try again once the cause is fixed.</source>
        <translation>MAS a échoué avec une erreur interne (HTTP %1)&#xa0;; ses mots ci-dessous disent pourquoi. S&apos;il a échoué en créant l&apos;utilisateur, MAS n&apos;a rien gardé, mais le serveur d&apos;accueil a peut-être le compte qu&apos;il a provisionné&#xa0;: réessayez une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>The homeserver refuses this name for MAS: it has an account of that name, the name is all digits, or an application service reserves it. Choose another name. If an earlier attempt ended in a MAS server error, the account may be the one MAS provisioned then: once you have checked that on the homeserver, register again taking over the homeserver&apos;s account (synapse-registrar-cli register --adopt-homeserver-account).</source>
        <translation>Le serveur d&apos;accueil refuse ce nom pour MAS&#xa0;: il a un compte de ce nom, le nom n&apos;a que des chiffres, ou un service d&apos;application le réserve. Choisissez un autre nom. Si une tentative précédente s&apos;est terminée par une erreur serveur de MAS, le compte est peut-être celui que MAS a provisionné alors&#xa0;: une fois cela vérifié sur le serveur d&apos;accueil, enregistrez de nouveau en reprenant le compte du serveur d&apos;accueil (synapse-registrar-cli register --adopt-homeserver-account).</translation>
    </message>
    <message>
        <source>MAS refused an email address: %1.</source>
        <translation>MAS a refusé une adresse e-mail&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Refused to send MAS&apos;s client secret, its admin token and the password over plain HTTP to %1, which is not this machine: anyone on the way could read them. Use https:// or allow insecure HTTP explicitly.</source>
        <translation>Envoi refusé du secret du client MAS, de son jeton d&apos;administration et du mot de passe en HTTP non chiffré à %1, qui n&apos;est pas cette machine&#xa0;: n&apos;importe qui sur le chemin pourrait les lire. Utilisez https:// ou autorisez explicitement le HTTP non sécurisé.</translation>
    </message>
    <message>
        <source>MAS already has a user of this name, and no earlier attempt of this tool made it. Choose another name; an existing account is never changed.</source>
        <translation>MAS a déjà un utilisateur de ce nom, et aucune tentative précédente de cet outil ne l&apos;a créé. Choisissez un autre nom&#xa0;; un compte existant n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <source>This version of MAS cannot do it: %1</source>
        <translation>Cette version de MAS ne peut pas le faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request to create the user was sent to MAS, but no definite answer came back (%1). MAS may have created it: the same registration again finds it by its name and finishes it, without creating a second one.</source>
        <translation>La demande de création de l&apos;utilisateur a été envoyée à MAS, mais aucune réponse sûre n&apos;est revenue (%1). MAS l&apos;a peut-être créé&#xa0;: le même enregistrement le retrouve par son nom et le termine, sans en créer un second.</translation>
    </message>
</context>
<context>
    <name>RegistrationRequest</name>
    <message>
        <source>Enter a password. Synapse would accept an empty one, but nobody could then log in safely.</source>
        <translation>Saisissez un mot de passe. Synapse en accepterait un vide, mais personne ne pourrait alors se connecter en sécurité.</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which Synapse refuses.</source>
        <translation>Le mot de passe contient un caractère NUL, que Synapse refuse.</translation>
    </message>
    <message>
        <source>The password has %1 characters; Synapse accepts at most %2.</source>
        <translation>Le mot de passe a %1 caractères&#xa0;; Synapse en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes; Synapse&apos;s bcrypt ignores everything after them, so only the start counts.</source>
        <translation>Le mot de passe dépasse %1 octets&#xa0;; le bcrypt de Synapse ignore tout ce qui suit, seul le début compte donc.</translation>
    </message>
    <message>
        <source>The user type contains a NUL character, which Synapse refuses.</source>
        <translation>Le type d&apos;utilisateur contient un caractère NUL, que Synapse refuse.</translation>
    </message>
    <message>
        <source>The display name has %1 characters; Synapse will not let the user change a profile with more than %2.</source>
        <translation>Le nom affiché a %1 caractères&#xa0;; Synapse ne laissera pas l&apos;utilisateur modifier un profil de plus de %2.</translation>
    </message>
    <message>
        <source>Synapse knows the user types “bot” and “support”; “%1” works only where the server lists it in user_types.extra_user_types (Synapse 1.132 or newer).</source>
        <translation>Synapse connaît les types d&apos;utilisateur «&#xa0;bot&#xa0;» et «&#xa0;support&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» ne fonctionne que là où le serveur le liste dans user_types.extra_user_types (Synapse 1.132 ou plus récent).</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 avec un corps vide</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page</source>
        <translation>HTTP %1 avec une page HTML</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not a JSON object</source>
        <translation>HTTP %1 avec un corps qui n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the nonce reply has no “nonce” string</source>
        <translation>la réponse au nonce n&apos;a pas de chaîne «&#xa0;nonce&#xa0;»</translation>
    </message>
    <message>
        <source>a field of the registration reply has the wrong type</source>
        <translation>un champ de la réponse d&apos;inscription a le mauvais type</translation>
    </message>
    <message>
        <source>the success reply names no user ID</source>
        <translation>la réponse de succès ne nomme aucun identifiant</translation>
    </message>
    <message>
        <source>the success reply names no home server</source>
        <translation>la réponse de succès ne nomme aucun serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>the whoami reply names no user ID</source>
        <translation>la réponse whoami ne nomme aucun identifiant</translation>
    </message>
    <message>
        <source>the reply reports the account “%1”, but “%2” was asked for</source>
        <translation>la réponse annonce le compte «&#xa0;%1&#xa0;», alors que «&#xa0;%2&#xa0;» était demandé</translation>
    </message>
    <message>
        <source>the login reply names no user ID or access token</source>
        <translation>la réponse de connexion n&apos;indique ni identifiant d&apos;utilisateur ni jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>SecretFileText</name>
    <message>
        <source>The secret in %1 is empty.</source>
        <translation>Le secret dans %1 est vide.</translation>
    </message>
    <message>
        <source>The secret in %1 has a line break (CR or LF) inside it; a secret is one line, so the file is refused rather than read as another secret.</source>
        <translation>Le secret dans %1 contient un saut de ligne (CR ou LF)&#xa0;; un secret tient sur une ligne, le fichier est donc refusé plutôt que lu comme un autre secret.</translation>
    </message>
    <message>
        <source>The password file %1 has a line break (CR or LF) besides one at its end; a password is one line, so the file is refused rather than read as another password.</source>
        <translation>Le fichier de mot de passe %1 contient un saut de ligne (CR ou LF) en plus de celui de la fin&#xa0;; un mot de passe tient sur une ligne, le fichier est donc refusé plutôt que lu comme un autre mot de passe.</translation>
    </message>
    <message>
        <source>The secret in %1 is not UTF-8 text; Synapse cannot read it either.</source>
        <translation>Le secret dans %1 n&apos;est pas du texte UTF-8&#xa0;; Synapse ne peut pas le lire non plus.</translation>
    </message>
    <message>
        <source>The password file %1 is not UTF-8 text; save it as UTF-8.</source>
        <translation>Le fichier de mot de passe %1 n&apos;est pas du texte UTF-8&#xa0;; enregistrez-le en UTF-8.</translation>
    </message>
</context>
<context>
    <name>ServerCheckResult</name>
    <message>
        <source>the registration endpoint accepted an empty request</source>
        <translation>le point d&apos;accès d&apos;inscription a accepté une requête vide</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>not enabled (no registration_shared_secret)</source>
        <translation>non activée (pas de registration_shared_secret)</translation>
    </message>
    <message>
        <source>endpoint missing</source>
        <translation>point d&apos;accès absent</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Client API reachable:        %1</source>
        <translation>API client joignable&#xa0;:                %1</translation>
    </message>
    <message>
        <source>Matrix versions:             %1</source>
        <translation>Versions Matrix&#xa0;:                     %1</translation>
    </message>
    <message>
        <source>Admin API reachable:         %1</source>
        <translation>API d&apos;administration joignable&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Shared-secret registration:  %1</source>
        <translation>Inscription par secret partagé&#xa0;:      %1</translation>
    </message>
    <message>
        <source>Auth delegated to MAS:       %1</source>
        <translation>Authentification déléguée à MAS&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Server software:             %1</source>
        <translation>Logiciel serveur&#xa0;:                    %1</translation>
    </message>
    <message>
        <source>Backend:                     %1</source>
        <translation>Type de serveur&#xa0;:                     %1</translation>
    </message>
    <message>
        <source>MAS:                         %1</source>
        <translation>MAS&#xa0;:                                 %1</translation>
    </message>
    <message>
        <source>not enabled (no client_api.registration_shared_secret)</source>
        <translation>non activée (pas de client_api.registration_shared_secret)</translation>
    </message>
    <message>
        <source>unknown (the admin API reports version %1)</source>
        <translation>inconnu (l&apos;API d&apos;administration indique la version %1)</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>The registration shared secret, used as given (visible in the process list; prefer --secret-file or -c).</source>
        <translation>Le secret partagé d&apos;inscription, utilisé tel quel (visible dans la liste des processus&#xa0;; préférez --secret-file ou -c).</translation>
    </message>
    <message>
        <source>Read the shared secret from FILE, stripped of surrounding whitespace as Synapse strips registration_shared_secret_path.</source>
        <translation>Lire le secret partagé dans FILE, sans les blancs autour, comme Synapse le fait pour registration_shared_secret_path.</translation>
    </message>
    <message>
        <source>Synapse configuration file or directory to take the secret (and server URL and name) from; repeatable, later files win.</source>
        <translation>Fichier ou dossier de configuration de Synapse d&apos;où prendre le secret (et l&apos;URL et le nom du serveur)&#xa0;; répétable, les fichiers suivants l&apos;emportent.</translation>
    </message>
    <message>
        <source>Use a saved profile: its admin URL, server name, plain-HTTP choice and certificate trust, and its shared secret from the keychain.</source>
        <translation>Utiliser un profil enregistré&#xa0;: son URL d&apos;administration, son nom de serveur, son choix HTTP, la confiance en ses certificats, et son secret partagé depuis le trousseau.</translation>
    </message>
    <message>
        <source>The server&apos;s server_name, for full user IDs and the user-ID length check (default: from the profile or -c).</source>
        <translation>Le server_name du serveur, pour les identifiants complets et le contrôle de longueur de l&apos;identifiant (par défaut&#xa0;: depuis le profil ou -c).</translation>
    </message>
    <message>
        <source>Give the shared secret with --profile, -c/--config, --secret-file or -k/--shared-secret.</source>
        <translation>Donnez le secret partagé avec --profile, -c/--config, --secret-file ou -k/--shared-secret.</translation>
    </message>
    <message>
        <source>Give the shared secret only one way: --profile, -c/--config, --secret-file or -k/--shared-secret.</source>
        <translation>Donnez le secret partagé d&apos;une seule manière&#xa0;: --profile, -c/--config, --secret-file ou -k/--shared-secret.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; “synapse-registrar-cli profiles list” shows them.</source>
        <translation>Il n&apos;y a pas de profil nommé «&#xa0;%1&#xa0;»&#xa0;; «&#xa0;synapse-registrar-cli profiles list&#xa0;» les affiche.</translation>
    </message>
    <message>
        <source>--profile gives the server URL; leave the URL out.</source>
        <translation>--profile donne l&apos;URL du serveur&#xa0;; omettez l&apos;URL.</translation>
    </message>
    <message>
        <source>The shared secret is empty.</source>
        <translation>Le secret partagé est vide.</translation>
    </message>
    <message>
        <source>Using %1, the first plain-HTTP client listener in the configuration.</source>
        <translation>Utilisation de %1, le premier écouteur client en HTTP non chiffré de la configuration.</translation>
    </message>
    <message>
        <source>No server URL given; using %1.</source>
        <translation>Aucune URL de serveur donnée&#xa0;; utilisation de %1.</translation>
    </message>
    <message>
        <source>The shared secret of the profile “%1” cannot be read: %2</source>
        <translation>Le secret partagé du profil «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>MAS: the base URL of the Matrix Authentication Service whose admin API creates the accounts (default: where the homeserver&apos;s auth_metadata says MAS is).</source>
        <translation>MAS&#xa0;: l&apos;URL de base du Matrix Authentication Service dont l&apos;API d&apos;administration crée les comptes (par défaut&#xa0;: là où l&apos;auth_metadata du serveur d&apos;accueil situe MAS).</translation>
    </message>
    <message>
        <source>MAS: the client ID (a ULID) of an admin client: in MAS&apos;s clients: section and in policy.data.admin_clients. Accounts are then created through MAS&apos;s admin API, and the server URL is the homeserver&apos;s client URL.</source>
        <translation>MAS&#xa0;: l&apos;identifiant (un ULID) d&apos;un client d&apos;administration&#xa0;: dans la section clients: de MAS et dans policy.data.admin_clients. Les comptes sont alors créés via l&apos;API d&apos;administration de MAS, et l&apos;URL du serveur est l&apos;URL client du serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>MAS: read the admin client&apos;s secret from FILE (- for stdin), stripped of surrounding whitespace; asked for on a terminal when missing.</source>
        <translation>MAS&#xa0;: lire le secret du client d&apos;administration dans FICHIER (- pour l&apos;entrée standard), sans les espaces qui l&apos;entourent&#xa0;; demandé sur un terminal s&apos;il manque.</translation>
    </message>
    <message>
        <source>MAS: how the client authenticates, as its client_auth_method: basic (client_secret_basic, the default) or post (client_secret_post).</source>
        <translation>MAS&#xa0;: comment le client s&apos;authentifie, selon son client_auth_method&#xa0;: basic (client_secret_basic, par défaut) ou post (client_secret_post).</translation>
    </message>
    <message>
        <source>--mas-client-id: %1</source>
        <translation>--mas-client-id&#xa0;: %1</translation>
    </message>
    <message>
        <source>--mas-client-auth takes basic or post (the client&apos;s client_auth_method, client_secret_basic or client_secret_post), not “%1”.</source>
        <translation>--mas-client-auth prend basic ou post (le client_auth_method du client, client_secret_basic ou client_secret_post), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--mas-url: %1</source>
        <translation>--mas-url&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the MAS client secret file %1: %2</source>
        <translation>Impossible de lire le fichier du secret du client MAS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No MAS client secret: give --mas-client-secret-file FILE (- for stdin), or run on a terminal to be asked.</source>
        <translation>Pas de secret du client MAS&#xa0;: donnez --mas-client-secret-file FICHIER (- pour l&apos;entrée standard), ou lancez depuis un terminal pour qu&apos;il soit demandé.</translation>
    </message>
    <message>
        <source>MAS client secret: </source>
        <translation>Secret du client MAS&#xa0;: </translation>
    </message>
    <message>
        <source>The MAS client secret is empty.</source>
        <translation>Le secret du client MAS est vide.</translation>
    </message>
    <message>
        <source>The --mas-… options are for a homeserver whose accounts MAS creates, -k/--shared-secret, --secret-file and -c/--config for shared-secret registration: give one or the other.</source>
        <translation>Les options --mas-… sont pour un serveur d&apos;accueil dont MAS crée les comptes, -k/--shared-secret, --secret-file et -c/--config pour l&apos;inscription par secret partagé&#xa0;: donnez l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>--profile gives the server and its secret (a MAS profile its MAS client); leave the --mas-… options out.</source>
        <translation>--profile donne le serveur et son secret (un profil MAS son client MAS)&#xa0;; omettez les options --mas-….</translation>
    </message>
    <message>
        <source>--mas-url, --mas-client-secret-file and --mas-client-auth go with --mas-client-id: give the ID of MAS&apos;s admin client.</source>
        <translation>--mas-url, --mas-client-secret-file et --mas-client-auth vont avec --mas-client-id&#xa0;: donnez l&apos;identifiant du client d&apos;administration de MAS.</translation>
    </message>
    <message>
        <source>The MAS client secret of the profile “%1” cannot be read: %2</source>
        <translation>Le secret du client MAS du profil «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot ask the homeserver where MAS is: %1</source>
        <translation>Impossible de demander au serveur d&apos;accueil où est MAS&#xa0;: %1</translation>
    </message>
    <message>
        <source>The homeserver at %1 is a Tuwunel that uses MAS, and it does not say where MAS is: give MAS&apos;s URL with --mas-url.</source>
        <translation>Le serveur d&apos;accueil à %1 est un Tuwunel qui utilise MAS, et il ne dit pas où est MAS&#xa0;: donnez l&apos;URL de MAS avec --mas-url.</translation>
    </message>
    <message>
        <source>The homeserver at %1 names no MAS (its auth_metadata has no MAS metadata): give MAS&apos;s URL with --mas-url, or check with “synapse-registrar-cli check” that this is the homeserver&apos;s client URL.</source>
        <translation>Le serveur d&apos;accueil à %1 ne nomme aucun MAS (son auth_metadata n&apos;a pas de métadonnées MAS)&#xa0;: donnez l&apos;URL de MAS avec --mas-url, ou vérifiez avec «&#xa0;synapse-registrar-cli check&#xa0;» que c&apos;est l&apos;URL client du serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>Using MAS at %1, where the homeserver says it is (--mas-url gives another).</source>
        <translation>Utilisation de MAS à %1, là où le serveur d&apos;accueil le situe (--mas-url en donne un autre).</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>no server URL was given</source>
        <translation>aucune URL de serveur n&apos;a été donnée</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>“%1” has a query or fragment; give the base URL only</source>
        <translation>«&#xa0;%1&#xa0;» a une requête ou un fragment&#xa0;; donnez seulement l&apos;URL de base</translation>
    </message>
</context>
<context>
    <name>SynapseConfig</name>
    <message>
        <source>Error accessing file %1: %2</source>
        <translation>Erreur d&apos;accès au fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping of settings.</source>
        <translation>%1 n&apos;est pas une table YAML de réglages.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2 (line %3, column %4).</source>
        <translation>%1 n&apos;est pas du YAML valide&#xa0;: %2 (ligne %3, colonne %4).</translation>
    </message>
    <message>
        <source>The configuration cannot be read: %1</source>
        <translation>La configuration ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Conflicting options &apos;registration_shared_secret&apos; and &apos;registration_shared_secret_path&apos; are both defined in config file.</source>
        <translation>Les options contradictoires «&#xa0;registration_shared_secret&#xa0;» et «&#xa0;registration_shared_secret_path&#xa0;» sont toutes deux définies dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>registration_shared_secret is not a string: YAML reads the unquoted value as a number or a boolean, and Synapse fails on it. Put the secret in quotes in homeserver.yaml and restart Synapse.</source>
        <translation>registration_shared_secret n&apos;est pas une chaîne&#xa0;: YAML lit la valeur sans guillemets comme un nombre ou un booléen, et Synapse échoue dessus. Mettez le secret entre guillemets dans homeserver.yaml et redémarrez Synapse.</translation>
    </message>
    <message>
        <source>No &apos;registration_shared_secret&apos; or &apos;registration_shared_secret_path&apos; defined in config.</source>
        <translation>Ni «&#xa0;registration_shared_secret&#xa0;» ni «&#xa0;registration_shared_secret_path&#xa0;» n&apos;est défini dans la configuration.</translation>
    </message>
    <message>
        <source>registration_shared_secret is empty, so shared-secret registration is not enabled.</source>
        <translation>registration_shared_secret est vide, donc l&apos;inscription par secret partagé n&apos;est pas activée.</translation>
    </message>
    <message>
        <source>%1 holds %2 YAML documents; Synapse reads a configuration file of exactly one.</source>
        <translation>%1 contient %2 documents YAML&#xa0;; Synapse lit un fichier de configuration d&apos;un seul document.</translation>
    </message>
</context>
<context>
    <name>TransportOptions</name>
    <message>
        <source>Give up on a request after SECONDS, connecting included (default 30).</source>
        <translation>Abandonner une requête après SECONDS secondes, connexion comprise (30 par défaut).</translation>
    </message>
    <message>
        <source>Allow http:// to hosts other than this machine. The password and the access token then cross the network in clear text.</source>
        <translation>Autoriser http:// vers d&apos;autres machines que celle-ci. Le mot de passe et le jeton d&apos;accès traversent alors le réseau en clair.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional), for a self-signed certificate.</source>
        <translation>Faire confiance exactement au certificat du serveur ayant cette empreinte SHA-256 (hexadécimale, deux-points facultatifs), pour un certificat auto-signé.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file instead of the system&apos;s.</source>
        <translation>Faire confiance aux certificats d&apos;AC de ce fichier PEM au lieu de ceux du système.</translation>
    </message>
    <message>
        <source>Give exactly one server URL.</source>
        <translation>Donnez exactement une URL de serveur.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
        <translation>--timeout prend un nombre de secondes entre 0 et 3600, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--pin-sha256 takes a SHA-256 fingerprint: 64 hex digits, colons optional.</source>
        <translation>--pin-sha256 prend une empreinte SHA-256&#xa0;: 64 chiffres hexadécimaux, deux-points facultatifs.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Impossible de lire le fichier d&apos;AC %1.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier de CA %1 ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>UserTypeChoices</name>
    <message>
        <source>Regular user</source>
        <translation>Utilisateur ordinaire</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
</context>
<context>
    <name>UsernameRules</name>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>caractère de contrôle U+%1</translation>
    </message>
    <message>
        <source>%1 belongs to the server “%2”, not to “%3”. Enter only the name before the colon, or pick the profile of %2.</source>
        <translation>%1 appartient au serveur «&#xa0;%2&#xa0;», pas à «&#xa0;%3&#xa0;». Saisissez seulement le nom avant les deux-points, ou choisissez le profil de %2.</translation>
    </message>
    <message>
        <source>Enter a username: the part before the colon of the new user ID.</source>
        <translation>Saisissez un nom d&apos;utilisateur&#xa0;: la partie du nouvel identifiant avant les deux-points.</translation>
    </message>
    <message>
        <source>The username contains a NUL character, which Synapse refuses.</source>
        <translation>Le nom d&apos;utilisateur contient un caractère NUL, que Synapse refuse.</translation>
    </message>
    <message>
        <source>The username has %1 characters; Synapse accepts at most %2.</source>
        <translation>Le nom d&apos;utilisateur a %1 caractères&#xa0;; Synapse en accepte au plus %2.</translation>
    </message>
    <message>
        <source>Synapse stores usernames in lower case: “%1” will be created as “%2”.</source>
        <translation>Synapse enregistre les noms d&apos;utilisateur en minuscules&#xa0;: «&#xa0;%1&#xa0;» sera créé comme «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>A username can contain only a-z, 0-9 and . _ = - / +; not allowed: %1.</source>
        <translation>Un nom d&apos;utilisateur ne peut contenir que a-z, 0-9 et . _ = - / +&#xa0;; non autorisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A username made only of digits is reserved for guest users; add a letter.</source>
        <translation>Un nom d&apos;utilisateur fait uniquement de chiffres est réservé aux invités&#xa0;; ajoutez une lettre.</translation>
    </message>
    <message>
        <source>The user ID would have %1 characters; Matrix allows %2, so the username can have at most %3 on %4.</source>
        <translation>L&apos;identifiant aurait %1 caractères&#xa0;; Matrix en autorise %2, donc le nom d&apos;utilisateur peut en avoir au plus %3 sur %4.</translation>
    </message>
    <message>
        <source>Synapse refuses a leading “_” unless the server sets allow_underscore_prefixed_localpart (Synapse 1.131 or newer); such names are usually kept for bridges.</source>
        <translation>Synapse refuse un «&#xa0;_&#xa0;» initial sauf si le serveur définit allow_underscore_prefixed_localpart (Synapse 1.131 ou plus récent)&#xa0;; ces noms sont d&apos;habitude réservés aux passerelles.</translation>
    </message>
    <message>
        <source>Synapse accepts “+” in usernames only from version 1.89 on.</source>
        <translation>Synapse n&apos;accepte «&#xa0;+&#xa0;» dans les noms d&apos;utilisateur qu&apos;à partir de la version 1.89.</translation>
    </message>
    <message>
        <source>A full user ID can be checked only against the server&apos;s name: give --server-name, a profile or -c, or write only the part before the colon.</source>
        <translation>Un identifiant complet ne peut être vérifié qu&apos;avec le nom du serveur&#xa0;: indiquez --server-name, un profil ou -c, ou écrivez seulement la partie avant les deux-points.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande donnée.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Commande «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Create accounts on a Synapse homeserver through its shared-secret registration API.</source>
        <translation>Créer des comptes sur un serveur d&apos;accueil Synapse via son API d&apos;inscription par secret partagé.</translation>
    </message>
    <message>
        <source>Start a local demo homeserver on a loopback port in this process and open the app on it. Its accounts live in memory and vanish when the app quits.</source>
        <translation>Démarrer un serveur d&apos;accueil de démonstration local sur un port de bouclage dans ce processus et y ouvrir l&apos;application. Ses comptes vivent en mémoire et disparaissent quand l&apos;application se ferme.</translation>
    </message>
    <message>
        <source>Cannot start the demo server on 127.0.0.1.</source>
        <translation>Impossible de démarrer le serveur de démonstration sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Local demo server</source>
        <translation>Serveur de démonstration local</translation>
    </message>
    <message>
        <source>Local demo server at %1: not a real Synapse. Accounts live in memory and vanish when the app quits.</source>
        <translation>Serveur de démonstration local à %1&#xa0;: pas un vrai Synapse. Les comptes vivent en mémoire et disparaissent quand l&apos;application se ferme.</translation>
    </message>
    <message>
        <source>Cannot set up the demo server&apos;s profile: %1</source>
        <translation>Impossible de créer le profil du serveur de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: synapse-registrar-cli COMMAND [options]

Commands:
  register   create an account through Synapse&apos;s shared-secret registration or MAS&apos;s admin API
  batch      create the accounts of a CSV file
  check      check a server: reachable, version, admin API, registration enabled
  whoami     show whose access token this is (proves a token works)
  logout     end the session of an access token; the account stays
  profiles   list, add or remove saved homeservers (secrets in the keychain)

Run “synapse-registrar-cli COMMAND --help” for the options of a command.
</source>
        <translation>Usage&#xa0;: synapse-registrar-cli COMMANDE [options]

Commandes&#xa0;:
  register   créer un compte via l&apos;inscription par secret partagé de Synapse ou l&apos;API d&apos;administration de MAS
  batch      créer les comptes d&apos;un fichier CSV
  check      vérifier un serveur&#xa0;: joignable, version, API d&apos;administration, inscription activée
  whoami     montrer à qui appartient un jeton d&apos;accès (prouve qu&apos;un jeton fonctionne)
  logout     mettre fin à la session d&apos;un jeton d&apos;accès&#xa0;; le compte reste
  profiles   lister, ajouter ou supprimer des serveurs enregistrés (secrets dans le trousseau)

Lancez «&#xa0;synapse-registrar-cli COMMANDE --help&#xa0;» pour les options d&apos;une commande.
</translation>
    </message>
</context>
<context>
    <name>registrar::cli::BatchCommand</name>
    <message>
        <source>Registrations in flight at once (default 4).</source>
        <translation>Inscriptions en cours à la fois (4 par défaut).</translation>
    </message>
    <message>
        <source>Check the file and report; send nothing.</source>
        <translation>Vérifier le fichier et rendre compte&#xa0;; ne rien envoyer.</translation>
    </message>
    <message>
        <source>Sign each account in and record its access token and device ID (by default no session is created).</source>
        <translation>Connecter chaque compte et noter son jeton d&apos;accès et son identifiant d&apos;appareil (par défaut aucune session n&apos;est créée).</translation>
    </message>
    <message>
        <source>The results file, .csv or .json (created readable by you only; it holds passwords). Required unless --dry-run.</source>
        <translation>Le fichier de résultats, .csv ou .json (créé lisible par vous seul&#xa0;; il contient des mots de passe). Obligatoire sauf avec --dry-run.</translation>
    </message>
    <message>
        <source>Run again the rows the results file records as failed or invalid.</source>
        <translation>Relancer les lignes que le fichier de résultats note en échec ou invalides.</translation>
    </message>
    <message>
        <source>Length of generated passwords, 12 to 64 (default 20).</source>
        <translation>Longueur des mots de passe générés, de 12 à 64 (20 par défaut).</translation>
    </message>
    <message>
        <source>Give the CSV file, and at most one server URL.</source>
        <translation>Donnez le fichier CSV, et au plus une URL de serveur.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency prend un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>--password-length takes a number from 12 to 64.</source>
        <translation>--password-length prend un nombre de 12 à 64.</translation>
    </message>
    <message>
        <source>Give the results file with --out FILE.csv or FILE.json.</source>
        <translation>Donnez le fichier de résultats avec --out FICHIER.csv ou FICHIER.json.</translation>
    </message>
    <message>
        <source>The results file must end in .csv or .json.</source>
        <translation>Le fichier de résultats doit finir par .csv ou .json.</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 valid (%2 admins), %3 invalid.</source>
        <translation>
            <numerusform>%n ligne — valides&#xa0;: %1 (administrateurs&#xa0;: %2), invalides&#xa0;: %3.</numerusform>
            <numerusform>%n lignes — valides&#xa0;: %1 (administrateurs&#xa0;: %2), invalides&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: no new rows; waiting for the running ones.</source>
        <translation>Arrêt&#xa0;: plus de nouvelles lignes&#xa0;; attente de celles en cours.</translation>
    </message>
    <message>
        <source>created %1, failed %2, invalid %3</source>
        <translation>créés %1, échecs %2, invalides %3</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, environ %1 s restantes</translation>
    </message>
    <message>
        <source>Created %1 (and %2 in an earlier run), failed %3, invalid %4, of %5 rows.</source>
        <translation>Créés %1 (et %2 lors d&apos;une exécution précédente), échecs %3, invalides %4, sur %5 lignes.</translation>
    </message>
    <message>
        <source>Cancelled: run the same command again to go on where it stopped.</source>
        <translation>Annulé&#xa0;: relancez la même commande pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) may have been created: the request was sent and no definite answer came back. The results file records each as “unknown” with its password (kept in the journal too); run the same command again to settle them.</source>
        <translation>
            <numerusform>%n compte a peut-être été créé&#xa0;: la requête a été envoyée et aucune réponse claire n&apos;est revenue. Le fichier de résultats l&apos;enregistre comme «&#xa0;unknown&#xa0;» avec son mot de passe (gardé aussi dans le journal)&#xa0;; relancez la même commande pour le régler.</numerusform>
            <numerusform>%n comptes ont peut-être été créés&#xa0;: les requêtes ont été envoyées et aucune réponse claire n&apos;est revenue. Le fichier de résultats enregistre chacun comme «&#xa0;unknown&#xa0;» avec son mot de passe (gardé aussi dans le journal)&#xa0;; relancez la même commande pour les régler.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file, or - for stdin.</source>
        <translation>Le fichier CSV, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The journal %1 is kept: it holds the passwords of rows that the results file does not record (%2), perhaps from another batch file.</source>
        <translation>Le journal %1 est conservé&#xa0;: il contient les mots de passe de lignes que le fichier de résultats n&apos;enregistre pas (%2), peut-être d&apos;un autre fichier de lot.</translation>
    </message>
    <message>
        <source>, unknown %1</source>
        <translation>, incertains %1</translation>
    </message>
    <message>
        <source>Create the accounts of a CSV file: a header with username (required), displayname, password, admin, user_type and email, then one account a row. Every row is checked before anything is sent; rows without a password get a generated one. Each finished row goes to the results file at once; running again with the same results file skips the rows it records.

On a homeserver whose accounts MAS creates (a MAS profile, or --mas-client-id), one MAS admin token serves the whole run until it expires; the email column takes any number of addresses separated by semicolons or commas; the results file also records each account&apos;s MAS user ID and the last step done, and a run that stops on the way is resumed from that step by the same command.

Exit codes: 0 every row created (now or in an earlier run); 1 bad input (options, file, or invalid rows); 6 an account may exist without its outcome being known (the row is recorded as unknown, with its password; running again settles it); 130 or 143 stopped by Ctrl+C or SIGTERM before every row was done; otherwise the largest exit code of the rows that failed, as for register.</source>
        <translation>Créer les comptes d&apos;un fichier CSV&#xa0;: un en-tête avec username (obligatoire), displayname, password, admin, user_type et email, puis un compte par ligne. Chaque ligne est vérifiée avant tout envoi&#xa0;; les lignes sans mot de passe en reçoivent un généré. Chaque ligne terminée va aussitôt dans le fichier de résultats&#xa0;; relancer avec le même fichier de résultats saute les lignes qu&apos;il contient.

Sur un serveur d&apos;accueil dont MAS crée les comptes (un profil MAS, ou --mas-client-id), un seul jeton d&apos;administration MAS sert à toute l&apos;exécution jusqu&apos;à son expiration&#xa0;; la colonne email accepte autant d&apos;adresses que voulu, séparées par des points-virgules ou des virgules&#xa0;; le fichier de résultats note aussi l&apos;identifiant d&apos;utilisateur MAS de chaque compte et la dernière étape faite, et une exécution qui s&apos;arrête en route reprend à cette étape avec la même commande.

Codes de sortie&#xa0;: 0 chaque ligne créée (maintenant ou lors d&apos;une exécution précédente)&#xa0;; 1 entrée incorrecte (options, fichier ou lignes invalides)&#xa0;; 6 un compte existe peut-être sans que son issue soit connue (la ligne est enregistrée comme unknown, avec son mot de passe&#xa0;; relancer la règle)&#xa0;; 130 ou 143 arrêté par Ctrl+C ou SIGTERM avant que chaque ligne soit traitée&#xa0;; sinon le plus grand code de sortie des lignes en échec, comme pour register.</translation>
    </message>
    <message>
        <source>MAS: set the passwords without MAS&apos;s strength check (passwords.minimum_complexity).</source>
        <translation>MAS&#xa0;: définir les mots de passe sans le contrôle de robustesse de MAS (passwords.minimum_complexity).</translation>
    </message>
    <message>
        <source>line %1 (%2): email addresses are added only to accounts made through MAS (a MAS profile or --mas-client-id).</source>
        <translation>ligne %1 (%2)&#xa0;: les adresses e-mail ne sont ajoutées qu&apos;aux comptes créés par MAS (un profil MAS ou --mas-client-id).</translation>
    </message>
    <message>
        <source>--skip-password-check is for accounts that MAS creates (a MAS profile or --mas-client-id); shared-secret registration has no such check.</source>
        <translation>--skip-password-check vaut pour les comptes que MAS crée (un profil MAS ou --mas-client-id)&#xa0;; l&apos;inscription par secret partagé n&apos;a pas ce contrôle.</translation>
    </message>
    <message>
        <source>URL of the server&apos;s admin API (default: from --profile or -c, else http://localhost:8008); with MAS, the homeserver&apos;s client URL.</source>
        <translation>URL de l&apos;API d&apos;administration du serveur (par défaut&#xa0;: depuis --profile ou -c, sinon http://localhost:8008)&#xa0;; avec MAS, l&apos;URL client du serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>The CSV file and the MAS client secret cannot both come from stdin: give one of them as a file.</source>
        <translation>Le fichier CSV et le secret du client MAS ne peuvent pas venir tous deux de stdin&#xa0;: donnez l&apos;un des deux sous forme de fichier.</translation>
    </message>
</context>
<context>
    <name>registrar::cli::CheckCommand</name>
    <message>
        <source>URL of the admin API when it differs from the client URL (such as a local listener or an SSH tunnel).</source>
        <translation>URL de l&apos;API d&apos;administration quand elle diffère de l&apos;URL client (par exemple un écouteur local ou un tunnel SSH).</translation>
    </message>
    <message>
        <source>The server&apos;s client URL.</source>
        <translation>L&apos;URL client du serveur.</translation>
    </message>
    <message>
        <source>Check a server without creating anything: the client API, the server software and its backend (synapse, synapse-mas, tuwunel, tuwunel-mas, dendrite or unknown), the admin API, whether shared-secret registration is enabled, and whether authentication is delegated to MAS. Exit 0 when registration can work; otherwise 3 (not enabled, unavailable), 4 (network) or 5 (protocol); 7 when the result could not be written to standard output.</source>
        <translation>Vérifier un serveur sans rien créer&#xa0;: l&apos;API client, le logiciel serveur et son type (synapse, synapse-mas, tuwunel, tuwunel-mas, dendrite ou unknown), l&apos;API d&apos;administration, si l&apos;inscription par secret partagé est activée et si l&apos;authentification est déléguée à MAS. Sortie 0 quand l&apos;inscription peut fonctionner&#xa0;; sinon 3 (non activée, indisponible), 4 (réseau) ou 5 (protocole)&#xa0;; 7 quand le résultat n&apos;a pas pu être écrit sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>registrar::cli::ProfilesCommand</name>
    <message>
        <source>Unknown profiles action “%1”; use list, add or remove.</source>
        <translation>Action «&#xa0;%1&#xa0;» inconnue pour profiles&#xa0;; utilisez list, add ou remove.</translation>
    </message>
    <message>
        <source>List the saved profiles, without secrets.</source>
        <translation>Lister les profils enregistrés, sans secrets.</translation>
    </message>
    <message>
        <source>Print the profiles as JSON.</source>
        <translation>Afficher les profils en JSON.</translation>
    </message>
    <message>
        <source>No profiles yet; add one with “synapse-registrar-cli profiles add NAME URL”.</source>
        <translation>Pas encore de profil&#xa0;; ajoutez-en un avec «&#xa0;synapse-registrar-cli profiles add NOM URL&#xa0;».</translation>
    </message>
    <message>
        <source> (admin API %1)</source>
        <translation> (API d&apos;administration %1)</translation>
    </message>
    <message>
        <source>plain HTTP allowed</source>
        <translation>HTTP non chiffré autorisé</translation>
    </message>
    <message>
        <source>URL of the admin API when it differs from the client URL.</source>
        <translation>URL de l&apos;API d&apos;administration quand elle diffère de l&apos;URL client.</translation>
    </message>
    <message>
        <source>The server_name, for the user ID preview and length check.</source>
        <translation>Le server_name, pour l&apos;aperçu de l&apos;identifiant et le contrôle de longueur.</translation>
    </message>
    <message>
        <source>Allow http:// to hosts other than this machine for this profile.</source>
        <translation>Autoriser http:// vers d&apos;autres machines que celle-ci pour ce profil.</translation>
    </message>
    <message>
        <source>Read the shared secret from FILE (stripped).</source>
        <translation>Lire le secret partagé dans FILE (sans les blancs autour).</translation>
    </message>
    <message>
        <source>Take the secret (and server name) from Synapse configuration files; repeatable.</source>
        <translation>Prendre le secret (et le nom du serveur) dans des fichiers de configuration de Synapse&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Le nom du profil.</translation>
    </message>
    <message>
        <source>The server&apos;s client URL.</source>
        <translation>L&apos;URL client du serveur.</translation>
    </message>
    <message>
        <source>Give a name and a URL.</source>
        <translation>Donnez un nom et une URL.</translation>
    </message>
    <message>
        <source>Give the secret either with --secret-file or with -c, not both.</source>
        <translation>Donnez le secret soit avec --secret-file, soit avec -c, pas les deux.</translation>
    </message>
    <message>
        <source>Shared secret: </source>
        <translation>Secret partagé&#xa0;: </translation>
    </message>
    <message>
        <source>Give the shared secret with --secret-file or -c, or run on a terminal to be asked.</source>
        <translation>Donnez le secret partagé avec --secret-file ou -c, ou lancez depuis un terminal pour qu&apos;il soit demandé.</translation>
    </message>
    <message>
        <source>The shared secret is empty.</source>
        <translation>Le secret partagé est vide.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Le profil n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the profile “%1”; its shared secret is in %2.</source>
        <translation>Profil «&#xa0;%1&#xa0;» enregistré&#xa0;; son secret partagé est dans %2.</translation>
    </message>
    <message>
        <source>Give the name of one profile.</source>
        <translation>Donnez le nom d&apos;un profil.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Il n&apos;y a pas de profil nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removed the profile “%1” and its shared secret.</source>
        <translation>Profil «&#xa0;%1&#xa0;» et son secret partagé supprimés.</translation>
    </message>
    <message>
        <source>Removed the profile “%1”, but its secret could not be removed from the keychain: %2</source>
        <translation>Profil «&#xa0;%1&#xa0;» supprimé, mais son secret n&apos;a pas pu être retiré du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Usage: synapse-registrar-cli profiles list [--json]
       synapse-registrar-cli profiles add NAME URL [options]
       synapse-registrar-cli profiles add NAME URL --mas-client-id ID [--mas-url URL] [options]
       synapse-registrar-cli profiles remove NAME
Profiles are shared with the app; shared secrets and MAS client secrets live in the keychain only.
</source>
        <translation>Usage&#xa0;: synapse-registrar-cli profiles list [--json]
        synapse-registrar-cli profiles add NOM URL [options]
        synapse-registrar-cli profiles add NOM URL --mas-client-id ID [--mas-url URL] [options]
        synapse-registrar-cli profiles remove NOM
Les profils sont partagés avec l&apos;application&#xa0;; les secrets partagés et les secrets de client MAS vivent seulement dans le trousseau.
</translation>
    </message>
    <message>
        <source>MAS %1, client %2 (%3)</source>
        <translation>MAS %1, client %2 (%3)</translation>
    </message>
    <message>
        <source>Save a homeserver as a profile. The shared secret goes to the keychain, never to a file. With --mas-client-id it is a MAS profile: accounts are created through the MAS admin API, and the MAS client secret goes to the keychain instead.</source>
        <translation>Enregistrer un serveur d&apos;accueil comme profil. Le secret partagé va dans le trousseau, jamais dans un fichier. Avec --mas-client-id, c&apos;est un profil MAS&#xa0;: les comptes sont créés via l&apos;API d&apos;administration de MAS, et c&apos;est le secret du client MAS qui va dans le trousseau.</translation>
    </message>
    <message>
        <source>Make a MAS profile for the MAS admin client ID (a ULID, as in clients: and policy.data.admin_clients of MAS&apos;s configuration).</source>
        <translation>Créer un profil MAS pour l&apos;identifiant du client d&apos;administration MAS (un ULID, comme sous clients: et policy.data.admin_clients dans la configuration de MAS).</translation>
    </message>
    <message>
        <source>MAS&apos;s URL, under which /oauth2/token and /api/admin/v1 are; found by a server check of URL when left out.</source>
        <translation>L&apos;URL de MAS, sous laquelle se trouvent /oauth2/token et /api/admin/v1&#xa0;; si elle est omise, une vérification du serveur URL la trouve.</translation>
    </message>
    <message>
        <source>How the MAS client authenticates, as its client_auth_method: basic (client_secret_basic, the default) or post (client_secret_post).</source>
        <translation>Comment le client MAS s&apos;authentifie, selon son client_auth_method&#xa0;: basic (client_secret_basic, par défaut) ou post (client_secret_post).</translation>
    </message>
    <message>
        <source>Read the MAS client secret from FILE (- for stdin; stripped); asked for on a terminal when left out.</source>
        <translation>Lire le secret du client MAS dans FILE (- pour l&apos;entrée standard&#xa0;; sans les espaces autour)&#xa0;; demandé sur un terminal s&apos;il est omis.</translation>
    </message>
    <message>
        <source>--%1 is for a MAS profile: give --mas-client-id too.</source>
        <translation>--%1 est pour un profil MAS&#xa0;: donnez aussi --mas-client-id.</translation>
    </message>
    <message>
        <source>A MAS profile&apos;s secret is its MAS client secret: give it with --mas-client-secret-file, not with --secret-file or -c.</source>
        <translation>Le secret d&apos;un profil MAS est le secret de son client MAS&#xa0;: donnez-le avec --mas-client-secret-file, pas avec --secret-file ni -c.</translation>
    </message>
    <message>
        <source>--mas-client-auth takes basic or post, as the client&apos;s client_auth_method in MAS&apos;s configuration is client_secret_basic or client_secret_post; not “%1”.</source>
        <translation>--mas-client-auth prend basic ou post, selon que le client_auth_method du client dans la configuration de MAS vaut client_secret_basic ou client_secret_post&#xa0;; pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The MAS URL is not usable: %1</source>
        <translation>L&apos;URL MAS est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 names MAS at %2; --mas-url gives another.</source>
        <translation>%1 situe MAS à %2&#xa0;; --mas-url en donne une autre.</translation>
    </message>
    <message>
        <source>Cannot ask %1 where its MAS is, so the profile was not saved; give the MAS URL with --mas-url. %2</source>
        <translation>Impossible de demander à %1 où est son MAS, le profil n&apos;a donc pas été enregistré&#xa0;; donnez l&apos;URL MAS avec --mas-url. %2</translation>
    </message>
    <message>
        <source>%1 names no MAS (its authentication is not delegated to MAS), so the profile was not saved; give the MAS URL with --mas-url.</source>
        <translation>%1 ne nomme aucun MAS (son authentification n&apos;est pas déléguée à MAS), le profil n&apos;a donc pas été enregistré&#xa0;; donnez l&apos;URL MAS avec --mas-url.</translation>
    </message>
    <message>
        <source>MAS client secret: </source>
        <translation>Secret du client MAS&#xa0;: </translation>
    </message>
    <message>
        <source>Give the MAS client secret with --mas-client-secret-file FILE (- for stdin), or run on a terminal to be asked.</source>
        <translation>Donnez le secret du client MAS avec --mas-client-secret-file FICHIER (- pour l&apos;entrée standard), ou lancez depuis un terminal pour qu&apos;il soit demandé.</translation>
    </message>
    <message>
        <source>The MAS client secret is empty.</source>
        <translation>Le secret du client MAS est vide.</translation>
    </message>
    <message>
        <source>Saved the MAS profile “%1”; its MAS client secret is in %2.</source>
        <translation>Profil MAS «&#xa0;%1&#xa0;» enregistré&#xa0;; le secret de son client MAS est dans %2.</translation>
    </message>
    <message>
        <source>Delete a profile and its secret in the keychain (its shared secret or MAS client secret).</source>
        <translation>Supprimer un profil et son secret dans le trousseau (son secret partagé ou le secret de son client MAS).</translation>
    </message>
    <message>
        <source>Removed the MAS profile “%1” and its MAS client secret.</source>
        <translation>Profil MAS «&#xa0;%1&#xa0;» et le secret de son client MAS supprimés.</translation>
    </message>
    <message>
        <source>%1 delegates authentication to MAS but does not say where MAS is, so the profile was not saved; give the MAS URL with --mas-url.</source>
        <translation>%1 délègue l&apos;authentification à MAS mais ne dit pas où est MAS, le profil n&apos;a donc pas été enregistré&#xa0;; donnez l&apos;URL MAS avec --mas-url.</translation>
    </message>
</context>
<context>
    <name>registrar::cli::RegisterCommand</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Impossible de lire le fichier de mot de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Localpart of the new user (or a full user ID). Asked for when missing.</source>
        <translation>Partie locale du nouvel utilisateur (ou un identifiant complet). Demandée si elle manque.</translation>
    </message>
    <message>
        <source>New password (visible in the process list; prefer --password-file or the prompt).</source>
        <translation>Nouveau mot de passe (visible dans la liste des processus&#xa0;; préférez --password-file ou la saisie interactive).</translation>
    </message>
    <message>
        <source>Read the password from FILE (- for stdin); one trailing newline is removed.</source>
        <translation>Lire le mot de passe dans FILE (- pour l&apos;entrée standard)&#xa0;; un saut de ligne final est retiré.</translation>
    </message>
    <message>
        <source>Make the new user a server admin.</source>
        <translation>Faire du nouvel utilisateur un administrateur du serveur.</translation>
    </message>
    <message>
        <source>Make a regular user (the default).</source>
        <translation>Créer un utilisateur ordinaire (par défaut).</translation>
    </message>
    <message>
        <source>User type: bot, support, or a type the server allows.</source>
        <translation>Type d&apos;utilisateur&#xa0;: bot, support ou un type que le serveur autorise.</translation>
    </message>
    <message>
        <source>Display name (default: the server uses the localpart).</source>
        <translation>Nom affiché (par défaut&#xa0;: le serveur utilise la partie locale).</translation>
    </message>
    <message>
        <source>Create the account without a login session: no device, no access token.</source>
        <translation>Créer le compte sans session&#xa0;: ni appareil, ni jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>A taken username is not an error: exit 0 and say so.</source>
        <translation>Un nom d&apos;utilisateur déjà pris n&apos;est pas une erreur&#xa0;: sortie 0, avec un message.</translation>
    </message>
    <message>
        <source>Give at most one server URL.</source>
        <translation>Donnez au plus une URL de serveur.</translation>
    </message>
    <message>
        <source>Give either -p/--password or --password-file, not both.</source>
        <translation>Donnez soit -p/--password, soit --password-file, pas les deux.</translation>
    </message>
    <message>
        <source>Give either -a/--admin or --no-admin, not both.</source>
        <translation>Donnez soit -a/--admin, soit --no-admin, pas les deux.</translation>
    </message>
    <message>
        <source>New user localpart: </source>
        <translation>Partie locale du nouvel utilisateur&#xa0;: </translation>
    </message>
    <message>
        <source>No username: give -u/--user.</source>
        <translation>Pas de nom d&apos;utilisateur&#xa0;: donnez -u/--user.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Confirm password: </source>
        <translation>Confirmer le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>No password: give --password-file, -p/--password, or run on a terminal to be asked.</source>
        <translation>Pas de mot de passe&#xa0;: donnez --password-file ou -p/--password, ou lancez depuis un terminal pour qu&apos;il soit demandé.</translation>
    </message>
    <message>
        <source>No login session was created (--no-login), so there is no access token.</source>
        <translation>Aucune session n&apos;a été créée (--no-login), il n&apos;y a donc pas de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The server created the account but returned no access token (it may require approval of new accounts).</source>
        <translation>Le serveur a créé le compte mais n&apos;a renvoyé aucun jeton d&apos;accès (il exige peut-être l&apos;approbation des nouveaux comptes).</translation>
    </message>
    <message>
        <source>User %1 already exists; nothing was changed (--exists-ok).</source>
        <translation>L&apos;utilisateur %1 existe déjà&#xa0;; rien n&apos;a été modifié (--exists-ok).</translation>
    </message>
    <message>
        <source>The account %1 was created, but its credentials could not be written to standard output (%2), so they are lost. Sign in with its password to get an access token.</source>
        <translation>Le compte %1 a été créé, mais ses identifiants n&apos;ont pas pu être écrits sur la sortie standard (%2)&#xa0;; ils sont perdus. Connectez-vous avec son mot de passe pour obtenir un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>MAS: add the email address ADDR to the account; repeatable.</source>
        <translation>MAS&#xa0;: ajouter l&apos;adresse e-mail ADDR au compte&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>MAS: set the password even when MAS&apos;s strength check (passwords.minimum_complexity) finds it too weak.</source>
        <translation>MAS&#xa0;: définir le mot de passe même si le contrôle de robustesse de MAS (passwords.minimum_complexity) le trouve trop faible.</translation>
    </message>
    <message>
        <source>Create an account on a Synapse server through its shared-secret registration API, and print the new account&apos;s credentials.

On a homeserver that delegates authentication to the Matrix Authentication Service (MAS), give --mas-client-id (or a MAS profile) instead of a shared secret: MAS&apos;s admin API then creates the user, sets its password, admin flag and emails, and signs it in; the output adds mas_user_id (MAS&apos;s ULID for the user) and, when the token expires, expires_in_ms. MAS has no user types. If a step fails after MAS created the user, running the same command again finishes it.

Exit codes: 0 created (or it existed, with --exists-ok); 1 bad input, nothing sent; 2 refused by the server for this account (taken, invalid, user type); 3 not authorised (wrong secret, registration not enabled, endpoint unavailable or delegated to MAS; MAS refused the client or its token, no admin API, password login off); 4 network (refused, DNS, TLS, a timeout before the registration was sent); 5 protocol (redirect, malformed or oversized reply, unexpected status); 6 the account may exist: the request was sent and no definite answer came back (a timeout, a lost connection, a proxy&apos;s 502/503/504, a success reply that cannot be read, a cancel after sending), or MAS created the account and a later step failed; 7 created, but the credentials could not be written to standard output; 130 or 143 stopped by Ctrl+C or SIGTERM.</source>
        <translation>Créer un compte sur un serveur Synapse via son API d&apos;inscription par secret partagé, et afficher les identifiants du nouveau compte.

Sur un serveur d&apos;accueil qui délègue l&apos;authentification au Matrix Authentication Service (MAS), donnez --mas-client-id (ou un profil MAS) au lieu d&apos;un secret partagé&#xa0;: l&apos;API d&apos;administration de MAS crée alors l&apos;utilisateur, définit son mot de passe, son drapeau d&apos;administrateur et ses adresses e-mail, et le connecte&#xa0;; la sortie ajoute mas_user_id (l&apos;ULID de l&apos;utilisateur dans MAS) et, quand le jeton expire, expires_in_ms. MAS n&apos;a pas de types d&apos;utilisateur. Si une étape échoue après que MAS a créé l&apos;utilisateur, relancer la même commande le termine.

Codes de sortie&#xa0;: 0 créé (ou déjà existant, avec --exists-ok)&#xa0;; 1 entrée incorrecte, rien envoyé&#xa0;; 2 refusé par le serveur pour ce compte (pris, invalide, type d&apos;utilisateur)&#xa0;; 3 non autorisé (mauvais secret, inscription non activée, point d&apos;accès indisponible ou délégué à MAS&#xa0;; MAS a refusé le client ou son jeton, pas d&apos;API d&apos;administration, connexion par mot de passe désactivée)&#xa0;; 4 réseau (refusé, DNS, TLS, délai dépassé avant l&apos;envoi de l&apos;inscription)&#xa0;; 5 protocole (redirection, réponse mal formée ou trop grande, statut inattendu)&#xa0;; 6 le compte existe peut-être&#xa0;: la requête a été envoyée et aucune réponse claire n&apos;est revenue (délai dépassé, connexion perdue, 502/503/504 d&apos;un proxy, réponse de succès illisible, annulation après l&apos;envoi), ou MAS a créé le compte et une étape suivante a échoué&#xa0;; 7 créé, mais les identifiants n&apos;ont pas pu être écrits sur la sortie standard&#xa0;; 130 ou 143 arrêté par Ctrl+C ou SIGTERM.</translation>
    </message>
    <message>
        <source>URL of the server&apos;s admin API, e.g. http://127.0.0.1:8008 (default: from -c, else http://localhost:8008); with MAS, the homeserver&apos;s client URL.</source>
        <translation>URL de l&apos;API d&apos;administration du serveur, par ex. http://127.0.0.1:8008 (par défaut&#xa0;: depuis -c, sinon http://localhost:8008)&#xa0;; avec MAS, l&apos;URL client du serveur d&apos;accueil.</translation>
    </message>
    <message>
        <source>Only one of --password-file and --mas-client-secret-file can read stdin.</source>
        <translation>Seul l&apos;un de --password-file et --mas-client-secret-file peut lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>MAS has no user types: leave out -t/--user-type.</source>
        <translation>MAS n&apos;a pas de types d&apos;utilisateur&#xa0;: omettez -t/--user-type.</translation>
    </message>
    <message>
        <source>The access token expires at %1.</source>
        <translation>Le jeton d&apos;accès expire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The account&apos;s password is the one an earlier run set; this run did not set it again.</source>
        <translation>Le mot de passe du compte est celui qu&apos;une exécution précédente a défini&#xa0;; cette exécution ne l&apos;a pas redéfini.</translation>
    </message>
    <message>
        <source>MAS: take over the homeserver&apos;s account of this name, which an earlier attempt that ended in a MAS server error may have left (MAS&apos;s skip_homeserver_check). Check on the homeserver first that it is that account.</source>
        <translation>MAS&#xa0;: reprendre le compte de ce nom du serveur d&apos;accueil, qu&apos;une tentative précédente terminée par une erreur serveur de MAS a pu laisser (skip_homeserver_check de MAS). Vérifiez d&apos;abord sur le serveur d&apos;accueil que c&apos;est bien ce compte.</translation>
    </message>
    <message>
        <source>--email, --skip-password-check and --adopt-homeserver-account are for accounts that MAS creates (--mas-client-id or a MAS profile); shared-secret registration takes none of them.</source>
        <translation>--email, --skip-password-check et --adopt-homeserver-account sont pour les comptes que MAS crée (--mas-client-id ou un profil MAS)&#xa0;; l&apos;enregistrement par secret partagé n&apos;en prend aucun.</translation>
    </message>
</context>
<context>
    <name>registrar::cli::TokenCommand</name>
    <message>
        <source>End the session (the device) of an access token; the account stays. Exit 0 when it was ended, 3 when the server refuses the token.</source>
        <translation>Mettre fin à la session (l&apos;appareil) d&apos;un jeton d&apos;accès&#xa0;; le compte reste. Sortie 0 quand elle a pris fin, 3 quand le serveur refuse le jeton.</translation>
    </message>
    <message>
        <source>Read the access token from FILE (- for stdin); surrounding whitespace is removed.</source>
        <translation>Lire le jeton d&apos;accès dans FILE (- pour l&apos;entrée standard)&#xa0;; les blancs autour sont retirés.</translation>
    </message>
    <message>
        <source>The server&apos;s client URL.</source>
        <translation>L&apos;URL client du serveur.</translation>
    </message>
    <message>
        <source>Give the access token with --token-file FILE (- for stdin).</source>
        <translation>Donnez le jeton d&apos;accès avec --token-file FILE (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Impossible de lire le fichier de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Le fichier de jeton %1 est vide.</translation>
    </message>
    <message>
        <source>The session was ended; the account stays.</source>
        <translation>La session a pris fin&#xa0;; le compte reste.</translation>
    </message>
    <message>
        <source>The token file %1 has a control character (U+%2) inside the token, such as a line break; an access token is one line of printable characters, so nothing was sent.</source>
        <translation>Le fichier de jeton %1 contient un caractère de contrôle (U+%2) dans le jeton, par exemple un saut de ligne&#xa0;; un jeton d&apos;accès tient sur une ligne de caractères imprimables, donc rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Ask the server whose access token this is (whoami). Exit 0 when the token works, 3 when the server refuses it, 7 when the answer could not be written to standard output.</source>
        <translation>Demander au serveur à qui appartient ce jeton d&apos;accès (whoami). Sortie 0 quand le jeton fonctionne, 3 quand le serveur le refuse, 7 quand la réponse n&apos;a pas pu être écrite sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>registrar::flows::BatchRun</name>
    <message>
        <source>%1. The run stopped; the journal %2 keeps the generated passwords of the rows the results file does not record: make room, then run the batch again with the same results file to record them.</source>
        <translation>%1. L&apos;exécution s&apos;est arrêtée&#xa0;; le journal %2 garde les mots de passe générés des lignes que le fichier de résultats n&apos;enregistre pas&#xa0;: libérez de la place, puis relancez le lot avec le même fichier de résultats pour les enregistrer.</translation>
    </message>
    <message>
        <source>Created by an earlier run whose answer was lost: the password in this record signs in to it.</source>
        <translation>Créé par une exécution précédente dont la réponse s&apos;est perdue&#xa0;: le mot de passe de cet enregistrement permet de s&apos;y connecter.</translation>
    </message>
    <message>
        <source>The device of that sign-in could not be signed out: %1</source>
        <translation>L&apos;appareil de cette connexion n&apos;a pas pu être déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 The run stopped there; the rows before it are recorded. Check the file again.</source>
        <translation>%1 L&apos;exécution s&apos;est arrêtée là&#xa0;; les lignes précédentes sont enregistrées. Vérifiez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>An earlier run may have created this account with the password in this record, and this run could not find out: %1 (Run the batch again to settle it.)</source>
        <translation>Une exécution précédente a peut-être créé ce compte avec le mot de passe de cet enregistrement, et cette exécution n&apos;a pas pu le savoir&#xa0;: %1 (Relancez le lot pour le régler.)</translation>
    </message>
    <message>
        <source>The name is taken, and the password an earlier run sent does not sign in to it: it is another account, or the server checks passwords elsewhere (a password provider such as LDAP, with password_config.localdb_enabled false). The password that was sent is kept in this record. %1</source>
        <translation>Le nom est pris, et le mot de passe envoyé par une exécution précédente ne permet pas de s&apos;y connecter&#xa0;: c&apos;est un autre compte, ou le serveur vérifie les mots de passe ailleurs (un fournisseur de mots de passe comme LDAP, avec password_config.localdb_enabled à false). Le mot de passe envoyé est gardé dans cet enregistrement. %1</translation>
    </message>
    <message>
        <source>Email addresses are added only to accounts made through MAS; this server&apos;s accounts are made with its shared secret. Leave the email column empty, or use a MAS profile.</source>
        <translation>Les adresses e-mail ne sont ajoutées qu&apos;aux comptes créés par MAS&#xa0;; les comptes de ce serveur sont créés avec son secret partagé. Laissez la colonne email vide, ou utilisez un profil MAS.</translation>
    </message>
    <message>
        <source>%1 (Run the batch again with the same results file to finish the remaining steps.)</source>
        <translation>%1 (Relancez le lot avec le même fichier de résultats pour terminer les étapes restantes.)</translation>
    </message>
    <message>
        <source>MAS has a user of this name, and an earlier run that sent its creation got no answer: it may be that run&apos;s user, made without a password, or another account. Look the name up in MAS; if it is that run&apos;s, set its password there, or remove it and run the batch again with --retry-failed. The password that was meant for it is kept in this record. %1</source>
        <translation>MAS a un utilisateur de ce nom, et une exécution précédente qui a envoyé sa création n&apos;a pas reçu de réponse&#xa0;: c&apos;est peut-être l&apos;utilisateur de cette exécution, créé sans mot de passe, ou un autre compte. Cherchez le nom dans MAS&#xa0;; si c&apos;est celui de cette exécution, définissez-y son mot de passe, ou supprimez-le et relancez le lot avec --retry-failed. Le mot de passe qui lui était destiné est gardé dans cet enregistrement. %1</translation>
    </message>
    <message>
        <source>MAS has this account (MAS user ID %1, last step done: %2), and the run could not go on: %3 (Run the batch again with the same results file to finish the remaining steps.)</source>
        <translation>MAS a ce compte (identifiant d&apos;utilisateur MAS %1, dernière étape faite&#xa0;: %2), et l&apos;exécution n&apos;a pas pu continuer&#xa0;: %3 (Relancez le lot avec le même fichier de résultats pour terminer les étapes restantes.)</translation>
    </message>
</context>
<context>
    <name>registrar::flows::RegistrationFlow</name>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>Le profil «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This tool saves no trust decisions; give --pin-sha256 or --ca-file.</source>
        <translation>Cet outil n&apos;enregistre aucune décision de confiance&#xa0;; donnez --pin-sha256 ou --ca-file.</translation>
    </message>
</context>
<context>
    <name>registrar::net::HttpCall</name>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation>le serveur a fermé la connexion avant de répondre</translation>
    </message>
</context>
<context>
    <name>registrar::net::HttpTransport</name>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>le fichier d&apos;AC %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>the access token holds a control character, so it is not sent</source>
        <translation>le jeton d&apos;accès contient un caractère de contrôle et n&apos;est donc pas envoyé</translation>
    </message>
    <message>
        <source>cannot read %1 (%2)</source>
        <translation>impossible de lire %1 (%2)</translation>
    </message>
</context>
<context>
    <name>registrar::net::MasRegistrationJob</name>
    <message>
        <source>MAS has no user types; leave the user type empty.</source>
        <translation>MAS n&apos;a pas de types d&apos;utilisateur&#xa0;; laissez le type d&apos;utilisateur vide.</translation>
    </message>
    <message>
        <source>The homeserver&apos;s client URL is missing.</source>
        <translation>L&apos;URL client du serveur d&apos;accueil manque.</translation>
    </message>
    <message>
        <source>MAS already has the user %1 (%2)</source>
        <translation>MAS a déjà l&apos;utilisateur %1 (%2)</translation>
    </message>
    <message>
        <source>An earlier attempt made this account&apos;s access token; no other was made.</source>
        <translation>Une tentative précédente a créé le jeton d&apos;accès de ce compte&#xa0;; aucun autre n&apos;a été créé.</translation>
    </message>
    <message>
        <source>MAS %1 does not take a display name when it creates a user (1.18 does); set “%2” from a Matrix client.</source>
        <translation>MAS %1 ne prend pas de nom d&apos;affichage à la création d&apos;un utilisateur (1.18 le fait)&#xa0;; définissez «&#xa0;%2&#xa0;» depuis un client Matrix.</translation>
    </message>
    <message>
        <source>MAS did not say its version, so the display name “%1” may not be set (MAS takes one from 1.18); check it from a Matrix client.</source>
        <translation>MAS n&apos;a pas donné sa version, donc le nom d&apos;affichage «&#xa0;%1&#xa0;» n&apos;est peut-être pas défini (MAS le prend à partir de 1.18)&#xa0;; vérifiez-le depuis un client Matrix.</translation>
    </message>
    <message>
        <source>The homeserver&apos;s name is not known, so the user ID is shown without it; give the server name to see it whole.</source>
        <translation>Le nom du serveur d&apos;accueil n&apos;est pas connu, l&apos;identifiant utilisateur est donc montré sans lui&#xa0;; donnez le nom du serveur pour le voir en entier.</translation>
    </message>
    <message>
        <source>The homeserver did not confirm the new token (whoami): %1</source>
        <translation>Le serveur d&apos;accueil n&apos;a pas confirmé le nouveau jeton (whoami)&#xa0;: %1</translation>
    </message>
    <message>
        <source>adding email addresses needs MAS 0.15 or newer. Register without them, or upgrade MAS.</source>
        <translation>ajouter des adresses e-mail demande MAS 0.15 ou plus récent. Enregistrez sans elles, ou mettez MAS à jour.</translation>
    </message>
    <message>
        <source>personal sessions need MAS 1.5 or newer, and without a password the user cannot sign in through the homeserver either. Register without signing in.</source>
        <translation>les sessions personnelles demandent MAS 1.5 ou plus récent, et sans mot de passe l&apos;utilisateur ne peut pas non plus se connecter par le serveur d&apos;accueil. Enregistrez sans connexion.</translation>
    </message>
    <message>
        <source>personal sessions need MAS 1.5 or newer, and signing in through the homeserver (MAS&apos;s compat resource) did not work either, so no access token could be made. Register without signing in, or mount MAS&apos;s compat resource.</source>
        <translation>les sessions personnelles demandent MAS 1.5 ou plus récent, et la connexion par le serveur d&apos;accueil (la ressource compat de MAS) n&apos;a pas fonctionné non plus, donc aucun jeton d&apos;accès n&apos;a pu être créé. Enregistrez sans connexion, ou montez la ressource compat de MAS.</translation>
    </message>
    <message>
        <source>An earlier attempt may have made a personal session for %1 too (its answer was lost). If MAS lists one, revoke it (POST /api/admin/v1/personal-sessions/ID/revoke).</source>
        <translation>Une tentative précédente a peut-être aussi créé une session personnelle pour %1 (sa réponse a été perdue). Si MAS en liste une, révoquez-la (POST /api/admin/v1/personal-sessions/ID/revoke).</translation>
    </message>
    <message>
        <source>The homeserver names the account %1, not one on %2 as the server name given says; that server name is wrong.</source>
        <translation>Le serveur d&apos;accueil nomme le compte %1, et non un compte sur %2 comme le dit le nom de serveur donné&#xa0;; ce nom de serveur est faux.</translation>
    </message>
</context>
<context>
    <name>registrar::net::WellKnownLookup</name>
    <message>
        <source>%1 publishes no /.well-known/matrix/client; enter the client URL yourself.</source>
        <translation>%1 ne publie pas de /.well-known/matrix/client&#xa0;; saisissez vous-même l&apos;URL client.</translation>
    </message>
    <message>
        <source>the .well-known file of %1 is not a JSON object</source>
        <translation>le fichier .well-known de %1 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the .well-known file of %1 names no m.homeserver base_url</source>
        <translation>le fichier .well-known de %1 ne nomme aucune base_url m.homeserver</translation>
    </message>
    <message>
        <source>the .well-known base_url of %1 is not usable: %2</source>
        <translation>la base_url .well-known de %1 n&apos;est pas utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, named by the .well-known file, does not answer as a Matrix server.</source>
        <translation>%1, nommé par le fichier .well-known, ne répond pas comme un serveur Matrix.</translation>
    </message>
</context>
<context>
    <name>registrar::store::KeychainSecretStore</name>
    <message>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
</context>
<context>
    <name>registrar::store::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>la mémoire, pour cette session seulement</translation>
    </message>
</context>
<context>
    <name>registrar::store::ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Le profil n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file is not a profile export of Synapse Registrar.</source>
        <translation>Le fichier n&apos;est pas un export de profils de Synapse Registrar.</translation>
    </message>
</context>
<context>
    <name>registrar::store::SecretStore</name>
    <message>
        <source>There is no D-Bus session, so no keychain can be reached (a headless or SSH session?). Use the secret for this session only, or give it to the command-line tool with --secret-file or -c.</source>
        <translation>Il n&apos;y a pas de session D-Bus, donc aucun trousseau n&apos;est joignable (une session sans bureau ou par SSH&#xa0;?). Utilisez le secret pour cette session seulement, ou donnez-le à l&apos;outil en ligne de commande avec --secret-file ou -c.</translation>
    </message>
    <message>
        <source>No Secret Service is running: install and start gnome-keyring or KWallet to store shared secrets, or use the secret for this session only.</source>
        <translation>Aucun Secret Service ne tourne&#xa0;: installez et démarrez gnome-keyring ou KWallet pour enregistrer les secrets partagés, ou utilisez le secret pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (usually by logging in to the desktop, or with your keyring&apos;s password) and try again, or use the secret for this session only.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (d&apos;habitude en ouvrant la session du bureau, ou avec le mot de passe de votre trousseau) et réessayez, ou utilisez le secret pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret. Allow Synapse Registrar in the keychain&apos;s prompt or settings, or use the secret for this session only.</source>
        <translation>Le trousseau a refusé l&apos;accès au secret. Autorisez Synapse Registrar dans la demande ou les réglages du trousseau, ou utilisez le secret pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>No shared secret is stored for this profile yet.</source>
        <translation>Aucun secret partagé n&apos;est encore enregistré pour ce profil.</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::BatchTableModel</name>
    <message>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>ordinaire</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Problem or reason</source>
        <translation>Problème ou raison</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>incertain</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::BatchWindow</name>
    <message>
        <source>Accounts to create</source>
        <translation>Comptes à créer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Results file (holds credentials)</source>
        <translation>Fichier de résultats (contient des identifiants)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Stopping: the running rows finish and are recorded…</source>
        <translation>Arrêt&#xa0;: les lignes en cours se terminent et sont notées…</translation>
    </message>
    <message>
        <source>Stopping: the running rows finish and are recorded; then the window can close.</source>
        <translation>Arrêt&#xa0;: les lignes en cours se terminent et sont notées&#xa0;; ensuite la fenêtre pourra se fermer.</translation>
    </message>
    <message>
        <source>Add a profile first (Manage… in the main window).</source>
        <translation>Ajoutez d&apos;abord un profil (Gérer… dans la fenêtre principale).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 valid, %2 of them admins; %3 invalid (they are recorded as such and not sent).</source>
        <translation>
            <numerusform>%n ligne — valides&#xa0;: %1, dont administrateurs&#xa0;: %2&#xa0;; invalides&#xa0;: %3 (notées comme telles et non envoyées).</numerusform>
            <numerusform>%n lignes — valides&#xa0;: %1, dont administrateurs&#xa0;: %2&#xa0;; invalides&#xa0;: %3 (notées comme telles et non envoyées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n account(s)</source>
        <translation>
            <numerusform>&amp;Créer %n compte</numerusform>
            <numerusform>&amp;Créer %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a results file ending in .csv or .json.</source>
        <translation>Choisissez un fichier de résultats finissant par .csv ou .json.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n account(s) on “%1”?</source>
        <translation>
            <numerusform>Créer %n compte sur «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
            <numerusform>Créer %n comptes sur «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them will be server admins, who can read and change everything on the server.</source>
        <translation>
            <numerusform>%n d&apos;entre eux sera administrateur du serveur, et pourra tout lire et tout modifier sur le serveur.</numerusform>
            <numerusform>%n d&apos;entre eux seront administrateurs du serveur, et pourront tout lire et tout modifier sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the accounts?</source>
        <translation>Créer les comptes&#xa0;?</translation>
    </message>
    <message>
        <source>created %1, failed %2, invalid %3</source>
        <translation>créés %1, échecs %2, invalides %3</translation>
    </message>
    <message>
        <source>, %1 created earlier</source>
        <translation>, %1 créés auparavant</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, environ %1 s restantes</translation>
    </message>
    <message>
        <source>Stopped. Created %1, failed %2; the results file records every finished row, and creating again resumes.</source>
        <translation>Arrêté. Créés %1, échecs %2&#xa0;; le fichier de résultats note chaque ligne terminée, et créer de nouveau reprend.</translation>
    </message>
    <message>
        <source>Done. Created %1 (and %2 earlier), failed %3, invalid %4. The results are in %5.</source>
        <translation>Terminé. Créés %1 (et %2 auparavant), échecs %3, invalides %4. Les résultats sont dans %5.</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 incertains</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) may have been created: the request was sent and no definite answer came back. Each is “unknown” in the table and in the results file, with its password; keep the file, and press Retry failed to settle them (a free name is registered, a taken one is checked by signing in with the recorded password).</source>
        <translation>
            <numerusform>%n compte a peut-être été créé&#xa0;: la requête a été envoyée et aucune réponse claire n&apos;est revenue. Il figure comme «&#xa0;incertain&#xa0;» dans le tableau et «&#xa0;unknown&#xa0;» dans le fichier de résultats, avec son mot de passe&#xa0;; gardez le fichier, et cliquez sur «&#xa0;Réessayer les échecs&#xa0;» pour le régler (un nom libre est inscrit, un nom pris est vérifié en se connectant avec le mot de passe enregistré).</numerusform>
            <numerusform>%n comptes ont peut-être été créés&#xa0;: les requêtes ont été envoyées et aucune réponse claire n&apos;est revenue. Chacun figure comme «&#xa0;incertain&#xa0;» dans le tableau et «&#xa0;unknown&#xa0;» dans le fichier de résultats, avec son mot de passe&#xa0;; gardez le fichier, et cliquez sur «&#xa0;Réessayer les échecs&#xa0;» pour les régler (un nom libre est inscrit, un nom pris est vérifié en se connectant avec le mot de passe enregistré).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Impossible d&apos;ouvrir le dossier %1.</translation>
    </message>
    <message numerus="yes">
        <source>The results file resumes an earlier run: %1 already created, %2 to create, %n admin(s).</source>
        <translation>
            <numerusform>Le fichier de résultats reprend une exécution précédente&#xa0;: %1 déjà créés, %2 à créer, %n administrateur.</numerusform>
            <numerusform>Le fichier de résultats reprend une exécution précédente&#xa0;: %1 déjà créés, %2 à créer, %n administrateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) it records as failed or invalid are not sent again (Retry failed sends them).</source>
        <translation>
            <numerusform>%n ligne qu&apos;il enregistre comme échouée ou invalide n&apos;est pas renvoyée («&#xa0;Réessayer les échecs&#xa0;» la renvoie).</numerusform>
            <numerusform>%n lignes qu&apos;il enregistre comme échouées ou invalides ne sont pas renvoyées («&#xa0;Réessayer les échecs&#xa0;» les renvoie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>registrar::widgets::CertificateDialog</name>
    <message>
        <source>The server&apos;s certificate is not trusted, and nothing was sent. Trust it only if its SHA-256 fingerprint is the one the server&apos;s administrator gave you; it is then pinned for %1 and checked on every connection.</source>
        <translation>Le certificat du serveur n&apos;est pas fiable, et rien n&apos;a été envoyé. Ne lui faites confiance que si son empreinte SHA-256 est celle que l&apos;administration du serveur vous a donnée&#xa0;; il est alors épinglé pour %1 et vérifié à chaque connexion.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::CreatedAccountsPane</name>
    <message>
        <source>The new account&apos;s credentials appear here after a registration.</source>
        <translation>Les identifiants du nouveau compte apparaissent ici après une inscription.</translation>
    </message>
    <message>
        <source>Accounts created since the app started</source>
        <translation>Comptes créés depuis le démarrage de l’application</translation>
    </message>
    <message numerus="yes">
        <source>Created since the app started (%n):</source>
        <translation>
            <numerusform>Créé depuis le démarrage de l’application (%n)&#xa0;:</numerusform>
            <numerusform>Créés depuis le démarrage de l’application (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · logged out</source>
        <translation>%1 · %2 · déconnecté</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::CredentialsPanel</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>As key: value lines</source>
        <translation>En lignes «&#xa0;clé: valeur&#xa0;»</translation>
    </message>
    <message>
        <source>As JSON</source>
        <translation>En JSON</translation>
    </message>
    <message>
        <source>Access token (logged out):</source>
        <translation>Jeton d&apos;accès (déconnecté)&#xa0;:</translation>
    </message>
    <message>
        <source>Log out this device?</source>
        <translation>Déconnecter cet appareil&#xa0;?</translation>
    </message>
    <message>
        <source>Log out %1 on device %2?</source>
        <translation>Déconnecter %1 de l&apos;appareil %2&#xa0;?</translation>
    </message>
    <message>
        <source>The access token stops working for good. The account stays and can sign in again with its password.</source>
        <translation>Le jeton d&apos;accès cessera définitivement de fonctionner. Le compte reste et peut se reconnecter avec son mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>The token works: it belongs to %1, device %2.</source>
        <translation>Le jeton fonctionne&#xa0;: il appartient à %1, appareil %2.</translation>
    </message>
    <message>
        <source>Logged out: the device was ended and its token no longer works. The account stays.</source>
        <translation>Déconnecté&#xa0;: l&apos;appareil a pris fin et son jeton ne fonctionne plus. Le compte reste.</translation>
    </message>
    <message>
        <source>Matrix user ID:</source>
        <translation>Identifiant Matrix&#xa0;:</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::HistoryTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>ordinaire</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::MainWindow</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the passwords (Ctrl+H)</source>
        <translation>Afficher ou masquer les mots de passe (Ctrl+H)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Generate a password of the chosen length (Ctrl+G)</source>
        <translation>Générer un mot de passe de la longueur choisie (Ctrl+G)</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers effacé.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes the next time Synapse Registrar starts.</source>
        <translation>La langue change au prochain démarrage de Synapse Registrar.</translation>
    </message>
    <message>
        <source>Other server (not saved)</source>
        <translation>Autre serveur (non enregistré)</translation>
    </message>
    <message>
        <source>admin API %1</source>
        <translation>API d&apos;administration %1</translation>
    </message>
    <message>
        <source>server name not known yet</source>
        <translation>nom du serveur encore inconnu</translation>
    </message>
    <message>
        <source>⚠ plain HTTP allowed</source>
        <translation>⚠ HTTP non chiffré autorisé</translation>
    </message>
    <message>
        <source>certificate pinned</source>
        <translation>certificat épinglé</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>AC %1</translation>
    </message>
    <message>
        <source>Welcome: add your first homeserver</source>
        <translation>Bienvenue&#xa0;: ajoutez votre premier serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>New user ID: %1</source>
        <translation>Nouvel identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Les mots de passe correspondent.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>ce nouvel utilisateur</translation>
    </message>
    <message>
        <source>Make a server admin?</source>
        <translation>Faire de lui un administrateur du serveur&#xa0;?</translation>
    </message>
    <message>
        <source>Make %1 a server admin?</source>
        <translation>Faire de %1 un administrateur du serveur&#xa0;?</translation>
    </message>
    <message>
        <source>A server admin can read and change everything on this server: every account, room and setting, through the admin API.</source>
        <translation>Un administrateur du serveur peut tout lire et tout modifier sur ce serveur&#xa0;: chaque compte, salon et réglage, via l&apos;API d&apos;administration.</translation>
    </message>
    <message>
        <source>Make &amp;admin</source>
        <translation>En faire un &amp;administrateur</translation>
    </message>
    <message>
        <source>&amp;Regular user</source>
        <translation>Utilisateur &amp;ordinaire</translation>
    </message>
    <message numerus="yes">
        <source>Generated a password of %n characters; it is shown with the result.</source>
        <translation>
            <numerusform>Mot de passe de %n caractère généré&#xa0;; il est affiché avec le résultat.</numerusform>
            <numerusform>Mot de passe de %n caractères généré&#xa0;; il est affiché avec le résultat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Reading the shared secret…</source>
        <translation>Lecture du secret partagé…</translation>
    </message>
    <message>
        <source>The server URL is not usable: %1</source>
        <translation>L&apos;URL du serveur n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No shared secret is stored for the profile “%1”. Open Manage… and edit the profile to enter it.</source>
        <translation>Aucun secret partagé n&apos;est enregistré pour le profil «&#xa0;%1&#xa0;». Ouvrez Gérer… et modifiez le profil pour le saisir.</translation>
    </message>
    <message>
        <source>The keychain cannot be used</source>
        <translation>Le trousseau n&apos;est pas utilisable</translation>
    </message>
    <message>
        <source>Shared secret of “%1”, kept in memory for this session only:</source>
        <translation>Secret partagé de «&#xa0;%1&#xa0;», gardé en mémoire pour cette session seulement&#xa0;:</translation>
    </message>
    <message>
        <source>Fetching a nonce…</source>
        <translation>Obtention d&apos;un nonce…</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
    <message>
        <source>kept in memory for this session; type to replace</source>
        <translation>gardé en mémoire pour cette session&#xa0;; tapez pour le remplacer</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>this server, for this session</source>
        <translation>ce serveur, pour cette session</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Échec de l&apos;inscription</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Effacer l&apos;historique&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n account(s) listed? The accounts themselves stay on their servers.</source>
        <translation>
            <numerusform>Oublier le compte listé (%n)&#xa0;? Le compte lui-même reste sur son serveur.</numerusform>
            <numerusform>Oublier les %n comptes listés&#xa0;? Les comptes eux-mêmes restent sur leurs serveurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Le presse-papiers s&apos;efface dans %n s</numerusform>
            <numerusform>Le presse-papiers s&apos;efface dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the account was requested: nothing was created.</source>
        <translation>Annulé avant que le compte soit demandé&#xa0;: rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>%1 was created by the attempt whose answer was lost: its password signs in to it.</source>
        <translation>%1 a été créé par la tentative dont la réponse s&apos;est perdue&#xa0;: son mot de passe permet de s&apos;y connecter.</translation>
    </message>
    <message>
        <source>The request to create the account was sent, but no definite answer came back (%1). The account may exist now, with the password in the form (Show reveals it). Press Register again to settle it: a free name is created; if the name is taken, this app signs in with the password to find out whether it is the account just created.</source>
        <translation>La requête de création du compte a été envoyée, mais aucune réponse claire n&apos;est revenue (%1). Le compte existe peut-être maintenant, avec le mot de passe du formulaire (Afficher le révèle). Cliquez à nouveau sur Inscrire pour trancher&#xa0;: un nom libre est créé&#xa0;; si le nom est pris, l&apos;application se connecte avec le mot de passe pour savoir si c&apos;est le compte qui vient d&apos;être créé.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close without the credentials?</source>
        <translation>Fermer sans les identifiants&#xa0;?</translation>
    </message>
    <message>
        <source>The access token or the generated password of %1 was never copied or shown.</source>
        <translation>Le jeton d&apos;accès ou le mot de passe généré de %1 n&apos;a jamais été copié ni affiché.</translation>
    </message>
    <message>
        <source>Once the window is closed, they cannot be shown again: this app stores neither.</source>
        <translation>Une fois la fenêtre fermée, ils ne peuvent plus être affichés&#xa0;: cette application ne conserve ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>&amp;Garder la fenêtre ouverte</translation>
    </message>
    <message>
        <source>&amp;About Synapse Registrar…</source>
        <translation>À &amp;propos de Synapse Registrar…</translation>
    </message>
    <message>
        <source>About Synapse Registrar</source>
        <translation>À propos de Synapse Registrar</translation>
    </message>
    <message>
        <source>Synapse Registrar %1</source>
        <translation>Synapse Registrar %1</translation>
    </message>
    <message>
        <source>Creates Matrix accounts on a Synapse homeserver through its shared-secret registration API.</source>
        <translation>Crée des comptes Matrix sur un serveur d&apos;accueil Synapse par son API d&apos;inscription à secret partagé.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later. It comes with no warranty.</source>
        <translation>Licence&#xa0;: GPL-3.0-or-later. Sans aucune garantie.</translation>
    </message>
    <message>
        <source>The user guide is README.md in the source tree; the manual pages are “man synapse-registrar” for this app and “man synapse-registrar-cli” for the command-line tool.</source>
        <translation>Le guide d&apos;utilisation est README.md dans les sources&#xa0;; les pages de manuel sont «&#xa0;man synapse-registrar&#xa0;» pour cette application et «&#xa0;man synapse-registrar-cli&#xa0;» pour l&apos;outil en ligne de commande.</translation>
    </message>
    <message>
        <source>A new choice applies from the next start</source>
        <translation>Un nouveau choix s&apos;applique au prochain démarrage</translation>
    </message>
    <message>
        <source>“%1” was not created.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été créé.</translation>
    </message>
    <message>
        <source>New user ID: @%1:… (server name not known yet)</source>
        <translation>Nouvel identifiant&#xa0;: @%1:… (nom du serveur pas encore connu)</translation>
    </message>
    <message>
        <source>The server name is not known yet: enter it above, or it is learned from the first registration.</source>
        <translation>Le nom du serveur n’est pas encore connu&#xa0;: saisissez-le ci-dessus, sinon il est appris à la première inscription.</translation>
    </message>
    <message>
        <source>A batch run is still going</source>
        <translation>Un lot est encore en cours</translation>
    </message>
    <message>
        <source>A batch run is still creating accounts. Stop it in its window: the running rows finish and are recorded. Then close again.</source>
        <translation>Un lot crée encore des comptes. Arrêtez-le dans sa fenêtre&#xa0;: les lignes en cours se terminent et sont enregistrées. Puis fermez à nouveau.</translation>
    </message>
    <message>
        <source>Copy the mas-cli command</source>
        <translation>Copier la commande mas-cli</translation>
    </message>
    <message>
        <source>The mas-cli line that creates this account on the MAS host; mas-cli asks for the password itself</source>
        <translation>La ligne mas-cli qui crée ce compte sur l&apos;hôte de MAS&#xa0;; mas-cli demande lui-même le mot de passe</translation>
    </message>
    <message>
        <source>Copied: run it on the host of the Matrix Authentication Service.</source>
        <translation>Copiée&#xa0;: lancez-la sur l&apos;hôte du Matrix Authentication Service.</translation>
    </message>
    <message>
        <source>Getting an admin token from MAS…</source>
        <translation>Obtention d&apos;un jeton d&apos;administration auprès de MAS…</translation>
    </message>
    <message>
        <source>Looking the username up in MAS…</source>
        <translation>Recherche du nom d&apos;utilisateur dans MAS…</translation>
    </message>
    <message>
        <source>Creating the user in MAS…</source>
        <translation>Création de l&apos;utilisateur dans MAS…</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Définition du mot de passe…</translation>
    </message>
    <message>
        <source>Letting the user request admin rights…</source>
        <translation>Autorisation de demander les droits d&apos;administration…</translation>
    </message>
    <message>
        <source>Adding the email addresses…</source>
        <translation>Ajout des adresses e-mail…</translation>
    </message>
    <message>
        <source>Making an access token…</source>
        <translation>Création d&apos;un jeton d&apos;accès…</translation>
    </message>
    <message>
        <source>Finish the remaining steps</source>
        <translation>Terminer les étapes restantes</translation>
    </message>
    <message>
        <source>Registers the same account again: MAS goes on from the last step that worked, and nothing done is done twice</source>
        <translation>Inscrit de nouveau le même compte&#xa0;: MAS reprend après la dernière étape réussie, et rien de ce qui est fait n&apos;est refait</translation>
    </message>
    <message>
        <source>accounts through MAS at %1</source>
        <translation>comptes via MAS à %1</translation>
    </message>
    <message>
        <source>User type:</source>
        <translation>Type d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>User &amp;type:</source>
        <translation>T&amp;ype d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ke an admin (may request admin rights)</source>
        <translation>Faire de lui u&amp;n administrateur (peut demander les droits d&apos;administration)</translation>
    </message>
    <message>
        <source>Ma&amp;ke a server admin</source>
        <translation>Faire de lui u&amp;n administrateur du serveur</translation>
    </message>
    <message>
        <source>On MAS, admin rights belong to a login: the user may request them when signing in interactively, and the access token made here carries them.</source>
        <translation>Avec MAS, les droits d&apos;administration appartiennent à une connexion&#xa0;: l&apos;utilisateur peut les demander en se connectant de façon interactive, et le jeton d&apos;accès créé ici les porte.</translation>
    </message>
    <message>
        <source>On MAS, admin rights belong to a login: the user may request them when signing in interactively. No access token is made here, as signing in is off.</source>
        <translation>Avec MAS, les droits d&apos;administration appartiennent à une connexion&#xa0;: l&apos;utilisateur peut les demander en se connectant de façon interactive. Aucun jeton d&apos;accès n&apos;est créé ici, la connexion étant désactivée.</translation>
    </message>
    <message>
        <source>Make %1 an admin?</source>
        <translation>Faire de %1 un administrateur&#xa0;?</translation>
    </message>
    <message>
        <source>On MAS, the user may then request admin rights when signing in interactively, and the access token made here carries them. With them, everything on this server can be read and changed: every account, room and setting, through the admin APIs.</source>
        <translation>Avec MAS, l&apos;utilisateur pourra alors demander les droits d&apos;administration en se connectant de façon interactive, et le jeton d&apos;accès créé ici les porte. Avec eux, tout peut être lu et modifié sur ce serveur&#xa0;: chaque compte, salon et réglage, via les API d&apos;administration.</translation>
    </message>
    <message>
        <source>Make an admin?</source>
        <translation>Faire de lui un administrateur&#xa0;?</translation>
    </message>
    <message>
        <source>Reading the MAS client secret…</source>
        <translation>Lecture du secret du client MAS…</translation>
    </message>
    <message>
        <source>MAS client secret of “%1”, kept in memory for this session only:</source>
        <translation>Secret du client MAS de «&#xa0;%1&#xa0;», gardé en mémoire pour cette session seulement&#xa0;:</translation>
    </message>
    <message>
        <source>The password is the one generated for the first attempt, shown here, not the one in the form: that attempt set it.</source>
        <translation>Le mot de passe est celui généré pour la première tentative, affiché ici, et non celui du formulaire&#xa0;: c&apos;est cette tentative qui l&apos;a défini.</translation>
    </message>
    <message>
        <source>The password was set by an earlier attempt and left as it was: it is not the one in the form.</source>
        <translation>Le mot de passe a été défini par une tentative précédente et laissé tel quel&#xa0;: ce n&apos;est pas celui du formulaire.</translation>
    </message>
    <message>
        <source>No MAS client secret is stored for the profile “%1”. Open Manage… and edit the profile to enter it.</source>
        <translation>Aucun secret du client MAS n&apos;est enregistré pour le profil «&#xa0;%1&#xa0;». Ouvrez Gérer… et modifiez le profil pour le saisir.</translation>
    </message>
    <message>
        <source>What MAS needs…</source>
        <translation>Ce dont MAS a besoin…</translation>
    </message>
    <message>
        <source>Opens the profile with what MAS&apos;s configuration must have for this tool: the client, its admin rights, the admin API</source>
        <translation>Ouvre le profil avec ce que la configuration de MAS doit avoir pour cet outil&#xa0;: le client, ses droits d&apos;administration, l&apos;API d&apos;administration</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::ProfileDialog</name>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Modifier le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add a homeserver profile</source>
        <translation>Ajouter un profil de serveur d&apos;accueil</translation>
    </message>
    <message>
        <source>Synapse configuration</source>
        <translation>Configuration de Synapse</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>Fichiers YAML (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>It is stored in %1 when you save, never in a file.</source>
        <translation>Il est rangé dans %1 à l&apos;enregistrement, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Recherche dans le trousseau…</translation>
    </message>
    <message>
        <source>A secret is stored; it is never shown. Type a new one to replace it.</source>
        <translation>Un secret est enregistré&#xa0;; il n&apos;est jamais affiché. Tapez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>Type a bare server name such as example.com to look it up.</source>
        <translation>Tapez un simple nom de serveur comme example.com pour le rechercher.</translation>
    </message>
    <message>
        <source>Found %1 through %2&apos;s .well-known. The admin API is usually not forwarded there: enter the local listener (such as http://127.0.0.1:8008) or an SSH tunnel as the admin API URL.</source>
        <translation>%1 trouvé via le .well-known de %2. L&apos;API d&apos;administration n&apos;y est d&apos;habitude pas transmise&#xa0;: saisissez l&apos;écouteur local (par exemple http://127.0.0.1:8008) ou un tunnel SSH comme URL de l&apos;API d&apos;administration.</translation>
    </message>
    <message>
        <source>The client URL is not usable: %1</source>
        <translation>L&apos;URL client n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The admin API URL is not usable: %1</source>
        <translation>L&apos;URL de l&apos;API d&apos;administration n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The admin API URL is the local listener %1 from the configuration; use an SSH tunnel when this computer is not the server.</source>
        <translation>L&apos;URL de l&apos;API d&apos;administration est l&apos;écouteur local %1 de la configuration&#xa0;; utilisez un tunnel SSH quand cet ordinateur n&apos;est pas le serveur.</translation>
    </message>
    <message>
        <source>(imported from the configuration)</source>
        <translation>(importé de la configuration)</translation>
    </message>
    <message>
        <source>The shared secret was read from the configuration; it goes straight to %1 when you save and is not shown.</source>
        <translation>Le secret partagé a été lu dans la configuration&#xa0;; il va directement dans %1 à l&apos;enregistrement et n&apos;est pas affiché.</translation>
    </message>
    <message>
        <source>The secret has only %1 characters: anyone who captures one plain-HTTP registration can guess a short secret offline. Use %2 or more random characters.</source>
        <translation>Le secret n&apos;a que %1 caractères&#xa0;: quiconque capture une inscription en HTTP non chiffré peut deviner hors ligne un secret court. Utilisez %2 caractères aléatoires ou plus.</translation>
    </message>
    <message>
        <source>The pinned certificate must be a SHA-256 fingerprint: 64 hex digits, colons optional.</source>
        <translation>Le certificat épinglé doit être une empreinte SHA-256&#xa0;: 64 chiffres hexadécimaux, deux-points facultatifs.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Impossible de lire le fichier d&apos;AC %1.</translation>
    </message>
    <message>
        <source>The keychain cannot be used</source>
        <translation>Le trousseau n&apos;est pas utilisable</translation>
    </message>
    <message>
        <source>Keep the secret in memory for this session only? The profile is saved without it, and nothing is written to disk instead.</source>
        <translation>Garder le secret en mémoire pour cette session seulement&#xa0;? Le profil est enregistré sans lui, et rien n&apos;est écrit sur le disque à sa place.</translation>
    </message>
    <message>
        <source>&amp;Use for this session only</source>
        <translation>&amp;Utiliser pour cette session seulement</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier de CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>MAS gives an admin token only to a client it knows as an admin client. In MAS&apos;s config.yaml, the MAS admin:</source>
        <translation>MAS ne donne un jeton d&apos;administration qu&apos;à un client qu&apos;il connaît comme client d&apos;administration. Dans le config.yaml de MAS, l&apos;administrateur de MAS&#xa0;:</translation>
    </message>
    <message>
        <source>adds the client to clients: with a client_id that is a ULID (the ID above), the client_auth_method chosen above and a client_secret (the one below);</source>
        <translation>ajoute le client à clients: avec un client_id qui est un ULID (l&apos;identifiant ci-dessus), le client_auth_method choisi ci-dessus et un client_secret (celui ci-dessous)&#xa0;;</translation>
    </message>
    <message>
        <source>lists the same ID under policy.data.admin_clients;</source>
        <translation>inscrit le même identifiant sous policy.data.admin_clients&#xa0;;</translation>
    </message>
    <message>
        <source>adds the adminapi resource to a listener, where it is off by default; the MAS URL above is that listener&apos;s address.</source>
        <translation>ajoute la ressource adminapi à un écouteur, où elle est absente par défaut&#xa0;; l&apos;URL de MAS ci-dessus est l&apos;adresse de cet écouteur.</translation>
    </message>
    <message>
        <source>Then MAS is restarted, as it reads clients: at startup. Below, the same as YAML; of the listener, only the lines to add are shown.</source>
        <translation>Puis MAS est redémarré, car il lit clients: au démarrage. Ci-dessous, la même chose en YAML&#xa0;; de l&apos;écouteur, seules les lignes à ajouter sont montrées.</translation>
    </message>
    <message>
        <source>Use the MAS admin API</source>
        <translation>Utiliser l&apos;API d&apos;administration de MAS</translation>
    </message>
    <message>
        <source>Use shared-secret registration</source>
        <translation>Utiliser l&apos;inscription par secret partagé</translation>
    </message>
    <message>
        <source>New users may request a&amp;dmin rights, and their token has them</source>
        <translation>Les nouveaux utilisateurs peuvent demander les droits d&apos;a&amp;dministration, et leur jeton les porte</translation>
    </message>
    <message>
        <source>The stored secret is MAS&apos;s client secret, which shared-secret registration cannot use: type the shared secret, or the stored one is removed when you save.</source>
        <translation>Le secret enregistré est le secret client de MAS, inutilisable pour l&apos;inscription par secret partagé&#xa0;: saisissez le secret partagé, sinon celui enregistré est supprimé à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The stored secret is the shared secret, which MAS does not take: type the client secret, or the stored one is removed when you save.</source>
        <translation>Le secret enregistré est le secret partagé, que MAS n&apos;accepte pas&#xa0;: saisissez le secret client, sinon celui enregistré est supprimé à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile yet.</source>
        <translation>Aucun secret client n&apos;est encore enregistré pour ce profil.</translation>
    </message>
    <message>
        <source>MAS admin client secret</source>
        <translation>Secret du client d&apos;administration de MAS</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>The admin client&apos;s client_secret in MAS&apos;s configuration; it is stored in the keychain, never in a file, and never shown back</source>
        <translation>Le client_secret du client d&apos;administration dans la configuration de MAS&#xa0;; il est conservé dans le trousseau, jamais dans un fichier, et n&apos;est jamais réaffiché</translation>
    </message>
    <message>
        <source>This server delegates authentication to MAS: shared-secret registration cannot create accounts here, MAS&apos;s admin API can.</source>
        <translation>Ce serveur délègue l&apos;authentification à MAS&#xa0;: l&apos;inscription par secret partagé ne peut pas créer de comptes ici, l&apos;API d&apos;administration de MAS le peut.</translation>
    </message>
    <message>
        <source>The server does not say where MAS is: type the MAS URL after switching.</source>
        <translation>Le serveur n&apos;indique pas où se trouve MAS&#xa0;: saisissez l&apos;URL de MAS après le changement.</translation>
    </message>
    <message>
        <source>This server does not delegate authentication to MAS, and its shared-secret registration is enabled.</source>
        <translation>Ce serveur ne délègue pas l&apos;authentification à MAS, et son inscription par secret partagé est activé.</translation>
    </message>
    <message>
        <source>The check found MAS at %1; the URL typed above is kept.</source>
        <translation>La vérification a trouvé MAS à %1&#xa0;; l&apos;URL saisie ci-dessus est conservée.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>le secret client</translation>
    </message>
    <message>
        <source>The shared secret was not read: MAS creates this profile&apos;s accounts.</source>
        <translation>Le secret partagé n&apos;a pas été lu&#xa0;: c&apos;est MAS qui crée les comptes de ce profil.</translation>
    </message>
    <message>
        <source>Enter the MAS URL, or let Check server find it.</source>
        <translation>Saisissez l&apos;URL de MAS, ou laissez «&#xa0;Vérifier le serveur&#xa0;» la trouver.</translation>
    </message>
    <message>
        <source>The MAS URL is not usable: %1</source>
        <translation>L&apos;URL de MAS n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::ProfileManagerDialog</name>
    <message>
        <source>Export profiles</source>
        <translation>Exporter les profils</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Dupliquer le profil</translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation>Nom de la copie de «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>“%1” was created without a shared secret: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été créé sans secret partagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delete the profile?</source>
        <translation>Supprimer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “%1” and its shared secret in the keychain? Accounts on the server are not touched.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et son secret partagé dans le trousseau&#xa0;? Les comptes sur le serveur ne sont pas touchés.</translation>
    </message>
    <message>
        <source>“%1” was deleted, but its secret could not be removed from the keychain: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé, mais son secret n&apos;a pas pu être retiré du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1. Shared secrets are not in the file: enter them again on the other computer.</source>
        <translation>
            <numerusform>%n profil exporté vers %1. Les secrets partagés ne sont pas dans le fichier&#xa0;: saisissez-les de nouveau sur l&apos;autre ordinateur.</numerusform>
            <numerusform>%n profils exportés vers %1. Les secrets partagés ne sont pas dans le fichier&#xa0;: saisissez-les de nouveau sur l&apos;autre ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s); edit each to enter its shared secret.</source>
        <translation>
            <numerusform>%n profil importé&#xa0;; modifiez-le pour saisir son secret partagé.</numerusform>
            <numerusform>%n profils importés&#xa0;; modifiez chacun pour saisir son secret partagé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Allow plain HTTP?</source>
        <translation>Autoriser le HTTP non chiffré&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n imported profile(s) allow plain HTTP to another machine: %1.</source>
        <translation>
            <numerusform>%n profil importé autorise le HTTP non chiffré vers une autre machine&#xa0;: %1.</numerusform>
            <numerusform>%n profils importés autorisent le HTTP non chiffré vers une autre machine&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password, the shared secret&apos;s MAC and the new token would cross the network in clear text. Allow it only for a network you trust.</source>
        <translation>Le mot de passe, le MAC du secret partagé et le nouveau jeton traverseraient le réseau en clair. Ne l&apos;autorisez que pour un réseau de confiance.</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP</source>
        <translation>Autoriser le &amp;HTTP non chiffré</translation>
    </message>
    <message>
        <source>Import &amp;without it</source>
        <translation>Importer &amp;sans</translation>
    </message>
    <message>
        <source>%1 — %2 (accounts through MAS)</source>
        <translation>%1 — %2 (comptes par MAS)</translation>
    </message>
    <message>
        <source>“%1” was created without a client secret: %2</source>
        <translation>«&#xa0;%1&#xa0;» a été créé sans secret client&#xa0;: %2</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile yet.</source>
        <translation>Aucun secret client n&apos;est encore enregistré pour ce profil.</translation>
    </message>
</context>
</TS>
