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

} // namespace

class TestCliMas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clientSecretThatCannotBeRead();
    void masUrlThatCannotBeFound();
    void interruptedWhileFindingMas();
    void flagsThatDoNotGoTogether_data();
    void flagsThatDoNotGoTogether();
    void masProfileWithoutItsSecret();
    void helpNamesTheMasFlags();

private:
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

CliRun TestCliMas::run(const QStringList &arguments, const QByteArray &input)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(
            QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    const CliRun result = CliRun::start(arguments, input, environment);
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
            << QStringLiteral("shared-secret registration takes neither");
    QTest::newRow("skip-password-check with shared secret")
            << QStringList{QStringLiteral("-k"), QStringLiteral("secret"),
                       QStringLiteral("--skip-password-check")}
            << QStringList{QStringLiteral("--mas-client-id"), QStringLiteral("--mas-url"),
                       QStringLiteral("--mas-client-secret-file")}
            << QStringLiteral("shared-secret registration takes neither");
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

void TestCliMas::helpNamesTheMasFlags()
{
    const CliRun help = run({QStringLiteral("register"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *text : {"--mas-url", "--mas-client-id", "--mas-client-secret-file",
                 "--mas-client-auth", "--email", "--skip-password-check", "mas_user_id",
                 "MAS created the account and a later step failed"}) {
        QVERIFY2(help.out.contains(text), text);
    }
    const CliRun usage = run({QStringLiteral("--help")});
    QVERIFY(usage.out.contains("MAS's admin API"));
}

QTEST_GUILESS_MAIN(TestCliMas)
#include "TestCliMas.moc"
