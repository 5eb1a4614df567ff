<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchResults</name>
    <message numerus="yes">
        <source>The results file %1 ended in a partial record, as a full disk or an interrupted run leaves it: the partial record was cut off, and the %n whole record(s) before it are kept. Its row has no record, so it runs again, with the password the journal %2 kept for it if one was generated.</source>
        <translation>
            <numerusform>The results file %1 ended in a partial record, as a full disk or an interrupted run leaves it: the partial record was cut off, and the %n whole record before it is kept. Its row has no record, so it runs again, with the password the journal %2 kept for it if one was generated.</numerusform>
            <numerusform>The results file %1 ended in a partial record, as a full disk or an interrupted run leaves it: the partial record was cut off, and the %n whole records before it are kept. Its row has no record, so it runs again, with the password the journal %2 kept for it if one was generated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationError</name>
    <message numerus="yes">
        <source>The server refused the request (429): a spam-checker module or a rate limit. Try again in %n second(s).</source>
        <translation>
            <numerusform>The server refused the request (429): a spam-checker module or a rate limit. Try again in %n second.</numerusform>
            <numerusform>The server refused the request (429): a spam-checker module or a rate limit. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>registrar::cli::BatchCommand</name>
    <message numerus="yes">
        <source>%n row(s): %1 valid (%2 admins), %3 invalid.</source>
        <translation>
            <numerusform>%n row: %1 valid (%2 admins), %3 invalid.</numerusform>
            <numerusform>%n rows: %1 valid (%2 admins), %3 invalid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) may have been created: the request was sent and no definite answer came back. The results file records each as “unknown” with its password (kept in the journal too); run the same command again to settle them.</source>
        <translation>
            <numerusform>%n account may have been created: the request was sent and no definite answer came back. The results file records it as “unknown” with its password (kept in the journal too); run the same command again to settle it.</numerusform>
            <numerusform>%n accounts may have been created: the request was sent and no definite answer came back. The results file records each as “unknown” with its password (kept in the journal too); run the same command again to settle them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>registrar::widgets::BatchWindow</name>
    <message numerus="yes">
        <source>%n row(s): %1 valid, %2 of them admins; %3 invalid (they are recorded as such and not sent).</source>
        <translation>
            <numerusform>%n row: %1 valid, %2 of them admins; %3 invalid (they are recorded as such and not sent).</numerusform>
            <numerusform>%n rows: %1 valid, %2 of them admins; %3 invalid (they are recorded as such and not sent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n account(s)</source>
        <translation>
            <numerusform>&amp;Create %n account</numerusform>
            <numerusform>&amp;Create %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n account(s) on “%1”?</source>
        <translation>
            <numerusform>Create %n account on “%1”?</numerusform>
            <numerusform>Create %n accounts on “%1”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them will be server admins, who can read and change everything on the server.</source>
        <translation>
            <numerusform>%n of them will be a server admin, who can read and change everything on the server.</numerusform>
            <numerusform>%n of them will be server admins, who can read and change everything on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) may have been created: the request was sent and no definite answer came back. Each is “unknown” in the table and in the results file, with its password; keep the file, and press Retry failed to settle them (a free name is registered, a taken one is checked by signing in with the recorded password).</source>
        <translation>
            <numerusform>%n account may have been created: the request was sent and no definite answer came back. It is “unknown” in the table and in the results file, with its password; keep the file, and press Retry failed to settle it (a free name is registered, a taken one is checked by signing in with the recorded password).</numerusform>
            <numerusform>%n accounts may have been created: the request was sent and no definite answer came back. Each is “unknown” in the table and in the results file, with its password; keep the file, and press Retry failed to settle them (a free name is registered, a taken one is checked by signing in with the recorded password).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The results file resumes an earlier run: %1 already created, %2 to create, %n admin(s).</source>
        <translation>
            <numerusform>The results file resumes an earlier run: %1 already created, %2 to create, %n admin.</numerusform>
            <numerusform>The results file resumes an earlier run: %1 already created, %2 to create, %n admins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) it records as failed or invalid are not sent again (Retry failed sends them).</source>
        <translation>
            <numerusform>%n row it records as failed or invalid is not sent again (Retry failed sends it).</numerusform>
            <numerusform>%n rows it records as failed or invalid are not sent again (Retry failed sends them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>registrar::widgets::CreatedAccountsPane</name>
    <message numerus="yes">
        <source>Created since the app started (%n):</source>
        <translation>
            <numerusform>Created since the app started (%n):</numerusform>
            <numerusform>Created since the app started (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>registrar::widgets::MainWindow</name>
    <message numerus="yes">
        <source>Generated a password of %n characters; it is shown with the result.</source>
        <translation>
            <numerusform>Generated a password of %n character; it is shown with the result.</numerusform>
            <numerusform>Generated a password of %n characters; it is shown with the result.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Forget the %n account(s) listed? The accounts themselves stay on their servers.</source>
        <translation>
            <numerusform>Forget the %n account listed? The account itself stays on its server.</numerusform>
            <numerusform>Forget the %n accounts listed? The accounts themselves stay on their servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard clears in %n s</source>
        <translation>
            <numerusform>Clipboard clears in %n s</numerusform>
            <numerusform>Clipboard clears in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>registrar::widgets::ProfileManagerDialog</name>
    <message numerus="yes">
        <source>Exported %n profile(s) to %1. Shared secrets are not in the file: enter them again on the other computer.</source>
        <translation>
            <numerusform>Exported %n profile to %1. Its shared secret is not in the file: enter it again on the other computer.</numerusform>
            <numerusform>Exported %n profiles to %1. Shared secrets are not in the file: enter them again on the other computer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n profile(s); edit each to enter its shared secret.</source>
        <translation>
            <numerusform>Imported %n profile; edit it to enter its shared secret.</numerusform>
            <numerusform>Imported %n profiles; edit each to enter its shared secret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported profile(s) allow plain HTTP to another machine: %1.</source>
        <translation>
            <numerusform>%n imported profile allows plain HTTP to another machine: %1.</numerusform>
            <numerusform>%n imported profiles allow plain HTTP to another machine: %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
