<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountHistory</name>
    <message>
        <source>Cannot read the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history %1 is not a JSON array; it was left as it is.</source>
        <translation>Der Verlauf %1 ist kein JSON-Array; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot remove the history %1.</source>
        <translation>Der Verlauf %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The history %1 could not be read, so it was not written: it may hold accounts this list does not show.</source>
        <translation>Der Verlauf %1 konnte nicht gelesen werden und wurde deshalb nicht geschrieben: Er kann Konten enthalten, die diese Liste nicht zeigt.</translation>
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
        <translation>Synapse mit MAS</translation>
    </message>
    <message>
        <source>Tuwunel</source>
        <translation>Tuwunel</translation>
    </message>
    <message>
        <source>Tuwunel with MAS</source>
        <translation>Tuwunel mit MAS</translation>
    </message>
    <message>
        <source>Dendrite</source>
        <translation>Dendrite</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>BatchInput</name>
    <message>
        <source>The file is empty: it needs a header row such as “username,displayname,password”.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile wie „username,displayname,password“.</translation>
    </message>
    <message>
        <source>Unknown column “%1” in the header; the columns are %2.</source>
        <translation>Unbekannte Spalte „%1“ in der Kopfzeile; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the header.</source>
        <translation>Die Spalte „%1“ steht zweimal in der Kopfzeile.</translation>
    </message>
    <message>
        <source>The header has no “username” column.</source>
        <translation>Die Kopfzeile hat keine Spalte „username“.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>admin is “%1”; use true/false, yes/no, 1/0 or leave it empty.</source>
        <translation>admin ist „%1“; verwenden Sie true/false, yes/no, 1/0 oder lassen Sie es leer.</translation>
    </message>
    <message>
        <source>“%1” appears earlier in the file.</source>
        <translation>„%1“ steht schon weiter oben in der Datei.</translation>
    </message>
    <message>
        <source>The email address “%1” appears twice in the row.</source>
        <translation>Die E-Mail-Adresse „%1“ steht zweimal in der Zeile.</translation>
    </message>
    <message>
        <source>The email address “%1” appears earlier in the file.</source>
        <translation>Die E-Mail-Adresse „%1“ steht schon weiter oben in der Datei.</translation>
    </message>
</context>
<context>
    <name>BatchResults</name>
    <message>
        <source>The results file %1 is not a results file of this tool; use another file.</source>
        <translation>Die Ergebnisdatei %1 stammt nicht von diesem Werkzeug; verwenden Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot write the results file %1: %2</source>
        <translation>Die Ergebnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The results file and its journal hold passwords and must be regular files of yours.</source>
        <translation>Die Ergebnisdatei und ihr Journal enthalten Passwörter und müssen reguläre Dateien von Ihnen sein.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. %2</source>
        <translation>%1 ist ein symbolischer Link. %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a folder). %2</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Ordner). %2</translation>
    </message>
    <message>
        <source>%1 belongs to another user. %2</source>
        <translation>%1 gehört einem anderen Benutzer. %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while it was opened; it must be a regular file of yours.</source>
        <translation>%1 hat sich beim Öffnen geändert; es muss eine reguläre Datei von Ihnen sein.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by you only: %2</source>
        <translation>%1 kann nicht nur für Sie lesbar gemacht werden: %2</translation>
    </message>
    <message>
        <source>The results file %1 is in use by another run; wait for it to end or give another file.</source>
        <translation>Die Ergebnisdatei %1 wird von einem anderen Lauf verwendet; warten Sie, bis er endet, oder geben Sie eine andere Datei an.</translation>
    </message>
    <message>
        <source>Cannot lock the results file %1: %2</source>
        <translation>Die Ergebnisdatei %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The results file %1 ended in a partial record, as a full disk or an interrupted run leaves it: the partial record was cut off, and the %n whole record(s) before it are kept. Its row has no record, so it runs again, with the password the journal %2 kept for it if one was generated.</source>
        <translation>
            <numerusform>Die Ergebnisdatei %1 endete mit einem unvollständigen Eintrag, wie ihn eine volle Festplatte oder ein unterbrochener Lauf hinterlässt: Der unvollständige Eintrag wurde abgeschnitten, %n vollständiger Eintrag davor bleibt erhalten. Seine Zeile hat keinen Eintrag und läuft daher erneut, mit dem Passwort, das das Journal %2 für sie aufbewahrt hat, falls eines erzeugt wurde.</numerusform>
            <numerusform>Die Ergebnisdatei %1 endete mit einem unvollständigen Eintrag, wie ihn eine volle Festplatte oder ein unterbrochener Lauf hinterlässt: Der unvollständige Eintrag wurde abgeschnitten, die %n vollständigen Einträge davor bleiben erhalten. Seine Zeile hat keinen Eintrag und läuft daher erneut, mit dem Passwort, das das Journal %2 für sie aufbewahrt hat, falls eines erzeugt wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The results file %1 cannot be read: %2 If an earlier run wrote it, it holds the passwords of the accounts it records: keep it, and do not start again with another results file (those accounts would then be taken, with no password for them). Mend that line from a copy or in a text editor, then run again with this file.</source>
        <translation>Die Ergebnisdatei %1 kann nicht gelesen werden: %2 Hat ein früherer Lauf sie geschrieben, enthält sie die Passwörter der Konten, die sie festhält: Behalten Sie sie und beginnen Sie nicht neu mit einer anderen Ergebnisdatei (diese Konten wären dann vergeben, ohne Passwort dafür). Reparieren Sie diese Zeile aus einer Kopie oder in einem Texteditor und starten Sie dann erneut mit dieser Datei.</translation>
    </message>
    <message>
        <source>The results file %1 cannot be read as results of this tool: %2. If an earlier run wrote it, it holds the passwords of the accounts it records: keep it, and do not start again with another results file (those accounts would then be taken, with no password for them). Mend it from a copy or in a text editor, then run again with this file. Otherwise give another file.</source>
        <translation>Die Ergebnisdatei %1 kann nicht als Ergebnisse dieses Werkzeugs gelesen werden: %2. Hat ein früherer Lauf sie geschrieben, enthält sie die Passwörter der Konten, die sie festhält: Behalten Sie sie und beginnen Sie nicht neu mit einer anderen Ergebnisdatei (diese Konten wären dann vergeben, ohne Passwort dafür). Reparieren Sie sie aus einer Kopie oder in einem Texteditor und starten Sie dann erneut mit dieser Datei. Andernfalls geben Sie eine andere Datei an.</translation>
    </message>
    <message>
        <source>it is not a JSON array</source>
        <translation>sie ist kein JSON-Array</translation>
    </message>
    <message>
        <source>text follows the end of the array at byte %1</source>
        <translation>nach dem Ende des Arrays folgt Text bei Byte %1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>its element %1 is not an object</source>
        <translation>ihr Element %1 ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>BatchSource</name>
    <message>
        <source>read from a pipe, it is kept in memory for the run, and it is longer than %1; save it to a file and give that file</source>
        <translation>sie wird aus einer Pipe gelesen, für den Lauf im Speicher gehalten und ist länger als %1; speichern Sie sie in einer Datei und geben Sie diese an</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it was not opened</source>
        <translation>sie wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <source>Batch registration</source>
        <translation>Stapelregistrierung</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>The saved homeserver the accounts are created on</source>
        <translation>Der gespeicherte Homeserver, auf dem die Konten angelegt werden</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV-&amp;Datei:</translation>
    </message>
    <message>
        <source>username, displayname, password, admin, user_type (header row, any order)</source>
        <translation>username, displayname, password, admin, user_type (Kopfzeile, beliebige Reihenfolge)</translation>
    </message>
    <message>
        <source>The CSV file of accounts to create</source>
        <translation>Die CSV-Datei mit den anzulegenden Konten</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>CSV-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;Results file:</source>
        <translation>&amp;Ergebnisdatei:</translation>
    </message>
    <message>
        <source>results.csv or results.json</source>
        <translation>results.csv oder results.json</translation>
    </message>
    <message>
        <source>Where each finished row is written at once; it holds the generated passwords and any tokens</source>
        <translation>Jede fertige Zeile wird sofort hierhin geschrieben; die Datei enthält die erzeugten Passwörter und etwaige Tokens</translation>
    </message>
    <message>
        <source>Choose the results file</source>
        <translation>Ergebnisdatei auswählen</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>How many registrations are in flight at once</source>
        <translation>Wie viele Registrierungen gleichzeitig unterwegs sind</translation>
    </message>
    <message>
        <source>Sign each account in and record its access &amp;token (otherwise no sessions are created)</source>
        <translation>Jedes Konto anmelden und sein Zugriffs&amp;token festhalten (sonst werden keine Sitzungen angelegt)</translation>
    </message>
    <message>
        <source>Creates a login session per account and writes its token to the results file</source>
        <translation>Legt je Konto eine Anmeldesitzung an und schreibt ihr Token in die Ergebnisdatei</translation>
    </message>
    <message>
        <source>⚠ The results file holds credentials: the generated passwords, and access tokens when they are asked for. It is created readable by you only; hand it over with care. Running again with the same file skips the rows it records.</source>
        <translation>⚠ Die Ergebnisdatei enthält Zugangsdaten: die erzeugten Passwörter und, falls gewünscht, Zugriffstokens. Sie wird nur für Sie lesbar angelegt; geben Sie sie mit Sorgfalt weiter. Ein neuer Lauf mit derselben Datei überspringt die Zeilen, die sie schon enthält.</translation>
    </message>
    <message>
        <source>C&amp;heck file</source>
        <translation>Datei &amp;prüfen</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Zeilen der Datei</translation>
    </message>
    <message>
        <source>Each row of the file, its problem if it has one, and what became of it</source>
        <translation>Jede Zeile der Datei, ihr Problem, falls sie eines hat, und was aus ihr wurde</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Fortschritt des Stapels</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Start no new rows; the running ones finish and are recorded</source>
        <translation>Keine neuen Zeilen beginnen; laufende werden beendet und festgehalten</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Create accounts</source>
        <translation>&amp;Konten anlegen</translation>
    </message>
    <message>
        <source>Open results fo&amp;lder</source>
        <translation>Ergebnis&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the results file in the file manager</source>
        <translation>Den Ordner der Ergebnisdatei im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>BoundedRead</name>
    <message>
        <source>it is longer than %1, the most this file may hold</source>
        <translation>sie ist länger als %1, das Höchste, was diese Datei enthalten darf</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Details des Zertifikats</translation>
    </message>
    <message>
        <source>Subject, issuer, validity, SHA-256 fingerprint and the errors found</source>
        <translation>Inhaber, Aussteller, Gültigkeit, SHA-256-Fingerabdruck und die gefundenen Fehler</translation>
    </message>
    <message>
        <source>I &amp;compared this SHA-256 fingerprint with the one the server&apos;s administrator gave me</source>
        <translation>&amp;Ich habe diesen SHA-256-Fingerabdruck mit dem verglichen, den mir die Administration des Servers gegeben hat</translation>
    </message>
    <message>
        <source>Trusting is possible only after this is ticked</source>
        <translation>Vertrauen ist erst möglich, wenn dies angekreuzt ist</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>standard output is closed</source>
        <translation>die Standardausgabe ist geschlossen</translation>
    </message>
    <message>
        <source>The result could not be written to standard output (%1), so it is lost.</source>
        <translation>Das Ergebnis konnte nicht in die Standardausgabe geschrieben werden (%1) und ist verloren.</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>User ID:</source>
        <translation>Benutzer-ID:</translation>
    </message>
    <message>
        <source>The new account&apos;s full Matrix user ID</source>
        <translation>Die vollständige Matrix-Benutzer-ID des neuen Kontos</translation>
    </message>
    <message>
        <source>Copy the user ID</source>
        <translation>Die Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>A full login for the new account; masked until revealed</source>
        <translation>Eine vollständige Anmeldung für das neue Konto; verdeckt, bis es aufgedeckt wird</translation>
    </message>
    <message>
        <source>Show or hide the access token</source>
        <translation>Zugriffstoken zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show access token</source>
        <translation>Zugriffstoken zeigen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Copy the access token</source>
        <translation>Das Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>Zugriffstoken kopieren</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>Geräte-ID:</translation>
    </message>
    <message>
        <source>The device that registration created</source>
        <translation>Das Gerät, das die Registrierung angelegt hat</translation>
    </message>
    <message>
        <source>Copy the device ID</source>
        <translation>Die Geräte-ID kopieren</translation>
    </message>
    <message>
        <source>Copy device ID</source>
        <translation>Geräte-ID kopieren</translation>
    </message>
    <message>
        <source>Home server:</source>
        <translation>Homeserver:</translation>
    </message>
    <message>
        <source>The server name the account belongs to</source>
        <translation>Der Servername, zu dem das Konto gehört</translation>
    </message>
    <message>
        <source>Copy the home server</source>
        <translation>Den Homeserver kopieren</translation>
    </message>
    <message>
        <source>Copy home server</source>
        <translation>Homeserver kopieren</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>When the access token expires</source>
        <translation>Wann das Zugriffstoken abläuft</translation>
    </message>
    <message>
        <source>Copy the expires</source>
        <translation>Den Ablaufzeitpunkt kopieren</translation>
    </message>
    <message>
        <source>Copy expires</source>
        <translation>Ablaufzeitpunkt kopieren</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The generated password, shown once so it can be handed over</source>
        <translation>Das erzeugte Passwort, einmal gezeigt, damit es weitergegeben werden kann</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort zeigen</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Das Passwort kopieren</translation>
    </message>
    <message>
        <source>Copy password</source>
        <translation>Passwort kopieren</translation>
    </message>
    <message>
        <source>No access token: the account was created without a login session. Hand out the username and password.</source>
        <translation>Kein Zugriffstoken: Das Konto wurde ohne Anmeldesitzung angelegt. Geben Sie Benutzername und Passwort weiter.</translation>
    </message>
    <message>
        <source>Cop&amp;y all</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy every value as key: value lines; the arrow offers JSON</source>
        <translation>Alle Werte als Zeilen „Schlüssel: Wert“ kopieren; der Pfeil bietet JSON an</translation>
    </message>
    <message>
        <source>Copy as &amp;command</source>
        <translation>Als Befehl k&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the synapse-registrar-cli command that repeats this registration, without the secret and the password</source>
        <translation>Den synapse-registrar-cli-Befehl kopieren, der diese Registrierung wiederholt, ohne Geheimnis und Passwort</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Ask the server whose token this is (whoami)</source>
        <translation>Den Server fragen, wem dieses Token gehört (whoami)</translation>
    </message>
    <message>
        <source>End the session that registration created; the account stays</source>
        <translation>Die Sitzung beenden, die die Registrierung angelegt hat; das Konto bleibt</translation>
    </message>
    <message>
        <source>Log out this device</source>
        <translation>Dieses Gerät abmelden</translation>
    </message>
    <message>
        <source>Credentials of a new account</source>
        <translation>Zugangsdaten eines neuen Kontos</translation>
    </message>
    <message>
        <source>MAS user ID:</source>
        <translation>MAS-Benutzer-ID:</translation>
    </message>
    <message>
        <source>The account&apos;s ID in the Matrix Authentication Service (a ULID), which its admin API and mas-cli take</source>
        <translation>Die ID des Kontos im Matrix Authentication Service (eine ULID), die seine Admin-API und mas-cli verwenden</translation>
    </message>
    <message>
        <source>Copy the MAS user ID</source>
        <translation>Die MAS-Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Copy MAS user ID</source>
        <translation>MAS-Benutzer-ID kopieren</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: text after a closing quote; put the whole field in quotes.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: the file cannot be read further: %2</source>
        <translation>Zeile %1: Die Datei kann nicht weiter gelesen werden: %2</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text here (byte 0x%2); save it as UTF-8.</source>
        <translation>Zeile %1: Die Datei ist hier kein UTF-8-Text (Byte 0x%2); speichern Sie sie als UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2, the most a field of this file may hold.</source>
        <translation>Zeile %1: Ein Feld ist länger als %2, das Höchste, was ein Feld dieser Datei enthalten darf.</translation>
    </message>
    <message>
        <source>Line %1: the row is longer than %2, the most a row of this file may hold.</source>
        <translation>Zeile %1: Die Zeile ist länger als %2, das Höchste, was eine Zeile dieser Datei enthalten darf.</translation>
    </message>
    <message>
        <source>Line %1: a carriage return (CR) without a line feed after it; save the file with LF or CRLF line ends, or put a field that holds a CR in quotes.</source>
        <translation>Zeile %1: ein Wagenrücklauf (CR) ohne folgenden Zeilenvorschub; speichern Sie die Datei mit LF- oder CRLF-Zeilenenden oder setzen Sie ein Feld, das ein CR enthält, in Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>“%1” is not an email address: it needs a name, an @ and a domain.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Sie braucht einen Namen, ein @ und eine Domain.</translation>
    </message>
    <message>
        <source>The email address “%1” holds a space or a control character.</source>
        <translation>Die E-Mail-Adresse „%1“ enthält ein Leerzeichen oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The email address “%1” is longer than %2 bytes.</source>
        <translation>Die E-Mail-Adresse „%1“ ist länger als %2 Bytes.</translation>
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
        <translation>Homeserver</translation>
    </message>
    <message>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>The saved homeserver to register on, or another server typed in below and not saved</source>
        <translation>Der gespeicherte Homeserver, auf dem registriert wird, oder ein unten eingegebener, nicht gespeicherter Server</translation>
    </message>
    <message>
        <source>Add, edit, delete, reorder, export or import homeserver profiles</source>
        <translation>Homeserver-Profile hinzufügen, bearbeiten, löschen, umsortieren, exportieren oder importieren</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Server UR&amp;L:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8008 or https://matrix.example.com</source>
        <translation>http://127.0.0.1:8008 oder https://matrix.example.com</translation>
    </message>
    <message>
        <source>The URL of the server&apos;s admin API: often its local listener, because proxies rarely forward /_synapse/admin</source>
        <translation>Die URL der Admin-API des Servers: oft sein lokaler Listener, weil Proxys /_synapse/admin selten weiterleiten</translation>
    </message>
    <message>
        <source>Sh&amp;ared secret:</source>
        <translation>Gemeinsames Geheimn&amp;is:</translation>
    </message>
    <message>
        <source>registration_shared_secret, held in memory only</source>
        <translation>registration_shared_secret, nur im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The registration shared secret from homeserver.yaml; kept in memory only and never saved</source>
        <translation>Das Registrierungsgeheimnis aus homeserver.yaml; nur im Arbeitsspeicher gehalten und nie gespeichert</translation>
    </message>
    <message>
        <source>Server na&amp;me:</source>
        <translation>Server&amp;name:</translation>
    </message>
    <message>
        <source>server_name, or learned from the first registration</source>
        <translation>server_name, oder aus der ersten Registrierung gelernt</translation>
    </message>
    <message>
        <source>The server_name of the homeserver; used for the user ID preview and length check</source>
        <translation>Der server_name des Homeservers; für die Vorschau der Benutzer-ID und die Längenprüfung</translation>
    </message>
    <message>
        <source>Allows http:// to hosts other than this computer; the password and token then cross the network in clear text</source>
        <translation>Erlaubt http:// zu anderen Rechnern als diesem; Passwort und Token gehen dann im Klartext über das Netz</translation>
    </message>
    <message>
        <source>Allo&amp;w plain HTTP to other hosts (password readable on the network)</source>
        <translation>Unverschlüsseltes &amp;HTTP zu anderen Rechnern erlauben (Passwort im Netz lesbar)</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>alice, or @alice:example.com</source>
        <translation>alice, oder @alice:example.com</translation>
    </message>
    <message>
        <source>The localpart of the new user ID: a-z, 0-9 and . _ = - / +</source>
        <translation>Der lokale Teil der neuen Benutzer-ID: a-z, 0-9 und . _ = - / +</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>The new user&apos;s display name; the server uses the username when it is empty</source>
        <translation>Der Anzeigename des neuen Benutzers; ist er leer, verwendet der Server den Benutzernamen</translation>
    </message>
    <message>
        <source>Optional: the username is used when empty</source>
        <translation>Optional: leer wird der Benutzername verwendet</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The new user&apos;s password; Ctrl+G generates one, Ctrl+H shows it</source>
        <translation>Das Passwort des neuen Benutzers; Strg+G erzeugt eines, Strg+H zeigt es</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Passwörter zeigen</translation>
    </message>
    <message>
        <source>Generate a password</source>
        <translation>Ein Passwort erzeugen</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>Län&amp;ge:</translation>
    </message>
    <message>
        <source>How many characters a generated password has, 12 to 64</source>
        <translation>Wie viele Zeichen ein erzeugtes Passwort hat, 12 bis 64</translation>
    </message>
    <message>
        <source>Generated password length</source>
        <translation>Länge erzeugter Passwörter</translation>
    </message>
    <message>
        <source>C&amp;onfirm:</source>
        <translation>Best&amp;ätigen:</translation>
    </message>
    <message>
        <source>The password again, to catch typing mistakes</source>
        <translation>Das Passwort noch einmal, um Tippfehler zu erkennen</translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <source>User &amp;type:</source>
        <translation>Benutzert&amp;yp:</translation>
    </message>
    <message>
        <source>Regular user, bot, or support account</source>
        <translation>Normaler Benutzer, Bot oder Support-Konto</translation>
    </message>
    <message>
        <source>Ma&amp;ke a server admin</source>
        <translation>Zum Server-Admin ma&amp;chen</translation>
    </message>
    <message>
        <source>A server admin can read and change everything on the server; you are asked to confirm</source>
        <translation>Ein Server-Admin kann alles auf dem Server lesen und ändern; Sie werden um Bestätigung gebeten</translation>
    </message>
    <message>
        <source>S&amp;ign the new account in (returns an access token)</source>
        <translation>Das neue Konto an&amp;melden (liefert ein Zugriffstoken)</translation>
    </message>
    <message>
        <source>When off, the account is created without a session or token, for handing out a username and password</source>
        <translation>Wenn aus, wird das Konto ohne Sitzung oder Token angelegt, um Benutzername und Passwort weiterzugeben</translation>
    </message>
    <message>
        <source>&amp;Batch…</source>
        <translation>&amp;Stapel…</translation>
    </message>
    <message>
        <source>Create many accounts from a CSV file on the selected profile</source>
        <translation>Viele Konten aus einer CSV-Datei auf dem gewählten Profil anlegen</translation>
    </message>
    <message>
        <source>Registration in progress</source>
        <translation>Registrierung läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Cr&amp;edentials</source>
        <translation>&amp;Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Accounts created</source>
        <translation>Angelegte Konten</translation>
    </message>
    <message>
        <source>Kept on this computer without tokens or passwords.</source>
        <translation>Auf diesem Rechner gespeichert, ohne Tokens oder Passwörter.</translation>
    </message>
    <message>
        <source>Clear histor&amp;y</source>
        <translation>Verlauf &amp;leeren</translation>
    </message>
    <message>
        <source>Mana&amp;ge…</source>
        <translation>Verwal&amp;ten…</translation>
    </message>
    <message>
        <source>Email addresses MAS adds to the new account, separated by commas or spaces; none is needed</source>
        <translation>E-Mail-Adressen, die MAS dem neuen Konto hinzufügt, durch Kommas oder Leerzeichen getrennt; keine ist nötig</translation>
    </message>
    <message>
        <source>MAS refuses passwords it finds too weak; when on, it takes any password</source>
        <translation>MAS lehnt Passwörter ab, die es zu schwach findet; eingeschaltet nimmt es jedes Passwort</translation>
    </message>
    <message>
        <source>Optional; several separated by commas</source>
        <translation>Optional; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <source>None: MAS has no user types.</source>
        <translation>Keiner: MAS kennt keine Benutzertypen.</translation>
    </message>
    <message>
        <source>Email addresses:</source>
        <translation>E-Mail-Adressen:</translation>
    </message>
    <message>
        <source>Skip MAS&apos;s password check</source>
        <translation>Passwortprüfung von MAS überspringen</translation>
    </message>
</context>
<context>
    <name>MasAdminClient</name>
    <message>
        <source>The MAS client ID is empty.</source>
        <translation>Die MAS-Client-ID ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a MAS client ID: MAS client IDs are 26 characters of 0–9 and A–Z without I, L, O and U, as in clients: in MAS&apos;s configuration.</source>
        <translation>„%1“ ist keine MAS-Client-ID: MAS-Client-IDs bestehen aus 26 Zeichen aus 0–9 und A–Z ohne I, L, O und U, wie unter clients: in der Konfiguration von MAS.</translation>
    </message>
</context>
<context>
    <name>MasProgress</name>
    <message>
        <source>nothing was done yet</source>
        <translation>noch ist nichts geschehen</translation>
    </message>
    <message>
        <source>the user was created</source>
        <translation>der Benutzer wurde angelegt</translation>
    </message>
    <message>
        <source>the password was set</source>
        <translation>das Passwort wurde gesetzt</translation>
    </message>
    <message>
        <source>the admin flag was set</source>
        <translation>das Admin-Merkmal wurde gesetzt</translation>
    </message>
    <message>
        <source>the email addresses were added</source>
        <translation>die E-Mail-Adressen wurden hinzugefügt</translation>
    </message>
    <message>
        <source>the access token was made</source>
        <translation>das Zugriffstoken wurde erstellt</translation>
    </message>
</context>
<context>
    <name>MasProgressStore</name>
    <message>
        <source>Cannot read the MAS progress file %1: %2</source>
        <translation>Die MAS-Fortschrittsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The MAS progress file %1 is not a JSON array; it was left as it is.</source>
        <translation>Die MAS-Fortschrittsdatei %1 ist kein JSON-Array; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Cannot write the MAS progress file %1: %2</source>
        <translation>Die MAS-Fortschrittsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MasReplyParser</name>
    <message>
        <source>the token reply&apos;s token_type is not Bearer</source>
        <translation>der token_type der Token-Antwort ist nicht Bearer</translation>
    </message>
    <message>
        <source>the user reply has no user with a ULID</source>
        <translation>die Benutzer-Antwort enthält keinen Benutzer mit ULID</translation>
    </message>
    <message>
        <source>HTTP %1 where MAS answers 204</source>
        <translation>HTTP %1, wo MAS mit 204 antwortet</translation>
    </message>
    <message>
        <source>HTTP 200 where MAS answers 201</source>
        <translation>HTTP 200, wo MAS mit 201 antwortet</translation>
    </message>
    <message>
        <source>the personal session has no access token</source>
        <translation>die persönliche Sitzung hat kein Zugriffstoken</translation>
    </message>
    <message>
        <source>the personal session&apos;s expiry is not a date</source>
        <translation>der Ablauf der persönlichen Sitzung ist kein Datum</translation>
    </message>
    <message>
        <source>the version reply has no version</source>
        <translation>die Versionsantwort enthält keine Version</translation>
    </message>
    <message>
        <source>the token reply has no “access_token”</source>
        <translation>die Token-Antwort hat kein „access_token“</translation>
    </message>
    <message>
        <source>the email list has no “data” array</source>
        <translation>die E-Mail-Liste hat kein Array „data“</translation>
    </message>
    <message>
        <source>the site configuration has no password_login_enabled</source>
        <translation>die Site-Konfiguration hat kein password_login_enabled</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>A profile has no name.</source>
        <translation>Ein Profil hat keinen Namen.</translation>
    </message>
    <message>
        <source>The profile “%1” has no usable client URL: %2</source>
        <translation>Das Profil „%1“ hat keine brauchbare Client-URL: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has an unusable admin URL: %2</source>
        <translation>Das Profil „%1“ hat eine unbrauchbare Admin-URL: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has an unusable certificate fingerprint.</source>
        <translation>Das Profil „%1“ hat einen unbrauchbaren Zertifikats-Fingerabdruck.</translation>
    </message>
    <message>
        <source>The profile “%1”: %2</source>
        <translation>Das Profil „%1“: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has a MAS client but no MAS URL.</source>
        <translation>Das Profil „%1“ hat einen MAS-Client, aber keine MAS-URL.</translation>
    </message>
    <message>
        <source>The profile “%1” has an unusable MAS URL: %2</source>
        <translation>Das Profil „%1“ hat eine unbrauchbare MAS-URL: %2</translation>
    </message>
    <message>
        <source>The profile “%1” has an unknown MAS client authentication method; it is basic or post.</source>
        <translation>Das Profil „%1“ hat eine unbekannte Authentifizierungsmethode für den MAS-Client; sie lautet basic oder post.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Homeserver profile</source>
        <translation>Homeserver-Profil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Work, Family server…</source>
        <translation>Arbeit, Familienserver…</translation>
    </message>
    <message>
        <source>A name for this server, unique among your profiles; the command-line tool&apos;s --profile takes it</source>
        <translation>Ein Name für diesen Server, eindeutig unter Ihren Profilen; --profile des Kommandozeilenwerkzeugs nimmt ihn</translation>
    </message>
    <message>
        <source>&amp;Client URL:</source>
        <translation>&amp;Client-URL:</translation>
    </message>
    <message>
        <source>https://matrix.example.com, or just example.com</source>
        <translation>https://matrix.example.com, oder nur example.com</translation>
    </message>
    <message>
        <source>The client API URL, or a bare server name to look up through .well-known</source>
        <translation>Die URL der Client-API, oder ein bloßer Servername, der über .well-known nachgeschlagen wird</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>Nach&amp;schlagen</translation>
    </message>
    <message>
        <source>Find the client URL of a bare server name through /.well-known/matrix/client</source>
        <translation>Die Client-URL eines bloßen Servernamens über /.well-known/matrix/client finden</translation>
    </message>
    <message>
        <source>&amp;Admin API URL:</source>
        <translation>&amp;Admin-API-URL:</translation>
    </message>
    <message>
        <source>Same as the client URL; often http://127.0.0.1:8008 or an SSH tunnel</source>
        <translation>Wie die Client-URL; oft http://127.0.0.1:8008 oder ein SSH-Tunnel</translation>
    </message>
    <message>
        <source>Where /_synapse/admin is reached; proxies rarely forward it, so this is often the local listener</source>
        <translation>Wo /_synapse/admin erreichbar ist; Proxys leiten es selten weiter, daher oft der lokale Listener</translation>
    </message>
    <message>
        <source>Server na&amp;me:</source>
        <translation>Se&amp;rvername:</translation>
    </message>
    <message>
        <source>server_name; learned from the first registration when empty</source>
        <translation>server_name; leer wird er aus der ersten Registrierung gelernt</translation>
    </message>
    <message>
        <source>The server_name in homeserver.yaml: the part after the colon of user IDs</source>
        <translation>Der server_name in homeserver.yaml: der Teil von Benutzer-IDs nach dem Doppelpunkt</translation>
    </message>
    <message>
        <source>Allo&amp;w plain HTTP to other hosts (password readable on the network)</source>
        <translation>Unverschlüsseltes HTTP zu anderen Rechnern &amp;erlauben (Passwort im Netz lesbar)</translation>
    </message>
    <message>
        <source>Lets this profile use http:// to hosts other than this computer</source>
        <translation>Erlaubt diesem Profil http:// zu anderen Rechnern als diesem</translation>
    </message>
    <message>
        <source>Pinned certi&amp;ficate:</source>
        <translation>Festgelegtes &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint; empty: the usual CA checks decide</source>
        <translation>SHA-256-Fingerabdruck; leer: die üblichen CA-Prüfungen entscheiden</translation>
    </message>
    <message>
        <source>The one TLS certificate trusted for this server, checked on every connection; clear it to stop trusting it</source>
        <translation>Das eine TLS-Zertifikat, dem für diesen Server vertraut wird, bei jeder Verbindung geprüft; leeren Sie es, um ihm nicht mehr zu vertrauen</translation>
    </message>
    <message>
        <source>CA fi&amp;le:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust instead of the system&apos;s</source>
        <translation>Eine PEM-Datei mit CA-Zertifikaten, denen statt denen des Systems vertraut wird</translation>
    </message>
    <message>
        <source>For servers whose certificate is signed by a private CA</source>
        <translation>Für Server, deren Zertifikat von einer privaten CA signiert ist</translation>
    </message>
    <message>
        <source>Im&amp;port from homeserver.yaml…</source>
        <translation>Aus homeserver.yaml &amp;importieren…</translation>
    </message>
    <message>
        <source>Read server_name, public_baseurl, the listeners and the shared secret from Synapse&apos;s configuration</source>
        <translation>server_name, public_baseurl, die Listener und das gemeinsame Geheimnis aus der Konfiguration von Synapse lesen</translation>
    </message>
    <message>
        <source>C&amp;heck server</source>
        <translation>Server &amp;prüfen</translation>
    </message>
    <message>
        <source>Ask the server its version, whether the admin API is reachable and shared-secret registration is enabled</source>
        <translation>Den Server nach seiner Version fragen, ob die Admin-API erreichbar und die Registrierung mit gemeinsamem Geheimnis aktiviert ist</translation>
    </message>
    <message>
        <source>Shared secret</source>
        <translation>Gemeinsames Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>The registration shared secret; it is stored in the keychain, never in a file, and never shown back</source>
        <translation>Das Registrierungsgeheimnis; es wird im Schlüsselbund gespeichert, nie in einer Datei, und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>&amp;Remove stored secret</source>
        <translation>Gespeichertes Geheimnis ent&amp;fernen</translation>
    </message>
    <message>
        <source>Defaults for new users</source>
        <translation>Vorgaben für neue Benutzer</translation>
    </message>
    <message>
        <source>User &amp;type:</source>
        <translation>Benutzer&amp;typ:</translation>
    </message>
    <message>
        <source>The user type the form starts with for this server</source>
        <translation>Der Benutzertyp, mit dem das Formular für diesen Server beginnt</translation>
    </message>
    <message>
        <source>Password len&amp;gth:</source>
        <translation>Passwort&amp;länge:</translation>
    </message>
    <message>
        <source>The length of generated passwords for this server</source>
        <translation>Die Länge erzeugter Passwörter für diesen Server</translation>
    </message>
    <message>
        <source>New users are server a&amp;dmins (asked to confirm each time)</source>
        <translation>Neue &amp;Benutzer sind Server-Admins (jedes Mal mit Bestätigung)</translation>
    </message>
    <message>
        <source>Starts the form with the admin box ticked; registering an admin still asks for confirmation</source>
        <translation>Beginnt das Formular mit angekreuztem Admin-Feld; die Registrierung eines Admins fragt trotzdem nach</translation>
    </message>
    <message>
        <source>Sign new accounts &amp;in (access token)</source>
        <translation>Neue Konten an&amp;melden (Zugriffstoken)</translation>
    </message>
    <message>
        <source>Starts the form with &quot;Sign the new account in&quot; ticked</source>
        <translation>Beginnt das Formular mit angekreuztem „Das neue Konto anmelden“</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Free notes about this server, such as how to reach its admin API</source>
        <translation>Freie Notizen zu diesem Server, etwa wie seine Admin-API erreichbar ist</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <source>Choose the PEM file of CA certificates</source>
        <translation>Die PEM-Datei der CA-Zertifikate wählen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Das Geheimnis zeigen</translation>
    </message>
    <message>
        <source>Show the secret typed here; a stored or imported secret is never shown</source>
        <translation>Das hier eingegebene Geheimnis zeigen; ein gespeichertes oder importiertes Geheimnis wird nie gezeigt</translation>
    </message>
    <message>
        <source>How accounts are created</source>
        <translation>Wie Konten angelegt werden</translation>
    </message>
    <message>
        <source>S&amp;ynapse&apos;s shared-secret registration (also Tuwunel and Dendrite)</source>
        <translation>Registrierung mit dem gemeinsamen Geheimnis von S&amp;ynapse (auch Tuwunel und Dendrite)</translation>
    </message>
    <message>
        <source>Accounts are registered with the homeserver&apos;s registration shared secret</source>
        <translation>Konten werden mit dem gemeinsamen Registrierungsgeheimnis des Homeservers registriert</translation>
    </message>
    <message>
        <source>MAS admin API (Matri&amp;x Authentication Service)</source>
        <translation>Admin-API von MAS (Matri&amp;x Authentication Service)</translation>
    </message>
    <message>
        <source>For a Synapse that delegates authentication to MAS: accounts are created through MAS&apos;s admin API with an admin client</source>
        <translation>Für ein Synapse, das die Anmeldung an MAS delegiert: Konten werden über die Admin-API von MAS mit einem Admin-Client angelegt</translation>
    </message>
    <message>
        <source>MAS URL:</source>
        <translation>MAS-URL:</translation>
    </message>
    <message>
        <source>https://auth.example.com; Check server finds it</source>
        <translation>https://auth.example.com; „Server prüfen“ findet sie</translation>
    </message>
    <message>
        <source>Where MAS serves its token endpoint and its admin API; Check server fills it in from the homeserver&apos;s auth metadata</source>
        <translation>Wo MAS seinen Token-Endpunkt und seine Admin-API anbietet; „Server prüfen“ trägt sie aus den Anmelde-Metadaten des Homeservers ein</translation>
    </message>
    <message>
        <source>Admin cli&amp;ent ID:</source>
        <translation>&amp;Kennung des Admin-Clients:</translation>
    </message>
    <message>
        <source>26 characters, the client_id in MAS&apos;s clients:</source>
        <translation>26 Zeichen, die client_id unter clients: in MAS</translation>
    </message>
    <message>
        <source>The client_id of the admin client in MAS&apos;s configuration, a ULID such as 01JBX3Q7R5M2N8P4T6V9W0Y1Z2</source>
        <translation>Die client_id des Admin-Clients in der Konfiguration von MAS, eine ULID wie 01JBX3Q7R5M2N8P4T6V9W0Y1Z2</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <source>The client&apos;s client_auth_method in MAS&apos;s configuration; another one is refused like a wrong secret</source>
        <translation>Die client_auth_method des Clients in der Konfiguration von MAS; eine andere wird wie ein falsches Geheimnis abgelehnt</translation>
    </message>
    <message>
        <source>What MAS needs</source>
        <translation>Was MAS braucht</translation>
    </message>
    <message>
        <source>Shows what the MAS admin must configure for this client</source>
        <translation>Zeigt, was der MAS-Admin für diesen Client einrichten muss</translation>
    </message>
    <message>
        <source>MAS configuration for this client</source>
        <translation>MAS-Konfiguration für diesen Client</translation>
    </message>
    <message>
        <source>Copy the YAML</source>
        <translation>YAML kopieren</translation>
    </message>
    <message>
        <source>Copies the configuration above, without any secret, for MAS&apos;s config.yaml</source>
        <translation>Kopiert die Konfiguration oben, ohne jedes Geheimnis, für die config.yaml von MAS</translation>
    </message>
    <message>
        <source>New ID</source>
        <translation>Neue Kennung</translation>
    </message>
    <message>
        <source>Makes up a new ULID for an admin client that MAS does not have yet; give the same ID to MAS</source>
        <translation>Erzeugt eine neue ULID für einen Admin-Client, den MAS noch nicht hat; tragen Sie dieselbe Kennung in MAS ein</translation>
    </message>
</context>
<context>
    <name>ProfileManagerDialog</name>
    <message>
        <source>Homeserver profiles</source>
        <translation>Homeserver-Profile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>The saved homeservers, in the order of the main window&apos;s selector</source>
        <translation>Die gespeicherten Homeserver, in der Reihenfolge der Auswahl im Hauptfenster</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the profiles as JSON for another computer; shared secrets are not included</source>
        <translation>Die Profile als JSON für einen anderen Rechner speichern; gemeinsame Geheimnisse sind nicht enthalten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the profiles of a JSON export; enter their secrets afterwards</source>
        <translation>Die Profile eines JSON-Exports hinzufügen; ihre Geheimnisse danach eingeben</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Zeigt Hilfe zu den Kommandozeilenoptionen an.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Zeigt Hilfe einschließlich Qt-spezifischer Optionen an.</translation>
    </message>
</context>
<context>
    <name>RegistrationError</name>
    <message>
        <source>The form has a problem that must be fixed before anything is sent: %1</source>
        <translation>Das Formular hat ein Problem, das behoben werden muss, bevor etwas gesendet wird: %1</translation>
    </message>
    <message>
        <source>The server URL is not usable: %1</source>
        <translation>Die Server-URL ist nicht brauchbar: %1</translation>
    </message>
    <message>
        <source>Refused to send the password and the shared secret&apos;s MAC over plain HTTP to %1, which is not this machine: anyone on the way could read them. Use https://, an SSH tunnel to the local listener, or allow insecure HTTP explicitly.</source>
        <translation>Passwort und MAC des gemeinsamen Geheimnisses wurden nicht über unverschlüsseltes HTTP an %1 gesendet, denn das ist nicht dieser Rechner: Jeder auf dem Weg könnte sie lesen. Verwenden Sie https://, einen SSH-Tunnel zum lokalen Listener, oder erlauben Sie unsicheres HTTP ausdrücklich.</translation>
    </message>
    <message>
        <source>This username is already taken on the server (names are compared without regard to case). Choose another one; an existing account is never overwritten.</source>
        <translation>Dieser Benutzername ist auf dem Server schon vergeben (Namen werden ohne Rücksicht auf Groß- und Kleinschreibung verglichen). Wählen Sie einen anderen; ein bestehendes Konto wird nie überschrieben.</translation>
    </message>
    <message>
        <source>The server refused the username. Check the characters (a-z, 0-9 and . _ = - / +, and “+” only from Synapse 1.89), the length and that it is not all digits.</source>
        <translation>Der Server hat den Benutzernamen abgelehnt. Prüfen Sie die Zeichen (a-z, 0-9 und . _ = - / +, „+“ erst ab Synapse 1.89), die Länge und dass er nicht nur aus Ziffern besteht.</translation>
    </message>
    <message>
        <source>This username is reserved on the server, for server notices or by an application service (a bridge). Choose another one.</source>
        <translation>Dieser Benutzername ist auf dem Server reserviert, für Servermitteilungen oder von einem Application Service (einer Bridge). Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>The server refused the password: it must have at most 512 characters and no NUL character.</source>
        <translation>Der Server hat das Passwort abgelehnt: Es darf höchstens 512 Zeichen und kein NUL-Zeichen haben.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused the request (429): a spam-checker module or a rate limit. Try again in %n second(s).</source>
        <translation>
            <numerusform>Der Server hat die Anfrage abgelehnt (429): ein Spam-Checker-Modul oder eine Ratenbegrenzung. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Server hat die Anfrage abgelehnt (429): ein Spam-Checker-Modul oder eine Ratenbegrenzung. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the request (429): usually a spam-checker module denied this account. Check the server&apos;s modules and its log.</source>
        <translation>Der Server hat die Anfrage abgelehnt (429): Meist hat ein Spam-Checker-Modul dieses Konto verweigert. Prüfen Sie die Module des Servers und sein Protokoll.</translation>
    </message>
    <message>
        <source>Shared-secret registration is not enabled on this server. Set registration_shared_secret (or registration_shared_secret_path) in homeserver.yaml, in a file Synapse really loads, and restart Synapse.</source>
        <translation>Die Registrierung mit gemeinsamem Geheimnis ist auf diesem Server nicht aktiviert. Setzen Sie registration_shared_secret (oder registration_shared_secret_path) in homeserver.yaml, in einer Datei, die Synapse wirklich lädt, und starten Sie Synapse neu.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s signature (“HMAC incorrect”): the shared secret is not the one the running server uses. Check for a trailing newline or space, YAML escapes in a double-quoted secret, another service&apos;s secret, or a secret changed without restarting Synapse.</source>
        <translation>Der Server hat die Signatur der Anfrage zurückgewiesen („HMAC incorrect“): Das gemeinsame Geheimnis ist nicht das des laufenden Servers. Achten Sie auf einen Zeilenumbruch oder ein Leerzeichen am Ende, YAML-Escapes in einem Geheimnis in doppelten Anführungszeichen, das Geheimnis eines anderen Dienstes oder ein geändertes Geheimnis ohne Neustart von Synapse.</translation>
    </message>
    <message>
        <source>The server did not recognise the nonce: it expired (after 60 s), was already used, or came from another listener or worker, or Synapse restarted. Try again; if it keeps failing, point the admin URL at the main process.</source>
        <translation>Der Server hat die Nonce nicht erkannt: Sie ist abgelaufen (nach 60 s), wurde schon verwendet, kam von einem anderen Listener oder Worker, oder Synapse wurde neu gestartet. Versuchen Sie es erneut; scheitert es weiter, richten Sie die Admin-URL auf den Hauptprozess.</translation>
    </message>
    <message>
        <source>Synapse does not recognise the request path. Give the server&apos;s base URL only (no path, no trailing /_synapse or /_matrix part) and check that it is the main process.</source>
        <translation>Synapse erkennt den Pfad der Anfrage nicht. Geben Sie nur die Basis-URL des Servers an (ohne Pfad, ohne /_synapse- oder /_matrix-Teil am Ende) und prüfen Sie, dass es der Hauptprozess ist.</translation>
    </message>
    <message>
        <source>The server answered 404 with a page that is not from Synapse: the reverse proxy does not forward /_synapse/admin. Use the local listener (such as http://127.0.0.1:8008) or an SSH tunnel to it as the admin URL.</source>
        <translation>Der Server antwortete mit 404 und einer Seite, die nicht von Synapse stammt: Der Reverse-Proxy leitet /_synapse/admin nicht weiter. Verwenden Sie den lokalen Listener (etwa http://127.0.0.1:8008) oder einen SSH-Tunnel dorthin als Admin-URL.</translation>
    </message>
    <message>
        <source>The server does not accept the access token: it was logged out, expired, or belongs to another server.</source>
        <translation>Der Server akzeptiert das Zugriffstoken nicht: Es wurde abgemeldet, ist abgelaufen oder gehört zu einem anderen Server.</translation>
    </message>
    <message>
        <source>Nothing accepted the connection at %1. Is Synapse running, and is this the port of its client listener?</source>
        <translation>Unter %1 hat nichts die Verbindung angenommen. Läuft Synapse, und ist das der Port seines Client-Listeners?</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved. Check the spelling of the server URL and the DNS.</source>
        <translation>Der Rechnername %1 konnte nicht aufgelöst werden. Prüfen Sie die Schreibweise der Server-URL und das DNS.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so nothing was sent. Check its fingerprint with the server&apos;s administrator; you can trust this one certificate for the profile, or give the profile the CA file that signed it.
%1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, daher wurde nichts gesendet. Prüfen Sie seinen Fingerabdruck mit der Administration des Servers; Sie können diesem einen Zertifikat für das Profil vertrauen oder dem Profil die CA-Datei geben, die es signiert hat.
%1</translation>
    </message>
    <message>
        <source>The secure connection failed and nothing was sent: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen, und nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate changed, so nothing was sent. Pinned: %1. Now: %2. If the server really got a new certificate, check the new fingerprint with its administrator and pin it again; otherwise someone may be intercepting the connection.</source>
        <translation>Das Zertifikat des Servers hat sich geändert, daher wurde nichts gesendet. Festgelegt: %1. Jetzt: %2. Hat der Server wirklich ein neues Zertifikat bekommen, prüfen Sie den neuen Fingerabdruck mit seiner Administration und legen Sie ihn neu fest; andernfalls hört womöglich jemand die Verbindung ab.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded, or a firewall drops the connection; try again or raise the timeout.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Er ist vielleicht überlastet, oder eine Firewall verwirft die Verbindung; versuchen Sie es erneut oder erhöhen Sie die Zeitgrenze.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server answered with a redirect to %1, which was not followed: the password would have gone to another address. Use that address as the server URL if you trust it.</source>
        <translation>Der Server antwortete mit einer Weiterleitung nach %1, der nicht gefolgt wurde: Das Passwort wäre an eine andere Adresse gegangen. Verwenden Sie diese Adresse als Server-URL, wenn Sie ihr vertrauen.</translation>
    </message>
    <message>
        <source>an unnamed location</source>
        <translation>einem unbenannten Ort</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not what the Matrix protocol promises (%1), so nothing is assumed about the account. Check that the URL points at Synapse.</source>
        <translation>Die Antwort des Servers ist nicht, was das Matrix-Protokoll verspricht (%1), daher wird über das Konto nichts angenommen. Prüfen Sie, dass die URL auf Synapse zeigt.</translation>
    </message>
    <message>
        <source>The proxy in front of Synapse could not reach it (HTTP %1). Is Synapse running?</source>
        <translation>Der Proxy vor Synapse konnte es nicht erreichen (HTTP %1). Läuft Synapse?</translation>
    </message>
    <message>
        <source>Synapse failed with an internal error (HTTP %1). Its log says why; a shared secret that YAML reads as a number is a known cause.</source>
        <translation>Synapse ist mit einem internen Fehler gescheitert (HTTP %1). Sein Protokoll sagt, warum; ein gemeinsames Geheimnis, das YAML als Zahl liest, ist eine bekannte Ursache.</translation>
    </message>
    <message>
        <source>The server could not read the request (HTTP %1). This is a bug in Synapse Registrar or a proxy that changed the request; please report it.</source>
        <translation>Der Server konnte die Anfrage nicht lesen (HTTP %1). Das ist ein Fehler in Synapse Registrar oder in einem Proxy, der die Anfrage verändert hat; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP status %1.</source>
        <translation>Der Server antwortete mit einem unerwarteten HTTP-Status %1.</translation>
    </message>
    <message>
        <source>Server said: %1</source>
        <translation>Der Server sagte: %1</translation>
    </message>
    <message>
        <source>The server does not accept this user type. Use a regular user, “bot” or “support”, or add the type to user_types.extra_user_types (Synapse 1.132 or newer).</source>
        <translation>Der Server akzeptiert diesen Benutzertyp nicht. Verwenden Sie einen normalen Benutzer, „bot“ oder „support“, oder tragen Sie den Typ in user_types.extra_user_types ein (Synapse 1.132 oder neuer).</translation>
    </message>
    <message>
        <source>No shared secret is stored for this server.</source>
        <translation>Für diesen Server ist kein gemeinsames Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The shared secret cannot be read: %1</source>
        <translation>Das gemeinsame Geheimnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server&apos;s reply was larger than %1 MiB and was discarded. Check that the URL points at Synapse.</source>
        <translation>Die Antwort des Servers war größer als %1 MiB und wurde verworfen. Prüfen Sie, dass die URL auf Synapse zeigt.</translation>
    </message>
    <message>
        <source>A pinned certificate or a CA file is set for %1, but the URL is plain http://, where no certificate is checked: nothing was sent. Use the server&apos;s https:// URL, or remove the pin and the CA file.</source>
        <translation>Für %1 ist ein festgelegtes Zertifikat oder eine CA-Datei eingestellt, aber die URL ist einfaches http://, bei dem kein Zertifikat geprüft wird: Es wurde nichts gesendet. Verwenden Sie die https://-URL des Servers oder entfernen Sie die Festlegung und die CA-Datei.</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <source>cancelled after it was sent</source>
        <translation>nach dem Senden abgebrochen</translation>
    </message>
    <message>
        <source>the connection ended: %1</source>
        <translation>die Verbindung endete: %1</translation>
    </message>
    <message>
        <source>a proxy answered HTTP %1 in place of Synapse</source>
        <translation>ein Proxy antwortete mit HTTP %1 anstelle von Synapse</translation>
    </message>
    <message>
        <source>a reply too large to read</source>
        <translation>eine Antwort, die zu groß zum Lesen ist</translation>
    </message>
    <message>
        <source>a success reply that cannot be read: %1</source>
        <translation>eine Erfolgsantwort, die sich nicht lesen lässt: %1</translation>
    </message>
    <message>
        <source>The request to create the account was sent, but no definite answer came back (%1). The account may exist now, with the password that was sent: keep that password. Registering the name again with it is safe: a free name is created; if it is reported as taken, sign in with the password to find out whether it is this account.</source>
        <translation>Die Anfrage zum Anlegen des Kontos wurde gesendet, aber es kam keine eindeutige Antwort zurück (%1). Das Konto existiert jetzt vielleicht, mit dem gesendeten Passwort: Bewahren Sie dieses Passwort auf. Den Namen damit erneut zu registrieren ist sicher: Ein freier Name wird angelegt; wird er als vergeben gemeldet, melden Sie sich mit dem Passwort an, um herauszufinden, ob es dieses Konto ist.</translation>
    </message>
    <message>
        <source>The CA file cannot be used, so nothing was sent: %1. Give a readable PEM file with the certificates of the CA that signed the server&apos;s certificate, or remove the CA file.</source>
        <translation>Die CA-Datei ist nicht verwendbar, daher wurde nichts gesendet: %1. Geben Sie eine lesbare PEM-Datei mit den Zertifikaten der CA an, die das Zertifikat des Servers signiert hat, oder entfernen Sie die CA-Datei.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not have the fingerprint given (%1), so it is not trusted and nothing was sent. Check the fingerprint with the server&apos;s administrator: it may be mistyped, or another server answers at this address.
%2</source>
        <translation>Das Zertifikat des Servers hat nicht den angegebenen Fingerabdruck (%1); es wird daher nicht als vertrauenswürdig angesehen, und nichts wurde gesendet. Prüfen Sie den Fingerabdruck mit der Administration des Servers: Er kann vertippt sein, oder unter dieser Adresse antwortet ein anderer Server.
%2</translation>
    </message>
    <message>
        <source>The name is taken, and signing in with the password an earlier attempt sent, to find out whether that attempt created the account, did not work: %1 The account may still be that one: keep the password and try again later.</source>
        <translation>Der Name ist vergeben, und die Anmeldung mit dem Passwort, das ein früherer Versuch gesendet hat, um herauszufinden, ob dieser Versuch das Konto angelegt hat, hat nicht funktioniert: %1 Das Konto kann trotzdem jenes sein: Bewahren Sie das Passwort auf und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Synapse failed with an internal error, HTTP %1; its log says why</source>
        <translation>Synapse scheiterte mit einem internen Fehler, HTTP %1; sein Protokoll sagt, warum</translation>
    </message>
    <message>
        <source>%1 refused the username; its words below say why. A username has only a-z, 0-9 and . _ = - /, and does not start with “_”.</source>
        <translation>%1 hat den Benutzernamen abgelehnt; seine Worte unten sagen, warum. Ein Benutzername besteht nur aus a-z, 0-9 und . _ = - / und beginnt nicht mit „_“.</translation>
    </message>
    <message>
        <source>The server refused the password as too weak; its words below say what it asks for (Dendrite: at least 8 characters).</source>
        <translation>Der Server hat das Passwort als zu schwach abgelehnt; seine Worte unten sagen, was er verlangt (Dendrite: mindestens 8 Zeichen).</translation>
    </message>
    <message>
        <source>Shared-secret registration is not enabled on this Tuwunel server. Set registration_shared_secret (or registration_shared_secret_file) in its configuration.</source>
        <translation>Die Registrierung mit gemeinsamem Geheimnis ist auf diesem Tuwunel-Server nicht aktiviert. Setzen Sie registration_shared_secret (oder registration_shared_secret_file) in seiner Konfiguration.</translation>
    </message>
    <message>
        <source>Shared-secret registration is not enabled on this Dendrite server: without client_api.registration_shared_secret in dendrite.yaml it has no registration endpoint at all. Set it and restart Dendrite.</source>
        <translation>Die Registrierung mit gemeinsamem Geheimnis ist auf diesem Dendrite-Server nicht aktiviert: Ohne client_api.registration_shared_secret in dendrite.yaml hat er gar keinen Registrierungs-Endpunkt. Setzen Sie es und starten Sie Dendrite neu.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s signature: the shared secret is not the one %1 uses (%2). Check for a trailing newline or space and for another service&apos;s secret.</source>
        <translation>Der Server hat die Signatur der Anfrage abgelehnt: Das gemeinsame Geheimnis ist nicht das, das %1 verwendet (%2). Prüfen Sie auf einen Zeilenumbruch oder ein Leerzeichen am Ende und auf das Geheimnis eines anderen Dienstes.</translation>
    </message>
    <message>
        <source>Dendrite did not recognise the nonce: it expired (after 5 minutes) or Dendrite restarted. Nothing was created; try again.</source>
        <translation>Dendrite hat die Nonce nicht erkannt: Sie ist abgelaufen (nach 5 Minuten) oder Dendrite wurde neu gestartet. Es wurde nichts angelegt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Tuwunel did not recognise the nonce: it expired (after 60 s), was already used, or Tuwunel restarted. Nothing was created; try again.</source>
        <translation>Tuwunel hat die Nonce nicht erkannt: Sie ist abgelaufen (nach 60 s), wurde schon verwendet, oder Tuwunel wurde neu gestartet. Es wurde nichts angelegt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This server delegates authentication to the Matrix Authentication Service (MAS), so it has no shared-secret registration.</source>
        <translation>Dieser Server delegiert die Anmeldung an den Matrix Authentication Service (MAS) und hat deshalb keine Registrierung mit gemeinsamem Geheimnis.</translation>
    </message>
    <message>
        <source>This server delegates authentication to the Matrix Authentication Service (MAS) at %1, so it has no shared-secret registration.</source>
        <translation>Dieser Server delegiert die Anmeldung an den Matrix Authentication Service (MAS) unter %1 und hat deshalb keine Registrierung mit gemeinsamem Geheimnis.</translation>
    </message>
    <message>
        <source>Accounts are created by MAS: with its admin API, or on the MAS host with “mas-cli manage register-user”.</source>
        <translation>Konten legt MAS an: über seine Admin-API oder auf dem MAS-Rechner mit „mas-cli manage register-user“.</translation>
    </message>
    <message>
        <source>%1 failed with an internal error (HTTP %2). Its log says why.</source>
        <translation>%1 ist mit einem internen Fehler gescheitert (HTTP %2). Sein Protokoll sagt, warum.</translation>
    </message>
    <message>
        <source>a proxy answered HTTP %1 in place of %2</source>
        <translation>ein Proxy hat anstelle von %2 mit HTTP %1 geantwortet</translation>
    </message>
    <message>
        <source>%1 failed with an internal error, HTTP %2; its log says why</source>
        <translation>%1 ist mit einem internen Fehler gescheitert, HTTP %2; sein Protokoll sagt, warum</translation>
    </message>
    <message>
        <source>Dendrite has no user types: it neither reads nor signs the field, so a request with one fails as a wrong secret. Nothing was created; create the account as a regular user.</source>
        <translation>Dendrite kennt keine Benutzertypen: Es liest das Feld nicht und signiert es nicht, eine Anfrage mit einem Typ scheitert also wie ein falsches Geheimnis. Es wurde nichts angelegt; legen Sie das Konto als normalen Benutzer an.</translation>
    </message>
    <message>
        <source>The server has no shared-secret registration endpoint (404 M_UNRECOGNIZED). Either authentication is delegated to the Matrix Authentication Service (create accounts with “mas-cli manage register-user”), or the request reached a Synapse worker (use the main process&apos;s listener), or it is a Dendrite without client_api.registration_shared_secret. “synapse-registrar-cli check” tells which.</source>
        <translation>Der Server hat keinen Endpunkt für die Registrierung mit gemeinsamem Geheimnis (404 M_UNRECOGNIZED). Entweder ist die Anmeldung an den Matrix Authentication Service delegiert (Konten legen Sie mit „mas-cli manage register-user“ an), oder die Anfrage erreichte einen Synapse-Worker (verwenden Sie den Listener des Hauptprozesses), oder es ist ein Dendrite ohne client_api.registration_shared_secret. „synapse-registrar-cli check“ sagt, was davon.</translation>
    </message>
    <message>
        <source>MAS refused the password as too weak for its passwords.minimum_complexity. Choose a longer one (the generator&apos;s are strong enough), or skip MAS&apos;s password check.</source>
        <translation>MAS hat das Passwort als zu schwach für seine passwords.minimum_complexity abgelehnt. Wählen Sie ein längeres (die erzeugten sind stark genug) oder überspringen Sie die Passwortprüfung von MAS.</translation>
    </message>
    <message>
        <source>MAS refused the admin client: the client ID or secret is wrong, the authentication method is not the client&apos;s client_auth_method, or the client is not in MAS&apos;s clients: section.</source>
        <translation>MAS hat den Admin-Client abgelehnt: Client-ID oder Geheimnis sind falsch, die Authentifizierungsmethode ist nicht die client_auth_method des Clients, oder der Client steht nicht im Abschnitt clients: von MAS.</translation>
    </message>
    <message>
        <source>MAS does not let this client use its admin API: add the client ID to policy.data.admin_clients in MAS&apos;s configuration and restart MAS.</source>
        <translation>MAS lässt diesen Client nicht an seine Admin-API: Tragen Sie die Client-ID in policy.data.admin_clients der MAS-Konfiguration ein und starten Sie MAS neu.</translation>
    </message>
    <message>
        <source>MAS&apos;s admin API refused the admin token. Check that the client is in policy.data.admin_clients and try again.</source>
        <translation>Die Admin-API von MAS hat das Admin-Token abgelehnt. Prüfen Sie, ob der Client in policy.data.admin_clients steht, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>MAS has no admin API at %1: add the adminapi resource to a listener in MAS&apos;s http.listeners (MAS 0.15 or newer, 1.5 for tokens), or give the URL of the listener that has it.</source>
        <translation>MAS hat unter %1 keine Admin-API: Fügen Sie die Ressource adminapi einem Listener in http.listeners von MAS hinzu (MAS 0.15 oder neuer, 1.5 für Tokens), oder geben Sie die URL des Listeners an, der sie hat.</translation>
    </message>
    <message>
        <source>MAS created “%1” (MAS user ID %2), but the next step failed; so far %3. %4 Finish the remaining steps (in the app) or run the same command again: what is done is not done twice.</source>
        <translation>MAS hat „%1“ angelegt (MAS-Benutzer-ID %2), aber der nächste Schritt ist fehlgeschlagen; bisher: %3. %4 Schließen Sie die übrigen Schritte ab (in der App) oder führen Sie denselben Befehl erneut aus: Was erledigt ist, geschieht nicht zweimal.</translation>
    </message>
    <message>
        <source>MAS has password login turned off (passwords.enabled: false), so no password can be set. Turn it on in MAS&apos;s configuration, or leave the password to the upstream identity provider its users sign in with.</source>
        <translation>Bei MAS ist die Anmeldung mit Passwort ausgeschaltet (passwords.enabled: false), daher kann kein Passwort gesetzt werden. Schalten Sie sie in der MAS-Konfiguration ein, oder überlassen Sie das Passwort dem vorgelagerten Identitätsanbieter, mit dem sich die Benutzer anmelden.</translation>
    </message>
    <message>
        <source>No MAS client secret is stored for this server.</source>
        <translation>Für diesen Server ist kein MAS-Client-Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The MAS client secret cannot be read: %1</source>
        <translation>Das MAS-Client-Geheimnis kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>MAS failed with an internal error (HTTP %1); its words below say why. If it failed while creating the user, MAS kept nothing, but the homeserver may have the account it provisioned: try again once the cause is fixed.</source>
        <translation>MAS ist mit einem internen Fehler gescheitert (HTTP %1); seine Worte unten sagen, warum. Scheiterte es beim Anlegen des Benutzers, hat MAS nichts behalten, aber der Homeserver hat vielleicht das Konto, das es angelegt hat: Versuchen Sie es erneut, sobald die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>The homeserver refuses this name for MAS: it has an account of that name, the name is all digits, or an application service reserves it. Choose another name. If an earlier attempt ended in a MAS server error, the account may be the one MAS provisioned then: once you have checked that on the homeserver, register again taking over the homeserver&apos;s account (synapse-registrar-cli register --adopt-homeserver-account).</source>
        <translation>Der Homeserver lehnt diesen Namen für MAS ab: Er hat ein Konto dieses Namens, der Name besteht nur aus Ziffern, oder ein Application Service reserviert ihn. Wählen Sie einen anderen Namen. Endete ein früherer Versuch mit einem Serverfehler von MAS, ist das Konto vielleicht das, welches MAS damals angelegt hat: Sobald Sie das auf dem Homeserver geprüft haben, registrieren Sie erneut und übernehmen Sie das Konto des Homeservers (synapse-registrar-cli register --adopt-homeserver-account).</translation>
    </message>
    <message>
        <source>MAS refused an email address: %1.</source>
        <translation>MAS hat eine E-Mail-Adresse abgelehnt: %1.</translation>
    </message>
    <message>
        <source>Refused to send MAS&apos;s client secret, its admin token and the password over plain HTTP to %1, which is not this machine: anyone on the way could read them. Use https:// or allow insecure HTTP explicitly.</source>
        <translation>Das Client-Geheimnis von MAS, sein Admin-Token und das Passwort werden nicht über unverschlüsseltes HTTP an %1 gesendet, das nicht dieser Rechner ist: Jeder auf dem Weg könnte sie lesen. Verwenden Sie https:// oder erlauben Sie unsicheres HTTP ausdrücklich.</translation>
    </message>
    <message>
        <source>MAS already has a user of this name, and no earlier attempt of this tool made it. Choose another name; an existing account is never changed.</source>
        <translation>MAS hat bereits einen Benutzer dieses Namens, und kein früherer Versuch dieses Werkzeugs hat ihn angelegt. Wählen Sie einen anderen Namen; ein bestehendes Konto wird nie verändert.</translation>
    </message>
    <message>
        <source>This version of MAS cannot do it: %1</source>
        <translation>Diese Version von MAS kann das nicht: %1</translation>
    </message>
    <message>
        <source>The request to create the user was sent to MAS, but no definite answer came back (%1). MAS may have created it: the same registration again finds it by its name and finishes it, without creating a second one.</source>
        <translation>Die Anfrage, den Benutzer anzulegen, wurde an MAS gesendet, aber es kam keine eindeutige Antwort zurück (%1). MAS hat ihn vielleicht angelegt: Dieselbe Registrierung findet ihn erneut über seinen Namen und schließt sie ab, ohne einen zweiten anzulegen.</translation>
    </message>
</context>
<context>
    <name>RegistrationRequest</name>
    <message>
        <source>Enter a password. Synapse would accept an empty one, but nobody could then log in safely.</source>
        <translation>Geben Sie ein Passwort ein. Synapse würde ein leeres annehmen, aber dann könnte sich niemand sicher anmelden.</translation>
    </message>
    <message>
        <source>The password contains a NUL character, which Synapse refuses.</source>
        <translation>Das Passwort enthält ein NUL-Zeichen, das Synapse ablehnt.</translation>
    </message>
    <message>
        <source>The password has %1 characters; Synapse accepts at most %2.</source>
        <translation>Das Passwort hat %1 Zeichen; Synapse akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The password is longer than %1 bytes; Synapse&apos;s bcrypt ignores everything after them, so only the start counts.</source>
        <translation>Das Passwort ist länger als %1 Bytes; bcrypt in Synapse ignoriert alles danach, es zählt also nur der Anfang.</translation>
    </message>
    <message>
        <source>The user type contains a NUL character, which Synapse refuses.</source>
        <translation>Der Benutzertyp enthält ein NUL-Zeichen, das Synapse ablehnt.</translation>
    </message>
    <message>
        <source>The display name has %1 characters; Synapse will not let the user change a profile with more than %2.</source>
        <translation>Der Anzeigename hat %1 Zeichen; Synapse lässt den Benutzer ein Profil mit mehr als %2 nicht ändern.</translation>
    </message>
    <message>
        <source>Synapse knows the user types “bot” and “support”; “%1” works only where the server lists it in user_types.extra_user_types (Synapse 1.132 or newer).</source>
        <translation>Synapse kennt die Benutzertypen „bot“ und „support“; „%1“ funktioniert nur, wo der Server ihn in user_types.extra_user_types aufführt (Synapse 1.132 oder neuer).</translation>
    </message>
</context>
<context>
    <name>ReplyParser</name>
    <message>
        <source>HTTP %1 with an empty body</source>
        <translation>HTTP %1 mit leerem Inhalt</translation>
    </message>
    <message>
        <source>HTTP %1 with an HTML page</source>
        <translation>HTTP %1 mit einer HTML-Seite</translation>
    </message>
    <message>
        <source>HTTP %1 with a body that is not a JSON object</source>
        <translation>HTTP %1 mit einem Inhalt, der kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>the nonce reply has no “nonce” string</source>
        <translation>die Nonce-Antwort enthält keinen „nonce“-String</translation>
    </message>
    <message>
        <source>a field of the registration reply has the wrong type</source>
        <translation>ein Feld der Registrierungsantwort hat den falschen Typ</translation>
    </message>
    <message>
        <source>the success reply names no user ID</source>
        <translation>die Erfolgsantwort nennt keine Benutzer-ID</translation>
    </message>
    <message>
        <source>the success reply names no home server</source>
        <translation>die Erfolgsantwort nennt keinen Homeserver</translation>
    </message>
    <message>
        <source>the whoami reply names no user ID</source>
        <translation>die whoami-Antwort nennt keine Benutzer-ID</translation>
    </message>
    <message>
        <source>the reply reports the account “%1”, but “%2” was asked for</source>
        <translation>die Antwort meldet das Konto „%1“, verlangt war aber „%2“</translation>
    </message>
    <message>
        <source>the login reply names no user ID or access token</source>
        <translation>die Antwort auf die Anmeldung nennt keine Benutzer-ID oder kein Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>SecretFileText</name>
    <message>
        <source>The secret in %1 is empty.</source>
        <translation>Das Geheimnis in %1 ist leer.</translation>
    </message>
    <message>
        <source>The secret in %1 has a line break (CR or LF) inside it; a secret is one line, so the file is refused rather than read as another secret.</source>
        <translation>Das Geheimnis in %1 enthält einen Zeilenumbruch (CR oder LF); ein Geheimnis ist eine Zeile, daher wird die Datei abgelehnt, statt sie als ein anderes Geheimnis zu lesen.</translation>
    </message>
    <message>
        <source>The password file %1 has a line break (CR or LF) besides one at its end; a password is one line, so the file is refused rather than read as another password.</source>
        <translation>Die Passwortdatei %1 enthält außer dem am Ende einen weiteren Zeilenumbruch (CR oder LF); ein Passwort ist eine Zeile, daher wird die Datei abgelehnt, statt sie als ein anderes Passwort zu lesen.</translation>
    </message>
    <message>
        <source>The secret in %1 is not UTF-8 text; Synapse cannot read it either.</source>
        <translation>Das Geheimnis in %1 ist kein UTF-8-Text; auch Synapse kann es nicht lesen.</translation>
    </message>
    <message>
        <source>The password file %1 is not UTF-8 text; save it as UTF-8.</source>
        <translation>Die Passwortdatei %1 ist kein UTF-8-Text; speichern Sie sie als UTF-8.</translation>
    </message>
</context>
<context>
    <name>ServerCheckResult</name>
    <message>
        <source>the registration endpoint accepted an empty request</source>
        <translation>der Registrierungsendpunkt hat eine leere Anfrage angenommen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>not enabled (no registration_shared_secret)</source>
        <translation>nicht aktiviert (kein registration_shared_secret)</translation>
    </message>
    <message>
        <source>endpoint missing</source>
        <translation>Endpunkt fehlt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Client API reachable:        %1</source>
        <translation>Client-API erreichbar:           %1</translation>
    </message>
    <message>
        <source>Matrix versions:             %1</source>
        <translation>Matrix-Versionen:                %1</translation>
    </message>
    <message>
        <source>Admin API reachable:         %1</source>
        <translation>Admin-API erreichbar:            %1</translation>
    </message>
    <message>
        <source>Shared-secret registration:  %1</source>
        <translation>Registrierung mit Geheimnis:     %1</translation>
    </message>
    <message>
        <source>Auth delegated to MAS:       %1</source>
        <translation>Anmeldung an MAS delegiert:      %1</translation>
    </message>
    <message>
        <source>Server software:             %1</source>
        <translation>Server-Software:                 %1</translation>
    </message>
    <message>
        <source>Backend:                     %1</source>
        <translation>Backend:                         %1</translation>
    </message>
    <message>
        <source>MAS:                         %1</source>
        <translation>MAS:                             %1</translation>
    </message>
    <message>
        <source>not enabled (no client_api.registration_shared_secret)</source>
        <translation>nicht aktiviert (kein client_api.registration_shared_secret)</translation>
    </message>
    <message>
        <source>unknown (the admin API reports version %1)</source>
        <translation>unbekannt (die Admin-API meldet Version %1)</translation>
    </message>
</context>
<context>
    <name>ServerOptions</name>
    <message>
        <source>The registration shared secret, used as given (visible in the process list; prefer --secret-file or -c).</source>
        <translation>Das Registrierungsgeheimnis, unverändert verwendet (in der Prozessliste sichtbar; besser --secret-file oder -c).</translation>
    </message>
    <message>
        <source>Read the shared secret from FILE, stripped of surrounding whitespace as Synapse strips registration_shared_secret_path.</source>
        <translation>Das gemeinsame Geheimnis aus FILE lesen, ohne umgebenden Leerraum, so wie Synapse registration_shared_secret_path kürzt.</translation>
    </message>
    <message>
        <source>Synapse configuration file or directory to take the secret (and server URL and name) from; repeatable, later files win.</source>
        <translation>Synapse-Konfigurationsdatei oder -verzeichnis, aus dem das Geheimnis (und Server-URL und -name) kommt; wiederholbar, spätere Dateien gewinnen.</translation>
    </message>
    <message>
        <source>Use a saved profile: its admin URL, server name, plain-HTTP choice and certificate trust, and its shared secret from the keychain.</source>
        <translation>Ein gespeichertes Profil verwenden: seine Admin-URL, seinen Servernamen, seine HTTP-Wahl und Zertifikatsvertrauen, und sein gemeinsames Geheimnis aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The server&apos;s server_name, for full user IDs and the user-ID length check (default: from the profile or -c).</source>
        <translation>Der server_name des Servers, für vollständige Benutzer-IDs und die Längenprüfung der Benutzer-ID (Vorgabe: aus dem Profil oder -c).</translation>
    </message>
    <message>
        <source>Give the shared secret with --profile, -c/--config, --secret-file or -k/--shared-secret.</source>
        <translation>Geben Sie das gemeinsame Geheimnis mit --profile, -c/--config, --secret-file oder -k/--shared-secret an.</translation>
    </message>
    <message>
        <source>Give the shared secret only one way: --profile, -c/--config, --secret-file or -k/--shared-secret.</source>
        <translation>Geben Sie das gemeinsame Geheimnis nur auf eine Weise an: --profile, -c/--config, --secret-file oder -k/--shared-secret.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”; “synapse-registrar-cli profiles list” shows them.</source>
        <translation>Es gibt kein Profil namens „%1“; „synapse-registrar-cli profiles list“ zeigt sie.</translation>
    </message>
    <message>
        <source>--profile gives the server URL; leave the URL out.</source>
        <translation>--profile gibt die Server-URL vor; lassen Sie die URL weg.</translation>
    </message>
    <message>
        <source>The shared secret is empty.</source>
        <translation>Das gemeinsame Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>Using %1, the first plain-HTTP client listener in the configuration.</source>
        <translation>Verwende %1, den ersten Client-Listener mit unverschlüsseltem HTTP in der Konfiguration.</translation>
    </message>
    <message>
        <source>No server URL given; using %1.</source>
        <translation>Keine Server-URL angegeben; verwende %1.</translation>
    </message>
    <message>
        <source>The shared secret of the profile “%1” cannot be read: %2</source>
        <translation>Das gemeinsame Geheimnis des Profils „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>MAS: the base URL of the Matrix Authentication Service whose admin API creates the accounts (default: where the homeserver&apos;s auth_metadata says MAS is).</source>
        <translation>MAS: die Basis-URL des Matrix Authentication Service, dessen Admin-API die Konten anlegt (Vorgabe: wo MAS laut auth_metadata des Homeservers ist).</translation>
    </message>
    <message>
        <source>MAS: the client ID (a ULID) of an admin client: in MAS&apos;s clients: section and in policy.data.admin_clients. Accounts are then created through MAS&apos;s admin API, and the server URL is the homeserver&apos;s client URL.</source>
        <translation>MAS: die Client-ID (eine ULID) eines Admin-Clients: im Abschnitt clients: von MAS und in policy.data.admin_clients. Konten werden dann über die Admin-API von MAS angelegt, und die Server-URL ist die Client-URL des Homeservers.</translation>
    </message>
    <message>
        <source>MAS: read the admin client&apos;s secret from FILE (- for stdin), stripped of surrounding whitespace; asked for on a terminal when missing.</source>
        <translation>MAS: das Geheimnis des Admin-Clients aus DATEI lesen (- für die Standardeingabe), ohne umgebende Leerzeichen; fehlt es, wird auf einem Terminal danach gefragt.</translation>
    </message>
    <message>
        <source>MAS: how the client authenticates, as its client_auth_method: basic (client_secret_basic, the default) or post (client_secret_post).</source>
        <translation>MAS: wie sich der Client anmeldet, wie in seiner client_auth_method: basic (client_secret_basic, die Vorgabe) oder post (client_secret_post).</translation>
    </message>
    <message>
        <source>--mas-client-id: %1</source>
        <translation>--mas-client-id: %1</translation>
    </message>
    <message>
        <source>--mas-client-auth takes basic or post (the client&apos;s client_auth_method, client_secret_basic or client_secret_post), not “%1”.</source>
        <translation>--mas-client-auth nimmt basic oder post (die client_auth_method des Clients, client_secret_basic oder client_secret_post), nicht „%1“.</translation>
    </message>
    <message>
        <source>--mas-url: %1</source>
        <translation>--mas-url: %1</translation>
    </message>
    <message>
        <source>Cannot read the MAS client secret file %1: %2</source>
        <translation>Die Datei mit dem MAS-Client-Geheimnis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No MAS client secret: give --mas-client-secret-file FILE (- for stdin), or run on a terminal to be asked.</source>
        <translation>Kein MAS-Client-Geheimnis: Geben Sie --mas-client-secret-file DATEI an (- für die Standardeingabe), oder starten Sie auf einem Terminal, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>MAS client secret: </source>
        <translation>MAS-Client-Geheimnis: </translation>
    </message>
    <message>
        <source>The MAS client secret is empty.</source>
        <translation>Das MAS-Client-Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The --mas-… options are for a homeserver whose accounts MAS creates, -k/--shared-secret, --secret-file and -c/--config for shared-secret registration: give one or the other.</source>
        <translation>Die Optionen --mas-… sind für einen Homeserver, dessen Konten MAS anlegt, -k/--shared-secret, --secret-file und -c/--config für die Registrierung mit gemeinsamem Geheimnis: Geben Sie das eine oder das andere an.</translation>
    </message>
    <message>
        <source>--profile gives the server and its secret (a MAS profile its MAS client); leave the --mas-… options out.</source>
        <translation>--profile gibt den Server und sein Geheimnis an (ein MAS-Profil seinen MAS-Client); lassen Sie die Optionen --mas-… weg.</translation>
    </message>
    <message>
        <source>--mas-url, --mas-client-secret-file and --mas-client-auth go with --mas-client-id: give the ID of MAS&apos;s admin client.</source>
        <translation>--mas-url, --mas-client-secret-file und --mas-client-auth gehören zu --mas-client-id: Geben Sie die ID des Admin-Clients von MAS an.</translation>
    </message>
    <message>
        <source>The MAS client secret of the profile “%1” cannot be read: %2</source>
        <translation>Das MAS-Client-Geheimnis des Profils „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot ask the homeserver where MAS is: %1</source>
        <translation>Der Homeserver kann nicht gefragt werden, wo MAS ist: %1</translation>
    </message>
    <message>
        <source>The homeserver at %1 is a Tuwunel that uses MAS, and it does not say where MAS is: give MAS&apos;s URL with --mas-url.</source>
        <translation>Der Homeserver unter %1 ist ein Tuwunel, das MAS nutzt, und er sagt nicht, wo MAS ist: Geben Sie die URL von MAS mit --mas-url an.</translation>
    </message>
    <message>
        <source>The homeserver at %1 names no MAS (its auth_metadata has no MAS metadata): give MAS&apos;s URL with --mas-url, or check with “synapse-registrar-cli check” that this is the homeserver&apos;s client URL.</source>
        <translation>Der Homeserver unter %1 nennt kein MAS (seine auth_metadata enthält keine MAS-Metadaten): Geben Sie die URL von MAS mit --mas-url an, oder prüfen Sie mit „synapse-registrar-cli check“, dass dies die Client-URL des Homeservers ist.</translation>
    </message>
    <message>
        <source>Using MAS at %1, where the homeserver says it is (--mas-url gives another).</source>
        <translation>MAS unter %1 wird verwendet, wo es laut Homeserver ist (--mas-url gibt ein anderes an).</translation>
    </message>
</context>
<context>
    <name>ServerUrl</name>
    <message>
        <source>no server URL was given</source>
        <translation>es wurde keine Server-URL angegeben</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// URL</source>
        <translation>„%1“ ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>“%1” has a query or fragment; give the base URL only</source>
        <translation>„%1“ hat eine Query oder ein Fragment; geben Sie nur die Basis-URL an</translation>
    </message>
</context>
<context>
    <name>SynapseConfig</name>
    <message>
        <source>Error accessing file %1: %2</source>
        <translation>Fehler beim Zugriff auf die Datei %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a YAML mapping of settings.</source>
        <translation>%1 ist keine YAML-Zuordnung von Einstellungen.</translation>
    </message>
    <message>
        <source>%1 is not valid YAML: %2 (line %3, column %4).</source>
        <translation>%1 ist kein gültiges YAML: %2 (Zeile %3, Spalte %4).</translation>
    </message>
    <message>
        <source>The configuration cannot be read: %1</source>
        <translation>Die Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Conflicting options &apos;registration_shared_secret&apos; and &apos;registration_shared_secret_path&apos; are both defined in config file.</source>
        <translation>Die widersprüchlichen Optionen „registration_shared_secret“ und „registration_shared_secret_path“ sind beide in der Konfigurationsdatei gesetzt.</translation>
    </message>
    <message>
        <source>registration_shared_secret is not a string: YAML reads the unquoted value as a number or a boolean, and Synapse fails on it. Put the secret in quotes in homeserver.yaml and restart Synapse.</source>
        <translation>registration_shared_secret ist kein String: YAML liest den Wert ohne Anführungszeichen als Zahl oder Wahrheitswert, und Synapse scheitert daran. Setzen Sie das Geheimnis in homeserver.yaml in Anführungszeichen und starten Sie Synapse neu.</translation>
    </message>
    <message>
        <source>No &apos;registration_shared_secret&apos; or &apos;registration_shared_secret_path&apos; defined in config.</source>
        <translation>Weder „registration_shared_secret“ noch „registration_shared_secret_path“ ist in der Konfiguration gesetzt.</translation>
    </message>
    <message>
        <source>registration_shared_secret is empty, so shared-secret registration is not enabled.</source>
        <translation>registration_shared_secret ist leer, daher ist die Registrierung mit gemeinsamem Geheimnis nicht aktiviert.</translation>
    </message>
    <message>
        <source>%1 holds %2 YAML documents; Synapse reads a configuration file of exactly one.</source>
        <translation>%1 enthält %2 YAML-Dokumente; Synapse liest eine Konfigurationsdatei mit genau einem.</translation>
    </message>
</context>
<context>
    <name>TransportOptions</name>
    <message>
        <source>Give up on a request after SECONDS, connecting included (default 30).</source>
        <translation>Eine Anfrage nach SECONDS Sekunden aufgeben, Verbindungsaufbau eingeschlossen (Vorgabe 30).</translation>
    </message>
    <message>
        <source>Allow http:// to hosts other than this machine. The password and the access token then cross the network in clear text.</source>
        <translation>http:// zu anderen Rechnern als diesem erlauben. Passwort und Zugriffstoken gehen dann im Klartext über das Netz.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Trust exactly the server certificate with this SHA-256 fingerprint (hex, colons optional), for a self-signed certificate.</source>
        <translation>Genau dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen (hexadezimal, Doppelpunkte optional), für ein selbstsigniertes Zertifikat.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file instead of the system&apos;s.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei statt denen des Systems vertrauen.</translation>
    </message>
    <message>
        <source>Give exactly one server URL.</source>
        <translation>Geben Sie genau eine Server-URL an.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600, not “%1”.</source>
        <translation>--timeout nimmt eine Zahl von Sekunden zwischen 0 und 3600, nicht „%1“.</translation>
    </message>
    <message>
        <source>--pin-sha256 takes a SHA-256 fingerprint: 64 hex digits, colons optional.</source>
        <translation>--pin-sha256 nimmt einen SHA-256-Fingerabdruck: 64 Hexadezimalziffern, Doppelpunkte optional.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>UserTypeChoices</name>
    <message>
        <source>Regular user</source>
        <translation>Normaler Benutzer</translation>
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
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>control character U+%1</source>
        <translation>Steuerzeichen U+%1</translation>
    </message>
    <message>
        <source>%1 belongs to the server “%2”, not to “%3”. Enter only the name before the colon, or pick the profile of %2.</source>
        <translation>%1 gehört zum Server „%2“, nicht zu „%3“. Geben Sie nur den Namen vor dem Doppelpunkt ein, oder wählen Sie das Profil von %2.</translation>
    </message>
    <message>
        <source>Enter a username: the part before the colon of the new user ID.</source>
        <translation>Geben Sie einen Benutzernamen ein: den Teil der neuen Benutzer-ID vor dem Doppelpunkt.</translation>
    </message>
    <message>
        <source>The username contains a NUL character, which Synapse refuses.</source>
        <translation>Der Benutzername enthält ein NUL-Zeichen, das Synapse ablehnt.</translation>
    </message>
    <message>
        <source>The username has %1 characters; Synapse accepts at most %2.</source>
        <translation>Der Benutzername hat %1 Zeichen; Synapse akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>Synapse stores usernames in lower case: “%1” will be created as “%2”.</source>
        <translation>Synapse speichert Benutzernamen in Kleinbuchstaben: „%1“ wird als „%2“ angelegt.</translation>
    </message>
    <message>
        <source>A username can contain only a-z, 0-9 and . _ = - / +; not allowed: %1.</source>
        <translation>Ein Benutzername darf nur a-z, 0-9 und . _ = - / + enthalten; nicht erlaubt: %1.</translation>
    </message>
    <message>
        <source>A username made only of digits is reserved for guest users; add a letter.</source>
        <translation>Ein Benutzername nur aus Ziffern ist Gastbenutzern vorbehalten; fügen Sie einen Buchstaben hinzu.</translation>
    </message>
    <message>
        <source>The user ID would have %1 characters; Matrix allows %2, so the username can have at most %3 on %4.</source>
        <translation>Die Benutzer-ID hätte %1 Zeichen; Matrix erlaubt %2, also darf der Benutzername auf %4 höchstens %3 haben.</translation>
    </message>
    <message>
        <source>Synapse refuses a leading “_” unless the server sets allow_underscore_prefixed_localpart (Synapse 1.131 or newer); such names are usually kept for bridges.</source>
        <translation>Synapse lehnt ein „_“ am Anfang ab, außer der Server setzt allow_underscore_prefixed_localpart (Synapse 1.131 oder neuer); solche Namen sind meist Bridges vorbehalten.</translation>
    </message>
    <message>
        <source>Synapse accepts “+” in usernames only from version 1.89 on.</source>
        <translation>Synapse akzeptiert „+“ in Benutzernamen erst ab Version 1.89.</translation>
    </message>
    <message>
        <source>A full user ID can be checked only against the server&apos;s name: give --server-name, a profile or -c, or write only the part before the colon.</source>
        <translation>Eine vollständige Benutzer-ID lässt sich nur am Namen des Servers prüfen: Geben Sie --server-name, ein Profil oder -c an, oder schreiben Sie nur den Teil vor dem Doppelpunkt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Create accounts on a Synapse homeserver through its shared-secret registration API.</source>
        <translation>Konten auf einem Synapse-Homeserver über seine API für die Registrierung mit gemeinsamem Geheimnis anlegen.</translation>
    </message>
    <message>
        <source>Start a local demo homeserver on a loopback port in this process and open the app on it. Its accounts live in memory and vanish when the app quits.</source>
        <translation>Einen lokalen Demo-Homeserver auf einem Loopback-Port in diesem Prozess starten und die App darauf öffnen. Seine Konten liegen im Arbeitsspeicher und verschwinden, wenn die App endet.</translation>
    </message>
    <message>
        <source>Cannot start the demo server on 127.0.0.1.</source>
        <translation>Der Demo-Server kann auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Local demo server</source>
        <translation>Lokaler Demo-Server</translation>
    </message>
    <message>
        <source>Local demo server at %1: not a real Synapse. Accounts live in memory and vanish when the app quits.</source>
        <translation>Lokaler Demo-Server unter %1: kein echtes Synapse. Die Konten liegen im Arbeitsspeicher und verschwinden, wenn die App endet.</translation>
    </message>
    <message>
        <source>Cannot set up the demo server&apos;s profile: %1</source>
        <translation>Das Profil des Demo-Servers kann nicht angelegt werden: %1</translation>
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
        <translation>Aufruf: synapse-registrar-cli BEFEHL [Optionen]

Befehle:
  register   ein Konto über die Registrierung mit gemeinsamem Geheimnis oder die Admin-API von MAS anlegen
  batch      die Konten einer CSV-Datei anlegen
  check      einen Server prüfen: erreichbar, Version, Admin-API, Registrierung aktiviert
  whoami     zeigen, wem ein Zugriffstoken gehört (beweist, dass ein Token funktioniert)
  logout     die Sitzung eines Zugriffstokens beenden; das Konto bleibt
  profiles   gespeicherte Homeserver auflisten, hinzufügen oder entfernen (Geheimnisse im Schlüsselbund)

„synapse-registrar-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
</context>
<context>
    <name>registrar::cli::BatchCommand</name>
    <message>
        <source>Registrations in flight at once (default 4).</source>
        <translation>Gleichzeitig laufende Registrierungen (Vorgabe 4).</translation>
    </message>
    <message>
        <source>Check the file and report; send nothing.</source>
        <translation>Die Datei prüfen und berichten; nichts senden.</translation>
    </message>
    <message>
        <source>Sign each account in and record its access token and device ID (by default no session is created).</source>
        <translation>Jedes Konto anmelden und sein Zugriffstoken und seine Geräte-ID festhalten (standardmäßig wird keine Sitzung angelegt).</translation>
    </message>
    <message>
        <source>The results file, .csv or .json (created readable by you only; it holds passwords). Required unless --dry-run.</source>
        <translation>Die Ergebnisdatei, .csv oder .json (nur für Sie lesbar angelegt; sie enthält Passwörter). Pflicht außer bei --dry-run.</translation>
    </message>
    <message>
        <source>Run again the rows the results file records as failed or invalid.</source>
        <translation>Die Zeilen erneut ausführen, die die Ergebnisdatei als gescheitert oder ungültig festhält.</translation>
    </message>
    <message>
        <source>Length of generated passwords, 12 to 64 (default 20).</source>
        <translation>Länge erzeugter Passwörter, 12 bis 64 (Vorgabe 20).</translation>
    </message>
    <message>
        <source>Give the CSV file, and at most one server URL.</source>
        <translation>Geben Sie die CSV-Datei an und höchstens eine Server-URL.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64.</source>
        <translation>--concurrency nimmt eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>--password-length takes a number from 12 to 64.</source>
        <translation>--password-length nimmt eine Zahl von 12 bis 64.</translation>
    </message>
    <message>
        <source>Give the results file with --out FILE.csv or FILE.json.</source>
        <translation>Geben Sie die Ergebnisdatei mit --out DATEI.csv oder DATEI.json an.</translation>
    </message>
    <message>
        <source>The results file must end in .csv or .json.</source>
        <translation>Die Ergebnisdatei muss auf .csv oder .json enden.</translation>
    </message>
    <message>
        <source>line %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 valid (%2 admins), %3 invalid.</source>
        <translation>
            <numerusform>%n Zeile: %1 gültig (Admins: %2), %3 ungültig.</numerusform>
            <numerusform>%n Zeilen: %1 gültig (Admins: %2), %3 ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping: no new rows; waiting for the running ones.</source>
        <translation>Anhalten: keine neuen Zeilen; warte auf die laufenden.</translation>
    </message>
    <message>
        <source>created %1, failed %2, invalid %3</source>
        <translation>angelegt %1, gescheitert %2, ungültig %3</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>Created %1 (and %2 in an earlier run), failed %3, invalid %4, of %5 rows.</source>
        <translation>Angelegt %1 (und %2 in einem früheren Lauf), gescheitert %3, ungültig %4, von %5 Zeilen.</translation>
    </message>
    <message>
        <source>Cancelled: run the same command again to go on where it stopped.</source>
        <translation>Abgebrochen: Führen Sie denselben Befehl erneut aus, um dort weiterzumachen, wo er aufhörte.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) may have been created: the request was sent and no definite answer came back. The results file records each as “unknown” with its password (kept in the journal too); run the same command again to settle them.</source>
        <translation>
            <numerusform>%n Konto wurde vielleicht angelegt: Die Anfrage wurde gesendet, und es kam keine eindeutige Antwort zurück. Die Ergebnisdatei hält es als „unknown“ mit seinem Passwort fest (auch im Journal); führen Sie denselben Befehl erneut aus, um es zu klären.</numerusform>
            <numerusform>%n Konten wurden vielleicht angelegt: Die Anfragen wurden gesendet, und es kam keine eindeutige Antwort zurück. Die Ergebnisdatei hält jedes als „unknown“ mit seinem Passwort fest (auch im Journal); führen Sie denselben Befehl erneut aus, um sie zu klären.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file, or - for stdin.</source>
        <translation>Die CSV-Datei, oder - für stdin.</translation>
    </message>
    <message>
        <source>The journal %1 is kept: it holds the passwords of rows that the results file does not record (%2), perhaps from another batch file.</source>
        <translation>Das Journal %1 bleibt erhalten: Es enthält die Passwörter von Zeilen, die die Ergebnisdatei nicht festhält (%2), vielleicht aus einer anderen Stapeldatei.</translation>
    </message>
    <message>
        <source>, unknown %1</source>
        <translation>, unklar %1</translation>
    </message>
    <message>
        <source>Create the accounts of a CSV file: a header with username (required), displayname, password, admin, user_type and email, then one account a row. Every row is checked before anything is sent; rows without a password get a generated one. Each finished row goes to the results file at once; running again with the same results file skips the rows it records.

On a homeserver whose accounts MAS creates (a MAS profile, or --mas-client-id), one MAS admin token serves the whole run until it expires; the email column takes any number of addresses separated by semicolons or commas; the results file also records each account&apos;s MAS user ID and the last step done, and a run that stops on the way is resumed from that step by the same command.

Exit codes: 0 every row created (now or in an earlier run); 1 bad input (options, file, or invalid rows); 6 an account may exist without its outcome being known (the row is recorded as unknown, with its password; running again settles it); 130 or 143 stopped by Ctrl+C or SIGTERM before every row was done; otherwise the largest exit code of the rows that failed, as for register.</source>
        <translation>Die Konten einer CSV-Datei anlegen: eine Kopfzeile mit username (Pflicht), displayname, password, admin, user_type und email, dann ein Konto je Zeile. Jede Zeile wird geprüft, bevor etwas gesendet wird; Zeilen ohne Passwort bekommen ein erzeugtes. Jede fertige Zeile kommt sofort in die Ergebnisdatei; ein neuer Lauf mit derselben Ergebnisdatei überspringt die Zeilen, die sie enthält.

Auf einem Homeserver, dessen Konten MAS anlegt (ein MAS-Profil oder --mas-client-id), dient ein MAS-Admin-Token dem ganzen Lauf, bis es abläuft; die Spalte email nimmt beliebig viele Adressen, getrennt durch Semikolons oder Kommas; die Ergebnisdatei hält zudem die MAS-Benutzer-ID jedes Kontos und den zuletzt erledigten Schritt fest, und ein Lauf, der unterwegs anhält, wird von demselben Befehl ab diesem Schritt fortgesetzt.

Exit-Codes: 0 jede Zeile angelegt (jetzt oder in einem früheren Lauf); 1 ungültige Eingabe (Optionen, Datei oder ungültige Zeilen); 6 ein Konto existiert vielleicht, ohne dass sein Ergebnis bekannt ist (die Zeile wird als unknown mit ihrem Passwort festgehalten; ein neuer Lauf klärt sie); 130 oder 143 durch Strg+C oder SIGTERM angehalten, bevor jede Zeile erledigt war; sonst der größte Exit-Code der gescheiterten Zeilen, wie bei register.</translation>
    </message>
    <message>
        <source>MAS: set the passwords without MAS&apos;s strength check (passwords.minimum_complexity).</source>
        <translation>MAS: die Passwörter ohne die Stärkeprüfung von MAS setzen (passwords.minimum_complexity).</translation>
    </message>
    <message>
        <source>line %1 (%2): email addresses are added only to accounts made through MAS (a MAS profile or --mas-client-id).</source>
        <translation>Zeile %1 (%2): E-Mail-Adressen werden nur Konten hinzugefügt, die über MAS angelegt werden (ein MAS-Profil oder --mas-client-id).</translation>
    </message>
    <message>
        <source>--skip-password-check is for accounts that MAS creates (a MAS profile or --mas-client-id); shared-secret registration has no such check.</source>
        <translation>--skip-password-check gilt für Konten, die MAS anlegt (ein MAS-Profil oder --mas-client-id); die Registrierung mit gemeinsamem Geheimnis hat keine solche Prüfung.</translation>
    </message>
    <message>
        <source>URL of the server&apos;s admin API (default: from --profile or -c, else http://localhost:8008); with MAS, the homeserver&apos;s client URL.</source>
        <translation>URL der Admin-API des Servers (Vorgabe: aus --profile oder -c, sonst http://localhost:8008); mit MAS die Client-URL des Homeservers.</translation>
    </message>
    <message>
        <source>The CSV file and the MAS client secret cannot both come from stdin: give one of them as a file.</source>
        <translation>Die CSV-Datei und das MAS-Client-Geheimnis können nicht beide von stdin kommen: Geben Sie eines davon als Datei an.</translation>
    </message>
</context>
<context>
    <name>registrar::cli::CheckCommand</name>
    <message>
        <source>URL of the admin API when it differs from the client URL (such as a local listener or an SSH tunnel).</source>
        <translation>URL der Admin-API, wenn sie von der Client-URL abweicht (etwa ein lokaler Listener oder ein SSH-Tunnel).</translation>
    </message>
    <message>
        <source>The server&apos;s client URL.</source>
        <translation>Die Client-URL des Servers.</translation>
    </message>
    <message>
        <source>Check a server without creating anything: the client API, the server software and its backend (synapse, synapse-mas, tuwunel, tuwunel-mas, dendrite or unknown), the admin API, whether shared-secret registration is enabled, and whether authentication is delegated to MAS. Exit 0 when registration can work; otherwise 3 (not enabled, unavailable), 4 (network) or 5 (protocol); 7 when the result could not be written to standard output.</source>
        <translation>Einen Server prüfen, ohne etwas anzulegen: die Client-API, die Server-Software und ihr Backend (synapse, synapse-mas, tuwunel, tuwunel-mas, dendrite oder unknown), die Admin-API, ob die Registrierung mit gemeinsamem Geheimnis aktiviert ist und ob die Anmeldung an MAS delegiert ist. Exit 0, wenn die Registrierung funktionieren kann; sonst 3 (nicht aktiviert, nicht verfügbar), 4 (Netzwerk) oder 5 (Protokoll); 7, wenn das Ergebnis nicht in die Standardausgabe geschrieben werden konnte.</translation>
    </message>
</context>
<context>
    <name>registrar::cli::ProfilesCommand</name>
    <message>
        <source>Unknown profiles action “%1”; use list, add or remove.</source>
        <translation>Unbekannte Profilaktion „%1“; verwenden Sie list, add oder remove.</translation>
    </message>
    <message>
        <source>List the saved profiles, without secrets.</source>
        <translation>Die gespeicherten Profile auflisten, ohne Geheimnisse.</translation>
    </message>
    <message>
        <source>Print the profiles as JSON.</source>
        <translation>Die Profile als JSON ausgeben.</translation>
    </message>
    <message>
        <source>No profiles yet; add one with “synapse-registrar-cli profiles add NAME URL”.</source>
        <translation>Noch keine Profile; fügen Sie eines mit „synapse-registrar-cli profiles add NAME URL“ hinzu.</translation>
    </message>
    <message>
        <source> (admin API %1)</source>
        <translation> (Admin-API %1)</translation>
    </message>
    <message>
        <source>plain HTTP allowed</source>
        <translation>unverschlüsseltes HTTP erlaubt</translation>
    </message>
    <message>
        <source>URL of the admin API when it differs from the client URL.</source>
        <translation>URL der Admin-API, wenn sie von der Client-URL abweicht.</translation>
    </message>
    <message>
        <source>The server_name, for the user ID preview and length check.</source>
        <translation>Der server_name, für die Vorschau der Benutzer-ID und die Längenprüfung.</translation>
    </message>
    <message>
        <source>Allow http:// to hosts other than this machine for this profile.</source>
        <translation>http:// zu anderen Rechnern als diesem für dieses Profil erlauben.</translation>
    </message>
    <message>
        <source>Read the shared secret from FILE (stripped).</source>
        <translation>Das gemeinsame Geheimnis aus FILE lesen (gekürzt).</translation>
    </message>
    <message>
        <source>Take the secret (and server name) from Synapse configuration files; repeatable.</source>
        <translation>Das Geheimnis (und den Servernamen) aus Synapse-Konfigurationsdateien nehmen; wiederholbar.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>The server&apos;s client URL.</source>
        <translation>Die Client-URL des Servers.</translation>
    </message>
    <message>
        <source>Give a name and a URL.</source>
        <translation>Geben Sie einen Namen und eine URL an.</translation>
    </message>
    <message>
        <source>Give the secret either with --secret-file or with -c, not both.</source>
        <translation>Geben Sie das Geheimnis entweder mit --secret-file oder mit -c an, nicht mit beiden.</translation>
    </message>
    <message>
        <source>Shared secret: </source>
        <translation>Gemeinsames Geheimnis: </translation>
    </message>
    <message>
        <source>Give the shared secret with --secret-file or -c, or run on a terminal to be asked.</source>
        <translation>Geben Sie das gemeinsame Geheimnis mit --secret-file oder -c an, oder starten Sie auf einem Terminal, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>The shared secret is empty.</source>
        <translation>Das gemeinsame Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Das Profil wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the profile “%1”; its shared secret is in %2.</source>
        <translation>Profil „%1“ gespeichert; sein gemeinsames Geheimnis liegt in %2.</translation>
    </message>
    <message>
        <source>Give the name of one profile.</source>
        <translation>Geben Sie den Namen eines Profils an.</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Removed the profile “%1” and its shared secret.</source>
        <translation>Profil „%1“ und sein gemeinsames Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>Removed the profile “%1”, but its secret could not be removed from the keychain: %2</source>
        <translation>Profil „%1“ entfernt, aber sein Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Usage: synapse-registrar-cli profiles list [--json]
       synapse-registrar-cli profiles add NAME URL [options]
       synapse-registrar-cli profiles add NAME URL --mas-client-id ID [--mas-url URL] [options]
       synapse-registrar-cli profiles remove NAME
Profiles are shared with the app; shared secrets and MAS client secrets live in the keychain only.
</source>
        <translation>Aufruf: synapse-registrar-cli profiles list [--json]
        synapse-registrar-cli profiles add NAME URL [Optionen]
        synapse-registrar-cli profiles add NAME URL --mas-client-id ID [--mas-url URL] [Optionen]
        synapse-registrar-cli profiles remove NAME
Profile werden mit der App geteilt; gemeinsame Geheimnisse und MAS-Client-Geheimnisse liegen nur im Schlüsselbund.
</translation>
    </message>
    <message>
        <source>MAS %1, client %2 (%3)</source>
        <translation>MAS %1, Client %2 (%3)</translation>
    </message>
    <message>
        <source>Save a homeserver as a profile. The shared secret goes to the keychain, never to a file. With --mas-client-id it is a MAS profile: accounts are created through the MAS admin API, and the MAS client secret goes to the keychain instead.</source>
        <translation>Einen Homeserver als Profil speichern. Das gemeinsame Geheimnis kommt in den Schlüsselbund, nie in eine Datei. Mit --mas-client-id ist es ein MAS-Profil: Konten werden über die Admin-API von MAS angelegt, und stattdessen kommt das MAS-Client-Geheimnis in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Make a MAS profile for the MAS admin client ID (a ULID, as in clients: and policy.data.admin_clients of MAS&apos;s configuration).</source>
        <translation>Ein MAS-Profil für die ID des MAS-Admin-Clients anlegen (eine ULID, wie unter clients: und policy.data.admin_clients in der Konfiguration von MAS).</translation>
    </message>
    <message>
        <source>MAS&apos;s URL, under which /oauth2/token and /api/admin/v1 are; found by a server check of URL when left out.</source>
        <translation>Die URL von MAS, unter der /oauth2/token und /api/admin/v1 liegen; fehlt sie, findet eine Serverprüfung von URL sie.</translation>
    </message>
    <message>
        <source>How the MAS client authenticates, as its client_auth_method: basic (client_secret_basic, the default) or post (client_secret_post).</source>
        <translation>Wie sich der MAS-Client anmeldet, wie in seiner client_auth_method: basic (client_secret_basic, die Vorgabe) oder post (client_secret_post).</translation>
    </message>
    <message>
        <source>Read the MAS client secret from FILE (- for stdin; stripped); asked for on a terminal when left out.</source>
        <translation>Das MAS-Client-Geheimnis aus FILE lesen (- für die Standardeingabe; gekürzt); fehlt es, wird auf einem Terminal danach gefragt.</translation>
    </message>
    <message>
        <source>--%1 is for a MAS profile: give --mas-client-id too.</source>
        <translation>--%1 ist für ein MAS-Profil: Geben Sie auch --mas-client-id an.</translation>
    </message>
    <message>
        <source>A MAS profile&apos;s secret is its MAS client secret: give it with --mas-client-secret-file, not with --secret-file or -c.</source>
        <translation>Das Geheimnis eines MAS-Profils ist sein MAS-Client-Geheimnis: Geben Sie es mit --mas-client-secret-file an, nicht mit --secret-file oder -c.</translation>
    </message>
    <message>
        <source>--mas-client-auth takes basic or post, as the client&apos;s client_auth_method in MAS&apos;s configuration is client_secret_basic or client_secret_post; not “%1”.</source>
        <translation>--mas-client-auth nimmt basic oder post, je nachdem, ob die client_auth_method des Clients in der Konfiguration von MAS client_secret_basic oder client_secret_post ist; nicht „%1“.</translation>
    </message>
    <message>
        <source>The MAS URL is not usable: %1</source>
        <translation>Die MAS-URL ist nicht brauchbar: %1</translation>
    </message>
    <message>
        <source>%1 names MAS at %2; --mas-url gives another.</source>
        <translation>%1 nennt MAS unter %2; --mas-url gibt eine andere an.</translation>
    </message>
    <message>
        <source>Cannot ask %1 where its MAS is, so the profile was not saved; give the MAS URL with --mas-url. %2</source>
        <translation>%1 kann nicht gefragt werden, wo sein MAS ist, deshalb wurde das Profil nicht gespeichert; geben Sie die MAS-URL mit --mas-url an. %2</translation>
    </message>
    <message>
        <source>%1 names no MAS (its authentication is not delegated to MAS), so the profile was not saved; give the MAS URL with --mas-url.</source>
        <translation>%1 nennt kein MAS (seine Anmeldung ist nicht an MAS delegiert), deshalb wurde das Profil nicht gespeichert; geben Sie die MAS-URL mit --mas-url an.</translation>
    </message>
    <message>
        <source>MAS client secret: </source>
        <translation>MAS-Client-Geheimnis: </translation>
    </message>
    <message>
        <source>Give the MAS client secret with --mas-client-secret-file FILE (- for stdin), or run on a terminal to be asked.</source>
        <translation>Geben Sie das MAS-Client-Geheimnis mit --mas-client-secret-file DATEI an (- für die Standardeingabe), oder starten Sie auf einem Terminal, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>The MAS client secret is empty.</source>
        <translation>Das MAS-Client-Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>Saved the MAS profile “%1”; its MAS client secret is in %2.</source>
        <translation>MAS-Profil „%1“ gespeichert; sein MAS-Client-Geheimnis liegt in %2.</translation>
    </message>
    <message>
        <source>Delete a profile and its secret in the keychain (its shared secret or MAS client secret).</source>
        <translation>Ein Profil und sein Geheimnis im Schlüsselbund löschen (sein gemeinsames Geheimnis oder MAS-Client-Geheimnis).</translation>
    </message>
    <message>
        <source>Removed the MAS profile “%1” and its MAS client secret.</source>
        <translation>MAS-Profil „%1“ und sein MAS-Client-Geheimnis entfernt.</translation>
    </message>
    <message>
        <source>%1 delegates authentication to MAS but does not say where MAS is, so the profile was not saved; give the MAS URL with --mas-url.</source>
        <translation>%1 delegiert die Anmeldung an MAS, sagt aber nicht, wo MAS ist, deshalb wurde das Profil nicht gespeichert; geben Sie die MAS-URL mit --mas-url an.</translation>
    </message>
</context>
<context>
    <name>registrar::cli::RegisterCommand</name>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Localpart of the new user (or a full user ID). Asked for when missing.</source>
        <translation>Lokaler Teil des neuen Benutzers (oder eine vollständige Benutzer-ID). Wird erfragt, wenn er fehlt.</translation>
    </message>
    <message>
        <source>New password (visible in the process list; prefer --password-file or the prompt).</source>
        <translation>Neues Passwort (in der Prozessliste sichtbar; besser --password-file oder die Abfrage).</translation>
    </message>
    <message>
        <source>Read the password from FILE (- for stdin); one trailing newline is removed.</source>
        <translation>Das Passwort aus FILE lesen (- für die Standardeingabe); ein Zeilenumbruch am Ende wird entfernt.</translation>
    </message>
    <message>
        <source>Make the new user a server admin.</source>
        <translation>Den neuen Benutzer zum Server-Admin machen.</translation>
    </message>
    <message>
        <source>Make a regular user (the default).</source>
        <translation>Einen normalen Benutzer anlegen (die Vorgabe).</translation>
    </message>
    <message>
        <source>User type: bot, support, or a type the server allows.</source>
        <translation>Benutzertyp: bot, support oder ein Typ, den der Server erlaubt.</translation>
    </message>
    <message>
        <source>Display name (default: the server uses the localpart).</source>
        <translation>Anzeigename (Vorgabe: der Server verwendet den lokalen Teil).</translation>
    </message>
    <message>
        <source>Create the account without a login session: no device, no access token.</source>
        <translation>Das Konto ohne Anmeldesitzung anlegen: kein Gerät, kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>A taken username is not an error: exit 0 and say so.</source>
        <translation>Ein vergebener Benutzername ist kein Fehler: Exit 0 und ein Hinweis.</translation>
    </message>
    <message>
        <source>Give at most one server URL.</source>
        <translation>Geben Sie höchstens eine Server-URL an.</translation>
    </message>
    <message>
        <source>Give either -p/--password or --password-file, not both.</source>
        <translation>Geben Sie entweder -p/--password oder --password-file an, nicht beides.</translation>
    </message>
    <message>
        <source>Give either -a/--admin or --no-admin, not both.</source>
        <translation>Geben Sie entweder -a/--admin oder --no-admin an, nicht beides.</translation>
    </message>
    <message>
        <source>New user localpart: </source>
        <translation>Lokaler Teil des neuen Benutzers: </translation>
    </message>
    <message>
        <source>No username: give -u/--user.</source>
        <translation>Kein Benutzername: Geben Sie -u/--user an.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Confirm password: </source>
        <translation>Passwort bestätigen: </translation>
    </message>
    <message>
        <source>Passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>No password: give --password-file, -p/--password, or run on a terminal to be asked.</source>
        <translation>Kein Passwort: Geben Sie --password-file oder -p/--password an, oder starten Sie auf einem Terminal, um gefragt zu werden.</translation>
    </message>
    <message>
        <source>No login session was created (--no-login), so there is no access token.</source>
        <translation>Es wurde keine Anmeldesitzung angelegt (--no-login), daher gibt es kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The server created the account but returned no access token (it may require approval of new accounts).</source>
        <translation>Der Server hat das Konto angelegt, aber kein Zugriffstoken geliefert (vielleicht müssen neue Konten freigegeben werden).</translation>
    </message>
    <message>
        <source>User %1 already exists; nothing was changed (--exists-ok).</source>
        <translation>Benutzer %1 existiert bereits; nichts wurde geändert (--exists-ok).</translation>
    </message>
    <message>
        <source>The account %1 was created, but its credentials could not be written to standard output (%2), so they are lost. Sign in with its password to get an access token.</source>
        <translation>Das Konto %1 wurde angelegt, aber seine Zugangsdaten konnten nicht in die Standardausgabe geschrieben werden (%2) und sind verloren. Melden Sie sich mit seinem Passwort an, um ein Zugriffstoken zu bekommen.</translation>
    </message>
    <message>
        <source>MAS: add the email address ADDR to the account; repeatable.</source>
        <translation>MAS: die E-Mail-Adresse ADDR zum Konto hinzufügen; mehrfach möglich.</translation>
    </message>
    <message>
        <source>MAS: set the password even when MAS&apos;s strength check (passwords.minimum_complexity) finds it too weak.</source>
        <translation>MAS: das Passwort auch dann setzen, wenn die Stärkeprüfung von MAS (passwords.minimum_complexity) es zu schwach findet.</translation>
    </message>
    <message>
        <source>Create an account on a Synapse server through its shared-secret registration API, and print the new account&apos;s credentials.

On a homeserver that delegates authentication to the Matrix Authentication Service (MAS), give --mas-client-id (or a MAS profile) instead of a shared secret: MAS&apos;s admin API then creates the user, sets its password, admin flag and emails, and signs it in; the output adds mas_user_id (MAS&apos;s ULID for the user) and, when the token expires, expires_in_ms. MAS has no user types. If a step fails after MAS created the user, running the same command again finishes it.

Exit codes: 0 created (or it existed, with --exists-ok); 1 bad input, nothing sent; 2 refused by the server for this account (taken, invalid, user type); 3 not authorised (wrong secret, registration not enabled, endpoint unavailable or delegated to MAS; MAS refused the client or its token, no admin API, password login off); 4 network (refused, DNS, TLS, a timeout before the registration was sent); 5 protocol (redirect, malformed or oversized reply, unexpected status); 6 the account may exist: the request was sent and no definite answer came back (a timeout, a lost connection, a proxy&apos;s 502/503/504, a success reply that cannot be read, a cancel after sending), or MAS created the account and a later step failed; 7 created, but the credentials could not be written to standard output; 130 or 143 stopped by Ctrl+C or SIGTERM.</source>
        <translation>Ein Konto auf einem Synapse-Server über seine API für die Registrierung mit gemeinsamem Geheimnis anlegen und die Zugangsdaten des neuen Kontos ausgeben.

Auf einem Homeserver, der die Anmeldung an den Matrix Authentication Service (MAS) delegiert, geben Sie statt eines gemeinsamen Geheimnisses --mas-client-id (oder ein MAS-Profil) an: Die Admin-API von MAS legt dann den Benutzer an, setzt sein Passwort, das Admin-Kennzeichen und die E-Mail-Adressen und meldet ihn an; die Ausgabe enthält zusätzlich mas_user_id (die ULID des Benutzers in MAS) und, wenn das Token abläuft, expires_in_ms. MAS kennt keine Benutzertypen. Schlägt ein Schritt fehl, nachdem MAS den Benutzer angelegt hat, stellt derselbe Befehl noch einmal ihn fertig.

Exit-Codes: 0 angelegt (oder vorhanden, mit --exists-ok); 1 ungültige Eingabe, nichts gesendet; 2 vom Server für dieses Konto abgelehnt (vergeben, ungültig, Benutzertyp); 3 nicht berechtigt (falsches Geheimnis, Registrierung nicht aktiviert, Endpunkt nicht verfügbar oder an MAS delegiert; MAS hat den Client oder sein Token abgelehnt, keine Admin-API, Passwort-Anmeldung aus); 4 Netzwerk (abgewiesen, DNS, TLS, eine Zeitüberschreitung, bevor die Registrierung gesendet wurde); 5 Protokoll (Weiterleitung, fehlerhafte oder übergroße Antwort, unerwarteter Status); 6 das Konto existiert vielleicht: Die Anfrage wurde gesendet, und es kam keine eindeutige Antwort zurück (Zeitüberschreitung, verlorene Verbindung, 502/503/504 eines Proxys, eine unlesbare Erfolgsantwort, ein Abbruch nach dem Senden), oder MAS hat das Konto angelegt und ein späterer Schritt ist fehlgeschlagen; 7 angelegt, aber die Zugangsdaten konnten nicht in die Standardausgabe geschrieben werden; 130 oder 143 durch Strg+C oder SIGTERM angehalten.</translation>
    </message>
    <message>
        <source>URL of the server&apos;s admin API, e.g. http://127.0.0.1:8008 (default: from -c, else http://localhost:8008); with MAS, the homeserver&apos;s client URL.</source>
        <translation>URL der Admin-API des Servers, z. B. http://127.0.0.1:8008 (Vorgabe: aus -c, sonst http://localhost:8008); mit MAS die Client-URL des Homeservers.</translation>
    </message>
    <message>
        <source>Only one of --password-file and --mas-client-secret-file can read stdin.</source>
        <translation>Nur eine von --password-file und --mas-client-secret-file kann die Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>MAS has no user types: leave out -t/--user-type.</source>
        <translation>MAS kennt keine Benutzertypen: Lassen Sie -t/--user-type weg.</translation>
    </message>
    <message>
        <source>The access token expires at %1.</source>
        <translation>Das Zugriffstoken läuft ab: %1.</translation>
    </message>
    <message>
        <source>The account&apos;s password is the one an earlier run set; this run did not set it again.</source>
        <translation>Das Passwort des Kontos ist das, das ein früherer Lauf gesetzt hat; dieser Lauf hat es nicht noch einmal gesetzt.</translation>
    </message>
    <message>
        <source>MAS: take over the homeserver&apos;s account of this name, which an earlier attempt that ended in a MAS server error may have left (MAS&apos;s skip_homeserver_check). Check on the homeserver first that it is that account.</source>
        <translation>MAS: das Konto dieses Namens auf dem Homeserver übernehmen, das ein früherer, mit einem Serverfehler von MAS beendeter Versuch hinterlassen haben kann (skip_homeserver_check von MAS). Prüfen Sie zuerst auf dem Homeserver, dass es dieses Konto ist.</translation>
    </message>
    <message>
        <source>--email, --skip-password-check and --adopt-homeserver-account are for accounts that MAS creates (--mas-client-id or a MAS profile); shared-secret registration takes none of them.</source>
        <translation>--email, --skip-password-check und --adopt-homeserver-account gelten für Konten, die MAS anlegt (--mas-client-id oder ein MAS-Profil); die Registrierung mit gemeinsamem Geheimnis nimmt keines davon.</translation>
    </message>
</context>
<context>
    <name>registrar::cli::TokenCommand</name>
    <message>
        <source>End the session (the device) of an access token; the account stays. Exit 0 when it was ended, 3 when the server refuses the token.</source>
        <translation>Die Sitzung (das Gerät) eines Zugriffstokens beenden; das Konto bleibt. Exit 0, wenn sie beendet wurde, 3, wenn der Server das Token ablehnt.</translation>
    </message>
    <message>
        <source>Read the access token from FILE (- for stdin); surrounding whitespace is removed.</source>
        <translation>Das Zugriffstoken aus FILE lesen (- für die Standardeingabe); umgebender Leerraum wird entfernt.</translation>
    </message>
    <message>
        <source>The server&apos;s client URL.</source>
        <translation>Die Client-URL des Servers.</translation>
    </message>
    <message>
        <source>Give the access token with --token-file FILE (- for stdin).</source>
        <translation>Geben Sie das Zugriffstoken mit --token-file FILE an (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Cannot read the token file %1: %2</source>
        <translation>Die Tokendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token file %1 is empty.</source>
        <translation>Die Tokendatei %1 ist leer.</translation>
    </message>
    <message>
        <source>The session was ended; the account stays.</source>
        <translation>Die Sitzung wurde beendet; das Konto bleibt.</translation>
    </message>
    <message>
        <source>The token file %1 has a control character (U+%2) inside the token, such as a line break; an access token is one line of printable characters, so nothing was sent.</source>
        <translation>Die Tokendatei %1 enthält im Token ein Steuerzeichen (U+%2), etwa einen Zeilenumbruch; ein Zugriffstoken ist eine Zeile aus druckbaren Zeichen, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Ask the server whose access token this is (whoami). Exit 0 when the token works, 3 when the server refuses it, 7 when the answer could not be written to standard output.</source>
        <translation>Den Server fragen, wem dieses Zugriffstoken gehört (whoami). Exit 0, wenn das Token funktioniert, 3, wenn der Server es ablehnt, 7, wenn die Antwort nicht in die Standardausgabe geschrieben werden konnte.</translation>
    </message>
</context>
<context>
    <name>registrar::flows::BatchRun</name>
    <message>
        <source>%1. The run stopped; the journal %2 keeps the generated passwords of the rows the results file does not record: make room, then run the batch again with the same results file to record them.</source>
        <translation>%1. Der Lauf wurde angehalten; das Journal %2 bewahrt die erzeugten Passwörter der Zeilen, die die Ergebnisdatei nicht festhält: schaffen Sie Platz und starten Sie den Stapel erneut mit derselben Ergebnisdatei, um sie festzuhalten.</translation>
    </message>
    <message>
        <source>Created by an earlier run whose answer was lost: the password in this record signs in to it.</source>
        <translation>Von einem früheren Lauf angelegt, dessen Antwort verloren ging: Mit dem Passwort in diesem Eintrag lässt sich anmelden.</translation>
    </message>
    <message>
        <source>The device of that sign-in could not be signed out: %1</source>
        <translation>Das Gerät dieser Anmeldung konnte nicht abgemeldet werden: %1</translation>
    </message>
    <message>
        <source>%1 The run stopped there; the rows before it are recorded. Check the file again.</source>
        <translation>%1 Der Lauf wurde dort angehalten; die Zeilen davor sind festgehalten. Prüfen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>An earlier run may have created this account with the password in this record, and this run could not find out: %1 (Run the batch again to settle it.)</source>
        <translation>Ein früherer Lauf hat dieses Konto vielleicht mit dem Passwort in diesem Eintrag angelegt, und dieser Lauf konnte es nicht herausfinden: %1 (Führen Sie den Stapel erneut aus, um es zu klären.)</translation>
    </message>
    <message>
        <source>The name is taken, and the password an earlier run sent does not sign in to it: it is another account, or the server checks passwords elsewhere (a password provider such as LDAP, with password_config.localdb_enabled false). The password that was sent is kept in this record. %1</source>
        <translation>Der Name ist vergeben, und mit dem Passwort, das ein früherer Lauf gesendet hat, lässt sich nicht anmelden: Es ist ein anderes Konto, oder der Server prüft Passwörter anderswo (ein Passwort-Anbieter wie LDAP, mit password_config.localdb_enabled auf false). Das gesendete Passwort bleibt in diesem Eintrag. %1</translation>
    </message>
    <message>
        <source>Email addresses are added only to accounts made through MAS; this server&apos;s accounts are made with its shared secret. Leave the email column empty, or use a MAS profile.</source>
        <translation>E-Mail-Adressen werden nur Konten hinzugefügt, die über MAS angelegt werden; die Konten dieses Servers entstehen mit seinem gemeinsamen Geheimnis. Lassen Sie die Spalte email leer, oder verwenden Sie ein MAS-Profil.</translation>
    </message>
    <message>
        <source>%1 (Run the batch again with the same results file to finish the remaining steps.)</source>
        <translation>%1 (Führen Sie den Stapel mit derselben Ergebnisdatei erneut aus, um die übrigen Schritte abzuschließen.)</translation>
    </message>
    <message>
        <source>MAS has a user of this name, and an earlier run that sent its creation got no answer: it may be that run&apos;s user, made without a password, or another account. Look the name up in MAS; if it is that run&apos;s, set its password there, or remove it and run the batch again with --retry-failed. The password that was meant for it is kept in this record. %1</source>
        <translation>MAS hat einen Benutzer dieses Namens, und ein früherer Lauf, der seine Anlage gesendet hat, bekam keine Antwort: Es kann der Benutzer dieses Laufs sein, ohne Passwort angelegt, oder ein anderes Konto. Schlagen Sie den Namen in MAS nach; ist es der jenes Laufs, setzen Sie dort sein Passwort, oder entfernen Sie ihn und führen Sie den Stapel mit --retry-failed erneut aus. Das für ihn bestimmte Passwort bleibt in diesem Eintrag. %1</translation>
    </message>
    <message>
        <source>MAS has this account (MAS user ID %1, last step done: %2), and the run could not go on: %3 (Run the batch again with the same results file to finish the remaining steps.)</source>
        <translation>MAS hat dieses Konto (MAS-Benutzer-ID %1, zuletzt erledigt: %2), und der Lauf konnte nicht weitermachen: %3 (Führen Sie den Stapel mit derselben Ergebnisdatei erneut aus, um die übrigen Schritte abzuschließen.)</translation>
    </message>
</context>
<context>
    <name>registrar::flows::RegistrationFlow</name>
    <message>
        <source>The profile “%1” no longer exists.</source>
        <translation>Das Profil „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This tool saves no trust decisions; give --pin-sha256 or --ca-file.</source>
        <translation>Dieses Werkzeug speichert keine Vertrauensentscheidungen; geben Sie --pin-sha256 oder --ca-file an.</translation>
    </message>
</context>
<context>
    <name>registrar::net::HttpCall</name>
    <message>
        <source>the server closed the connection before it answered</source>
        <translation>der Server schloss die Verbindung, bevor er antwortete</translation>
    </message>
</context>
<context>
    <name>registrar::net::HttpTransport</name>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>the access token holds a control character, so it is not sent</source>
        <translation>das Zugriffstoken enthält ein Steuerzeichen und wird daher nicht gesendet</translation>
    </message>
    <message>
        <source>cannot read %1 (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>registrar::net::MasRegistrationJob</name>
    <message>
        <source>MAS has no user types; leave the user type empty.</source>
        <translation>MAS kennt keine Benutzertypen; lassen Sie den Benutzertyp leer.</translation>
    </message>
    <message>
        <source>The homeserver&apos;s client URL is missing.</source>
        <translation>Die Client-URL des Homeservers fehlt.</translation>
    </message>
    <message>
        <source>MAS already has the user %1 (%2)</source>
        <translation>MAS hat den Benutzer %1 bereits (%2)</translation>
    </message>
    <message>
        <source>An earlier attempt made this account&apos;s access token; no other was made.</source>
        <translation>Ein früherer Versuch hat das Zugriffstoken dieses Kontos erstellt; es wurde kein weiteres erstellt.</translation>
    </message>
    <message>
        <source>MAS %1 does not take a display name when it creates a user (1.18 does); set “%2” from a Matrix client.</source>
        <translation>MAS %1 übernimmt beim Anlegen eines Benutzers keinen Anzeigenamen (1.18 schon); setzen Sie „%2“ in einem Matrix-Client.</translation>
    </message>
    <message>
        <source>MAS did not say its version, so the display name “%1” may not be set (MAS takes one from 1.18); check it from a Matrix client.</source>
        <translation>MAS hat seine Version nicht genannt, daher ist der Anzeigename „%1“ vielleicht nicht gesetzt (MAS übernimmt ihn ab 1.18); prüfen Sie ihn in einem Matrix-Client.</translation>
    </message>
    <message>
        <source>The homeserver&apos;s name is not known, so the user ID is shown without it; give the server name to see it whole.</source>
        <translation>Der Name des Homeservers ist nicht bekannt, daher wird die Benutzer-ID ohne ihn gezeigt; geben Sie den Servernamen an, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>The homeserver did not confirm the new token (whoami): %1</source>
        <translation>Der Homeserver hat das neue Token nicht bestätigt (whoami): %1</translation>
    </message>
    <message>
        <source>adding email addresses needs MAS 0.15 or newer. Register without them, or upgrade MAS.</source>
        <translation>E-Mail-Adressen hinzuzufügen braucht MAS 0.15 oder neuer. Registrieren Sie ohne sie, oder aktualisieren Sie MAS.</translation>
    </message>
    <message>
        <source>personal sessions need MAS 1.5 or newer, and without a password the user cannot sign in through the homeserver either. Register without signing in.</source>
        <translation>persönliche Sitzungen brauchen MAS 1.5 oder neuer, und ohne Passwort kann sich der Benutzer auch nicht über den Homeserver anmelden. Registrieren Sie ohne Anmeldung.</translation>
    </message>
    <message>
        <source>personal sessions need MAS 1.5 or newer, and signing in through the homeserver (MAS&apos;s compat resource) did not work either, so no access token could be made. Register without signing in, or mount MAS&apos;s compat resource.</source>
        <translation>persönliche Sitzungen brauchen MAS 1.5 oder neuer, und die Anmeldung über den Homeserver (die compat-Ressource von MAS) hat auch nicht funktioniert, daher konnte kein Zugriffstoken erstellt werden. Registrieren Sie ohne Anmeldung, oder binden Sie die compat-Ressource von MAS ein.</translation>
    </message>
    <message>
        <source>An earlier attempt may have made a personal session for %1 too (its answer was lost). If MAS lists one, revoke it (POST /api/admin/v1/personal-sessions/ID/revoke).</source>
        <translation>Ein früherer Versuch hat vielleicht ebenfalls eine persönliche Sitzung für %1 erstellt (seine Antwort ging verloren). Wenn MAS eine auflistet, widerrufen Sie sie (POST /api/admin/v1/personal-sessions/ID/revoke).</translation>
    </message>
    <message>
        <source>The homeserver names the account %1, not one on %2 as the server name given says; that server name is wrong.</source>
        <translation>Der Homeserver nennt das Konto %1, nicht eines auf %2, wie der angegebene Servername sagt; dieser Servername ist falsch.</translation>
    </message>
</context>
<context>
    <name>registrar::net::WellKnownLookup</name>
    <message>
        <source>%1 publishes no /.well-known/matrix/client; enter the client URL yourself.</source>
        <translation>%1 veröffentlicht kein /.well-known/matrix/client; geben Sie die Client-URL selbst ein.</translation>
    </message>
    <message>
        <source>the .well-known file of %1 is not a JSON object</source>
        <translation>die .well-known-Datei von %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the .well-known file of %1 names no m.homeserver base_url</source>
        <translation>die .well-known-Datei von %1 nennt keine m.homeserver base_url</translation>
    </message>
    <message>
        <source>the .well-known base_url of %1 is not usable: %2</source>
        <translation>die .well-known base_url von %1 ist nicht brauchbar: %2</translation>
    </message>
    <message>
        <source>%1, named by the .well-known file, does not answer as a Matrix server.</source>
        <translation>%1, genannt von der .well-known-Datei, antwortet nicht wie ein Matrix-Server.</translation>
    </message>
</context>
<context>
    <name>registrar::store::KeychainSecretStore</name>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>registrar::store::MemorySecretStore</name>
    <message>
        <source>memory, for this session only</source>
        <translation>dem Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
</context>
<context>
    <name>registrar::store::ProfileStore</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>A profile named “%1” exists already.</source>
        <translation>Ein Profil namens „%1“ gibt es schon.</translation>
    </message>
    <message>
        <source>The profile no longer exists.</source>
        <translation>Das Profil gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a profile export of Synapse Registrar.</source>
        <translation>Die Datei ist kein Profilexport von Synapse Registrar.</translation>
    </message>
</context>
<context>
    <name>registrar::store::SecretStore</name>
    <message>
        <source>There is no D-Bus session, so no keychain can be reached (a headless or SSH session?). Use the secret for this session only, or give it to the command-line tool with --secret-file or -c.</source>
        <translation>Es gibt keine D-Bus-Sitzung, daher ist kein Schlüsselbund erreichbar (eine Sitzung ohne Desktop oder über SSH?). Verwenden Sie das Geheimnis nur für diese Sitzung, oder geben Sie es dem Kommandozeilenwerkzeug mit --secret-file oder -c.</translation>
    </message>
    <message>
        <source>No Secret Service is running: install and start gnome-keyring or KWallet to store shared secrets, or use the secret for this session only.</source>
        <translation>Es läuft kein Secret Service: Installieren und starten Sie gnome-keyring oder KWallet, um gemeinsame Geheimnisse zu speichern, oder verwenden Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (usually by logging in to the desktop, or with your keyring&apos;s password) and try again, or use the secret for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (meist durch die Anmeldung am Desktop oder mit dem Passwort Ihres Schlüsselbunds) und versuchen Sie es erneut, oder verwenden Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain refused access to the secret. Allow Synapse Registrar in the keychain&apos;s prompt or settings, or use the secret for this session only.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Geheimnis verweigert. Erlauben Sie Synapse Registrar in der Abfrage oder den Einstellungen des Schlüsselbunds, oder verwenden Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist gescheitert: %1</translation>
    </message>
    <message>
        <source>No shared secret is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein gemeinsames Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::BatchTableModel</name>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem or reason</source>
        <translation>Problem oder Grund</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unklar</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::BatchWindow</name>
    <message>
        <source>Accounts to create</source>
        <translation>Anzulegende Konten</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Results file (holds credentials)</source>
        <translation>Ergebnisdatei (enthält Zugangsdaten)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Stopping: the running rows finish and are recorded…</source>
        <translation>Anhalten: Die laufenden Zeilen werden beendet und festgehalten…</translation>
    </message>
    <message>
        <source>Stopping: the running rows finish and are recorded; then the window can close.</source>
        <translation>Anhalten: Die laufenden Zeilen werden beendet und festgehalten; dann kann das Fenster schließen.</translation>
    </message>
    <message>
        <source>Add a profile first (Manage… in the main window).</source>
        <translation>Legen Sie zuerst ein Profil an (Verwalten… im Hauptfenster).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1 valid, %2 of them admins; %3 invalid (they are recorded as such and not sent).</source>
        <translation>
            <numerusform>%n Zeile – gültig: %1, davon Admins: %2; ungültig: %3 (sie werden als solche festgehalten und nicht gesendet).</numerusform>
            <numerusform>%n Zeilen – gültig: %1, davon Admins: %2; ungültig: %3 (sie werden als solche festgehalten und nicht gesendet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n account(s)</source>
        <translation>
            <numerusform>%n &amp;Konto anlegen</numerusform>
            <numerusform>%n &amp;Konten anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a results file ending in .csv or .json.</source>
        <translation>Wählen Sie eine Ergebnisdatei, die auf .csv oder .json endet.</translation>
    </message>
    <message numerus="yes">
        <source>Create %n account(s) on “%1”?</source>
        <translation>
            <numerusform>%n Konto auf „%1“ anlegen?</numerusform>
            <numerusform>%n Konten auf „%1“ anlegen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them will be server admins, who can read and change everything on the server.</source>
        <translation>
            <numerusform>%n davon wird Server-Admin und kann alles auf dem Server lesen und ändern.</numerusform>
            <numerusform>%n davon werden Server-Admins und können alles auf dem Server lesen und ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the accounts?</source>
        <translation>Die Konten anlegen?</translation>
    </message>
    <message>
        <source>created %1, failed %2, invalid %3</source>
        <translation>angelegt %1, gescheitert %2, ungültig %3</translation>
    </message>
    <message>
        <source>, %1 created earlier</source>
        <translation>, %1 schon früher angelegt</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>Stopped. Created %1, failed %2; the results file records every finished row, and creating again resumes.</source>
        <translation>Angehalten. Angelegt %1, gescheitert %2; die Ergebnisdatei hält jede fertige Zeile fest, und erneutes Anlegen macht weiter.</translation>
    </message>
    <message>
        <source>Done. Created %1 (and %2 earlier), failed %3, invalid %4. The results are in %5.</source>
        <translation>Fertig. Angelegt %1 (und %2 früher), gescheitert %3, ungültig %4. Die Ergebnisse stehen in %5.</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 unklar</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) may have been created: the request was sent and no definite answer came back. Each is “unknown” in the table and in the results file, with its password; keep the file, and press Retry failed to settle them (a free name is registered, a taken one is checked by signing in with the recorded password).</source>
        <translation>
            <numerusform>%n Konto wurde vielleicht angelegt: Die Anfrage wurde gesendet, und es kam keine eindeutige Antwort zurück. Es steht als „unklar“ in der Tabelle und als „unknown“ in der Ergebnisdatei, mit seinem Passwort; bewahren Sie die Datei auf und klicken Sie auf „Fehlgeschlagene wiederholen“, um es zu klären (ein freier Name wird registriert, ein vergebener durch Anmelden mit dem festgehaltenen Passwort geprüft).</numerusform>
            <numerusform>%n Konten wurden vielleicht angelegt: Die Anfragen wurden gesendet, und es kam keine eindeutige Antwort zurück. Jedes steht als „unklar“ in der Tabelle und als „unknown“ in der Ergebnisdatei, mit seinem Passwort; bewahren Sie die Datei auf und klicken Sie auf „Fehlgeschlagene wiederholen“, um sie zu klären (ein freier Name wird registriert, ein vergebener durch Anmelden mit dem festgehaltenen Passwort geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the folder %1.</source>
        <translation>Der Ordner %1 ließ sich nicht öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>The results file resumes an earlier run: %1 already created, %2 to create, %n admin(s).</source>
        <translation>
            <numerusform>Die Ergebnisdatei setzt einen früheren Lauf fort: %1 schon angelegt, %2 anzulegen, %n Admin.</numerusform>
            <numerusform>Die Ergebnisdatei setzt einen früheren Lauf fort: %1 schon angelegt, %2 anzulegen, %n Admins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) it records as failed or invalid are not sent again (Retry failed sends them).</source>
        <translation>
            <numerusform>%n Zeile, die sie als fehlgeschlagen oder ungültig festhält, wird nicht erneut gesendet („Fehlgeschlagene wiederholen“ sendet sie).</numerusform>
            <numerusform>%n Zeilen, die sie als fehlgeschlagen oder ungültig festhält, werden nicht erneut gesendet („Fehlgeschlagene wiederholen“ sendet sie).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>registrar::widgets::CertificateDialog</name>
    <message>
        <source>The server&apos;s certificate is not trusted, and nothing was sent. Trust it only if its SHA-256 fingerprint is the one the server&apos;s administrator gave you; it is then pinned for %1 and checked on every connection.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut, und nichts wurde gesendet. Vertrauen Sie ihm nur, wenn sein SHA-256-Fingerabdruck der ist, den Ihnen die Administration des Servers gegeben hat; es wird dann für %1 festgelegt und bei jeder Verbindung geprüft.</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::CreatedAccountsPane</name>
    <message>
        <source>The new account&apos;s credentials appear here after a registration.</source>
        <translation>Die Zugangsdaten des neuen Kontos erscheinen hier nach einer Registrierung.</translation>
    </message>
    <message>
        <source>Accounts created since the app started</source>
        <translation>Seit dem Start der App angelegte Konten</translation>
    </message>
    <message numerus="yes">
        <source>Created since the app started (%n):</source>
        <translation>
            <numerusform>Seit dem Start der App angelegt (%n):</numerusform>
            <numerusform>Seit dem Start der App angelegt (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · logged out</source>
        <translation>%1 · %2 · abgemeldet</translation>
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
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>As key: value lines</source>
        <translation>Als Zeilen „Schlüssel: Wert“</translation>
    </message>
    <message>
        <source>As JSON</source>
        <translation>Als JSON</translation>
    </message>
    <message>
        <source>Access token (logged out):</source>
        <translation>Zugriffstoken (abgemeldet):</translation>
    </message>
    <message>
        <source>Log out this device?</source>
        <translation>Dieses Gerät abmelden?</translation>
    </message>
    <message>
        <source>Log out %1 on device %2?</source>
        <translation>%1 auf dem Gerät %2 abmelden?</translation>
    </message>
    <message>
        <source>The access token stops working for good. The account stays and can sign in again with its password.</source>
        <translation>Das Zugriffstoken funktioniert danach nie wieder. Das Konto bleibt bestehen und kann sich mit seinem Passwort erneut anmelden.</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>The token works: it belongs to %1, device %2.</source>
        <translation>Das Token funktioniert: Es gehört zu %1, Gerät %2.</translation>
    </message>
    <message>
        <source>Logged out: the device was ended and its token no longer works. The account stays.</source>
        <translation>Abgemeldet: Das Gerät wurde beendet, und sein Token funktioniert nicht mehr. Das Konto bleibt.</translation>
    </message>
    <message>
        <source>Matrix user ID:</source>
        <translation>Matrix-Benutzer-ID:</translation>
    </message>
    <message>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::HistoryTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::MainWindow</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the passwords (Ctrl+H)</source>
        <translation>Passwörter zeigen oder verbergen (Strg+H)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Generate a password of the chosen length (Ctrl+G)</source>
        <translation>Ein Passwort der gewählten Länge erzeugen (Strg+G)</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language changes the next time Synapse Registrar starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Synapse Registrar.</translation>
    </message>
    <message>
        <source>Other server (not saved)</source>
        <translation>Anderer Server (nicht gespeichert)</translation>
    </message>
    <message>
        <source>admin API %1</source>
        <translation>Admin-API %1</translation>
    </message>
    <message>
        <source>server name not known yet</source>
        <translation>Servername noch nicht bekannt</translation>
    </message>
    <message>
        <source>⚠ plain HTTP allowed</source>
        <translation>⚠ unverschlüsseltes HTTP erlaubt</translation>
    </message>
    <message>
        <source>certificate pinned</source>
        <translation>Zertifikat festgelegt</translation>
    </message>
    <message>
        <source>CA %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <source>Welcome: add your first homeserver</source>
        <translation>Willkommen: Fügen Sie Ihren ersten Homeserver hinzu</translation>
    </message>
    <message>
        <source>New user ID: %1</source>
        <translation>Neue Benutzer-ID: %1</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>Die Passwörter stimmen überein.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>the new user</source>
        <translation>den neuen Benutzer</translation>
    </message>
    <message>
        <source>Make a server admin?</source>
        <translation>Zum Server-Admin machen?</translation>
    </message>
    <message>
        <source>Make %1 a server admin?</source>
        <translation>%1 zum Server-Admin machen?</translation>
    </message>
    <message>
        <source>A server admin can read and change everything on this server: every account, room and setting, through the admin API.</source>
        <translation>Ein Server-Admin kann alles auf diesem Server lesen und ändern: jedes Konto, jeden Raum und jede Einstellung, über die Admin-API.</translation>
    </message>
    <message>
        <source>Make &amp;admin</source>
        <translation>Zum &amp;Admin machen</translation>
    </message>
    <message>
        <source>&amp;Regular user</source>
        <translation>&amp;Normaler Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>Generated a password of %n characters; it is shown with the result.</source>
        <translation>
            <numerusform>Ein Passwort mit %n Zeichen erzeugt; es wird mit dem Ergebnis gezeigt.</numerusform>
            <numerusform>Ein Passwort mit %n Zeichen erzeugt; es wird mit dem Ergebnis gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Reading the shared secret…</source>
        <translation>Gemeinsames Geheimnis wird gelesen…</translation>
    </message>
    <message>
        <source>The server URL is not usable: %1</source>
        <translation>Die Server-URL ist nicht brauchbar: %1</translation>
    </message>
    <message>
        <source>No shared secret is stored for the profile “%1”. Open Manage… and edit the profile to enter it.</source>
        <translation>Für das Profil „%1“ ist kein gemeinsames Geheimnis gespeichert. Öffnen Sie Verwalten… und bearbeiten Sie das Profil, um es einzugeben.</translation>
    </message>
    <message>
        <source>The keychain cannot be used</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Shared secret of “%1”, kept in memory for this session only:</source>
        <translation>Gemeinsames Geheimnis von „%1“, nur für diese Sitzung im Arbeitsspeicher gehalten:</translation>
    </message>
    <message>
        <source>Fetching a nonce…</source>
        <translation>Nonce wird geholt…</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird angelegt…</translation>
    </message>
    <message>
        <source>kept in memory for this session; type to replace</source>
        <translation>für diese Sitzung im Arbeitsspeicher gehalten; tippen, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>this server, for this session</source>
        <translation>diesen Server, für diese Sitzung</translation>
    </message>
    <message>
        <source>Registration failed</source>
        <translation>Registrierung gescheitert</translation>
    </message>
    <message>
        <source>Clear the history?</source>
        <translation>Den Verlauf leeren?</translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n account(s) listed? The accounts themselves stay on their servers.</source>
        <translation>
            <numerusform>%n aufgeführtes Konto vergessen? Das Konto selbst bleibt auf seinem Server.</numerusform>
            <numerusform>Die %n aufgeführten Konten vergessen? Die Konten selbst bleiben auf ihren Servern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
            <numerusform>Zwischenablage wird in %n s geleert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled before the account was requested: nothing was created.</source>
        <translation>Abgebrochen, bevor das Konto angefordert wurde: Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>%1 was created by the attempt whose answer was lost: its password signs in to it.</source>
        <translation>%1 wurde von dem Versuch angelegt, dessen Antwort verloren ging: Mit seinem Passwort lässt sich anmelden.</translation>
    </message>
    <message>
        <source>The request to create the account was sent, but no definite answer came back (%1). The account may exist now, with the password in the form (Show reveals it). Press Register again to settle it: a free name is created; if the name is taken, this app signs in with the password to find out whether it is the account just created.</source>
        <translation>Die Anfrage zum Anlegen des Kontos wurde gesendet, aber es kam keine eindeutige Antwort zurück (%1). Das Konto existiert jetzt vielleicht, mit dem Passwort im Formular („Zeigen“ macht es sichtbar). Klicken Sie erneut auf „Registrieren“, um es zu klären: Ein freier Name wird angelegt; ist der Name vergeben, meldet sich diese App mit dem Passwort an, um herauszufinden, ob es das eben angelegte Konto ist.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close without the credentials?</source>
        <translation>Ohne die Zugangsdaten schließen?</translation>
    </message>
    <message>
        <source>The access token or the generated password of %1 was never copied or shown.</source>
        <translation>Das Zugriffstoken oder das erzeugte Passwort von %1 wurde nie kopiert oder angezeigt.</translation>
    </message>
    <message>
        <source>Once the window is closed, they cannot be shown again: this app stores neither.</source>
        <translation>Ist das Fenster geschlossen, lassen sie sich nicht mehr anzeigen: Diese App speichert keines von beiden.</translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>Trotzdem &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Keep the window open</source>
        <translation>Fenster &amp;offen lassen</translation>
    </message>
    <message>
        <source>&amp;About Synapse Registrar…</source>
        <translation>&amp;Über Synapse Registrar…</translation>
    </message>
    <message>
        <source>About Synapse Registrar</source>
        <translation>Über Synapse Registrar</translation>
    </message>
    <message>
        <source>Synapse Registrar %1</source>
        <translation>Synapse Registrar %1</translation>
    </message>
    <message>
        <source>Creates Matrix accounts on a Synapse homeserver through its shared-secret registration API.</source>
        <translation>Legt Matrix-Konten auf einem Synapse-Homeserver über dessen Registrierungs-API mit gemeinsamem Geheimnis an.</translation>
    </message>
    <message>
        <source>Licence: GPL-3.0-or-later. It comes with no warranty.</source>
        <translation>Lizenz: GPL-3.0-or-later. Ohne jede Gewährleistung.</translation>
    </message>
    <message>
        <source>The user guide is README.md in the source tree; the manual pages are “man synapse-registrar” for this app and “man synapse-registrar-cli” for the command-line tool.</source>
        <translation>Die Anleitung ist README.md im Quellbaum; die Handbuchseiten sind „man synapse-registrar“ für diese App und „man synapse-registrar-cli“ für das Befehlszeilenwerkzeug.</translation>
    </message>
    <message>
        <source>A new choice applies from the next start</source>
        <translation>Eine neue Wahl gilt ab dem nächsten Start</translation>
    </message>
    <message>
        <source>“%1” was not created.</source>
        <translation>„%1“ wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>New user ID: @%1:… (server name not known yet)</source>
        <translation>Neue Benutzer-ID: @%1:… (Servername noch nicht bekannt)</translation>
    </message>
    <message>
        <source>The server name is not known yet: enter it above, or it is learned from the first registration.</source>
        <translation>Der Servername ist noch nicht bekannt: Geben Sie ihn oben ein, oder er wird aus der ersten Registrierung gelernt.</translation>
    </message>
    <message>
        <source>A batch run is still going</source>
        <translation>Ein Stapellauf läuft noch</translation>
    </message>
    <message>
        <source>A batch run is still creating accounts. Stop it in its window: the running rows finish and are recorded. Then close again.</source>
        <translation>Ein Stapellauf legt noch Konten an. Halten Sie ihn in seinem Fenster an: Die laufenden Zeilen werden fertig und festgehalten. Schließen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Copy the mas-cli command</source>
        <translation>mas-cli-Befehl kopieren</translation>
    </message>
    <message>
        <source>The mas-cli line that creates this account on the MAS host; mas-cli asks for the password itself</source>
        <translation>Die mas-cli-Zeile, die dieses Konto auf dem MAS-Rechner anlegt; mas-cli fragt selbst nach dem Passwort</translation>
    </message>
    <message>
        <source>Copied: run it on the host of the Matrix Authentication Service.</source>
        <translation>Kopiert: Führen Sie ihn auf dem Rechner des Matrix Authentication Service aus.</translation>
    </message>
    <message>
        <source>Getting an admin token from MAS…</source>
        <translation>Admin-Token von MAS holen …</translation>
    </message>
    <message>
        <source>Looking the username up in MAS…</source>
        <translation>Benutzernamen in MAS nachschlagen …</translation>
    </message>
    <message>
        <source>Creating the user in MAS…</source>
        <translation>Benutzer in MAS anlegen …</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Passwort setzen …</translation>
    </message>
    <message>
        <source>Letting the user request admin rights…</source>
        <translation>Dem Benutzer erlauben, Admin-Rechte anzufordern …</translation>
    </message>
    <message>
        <source>Adding the email addresses…</source>
        <translation>E-Mail-Adressen hinzufügen …</translation>
    </message>
    <message>
        <source>Making an access token…</source>
        <translation>Zugriffstoken erstellen …</translation>
    </message>
    <message>
        <source>Finish the remaining steps</source>
        <translation>Die übrigen Schritte abschließen</translation>
    </message>
    <message>
        <source>Registers the same account again: MAS goes on from the last step that worked, and nothing done is done twice</source>
        <translation>Registriert dasselbe Konto erneut: MAS macht nach dem letzten gelungenen Schritt weiter, und nichts Erledigtes geschieht zweimal</translation>
    </message>
    <message>
        <source>accounts through MAS at %1</source>
        <translation>Konten über MAS unter %1</translation>
    </message>
    <message>
        <source>User type:</source>
        <translation>Benutzertyp:</translation>
    </message>
    <message>
        <source>User &amp;type:</source>
        <translation>Benutzert&amp;yp:</translation>
    </message>
    <message>
        <source>Ma&amp;ke an admin (may request admin rights)</source>
        <translation>Zum Admin ma&amp;chen (darf Admin-Rechte anfordern)</translation>
    </message>
    <message>
        <source>Ma&amp;ke a server admin</source>
        <translation>Zum Server-Admin ma&amp;chen</translation>
    </message>
    <message>
        <source>On MAS, admin rights belong to a login: the user may request them when signing in interactively, and the access token made here carries them.</source>
        <translation>Bei MAS gehören Admin-Rechte zu einer Anmeldung: Der Benutzer darf sie bei einer interaktiven Anmeldung anfordern, und das hier erstellte Zugriffstoken hat sie.</translation>
    </message>
    <message>
        <source>On MAS, admin rights belong to a login: the user may request them when signing in interactively. No access token is made here, as signing in is off.</source>
        <translation>Bei MAS gehören Admin-Rechte zu einer Anmeldung: Der Benutzer darf sie bei einer interaktiven Anmeldung anfordern. Hier wird kein Zugriffstoken erstellt, da das Anmelden aus ist.</translation>
    </message>
    <message>
        <source>Make %1 an admin?</source>
        <translation>%1 zum Admin machen?</translation>
    </message>
    <message>
        <source>On MAS, the user may then request admin rights when signing in interactively, and the access token made here carries them. With them, everything on this server can be read and changed: every account, room and setting, through the admin APIs.</source>
        <translation>Bei MAS darf der Benutzer dann bei einer interaktiven Anmeldung Admin-Rechte anfordern, und das hier erstellte Zugriffstoken hat sie. Mit ihnen lässt sich alles auf diesem Server lesen und ändern: jedes Konto, jeder Raum und jede Einstellung, über die Admin-APIs.</translation>
    </message>
    <message>
        <source>Make an admin?</source>
        <translation>Zum Admin machen?</translation>
    </message>
    <message>
        <source>Reading the MAS client secret…</source>
        <translation>MAS-Client-Geheimnis wird gelesen…</translation>
    </message>
    <message>
        <source>MAS client secret of “%1”, kept in memory for this session only:</source>
        <translation>MAS-Client-Geheimnis von „%1“, nur für diese Sitzung im Arbeitsspeicher gehalten:</translation>
    </message>
    <message>
        <source>The password is the one generated for the first attempt, shown here, not the one in the form: that attempt set it.</source>
        <translation>Das Passwort ist das für den ersten Versuch erzeugte, hier gezeigte, nicht das im Formular: Jener Versuch hat es gesetzt.</translation>
    </message>
    <message>
        <source>The password was set by an earlier attempt and left as it was: it is not the one in the form.</source>
        <translation>Das Passwort wurde von einem früheren Versuch gesetzt und so belassen: Es ist nicht das im Formular.</translation>
    </message>
    <message>
        <source>No MAS client secret is stored for the profile “%1”. Open Manage… and edit the profile to enter it.</source>
        <translation>Für das Profil „%1“ ist kein MAS-Client-Geheimnis gespeichert. Öffnen Sie Verwalten… und bearbeiten Sie das Profil, um es einzugeben.</translation>
    </message>
    <message>
        <source>What MAS needs…</source>
        <translation>Was MAS braucht …</translation>
    </message>
    <message>
        <source>Opens the profile with what MAS&apos;s configuration must have for this tool: the client, its admin rights, the admin API</source>
        <translation>Öffnet das Profil mit dem, was die Konfiguration von MAS für dieses Werkzeug braucht: den Client, seine Admin-Rechte, die Admin-API</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::ProfileDialog</name>
    <message>
        <source>Edit profile “%1”</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add a homeserver profile</source>
        <translation>Ein Homeserver-Profil hinzufügen</translation>
    </message>
    <message>
        <source>Synapse configuration</source>
        <translation>Synapse-Konfiguration</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>It is stored in %1 when you save, never in a file.</source>
        <translation>Es wird beim Speichern in %1 abgelegt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Looking in the keychain…</source>
        <translation>Suche im Schlüsselbund…</translation>
    </message>
    <message>
        <source>A secret is stored; it is never shown. Type a new one to replace it.</source>
        <translation>Ein Geheimnis ist gespeichert; es wird nie angezeigt. Tippen Sie ein neues, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Type a bare server name such as example.com to look it up.</source>
        <translation>Geben Sie einen bloßen Servernamen wie example.com ein, um ihn nachzuschlagen.</translation>
    </message>
    <message>
        <source>Found %1 through %2&apos;s .well-known. The admin API is usually not forwarded there: enter the local listener (such as http://127.0.0.1:8008) or an SSH tunnel as the admin API URL.</source>
        <translation>%1 über .well-known von %2 gefunden. Die Admin-API wird dort meist nicht weitergeleitet: Geben Sie den lokalen Listener (etwa http://127.0.0.1:8008) oder einen SSH-Tunnel als Admin-API-URL ein.</translation>
    </message>
    <message>
        <source>The client URL is not usable: %1</source>
        <translation>Die Client-URL ist nicht brauchbar: %1</translation>
    </message>
    <message>
        <source>The admin API URL is not usable: %1</source>
        <translation>Die Admin-API-URL ist nicht brauchbar: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
    <message>
        <source>The admin API URL is the local listener %1 from the configuration; use an SSH tunnel when this computer is not the server.</source>
        <translation>Die Admin-API-URL ist der lokale Listener %1 aus der Konfiguration; verwenden Sie einen SSH-Tunnel, wenn dieser Rechner nicht der Server ist.</translation>
    </message>
    <message>
        <source>(imported from the configuration)</source>
        <translation>(aus der Konfiguration importiert)</translation>
    </message>
    <message>
        <source>The shared secret was read from the configuration; it goes straight to %1 when you save and is not shown.</source>
        <translation>Das gemeinsame Geheimnis wurde aus der Konfiguration gelesen; es kommt beim Speichern direkt in %1 und wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>The secret has only %1 characters: anyone who captures one plain-HTTP registration can guess a short secret offline. Use %2 or more random characters.</source>
        <translation>Das Geheimnis hat nur %1 Zeichen: Wer eine Registrierung über unverschlüsseltes HTTP mitschneidet, kann ein kurzes Geheimnis offline erraten. Verwenden Sie %2 oder mehr zufällige Zeichen.</translation>
    </message>
    <message>
        <source>The pinned certificate must be a SHA-256 fingerprint: 64 hex digits, colons optional.</source>
        <translation>Das festgelegte Zertifikat muss ein SHA-256-Fingerabdruck sein: 64 Hexadezimalziffern, Doppelpunkte optional.</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The keychain cannot be used</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Keep the secret in memory for this session only? The profile is saved without it, and nothing is written to disk instead.</source>
        <translation>Das Geheimnis nur für diese Sitzung im Arbeitsspeicher halten? Das Profil wird ohne es gespeichert, und stattdessen wird nichts auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Use for this session only</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>MAS gives an admin token only to a client it knows as an admin client. In MAS&apos;s config.yaml, the MAS admin:</source>
        <translation>MAS gibt ein Admin-Token nur einem Client, den es als Admin-Client kennt. In der config.yaml von MAS muss der MAS-Admin:</translation>
    </message>
    <message>
        <source>adds the client to clients: with a client_id that is a ULID (the ID above), the client_auth_method chosen above and a client_secret (the one below);</source>
        <translation>den Client unter clients: eintragen, mit einer client_id, die eine ULID ist (die Kennung oben), der oben gewählten client_auth_method und einem client_secret (dem unten);</translation>
    </message>
    <message>
        <source>lists the same ID under policy.data.admin_clients;</source>
        <translation>dieselbe Kennung unter policy.data.admin_clients aufführen;</translation>
    </message>
    <message>
        <source>adds the adminapi resource to a listener, where it is off by default; the MAS URL above is that listener&apos;s address.</source>
        <translation>die Ressource adminapi bei einem Listener hinzufügen, wo sie standardmäßig fehlt; die MAS-URL oben ist die Adresse dieses Listeners.</translation>
    </message>
    <message>
        <source>Then MAS is restarted, as it reads clients: at startup. Below, the same as YAML; of the listener, only the lines to add are shown.</source>
        <translation>Danach wird MAS neu gestartet, denn es liest clients: beim Start. Unten dasselbe als YAML; vom Listener stehen nur die hinzuzufügenden Zeilen da.</translation>
    </message>
    <message>
        <source>Use the MAS admin API</source>
        <translation>Admin-API von MAS verwenden</translation>
    </message>
    <message>
        <source>Use shared-secret registration</source>
        <translation>Registrierung mit gemeinsamem Geheimnis verwenden</translation>
    </message>
    <message>
        <source>New users may request a&amp;dmin rights, and their token has them</source>
        <translation>Neue &amp;Benutzer dürfen Admin-Rechte anfordern, und ihr Token hat sie</translation>
    </message>
    <message>
        <source>The stored secret is MAS&apos;s client secret, which shared-secret registration cannot use: type the shared secret, or the stored one is removed when you save.</source>
        <translation>Das gespeicherte Geheimnis ist das Client-Geheimnis von MAS, mit dem die Registrierung per gemeinsamem Geheimnis nichts anfangen kann: Geben Sie das gemeinsame Geheimnis ein, sonst wird das gespeicherte beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>The stored secret is the shared secret, which MAS does not take: type the client secret, or the stored one is removed when you save.</source>
        <translation>Das gespeicherte Geheimnis ist das gemeinsame Geheimnis, das MAS nicht annimmt: Geben Sie das Client-Geheimnis ein, sonst wird das gespeicherte beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Client-Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>MAS admin client secret</source>
        <translation>Geheimnis des MAS-Admin-Clients</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>The admin client&apos;s client_secret in MAS&apos;s configuration; it is stored in the keychain, never in a file, and never shown back</source>
        <translation>Das client_secret des Admin-Clients in der Konfiguration von MAS; es wird im Schlüsselbund gespeichert, nie in einer Datei, und nie wieder angezeigt</translation>
    </message>
    <message>
        <source>This server delegates authentication to MAS: shared-secret registration cannot create accounts here, MAS&apos;s admin API can.</source>
        <translation>Dieser Server delegiert die Anmeldung an MAS: Die Registrierung mit gemeinsamem Geheimnis kann hier keine Konten anlegen, die Admin-API von MAS schon.</translation>
    </message>
    <message>
        <source>The server does not say where MAS is: type the MAS URL after switching.</source>
        <translation>Der Server sagt nicht, wo MAS ist: Geben Sie die MAS-URL nach dem Umstellen ein.</translation>
    </message>
    <message>
        <source>This server does not delegate authentication to MAS, and its shared-secret registration is enabled.</source>
        <translation>Dieser Server delegiert die Anmeldung nicht an MAS, und seine Registrierung mit gemeinsamem Geheimnis ist aktiviert.</translation>
    </message>
    <message>
        <source>The check found MAS at %1; the URL typed above is kept.</source>
        <translation>Die Prüfung hat MAS unter %1 gefunden; die oben eingegebene URL bleibt.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Geheimnis</translation>
    </message>
    <message>
        <source>The shared secret was not read: MAS creates this profile&apos;s accounts.</source>
        <translation>Das gemeinsame Geheimnis wurde nicht gelesen: Die Konten dieses Profils legt MAS an.</translation>
    </message>
    <message>
        <source>Enter the MAS URL, or let Check server find it.</source>
        <translation>Geben Sie die MAS-URL ein, oder lassen Sie „Server prüfen“ sie finden.</translation>
    </message>
    <message>
        <source>The MAS URL is not usable: %1</source>
        <translation>Die MAS-URL ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>registrar::widgets::ProfileManagerDialog</name>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>Name of the copy of “%1”:</source>
        <translation>Name der Kopie von „%1“:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>“%1” was created without a shared secret: %2</source>
        <translation>„%1“ wurde ohne gemeinsames Geheimnis angelegt: %2</translation>
    </message>
    <message>
        <source>Delete the profile?</source>
        <translation>Das Profil löschen?</translation>
    </message>
    <message>
        <source>Delete “%1” and its shared secret in the keychain? Accounts on the server are not touched.</source>
        <translation>„%1“ und sein gemeinsames Geheimnis im Schlüsselbund löschen? Konten auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <source>“%1” was deleted, but its secret could not be removed from the keychain: %2</source>
        <translation>„%1“ wurde gelöscht, aber sein Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1. Shared secrets are not in the file: enter them again on the other computer.</source>
        <translation>
            <numerusform>%n Profil nach %1 exportiert. Gemeinsame Geheimnisse sind nicht in der Datei: Geben Sie sie auf dem anderen Rechner erneut ein.</numerusform>
            <numerusform>%n Profile nach %1 exportiert. Gemeinsame Geheimnisse sind nicht in der Datei: Geben Sie sie auf dem anderen Rechner erneut ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s); edit each to enter its shared secret.</source>
        <translation>
            <numerusform>%n Profil importiert; bearbeiten Sie es, um sein gemeinsames Geheimnis einzugeben.</numerusform>
            <numerusform>%n Profile importiert; bearbeiten Sie jedes, um sein gemeinsames Geheimnis einzugeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Allow plain HTTP?</source>
        <translation>Einfaches HTTP erlauben?</translation>
    </message>
    <message numerus="yes">
        <source>%n imported profile(s) allow plain HTTP to another machine: %1.</source>
        <translation>
            <numerusform>%n importiertes Profil erlaubt einfaches HTTP zu einem anderen Rechner: %1.</numerusform>
            <numerusform>%n importierte Profile erlauben einfaches HTTP zu einem anderen Rechner: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password, the shared secret&apos;s MAC and the new token would cross the network in clear text. Allow it only for a network you trust.</source>
        <translation>Passwort, MAC des gemeinsamen Geheimnisses und das neue Token gingen unverschlüsselt über das Netz. Erlauben Sie es nur in einem Netz, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP</source>
        <translation>Einfaches &amp;HTTP erlauben</translation>
    </message>
    <message>
        <source>Import &amp;without it</source>
        <translation>&amp;Ohne importieren</translation>
    </message>
    <message>
        <source>%1 — %2 (accounts through MAS)</source>
        <translation>%1 — %2 (Konten über MAS)</translation>
    </message>
    <message>
        <source>“%1” was created without a client secret: %2</source>
        <translation>„%1“ wurde ohne Client-Geheimnis angelegt: %2</translation>
    </message>
    <message>
        <source>No client secret is stored for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Client-Geheimnis gespeichert.</translation>
    </message>
</context>
</TS>
