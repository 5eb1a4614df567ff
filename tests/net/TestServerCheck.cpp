// SPDX-License-Identifier: GPL-3.0-or-later
#include "../TestSupport.h"
#include "DevServer.h"
#include "ServerCheck.h"

#include <QNetworkAccessManager>

using registrar::core::Backend;
using registrar::core::RegistrationError;
using registrar::core::ServerCheckResult;
using registrar::devserver::DevServer;
using registrar::net::HttpTransport;
using registrar::net::ServerCheck;
using Registration = ServerCheckResult::Registration;

class TestServerCheck : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void enabledUsesNoNonce();
    void noSharedSecret();
    void delegatedToMas();
    void proxyDoesNotForwardAdmin();
    void separateAdminUrl();
    void namesTheBackendOfEachFlavour_data();
    void namesTheBackendOfEachFlavour();

private:
    ServerCheckResult check(const QUrl &clientUrl, const QUrl &adminUrl);

    QNetworkAccessManager *m_manager = nullptr;
    DevServer *m_server = nullptr;
};

void TestServerCheck::init()
{
    qRegisterMetaType<ServerCheckResult>();
    m_manager = new QNetworkAccessManager(this);
    m_server = new DevServer(this);
    m_server->setSharedSecret("s3cret");
    QVERIFY(m_server->listen() != 0);
}

void TestServerCheck::cleanup()
{
    delete m_server;
    delete m_manager;
}

ServerCheckResult TestServerCheck::check(const QUrl &clientUrl, const QUrl &adminUrl)
{
    HttpTransport transport(m_manager, {});
    ServerCheck serverCheck(&transport, clientUrl, adminUrl);
    QSignalSpy finished(&serverCheck, &ServerCheck::finished);
    serverCheck.start();
    if (!finished.wait(10000)) {
        return {};
    }
    return finished.constFirst().constFirst().value<ServerCheckResult>();
}

void TestServerCheck::enabledUsesNoNonce()
{
    const ServerCheckResult result = check(m_server->baseUrl(), m_server->baseUrl());
    QVERIFY(result.reachable);
    QVERIFY(result.adminApiExposed);
    QCOMPARE(result.synapseVersion, QStringLiteral("1.157.1"));
    QCOMPARE(result.registration, Registration::Enabled);
    QVERIFY(!result.authDelegated);
    QVERIFY(result.canRegister());
    QVERIFY(m_server->noncesIssued().isEmpty());
    QVERIFY(m_server->noncesPresented().isEmpty());
}

void TestServerCheck::noSharedSecret()
{
    m_server->setSharedSecret({});
    const ServerCheckResult result = check(m_server->baseUrl(), m_server->baseUrl());
    QVERIFY(result.reachable);
    QCOMPARE(result.registration, Registration::Disabled);
    QCOMPARE(result.problem.code(), RegistrationError::Code::SharedSecretDisabled);
}

void TestServerCheck::delegatedToMas()
{
    m_server->setAuthDelegated(true);
    const ServerCheckResult result = check(m_server->baseUrl(), m_server->baseUrl());
    QVERIFY(result.authDelegated);
    QCOMPARE(result.registration, Registration::Unavailable);
    QVERIFY(!result.canRegister());
}

void TestServerCheck::proxyDoesNotForwardAdmin()
{
    // The public URL is a "proxy" whose every answer is an HTML 404; the client API still
    // answers on the local listener.
    DevServer proxy;
    proxy.setFault(DevServer::Fault::HtmlNotFound);
    QVERIFY(proxy.listen() != 0);
    const ServerCheckResult result = check(m_server->baseUrl(), proxy.baseUrl());
    QVERIFY(result.reachable);
    QVERIFY(!result.adminApiExposed);
    QCOMPARE(result.problem.code(), RegistrationError::Code::AdminApiNotProxied);
    QVERIFY(result.toText().contains(QLatin1String("/_synapse/admin")));
}

void TestServerCheck::separateAdminUrl()
{
    DevServer publicSide;
    publicSide.setFault(DevServer::Fault::HtmlNotFound);
    QVERIFY(publicSide.listen() != 0);
    const ServerCheckResult result = check(publicSide.baseUrl(), m_server->baseUrl());
    QVERIFY(!result.reachable);
    QVERIFY(result.adminApiExposed);
    QVERIFY(result.canRegister());
}

void TestServerCheck::namesTheBackendOfEachFlavour_data()
{
    QTest::addColumn<DevServer::Flavour>("flavour");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<bool>("delegated");
    QTest::addColumn<bool>("federation");
    QTest::addColumn<bool>("stableMetadata");
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Registration>("registration");
    using F = DevServer::Flavour;
    QTest::newRow("synapse") << F::Synapse << true << false << true << true << "synapse"
                             << Registration::Enabled;
    QTest::newRow("synapse, no secret")
            << F::Synapse << false << false << true << true << "synapse" << Registration::Disabled;
    QTest::newRow("synapse with MAS") << F::Synapse << true << true << true << true << "synapse-mas"
                                      << Registration::Unavailable;
    QTest::newRow("synapse 1.137 with MAS") << F::Synapse << true << true << true << false
                                            << "synapse-mas" << Registration::Unavailable;
    QTest::newRow("synapse with MAS, federation not served")
            << F::Synapse << true << true << false << true << "synapse-mas"
            << Registration::Unavailable;
    QTest::newRow("tuwunel") << F::Tuwunel << true << false << true << true << "tuwunel"
                             << Registration::Enabled;
    QTest::newRow("tuwunel without federation")
            << F::Tuwunel << true << false << false << true << "tuwunel" << Registration::Enabled;
    QTest::newRow("tuwunel, no secret")
            << F::Tuwunel << false << false << true << true << "tuwunel" << Registration::Disabled;
    QTest::newRow("tuwunel with mas_secret") << F::Tuwunel << true << true << true << true
                                             << "tuwunel-mas" << Registration::Unavailable;
    QTest::newRow("dendrite") << F::Dendrite << true << false << true << true << "dendrite"
                              << Registration::Enabled;
    QTest::newRow("dendrite, no secret") << F::Dendrite << false << false << true << true
                                         << "dendrite" << Registration::Disabled;
}

void TestServerCheck::namesTheBackendOfEachFlavour()
{
    QFETCH(DevServer::Flavour, flavour);
    QFETCH(bool, secret);
    QFETCH(bool, delegated);
    QFETCH(bool, federation);
    QFETCH(bool, stableMetadata);
    QFETCH(QString, backend);
    QFETCH(Registration, registration);
    m_server->setFlavour(flavour);
    m_server->setSharedSecret(secret ? QByteArrayLiteral("s3cret") : QByteArray());
    m_server->setAuthDelegated(delegated);
    m_server->setFederationAllowed(federation);
    m_server->setStableAuthMetadata(stableMetadata);
    const ServerCheckResult result = check(m_server->baseUrl(), m_server->baseUrl());
    QCOMPARE(Backend::name(result.backend), backend);
    QCOMPARE(result.registration, registration);
    QCOMPARE(result.canRegister(), registration == Registration::Enabled);
    if (backend == QLatin1String("synapse-mas")) {
        // The local homeserver's MAS issuer, as its metadata names it.
        QVERIFY2(result.masUrl.toString().endsWith(QLatin1String("/mas/")),
                qPrintable(result.masUrl.toString()));
    } else {
        QVERIFY(!result.masUrl.isValid());
    }
    // No nonce is asked for, but of Tuwunel (one, left to expire), and none is used up.
    QCOMPARE(m_server->noncesIssued().size(),
            flavour == DevServer::Flavour::Tuwunel && registration == Registration::Enabled ? 1
                                                                                            : 0);
    for (const QString &presented : m_server->noncesPresented()) {
        QVERIFY2(presented.isEmpty(), qPrintable(presented)); // the empty probe's, never a real one
    }
}

QTEST_MAIN(TestServerCheck)
#include "TestServerCheck.moc"
