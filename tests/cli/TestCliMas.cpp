// SPDX-License-Identifier: GPL-3.0-or-later
// synapse-registrar-cli register on a Synapse whose accounts MAS creates, against the local
// homeserver's MAS mode, as a script would run it. CTest runs this in a private D-Bus session with
// gnome-keyring unlocked (a MAS profile's client secret is in the keychain).
#include "../CliRun.h"
#include "DevServer.h"
#include "KeychainSecretStore.h"
#include "MasProgress.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "TokenSession.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

#include <csignal>

using registrar::devserver::DevServer;
using registrar::devserver::MasAdminApi;
using registrar::test::CliRun;

namespace {

const QString kClientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
const QByteArray kClientSecret = "s3cret-example";
const QString kPassword = QStringLiteral("Mas-Pass-word-4-CLI!");

//! The "key: value" lines of register's output.
QMap<QString, QString> fieldsOf(const QByteArray &out)
{
    QMap<QString, QString> fields;
    for (const QByteArray &line : out.trimmed().split('\n')) {
        const int colon = line.indexOf(": ");
        if (colon > 0) {
            fields.insert(
                    QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 2)));
        }
    }
    return fields;
}

} // namespace

class TestCliMas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsAnAccountWithTokenAndMasUserId();
    void jsonAddsTheMasFields();
    void bothClientAuthMethods_data();
    void bothClientAuthMethods();
    void existsOk();
    void credentialsThatCannotReachStdoutExit7();
    void addsEmails();
    void adminOnMas();
    void skipPasswordCheck();
    void anOrphanIsTakenOverOnlyWhenAsked();
    void passwordLoginOffLeavesTheUserToFinish();
    void configurationErrors_data();
    void configurationErrors();
    void failureAfterTheUserExistsThenTheSameCommandFinishesIt();
    void failureOfALaterStepIsKeptUntilItWorks();
    void rerunSaysThePasswordIsTheEarlierOne();
    void oldMasWithoutPersonalSessions();
    void oldMasWithoutAnyWayToSignIn();
    void clientSecretFromStdin();
    void clientSecretThatCannotBeRead();
    void masUrlFromTheServerCheck();
    void masUrlThatCannotBeFound();
    void interruptedWhileFindingMas();
    void flagsThatDoNotGoTogether_data();
    void flagsThatDoNotGoTogether();
    void masProfileWithoutItsSecret();
    void masProfileReadsItsSecretFromTheKeychain();
    void profileAddedByTheCliRegistersThroughMas();
    void nothingSecretInAnyOutputOrFile();
    void helpNamesTheMasFlags();

private:
    //! The CLI's data, settings and cache in this test's directory.
    QProcessEnvironment environment() const;
    CliRun run(const QStringList &arguments, const QByteArray &input = {});
    QString writeFile(const QString &name, const QByteArray &contents);

    QString masUrl() const { return m_server->baseUrl().toString() + QStringLiteral("/mas"); }

    //! register USER through MAS with every flag given: the client, its secret file and MAS's URL.
    QStringList masArgs(const QString &user) const;
    //! Whether \a token works on the homeserver for \a userId (whoami).
    bool tokenWorks(const QString &token, const QString &userId);
    //! Every byte of every file the CLI may have written (data, config, cache).
    QByteArray allFileBytes() const;
    //! A MAS profile "Mas Home" for this server, without its secret in the keychain.
    registrar::store::Profile addMasProfile();

    DevServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
    QString m_secretFile;
    QList<CliRun> m_runs;
};

void TestCliMas::init()
{
    m_dir = new QTemporaryDir;
    m_server = new DevServer(this);
    m_server->setAuthDelegated(true);
    m_server->setServerName(QStringLiteral("mas.test"));
    QVERIFY(m_server->listen() != 0);
    m_secretFile = writeFile(QStringLiteral("client-secret"), kClientSecret + "\n");
}

void TestCliMas::cleanup()
{
    delete m_server;
    delete m_dir;
}

QProcessEnvironment TestCliMas::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    return environment;
}

CliRun TestCliMas::run(const QStringList &arguments, const QByteArray &input)
{
    const CliRun result = CliRun::start(arguments, input, environment());
    m_runs.append(result);
    return result;
}

QString TestCliMas::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(contents);
    return path;
}

QStringList TestCliMas::masArgs(const QString &user) const
{
    return {QStringLiteral("register"), QStringLiteral("-u"), user, QStringLiteral("-p"), kPassword,
            QStringLiteral("--mas-client-id"), kClientId, QStringLiteral("--mas-url"), masUrl(),
            QStringLiteral("--mas-client-secret-file"), m_secretFile,
            m_server->baseUrl().toString()};
}

bool TestCliMas::tokenWorks(const QString &token, const QString &userId)
{
    QNetworkAccessManager manager;
    registrar::net::HttpTransport transport(&manager, {});
    registrar::net::TokenSession session(
            &transport, m_server->baseUrl(), registrar::core::SecretBytes::fromUtf8(token));
    QSignalSpy whoami(&session, &registrar::net::TokenSession::whoamiSucceeded);
    session.whoami();
    if (!whoami.wait()) {
        return false;
    }
    return whoami.constFirst().constFirst().value<registrar::core::WhoamiResult>().userId == userId;
}

QByteArray TestCliMas::allFileBytes() const
{
    QByteArray bytes;
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == m_secretFile) {
            continue; // the test's own input
        }
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    return bytes;
}

void TestCliMas::createsAnAccountWithTokenAndMasUserId()
{
    const CliRun result = run(masArgs(QStringLiteral("alice")));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QMap<QString, QString> fields = fieldsOf(result.out);
    QCOMPARE(fields.keys(),
            (QStringList{QStringLiteral("access_token"), QStringLiteral("device_id"),
                    QStringLiteral("home_server"), QStringLiteral("mas_user_id"),
                    QStringLiteral("user_id")}));
    QCOMPARE(fields.value(QStringLiteral("user_id")), QStringLiteral("@alice:mas.test"));
    QCOMPARE(fields.value(QStringLiteral("home_server")), QStringLiteral("mas.test"));

    const std::optional<MasAdminApi::User> user =
            m_server->mas().userByUsername(QStringLiteral("alice"));
    QVERIFY(user);
    QCOMPARE(fields.value(QStringLiteral("mas_user_id")), user->id);
    QVERIFY(!user->admin);
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("alice"), kPassword));
    QVERIFY(!fields.value(QStringLiteral("device_id")).isEmpty());
    QVERIFY(tokenWorks(
            fields.value(QStringLiteral("access_token")), QStringLiteral("@alice:mas.test")));
    // The account is complete: nothing is kept to continue.
    QVERIFY(!allFileBytes().contains("alice"));
}

void TestCliMas::jsonAddsTheMasFields()
{
    const CliRun result = run(masArgs(QStringLiteral("jason")) << QStringLiteral("--json"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.keys(),
            (QStringList{QStringLiteral("access_token"), QStringLiteral("device_id"),
                    QStringLiteral("home_server"), QStringLiteral("mas_user_id"),
                    QStringLiteral("user_id")}));
    QCOMPARE(json.value(QStringLiteral("mas_user_id")).toString(),
            m_server->mas().userByUsername(QStringLiteral("jason"))->id);
    QCOMPARE(json.value(QStringLiteral("user_id")).toString(), QStringLiteral("@jason:mas.test"));

    const CliRun noLogin = run(masArgs(QStringLiteral("nologin"))
            << QStringLiteral("--json") << QStringLiteral("--no-login"));
    QVERIFY2(noLogin.exitCode == 0, noLogin.err.constData());
    QCOMPARE(QJsonDocument::fromJson(noLogin.out).object().keys(),
            (QStringList{QStringLiteral("home_server"), QStringLiteral("mas_user_id"),
                    QStringLiteral("user_id")}));
    QVERIFY(noLogin.err.contains("--no-login"));
}

void TestCliMas::bothClientAuthMethods_data()
{
    QTest::addColumn<MasAdminApi::ClientAuthMethod>("configured");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("basic by default") << MasAdminApi::ClientAuthMethod::Basic << QString() << 0;
    QTest::newRow("basic") << MasAdminApi::ClientAuthMethod::Basic << QStringLiteral("basic") << 0;
    QTest::newRow("post") << MasAdminApi::ClientAuthMethod::Post << QStringLiteral("post") << 0;
    QTest::newRow("client_secret_post")
            << MasAdminApi::ClientAuthMethod::Post << QStringLiteral("client_secret_post") << 0;
    // MAS takes a method that is not the client's for a wrong secret.
    QTest::newRow("post for a basic client")
            << MasAdminApi::ClientAuthMethod::Basic << QStringLiteral("post") << 3;
    QTest::newRow("basic for a post client")
            << MasAdminApi::ClientAuthMethod::Post << QString() << 3;
}

void TestCliMas::bothClientAuthMethods()
{
    QFETCH(MasAdminApi::ClientAuthMethod, configured);
    QFETCH(QString, flag);
    QFETCH(int, exitCode);
    m_server->mas().setClientAuthMethod(configured);
    // A + and an & in the secret must arrive as they are, in a Basic header and in a form body.
    const QByteArray secret = "s3cret+with&odd=chars";
    m_server->mas().setClientSecret(QString::fromUtf8(secret));
    m_secretFile = writeFile(QStringLiteral("client-secret"), secret);
    QStringList arguments = masArgs(QStringLiteral("auth"));
    if (!flag.isEmpty()) {
        arguments << QStringLiteral("--mas-client-auth") << flag;
    }
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    if (exitCode == 0) {
        QVERIFY(m_server->mas().userByUsername(QStringLiteral("auth")));
        return;
    }
    QVERIFY2(result.err.contains("MAS refused the admin client"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("auth")));
}

void TestCliMas::existsOk()
{
    QCOMPARE(run(masArgs(QStringLiteral("there"))).exitCode, 0);
    const CliRun taken = run(masArgs(QStringLiteral("there")));
    QCOMPARE(taken.exitCode, 2);
    QVERIFY2(taken.err.contains("MAS already has the user there"), taken.err.constData());
    const CliRun ok = run(masArgs(QStringLiteral("there")) << QStringLiteral("--exists-ok"));
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY2(ok.err.contains("--exists-ok"), ok.err.constData());
    QVERIFY(ok.out.isEmpty());
}

void TestCliMas::credentialsThatCannotReachStdoutExit7()
{
    const CliRun result = CliRun::startWith(
            masArgs(QStringLiteral("lost")),
            [](QProcess &process) { process.setStandardOutputFile(QStringLiteral("/dev/full")); },
            {}, environment());
    QCOMPARE(result.exitCode, 7);
    QVERIFY2(result.err.contains("could not be written"), result.err.constData());
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("lost")));
}

void TestCliMas::addsEmails()
{
    const CliRun result = run(masArgs(QStringLiteral("mailer"))
            << QStringLiteral("--email") << QStringLiteral("mailer@example.com")
            << QStringLiteral("--email") << QStringLiteral("second@example.org"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("mailer"))->emails,
            (QStringList{
                    QStringLiteral("mailer@example.com"), QStringLiteral("second@example.org")}));
}

void TestCliMas::adminOnMas()
{
    const CliRun result = run(masArgs(QStringLiteral("boss")) << QStringLiteral("--admin"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("boss"))->admin);
    QVERIFY(tokenWorks(fieldsOf(result.out).value(QStringLiteral("access_token")),
            QStringLiteral("@boss:mas.test")));
}

void TestCliMas::skipPasswordCheck()
{
    // MAS refuses the password once the user exists: the account is there without one.
    m_server->mas().setWeakPasswords(true);
    const QStringList arguments = masArgs(QStringLiteral("weak"));
    const CliRun refused = run(arguments);
    QCOMPARE(refused.exitCode, 6);
    QVERIFY2(refused.err.contains("Password is too weak"), refused.err.constData());
    const std::optional<MasAdminApi::User> user =
            m_server->mas().userByUsername(QStringLiteral("weak"));
    QVERIFY(user);
    QVERIFY(user->passwordDigest.isEmpty());

    // The same command with MAS's check off finishes that user.
    const CliRun skipped = run(arguments + QStringList{QStringLiteral("--skip-password-check")});
    QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
    QCOMPARE(fieldsOf(skipped.out).value(QStringLiteral("mas_user_id")), user->id);
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("weak"), kPassword));
}

void TestCliMas::anOrphanIsTakenOverOnlyWhenAsked()
{
    // MAS provisioned the homeserver's account, then its own commit failed.
    m_server->mas().setProvisioningFailure(
            MasAdminApi::ProvisioningFailure::CommitFails, MasAdminApi::FailureRepeat::Once);
    const QStringList arguments = masArgs(QStringLiteral("orphan"));
    const CliRun failed = run(arguments);
    QCOMPARE(failed.exitCode, 5);
    QVERIFY2(failed.err.contains("MAS failed with an internal error"), failed.err.constData());
    const CliRun reserved = run(arguments);
    QCOMPARE(reserved.exitCode, 2);
    QVERIFY2(reserved.err.contains("--adopt-homeserver-account"), reserved.err.constData());
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("orphan")));
    const CliRun adopted =
            run(arguments + QStringList{QStringLiteral("--adopt-homeserver-account")});
    QVERIFY2(adopted.exitCode == 0, adopted.err.constData());
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("orphan")));
    QCOMPARE(m_server->accountCount(), 1);
}

void TestCliMas::passwordLoginOffLeavesTheUserToFinish()
{
    m_server->mas().setPasswordLoginEnabled(false);
    const QStringList arguments = masArgs(QStringLiteral("ssoonly"));
    const CliRun failed = run(arguments);
    QCOMPARE(failed.exitCode, 6);
    QVERIFY2(failed.err.contains("password login turned off"), failed.err.constData());
    const std::optional<MasAdminApi::User> user =
            m_server->mas().userByUsername(QStringLiteral("ssoonly"));
    QVERIFY(user);
    QVERIFY2(failed.err.contains(user->id.toUtf8()), failed.err.constData());
    QVERIFY(failed.out.isEmpty());

    m_server->mas().setPasswordLoginEnabled(true);
    const CliRun finished = run(arguments);
    QVERIFY2(finished.exitCode == 0, finished.err.constData());
    QCOMPARE(fieldsOf(finished.out).value(QStringLiteral("mas_user_id")), user->id);
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("ssoonly"), kPassword));
    // A password set by this run, not an earlier one: nothing to say about it.
    QVERIFY2(!finished.err.contains("earlier run"), finished.err.constData());
}

void TestCliMas::configurationErrors_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("not an admin client")
            << "not-admin" << 3 << QStringLiteral("policy.data.admin_clients");
    QTest::newRow("wrong secret") << "wrong-secret" << 3
                                  << QStringLiteral("MAS refused the admin client");
    QTest::newRow("unknown client")
            << "unknown-client" << 3 << QStringLiteral("MAS refused the admin client");
    QTest::newRow("admin API not mounted")
            << "unmounted" << 3 << QStringLiteral("has no admin API");
}

void TestCliMas::configurationErrors()
{
    QFETCH(QString, problem);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QStringList arguments = masArgs(QStringLiteral("configured"));
    if (problem == QLatin1String("not-admin")) {
        m_server->mas().setAdminClient(false);
    } else if (problem == QLatin1String("wrong-secret")) {
        m_secretFile = writeFile(QStringLiteral("client-secret"), "not-the-secret");
    } else if (problem == QLatin1String("unknown-client")) {
        arguments[6] = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z3");
    } else if (problem == QLatin1String("unmounted")) {
        m_server->mas().setAdminApiMounted(false);
    }
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == exitCode, result.err.constData());
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("configured")));
}

void TestCliMas::failureAfterTheUserExistsThenTheSameCommandFinishesIt()
{
    // A MAS older than 0.15 has no user-emails route: the user exists with its password when
    // adding the address fails.
    m_server->mas().setMasVersion(QVersionNumber(0, 14, 0));
    const QStringList arguments = masArgs(QStringLiteral("second"))
            << QStringLiteral("--email") << QStringLiteral("second@example.com");
    const CliRun failed = run(arguments);
    QCOMPARE(failed.exitCode, 6);
    const std::optional<MasAdminApi::User> created =
            m_server->mas().userByUsername(QStringLiteral("second"));
    QVERIFY(created);
    // The message names the ULID and the last step that was done.
    QVERIFY2(failed.err.contains(created->id.toUtf8()), failed.err.constData());
    QVERIFY2(failed.err.contains(registrar::core::MasProgress::stepTitle(
                     registrar::core::MasProgress::Step::PasswordSet)
                                         .toUtf8()),
            failed.err.constData());
    QVERIFY2(failed.err.contains("run the same command again"), failed.err.constData());
    QVERIFY(failed.out.isEmpty());
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("second"), kPassword));
    QVERIFY2(allFileBytes().contains(created->id.toUtf8()), "the progress was kept");

    // Once MAS can, the same command finishes the account instead of finding the name taken.
    m_server->mas().setMasVersion(QVersionNumber(1, 22, 0));
    const CliRun finished = run(arguments);
    QVERIFY2(finished.exitCode == 0, finished.err.constData());
    const std::optional<MasAdminApi::User> after =
            m_server->mas().userByUsername(QStringLiteral("second"));
    QCOMPARE(after->id, created->id); // not created twice
    QCOMPARE(fieldsOf(finished.out).value(QStringLiteral("mas_user_id")), created->id);
    QCOMPARE(after->emails, QStringList{QStringLiteral("second@example.com")});
    QVERIFY(tokenWorks(fieldsOf(finished.out).value(QStringLiteral("access_token")),
            QStringLiteral("@second:mas.test")));
    // Finished: nothing is kept any more, and the same command again finds the name taken.
    QVERIFY(!allFileBytes().contains(created->id.toUtf8()));
    QCOMPARE(run(arguments).exitCode, 2);
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("second"))->emails.size(), 1);
}

void TestCliMas::failureOfALaterStepIsKeptUntilItWorks()
{
    // Another account holds the address, so MAS refuses it once the user exists; every run
    // again continues the same user and says so, and creates nothing twice.
    QCOMPARE(run(masArgs(QStringLiteral("first"))
                     << QStringLiteral("--email") << QStringLiteral("shared@example.com"))
                     .exitCode,
            0);
    const QStringList arguments = masArgs(QStringLiteral("later"))
            << QStringLiteral("--email") << QStringLiteral("shared@example.com");
    for (int attempt = 0; attempt < 2; ++attempt) {
        const CliRun failed = run(arguments);
        QCOMPARE(failed.exitCode, 6);
        const std::optional<MasAdminApi::User> user =
                m_server->mas().userByUsername(QStringLiteral("later"));
        QVERIFY(user);
        QVERIFY2(failed.err.contains(user->id.toUtf8()), failed.err.constData());
        QVERIFY2(failed.err.contains("already in use"), failed.err.constData());
        QVERIFY(user->emails.isEmpty());
    }
}

void TestCliMas::rerunSaysThePasswordIsTheEarlierOne()
{
    m_server->mas().setMasVersion(QVersionNumber(0, 14, 0));
    QStringList arguments = masArgs(QStringLiteral("earlier"))
            << QStringLiteral("--email") << QStringLiteral("earlier@example.com");
    QCOMPARE(run(arguments).exitCode, 6);
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("earlier"), kPassword));
    const QString id = m_server->mas().userByUsername(QStringLiteral("earlier"))->id;

    m_server->mas().setMasVersion(QVersionNumber(1, 22, 0));
    arguments[4] = QStringLiteral("Another-Pass-word-99!");
    const CliRun finished = run(arguments);
    QVERIFY2(finished.exitCode == 0, finished.err.constData());
    QCOMPARE(fieldsOf(finished.out).value(QStringLiteral("mas_user_id")), id);
    QVERIFY2(finished.err.contains("password is the one an earlier run set"),
            finished.err.constData());
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("earlier"), kPassword));
}

void TestCliMas::oldMasWithoutPersonalSessions()
{
    m_server->mas().setMasVersion(QVersionNumber(1, 4, 0));
    m_server->mas().setCompatibilityLogin(true);
    const CliRun result = run(masArgs(QStringLiteral("oldtimer"))
            << QStringLiteral("--display-name") << QStringLiteral("Old Timer"));
    QVERIFY2(result.exitCode == 0, result.err.constData());
    // What did not happen though the account is complete is said.
    QVERIFY2(result.err.contains("warning:") && result.err.contains("Old Timer"),
            result.err.constData());
    const QMap<QString, QString> fields = fieldsOf(result.out);
    QCOMPARE(fields.value(QStringLiteral("mas_user_id")),
            m_server->mas().userByUsername(QStringLiteral("oldtimer"))->id);
    QVERIFY(tokenWorks(
            fields.value(QStringLiteral("access_token")), QStringLiteral("@oldtimer:mas.test")));
}

void TestCliMas::oldMasWithoutAnyWayToSignIn()
{
    // No personal sessions and no compatibility login: the account is there, without a token.
    m_server->mas().setMasVersion(QVersionNumber(1, 4, 0));
    const CliRun failed = run(masArgs(QStringLiteral("tokenless")));
    QCOMPARE(failed.exitCode, 6);
    QVERIFY2(failed.err.contains("no personal sessions"), failed.err.constData());
    QVERIFY(failed.out.isEmpty());
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("tokenless"), kPassword));

    // With --no-login nothing needs a token: the same name is finished.
    const CliRun noLogin =
            run(masArgs(QStringLiteral("tokenless")) << QStringLiteral("--no-login"));
    QVERIFY2(noLogin.exitCode == 0, noLogin.err.constData());
    QVERIFY(!fieldsOf(noLogin.out).contains(QStringLiteral("access_token")));
}

void TestCliMas::clientSecretFromStdin()
{
    QStringList arguments = masArgs(QStringLiteral("piped"));
    arguments[10] = QStringLiteral("-");
    const CliRun result = run(arguments, kClientSecret + "\n");
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("piped")));
}

void TestCliMas::clientSecretThatCannotBeRead()
{
    // stdin can give one of them only.
    QStringList arguments = masArgs(QStringLiteral("twice"));
    arguments[10] = QStringLiteral("-");
    arguments.removeAt(4);
    arguments[3] = QStringLiteral("--password-file");
    arguments.insert(4, QStringLiteral("-"));
    const CliRun both = run(arguments, kClientSecret + "\n");
    QCOMPARE(both.exitCode, 1);
    QVERIFY2(both.err.contains("can read stdin"), both.err.constData());

    // Without a file and without a terminal, the command says how to give it.
    arguments = masArgs(QStringLiteral("nosecret"));
    arguments.remove(9, 2);
    const CliRun missing = run(arguments);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("No MAS client secret"), missing.err.constData());
    QVERIFY2(missing.err.contains("--mas-client-secret-file"), missing.err.constData());

    arguments = masArgs(QStringLiteral("nofile"));
    arguments[10] = m_dir->filePath(QStringLiteral("absent"));
    const CliRun absent = run(arguments);
    QCOMPARE(absent.exitCode, 1);
    QVERIFY2(absent.err.contains("Cannot read the MAS client secret file"), absent.err.constData());

    arguments[10] = writeFile(QStringLiteral("blank"), "  \n");
    const CliRun blank = run(arguments);
    QCOMPARE(blank.exitCode, 1);
    QCOMPARE(m_server->mas().tokenRequestCount(), 0);
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("nofile")));
}

void TestCliMas::masUrlFromTheServerCheck()
{
    QStringList arguments = masArgs(QStringLiteral("found"));
    arguments.removeAt(8);
    arguments.removeAt(7);
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains(masUrl().toUtf8()), result.err.constData());
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("found")));
}

void TestCliMas::masUrlThatCannotBeFound()
{
    // A Synapse without MAS names none: the command asks for --mas-url.
    m_server->setAuthDelegated(false);
    QStringList arguments = masArgs(QStringLiteral("lost"));
    arguments.removeAt(8);
    arguments.removeAt(7);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("--mas-url"), result.err.constData());
    QCOMPARE(m_server->mas().tokenRequestCount(), 0);

    // Nothing answers: the network's exit code, and still the hint.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    arguments.last() = QStringLiteral("http://127.0.0.1:%1").arg(port);
    const CliRun unreachable = run(arguments);
    QCOMPARE(unreachable.exitCode, 4);
    QVERIFY2(unreachable.err.contains("where MAS is"), unreachable.err.constData());
}

void TestCliMas::interruptedWhileFindingMas()
{
    // Ctrl+C while the homeserver is asked where MAS is: nothing was sent to MAS.
    m_server->setFault(DevServer::Fault::Hang, DevServer::FaultTarget::AllRequests);
    QStringList arguments = masArgs(QStringLiteral("stopped"));
    arguments.remove(7, 2); // --mas-url
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REGISTRAR_CLI_PATH), arguments);
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 1, 20000);
    QCOMPARE(kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("Cancelled."), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QCOMPARE(m_server->mas().tokenRequestCount(), 0);
}

void TestCliMas::flagsThatDoNotGoTogether_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("without");
    QTest::addColumn<QString>("says");
    QTest::newRow("user type") << QStringList{QStringLiteral("-t"), QStringLiteral("bot")}
                               << QStringList() << QStringLiteral("MAS has no user types");
    QTest::newRow("shared secret too")
            << QStringList{QStringLiteral("-k"), QStringLiteral("secret")} << QStringList()
            << QStringLiteral("give one or the other");
    QTest::newRow("config too") << QStringList{QStringLiteral("-c"),
            QStringLiteral("/nonexistent/homeserver.yaml")}
                                << QStringList() << QStringLiteral("give one or the other");
    QTest::newRow("MAS URL without client ID")
            << QStringList() << QStringList{QStringLiteral("--mas-client-id")}
            << QStringLiteral("go with --mas-client-id");
    QTest::newRow("client ID that is no ULID")
            << QStringList{QStringLiteral("--mas-client-id"), QStringLiteral("my-client")}
            << QStringList{QStringLiteral("--mas-client-id")} << QStringLiteral("--mas-client-id");
    QTest::newRow("unknown auth method")
            << QStringList{QStringLiteral("--mas-client-auth"), QStringLiteral("jwt")}
            << QStringList() << QStringLiteral("basic or post");
    QTest::newRow("MAS URL that is no URL")
            << QStringList{QStringLiteral("--mas-url"), QStringLiteral("ftp://mas.test")}
            << QStringList{QStringLiteral("--mas-url")} << QStringLiteral("--mas-url");
    QTest::newRow("email that is no address")
            << QStringList{QStringLiteral("--email"), QStringLiteral("not-an-address")}
            << QStringList() << QStringLiteral("is not an email address");
    QTest::newRow("email with shared secret")
            << QStringList{QStringLiteral("-k"), QStringLiteral("secret"),
                       QStringLiteral("--email"), QStringLiteral("a@example.com")}
            << QStringList{QStringLiteral("--mas-client-id"), QStringLiteral("--mas-url"),
                       QStringLiteral("--mas-client-secret-file")}
            << QStringLiteral("shared-secret registration takes none of them");
    QTest::newRow("skip-password-check with shared secret")
            << QStringList{QStringLiteral("-k"), QStringLiteral("secret"),
                       QStringLiteral("--skip-password-check")}
            << QStringList{QStringLiteral("--mas-client-id"), QStringLiteral("--mas-url"),
                       QStringLiteral("--mas-client-secret-file")}
            << QStringLiteral("shared-secret registration takes none of them");
    QTest::newRow("adopt-homeserver-account with shared secret")
            << QStringList{QStringLiteral("-k"), QStringLiteral("secret"),
                       QStringLiteral("--adopt-homeserver-account")}
            << QStringList{QStringLiteral("--mas-client-id"), QStringLiteral("--mas-url"),
                       QStringLiteral("--mas-client-secret-file")}
            << QStringLiteral("shared-secret registration takes none of them");
    QTest::newRow("profile with MAS flags")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("Home")} << QStringList()
            << QStringLiteral("leave the --mas-");
}

void TestCliMas::flagsThatDoNotGoTogether()
{
    QFETCH(QStringList, extra);
    QFETCH(QStringList, without);
    QFETCH(QString, says);
    QStringList arguments = masArgs(QStringLiteral("refused"));
    const QString url = arguments.takeLast();
    for (const QString &flag : without) {
        const int at = arguments.indexOf(flag);
        QVERIFY(at > 0);
        arguments.remove(at, 2);
    }
    arguments << extra << url;
    const CliRun result = run(arguments);
    QVERIFY2(result.exitCode == 1, result.err.constData());
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QCOMPARE(m_server->mas().tokenRequestCount(), 0);
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("refused")));
}

registrar::store::Profile TestCliMas::addMasProfile()
{
    // The profile as `profiles add … --mas-client-id` stores it: in the CLI's settings, with
    // the client secret in the keychain under the profile's ID.
    auto settings = std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("config/SynapseRegistrar/synapse-registrar.conf")),
            QSettings::IniFormat);
    registrar::store::ProfileStore profiles(std::move(settings));
    registrar::store::Profile profile;
    profile.name = QStringLiteral("Mas Home");
    profile.clientUrl = m_server->baseUrl();
    profile.serverName = QStringLiteral("mas.test");
    profile.mas.clientId = kClientId;
    profile.mas.masUrl = QUrl(masUrl());
    QString error;
    if (!profiles.add(profile, &error)) {
        qWarning("cannot add the profile: %s", qPrintable(error));
    }
    return profile;
}

void TestCliMas::masProfileWithoutItsSecret()
{
    addMasProfile();
    // Nothing in the keychain under its ID: the message says it is the MAS client secret.
    const CliRun missing = run({QStringLiteral("register"), QStringLiteral("-u"),
            QStringLiteral("keyless"), QStringLiteral("-p"), kPassword, QStringLiteral("--profile"),
            QStringLiteral("Mas Home")});
    QVERIFY2(missing.exitCode == 1, missing.err.constData());
    QVERIFY2(missing.err.contains("The MAS client secret of the profile"), missing.err.constData());
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("keyless")));

    // A user type is refused for a MAS profile too, before anything is sent.
    const CliRun typed = run({QStringLiteral("register"), QStringLiteral("-u"),
            QStringLiteral("typed"), QStringLiteral("-p"), kPassword, QStringLiteral("-t"),
            QStringLiteral("bot"), QStringLiteral("--profile"), QStringLiteral("Mas Home")});
    QCOMPARE(typed.exitCode, 1);
    QVERIFY2(typed.err.contains("MAS has no user types"), typed.err.constData());
    QCOMPARE(m_server->mas().tokenRequestCount(), 0);
}

void TestCliMas::masProfileReadsItsSecretFromTheKeychain()
{
    QVERIFY2(qEnvironmentVariable("REGISTRAR_KEYCHAIN") == QLatin1String("unlocked"),
            "run through CTest, which starts the keyring");
    const registrar::store::Profile profile = addMasProfile();
    registrar::store::KeychainSecretStore keychain;
    bool written = false;
    keychain.write(profile.id, registrar::core::SecretBytes(kClientSecret), this,
            [&written](const registrar::store::SecretStore::Result &result) {
                QVERIFY2(result.ok(), qPrintable(result.message()));
                written = true;
            });
    QVERIFY(QTest::qWaitFor([&] { return written; }, 20000));

    const CliRun result = run({QStringLiteral("register"), QStringLiteral("-u"),
            QStringLiteral("profiled"), QStringLiteral("-p"), kPassword,
            QStringLiteral("--profile"), QStringLiteral("Mas Home")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(fieldsOf(result.out).value(QStringLiteral("mas_user_id")),
            m_server->mas().userByUsername(QStringLiteral("profiled"))->id);
    QVERIFY(!result.out.contains(kClientSecret) && !result.err.contains(kClientSecret));
}

void TestCliMas::profileAddedByTheCliRegistersThroughMas()
{
    QVERIFY2(qEnvironmentVariable("REGISTRAR_KEYCHAIN") == QLatin1String("unlocked"),
            "run through CTest, which starts the keyring");
    // profiles add finds MAS's URL itself and keeps the method; register takes both from it.
    m_server->mas().setClientAuthMethod(MasAdminApi::ClientAuthMethod::Post);
    const CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("Posted"), m_server->baseUrl().toString(),
            QStringLiteral("--mas-client-id"), kClientId, QStringLiteral("--mas-client-auth"),
            QStringLiteral("post"), QStringLiteral("--mas-client-secret-file"), m_secretFile});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const CliRun result = run({QStringLiteral("register"), QStringLiteral("-u"),
            QStringLiteral("posted"), QStringLiteral("-p"), kPassword, QStringLiteral("--profile"),
            QStringLiteral("Posted"), QStringLiteral("--json")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("mas_user_id")).toString(),
            m_server->mas().userByUsername(QStringLiteral("posted"))->id);
    QVERIFY(tokenWorks(json.value(QStringLiteral("access_token")).toString(),
            json.value(QStringLiteral("user_id")).toString()));
    QVERIFY(!allFileBytes().contains(kClientSecret));
}

void TestCliMas::nothingSecretInAnyOutputOrFile()
{
    m_runs.clear();
    run(masArgs(QStringLiteral("quiet")));
    run(masArgs(QStringLiteral("quieter"))
            << QStringLiteral("--json") << QStringLiteral("--admin") << QStringLiteral("--email")
            << QStringLiteral("quieter@example.com"));
    m_server->mas().setClientAuthMethod(MasAdminApi::ClientAuthMethod::Post);
    run(masArgs(QStringLiteral("posted"))
            << QStringLiteral("--mas-client-auth") << QStringLiteral("post"));
    run(masArgs(QStringLiteral("mismatch"))); // basic for a post client
    m_server->mas().setClientAuthMethod(MasAdminApi::ClientAuthMethod::Basic);
    m_server->mas().setWeakPasswords(true);
    run(masArgs(QStringLiteral("weak")));
    m_server->mas().setWeakPasswords(false);
    m_server->mas().setMasVersion(QVersionNumber(0, 14, 0)); // no emails: exit 6, progress kept
    run(masArgs(QStringLiteral("unfinished"))
            << QStringLiteral("--email") << QStringLiteral("unfinished@example.com"));
    m_server->mas().setMasVersion(QVersionNumber(1, 4, 0));
    m_server->mas().setCompatibilityLogin(true);
    run(masArgs(QStringLiteral("compat")));
    m_server->mas().setMasVersion(QVersionNumber(1, 22, 0));
    m_server->mas().setAdminClient(false);
    run(masArgs(QStringLiteral("refused")));
    m_server->mas().setAdminClient(true);
    m_server->mas().setAdminApiMounted(false);
    run(masArgs(QStringLiteral("unmounted")));
    QCOMPARE(m_runs.size(), 9);

    QList<QByteArray> forbidden{kClientSecret, kPassword.toUtf8(),
            (kClientId.toUtf8() + ':' + kClientSecret).toBase64()};
    const QByteArray files = allFileBytes();
    QVERIFY2(files.contains("unfinished"), "the unfinished account's progress was kept");
    for (const CliRun &cliRun : std::as_const(m_runs)) {
        // Admin tokens (mat_) never leave the process; the new account's token only on stdout.
        QVERIFY2(!cliRun.err.contains("mat_") && !cliRun.out.contains("mat_"),
                "an admin token reached the CLI's output");
        QVERIFY2(!files.contains("mat_"), "an admin token reached a file");
        const QString token = fieldsOf(cliRun.out)
                                      .value(QStringLiteral("access_token"),
                                              QJsonDocument::fromJson(cliRun.out)
                                                      .object()
                                                      .value(QStringLiteral("access_token"))
                                                      .toString());
        if (!token.isEmpty()) {
            QVERIFY2(!cliRun.err.contains(token.toUtf8()), "a token reached stderr");
            QVERIFY2(!files.contains(token.toUtf8()), "a token reached a file");
        }
        for (const QByteArray &value : std::as_const(forbidden)) {
            QVERIFY2(!cliRun.out.contains(value) && !cliRun.err.contains(value),
                    "a client secret or password reached the CLI's output");
            QVERIFY2(!files.contains(value), "a client secret or password reached a file");
        }
    }
}

void TestCliMas::helpNamesTheMasFlags()
{
    const CliRun help = run({QStringLiteral("register"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *text :
            {"--mas-url", "--mas-client-id", "--mas-client-secret-file", "--mas-client-auth",
                    "--email", "--skip-password-check", "--adopt-homeserver-account", "mas_user_id",
                    "MAS created the account and a later step failed"}) {
        QVERIFY2(help.out.contains(text), text);
    }
    const CliRun usage = run({QStringLiteral("--help")});
    QVERIFY(usage.out.contains("MAS's admin API"));
}

QTEST_GUILESS_MAIN(TestCliMas)
#include "TestCliMas.moc"
