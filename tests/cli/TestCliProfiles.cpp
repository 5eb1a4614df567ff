// SPDX-License-Identifier: GPL-3.0-or-later
// synapse-registrar-cli's profiles and register --profile, with the real keychain: CTest runs
// this in a private D-Bus session with gnome-keyring unlocked in a throw-away HOME.
#include "../CliRun.h"
#include "DevServer.h"
#include "KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <signal.h>
#include <string>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <vector>

using registrar::devserver::DevServer;
using registrar::store::KeychainSecretStore;
using registrar::store::SecretStore;
using registrar::test::CliRun;

namespace {

const QByteArray kSecret = "profile-Secret-0123456789abcdef";
const QString kClientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
const QByteArray kClientSecret = "mas-Client-Secret-9876543210fedcba";

//! What a person at a terminal saw of a run, and its exit code.
struct TerminalRun
{
    int exitCode = -1;
    QByteArray screen;
};

} // namespace

class TestCliProfiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addListRegisterRemove();
    void listShowsEachProfileOnOneLine();
    void secretFromHomeserverYaml();
    void badInput_data();
    void badInput();
    void withoutKeychainTheCauseIsNamed();
    void masProfileWithTheUrlTheCheckFinds();
    void masUrlFromASynapseBefore1138();
    void masProfileWithAGivenUrlAndTheSecretFromStdin();
    void masClientAuthMethodReachesMas();
    void masBadInput_data();
    void masBadInput();
    void masUrlNotFound();
    void masHelpNamesTheFlags();
    void masClientSecretAskedWithoutEcho();

private:
    CliRun run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QString write(const QString &name, const QByteArray &contents);
    QByteArray allConfigBytes() const;
    static QByteArray allBytesUnder(const QString &root);
    SecretStore::Result keychainRead(const QString &key);
    QJsonObject listedProfile(const QString &name);
    TerminalRun runOnTerminal(
            const QStringList &arguments, const QByteArray &prompt, const QByteArray &answer);
    QString savedId(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<DevServer> m_server;
};

void TestCliProfiles::init()
{
    QVERIFY2(qEnvironmentVariable("REGISTRAR_KEYCHAIN") == QLatin1String("unlocked"),
            "run through CTest, which starts the keyring");
    m_config = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<DevServer>();
    m_server->setSharedSecret(kSecret);
    m_server->setServerName(QStringLiteral("profiles.test"));
    QVERIFY(m_server->listen() != 0);
}

void TestCliProfiles::cleanup()
{
    m_server.reset();
    m_config.reset();
}

CliRun TestCliProfiles::run(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    environment.insert(extra);
    return CliRun::start(arguments, {}, environment);
}

QString TestCliProfiles::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_config->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(contents);
    return path;
}

QByteArray TestCliProfiles::allConfigBytes() const
{
    return allBytesUnder(m_config->path() + QStringLiteral("/SynapseRegistrar"));
}

QByteArray TestCliProfiles::allBytesUnder(const QString &root)
{
    QByteArray bytes;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    return bytes;
}

SecretStore::Result TestCliProfiles::keychainRead(const QString &key)
{
    KeychainSecretStore store;
    std::optional<SecretStore::Result> result;
    store.read(key, this, [&result](const SecretStore::Result &r) { result = r.copy(); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        qWarning("the keychain did not answer");
    }
    return result ? std::move(*result) : SecretStore::Result{SecretStore::Status::Failed, {}, {}};
}

void TestCliProfiles::addListRegisterRemove()
{
    const QString secretFile = write(QStringLiteral("secret"), "  " + kSecret + "\n");
    const QString url = m_server->baseUrl().toString();
    CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Home"),
            QStringLiteral("https://matrix.profiles.test"), QStringLiteral("--admin-url"), url,
            QStringLiteral("--server-name"), QStringLiteral("profiles.test"),
            QStringLiteral("--secret-file"), secretFile});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.err.contains("keychain"));

    const CliRun listed =
            run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject profile = QJsonDocument::fromJson(listed.out).array().first().toObject();
    QCOMPARE(profile.value(QStringLiteral("name")).toString(), QStringLiteral("Home"));
    QCOMPARE(profile.value(QStringLiteral("admin_url")).toString(), url);
    QVERIFY(!listed.out.contains(kSecret));
    // A list that cannot reach stdout is not a success.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    const CliRun lost = CliRun::startWith(
            {QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")},
            [](QProcess &process) { process.setStandardOutputFile(QStringLiteral("/dev/full")); },
            {}, environment);
    QCOMPARE(lost.exitCode, 7);
    QVERIFY2(lost.err.contains("standard output"), lost.err.constData());

    const CliRun registered = run({QStringLiteral("register"), QStringLiteral("--profile"),
            QStringLiteral("home"), QStringLiteral("-u"), QStringLiteral("viaprofile"),
            QStringLiteral("-p"), QStringLiteral("pw-123456789"), QStringLiteral("--json")});
    QVERIFY2(registered.exitCode == 0, registered.err.constData());
    QCOMPARE(QJsonDocument::fromJson(registered.out)
                     .object()
                     .value(QStringLiteral("user_id"))
                     .toString(),
            QStringLiteral("@viaprofile:profiles.test"));
    QVERIFY(!registered.out.contains(kSecret) && !registered.err.contains(kSecret));

    // The settings hold the profile but not its secret; the keychain holds the secret.
    const QByteArray settings = allConfigBytes();
    QVERIFY(settings.contains("Home"));
    QVERIFY(!settings.contains(kSecret));
    QSettings stored(m_config->filePath(QStringLiteral("SynapseRegistrar/synapse-registrar.conf")),
            QSettings::IniFormat);
    const QString id = stored.value(QStringLiteral("profiles/1/id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(keychainRead(id).secret.borrowed(), kSecret);

    const CliRun removed =
            run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("HOME")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(keychainRead(id).status, SecretStore::Status::NotFound);
    QCOMPARE(run({QStringLiteral("register"), QStringLiteral("--profile"), QStringLiteral("home"),
                         QStringLiteral("-u"), QStringLiteral("x"), QStringLiteral("-p"),
                         QStringLiteral("pw")})
                     .exitCode,
            1);
}

void TestCliProfiles::listShowsEachProfileOnOneLine()
{
    // A name or server name from the profiles file can neither steer the terminal nor forge a
    // second profile's line.
    const QString secretFile = write(QStringLiteral("secret"), kSecret);
    const CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("Evil\n\u001b[2JForged\thttps://forged.test"),
            m_server->baseUrl().toString(), QStringLiteral("--server-name"),
            QStringLiteral("profiles.test\r\nx"), QStringLiteral("--secret-file"), secretFile});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const CliRun listed = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out.count('\n'), 1);
    QVERIFY2(!listed.out.contains('\x1b') && !listed.out.contains('\r'), listed.out.constData());
    QVERIFY2(listed.out.startsWith(R"(Evil\n\u001b[2JForged\thttps://forged.test)"
                                   "\t"),
            listed.out.constData());
    QVERIFY2(listed.out.contains(R"(profiles.test\r\nx)"), listed.out.constData());

    // Nor what add and remove say about it on stderr.
    QCOMPARE(added.err.count('\n'), 1);
    QVERIFY2(added.err.contains(R"(Evil\n\u001b[2JForged)"), added.err.constData());
    const CliRun removed = run({QStringLiteral("profiles"), QStringLiteral("remove"),
            QStringLiteral("Evil\n\u001b[2JForged\thttps://forged.test")});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(removed.err.count('\n'), 1);
    QVERIFY2(removed.err.contains(R"(Evil\n\u001b[2JForged)"), removed.err.constData());
}

void TestCliProfiles::secretFromHomeserverYaml()
{
    const QString yaml = write(QStringLiteral("homeserver.yaml"),
            "server_name: from-yaml.test\nregistration_shared_secret: \"" + kSecret + "\"\n");
    const CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("Yaml"), m_server->baseUrl().toString(), QStringLiteral("-c"), yaml});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const CliRun listed = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QVERIFY(listed.out.contains("from-yaml.test"));
    QVERIFY(!allConfigBytes().contains(kSecret));
}

void TestCliProfiles::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("no secret source, no terminal") << QStringList{QStringLiteral("profiles"),
            QStringLiteral("add"), QStringLiteral("A"), QStringLiteral("https://a.test")}
                                                   << "--secret-file";
    QTest::newRow("bad URL") << QStringList{QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("A"), QStringLiteral("ftp://a.test"), QStringLiteral("--secret-file"),
            QStringLiteral("/etc/hostname")}
                             << "http";
    QTest::newRow("pin with plain http only") << QStringList{QStringLiteral("profiles"),
            QStringLiteral("add"), QStringLiteral("A"), QStringLiteral("http://127.0.0.1:8008"),
            QStringLiteral("--pin-sha256"), QString(64, QLatin1Char('a')),
            QStringLiteral("--secret-file"), QStringLiteral("/etc/hostname")}
                                              << "plain http://";
    QTest::newRow("unknown action")
            << QStringList{QStringLiteral("profiles"), QStringLiteral("rename")} << "rename";
    QTest::newRow("remove unknown") << QStringList{QStringLiteral("profiles"),
            QStringLiteral("remove"), QStringLiteral("nope")}
                                    << "no profile";
    QTest::newRow("--profile and -k") << QStringList{QStringLiteral("register"),
            QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("-k"),
            QStringLiteral("s"), QStringLiteral("-u"), QStringLiteral("a"), QStringLiteral("-p"),
            QStringLiteral("p")} << "only one way";
    QTest::newRow("--profile unknown") << QStringList{QStringLiteral("register"),
            QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("-u"),
            QStringLiteral("a"), QStringLiteral("-p"), QStringLiteral("p")}
                                       << "no profile";
}

void TestCliProfiles::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
}

void TestCliProfiles::withoutKeychainTheCauseIsNamed()
{
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
            QStringLiteral("unix:path=/nonexistent/registrar-bus"));
    const QString secretFile = write(QStringLiteral("secret"), kSecret);
    const CliRun added = run(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Headless"),
                    m_server->baseUrl().toString(), QStringLiteral("--secret-file"), secretFile},
            noBus);
    QCOMPARE(added.exitCode, 1);
    QVERIFY(added.err.contains("no D-Bus session"));
    QVERIFY(!allConfigBytes().contains("Headless"));
    // A MAS profile's client secret follows the same rule: no keychain, no profile.
    const CliRun mas = run(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("HeadlessMas"),
                    m_server->baseUrl().toString(), QStringLiteral("--mas-client-id"), kClientId,
                    QStringLiteral("--mas-url"), QStringLiteral("https://auth.example.com"),
                    QStringLiteral("--mas-client-secret-file"), secretFile},
            noBus);
    QCOMPARE(mas.exitCode, 1);
    QVERIFY2(mas.err.contains("no D-Bus session"), mas.err.constData());
    QVERIFY(!allConfigBytes().contains("HeadlessMas"));
    // Every non-profile secret source still works without a keychain.
    const CliRun registered = run(
            {QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("headless"),
                    QStringLiteral("-p"), QStringLiteral("pw-123456789"),
                    QStringLiteral("--secret-file"), secretFile, m_server->baseUrl().toString()},
            noBus);
    QCOMPARE(registered.exitCode, 0);
}

QJsonObject TestCliProfiles::listedProfile(const QString &name)
{
    const CliRun listed =
            run({QStringLiteral("profiles"), QStringLiteral("list"), QStringLiteral("--json")});
    if (listed.exitCode != 0) {
        qWarning("profiles list --json: %s", listed.err.constData());
    }
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
        if (value.toObject().value(QStringLiteral("name")).toString() == name) {
            return value.toObject();
        }
    }
    return {};
}

QString TestCliProfiles::savedId(const QString &name) const
{
    QSettings stored(m_config->filePath(QStringLiteral("SynapseRegistrar/synapse-registrar.conf")),
            QSettings::IniFormat);
    const int count = stored.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < count; ++i) {
        stored.setArrayIndex(i);
        if (stored.value(QStringLiteral("name")).toString() == name) {
            return stored.value(QStringLiteral("id")).toString();
        }
    }
    return {};
}

void TestCliProfiles::masProfileWithTheUrlTheCheckFinds()
{
    // The local homeserver as a Synapse that delegates to MAS, which it serves under /mas/.
    m_server->setAuthDelegated(true);
    const QString url = m_server->baseUrl().toString();
    const QString secretFile =
            write(QStringLiteral("mas-secret"), "\t" + kClientSecret + "\r\n"); // stripped
    const CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("Element"), url, QStringLiteral("--mas-client-id"), kClientId,
            QStringLiteral("--mas-client-secret-file"), secretFile});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString masUrl = url + QStringLiteral("/mas");
    QVERIFY2(added.err.contains(masUrl.toUtf8()), added.err.constData()); // says what it found
    QVERIFY2(added.err.contains("MAS client secret is in the keychain"), added.err.constData());
    QVERIFY(!added.out.contains(kClientSecret) && !added.err.contains(kClientSecret));

    const QJsonObject profile = listedProfile(QStringLiteral("Element"));
    QCOMPARE(profile.value(QStringLiteral("client_url")).toString(), url);
    QCOMPARE(profile.value(QStringLiteral("mas_url")).toString(), masUrl);
    QCOMPARE(profile.value(QStringLiteral("mas_client_id")).toString(), kClientId);
    QCOMPARE(profile.value(QStringLiteral("mas_client_auth")).toString(), QStringLiteral("basic"));
    const CliRun listed = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.out,
            QStringLiteral("Element\t%1\tMAS %2, client %3 (basic)\n")
                    .arg(url, masUrl, kClientId)
                    .toUtf8());
    QVERIFY(!listed.out.contains(kClientSecret));

    // The client secret is in the keychain under the profile's ID, and in no file of the
    // settings: the same path as a shared secret.
    const QByteArray settings = allConfigBytes();
    QVERIFY(settings.contains(kClientId.toUtf8()));
    QVERIFY(!settings.contains(kClientSecret));
    QVERIFY(!settings.contains(kClientSecret.toBase64()));
    const QString id = savedId(QStringLiteral("Element"));
    QVERIFY(!id.isEmpty());
    QCOMPARE(keychainRead(id).secret.borrowed(), kClientSecret);
    // Nor in any file of the throw-away HOME that CTest's keyring runs in (its keyring file is
    // encrypted): no plain-text fallback anywhere.
    const QString home = QDir::homePath();
    QVERIFY2(home.startsWith(QDir::tempPath()) && home != QDir::tempPath(),
            "run through CTest, whose keyring has a throw-away HOME");
    QVERIFY(QFileInfo::exists(home + QStringLiteral("/.local/share/keyrings/login.keyring")));
    const QByteArray homeBytes = allBytesUnder(home);
    QVERIFY(!homeBytes.contains(kClientSecret));
    QVERIFY(!homeBytes.contains(kClientSecret.toBase64()));

    // register --profile takes the client secret from the keychain and creates the account
    // through MAS's admin API, with the method the profile names.
    m_server->mas().setClientSecret(QString::fromUtf8(kClientSecret));
    const CliRun registered = run({QStringLiteral("register"), QStringLiteral("--profile"),
            QStringLiteral("element"), QStringLiteral("-u"), QStringLiteral("viamas"),
            QStringLiteral("-p"), QStringLiteral("pw-123456789abc"), QStringLiteral("--json")});
    QVERIFY2(registered.exitCode == 0, registered.err.constData());
    const QJsonObject credentials = QJsonDocument::fromJson(registered.out).object();
    QCOMPARE(credentials.value(QStringLiteral("user_id")).toString(),
            QStringLiteral("@viamas:profiles.test"));
    const std::optional<registrar::devserver::MasAdminApi::User> user =
            m_server->mas().userByUsername(QStringLiteral("viamas"));
    QVERIFY(user);
    QCOMPARE(credentials.value(QStringLiteral("mas_user_id")).toString(), user->id);
    QVERIFY(!registered.out.contains(kClientSecret) && !registered.err.contains(kClientSecret));
    QVERIFY(!allBytesUnder(home).contains(kClientSecret));
    QVERIFY(!allConfigBytes().contains(kClientSecret));

    const CliRun removed =
            run({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("element")});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QVERIFY2(removed.err.contains(QStringLiteral("Removed the MAS profile \u201cElement\u201d and "
                                                 "its MAS client secret.")
                                          .toUtf8()),
            removed.err.constData());
    QCOMPARE(keychainRead(id).status, SecretStore::Status::NotFound);
    QVERIFY(listedProfile(QStringLiteral("Element")).isEmpty());
}

void TestCliProfiles::masUrlFromASynapseBefore1138()
{
    // Synapse before 1.138 serves only the unstable MSC2965 auth_metadata path.
    m_server->setAuthDelegated(true);
    m_server->setStableAuthMetadata(false);
    const QString secretFile = write(QStringLiteral("mas-secret"), kClientSecret);
    const QString url = m_server->baseUrl().toString();
    const CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("Old"), url, QStringLiteral("--mas-client-id"), kClientId,
            QStringLiteral("--mas-client-secret-file"), secretFile});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(listedProfile(QStringLiteral("Old")).value(QStringLiteral("mas_url")).toString(),
            url + QStringLiteral("/mas"));
}

void TestCliProfiles::masProfileWithAGivenUrlAndTheSecretFromStdin()
{
    // With --mas-url the server is not asked: nothing listens at this client URL.
    m_server.reset();
    const QString url = QStringLiteral("http://127.0.0.1:9");
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    const CliRun added = CliRun::start(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Internal"), url,
                    QStringLiteral("--mas-client-id"), kClientId, QStringLiteral("--mas-url"),
                    QStringLiteral("https://auth.example.com/mas/"),
                    QStringLiteral("--mas-client-auth"), QStringLiteral("post"),
                    QStringLiteral("--mas-client-secret-file"), QStringLiteral("-")},
            kClientSecret + "\n", environment);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(!added.err.contains("names MAS"));

    const QJsonObject profile = listedProfile(QStringLiteral("Internal"));
    QCOMPARE(profile.value(QStringLiteral("mas_url")).toString(),
            QStringLiteral("https://auth.example.com/mas"));
    QCOMPARE(profile.value(QStringLiteral("mas_client_id")).toString(), kClientId);
    QCOMPARE(profile.value(QStringLiteral("mas_client_auth")).toString(), QStringLiteral("post"));
    QVERIFY(!allConfigBytes().contains(kClientSecret));
    QCOMPARE(keychainRead(savedId(QStringLiteral("Internal"))).secret.borrowed(), kClientSecret);

    // MAS's own name of the method is taken too, and saved as the CLI writes it.
    const QString secretFile = write(QStringLiteral("mas-secret"), kClientSecret);
    const CliRun named = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("Named"), url, QStringLiteral("--mas-client-id"), kClientId,
            QStringLiteral("--mas-url"), QStringLiteral("https://auth.example.com"),
            QStringLiteral("--mas-client-auth"), QStringLiteral("client_secret_basic"),
            QStringLiteral("--mas-client-secret-file"), secretFile});
    QVERIFY2(named.exitCode == 0, named.err.constData());
    QCOMPARE(listedProfile(QStringLiteral("Named")).value(QStringLiteral("mas_client_auth")),
            QJsonValue(QStringLiteral("basic")));
    // A shared-secret profile lists no MAS client.
    const CliRun plain = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("Plain"), url, QStringLiteral("--secret-file"), secretFile});
    QVERIFY2(plain.exitCode == 0, plain.err.constData());
    QCOMPARE(listedProfile(QStringLiteral("Plain")).value(QStringLiteral("mas_client_id")),
            QJsonValue(QString()));
    const CliRun listed = run({QStringLiteral("profiles"), QStringLiteral("list")});
    QVERIFY2(listed.out.contains("\nPlain\thttp://127.0.0.1:9\n"), listed.out.constData());
}

void TestCliProfiles::masClientAuthMethodReachesMas()
{
    // MAS treats the wrong method like a wrong secret: a profile saved with post registers on a
    // client configured for client_secret_post, and one saved with basic is refused there.
    m_server->setAuthDelegated(true);
    m_server->mas().setClientSecret(QString::fromUtf8(kClientSecret));
    m_server->mas().setClientAuthMethod(registrar::devserver::MasAdminApi::ClientAuthMethod::Post);
    const QString secretFile = write(QStringLiteral("mas-secret"), kClientSecret);
    for (const QString &method : {QStringLiteral("post"), QStringLiteral("basic")}) {
        const CliRun added = run({QStringLiteral("profiles"), QStringLiteral("add"), method,
                m_server->baseUrl().toString(), QStringLiteral("--mas-client-id"), kClientId,
                QStringLiteral("--mas-client-auth"), method,
                QStringLiteral("--mas-client-secret-file"), secretFile});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }
    const CliRun post = run({QStringLiteral("register"), QStringLiteral("--profile"),
            QStringLiteral("post"), QStringLiteral("-u"), QStringLiteral("bypost"),
            QStringLiteral("-p"), QStringLiteral("pw-123456789abc")});
    QVERIFY2(post.exitCode == 0, post.err.constData());
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("bypost")));
    const CliRun basic = run({QStringLiteral("register"), QStringLiteral("--profile"),
            QStringLiteral("basic"), QStringLiteral("-u"), QStringLiteral("bybasic"),
            QStringLiteral("-p"), QStringLiteral("pw-123456789abc")});
    QCOMPARE(basic.exitCode, 3);
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("bybasic")));
    QVERIFY(!basic.err.contains(kClientSecret));
}

void TestCliProfiles::masBadInput_data()
{
    // SERVER stands for the local homeserver's URL, SECRET for a file holding a client secret.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("secretFile");
    QTest::addColumn<QString>("says");
    const QStringList add{QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("M"),
            QStringLiteral("SERVER")};
    const QStringList id{QStringLiteral("--mas-client-id"), kClientId};
    const QStringList masUrl{QStringLiteral("--mas-url"), QStringLiteral("https://auth.test")};
    const QStringList secret{QStringLiteral("--mas-client-secret-file"), QStringLiteral("SECRET")};
    QTest::newRow("client ID not a ULID")
            << add + QStringList{QStringLiteral("--mas-client-id"), QStringLiteral("admin")}
                    + masUrl + secret
            << kClientSecret << "is not a MAS client ID";
    QTest::newRow("client ID lower case")
            << add + QStringList{QStringLiteral("--mas-client-id"), kClientId.toLower()} + masUrl
                    + secret
            << kClientSecret << "is not a MAS client ID";
    QTest::newRow("client ID empty")
            << add + QStringList{QStringLiteral("--mas-client-id"), QString()} + masUrl + secret
            << kClientSecret << "client ID is empty";
    QTest::newRow("unknown auth method")
            << add + id + masUrl + secret
                    + QStringList{QStringLiteral("--mas-client-auth"),
                            QStringLiteral("private_key_jwt")}
            << kClientSecret << "--mas-client-auth takes basic or post";
    QTest::newRow("unusable MAS URL") << add + id
                    + QStringList{QStringLiteral("--mas-url"), QStringLiteral("ftp://auth.test")}
                    + secret << kClientSecret
                                      << "MAS URL is not usable";
    QTest::newRow("--mas-url without a client ID")
            << add + masUrl + QStringList{QStringLiteral("--secret-file"), QStringLiteral("SECRET")}
            << kSecret << "--mas-url is for a MAS profile";
    QTest::newRow("--mas-client-auth without a client ID")
            << add
                    + QStringList{QStringLiteral("--mas-client-auth"), QStringLiteral("post"),
                            QStringLiteral("--secret-file"), QStringLiteral("SECRET")}
            << kSecret << "--mas-client-auth is for a MAS profile";
    QTest::newRow("--mas-client-secret-file without a client ID")
            << add + secret << kSecret << "--mas-client-secret-file is for a MAS profile";
    QTest::newRow("a shared-secret file for MAS")
            << add + id + masUrl
                    + QStringList{QStringLiteral("--secret-file"), QStringLiteral("SECRET")}
            << kClientSecret << "--mas-client-secret-file, not with --secret-file";
    QTest::newRow("-c for MAS") << add + id + masUrl
                    + QStringList{QStringLiteral("-c"), QStringLiteral("SECRET")}
                                << kClientSecret
                                << "--mas-client-secret-file, not with --secret-file";
    QTest::newRow("no client secret, no terminal")
            << add + id + masUrl << kClientSecret << "--mas-client-secret-file FILE (- for stdin)";
    QTest::newRow("empty client secret file")
            << add + id + masUrl + secret << QByteArray(" \n") << "is empty";
    QTest::newRow("two lines") << add + id + masUrl + secret
                               << QByteArray(kClientSecret + "\nsecond") << "line break";
    QTest::newRow("missing client secret file")
            << add + id + masUrl
                    + QStringList{QStringLiteral("--mas-client-secret-file"),
                            QStringLiteral("/nonexistent/mas-secret")}
            << kClientSecret << "Cannot read the MAS client secret file /nonexistent/mas-secret";
}

void TestCliProfiles::masBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, secretFile);
    QFETCH(QString, says);
    m_server->setAuthDelegated(true);
    const QString secretPath = write(QStringLiteral("secret"), secretFile);
    arguments.replaceInStrings(QStringLiteral("SERVER"), m_server->baseUrl().toString());
    arguments.replaceInStrings(QStringLiteral("SECRET"), secretPath);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(says.toUtf8()), result.err.constData());
    QVERIFY(!result.err.contains(kClientSecret));
    QVERIFY(!allConfigBytes().contains("01JBX3Q7R5M2N8P4T6V9W0Y1Z2")); // nothing was saved
}

void TestCliProfiles::masUrlNotFound()
{
    // A homeserver that does not delegate to MAS names none: the profile is not saved, and
    // --mas-url is asked for.
    const QString secretFile = write(QStringLiteral("mas-secret"), kClientSecret);
    const CliRun notMas = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("M"), m_server->baseUrl().toString(), QStringLiteral("--mas-client-id"),
            kClientId, QStringLiteral("--mas-client-secret-file"), secretFile});
    QCOMPARE(notMas.exitCode, 1);
    QVERIFY2(notMas.err.contains("names no MAS"), notMas.err.constData());
    QVERIFY2(notMas.err.contains("--mas-url"), notMas.err.constData());
    QVERIFY(!allConfigBytes().contains(kClientId.toUtf8()));

    // Tuwunel with MAS delegates, but its auth_metadata gives its own issuer, not MAS's.
    m_server->setFlavour(DevServer::Flavour::Tuwunel);
    m_server->setAuthDelegated(true);
    const CliRun tuwunel = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("M"), m_server->baseUrl().toString(), QStringLiteral("--mas-client-id"),
            kClientId, QStringLiteral("--mas-client-secret-file"), secretFile});
    QCOMPARE(tuwunel.exitCode, 1);
    QVERIFY2(tuwunel.err.contains("delegates authentication to MAS but does not say where"),
            tuwunel.err.constData());
    QVERIFY2(tuwunel.err.contains("--mas-url"), tuwunel.err.constData());
    QVERIFY(!allConfigBytes().contains(kClientId.toUtf8()));

    // A server that cannot be asked: the network's exit code, and --mas-url asked for too.
    const QString closed = m_server->baseUrl().toString();
    m_server.reset();
    const CliRun unreachable = run({QStringLiteral("profiles"), QStringLiteral("add"),
            QStringLiteral("M"), closed, QStringLiteral("--mas-client-id"), kClientId,
            QStringLiteral("--mas-client-secret-file"), secretFile});
    QCOMPARE(unreachable.exitCode, 4);
    QVERIFY2(unreachable.err.contains("--mas-url"), unreachable.err.constData());
    QVERIFY(!allConfigBytes().contains(kClientId.toUtf8()));
}

void TestCliProfiles::masHelpNamesTheFlags()
{
    const CliRun help =
            run({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    for (const char *flag : {"--mas-client-id <ID>", "--mas-url <URL>",
                 "--mas-client-auth <basic|post>", "--mas-client-secret-file <FILE>"}) {
        QVERIFY2(help.out.contains(flag), flag);
    }
    const CliRun usage = run({QStringLiteral("profiles"), QStringLiteral("--help")});
    QVERIFY2(usage.out.contains("--mas-client-id ID"), usage.out.constData());
}

TerminalRun TestCliProfiles::runOnTerminal(
        const QStringList &arguments, const QByteArray &prompt, const QByteArray &answer)
{
    // Everything the child needs is made before fork(): after it, only execve() runs there.
    std::vector<std::string> argumentStrings{REGISTRAR_CLI_PATH};
    for (const QString &argument : arguments) {
        argumentStrings.push_back(argument.toStdString());
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config->path());
    std::vector<std::string> environmentStrings;
    for (const QString &entry : environment.toStringList()) {
        environmentStrings.push_back(entry.toStdString());
    }
    const auto pointers = [](std::vector<std::string> &strings) {
        std::vector<char *> list;
        for (std::string &string : strings) {
            list.push_back(string.data());
        }
        list.push_back(nullptr);
        return list;
    };
    std::vector<char *> argv = pointers(argumentStrings);
    std::vector<char *> envp = pointers(environmentStrings);

    TerminalRun run;
    int terminal = -1;
    const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
    if (pid == 0) {
        execve(argv.front(), argv.data(), envp.data());
        _exit(127);
    }
    if (pid < 0) {
        qWarning("forkpty failed");
        return run;
    }
    fcntl(terminal, F_SETFL, fcntl(terminal, F_GETFL) | O_NONBLOCK);
    bool closed = false;
    const auto readScreen = [&] {
        char buffer[4096];
        for (;;) {
            const ssize_t got = read(terminal, buffer, sizeof buffer);
            if (got > 0) {
                run.screen.append(buffer, got);
            } else {
                closed = got == 0 || (errno != EAGAIN && errno != EINTR); // EIO: the child left
                return;
            }
        }
    };
    // The answer is typed once the question is shown and echo is off, as a person would see it;
    // the local homeserver in this process answers the check meanwhile.
    const auto echoOff = [&] {
        termios mode{};
        return tcgetattr(terminal, &mode) == 0 && (mode.c_lflag & ECHO) == 0;
    };
    const bool asked = QTest::qWaitFor(
            [&] {
                readScreen();
                return closed || run.screen.contains(prompt);
            },
            20000);
    if (asked && !closed) {
        if (!QTest::qWaitFor([&] { return echoOff(); }, 20000)) {
            qWarning("echo stayed on after the question"); // typed anyway: the screen shows it
        }
        const QByteArray line = answer + '\n';
        if (::write(terminal, line.constData(), size_t(line.size())) != line.size()) {
            qWarning("could not type the answer");
        }
    }
    if (!QTest::qWaitFor(
                [&] {
                    readScreen();
                    return closed;
                },
                20000)) {
        qWarning("the CLI did not end: %s", run.screen.constData());
        kill(pid, SIGKILL);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    close(terminal);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

void TestCliProfiles::masClientSecretAskedWithoutEcho()
{
    // Neither --mas-client-secret-file nor a pipe: on a terminal the secret is asked for, after
    // the check found MAS, and what is typed is not shown.
    m_server->setAuthDelegated(true);
    const TerminalRun asked = runOnTerminal(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Typed"),
                    m_server->baseUrl().toString(), QStringLiteral("--mas-client-id"), kClientId},
            "MAS client secret: ", kClientSecret);
    QVERIFY2(asked.exitCode == 0, asked.screen.constData());
    QVERIFY2(asked.screen.contains("names MAS at"), asked.screen.constData());
    QVERIFY2(asked.screen.contains("Saved the MAS profile"), asked.screen.constData());
    QVERIFY2(!asked.screen.contains(kClientSecret), asked.screen.constData());
    QCOMPARE(keychainRead(savedId(QStringLiteral("Typed"))).secret.borrowed(), kClientSecret);
    QVERIFY(!allConfigBytes().contains(kClientSecret));

    // Nothing typed (end of input): nothing saved.
    const TerminalRun empty = runOnTerminal(
            {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Empty"),
                    m_server->baseUrl().toString(), QStringLiteral("--mas-client-id"), kClientId},
            "MAS client secret: ", QByteArray());
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.screen.contains("The MAS client secret is empty."), empty.screen.constData());
    QVERIFY(savedId(QStringLiteral("Empty")).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "TestCliProfiles.moc"
