// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationMac.h"

#include <QMessageAuthenticationCode>
#include <QTest>

using registrar::core::registrationMac;

class TestRegistrationMac : public QObject
{
    Q_OBJECT

private slots:
    void protocolVectors_data();
    void protocolVectors();
    void messageBytesMatchTheDocument_data();
    void messageBytesMatchTheDocument();
    void normalisationChangesTheMac();
    void outputIsLowercaseHex();
};

void TestRegistrationMac::protocolVectors_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("userType");
    QTest::addColumn<QByteArray>("expected");

    const QString v1Nonce = QStringLiteral("0123456789abcdef").repeated(8);
    QTest::newRow("V1") << QByteArray("correct horse battery staple") << v1Nonce
                        << QStringLiteral("alice") << QStringLiteral("hunter2") << false
                        << QString() << QByteArray("8a4c1b159e5e9fe8d731b2497d0152668d37d76e");
    QTest::newRow("V2 non-ASCII password, admin")
            << QByteArray("Zq8#;p=Vx~.kL@^&*-_+")
            << QStringLiteral("5f4dcc3b5aa765d61d8327deb882cf99") << QStringLiteral("bjorn")
            << QString::fromUtf8("p\xc3\xa4ssw\xc3\xb6rd\xe2\x82\xac\xf0\x9f\x98\x80") << true
            << QString() << QByteArray("e5584cd2f8d572b703b03ca1a23d55c3c86c2010");
    QTest::newRow("V3 user type, capitals as sent")
            << QByteArray("correct horse battery staple") << QStringLiteral("a1b2c3d4e5f60718")
            << QStringLiteral("Alert-Bot") << QStringLiteral("s3cret!") << false
            << QStringLiteral("bot") << QByteArray("d580a3b40a2ecb35d0062cf7d30ee4afc7041823");
    QTest::newRow("V4 100-byte key")
            << QByteArray("ab").repeated(50) << QStringLiteral("a1b2c3d4e5f60718")
            << QStringLiteral("alice") << QStringLiteral("hunter2") << false << QString()
            << QByteArray("d8f08dd57a4740d0e3b5e1363cd17f72ee1c7824");
    // The MAS notes' vectors (§6). We send user_type only when it is set, so Tuwunel, which
    // signs the field whenever it is present, and Synapse sign the same bytes; Dendrite never
    // signs it, and the job refuses a user type for Dendrite before sending.
    const QString tuwunelNonce = QStringLiteral("thenonce0123456789abcdef");
    QTest::newRow("Tuwunel notadmin")
            << QByteArray("shared-secret-12345") << tuwunelNonce << QStringLiteral("alice")
            << QStringLiteral("p4ssw0rd!") << false << QString()
            << QByteArray("44e0ec50d52aaa4029731dfcfe7e22123fa4c53e");
    QTest::newRow("Tuwunel admin")
            << QByteArray("shared-secret-12345") << tuwunelNonce << QStringLiteral("alice")
            << QStringLiteral("p4ssw0rd!") << true << QString()
            << QByteArray("7774d6962a728b48ca7cd41e99a5149a93ff1ec5");
    QTest::newRow("Tuwunel admin bot")
            << QByteArray("shared-secret-12345") << tuwunelNonce << QStringLiteral("alice")
            << QStringLiteral("p4ssw0rd!") << true << QStringLiteral("bot")
            << QByteArray("10f12d86c7210410ee777edadf655033b8f36008");
    QTest::newRow("Dendrite notadmin, from register_secret_test.go")
            << QByteArray("dendritetest")
            << QStringLiteral("759f047f312b99ff428b21d581256f8592b8976e58bc1b543972dc6147e529a7"
                              "9657605b52d7becd160ff5137f3de11975684319187e06901955f79e5a6c5a79")
            << QStringLiteral("alice") << QStringLiteral("wonderland") << false << QString()
            << QByteArray("f1ba8d37123866fd659b40de4bad9b0f8965c565");
    QTest::newRow("V5 trailing newline in the secret")
            << QByteArray("correct horse battery staple\n") << v1Nonce << QStringLiteral("alice")
            << QStringLiteral("hunter2") << false << QString()
            << QByteArray("4ec87ce07553083d78c5801914070504db5e4dda");
}

void TestRegistrationMac::protocolVectors()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, nonce);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, admin);
    QFETCH(QString, userType);
    QFETCH(QByteArray, expected);
    QCOMPARE(registrationMac(secret, nonce, username, password, admin, userType), expected);
}

void TestRegistrationMac::messageBytesMatchTheDocument_data()
{
    // The document's message bytes, signed directly: if registrationMac() agrees, it fed the
    // very same bytes, separators and tail included.
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("messageHex");
    QTest::addColumn<QString>("nonce");
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("userType");
    QTest::newRow("V2")
            << QByteArray("Zq8#;p=Vx~.kL@^&*-_+")
            << QByteArray("3566346463633362356161373635643631643833323764656238383263663939"
                          "00626a6f726e"
                          "0070c3a4737377c3b67264e282acf09f9880"
                          "0061646d696e")
            << QStringLiteral("5f4dcc3b5aa765d61d8327deb882cf99") << QStringLiteral("bjorn")
            << QString::fromUtf8("p\xc3\xa4ssw\xc3\xb6rd\xe2\x82\xac\xf0\x9f\x98\x80") << true
            << QString();
    QTest::newRow("V3") << QByteArray("correct horse battery staple")
                        << QByteArray("61316232633364346535663630373138"
                                      "00416c6572742d426f74"
                                      "0073336372657421"
                                      "006e6f7461646d696e"
                                      "00626f74")
                        << QStringLiteral("a1b2c3d4e5f60718") << QStringLiteral("Alert-Bot")
                        << QStringLiteral("s3cret!") << false << QStringLiteral("bot");
}

void TestRegistrationMac::messageBytesMatchTheDocument()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, messageHex);
    QFETCH(QString, nonce);
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, admin);
    QFETCH(QString, userType);
    const QByteArray message = QByteArray::fromHex(messageHex);
    const QByteArray expected =
            QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha1).toHex();
    QCOMPARE(registrationMac(secret, nonce, username, password, admin, userType), expected);
}

void TestRegistrationMac::normalisationChangesTheMac()
{
    const QString nfc = QString(QChar(0x00e9));
    const QString nfd = QStringLiteral("e") + QChar(0x0301);
    const QByteArray macNfc =
            registrationMac("k", QStringLiteral("n"), QStringLiteral("u"), nfc, false, {});
    const QByteArray macNfd =
            registrationMac("k", QStringLiteral("n"), QStringLiteral("u"), nfd, false, {});
    QVERIFY(macNfc.startsWith("2a33f76c"));
    QVERIFY(macNfd.startsWith("ec61ed06"));
}

void TestRegistrationMac::outputIsLowercaseHex()
{
    const QByteArray mac = registrationMac("secret", QStringLiteral("nonce"), QStringLiteral("u"),
            QStringLiteral("p"), true, QStringLiteral("support"));
    QCOMPARE(mac.size(), 40);
    QCOMPARE(mac, mac.toLower());
    QVERIFY(QByteArray::fromHex(mac).toHex() == mac);
}

QTEST_APPLESS_MAIN(TestRegistrationMac)
#include "TestRegistrationMac.moc"
