// SPDX-License-Identifier: GPL-3.0-or-later
// The registration flow shared by the app and the CLI, against the local homeserver on loopback:
// where the secret comes from, one outcome per attempt, trust on first use, what it saves, and
// that a new account's token is used on the client API even when the admin API is elsewhere.
#include "../TestCertificates.h"
#include "AccountHistory.h"
#include "DevServer.h"
#include "HttpTransport.h"
#include "MasProgressStore.h"
#include "MemorySecretStore.h"
#include "ProfileStore.h"
#include "RegistrationFlow.h"
#include "SecretVault.h"
#include "TokenSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using registrar::core::RegistrationError;
using registrar::core::RegistrationRequest;
using registrar::devserver::DevServer;
using registrar::flows::RegistrationFlow;
using registrar::flows::ServerTarget;
using registrar::store::Profile;
using Code = RegistrationError::Code;

namespace {

const QByteArray kSecret = "flow-secret";

//! Every outcome of one attempt, counted once the event loop has nothing left to deliver.
struct Outcomes
{
    QList<RegistrationFlow::Created> created;
    QList<RegistrationError> failures;
    QList<RegistrationError> trustDecisions;
    QList<RegistrationFlow::Stage> stages;
    bool duringStart = false;

    int count() const { return int(created.size() + failures.size() + trustDecisions.size()); }
};

//! The in-memory store standing in for the keychain, counting what is asked of it.
class CountingKeychain : public registrar::store::MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;

    void read(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        MemorySecretStore::read(key, context, std::move(done));
    }

    int reads = 0;
};

} // namespace

class TestRegistrationFlow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typedSecretCreatesAndIsKeptForTheAppRun();
    void typedSecretIsNotKeptWhenItFailed();
    void profileSecretComesFromTheVault();
    void missingProfileSecretSendsNothing();
    void learnsTheServerNameAndRecordsHistory();
    void tokenSessionUsesTheClientUrl();
    void cancelWhileReadingTheSecretSendsNothing();
    void failureIsTheOnlyOutcome();
    void unknownCertificateAsksAndTrustIsKeptForTheAppRun();
    void trustedCertificateIsPinnedInTheProfile();
    void pinWithPlainHttpSendsNothing();
    void pinBelongsToTheHttpsUrlOfASplitProfile();
    void secondStartWhileRunningIsRefused();
    void cancelWhileFetchingTheNonceReportsLater();
    void tokenWithAControlCharacterIsNotSent();
    void lostAnswerIsSettledBySigningInOnTheNextAttempt();
    void masProfileCreatesWithTheClientSecretFromTheVault();
    void masAttemptIsFinishedByTheSameRegistrationAgain();
    void theHomeserversPinIsNotAppliedToMasOnAnotherHost();

private:
    Profile addMasProfile();
    Outcomes run(const ServerTarget &target, const QString &username,
            const QByteArray &typedSecret = {});
    Profile addProfile(const QUrl &clientUrl, const QUrl &adminUrl = {});
    void storeSecret(const QString &key, const QByteArray &secret);
    std::unique_ptr<DevServer> serveTls();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<CountingKeychain> m_keychain;
    std::unique_ptr<registrar::store::SecretVault> m_vault;
    std::unique_ptr<registrar::store::ProfileStore> m_profiles;
    std::unique_ptr<registrar::store::AccountHistory> m_history;
    std::unique_ptr<RegistrationFlow> m_flow;
};

void TestRegistrationFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<DevServer>();
    m_server->setSharedSecret(kSecret);
    m_server->setServerName(QStringLiteral("flow.test"));
    QVERIFY(m_server->listen() != 0);
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_keychain = std::make_unique<CountingKeychain>();
    m_vault = std::make_unique<registrar::store::SecretVault>(m_keychain.get());
    m_profiles = std::make_unique<registrar::store::ProfileStore>(std::make_unique<QSettings>(
            m_dir->filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat));
    m_history = std::make_unique<registrar::store::AccountHistory>(
            m_dir->filePath(QStringLiteral("history.json")));
    m_flow = std::make_unique<RegistrationFlow>(m_manager.get(), m_vault.get());
    m_flow->setProfileStore(m_profiles.get());
    m_flow->setHistory(m_history.get());
    m_flow->setKeepsTypedSecrets(true);
    m_flow->setTimeoutMs(10000);
}

void TestRegistrationFlow::cleanup()
{
    m_flow.reset();
    m_history.reset();
    m_profiles.reset();
    m_vault.reset();
    m_keychain.reset();
    m_manager.reset();
    m_server.reset();
    m_dir.reset();
}

Outcomes TestRegistrationFlow::run(
        const ServerTarget &target, const QString &username, const QByteArray &typedSecret)
{
    Outcomes outcomes;
    QObject receiver;
    connect(m_flow.get(), &RegistrationFlow::succeeded, &receiver,
            [&](const RegistrationFlow::Created &account) { outcomes.created.append(account); });
    connect(m_flow.get(), &RegistrationFlow::failed, &receiver,
            [&](const RegistrationError &error) { outcomes.failures.append(error); });
    connect(m_flow.get(), &RegistrationFlow::needsTrustDecision, &receiver,
            [&](const RegistrationError &error) { outcomes.trustDecisions.append(error); });
    connect(m_flow.get(), &RegistrationFlow::stageChanged, &receiver,
            [&](RegistrationFlow::Stage stage) { outcomes.stages.append(stage); });
    RegistrationRequest request;
    request.username = username;
    request.setPassword(QStringLiteral("flow-password-1"));
    request.displayName = QStringLiteral("Flow %1").arg(username);
    if (!m_flow->start(target, request, registrar::core::SecretBytes(typedSecret))) {
        qWarning("the flow refused to start");
    }
    outcomes.duringStart = outcomes.count() > 0;
    if (!QTest::qWaitFor([&] { return outcomes.count() > 0; }, 15000)) {
        qWarning("the flow did not finish");
    }
    // A second outcome could only come from events already queued: deliver them all.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    return outcomes;
}

Profile TestRegistrationFlow::addProfile(const QUrl &clientUrl, const QUrl &adminUrl)
{
    Profile profile;
    profile.name = QStringLiteral("Flow server");
    profile.clientUrl = clientUrl;
    profile.adminUrl = adminUrl;
    QString error;
    if (!m_profiles->add(profile, &error)) {
        qFatal("%s", qPrintable(error));
    }
    return profile;
}

void TestRegistrationFlow::storeSecret(const QString &key, const QByteArray &secret)
{
    bool done = false;
    m_keychain->write(key, registrar::core::SecretBytes(secret), m_keychain.get(),
            [&done](const registrar::store::SecretStore::Result &) { done = true; });
    QVERIFY(QTest::qWaitFor([&done] { return done; }));
}

std::unique_ptr<DevServer> TestRegistrationFlow::serveTls()
{
    if (!registrar::test::makeTestCertificates(m_dir->path())) {
        qFatal("openssl could not make the test certificates");
    }
    QFile certificate(m_dir->filePath(QStringLiteral("first.pem")));
    QFile key(m_dir->filePath(QStringLiteral("first.key")));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        qFatal("missing test certificate");
    }
    auto server = std::make_unique<DevServer>();
    server->setSharedSecret(kSecret);
    server->setServerName(QStringLiteral("tls.test"));
    if (server->listenTls(QSslCertificate(certificate.readAll()), QSslKey(key.readAll(), QSsl::Ec))
            == 0) {
        qFatal("cannot listen");
    }
    return server;
}

void TestRegistrationFlow::typedSecretCreatesAndIsKeptForTheAppRun()
{
    const ServerTarget target = ServerTarget::fromUrl(m_server->baseUrl(), {}, false);
    QVERIFY(!m_flow->keepsSecretFor(target.adminUrl));
    const Outcomes first = run(target, QStringLiteral("typed"), kSecret);
    QVERIFY(!first.duringStart);
    QCOMPARE(first.count(), 1);
    QCOMPARE(first.created.size(), 1);
    const RegistrationFlow::Created &account = first.created.constFirst();
    QCOMPARE(account.result.userId, QStringLiteral("@typed:flow.test"));
    QVERIFY(account.typedSecretKept);
    QVERIFY(account.request.password.isEmpty());
    QCOMPARE(account.target.serverName, QStringLiteral("flow.test"));
    QCOMPARE(first.stages,
            (QList<RegistrationFlow::Stage>{
                    RegistrationFlow::Stage::FetchingNonce, RegistrationFlow::Stage::Registering}));
    QVERIFY(m_server->passwordMatches(QStringLiteral("typed"), QStringLiteral("flow-password-1")));

    // Nothing typed the second time: the secret that worked comes from memory.
    QVERIFY(m_flow->keepsSecretFor(target.adminUrl));
    const Outcomes second = run(target, QStringLiteral("again"));
    QCOMPARE(second.count(), 1);
    QCOMPARE(second.created.size(), 1);
    QCOMPARE(second.stages.constFirst(), RegistrationFlow::Stage::ReadingSecret);
    QVERIFY(!second.created.constFirst().typedSecretKept);
}

void TestRegistrationFlow::typedSecretIsNotKeptWhenItFailed()
{
    const ServerTarget target = ServerTarget::fromUrl(m_server->baseUrl(), {}, false);
    const Outcomes wrong = run(target, QStringLiteral("wrong"), "not-the-secret");
    QCOMPARE(wrong.count(), 1);
    QCOMPARE(wrong.failures.size(), 1);
    QCOMPARE(wrong.failures.constFirst().code(), Code::MacRejected);
    QVERIFY(!m_flow->keepsSecretFor(target.adminUrl));
    const Outcomes none = run(target, QStringLiteral("none"));
    QCOMPARE(none.failures.size(), 1);
    QCOMPARE(none.failures.constFirst().code(), Code::SecretMissing);
    QCOMPARE(none.failures.constFirst().exitCode(), 1);
    QCOMPARE(m_keychain->reads, 0); // an unsaved server's secret is never in the keychain
}

void TestRegistrationFlow::profileSecretComesFromTheVault()
{
    const Profile profile = addProfile(m_server->baseUrl());
    storeSecret(profile.id, kSecret);
    const Outcomes outcomes = run(ServerTarget::fromProfile(profile), QStringLiteral("saved"));
    QCOMPARE(outcomes.count(), 1);
    QCOMPARE(outcomes.created.size(), 1);
    QCOMPARE(outcomes.stages.constFirst(), RegistrationFlow::Stage::ReadingSecret);
    QVERIFY(!outcomes.created.constFirst().typedSecretKept);
    QVERIFY(m_server->account(QStringLiteral("saved")).has_value());
}

void TestRegistrationFlow::missingProfileSecretSendsNothing()
{
    const Profile profile = addProfile(m_server->baseUrl());
    const Outcomes outcomes = run(ServerTarget::fromProfile(profile), QStringLiteral("nosecret"));
    QCOMPARE(outcomes.count(), 1);
    QCOMPARE(outcomes.failures.size(), 1);
    QCOMPARE(outcomes.failures.constFirst().code(), Code::SecretMissing);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRegistrationFlow::learnsTheServerNameAndRecordsHistory()
{
    const Profile profile = addProfile(m_server->baseUrl());
    storeSecret(profile.id, kSecret);
    QVERIFY(profile.serverName.isEmpty());
    const Outcomes outcomes = run(ServerTarget::fromProfile(profile), QStringLiteral("learner"));
    QCOMPARE(outcomes.created.size(), 1);
    QVERIFY(outcomes.created.constFirst().learnedServerName);
    QVERIFY(outcomes.created.constFirst().problems.isEmpty());
    QCOMPARE(m_profiles->find(profile.id)->serverName, QStringLiteral("flow.test"));
    QCOMPARE(m_history->entries().size(), 1);
    QCOMPARE(m_history->entries().constFirst().userId, QStringLiteral("@learner:flow.test"));

    // Known now: nothing more to learn.
    const Outcomes again =
            run(ServerTarget::fromProfile(*m_profiles->find(profile.id)), QStringLiteral("other"));
    QCOMPARE(again.created.size(), 1);
    QVERIFY(!again.created.constFirst().learnedServerName);
    QCOMPARE(m_history->entries().size(), 2);
}

void TestRegistrationFlow::tokenSessionUsesTheClientUrl()
{
    // One homeserver, two listeners: the admin API on one, the client API on the other.
    const quint16 clientPort = m_server->baseUrl().port();
    const quint16 adminPort = m_server->listen();
    QVERIFY(adminPort != 0 && adminPort != clientPort);
    QUrl clientUrl = m_server->baseUrl();
    clientUrl.setPort(clientPort);
    const Profile profile = addProfile(clientUrl, m_server->baseUrl());
    storeSecret(profile.id, kSecret);

    const Outcomes outcomes = run(ServerTarget::fromProfile(profile), QStringLiteral("twoports"));
    QCOMPARE(outcomes.created.size(), 1);
    QCOMPARE(m_server->portsReached(QStringLiteral("/_synapse/admin/v1/register")),
            (QList<quint16>{adminPort, adminPort}));

    const std::unique_ptr<registrar::net::TokenSession> session =
            m_flow->openTokenSession(outcomes.created.constFirst());
    QVERIFY(session);
    QSignalSpy whoami(session.get(), &registrar::net::TokenSession::whoamiSucceeded);
    session->whoami();
    QVERIFY(whoami.wait());
    QCOMPARE(m_server->portsReached(QStringLiteral("/_matrix/client/v3/account/whoami")),
            QList<quint16>{clientPort});
    QSignalSpy loggedOut(session.get(), &registrar::net::TokenSession::loggedOut);
    session->logout();
    QVERIFY(loggedOut.wait());
    QCOMPARE(m_server->portsReached(QStringLiteral("/_matrix/client/v3/logout")),
            QList<quint16>{clientPort});
}

void TestRegistrationFlow::cancelWhileReadingTheSecretSendsNothing()
{
    const Profile profile = addProfile(m_server->baseUrl());
    storeSecret(profile.id, kSecret);
    Outcomes outcomes;
    connect(m_flow.get(), &RegistrationFlow::succeeded, this,
            [&](const RegistrationFlow::Created &account) { outcomes.created.append(account); });
    connect(m_flow.get(), &RegistrationFlow::failed, this,
            [&](const RegistrationError &error) { outcomes.failures.append(error); });
    RegistrationRequest request;
    request.username = QStringLiteral("cancelled");
    request.setPassword(QStringLiteral("flow-password-1"));
    QVERIFY(m_flow->start(ServerTarget::fromProfile(profile), request));
    QVERIFY(m_flow->isRunning());
    m_flow->cancel();
    QVERIFY(QTest::qWaitFor([&] { return outcomes.count() > 0; }));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(outcomes.count(), 1);
    QCOMPARE(outcomes.failures.constFirst().code(), Code::Cancelled);
    QVERIFY(!m_flow->isRunning());
    QCOMPARE(m_server->requestCount(), 0);
    m_flow->disconnect(this);
}

void TestRegistrationFlow::failureIsTheOnlyOutcome()
{
    const ServerTarget target = ServerTarget::fromUrl(m_server->baseUrl(), {}, false);
    QCOMPARE(run(target, QStringLiteral("taken"), kSecret).created.size(), 1);
    const Outcomes taken = run(target, QStringLiteral("taken"), kSecret);
    QCOMPARE(taken.count(), 1);
    QCOMPARE(taken.failures.constFirst().code(), Code::UsernameTaken);
    QCOMPARE(m_history->entries().size(), 1);
}

void TestRegistrationFlow::unknownCertificateAsksAndTrustIsKeptForTheAppRun()
{
    const std::unique_ptr<DevServer> server = serveTls();
    const ServerTarget target = ServerTarget::fromUrl(server->baseUrl(), {}, false);
    const Outcomes unknown = run(target, QStringLiteral("tofu"), kSecret);
    QCOMPARE(unknown.count(), 1);
    QCOMPARE(unknown.trustDecisions.size(), 1);
    const RegistrationError &asked = unknown.trustDecisions.constFirst();
    QCOMPARE(asked.code(), Code::TlsFailure);
    QVERIFY(!asked.certificate().isNull());
    QCOMPARE(server->requestCount(), 0);

    QString error;
    QVERIFY(m_flow->trust(asked.certificate(), &error));
    const Outcomes trusted = run(target, QStringLiteral("tofu"), kSecret);
    QCOMPARE(trusted.count(), 1);
    QCOMPARE(trusted.created.size(), 1);
    QCOMPARE(trusted.created.constFirst().target.pinnedSha256, asked.certificate().sha256);
    QVERIFY(m_profiles->profiles().isEmpty()); // nothing saved for an unsaved server

    // The token session trusts the same certificate.
    const std::unique_ptr<registrar::net::TokenSession> session =
            m_flow->openTokenSession(trusted.created.constFirst());
    QSignalSpy whoami(session.get(), &registrar::net::TokenSession::whoamiSucceeded);
    session->whoami();
    QVERIFY(whoami.wait());
}

void TestRegistrationFlow::trustedCertificateIsPinnedInTheProfile()
{
    const std::unique_ptr<DevServer> server = serveTls();
    const Profile profile = addProfile(server->baseUrl());
    storeSecret(profile.id, kSecret);
    const Outcomes unknown = run(ServerTarget::fromProfile(profile), QStringLiteral("pinme"));
    QCOMPARE(unknown.trustDecisions.size(), 1);
    QString error;
    QVERIFY(m_flow->trust(unknown.trustDecisions.constFirst().certificate(), &error));
    const Profile pinned = *m_profiles->find(profile.id);
    QCOMPARE(pinned.pinnedSha256, unknown.trustDecisions.constFirst().certificate().sha256);
    const Outcomes trusted = run(ServerTarget::fromProfile(pinned), QStringLiteral("pinme"));
    QCOMPARE(trusted.created.size(), 1);
}

void TestRegistrationFlow::pinWithPlainHttpSendsNothing()
{
    ServerTarget target = ServerTarget::fromUrl(m_server->baseUrl(), {}, false);
    target.pinnedSha256 = QByteArray(32, '\x11');
    const Outcomes outcomes = run(target, QStringLiteral("plain"), kSecret);
    QCOMPARE(outcomes.count(), 1);
    QCOMPARE(outcomes.failures.size(), 1);
    const RegistrationError &error = outcomes.failures.constFirst();
    QCOMPARE(error.code(), Code::TrustNeedsTls);
    QCOMPARE(error.exitCode(), 1);
    QVERIFY2(error.message().contains(QLatin1String("http://")), qPrintable(error.message()));
    QCOMPARE(m_server->requestCount(), 0);

    // A CA file asks for certificate checks as much as a pin does.
    target.pinnedSha256.clear();
    target.caFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    const Outcomes withCa = run(target, QStringLiteral("plain"), kSecret);
    QCOMPARE(withCa.failures.size(), 1);
    QCOMPARE(withCa.failures.constFirst().code(), Code::TrustNeedsTls);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRegistrationFlow::pinBelongsToTheHttpsUrlOfASplitProfile()
{
    // The admin API on a plain loopback listener, the client API on TLS with a pinned certificate.
    if (!registrar::test::makeTestCertificates(m_dir->path())) {
        QFAIL("openssl could not make the test certificates");
    }
    QFile certificate(m_dir->filePath(QStringLiteral("first.pem")));
    QFile key(m_dir->filePath(QStringLiteral("first.key")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    const QSslCertificate serverCertificate(certificate.readAll());
    const QUrl adminUrl = m_server->baseUrl();
    QVERIFY(m_server->listenTls(serverCertificate, QSslKey(key.readAll(), QSsl::Ec)) != 0);
    const QUrl clientUrl = m_server->baseUrl();
    QCOMPARE(clientUrl.scheme(), QStringLiteral("https"));
    Profile profile = addProfile(clientUrl, adminUrl);
    profile.pinnedSha256 = serverCertificate.digest(QCryptographicHash::Sha256);
    QString error;
    QVERIFY(m_profiles->update(profile, &error));
    storeSecret(profile.id, kSecret);

    const Outcomes outcomes = run(ServerTarget::fromProfile(profile), QStringLiteral("split"));
    QCOMPARE(outcomes.count(), 1);
    QVERIFY2(outcomes.created.size() == 1, qPrintable(outcomes.failures.value(0).fullText()));
    const std::unique_ptr<registrar::net::TokenSession> session =
            m_flow->openTokenSession(outcomes.created.constFirst());
    QSignalSpy whoami(session.get(), &registrar::net::TokenSession::whoamiSucceeded);
    session->whoami();
    QVERIFY(whoami.wait());
    QCOMPARE(m_server->portsReached(QStringLiteral("/_matrix/client/v3/account/whoami")),
            QList<quint16>{quint16(clientUrl.port())});

    // The pin does not follow the token to a certificate it was not given for.
    profile.pinnedSha256 = QByteArray(32, '\x22');
    QVERIFY(m_profiles->update(profile, &error));
    const Outcomes other = run(ServerTarget::fromProfile(profile), QStringLiteral("other"));
    QCOMPARE(other.created.size(), 1);
    const std::unique_ptr<registrar::net::TokenSession> refused =
            m_flow->openTokenSession(other.created.constFirst());
    QSignalSpy failed(refused.get(), &registrar::net::TokenSession::failed);
    refused->whoami();
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<RegistrationError>().code(),
            Code::CertificateChanged);
}

void TestRegistrationFlow::secondStartWhileRunningIsRefused()
{
    const ServerTarget target = ServerTarget::fromUrl(m_server->baseUrl(), {}, false);
    RegistrationRequest request;
    request.username = QStringLiteral("second");
    request.setPassword(QStringLiteral("flow-password-1"));
    QSignalSpy created(m_flow.get(), &RegistrationFlow::succeeded);
    QSignalSpy failed(m_flow.get(), &RegistrationFlow::failed);
    QVERIFY(m_flow->start(target, request, registrar::core::SecretBytes(kSecret)));
    QVERIFY(!m_flow->start(target, request, registrar::core::SecretBytes(kSecret)));
    QVERIFY(QTest::qWaitFor([&] { return created.count() + failed.count() > 0; }));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(created.count() + failed.count(), 1);
    QCOMPARE(created.count(), 1);
    QCOMPARE(m_server->accountCount(), 1);
}

void TestRegistrationFlow::cancelWhileFetchingTheNonceReportsLater()
{
    m_server->setFault(DevServer::Fault::Hang, DevServer::FaultTarget::NonceRequest);
    const ServerTarget target = ServerTarget::fromUrl(m_server->baseUrl(), {}, false);
    RegistrationRequest request;
    request.username = QStringLiteral("hanging");
    request.setPassword(QStringLiteral("flow-password-1"));
    QList<RegistrationError> failures;
    bool fetching = false;
    QObject receiver;
    connect(m_flow.get(), &RegistrationFlow::failed, &receiver,
            [&](const RegistrationError &error) { failures.append(error); });
    connect(m_flow.get(), &RegistrationFlow::stageChanged, &receiver,
            [&](RegistrationFlow::Stage stage) {
                fetching = stage == RegistrationFlow::Stage::FetchingNonce;
            });
    QVERIFY(m_flow->start(target, request, registrar::core::SecretBytes(kSecret)));
    QVERIFY(QTest::qWaitFor([&] { return fetching && m_server->requestCount() == 1; }));
    m_flow->cancel();
    QVERIFY(failures.isEmpty()); // never from inside cancel()
    QVERIFY(QTest::qWaitFor([&] { return !failures.isEmpty(); }));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.constFirst().code(), Code::Cancelled);
    QCOMPARE(m_server->accountCount(), 0);
    QVERIFY(!m_flow->isRunning());
}

void TestRegistrationFlow::tokenWithAControlCharacterIsNotSent()
{
    // A hostile server's token would split the Authorization header into two.
    registrar::net::HttpTransport transport(m_manager.get(), {});
    registrar::net::TokenSession session(&transport, m_server->baseUrl(),
            registrar::core::SecretBytes("syt_a\r\nX-Injected: 1"));
    QSignalSpy failed(&session, &registrar::net::TokenSession::failed);
    session.whoami();
    QVERIFY(failed.wait());
    const RegistrationError error = failed.constFirst().constFirst().value<RegistrationError>();
    QCOMPARE(error.code(), Code::InvalidInput);
    QVERIFY2(error.message().contains(QLatin1String("control character")),
            qPrintable(error.message()));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRegistrationFlow::lostAnswerIsSettledBySigningInOnTheNextAttempt()
{
    const ServerTarget target = ServerTarget::fromUrl(m_server->baseUrl(), {}, false);
    // An ordinary taken name is never signed in to: that would be guessing a password.
    QCOMPARE(run(target, QStringLiteral("plain"), kSecret).created.size(), 1);
    const Outcomes taken = run(target, QStringLiteral("plain"), kSecret);
    QCOMPARE(taken.failures.value(0).code(), Code::UsernameTaken);
    QCOMPARE(m_server->loginCount(), 0);

    m_server->setFault(
            DevServer::Fault::HtmlGatewayTimeout, DevServer::FaultTarget::AfterRegistering);
    const Outcomes lost = run(target, QStringLiteral("lost"), kSecret);
    QCOMPARE(lost.count(), 1);
    QCOMPARE(lost.failures.value(0).code(), Code::AccountMayExist);
    QVERIFY(m_server->account(QStringLiteral("lost")));

    m_server->setFault(DevServer::Fault::None);
    const Outcomes settled = run(target, QStringLiteral("lost"), kSecret);
    QCOMPARE(settled.count(), 1);
    QCOMPARE(settled.created.size(), 1);
    const RegistrationFlow::Created &account = settled.created.constFirst();
    QVERIFY(account.confirmedBySignIn);
    QCOMPARE(account.result.userId, QStringLiteral("@lost:flow.test"));
    QCOMPARE(m_server->loginCount(), 1);
    // The sign-in's session is the account's token, as a registration's would be.
    QVERIFY(account.result.hasSession());
    std::unique_ptr<registrar::net::TokenSession> session = m_flow->openTokenSession(account);
    QSignalSpy whoami(session.get(), &registrar::net::TokenSession::whoamiSucceeded);
    session->whoami();
    QVERIFY(whoami.wait());
    QCOMPARE(whoami.constFirst().constFirst().value<registrar::core::WhoamiResult>().userId,
            QStringLiteral("@lost:flow.test"));

    // Settled: a further attempt is an ordinary taken name again.
    QCOMPARE(run(target, QStringLiteral("lost"), kSecret).failures.value(0).code(),
            Code::UsernameTaken);
    QCOMPARE(m_server->loginCount(), 1);
}

Profile TestRegistrationFlow::addMasProfile()
{
    m_server->setAuthDelegated(true);
    Profile profile;
    profile.name = QStringLiteral("MAS server");
    profile.clientUrl = m_server->baseUrl();
    profile.serverName = QStringLiteral("flow.test");
    profile.mas.masUrl = m_server->baseUrl().resolved(QUrl(QStringLiteral("/mas")));
    profile.mas.clientId = m_server->mas().clientId();
    QString error;
    if (!m_profiles->add(profile, &error)) {
        qFatal("%s", qPrintable(error));
    }
    storeSecret(profile.id, "s3cret-example");
    return profile;
}

void TestRegistrationFlow::masProfileCreatesWithTheClientSecretFromTheVault()
{
    const Profile profile = addMasProfile();
    const Outcomes first = run(ServerTarget::fromProfile(profile), QStringLiteral("masuser"));
    QCOMPARE(first.count(), 1);
    QCOMPARE(first.created.size(), 1);
    const RegistrationFlow::Created &account = first.created.constFirst();
    QCOMPARE(account.result.userId, QStringLiteral("@masuser:flow.test"));
    QCOMPARE(account.result.masUserId,
            m_server->mas().userByUsername(QStringLiteral("masuser"))->id);
    QVERIFY(account.result.hasSession());
    QCOMPARE(first.stages.constFirst(), RegistrationFlow::Stage::ReadingSecret);
    QVERIFY(first.stages.contains(RegistrationFlow::Stage::GettingMasToken));
    QVERIFY(first.stages.contains(RegistrationFlow::Stage::LookingUpMasUser));
    QVERIFY(first.stages.contains(RegistrationFlow::Stage::CreatingMasUser));
    QVERIFY(first.stages.contains(RegistrationFlow::Stage::SigningInMasUser));
    QCOMPARE(m_history->entries().size(), 1);

    // The next account on the same client uses the same admin token.
    QCOMPARE(run(ServerTarget::fromProfile(profile), QStringLiteral("masuser2")).created.size(), 1);
    QCOMPARE(m_server->mas().tokenRequestCount(), 1);
    auto session = m_flow->openTokenSession(account);
    QVERIFY(session);
}

void TestRegistrationFlow::masAttemptIsFinishedByTheSameRegistrationAgain()
{
    registrar::store::MasProgressStore progress(
            m_dir->filePath(QStringLiteral("mas-progress.json")));
    m_flow->setMasProgressStore(&progress);
    const Profile profile = addMasProfile();
    m_server->mas().setWeakPasswords(true); // the user is made, its password refused
    const Outcomes failed = run(ServerTarget::fromProfile(profile), QStringLiteral("halfway"));
    QCOMPARE(failed.failures.size(), 1);
    QCOMPARE(failed.failures.constFirst().code(), Code::AccountIncomplete);
    const QString id = m_server->mas().userByUsername(QStringLiteral("halfway"))->id;
    QCOMPARE(progress.find(profile.mas.masUrl, QStringLiteral("halfway"))->masUserId, id);

    // Another flow, as a second run of the command would be: the file carries the progress.
    m_flow = std::make_unique<RegistrationFlow>(m_manager.get(), m_vault.get());
    m_flow->setMasProgressStore(&progress);
    m_server->mas().setWeakPasswords(false);
    const Outcomes finished = run(ServerTarget::fromProfile(profile), QStringLiteral("halfway"));
    QCOMPARE(finished.created.size(), 1);
    QCOMPARE(finished.created.constFirst().result.masUserId, id);
    QVERIFY(!finished.created.constFirst().passwordSetEarlier);
    QCOMPARE(finished.created.constFirst().masProgress.lastStep(),
            registrar::core::MasProgress::Step::SignedIn);
    QVERIFY(!progress.find(profile.mas.masUrl, QStringLiteral("halfway")));

    // Without the progress, the name is another's.
    const Outcomes taken = run(ServerTarget::fromProfile(profile), QStringLiteral("halfway"));
    QCOMPARE(taken.failures.constFirst().code(), Code::UsernameTaken);
}

void TestRegistrationFlow::theHomeserversPinIsNotAppliedToMasOnAnotherHost()
{
    ServerTarget target = ServerTarget::fromUrl(
            QUrl(QStringLiteral("https://matrix.example.org")), QString(), false);
    target.pinnedSha256 = QByteArray(32, 'p');
    target.caFile = QStringLiteral("/etc/ca.pem");
    target.mas.clientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
    target.mas.masUrl = QUrl(QStringLiteral("https://auth.example.org/"));
    const auto mas = target.transportSettingsFor(target.mas.masUrl);
    QVERIFY(mas.pinnedSha256.isEmpty()); // another host: another certificate
    QCOMPARE(mas.caFile, target.caFile);
    target.mas.masUrl = QUrl(QStringLiteral("https://matrix.example.org/mas/"));
    QCOMPARE(target.transportSettingsFor(target.mas.masUrl).pinnedSha256, target.pinnedSha256);
}

QTEST_GUILESS_MAIN(TestRegistrationFlow)
#include "TestRegistrationFlow.moc"
