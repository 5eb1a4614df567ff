// SPDX-License-Identifier: GPL-3.0-or-later
// TLS against the local homeserver with certificates made here by openssl: unknown certificates
// fail and are shown, a pin makes registration work, a changed certificate fails as changed, one
// profile's trust never carries over to another on the same access manager, each trust keeps its
// own connections there, a custom CA works and does not overrule a pin.
#include "../CliRun.h"
#include "../TestCertificates.h"
#include "../TestSupport.h"
#include "DevServer.h"
#include "TokenSession.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using registrar::core::CertificateInfo;
using registrar::core::RegistrationError;
using registrar::core::RegistrationRequest;
using registrar::devserver::DevServer;
using registrar::net::HttpTransport;
using registrar::net::RegistrationJob;
using registrar::net::TransportSettings;
using registrar::test::CliRun;
using Code = RegistrationError::Code;

namespace {

/*!
 * Passes TCP through to the local homeserver and counts the connections clients open; the TLS
 * inside goes through untouched, so each count is one handshake with the server.
 */
class ConnectionCountingRelay : public QObject
{
public:
    explicit ConnectionCountingRelay(const QUrl &server)
        : m_server(server)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &ConnectionCountingRelay::accept);
        if (!m_listener.listen(QHostAddress::LocalHost)) {
            qFatal("the relay cannot listen");
        }
    }

    QUrl url() const
    {
        QUrl url = m_server;
        url.setPort(m_listener.serverPort());
        return url;
    }

    int connections() const { return m_connections; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            ++m_connections;
            auto *upstream = new QTcpSocket(client);
            connect(client, &QIODevice::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QIODevice::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QAbstractSocket::disconnected, client,
                    &QAbstractSocket::disconnectFromHost);
            connect(client, &QAbstractSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, quint16(m_server.port()));
        }
    }

    QUrl m_server;
    QTcpServer m_listener;
    int m_connections = 0;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void unknownCertificateFailsAndIsShown();
    void pinnedCertificateWorks();
    void changedCertificateFails();
    void trustDoesNotCarryOverToAnotherProfile();
    void eachTrustKeepsItsConnections();
    void customCaWorks();
    void missingAndGarbageCaFilesAreBothBadInput();
    void pinHoldsAgainstTrustedCa();
    void aFirstWrongPinIsNotTrustedNotChanged_data();
    void aFirstWrongPinIsNotTrustedNotChanged();
    void commandLine();
    void fingerprintsAsTyped_data();
    void fingerprintsAsTyped();

private:
    std::unique_ptr<DevServer> serve(const QString &name);
    QByteArray fingerprint(const QString &name) const;
    registrar::test::JobOutcome registerWith(
            const TransportSettings &settings, const QUrl &url, const QString &username);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_manager;
};

void TestTls::initTestCase()
{
    QVERIFY(registrar::test::makeTestCertificates(m_dir.path()));
}

std::unique_ptr<DevServer> TestTls::serve(const QString &name)
{
    QFile certificateFile(m_dir.filePath(name + QStringLiteral(".pem")));
    QFile keyFile(m_dir.filePath(name + QStringLiteral(".key")));
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        qFatal("missing %s", qPrintable(name));
    }
    auto server = std::make_unique<DevServer>();
    server->setSharedSecret("tls-secret");
    server->setServerName(QStringLiteral("tls.test"));
    if (server->listenTls(
                QSslCertificate(certificateFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Ec))
            == 0) {
        qFatal("cannot listen");
    }
    return server;
}

QByteArray TestTls::fingerprint(const QString &name) const
{
    const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(m_dir.filePath(name + QStringLiteral(".pem")));
    return certificates.isEmpty() ? QByteArray()
                                  : certificates.constFirst().digest(QCryptographicHash::Sha256);
}

registrar::test::JobOutcome TestTls::registerWith(
        const TransportSettings &settings, const QUrl &url, const QString &username)
{
    HttpTransport transport(&m_manager, settings);
    RegistrationRequest request;
    request.username = username;
    request.setPassword(QStringLiteral("tls-password-1"));
    RegistrationJob job(&transport, url, request, registrar::core::SecretBytes("tls-secret"));
    return registrar::test::runJob(job);
}

void TestTls::unknownCertificateFailsAndIsShown()
{
    const auto server = serve(QStringLiteral("first"));
    const auto outcome = registerWith({}, server->baseUrl(), QStringLiteral("unknown"));
    QCOMPARE(outcome.error.code(), Code::TlsFailure);
    QCOMPARE(outcome.error.exitCode(), 4);
    const CertificateInfo &shown = outcome.error.certificate();
    QCOMPARE(shown.sha256, fingerprint(QStringLiteral("first")));
    QVERIFY(shown.subject.contains(QLatin1String("registrar-test-first")));
    QVERIFY(!shown.errors.isEmpty());
    QVERIFY(shown.notAfter > QDateTime::currentDateTime());
    QVERIFY(outcome.error.message().contains(CertificateInfo::formatFingerprint(shown.sha256)));
    QCOMPARE(server->requestCount(), 0);
}

void TestTls::pinnedCertificateWorks()
{
    const auto server = serve(QStringLiteral("first"));
    TransportSettings pinned;
    pinned.pinnedSha256 = fingerprint(QStringLiteral("first"));
    const auto outcome = registerWith(pinned, server->baseUrl(), QStringLiteral("pinned"));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QCOMPARE(outcome.result.userId, QStringLiteral("@pinned:tls.test"));

    HttpTransport transport(&m_manager, pinned);
    registrar::net::TokenSession session(&transport, server->baseUrl(),
            registrar::core::SecretBytes::fromUtf8(outcome.result.accessToken));
    QSignalSpy whoami(&session, &registrar::net::TokenSession::whoamiSucceeded);
    session.whoami();
    QVERIFY(whoami.wait());
}

void TestTls::changedCertificateFails()
{
    TransportSettings pinned;
    pinned.pinnedSha256 = fingerprint(QStringLiteral("first"));
    const auto server = serve(QStringLiteral("second"));
    const auto outcome = registerWith(pinned, server->baseUrl(), QStringLiteral("changed"));
    QCOMPARE(outcome.error.code(), Code::CertificateChanged);
    const QString message = outcome.error.message();
    QVERIFY(message.contains(
            CertificateInfo::formatFingerprint(fingerprint(QStringLiteral("first")))));
    QVERIFY(message.contains(
            CertificateInfo::formatFingerprint(fingerprint(QStringLiteral("second")))));
    QCOMPARE(server->requestCount(), 0);
}

void TestTls::trustDoesNotCarryOverToAnotherProfile()
{
    const auto server = serve(QStringLiteral("first"));
    TransportSettings pinned;
    pinned.pinnedSha256 = fingerprint(QStringLiteral("first"));
    QVERIFY(registerWith(pinned, server->baseUrl(), QStringLiteral("accepted")).succeeded);
    // Same access manager, same host, no pin: the connection that accepted the certificate must
    // not be reused.
    const auto other = registerWith({}, server->baseUrl(), QStringLiteral("other"));
    QCOMPARE(other.error.code(), Code::TlsFailure);
    QVERIFY(!server->account(QStringLiteral("other")));
    // And a wrong pin is caught too.
    TransportSettings wrongPin;
    wrongPin.pinnedSha256 = fingerprint(QStringLiteral("second"));
    QCOMPARE(registerWith(wrongPin, server->baseUrl(), QStringLiteral("wrong")).error.code(),
            Code::CertificateChanged);
}

void TestTls::eachTrustKeepsItsConnections()
{
    // The main window and a batch window on two profiles of one server, alternating on the one
    // access manager: each keeps reusing its own connection, none is dropped for the other.
    const auto server = serve(QStringLiteral("signed"));
    const ConnectionCountingRelay relay(server->baseUrl());
    QUrl nonceUrl = relay.url();
    nonceUrl.setPath(QStringLiteral("/_synapse/admin/v1/register"));
    TransportSettings viaCa;
    viaCa.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    TransportSettings pinned;
    pinned.pinnedSha256 = fingerprint(QStringLiteral("signed"));
    HttpTransport mainWindow(&m_manager, viaCa);
    HttpTransport batchWindow(&m_manager, pinned);
    for (int round = 0; round < 3; ++round) {
        for (HttpTransport *transport : {&mainWindow, &batchWindow}) {
            const auto response = registrar::test::waitFor(transport->get(nonceUrl));
            QCOMPARE(response.failure, registrar::core::HttpResponse::Failure::None);
            QCOMPARE(response.status, 200);
        }
    }
    QCOMPARE(relay.connections(), 2);
    QCOMPARE(server->requestCount(), 6);

    // Neither trust serves a transport that has neither.
    HttpTransport untrusting(&m_manager, {});
    const auto refused = registrar::test::waitFor(untrusting.get(nonceUrl));
    QCOMPARE(refused.failure, registrar::core::HttpResponse::Failure::Tls);
    QCOMPARE(server->requestCount(), 6);
    QCOMPARE(relay.connections(), 3);
}

void TestTls::customCaWorks()
{
    const auto server = serve(QStringLiteral("signed"));
    TransportSettings withCa;
    withCa.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    const auto outcome = registerWith(withCa, server->baseUrl(), QStringLiteral("viaca"));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QCOMPARE(registerWith({}, server->baseUrl(), QStringLiteral("noca")).error.code(),
            Code::TlsFailure);
}

void TestTls::missingAndGarbageCaFilesAreBothBadInput()
{
    // A profile's CA file that is gone and one that holds no certificate are the same mistake,
    // as on the command line (exit 1): each is said as it is, and nothing is sent.
    const auto server = serve(QStringLiteral("signed"));
    QFile garbage(m_dir.filePath(QStringLiteral("garbage.pem")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n");
    garbage.close();
    const QList<QPair<QString, QString>> cases{
            {m_dir.filePath(QStringLiteral("nothing.pem")), QStringLiteral("cannot read")},
            {garbage.fileName(), QStringLiteral("holds no PEM certificate")}};
    for (const auto &[path, says] : cases) {
        TransportSettings unusable;
        unusable.caFile = path;
        const auto outcome = registerWith(unusable, server->baseUrl(), QStringLiteral("ca"));
        QCOMPARE(outcome.error.code(), Code::CaFileUnusable);
        QCOMPARE(outcome.error.exitCode(), 1);
        QVERIFY2(outcome.error.message().contains(path), qPrintable(outcome.error.message()));
        QVERIFY2(outcome.error.message().contains(says), qPrintable(outcome.error.message()));
    }
    QCOMPARE(server->requestCount(), 0);
}

void TestTls::pinHoldsAgainstTrustedCa()
{
    // The CA vouches for the server's certificate, but the profile pinned another one: the pin
    // wins, the certificate counts as changed, and nothing is sent over that connection.
    const auto server = serve(QStringLiteral("signed"));
    TransportSettings pinnedWithCa;
    pinnedWithCa.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    pinnedWithCa.pinnedSha256 = fingerprint(QStringLiteral("first"));
    const auto outcome = registerWith(pinnedWithCa, server->baseUrl(), QStringLiteral("vouched"));
    QCOMPARE(outcome.error.code(), Code::CertificateChanged);
    QVERIFY(outcome.error.message().contains(
            CertificateInfo::formatFingerprint(fingerprint(QStringLiteral("signed")))));
    QVERIFY(!server->account(QStringLiteral("vouched")));
    QCOMPARE(server->requestCount(), 0);
}

void TestTls::aFirstWrongPinIsNotTrustedNotChanged_data()
{
    QTest::addColumn<QString>("served");
    QTest::addColumn<bool>("withCa");
    QTest::newRow("self-signed") << "first" << false;
    QTest::newRow("signed by a trusted CA") << "signed" << true;
}

void TestTls::aFirstWrongPinIsNotTrustedNotChanged()
{
    // A fingerprint typed for this command, which no connection confirmed: the server's
    // certificate did not change, it is just not the one named.
    QFETCH(QString, served);
    QFETCH(bool, withCa);
    const auto server = serve(served);
    TransportSettings typed;
    typed.pinnedSha256 = fingerprint(QStringLiteral("second"));
    typed.pinTrustedEarlier = false;
    if (withCa) {
        typed.caFile = m_dir.filePath(QStringLiteral("ca.pem"));
    }
    const auto outcome = registerWith(typed, server->baseUrl(), QStringLiteral("typed"));
    QCOMPARE(outcome.error.code(), Code::TlsFailure);
    QCOMPARE(outcome.error.exitCode(), 4);
    const QString message = outcome.error.message();
    QVERIFY2(message.contains(QLatin1String("not trusted")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("changed")), qPrintable(message));
    QVERIFY(message.contains(
            CertificateInfo::formatFingerprint(fingerprint(QStringLiteral("second")))));
    QVERIFY(message.contains(CertificateInfo::formatFingerprint(fingerprint(served))));
    QCOMPARE(server->requestCount(), 0);

    // The same pin as a profile keeps it, from an earlier trust decision: that is a change.
    typed.pinTrustedEarlier = true;
    QCOMPARE(registerWith(typed, server->baseUrl(), QStringLiteral("stored")).error.code(),
            Code::CertificateChanged);
}

void TestTls::commandLine()
{
    const auto server = serve(QStringLiteral("first"));
    const QString url = server->baseUrl().toString();
    const QStringList base{QStringLiteral("register"), QStringLiteral("-k"),
            QStringLiteral("tls-secret"), QStringLiteral("-p"), QStringLiteral("tls-password-1")};
    const QString shownPin =
            CertificateInfo::formatFingerprint(fingerprint(QStringLiteral("first")));

    CliRun untrusted =
            CliRun::start(base + QStringList{QStringLiteral("-u"), QStringLiteral("cli1"), url});
    QVERIFY2(untrusted.exitCode == 4, untrusted.err.constData());
    QVERIFY2(untrusted.err.contains(shownPin.toLatin1()), untrusted.err.constData());

    CliRun pinned = CliRun::start(base
            + QStringList{QStringLiteral("-u"), QStringLiteral("cli2"),
                    QStringLiteral("--pin-sha256"), shownPin.toLower(), url});
    QVERIFY2(pinned.exitCode == 0, pinned.err.constData());
    QCOMPARE(CliRun::start({QStringLiteral("check"), QStringLiteral("--pin-sha256"), shownPin, url})
                     .exitCode,
            0);
    QCOMPARE(CliRun::start(base
                     + QStringList{QStringLiteral("-u"), QStringLiteral("cli3"),
                             QStringLiteral("--pin-sha256"), QStringLiteral("12:34"), url})
                     .exitCode,
            1);

    // --pin-sha256 for a server never trusted before, with another certificate: not trusted,
    // not "changed", in register and in check alike.
    const QString otherPin =
            CertificateInfo::formatFingerprint(fingerprint(QStringLiteral("second")));
    const CliRun wrongPin = CliRun::start(base
            + QStringList{QStringLiteral("-u"), QStringLiteral("cli6"),
                    QStringLiteral("--pin-sha256"), otherPin, url});
    QCOMPARE(wrongPin.exitCode, 4);
    QVERIFY2(
            wrongPin.err.contains("does not have the fingerprint given"), wrongPin.err.constData());
    QVERIFY2(!wrongPin.err.contains("changed"), wrongPin.err.constData());
    QVERIFY2(wrongPin.err.contains(shownPin.toLatin1()), wrongPin.err.constData());
    const CliRun wrongPinChecked =
            CliRun::start({QStringLiteral("check"), QStringLiteral("--pin-sha256"), otherPin, url});
    QCOMPARE(wrongPinChecked.exitCode, 4);
    QVERIFY2(!(wrongPinChecked.out + wrongPinChecked.err).contains("changed"),
            (wrongPinChecked.out + wrongPinChecked.err).constData());

    const auto signedServer = serve(QStringLiteral("signed"));
    CliRun viaCa = CliRun::start(base
            + QStringList{QStringLiteral("-u"), QStringLiteral("cli4"), QStringLiteral("--ca-file"),
                    m_dir.filePath(QStringLiteral("ca.pem")), signedServer->baseUrl().toString()});
    QVERIFY2(viaCa.exitCode == 0, viaCa.err.constData());
    QCOMPARE(CliRun::start(base
                     + QStringList{QStringLiteral("-u"), QStringLiteral("cli5"),
                             QStringLiteral("--ca-file"),
                             m_dir.filePath(QStringLiteral("nothing.pem")),
                             signedServer->baseUrl().toString()})
                     .exitCode,
            1);
}

void TestTls::fingerprintsAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    const QString hex = QStringLiteral("ab").repeated(32);
    QTest::newRow("plain lowercase") << hex << true;
    QTest::newRow("uppercase with colons")
            << QString::fromLatin1(QByteArray::fromHex(hex.toLatin1()).toHex(':').toUpper())
            << true;
    QTest::newRow("spaces around") << QStringLiteral("  ") + hex + QStringLiteral(" ") << true;
    QTest::newRow("too short") << hex.left(62) << false;
    QTest::newRow("not hex") << QStringLiteral("zz") + hex.mid(2) << false;
    QTest::newRow("SHA-1 length") << hex.left(40) << false;
}

void TestTls::fingerprintsAsTyped()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(CertificateInfo::parseFingerprint(text).size(), valid ? 32 : 0);
}

QTEST_GUILESS_MAIN(TestTls)
#include "TestTls.moc"
