// SPDX-License-Identifier: GPL-3.0-or-later
// synapse-registrar-cli's profiles and register --profile, with the real keychain: CTest runs
// this in a private D-Bus session with gnome-keyring unlocked in a throw-away HOME.
#include "../CliRun.h"
#include "DevServer.h"
#include "KeychainSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using registrar::devserver::DevServer;
using registrar::store::KeychainSecretStore;
using registrar::store::SecretStore;
using registrar::test::CliRun;

namespace {

const QByteArray kSecret = "profile-Secret-0123456789abcdef";

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

private:
    CliRun run(const QStringList &arguments, const QProcessEnvironment &extra = {});
    QString write(const QString &name, const QByteArray &contents);
    QByteArray allConfigBytes() const;
    SecretStore::Result keychainRead(const QString &key);

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
    QByteArray bytes;
    QDirIterator it(m_config->path() + QStringLiteral("/SynapseRegistrar"), QDir::Files,
            QDirIterator::Subdirectories);
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
    // Every non-profile secret source still works without a keychain.
    const CliRun registered = run(
            {QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("headless"),
                    QStringLiteral("-p"), QStringLiteral("pw-123456789"),
                    QStringLiteral("--secret-file"), secretFile, m_server->baseUrl().toString()},
            noBus);
    QCOMPARE(registered.exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "TestCliProfiles.moc"
