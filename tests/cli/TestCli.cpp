// SPDX-License-Identifier: GPL-3.0-or-later
// synapse-registrar-cli as a script would run it, against the local homeserver.
#include "../CliRun.h"
#include "../HostileServer.h"
#include "DevServer.h"
#include "RegistrationMac.h"
#include "TokenSession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using registrar::devserver::DevServer;
using registrar::test::CliRun;

namespace {

const QByteArray kSecret = "cli-Secret-0123456789abcdefXYZ";
const QString kPassword = QStringLiteral("Pass-word-4-CLI!");

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registersAndPrintsWorkingCredentials();
    void jsonUsesSynapseFieldNames();
    void expiringTokenSaysWhen();
    void secretSources_data();
    void secretSources();
    void repeatedConfigLaterFileWins();
    void serverUrlFromTheConfigListener();
    void passwordFileFromStdin();
    void passwordFileThroughAPipe();
    void filesMustBeUtf8_data();
    void filesMustBeUtf8();
    void lineEndsOfPasswordAndSecretFiles_data();
    void lineEndsOfPasswordAndSecretFiles();
    void inputFilesAreBounded_data();
    void inputFilesAreBounded();
    void fieldsAndAliases();
    void exitCodes_data();
    void exitCodes();
    void existsOk();
    void fullUserIdOfAnotherServerIsRefusedBeforeSending_data();
    void fullUserIdOfAnotherServerIsRefusedBeforeSending();
    void serverTextCannotSteerTheTerminal();
    void successForAnotherAccountExits5_data();
    void successForAnotherAccountExits5();
    void lostAnswerExits6();
    void endlessReplies_data();
    void endlessReplies();
    void nothingSecretInAnyOutput();
    void checkCommand();
    void registersOnTuwunelAndDendrite_data();
    void registersOnTuwunelAndDendrite();
    void pinNeedsTls();
    void whoamiAndLogout();
    void tokenWithControlCharactersIsRefused_data();
    void tokenWithControlCharactersIsRefused();
    void interruptedRegisterSaysCancelled_data();
    void interruptedRegisterSaysCancelled();
    void ctrlCAfterSendingSaysTheAccountMayExist();
    void resultThatCannotReachStdoutIsAnError_data();
    void resultThatCannotReachStdoutIsAnError();
    void helpDocumentsExitCodes();
    void messagesFollowTheLocale_data();
    void messagesFollowTheLocale();

private:
    CliRun run(const QStringList &arguments, const QByteArray &input = {});
    QString writeFile(const QString &name, const QByteArray &contents);
    QStringList registerArgs(const QString &user) const;
    //! The access token of a new account \a user, as `register --json` prints it.
    QByteArray createdToken(const QString &user);

    DevServer *m_server = nullptr;
    QTemporaryDir *m_dir = nullptr;
    QList<CliRun> m_runs;
};

void TestCli::init()
{
    m_dir = new QTemporaryDir;
    m_server = new DevServer(this);
    m_server->setSharedSecret(kSecret);
    m_server->setServerName(QStringLiteral("cli.test"));
    QVERIFY(m_server->listen() != 0);
}

void TestCli::cleanup()
{
    delete m_server;
    delete m_dir;
}

CliRun TestCli::run(const QStringList &arguments, const QByteArray &input)
{
    const CliRun result = CliRun::start(arguments, input);
    m_runs.append(result);
    return result;
}

QString TestCli::writeFile(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(contents);
    return path;
}

QStringList TestCli::registerArgs(const QString &user) const
{
    return {QStringLiteral("register"), QStringLiteral("-u"), user, QStringLiteral("-p"), kPassword,
            QStringLiteral("-k"), QString::fromUtf8(kSecret), m_server->baseUrl().toString()};
}

QByteArray TestCli::createdToken(const QString &user)
{
    const CliRun created = run(registerArgs(user) << QStringLiteral("--json"));
    return QJsonDocument::fromJson(created.out)
            .object()
            .value(QStringLiteral("access_token"))
            .toString()
            .toUtf8();
}

void TestCli::registersAndPrintsWorkingCredentials()
{
    const CliRun result = run(registerArgs(QStringLiteral("alice")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QMap<QString, QString> fields;
    for (const QByteArray &line : result.out.trimmed().split('\n')) {
        const int colon = line.indexOf(": ");
        fields.insert(QString::fromUtf8(line.left(colon)), QString::fromUtf8(line.mid(colon + 2)));
    }
    QCOMPARE(fields.keys(),
            (QStringList{QStringLiteral("access_token"), QStringLiteral("device_id"),
                    QStringLiteral("home_server"), QStringLiteral("user_id")}));
    QCOMPARE(fields.value(QStringLiteral("user_id")), QStringLiteral("@alice:cli.test"));
    QVERIFY(m_server->passwordMatches(QStringLiteral("alice"), kPassword));

    // The printed token is a working login.
    QNetworkAccessManager manager;
    registrar::net::HttpTransport transport(&manager, {});
    registrar::net::TokenSession session(&transport, m_server->baseUrl(),
            registrar::core::SecretBytes::fromUtf8(fields.value(QStringLiteral("access_token"))));
    QSignalSpy whoami(&session, &registrar::net::TokenSession::whoamiSucceeded);
    session.whoami();
    QVERIFY(whoami.wait());
    const auto answer = whoami.constFirst().constFirst().value<registrar::core::WhoamiResult>();
    QCOMPARE(answer.userId, QStringLiteral("@alice:cli.test"));
    QCOMPARE(answer.deviceId, fields.value(QStringLiteral("device_id")));
}

void TestCli::jsonUsesSynapseFieldNames()
{
    CliRun result = run(registerArgs(QStringLiteral("jason")) << QStringLiteral("--json"));
    QCOMPARE(result.exitCode, 0);
    QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.keys(),
            (QStringList{QStringLiteral("access_token"), QStringLiteral("device_id"),
                    QStringLiteral("home_server"), QStringLiteral("user_id")}));
    QCOMPARE(json.value(QStringLiteral("home_server")).toString(), QStringLiteral("cli.test"));

    result = run(registerArgs(QStringLiteral("nologin"))
            << QStringLiteral("--json") << QStringLiteral("--no-login"));
    QCOMPARE(result.exitCode, 0);
    json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.keys(), (QStringList{QStringLiteral("home_server"), QStringLiteral("user_id")}));
    QVERIFY(result.err.contains("--no-login"));
    QCOMPARE(m_server->sessionCount(), 1);

    m_server->setSessionLifetimeMs(86400000);
    result = run(registerArgs(QStringLiteral("expiring")) << QStringLiteral("--json"));
    QCOMPARE(QJsonDocument::fromJson(result.out)
                     .object()
                     .value(QStringLiteral("expires_in_ms"))
                     .toInteger(),
            86400000);
}

void TestCli::expiringTokenSaysWhen()
{
    m_server->setSessionLifetimeMs(86400000);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const CliRun result = run(registerArgs(QStringLiteral("expiring")));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("expires_in_ms: 86400000\n"));
    const QByteArray prefix = "The access token expires at ";
    const int at = int(result.err.indexOf(prefix));
    QVERIFY2(at >= 0, result.err.constData());
    const QDateTime expiry = QDateTime::fromString(
            QString::fromUtf8(result.err.mid(at + prefix.size(), 20)), Qt::ISODate);
    QVERIFY2(expiry.isValid(), result.err.constData());
    QVERIFY(expiry >= before.addSecs(86400 - 1) && expiry <= before.addSecs(86400 + 600));

    // --json is for scripts: the field says it, and nothing more is written.
    const CliRun json = run(registerArgs(QStringLiteral("expiring2")) << QStringLiteral("--json"));
    QCOMPARE(json.exitCode, 0);
    QVERIFY2(json.err.isEmpty(), json.err.constData());
}

void TestCli::secretSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("-k") << "k";
    QTest::newRow("--shared-secret") << "shared-secret";
    QTest::newRow("--secret-file, stripped") << "secret-file";
    QTest::newRow("-c inline secret") << "config-inline";
    QTest::newRow("-c registration_shared_secret_path") << "config-path";
    QTest::newRow("-c directory") << "config-dir";
}

void TestCli::secretSources()
{
    QFETCH(QString, source);
    const QString url = m_server->baseUrl().toString();
    QStringList args{QStringLiteral("register"), QStringLiteral("-u"),
            QStringLiteral("user-") + source, QStringLiteral("-p"), kPassword};
    if (source == QLatin1String("k")) {
        args << QStringLiteral("-k") << QString::fromUtf8(kSecret);
    } else if (source == QLatin1String("shared-secret")) {
        args << QStringLiteral("--shared-secret") << QString::fromUtf8(kSecret);
    } else if (source == QLatin1String("secret-file")) {
        args << QStringLiteral("--secret-file")
             << writeFile(QStringLiteral("secret"), "  " + kSecret + "\n\n");
    } else if (source == QLatin1String("config-inline")) {
        args << QStringLiteral("-c")
             << writeFile(QStringLiteral("homeserver.yaml"),
                        "server_name: cli.test\nregistration_shared_secret: \"" + kSecret + "\"\n");
    } else if (source == QLatin1String("config-path")) {
        const QString secretPath = writeFile(QStringLiteral("secret.txt"), kSecret + "\n");
        args << QStringLiteral("-c")
             << writeFile(QStringLiteral("homeserver.yaml"),
                        "registration_shared_secret_path: " + secretPath.toUtf8() + "\n");
    } else {
        writeFile(QStringLiteral("conf.d/00-base.yaml"),
                "server_name: cli.test\nregistration_shared_secret: old\n");
        writeFile(QStringLiteral("conf.d/50-secret.yaml"),
                "registration_shared_secret: '" + kSecret + "'\n");
        args << QStringLiteral("-c") << m_dir->filePath(QStringLiteral("conf.d"));
    }
    args << url;
    const CliRun result = run(args);
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(m_server->account(QStringLiteral("user-") + source));
}

void TestCli::repeatedConfigLaterFileWins()
{
    const QString wrong =
            writeFile(QStringLiteral("a.yaml"), "registration_shared_secret: wrong\n");
    const QString right = writeFile(
            QStringLiteral("b.yaml"), "registration_shared_secret: \"" + kSecret + "\"\n");
    const QStringList base{QStringLiteral("register"), QStringLiteral("-u"),
            QStringLiteral("layered"), QStringLiteral("-p"), kPassword};
    QCOMPARE(run(base
                     + QStringList{QStringLiteral("-c"), right, QStringLiteral("-c"), wrong,
                             m_server->baseUrl().toString()})
                     .exitCode,
            3);
    QCOMPARE(run(base
                     + QStringList{QStringLiteral("-c"), wrong, QStringLiteral("-c"), right,
                             m_server->baseUrl().toString()})
                     .exitCode,
            0);
}

void TestCli::serverUrlFromTheConfigListener()
{
    const QByteArray yaml = "server_name: cli.test\nregistration_shared_secret: \"" + kSecret
            + "\"\n"
              "listeners:\n"
              "  - port: "
            + QByteArray::number(m_server->baseUrl().port())
            + "\n"
              "    tls: false\n    type: http\n    resources: [{names: [client, federation]}]\n";
    const CliRun result = run({QStringLiteral("register"), QStringLiteral("-u"),
            QStringLiteral("fromconfig"), QStringLiteral("-p"), kPassword, QStringLiteral("-c"),
            writeFile(QStringLiteral("hs.yaml"), yaml)});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(result.err.contains(
            "http://localhost:" + QByteArray::number(m_server->baseUrl().port())));
}

void TestCli::passwordFileFromStdin()
{
    const QString password = QStringLiteral("  spaces kept\t");
    const CliRun result = run(
            {QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("stdin"),
                    QStringLiteral("--password-file"), QStringLiteral("-"), QStringLiteral("-k"),
                    QString::fromUtf8(kSecret), m_server->baseUrl().toString()},
            password.toUtf8() + "\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(m_server->passwordMatches(QStringLiteral("stdin"), password));

    // Only one line end goes: a second one would be the password's, which is refused instead.
    const QString file = writeFile(QStringLiteral("pw"), "two newlines\n\n");
    QCOMPARE(run({QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("pwfile"),
                         QStringLiteral("--password-file"), file, QStringLiteral("-k"),
                         QString::fromUtf8(kSecret), m_server->baseUrl().toString()})
                     .exitCode,
            1);
    QCOMPARE(m_server->accountCount(), 1);
}

void TestCli::passwordFileThroughAPipe()
{
    // /dev/stdin is the pipe QProcess gives, as <(pass show x) gives /dev/fd/63.
    const CliRun result = run({QStringLiteral("register"), QStringLiteral("-u"),
                                      QStringLiteral("piped"), QStringLiteral("--password-file"),
                                      QStringLiteral("/dev/stdin"), QStringLiteral("-k"),
                                      QString::fromUtf8(kSecret), m_server->baseUrl().toString()},
            kPassword.toUtf8());
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(m_server->passwordMatches(QStringLiteral("piped"), kPassword));
}

void TestCli::lineEndsOfPasswordAndSecretFiles_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("fromStdin");
    QTest::addColumn<QString>("password"); // the one created with; empty: the file is refused
    const QString password = QStringLiteral("--password-file");
    const QString secret = QStringLiteral("--secret-file");
    const QByteArray pw = kPassword.toUtf8();
    QTest::newRow("password, LF") << password << pw + "\n" << false << kPassword;
    QTest::newRow("password, CRLF") << password << pw + "\r\n" << false << kPassword;
    QTest::newRow("password, CRLF on stdin") << password << pw + "\r\n" << true << kPassword;
    QTest::newRow("password, no line end") << password << pw << false << kPassword;
    QTest::newRow("password, spaces are its own")
            << password << " " + pw + " \n"
            << false << QLatin1Char(' ') + kPassword + QLatin1Char(' ');
    QTest::newRow("password, two line ends") << password << pw + "\n\n" << false << QString();
    QTest::newRow("password, a bare CR at the end") << password << pw + "\r" << false << QString();
    QTest::newRow("password, CR CR LF") << password << pw + "\r\r\n" << false << QString();
    QTest::newRow("password, a CR inside")
            << password << QByteArray("Pass-\rword-4-CLI!\n") << false << QString();
    QTest::newRow("password, two lines on stdin") << password << pw + "\nsecond line\n"
                                                  << true << QString();
    QTest::newRow("secret, CRLF") << secret << kSecret + "\r\n" << false << kPassword;
    QTest::newRow("secret, CRLF twice") << secret << kSecret + "\r\n\r\n" << false << kPassword;
    QTest::newRow("secret, a CR inside")
            << secret << kSecret.left(10) + "\r" + kSecret.mid(10) + "\n"
            << false << QString();
    QTest::newRow("secret, two lines") << secret << kSecret + "\nmore\n" << false << QString();
}

void TestCli::lineEndsOfPasswordAndSecretFiles()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, contents);
    QFETCH(bool, fromStdin);
    QFETCH(QString, password);
    const QString file =
            fromStdin ? QStringLiteral("-") : writeFile(QStringLiteral("value"), contents);
    const bool secretFile = option == QLatin1String("--secret-file");
    QStringList args{QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("lineends"),
            option, file};
    args << (secretFile ? QStringList{QStringLiteral("-p"), kPassword}
                        : QStringList{QStringLiteral("-k"), QString::fromUtf8(kSecret)});
    const CliRun result =
            run(args << m_server->baseUrl().toString(), fromStdin ? contents : QByteArray());
    if (password.isEmpty()) {
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(file.toUtf8() + " has a line break (CR or LF)"),
                result.err.constData());
        QCOMPARE(m_server->requestCount(), 0);
        return;
    }
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY(m_server->passwordMatches(QStringLiteral("lineends"), password));
}

void TestCli::filesMustBeUtf8_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("fromStdin");
    QTest::newRow("--password-file") << "--password-file" << false;
    QTest::newRow("--password-file -") << "--password-file" << true;
    QTest::newRow("--secret-file") << "--secret-file" << false;
}

void TestCli::filesMustBeUtf8()
{
    QFETCH(QString, option);
    QFETCH(bool, fromStdin);
    const QByteArray latin1 = "P\xe4ss-word-4-CLI!\n"; // a Latin-1 a-umlaut
    const QString file =
            fromStdin ? QStringLiteral("-") : writeFile(QStringLiteral("latin1"), latin1);
    QStringList args{QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("latin")};
    args << option << file;
    args << (option == QLatin1String("--secret-file")
                    ? QStringList{QStringLiteral("-p"), kPassword}
                    : QStringList{QStringLiteral("-k"), QString::fromUtf8(kSecret)});
    const CliRun result =
            run(args << m_server->baseUrl().toString(), fromStdin ? latin1 : QByteArray());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(file.toUtf8() + " is not UTF-8"), result.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::inputFilesAreBounded_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("bound");
    const QString zero = QStringLiteral("/dev/zero");
    const QString kib64 = QStringLiteral("64 KiB");
    const QStringList user{
            QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("bounded")};
    const QStringList secret{QStringLiteral("-k"), QString::fromUtf8(kSecret)};
    const QStringList password{QStringLiteral("-p"), kPassword};
    QTest::newRow("--password-file /dev/zero")
            << user + QStringList{QStringLiteral("--password-file"), zero} + secret << zero
            << kib64;
    QTest::newRow("--secret-file /dev/zero")
            << user + password + QStringList{QStringLiteral("--secret-file"), zero} << zero
            << kib64;
    QTest::newRow("-c /dev/zero") << user + password + QStringList{QStringLiteral("-c"), zero}
                                  << zero << QStringLiteral("4 MiB");
    QTest::newRow("whoami --token-file /dev/zero")
            << QStringList{QStringLiteral("whoami"), QStringLiteral("--token-file"), zero} << zero
            << kib64;
    QTest::newRow("logout --token-file /dev/zero")
            << QStringList{QStringLiteral("logout"), QStringLiteral("--token-file"), zero} << zero
            << kib64;
}

void TestCli::inputFilesAreBounded()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QString, bound);
    const CliRun result = run(arguments << m_server->baseUrl().toString());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(file.toUtf8())
                    && result.err.contains("longer than " + bound.toUtf8()),
            result.err.constData());
    QCOMPARE(m_server->requestCount(), 0);

    // A huge regular file the same; sparse, so nothing is written.
    const QString huge = writeFile(QStringLiteral("huge"), "x");
    QVERIFY(QFile(huge).resize(qint64(64) * 1024 * 1024));
    const CliRun hugeResult = run(arguments.replaceInStrings(file, huge));
    QCOMPARE(hugeResult.exitCode, 1);
    QVERIFY2(hugeResult.err.contains(huge.toUtf8())
                    && hugeResult.err.contains("longer than " + bound.toUtf8()),
            hugeResult.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::fieldsAndAliases()
{
    QCOMPARE(run(registerArgs(QStringLiteral("botty"))
                     << QStringLiteral("--user_type") << QStringLiteral("bot")
                     << QStringLiteral("--display-name") << QStringLiteral("Botty McBot"))
                     .exitCode,
            0);
    QCOMPARE(m_server->account(QStringLiteral("botty"))->userType, QStringLiteral("bot"));
    QCOMPARE(m_server->account(QStringLiteral("botty"))->displayName.value_or(QString()),
            QStringLiteral("Botty McBot"));
    QCOMPARE(run(registerArgs(QStringLiteral("helper"))
                     << QStringLiteral("-t") << QStringLiteral("support") << QStringLiteral("-a"))
                     .exitCode,
            0);
    QCOMPARE(m_server->account(QStringLiteral("helper"))->userType, QStringLiteral("support"));
    QVERIFY(m_server->account(QStringLiteral("helper"))->admin);
    QCOMPARE(run(registerArgs(QStringLiteral("regular")) << QStringLiteral("--no-admin")).exitCode,
            0);
    QVERIFY(!m_server->account(QStringLiteral("regular"))->admin);
    const CliRun capitals = run(registerArgs(QStringLiteral("Capital")));
    QCOMPARE(capitals.exitCode, 0);
    QVERIFY(capitals.err.contains("lower case"));
    QVERIFY(capitals.out.contains("@capital:cli.test"));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<DevServer::Fault>("fault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrSays");
    QTest::newRow("0 created") << QStringList() << "zero"
                               << "" << DevServer::Fault::None << 0 << "";
    QTest::newRow("1 digits") << QStringList() << "12345"
                              << "" << DevServer::Fault::None << 1 << "digits";
    QTest::newRow("1 -p and --password-file")
            << QStringList{QStringLiteral("--password-file"), QStringLiteral("/dev/null")} << "one"
            << "" << DevServer::Fault::None << 1 << "not both";
    QTest::newRow("1 -a and --no-admin")
            << QStringList{QStringLiteral("-a"), QStringLiteral("--no-admin")} << "one"
            << "" << DevServer::Fault::None << 1 << "not both";
    QTest::newRow("1 unknown option") << QStringList{QStringLiteral("--bogus")} << "one"
                                      << "" << DevServer::Fault::None << 1 << "bogus";
    QTest::newRow("1 bad timeout")
            << QStringList{QStringLiteral("--timeout"), QStringLiteral("soon")} << "one"
            << "" << DevServer::Fault::None << 1 << "timeout";
    QTest::newRow("1 CA file without a certificate")
            << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/etc/hostname")} << "one"
            << "" << DevServer::Fault::None << 1 << "no PEM certificate";
    QTest::newRow("1 missing CA file")
            << QStringList{QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")}
            << "one"
            << "" << DevServer::Fault::None << 1 << "Cannot read the CA file";
    QTest::newRow("2 taken") << QStringList() << "taken"
                             << "" << DevServer::Fault::None << 2 << "M_USER_IN_USE";
    QTest::newRow("2 user type") << QStringList{QStringLiteral("-t"), QStringLiteral("guest")}
                                 << "gus"
                                 << "" << DevServer::Fault::None << 2 << "Invalid user type";
    QTest::newRow("3 wrong secret") << QStringList() << "three"
                                    << "wrong" << DevServer::Fault::None << 3 << "HMAC incorrect";
    QTest::newRow("3 delegated") << QStringList() << "three"
                                 << "" << DevServer::Fault::JsonNotFound << 3 << "mas-cli";
    QTest::newRow("3 not proxied")
            << QStringList() << "three"
            << "" << DevServer::Fault::HtmlNotFound << 3 << "/_synapse/admin";
    QTest::newRow("4 timeout") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0.3")}
                               << "four"
                               << "" << DevServer::Fault::Hang << 4 << "in time";
    QTest::newRow("5 redirect") << QStringList() << "five"
                                << "" << DevServer::Fault::Redirect << 5 << "elsewhere.invalid";
    QTest::newRow("5 malformed") << QStringList() << "five"
                                 << "" << DevServer::Fault::MalformedJson << 5
                                 << "not what the Matrix protocol promises";
    QTest::newRow("5 oversized") << QStringList() << "five"
                                 << "" << DevServer::Fault::OversizedBody << 5 << "1 MiB";
    QTest::newRow("5 html 502") << QStringList() << "five"
                                << "" << DevServer::Fault::HtmlBadGateway << 5 << "502";
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(DevServer::Fault, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrSays);
    QCOMPARE(run(registerArgs(QStringLiteral("taken"))).exitCode, 0);
    m_server->setFault(fault);
    QStringList args{QStringLiteral("register"), QStringLiteral("-u"), user, QStringLiteral("-p"),
            kPassword, QStringLiteral("-k"),
            secret.isEmpty() ? QString::fromUtf8(kSecret) : secret};
    args << extra << m_server->baseUrl().toString();
    const CliRun result = run(args);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(stderrSays.toUtf8()), result.err.constData());
    QCOMPARE(result.out.isEmpty(), exitCode != 0);
}

void TestCli::lostAnswerExits6()
{
    // A proxy's 504 after Synapse created the account: the password that was sent is its own.
    m_server->setFault(
            DevServer::Fault::HtmlGatewayTimeout, DevServer::FaultTarget::AfterRegistering);
    const CliRun result = run(registerArgs(QStringLiteral("lost")));
    QCOMPARE(result.exitCode, 6);
    QVERIFY2(
            result.err.contains("may exist") && result.err.contains("504"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(m_server->passwordMatches(QStringLiteral("lost"), kPassword));
}

void TestCli::endlessReplies_data()
{
    QTest::addColumn<DevServer::Fault>("fault");
    QTest::addColumn<DevServer::FaultTarget>("target");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("stderrSays");
    QTest::newRow("endless chunked body")
            << DevServer::Fault::EndlessChunkedBody << DevServer::FaultTarget::AllRequests << 5
            << QByteArray("larger than 1 MiB");
    // Qt starts a request with a body later than a GET, which once lost the bound.
    QTest::newRow("endless chunked body for the POST")
            << DevServer::Fault::EndlessChunkedBody << DevServer::FaultTarget::RegisterPost << 6
            << QByteArray("may exist");
    QTest::newRow("endless header")
            << DevServer::Fault::EndlessHeader << DevServer::FaultTarget::AllRequests << 5
            << QByteArray("larger than 1 MiB");
}

void TestCli::endlessReplies()
{
    QFETCH(DevServer::Fault, fault);
    QFETCH(int, exitCode);
    QFETCH(DevServer::FaultTarget, target);
    QFETCH(QByteArray, stderrSays);
    m_server->setFault(fault, target);
    const CliRun result = run(registerArgs(QStringLiteral("endless"))
            << QStringLiteral("--timeout") << QStringLiteral("1"));
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(stderrSays), result.err.constData());
    if (fault == DevServer::Fault::EndlessChunkedBody) {
        // The CLI stops reading at the cap, so the server can push only the cap and the socket
        // buffers (about 5 MiB); without that bound it took hundreds of MiB before it looked.
        QVERIFY2(m_server->endlessBytesWritten() < 64 * 1024 * 1024,
                qPrintable(QString::number(m_server->endlessBytesWritten())));
    }
}

void TestCli::existsOk()
{
    QCOMPARE(run(registerArgs(QStringLiteral("dup"))).exitCode, 0);
    const CliRun again = run(registerArgs(QStringLiteral("DUP")) << QStringLiteral("--exists-ok"));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.err.contains("already exists"));
    QVERIFY(again.out.isEmpty());
    QCOMPARE(run(registerArgs(QStringLiteral("dup"))).exitCode, 2);
    // --exists-ok does not hide other failures.
    QStringList wrongSecret = registerArgs(QStringLiteral("fresh"))
            << QStringLiteral("--exists-ok");
    wrongSecret[6] = QStringLiteral("wrong");
    QCOMPARE(run(wrongSecret).exitCode, 3);
}

void TestCli::fullUserIdOfAnotherServerIsRefusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("stderrSays");

    QTest::newRow("server name unknown") << QStringList() << "--server-name";
    QTest::newRow("--server-name")
            << QStringList{QStringLiteral("--server-name"), QStringLiteral("cli.test")}
            << "belongs to the server";
}

void TestCli::fullUserIdOfAnotherServerIsRefusedBeforeSending()
{
    // As batch does: the account would be @bob:cli.test, not the @bob:other.server asked for.
    QFETCH(QStringList, extra);
    QFETCH(QString, stderrSays);
    const CliRun refused = run(registerArgs(QStringLiteral("@bob:other.server")) << extra);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(stderrSays.toUtf8()), refused.err.constData());
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);

    const CliRun own = run(registerArgs(QStringLiteral("@bob:cli.test"))
            << QStringLiteral("--server-name") << QStringLiteral("cli.test"));
    QCOMPARE(own.exitCode, 0);
    QVERIFY(own.out.startsWith("user_id: @bob:cli.test\n"));
}

namespace {

//! No escape sequence, no carriage return, no bell: nothing the terminal would act on.
bool hasTerminalControls(const QByteArray &output)
{
    return output.contains('\x1b') || output.contains('\r') || output.contains('\x07')
            || output.contains("\xc2\x9b"); // C1 CSI
}

QList<QByteArray> linesStartingWith(const QByteArray &output, const QByteArray &start)
{
    QList<QByteArray> found;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith(start)) {
            found.append(line);
        }
    }
    return found;
}

} // namespace

void TestCli::serverTextCannotSteerTheTerminal()
{
    registrar::test::HostileServer hostile;
    QVERIFY(hostile.listen());
    const QStringList args{QStringLiteral("register"), QStringLiteral("-u"),
            QStringLiteral("alice"), QStringLiteral("-p"), kPassword, QStringLiteral("-k"),
            QString::fromUtf8(kSecret), hostile.baseUrl().toString()};

    // An error message that clears the screen and forges a success line.
    hostile.setPostReply(400,
            R"({"errcode":"M_UNKNOWN",)"
            R"("error":"\u001b[2J\u001b[31mgone\r\nuser_id: @admin:cli.test\u009b0m"})");
    CliRun result = run(args);
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(!hasTerminalControls(result.err), result.err.constData());
    QVERIFY2(linesStartingWith(result.err, "user_id").isEmpty(), result.err.constData());
    QVERIFY2(result.err.contains(R"(\u001b[2J\u001b[31mgone\r\nuser_id: @admin:cli.test\u009b0m)"),
            result.err.constData());
    QVERIFY(result.out.isEmpty());

    // A success whose other fields forge lines and set the terminal's title.
    hostile.setPostReply(200,
            R"({"user_id":"@alice:cli.test","home_server":"cli.test",)"
            R"("access_token":"syt_\u001b]0;pwned\u0007x",)"
            R"("device_id":"DEV\nuser_id: @admin:cli.test"})");
    result = run(args);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!hasTerminalControls(result.out), result.out.constData());
    QCOMPARE(result.out.count('\n'), 4);
    QCOMPARE(linesStartingWith(result.out, "user_id: "),
            QList<QByteArray>{"user_id: @alice:cli.test"});
    QCOMPARE(linesStartingWith(result.out, "device_id: "),
            QList<QByteArray>{R"(device_id: DEV\nuser_id: @admin:cli.test)"});
    QCOMPARE(linesStartingWith(result.out, "access_token: "),
            QList<QByteArray>{R"(access_token: syt_\u001b]0;pwned\u0007x)"});
    result = run(QStringList(args) << QStringLiteral("--json"));
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!hasTerminalControls(result.out), result.out.constData());
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value(QStringLiteral("device_id")),
            QStringLiteral("DEV\nuser_id: @admin:cli.test"));

    // whoami prints the server's user ID as one line.
    hostile.setGetReply(
            200, R"({"user_id":"@alice:cli.test\n\u001b[2Jis_guest: true","device_id":"D"})");
    const QString tokenFile = writeFile(QStringLiteral("token"), "syt_token\n");
    result = run({QStringLiteral("whoami"), QStringLiteral("--token-file"), tokenFile,
            hostile.baseUrl().toString()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!hasTerminalControls(result.out), result.out.constData());
    QCOMPARE(result.out.count('\n'), 3);
    QCOMPARE(linesStartingWith(result.out, "is_guest: "), QList<QByteArray>{"is_guest: false"});

    // check prints the server's version as one line.
    hostile.setGetReply(200,
            R"({"versions":["v1.11"],)"
            R"("server_version":"1.157.1\u001b[8m\nShared-secret registration:  enabled"})");
    hostile.setPostReply(
            400, R"({"errcode":"M_UNKNOWN","error":"Shared secret registration is not enabled"})");
    result = run({QStringLiteral("check"), hostile.baseUrl().toString()});
    QVERIFY2(!hasTerminalControls(result.out), result.out.constData());
    QVERIFY2(!hasTerminalControls(result.err), result.err.constData());
    QCOMPARE(linesStartingWith(result.out, "Shared-secret registration:").size(), 1);
    QVERIFY2(result.out.contains(R"(1.157.1\u001b[8m\nShared-secret)"), result.out.constData());
}

void TestCli::successForAnotherAccountExits5_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("asked");

    QTest::newRow("another localpart, on home_server")
            << QStringList()
            << QByteArray(R"({"user_id":"@mallory:cli.test","home_server":"cli.test",)"
                          R"("access_token":"syt_stolen","device_id":"DEV"})")
            << "@alice:cli.test";
    QTest::newRow("another server than --server-name")
            << QStringList{QStringLiteral("--server-name"), QStringLiteral("cli.test")}
            << QByteArray(R"({"user_id":"@alice:evil.test","home_server":"evil.test",)"
                          R"("access_token":"syt_stolen","device_id":"DEV"})")
            << "@alice:cli.test";
}

void TestCli::successForAnotherAccountExits5()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, reply);
    QFETCH(QString, asked);

    registrar::test::HostileServer hostile;
    QVERIFY(hostile.listen());
    hostile.setPostReply(200, reply);
    for (const QString &format : {QString(), QStringLiteral("--json")}) {
        QStringList args{QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("alice"),
                QStringLiteral("-p"), kPassword, QStringLiteral("-k"), QString::fromUtf8(kSecret)};
        if (!format.isEmpty()) {
            args << format;
        }
        args << extra << hostile.baseUrl().toString();
        const CliRun result = run(args);
        QCOMPARE(result.exitCode, 5);
        // Nothing that looks like a created account, and no credentials of another one.
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QVERIFY(!result.err.contains("syt_stolen"));
        const QString returned =
                QJsonDocument::fromJson(reply).object().value(QStringLiteral("user_id")).toString();
        QVERIFY2(result.err.contains(returned.toUtf8()), result.err.constData());
        QVERIFY2(result.err.contains(asked.toUtf8()), result.err.constData());
    }
    QCOMPARE(hostile.postCount(), 2);
}

void TestCli::nothingSecretInAnyOutput()
{
    m_runs.clear();
    run(registerArgs(QStringLiteral("quiet")));
    run(registerArgs(QStringLiteral("quiet")) << QStringLiteral("--json"));
    QStringList wrong = registerArgs(QStringLiteral("quieter"));
    wrong[6] = QString::fromUtf8(kSecret) + QStringLiteral("X");
    run(wrong);
    run({QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("12345"),
            QStringLiteral("-p"), kPassword, QStringLiteral("-k"), QString::fromUtf8(kSecret),
            m_server->baseUrl().toString()});
    m_server->setFault(DevServer::Fault::InternalError, DevServer::FaultTarget::RegisterPost);
    run(registerArgs(QStringLiteral("broken")));
    QCOMPARE(m_runs.size(), 5);

    QList<QByteArray> forbidden{kSecret, kPassword.toUtf8()};
    const QStringList nonces = m_server->noncesIssued();
    QVERIFY(!nonces.isEmpty());
    for (const QString &nonce : nonces) {
        for (const char *user : {"quiet", "quieter", "broken"}) {
            forbidden.append(registrar::core::registrationMac(
                    kSecret, nonce, QLatin1String(user), kPassword, false, {}));
        }
    }
    for (const CliRun &cliRun : std::as_const(m_runs)) {
        for (const QByteArray &value : forbidden) {
            QVERIFY2(!cliRun.out.contains(value) && !cliRun.err.contains(value),
                    "a secret, password or MAC reached the CLI's output");
        }
    }
}

void TestCli::registersOnTuwunelAndDendrite_data()
{
    QTest::addColumn<DevServer::Flavour>("flavour");
    QTest::addColumn<QString>("backend");
    QTest::newRow("tuwunel") << DevServer::Flavour::Tuwunel << QStringLiteral("tuwunel");
    QTest::newRow("dendrite") << DevServer::Flavour::Dendrite << QStringLiteral("dendrite");
}

void TestCli::registersOnTuwunelAndDendrite()
{
    QFETCH(DevServer::Flavour, flavour);
    QFETCH(QString, backend);
    m_server->setFlavour(flavour);
    const CliRun check = run(
            {QStringLiteral("check"), QStringLiteral("--json"), m_server->baseUrl().toString()});
    QCOMPARE(check.exitCode, 0);
    QCOMPARE(
            QJsonDocument::fromJson(check.out).object().value(QStringLiteral("backend")).toString(),
            backend);

    const CliRun created = run(registerArgs(QStringLiteral("other")) << QStringLiteral("--json"));
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(created.out).object();
    QCOMPARE(json.value(QStringLiteral("user_id")).toString(),
            QStringLiteral("@other:%1").arg(m_server->serverName()));
    // Dendrite's reply has no home_server: it comes from the user ID.
    QCOMPARE(json.value(QStringLiteral("home_server")).toString(), m_server->serverName());
    QVERIFY(m_server->passwordMatches(QStringLiteral("other"), kPassword));

    // Taken, in that server's own words, and exit 2 as on Synapse.
    const CliRun taken = run(registerArgs(QStringLiteral("other")));
    QCOMPARE(taken.exitCode, 2);
    QVERIFY2(taken.err.contains("M_USER_IN_USE"), taken.err.constData());
}

void TestCli::checkCommand()
{
    CliRun result = run({QStringLiteral("check"), m_server->baseUrl().toString()});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Shared-secret registration:  enabled"));
    result = run(
            {QStringLiteral("check"), QStringLiteral("--json"), m_server->baseUrl().toString()});
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QStringLiteral("registration")).toString(), QStringLiteral("enabled"));
    QCOMPARE(json.value(QStringLiteral("server_version")).toString(), QStringLiteral("1.157.1"));
    QCOMPARE(json.value(QStringLiteral("backend")).toString(), QStringLiteral("synapse"));
    QVERIFY(!json.contains(QStringLiteral("mas_url")));
    // A Synapse that delegates to MAS is named, with the MAS it names.
    m_server->setAuthDelegated(true);
    result = run(
            {QStringLiteral("check"), QStringLiteral("--json"), m_server->baseUrl().toString()});
    QCOMPARE(result.exitCode, 3);
    const QJsonObject mas = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(mas.value(QStringLiteral("backend")).toString(), QStringLiteral("synapse-mas"));
    QVERIFY2(mas.value(QStringLiteral("error")).toString().contains(QLatin1String("mas-cli")),
            result.out.constData());
    m_server->setAuthDelegated(false);
    m_server->setSharedSecret({});
    QCOMPARE(run({QStringLiteral("check"), m_server->baseUrl().toString()}).exitCode, 3);
    QVERIFY(m_server->noncesIssued().isEmpty());

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString closedUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    QCOMPARE(run({QStringLiteral("check"), closedUrl}).exitCode, 4);
}

void TestCli::pinNeedsTls()
{
    // A pin cannot be checked over plain HTTP: refused before anything is sent, as bad input.
    const QString pin = QString(64, QLatin1Char('a'));
    const CliRun registered =
            run(registerArgs(QStringLiteral("pinned")) << QStringLiteral("--pin-sha256") << pin);
    QCOMPARE(registered.exitCode, 1);
    QVERIFY2(registered.err.contains("plain http://"), registered.err.constData());
    QVERIFY(registered.out.isEmpty());
    const CliRun checked = run({QStringLiteral("check"), QStringLiteral("--pin-sha256"), pin,
            m_server->baseUrl().toString()});
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("plain http://") || checked.out.contains("plain http://"),
            checked.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::whoamiAndLogout()
{
    const QByteArray token = createdToken(QStringLiteral("sessions"));
    QVERIFY(!token.isEmpty());
    const QString tokenFile = writeFile(QStringLiteral("token"), token + "\n");
    const QString url = m_server->baseUrl().toString();

    CliRun whoami = run({QStringLiteral("whoami"), QStringLiteral("--token-file"), tokenFile, url});
    QCOMPARE(whoami.exitCode, 0);
    QVERIFY(whoami.out.startsWith("user_id: @sessions:cli.test\n"));
    QVERIFY(!whoami.out.contains(token) && !whoami.err.contains(token));
    whoami = run({QStringLiteral("whoami"), QStringLiteral("--json"),
            QStringLiteral("--token-file"), tokenFile, url});
    QCOMPARE(QJsonDocument::fromJson(whoami.out)
                     .object()
                     .value(QStringLiteral("user_id"))
                     .toString(),
            QStringLiteral("@sessions:cli.test"));

    QCOMPARE(run({QStringLiteral("logout"), QStringLiteral("--token-file"), QStringLiteral("-"),
                         url},
                     token)
                     .exitCode,
            0);
    const CliRun after =
            run({QStringLiteral("whoami"), QStringLiteral("--token-file"), tokenFile, url});
    QCOMPARE(after.exitCode, 3);
    QVERIFY(after.err.contains("M_UNKNOWN_TOKEN"));
    QVERIFY(m_server->account(QStringLiteral("sessions")));
    QCOMPARE(run({QStringLiteral("whoami"), url}).exitCode, 1);
}

void TestCli::tokenWithControlCharactersIsRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("inside");
    QTest::addColumn<QString>("codePoint");

    for (const char *command : {"whoami", "logout"}) {
        const auto row = [command](const char *name) -> QTestData & {
            return QTest::addRow("%s, %s", command, name) << QString::fromLatin1(command);
        };
        row("CR LF and a header") << QByteArray("\r\nX-Injected: yes") << "U+000D";
        row("LF and a second request")
                << QByteArray("\n\nGET /_synapse/admin/v1/register HTTP/1.1") << "U+000A";
        row("ANSI escape") << QByteArray("\x1b[31m") << "U+001B";
        row("tab") << QByteArray("\tx") << "U+0009";
        row("DEL") << QByteArray("\x7f") << "U+007F";
        row("C1 next line") << QByteArray("\xc2\x85") << "U+0085";
    }
}

void TestCli::tokenWithControlCharactersIsRefused()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, inside);
    QFETCH(QString, codePoint);

    const QByteArray token = createdToken(QStringLiteral("victim"));
    QVERIFY(!token.isEmpty());
    const int requestsBefore = m_server->requestCount();
    // Surrounding whitespace is removed, so the control character sits inside the token.
    const QString tokenFile =
            writeFile(QStringLiteral("token"), token + inside + "-rest-of-token\n");
    const CliRun refused = run(
            {command, QStringLiteral("--token-file"), tokenFile, m_server->baseUrl().toString()});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("control character"), refused.err.constData());
    QVERIFY2(refused.err.contains(codePoint.toUtf8()), refused.err.constData());
    QVERIFY(!refused.err.contains(token));
    QVERIFY(refused.out.isEmpty());
    QCOMPARE(m_server->requestCount(), requestsBefore);
}

void TestCli::interruptedRegisterSaysCancelled_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("Ctrl+C") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

void TestCli::interruptedRegisterSaysCancelled()
{
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    // Stopped while it waits for the nonce: nothing was created, and it was not bad input.
    m_server->setFault(DevServer::Fault::Hang, DevServer::FaultTarget::NonceRequest);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REGISTRAR_CLI_PATH), registerArgs(QStringLiteral("stopped")));
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 1, 20000);
    QCOMPARE(kill(pid_t(process.processId()), signalNumber), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("Cancelled."), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QCOMPARE(m_server->accountCount(), 0);
}

void TestCli::ctrlCAfterSendingSaysTheAccountMayExist()
{
    // Synapse has created the account and not answered yet when Ctrl+C comes.
    m_server->setFault(DevServer::Fault::Hang, DevServer::FaultTarget::AfterRegistering);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(REGISTRAR_CLI_PATH), registerArgs(QStringLiteral("sent")));
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->account(QStringLiteral("sent")).has_value(), 20000);
    QCOMPARE(kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 6);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("may exist") && err.contains("cancelled after it was sent"),
            err.constData());
}

void TestCli::resultThatCannotReachStdoutIsAnError_data()
{
    QTest::addColumn<QString>("stdoutIs");
    QTest::addColumn<QString>("command");
    for (const char *stdoutIs : {"/dev/full", "closed", "a pipe whose reader exited"}) {
        // --help sends nothing: no socket of Qt's has turned SIGPIPE off by the time it prints.
        for (const char *command :
                {"register", "register --json", "whoami", "check --json", "register --help"}) {
            QTest::addRow("%s, %s", command, stdoutIs) << stdoutIs << command;
        }
    }
}

void TestCli::resultThatCannotReachStdoutIsAnError()
{
    QFETCH(QString, stdoutIs);
    QFETCH(QString, command);
    QStringList arguments;
    if (command == QLatin1String("register --help")) {
        arguments = QStringList{QStringLiteral("register"), QStringLiteral("--help")};
    } else if (command.startsWith(QLatin1String("register"))) {
        arguments = registerArgs(QStringLiteral("lost"));
    } else if (command == QLatin1String("whoami")) {
        const QString tokenFile =
                writeFile(QStringLiteral("token"), createdToken(QStringLiteral("owner")));
        arguments = QStringList{QStringLiteral("whoami"), QStringLiteral("--token-file"), tokenFile,
                m_server->baseUrl().toString()};
    } else {
        arguments = QStringList{QStringLiteral("check"), m_server->baseUrl().toString()};
    }
    if (command.endsWith(QLatin1String("--json"))) {
        arguments << QStringLiteral("--json");
    }
    const CliRun result = CliRun::startWith(arguments, [&stdoutIs](QProcess &process) {
        if (stdoutIs == QLatin1String("/dev/full")) {
            process.setStandardOutputFile(QStringLiteral("/dev/full"));
            return;
        }
        const bool closed = stdoutIs == QLatin1String("closed");
        process.setChildProcessModifier([closed] {
            // As a shell leaves it: SIGPIPE not ignored, whatever this test process does.
            std::signal(SIGPIPE, SIG_DFL);
            if (closed) {
                close(STDOUT_FILENO);
                return;
            }
            int ends[2];
            if (pipe(ends) == 0) {
                close(ends[0]); // the reader is gone before anything is written
                dup2(ends[1], STDOUT_FILENO);
                close(ends[1]);
            }
        });
    });
    QCOMPARE(result.exitStatus, QProcess::NormalExit); // not killed by SIGPIPE before it says so
    QCOMPARE(result.exitCode, 7);
    QVERIFY2(result.err.contains("standard output"), result.err.constData());
    QCOMPARE(result.err.count("error: "), 1);
    if (command == QLatin1String("register") || command == QLatin1String("register --json")) {
        QVERIFY2(result.err.contains("@lost:cli.test was created"), result.err.constData());
        QVERIFY(m_server->passwordMatches(QStringLiteral("lost"), kPassword));
    }
}

void TestCli::helpDocumentsExitCodes()
{
    const CliRun help = run({QStringLiteral("register"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *text : {"Exit codes", "--password-file", "--user_type", "--no-login",
                 "--exists-ok", "--secret-file", "--config", "--json", "--allow-insecure-http",
                 "6 the account may exist"}) {
        QVERIFY2(help.out.contains(text), text);
    }
    QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 1);
    QCOMPARE(run({}).exitCode, 1);
}

void TestCli::messagesFollowTheLocale_data()
{
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("German, unknown command")
            << "de_DE.UTF-8"
            << ""
            << "frobnicate" << 1
            << QStringLiteral("Fehler: Unbekannter Befehl \u201efrobnicate\u201c.");
    QTest::newRow("German, taken username")
            << "de_DE.UTF-8"
            << ""
            << "taken" << 2
            << QStringLiteral("Dieser Benutzername ist auf dem Server schon vergeben");
    // What scripts read stays as it is.
    QTest::newRow("German, created")
            << "de_DE.UTF-8"
            << ""
            << "created" << 0 << QStringLiteral("user_id: @created:cli.test\n");
    QTest::newRow("German, help")
            << "de_DE.UTF-8"
            << ""
            << "help" << 0
            << QStringLiteral("Exit-Codes: 0 angelegt (oder vorhanden, mit --exists-ok)");
    QTest::newRow("French, unknown command")
            << "fr_FR.UTF-8"
            << ""
            << "frobnicate" << 1
            << QStringLiteral(
                       "erreur\u00a0: Commande \u00ab\u00a0frobnicate\u00a0\u00bb inconnue.");
    // GNOME and KDE set LANGUAGE; it wins over the locale for messages.
    QTest::newRow("French through LANGUAGE")
            << "C.UTF-8"
            << "fr:en"
            << "taken" << 2
            << QStringLiteral("Ce nom d'utilisateur est d\u00e9j\u00e0 pris sur le serveur");
    QTest::newRow("English") << "en_GB.UTF-8"
                             << ""
                             << "taken" << 2
                             << QStringLiteral("This username is already taken on the server");
}

void TestCli::messagesFollowTheLocale()
{
    QFETCH(QString, lcAll);
    QFETCH(QString, language);
    QFETCH(QString, command);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), lcAll);
    environment.insert(QStringLiteral("LANGUAGE"), language);
    QStringList arguments{command};
    if (command == QLatin1String("taken")) {
        QCOMPARE(run(registerArgs(command)).exitCode, 0);
        arguments = registerArgs(command);
    } else if (command == QLatin1String("created")) {
        arguments = registerArgs(command);
    } else if (command == QLatin1String("help")) {
        arguments = QStringList{QStringLiteral("register"), QStringLiteral("--help")};
    }
    const CliRun result = CliRun::start(arguments, {}, environment);
    QCOMPARE(result.exitCode, exitCode);
    const QString output = QString::fromUtf8(exitCode == 0 ? result.out : result.err);
    QVERIFY2(output.contains(says), qPrintable(output));
    // The server's own words stay as the server sent them.
    if (command == QLatin1String("taken")) {
        QVERIFY2(output.contains(QLatin1String("User ID already taken.")), qPrintable(output));
    }
}

QTEST_MAIN(TestCli)
#include "TestCli.moc"
