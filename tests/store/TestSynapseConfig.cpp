// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedRead.h"
#include "SynapseConfig.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using registrar::core::BoundedRead;
using registrar::store::SynapseConfig;

class TestSynapseConfig : public QObject
{
    Q_OBJECT

private slots:
    void inlineSecret_data();
    void inlineSecret();
    void secretFileIsStrippedLikeSynapse();
    void secretProblems_data();
    void secretProblems();
    void duplicateKeysLastWins();
    void laterFilesWin();
    void directoryReadsYamlInNameOrder();
    void localClientUrl_data();
    void localClientUrl();
    void serverNameAndBaseUrl();
    void invalidYamlSaysWhere();
    void mergeKeysAreMergedAsSynapseDoes();
    void severalDocumentsAreRefused();
    void missingFile();
    void secretFileIsBounded_data();
    void secretFileIsBounded();
    void secretFileUpToTheBound();
    void secretFileMustBeUtf8();
    void configurationIsBounded_data();
    void configurationIsBounded();

private:
    QString write(const QString &name, const QByteArray &contents);
    QTemporaryDir m_dir;
};

QString TestSynapseConfig::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void TestSynapseConfig::inlineSecret_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("plain") << QByteArray("registration_shared_secret: abc def\n")
                           << QByteArray("abc def");
    QTest::newRow("single-quoted keeps spaces")
            << QByteArray("registration_shared_secret: ' padded '\n") << QByteArray(" padded ");
    QTest::newRow("double-quoted processes escapes")
            << QByteArray("registration_shared_secret: \"a\\tb\"\n") << QByteArray("a\tb");
    QTest::newRow("quoted digits are a string")
            << QByteArray("registration_shared_secret: \"12345\"\n") << QByteArray("12345");
    QTest::newRow("symbols of a generated secret")
            << QByteArray("registration_shared_secret: \"Zq8#;p=Vx~.kL@^&*-_+\"\n")
            << QByteArray("Zq8#;p=Vx~.kL@^&*-_+");
}

void TestSynapseConfig::inlineSecret()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, secret);
    QString error;
    const auto config = SynapseConfig::parse(yaml, QStringLiteral("test"), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->secretSource, SynapseConfig::SecretSource::Inline);
    QCOMPARE(config->sharedSecret(&error).borrowed(), secret);
}

void TestSynapseConfig::secretFileIsStrippedLikeSynapse()
{
    const QString secretPath = write(QStringLiteral("secret"), "\n  s3cr3t value \t\n\n");
    QString error;
    const auto config =
            SynapseConfig::parse("registration_shared_secret_path: " + secretPath.toUtf8() + "\n",
                    QStringLiteral("test"), &error);
    QVERIFY(config);
    QCOMPARE(config->secretSource, SynapseConfig::SecretSource::File);
    QCOMPARE(config->sharedSecret(&error).borrowed(), QByteArray("s3cr3t value"));
    QCOMPARE(SynapseConfig::readSecretFile(secretPath, &error).borrowed(),
            QByteArray("s3cr3t value"));
}

void TestSynapseConfig::secretProblems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both") << QByteArray(
            "registration_shared_secret: a\nregistration_shared_secret_path: /x\n")
                          << QStringLiteral("Conflicting options");
    QTest::newRow("neither") << QByteArray("server_name: example.com\n")
                             << QStringLiteral("No 'registration_shared_secret'");
    QTest::newRow("unquoted integer")
            << QByteArray("registration_shared_secret: 12345\n") << QStringLiteral("not a string");
    QTest::newRow("unquoted hex integer")
            << QByteArray("registration_shared_secret: 0x1F\n") << QStringLiteral("not a string");
    QTest::newRow("unquoted float")
            << QByteArray("registration_shared_secret: 1.5e+3\n") << QStringLiteral("not a string");
    QTest::newRow("YAML 1.1 boolean")
            << QByteArray("registration_shared_secret: yes\n") << QStringLiteral("not a string");
    QTest::newRow("a list") << QByteArray("registration_shared_secret: [a, b]\n")
                            << QStringLiteral("not a string");
    QTest::newRow("empty string") << QByteArray("registration_shared_secret: ''\n")
                                  << QStringLiteral("empty");
    QTest::newRow("null is unset") << QByteArray("registration_shared_secret:\n")
                                   << QStringLiteral("No 'registration_shared_secret'");
    QTest::newRow("file missing") << QByteArray(
            "registration_shared_secret_path: /nonexistent/secret\n")
                                  << QStringLiteral("Error accessing file /nonexistent/secret");
}

void TestSynapseConfig::secretProblems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    QString error;
    const auto config = SynapseConfig::parse(yaml, QStringLiteral("test"), &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(config->sharedSecret(&error).isEmpty());
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestSynapseConfig::duplicateKeysLastWins()
{
    // Synapse's loader keeps the last of duplicate keys: a falsy second key disables
    // registration, which is a real cause of "not enabled".
    QString error;
    auto config = SynapseConfig::parse(
            "registration_shared_secret: first\nregistration_shared_secret: second\n",
            QStringLiteral("test"), &error);
    QVERIFY(config);
    QCOMPARE(config->sharedSecret(&error).borrowed(), QByteArray("second"));

    config =
            SynapseConfig::parse("registration_shared_secret: first\nregistration_shared_secret:\n",
                    QStringLiteral("test"), &error);
    QVERIFY(config);
    QCOMPARE(config->secretSource, SynapseConfig::SecretSource::None);
}

void TestSynapseConfig::laterFilesWin()
{
    const QString first = write(QStringLiteral("first.yaml"),
            "server_name: one.example\nregistration_shared_secret: one\n");
    const QString second = write(QStringLiteral("second.yml"), "registration_shared_secret: two\n");
    QString error;
    auto config = SynapseConfig::load({first, second}, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->sharedSecret(&error).borrowed(), QByteArray("two"));
    QCOMPARE(config->serverName, QStringLiteral("one.example"));

    config = SynapseConfig::load({second, first}, &error);
    QVERIFY(config);
    QCOMPARE(config->sharedSecret(&error).borrowed(), QByteArray("one"));
}

void TestSynapseConfig::directoryReadsYamlInNameOrder()
{
    QTemporaryDir dir;
    const auto put = [&dir](const char *name, const QByteArray &contents) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    };
    put("10-base.yaml", "server_name: dir.example\nregistration_shared_secret: base\n");
    put("20-secret.yaml", "registration_shared_secret: override\n");
    put("30-ignored.yml", "registration_shared_secret: not-read\n");
    put("99-notes.txt", "registration_shared_secret: not-read\n");
    QString error;
    const auto config = SynapseConfig::load({dir.path()}, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->serverName, QStringLiteral("dir.example"));
    QCOMPARE(config->sharedSecret(&error).borrowed(), QByteArray("override"));
}

void TestSynapseConfig::localClientUrl_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("url");
    QTest::newRow("Synapse's sample") << QByteArray("listeners:\n"
                                                    "  - port: 8008\n"
                                                    "    tls: false\n"
                                                    "    type: http\n"
                                                    "    x_forwarded: true\n"
                                                    "    bind_addresses: ['::1', '127.0.0.1']\n"
                                                    "    resources:\n"
                                                    "      - names: [client, federation]\n"
                                                    "        compress: false\n")
                                      << QStringLiteral("http://localhost:8008");
    QTest::newRow("TLS, Unix socket and metrics are skipped") << QByteArray(
            "listeners:\n"
            "  - port: 8448\n    tls: true\n    type: http\n    resources: [{names: [client]}]\n"
            "  - path: /run/synapse.sock\n    type: http\n    resources: [{names: [client]}]\n"
            "  - port: 9000\n    type: metrics\n"
            "  - port: 8009\n    type: http\n    resources: [{names: [federation]}]\n"
            "  - port: 8010\n    type: http\n    resources: [{names: [federation]}, {names: "
            "[client]}]\n") << QStringLiteral("http://localhost:8010");
    QTest::newRow("none") << QByteArray("server_name: x\n") << QString();
}

void TestSynapseConfig::localClientUrl()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, url);
    QString error;
    const auto config = SynapseConfig::parse(yaml, QStringLiteral("test"), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->localClientUrl().toString(), url);
}

void TestSynapseConfig::serverNameAndBaseUrl()
{
    QString error;
    const auto config = SynapseConfig::parse(
            "server_name: \"example.com\"\npublic_baseurl: https://matrix.example.com/\n",
            QStringLiteral("test"), &error);
    QVERIFY(config);
    QCOMPARE(config->serverName, QStringLiteral("example.com"));
    QCOMPARE(config->publicBaseUrl, QStringLiteral("https://matrix.example.com/"));
}

void TestSynapseConfig::invalidYamlSaysWhere()
{
    QString error;
    QVERIFY(!SynapseConfig::parse(
            "server_name: [unclosed\nother: 1\n", QStringLiteral("homeserver.yaml"), &error));
    QVERIFY2(error.contains(QLatin1String("homeserver.yaml is not valid YAML")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("line")), qPrintable(error));
    QVERIFY(!SynapseConfig::parse("- a list\n- not settings\n", QStringLiteral("x.yaml"), &error));
    QVERIFY2(error.contains(QLatin1String("mapping")), qPrintable(error));
}

void TestSynapseConfig::mergeKeysAreMergedAsSynapseDoes()
{
    const QByteArray yaml = "x-defaults: &defaults\n"
                            "  registration_shared_secret: \"from-anchor\"\n"
                            "  server_name: anchored.test\n"
                            "x-listener: &listener\n"
                            "  port: 8008\n"
                            "  type: http\n"
                            "<<: *defaults\n"
                            "server_name: own.test\n"
                            "listeners:\n"
                            "  - <<: *listener\n"
                            "    resources: [{names: [client]}]\n";
    QString error;
    const auto config = SynapseConfig::parse(yaml, QStringLiteral("merged.yaml"), &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->sharedSecret(&error).borrowed(), QByteArray("from-anchor"));
    QCOMPARE(config->serverName, QStringLiteral("own.test")); // the mapping's own key wins
    QCOMPARE(config->localClientUrl(), QUrl(QStringLiteral("http://localhost:8008")));
}

void TestSynapseConfig::severalDocumentsAreRefused()
{
    QString error;
    QVERIFY(!SynapseConfig::parse(
            "server_name: a.test\n---\nserver_name: b.test\n", QStringLiteral("two.yaml"), &error));
    QVERIFY2(error.contains(QLatin1String("2 YAML documents")), qPrintable(error));
}

void TestSynapseConfig::missingFile()
{
    QString error;
    QVERIFY(!SynapseConfig::load({QStringLiteral("/nonexistent/homeserver.yaml")}, &error));
    QVERIFY2(error.contains(QLatin1String("/nonexistent/homeserver.yaml")), qPrintable(error));
}

void TestSynapseConfig::secretFileIsBounded_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("one byte past the bound")
            << write(QStringLiteral("long-secret"), QByteArray(BoundedRead::kSecretBytes + 1, 'a'));
}

void TestSynapseConfig::secretFileIsBounded()
{
    QFETCH(QString, path);
    QString error;
    QVERIFY(SynapseConfig::readSecretFile(path, &error).isEmpty());
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("longer than 64 KiB")),
            qPrintable(error));

    error.clear();
    const auto config =
            SynapseConfig::parse("registration_shared_secret_path: " + path.toUtf8() + "\n",
                    QStringLiteral("t"), &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(config->sharedSecret(&error).isEmpty());
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("longer than")),
            qPrintable(error));
}

void TestSynapseConfig::secretFileUpToTheBound()
{
    const QString path = write(
            QStringLiteral("bound-secret"), QByteArray(BoundedRead::kSecretBytes - 1, 'a') + "\n");
    QString error;
    QCOMPARE(SynapseConfig::readSecretFile(path, &error).size(), BoundedRead::kSecretBytes - 1);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSynapseConfig::secretFileMustBeUtf8()
{
    const QString latin1 = write(QStringLiteral("latin1-secret"),
            "s\xe4"
            "cret\n");
    QString error;
    QVERIFY(SynapseConfig::readSecretFile(latin1, &error).isEmpty());
    QVERIFY2(error.contains(latin1) && error.contains(QLatin1String("not UTF-8")),
            qPrintable(error));

    error.clear();
    const QString utf8 = write(QStringLiteral("utf8-secret"),
            "s\xc3\xa4"
            "cret\n");
    QCOMPARE(SynapseConfig::readSecretFile(utf8, &error).borrowed(),
            QByteArray("s\xc3\xa4"
                       "cret"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestSynapseConfig::configurationIsBounded_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    // Sparse: the bound is tested without writing megabytes.
    const QString huge = write(QStringLiteral("huge.yaml"), "server_name: huge.example\n");
    QFile file(huge);
    if (!file.resize(BoundedRead::kConfigurationBytes + 1)) {
        qFatal("cannot grow %s", qPrintable(huge));
    }
    QTest::newRow("one byte past the bound") << huge;
}

void TestSynapseConfig::configurationIsBounded()
{
    QFETCH(QString, path);
    QString error;
    QVERIFY(!SynapseConfig::load({path}, &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("longer than 4 MiB")),
            qPrintable(error));

    // Up to the bound, a configuration with long comments is read.
    const QByteArray settings = "server_name: bound.example\n#";
    const QString atTheBound = write(QStringLiteral("bound.yaml"),
            settings + QByteArray(BoundedRead::kConfigurationBytes - settings.size() - 1, 'x')
                    + "\n");
    const auto config = SynapseConfig::load({atTheBound}, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->serverName, QStringLiteral("bound.example"));
}

QTEST_APPLESS_MAIN(TestSynapseConfig)
#include "TestSynapseConfig.moc"
