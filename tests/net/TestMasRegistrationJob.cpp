// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts through MAS's admin API against the local homeserver's MAS mode: every step, the
// admin token's cache, and each row of the partial-failure table of mas-admin-api.md 3.7.
#include "../TestSupport.h"
#include "DevServer.h"
#include "HttpTransport.h"
#include "MasAdminToken.h"
#include "MasRegistrationJob.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace registrar;
using core::MasAdminClient;
using core::MasProgress;
using core::RegistrationError;
using Code = RegistrationError::Code;
using devserver::DevServer;

namespace {

struct MasOutcome
{
    bool succeeded = false;
    core::RegistrationResult result;
    RegistrationError error;
    int terminalSignals = 0;
    MasProgress progress;
};

} // namespace

class TestMasRegistrationJob : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsAnAccountWithItsToken();
    void postAuthenticationWorks();
    void configurationErrorsAreNamed_data();
    void configurationErrorsAreNamed();
    void oneTokenServesManyAccounts();
    void anExpiredTokenIsFetchedAgainOnce();
    void aNameTakenByAnotherUserIsReported();
    void aReservedNameIsReported();
    void userTypesAreRefusedBeforeAnythingIsSent();
    void adminCanRequestAdminAndItsTokenIsAdmin();
    void emailsAreAdded();
    void withoutLoginNoTokenIsMade();
    void passwordLoginOffIsSaidBeforeAnythingIsCreated();
    void passwordLoginOffLeavesAnIncompleteAccountThatCanBeFinished();
    void aWeakPasswordIsRefusedUnlessTheCheckIsSkipped();
    void resumedEmailsAreNotAddedTwice();
    void aLostCreateAnswerIsContinuedByTheNextAttempt();
    void oldMasSignsInThroughTheHomeserver();
    void oldMasWithoutCompatibilityLoginSaysWhy();
    void oldMasDropsTheDisplayNameAndSaysSo();
    void cancelWhileWaitingForMasEndsTheAttempt();
    void aMasServerErrorOnCreateIsRetried();
    void theHomeserverConfirmsTheTokenAndTheServerName();
    void anOrphanLeftByMasIsTakenOverWhenAsked();

private:
    MasOutcome run(core::RegistrationRequest request, const MasProgress &progress = {});
    core::RegistrationRequest request(const QString &name, const QString &password = {}) const;

    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<net::HttpTransport> m_transport;
    std::unique_ptr<net::MasAdminToken> m_token;
    MasAdminClient m_client;
    QUrl m_base;
    QString m_serverName; //!< as the profile knows it; empty: whoami tells
    qint64 m_now = 0;
};

void TestMasRegistrationJob::init()
{
    m_server = std::make_unique<DevServer>();
    m_server->setAuthDelegated(true);
    m_server->setServerName(QStringLiteral("example.test"));
    m_now = QDateTime::currentSecsSinceEpoch();
    m_server->setClock([this] { return m_now; });
    QVERIFY(m_server->listen() != 0);
    m_base = m_server->baseUrl();
    m_serverName.clear();
    m_client.masUrl = m_base.resolved(QUrl(QStringLiteral("/mas/")));
    m_client.clientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
    m_client.authMethod = MasAdminClient::AuthMethod::Basic;
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<net::HttpTransport>(m_manager.get(), net::TransportSettings{});
    m_token = std::make_unique<net::MasAdminToken>(m_transport.get(), m_client,
            core::SecretBytes::fromUtf8(QStringLiteral("s3cret-example")));
}

void TestMasRegistrationJob::cleanup()
{
    m_token.reset();
    m_transport.reset();
    m_manager.reset();
    m_server.reset();
}

core::RegistrationRequest TestMasRegistrationJob::request(
        const QString &name, const QString &password) const
{
    core::RegistrationRequest request;
    request.username = name;
    request.setPassword(
            password.isEmpty() ? QStringLiteral("correct-horse-battery-staple-9") : password);
    return request;
}

MasOutcome TestMasRegistrationJob::run(
        core::RegistrationRequest request, const MasProgress &progress)
{
    net::MasRegistrationJob job(
            m_transport.get(), m_transport.get(), m_token.get(), m_client, m_base, request);
    job.setKnownServerName(m_serverName);
    if (progress.exists() || progress.createSentAt != 0) {
        job.setProgress(progress);
    }
    QSignalSpy succeeded(&job, &net::MasRegistrationJob::succeeded);
    QSignalSpy failed(&job, &net::MasRegistrationJob::failed);
    job.start();
    MasOutcome outcome;
    if (succeeded.count() + failed.count() > 0) {
        qWarning("an outcome came from inside start()");
        return outcome;
    }
    if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, 15000)) {
        qWarning("the job did not finish");
    }
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::processEvents();
    }
    outcome.terminalSignals = int(succeeded.count() + failed.count());
    outcome.progress = job.progress();
    if (!succeeded.isEmpty()) {
        outcome.succeeded = true;
        outcome.result = succeeded.constFirst().constFirst().value<core::RegistrationResult>();
    } else if (!failed.isEmpty()) {
        outcome.error = failed.constFirst().constFirst().value<RegistrationError>();
    }
    return outcome;
}

void TestMasRegistrationJob::createsAnAccountWithItsToken()
{
    core::RegistrationRequest alice = request(QStringLiteral("alice"));
    alice.displayName = QStringLiteral("Alice Liddell");
    const MasOutcome outcome = run(alice);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QCOMPARE(outcome.terminalSignals, 1);
    const auto user = m_server->mas().userByUsername(QStringLiteral("alice"));
    QVERIFY(user);
    QCOMPARE(outcome.result.masUserId, user->id);
    QCOMPARE(outcome.result.userId, QStringLiteral("@alice:example.test"));
    QCOMPARE(outcome.result.homeServer, QStringLiteral("example.test"));
    QVERIFY(outcome.result.accessToken.startsWith(QLatin1String("mpt_")));
    QCOMPARE(outcome.result.deviceId.size(), 10);
    QVERIFY(!outcome.result.expiresInMs);
    QVERIFY(!user->passwordDigest.isEmpty());
    QVERIFY(!user->admin);
    QCOMPARE(m_server->account(QStringLiteral("alice"))->displayName,
            std::optional<QString>(QStringLiteral("Alice Liddell")));
    QCOMPARE(outcome.progress.lastStep(), MasProgress::Step::SignedIn);

    // The token is the new account's on the homeserver, with the device the scope named.
    auto *call = m_transport->get(
            m_base.resolved(QUrl(QStringLiteral("/_matrix/client/v3/account/whoami"))),
            outcome.result.accessToken.toUtf8());
    const core::HttpResponse whoami = test::waitFor(call);
    QCOMPARE(whoami.status, 200);
    QVERIFY(whoami.body.contains("@alice:example.test"));
    QVERIFY(whoami.body.contains(outcome.result.deviceId.toUtf8()));
    QCOMPARE(m_token->requestCount(), 1);
}

void TestMasRegistrationJob::postAuthenticationWorks()
{
    m_server->mas().setClientAuthMethod(devserver::MasAdminApi::ClientAuthMethod::Post);
    m_server->mas().setClientSecret(QStringLiteral("a+b&c=d"));
    m_client.authMethod = MasAdminClient::AuthMethod::Post;
    m_token = std::make_unique<net::MasAdminToken>(
            m_transport.get(), m_client, core::SecretBytes::fromUtf8(QStringLiteral("a+b&c=d")));
    const MasOutcome outcome = run(request(QStringLiteral("bob")));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
}

void TestMasRegistrationJob::configurationErrorsAreNamed_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<Code>("code");
    QTest::newRow("wrong secret") << "secret" << Code::MasClientRejected;
    QTest::newRow("other method") << "method" << Code::MasClientRejected;
    QTest::newRow("not an admin client") << "not-admin" << Code::MasNotAdminClient;
    QTest::newRow("admin API not mounted") << "no-admin-api" << Code::MasAdminApiMissing;
}

void TestMasRegistrationJob::configurationErrorsAreNamed()
{
    QFETCH(QString, setup);
    QFETCH(Code, code);
    if (setup == QLatin1String("secret")) {
        m_server->mas().setClientSecret(QStringLiteral("another"));
    } else if (setup == QLatin1String("method")) {
        m_server->mas().setClientAuthMethod(devserver::MasAdminApi::ClientAuthMethod::Post);
    } else if (setup == QLatin1String("not-admin")) {
        m_server->mas().setAdminClient(false);
    } else {
        m_server->mas().setAdminApiMounted(false);
    }
    const MasOutcome outcome = run(request(QStringLiteral("carol")));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.code(), code);
    QCOMPARE(outcome.error.exitCode(), 3);
    QVERIFY(!outcome.error.message().isEmpty());
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("carol")));
    if (code == Code::MasAdminApiMissing) {
        QVERIFY(outcome.error.message().contains(m_client.masUrl.toString()));
    }
}

void TestMasRegistrationJob::oneTokenServesManyAccounts()
{
    for (const char *name : {"one", "two", "three"}) {
        const MasOutcome outcome = run(request(QLatin1String(name)));
        QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    }
    QCOMPARE(m_server->mas().tokenRequestCount(), 1);
    QCOMPARE(m_token->requestCount(), 1);
    // What site-config says is asked once per token too, not once per account.
    QCOMPARE(m_server->portsReached(QStringLiteral("/mas/api/admin/v1/site-config")).size(), 1);
}

void TestMasRegistrationJob::anExpiredTokenIsFetchedAgainOnce()
{
    qint64 clientNow = 0;
    m_token->setClock([&clientNow] { return clientNow; });
    QVERIFY(run(request(QStringLiteral("first"))).succeeded);
    // MAS's clock runs on past the token's 300 s while ours still thinks it young (a suspended
    // laptop, a skewed clock): MAS says it expired, and a new one is fetched once.
    m_now += 301;
    const MasOutcome outcome = run(request(QStringLiteral("second")));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QCOMPARE(m_server->mas().tokenRequestCount(), 2);
    // Our own clock says it is time: a new token before any call, none refused.
    clientNow += 300 * 1000;
    QVERIFY(run(request(QStringLiteral("third"))).succeeded);
    QCOMPARE(m_server->mas().tokenRequestCount(), 3);
}

void TestMasRegistrationJob::aNameTakenByAnotherUserIsReported()
{
    QVERIFY(run(request(QStringLiteral("dave"))).succeeded);
    const QString id = m_server->mas().userByUsername(QStringLiteral("dave"))->id;
    const MasOutcome outcome =
            run(request(QStringLiteral("dave"), QStringLiteral("other-pass-1234567")));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.code(), Code::UsernameTaken);
    QCOMPARE(outcome.error.exitCode(), 2);
    QVERIFY(outcome.error.serverSummary().contains(id));
    QVERIFY(!outcome.error.masProgress().exists());
}

void TestMasRegistrationJob::aReservedNameIsReported()
{
    m_server->reserveLocalpart(QStringLiteral("admin"));
    const MasOutcome outcome = run(request(QStringLiteral("admin")));
    QCOMPARE(outcome.error.code(), Code::UsernameReserved);
    QVERIFY(outcome.error.message().contains(QLatin1String("homeserver")));
    QVERIFY(outcome.error.serverSummary().contains(QLatin1String("reserved by the homeserver")));
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("admin")));

    // The admin confirmed that the homeserver's account is the one to take over.
    core::RegistrationRequest adopting = request(QStringLiteral("admin"));
    adopting.adoptHomeserverAccount = true;
    const MasOutcome adopted = run(adopting);
    QVERIFY2(adopted.succeeded, qPrintable(adopted.error.fullText()));
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("admin")));
}

void TestMasRegistrationJob::userTypesAreRefusedBeforeAnythingIsSent()
{
    core::RegistrationRequest bot = request(QStringLiteral("robot"));
    bot.userType = QStringLiteral("bot");
    const int before = m_server->requestCount();
    const MasOutcome outcome = run(bot);
    QCOMPARE(outcome.error.code(), Code::InvalidInput);
    QVERIFY(outcome.error.message().contains(QLatin1String("user type")));
    QCOMPARE(m_server->requestCount(), before);
}

void TestMasRegistrationJob::adminCanRequestAdminAndItsTokenIsAdmin()
{
    core::RegistrationRequest admin = request(QStringLiteral("boss"));
    admin.admin = true;
    const MasOutcome outcome = run(admin);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("boss"))->admin);
    // The personal session's scope carries Synapse admin rights: the admin API takes the token.
    auto *call = m_transport->get(
            m_base.resolved(QUrl(QStringLiteral("/_synapse/admin/v2/users/@boss:example.test"))),
            outcome.result.accessToken.toUtf8());
    QCOMPARE(test::waitFor(call).status, 200);

    // A regular user's token is no admin's.
    const MasOutcome regular = run(request(QStringLiteral("clerk")));
    call = m_transport->get(
            m_base.resolved(QUrl(QStringLiteral("/_synapse/admin/v2/users/@clerk:example.test"))),
            regular.result.accessToken.toUtf8());
    QCOMPARE(test::waitFor(call).status, 403);
}

void TestMasRegistrationJob::emailsAreAdded()
{
    core::RegistrationRequest erin = request(QStringLiteral("erin"));
    erin.emails = {QStringLiteral("erin@example.org"), QStringLiteral("e@example.net")};
    const MasOutcome outcome = run(erin);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("erin"))->emails, erin.emails);
}

void TestMasRegistrationJob::withoutLoginNoTokenIsMade()
{
    core::RegistrationRequest quiet = request(QStringLiteral("quiet"));
    quiet.inhibitLogin = true;
    m_serverName = QStringLiteral("example.test");
    const MasOutcome outcome = run(quiet);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QVERIFY(!outcome.result.hasSession());
    QCOMPARE(outcome.result.userId, QStringLiteral("@quiet:example.test"));
    QCOMPARE(m_server->sessionCount(), 0);
}

void TestMasRegistrationJob::passwordLoginOffIsSaidBeforeAnythingIsCreated()
{
    // MAS 1.4 and newer say so in site-config: no user is left without a password.
    m_server->mas().setPasswordLoginEnabled(false);
    const MasOutcome refused = run(request(QStringLiteral("fred")));
    QCOMPARE(refused.error.code(), Code::PasswordLoginDisabled);
    QCOMPARE(refused.error.exitCode(), 3);
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("fred")));
}

void TestMasRegistrationJob::passwordLoginOffLeavesAnIncompleteAccountThatCanBeFinished()
{
    // An older MAS has no site-config: set-password is where it says so.
    m_server->mas().setMasVersion(QVersionNumber(1, 3, 0));
    m_server->mas().setPasswordLoginEnabled(false);
    core::RegistrationRequest frank = request(QStringLiteral("frank"));
    frank.inhibitLogin = true; // no personal sessions before 1.5 either
    m_serverName = QStringLiteral("example.test");
    const MasOutcome failed = run(frank);
    QVERIFY(!failed.succeeded);
    QCOMPARE(failed.error.code(), Code::AccountIncomplete);
    QCOMPARE(failed.error.causeCode(), Code::PasswordLoginDisabled);
    QCOMPARE(failed.error.exitCode(), 6);
    const QString id = m_server->mas().userByUsername(QStringLiteral("frank"))->id;
    QCOMPARE(failed.error.masProgress().masUserId, id);
    QCOMPARE(failed.error.masProgress().lastStep(), MasProgress::Step::UserCreated);
    QVERIFY(failed.error.message().contains(id));
    QVERIFY(failed.error.message().contains(QLatin1String("password login")));

    // The same registration again, with what the first attempt did: nothing is made twice.
    m_server->mas().setPasswordLoginEnabled(true);
    const MasOutcome finished = run(frank, failed.error.masProgress());
    QVERIFY2(finished.succeeded, qPrintable(finished.error.fullText()));
    QCOMPARE(finished.result.masUserId, id);
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("frank"))->id, id);
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("frank"))->passwordDigest.isEmpty());
}

void TestMasRegistrationJob::aWeakPasswordIsRefusedUnlessTheCheckIsSkipped()
{
    m_server->mas().setWeakPasswords(true);
    const MasOutcome weak = run(request(QStringLiteral("gina")));
    QCOMPARE(weak.error.code(), Code::AccountIncomplete);
    QCOMPARE(weak.error.causeCode(), Code::PasswordInvalid);
    QVERIFY(weak.error.message().contains(QLatin1String("too weak")));
    QVERIFY(weak.error.serverSummary().contains(QLatin1String("Password is too weak")));

    core::RegistrationRequest skipping = request(QStringLiteral("gina"));
    skipping.skipPasswordCheck = true;
    const MasOutcome outcome = run(skipping, weak.error.masProgress());
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("gina"))->passwordDigest.isEmpty());
}

void TestMasRegistrationJob::resumedEmailsAreNotAddedTwice()
{
    core::RegistrationRequest hank = request(QStringLiteral("hank"));
    hank.inhibitLogin = true;
    hank.emails = {QStringLiteral("hank@example.org")};
    const MasOutcome first = run(hank);
    QVERIFY(first.succeeded);
    // An earlier attempt whose answer to the email call was lost: the address is there, the
    // progress does not say so. The next attempt asks before adding.
    MasProgress lost = first.progress;
    lost.emailsAdded.clear();
    const MasOutcome again = run(hank, lost);
    QVERIFY2(again.succeeded, qPrintable(again.error.fullText()));
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("hank"))->emails, hank.emails);
}

void TestMasRegistrationJob::aLostCreateAnswerIsContinuedByTheNextAttempt()
{
    // The create reached MAS and its answer was lost: the progress knows only when it was sent.
    core::RegistrationRequest quiet = request(QStringLiteral("ivy"));
    quiet.inhibitLogin = true;
    MasOutcome made = run(quiet);
    QVERIFY(made.succeeded);
    MasProgress lost;
    lost.username = QStringLiteral("ivy");
    lost.createSentAt = m_now;
    const MasOutcome outcome = run(request(QStringLiteral("ivy")), lost);
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QCOMPARE(outcome.result.masUserId, made.result.masUserId);

    // A user of the name made long before that attempt is someone else's.
    lost.createSentAt = m_now + 3600;
    QCOMPARE(run(request(QStringLiteral("ivy")), lost).error.code(), Code::UsernameTaken);
}

void TestMasRegistrationJob::oldMasSignsInThroughTheHomeserver()
{
    m_server->mas().setMasVersion(QVersionNumber(1, 4, 0));
    m_server->mas().setCompatibilityLogin(true);
    const MasOutcome outcome = run(request(QStringLiteral("jack")));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QVERIFY(outcome.result.hasSession());
    QVERIFY(!outcome.result.deviceId.isEmpty());
}

void TestMasRegistrationJob::oldMasWithoutCompatibilityLoginSaysWhy()
{
    m_server->mas().setMasVersion(QVersionNumber(1, 4, 0));
    const MasOutcome outcome = run(request(QStringLiteral("kim")));
    QCOMPARE(outcome.error.code(), Code::AccountIncomplete);
    QCOMPARE(outcome.error.causeCode(), Code::MasFeatureMissing);
    QCOMPARE(outcome.error.masProgress().lastStep(), MasProgress::Step::PasswordSet);
    QVERIFY(outcome.error.message().contains(QLatin1String("MAS 1.5")));
    QVERIFY(outcome.error.message().contains(QLatin1String("without signing in")));
    QVERIFY2(!outcome.error.message().contains(QLatin1String("shared-secret")),
            qPrintable(outcome.error.message()));
    QVERIFY(!outcome.error.message().contains(QLatin1String("adminapi")));
}

void TestMasRegistrationJob::oldMasDropsTheDisplayNameAndSaysSo()
{
    m_server->mas().setMasVersion(QVersionNumber(1, 17, 0));
    core::RegistrationRequest lee = request(QStringLiteral("lee"));
    lee.displayName = QStringLiteral("Lee");
    net::MasRegistrationJob job(
            m_transport.get(), m_transport.get(), m_token.get(), m_client, m_base, lee);
    QSignalSpy succeeded(&job, &net::MasRegistrationJob::succeeded);
    job.start();
    QVERIFY(succeeded.wait());
    QCOMPARE(job.warnings().size(), 1);
    QVERIFY(job.warnings().first().contains(QLatin1String("1.17")));
}

void TestMasRegistrationJob::cancelWhileWaitingForMasEndsTheAttempt()
{
    m_server->setFault(DevServer::Fault::Hang);
    net::MasRegistrationJob job(m_transport.get(), m_transport.get(), m_token.get(), m_client,
            m_base, request(QStringLiteral("max")));
    QSignalSpy failed(&job, &net::MasRegistrationJob::failed);
    job.start();
    QVERIFY(QTest::qWaitFor([&] { return m_server->requestCount() > 0; }));
    job.cancel();
    QVERIFY(failed.wait());
    const auto error = failed.constFirst().constFirst().value<RegistrationError>();
    QCOMPARE(error.code(), Code::Cancelled);
}

void TestMasRegistrationJob::theHomeserverConfirmsTheTokenAndTheServerName()
{
    m_serverName = QStringLiteral("wrong.test");
    const MasOutcome named = run(request(QStringLiteral("pat")));
    QVERIFY2(named.succeeded, qPrintable(named.error.fullText()));
    QCOMPARE(named.result.userId, QStringLiteral("@pat:example.test"));
    // A MAS that is not this homeserver's: its token works nowhere it is meant to.
    DevServer other;
    other.setAuthDelegated(true);
    other.setServerName(QStringLiteral("other.test"));
    QVERIFY(other.listen() != 0);
    m_client.masUrl = other.baseUrl().resolved(QUrl(QStringLiteral("/mas/")));
    m_token = std::make_unique<net::MasAdminToken>(m_transport.get(), m_client,
            core::SecretBytes::fromUtf8(QStringLiteral("s3cret-example")));
    m_serverName.clear();
    const MasOutcome elsewhere = run(request(QStringLiteral("quinn")));
    QCOMPARE(elsewhere.error.code(), Code::AccountIncomplete);
    QCOMPARE(elsewhere.error.causeCode(), Code::AccessTokenRejected);
}

void TestMasRegistrationJob::aMasServerErrorOnCreateIsRetried()
{
    using Failure = devserver::MasAdminApi::ProvisioningFailure;
    m_server->mas().setProvisioningFailure(
            Failure::ProvisionUnreachable, devserver::MasAdminApi::FailureRepeat::Once);
    const MasOutcome failed = run(request(QStringLiteral("nina")));
    QCOMPARE(failed.error.code(), Code::ServerError);
    QCOMPARE(failed.error.exitCode(), 5); // MAS rolled back: nothing to continue
    QVERIFY(failed.error.message().contains(QLatin1String("MAS failed")));
    QVERIFY(!failed.error.message().contains(QLatin1String("shared secret")));
    QVERIFY(failed.error.serverSummary().contains(QLatin1String("Synapse")));
    QVERIFY(!failed.error.masProgress().exists());
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("nina")));
    const MasOutcome retried = run(request(QStringLiteral("nina")));
    QVERIFY2(retried.succeeded, qPrintable(retried.error.fullText()));
}

void TestMasRegistrationJob::anOrphanLeftByMasIsTakenOverWhenAsked()
{
    // Provisioning ran, MAS's commit failed: Synapse has the account, MAS has nothing.
    m_server->mas().setProvisioningFailure(devserver::MasAdminApi::ProvisioningFailure::CommitFails,
            devserver::MasAdminApi::FailureRepeat::Once);
    QCOMPARE(run(request(QStringLiteral("oscar"))).error.code(), Code::ServerError);
    QVERIFY(m_server->account(QStringLiteral("oscar")));
    const MasOutcome reserved = run(request(QStringLiteral("oscar")));
    QCOMPARE(reserved.error.code(), Code::UsernameReserved);
    QVERIFY(reserved.error.message().contains(
            QLatin1String("register --adopt-homeserver-account")));
    core::RegistrationRequest adopting = request(QStringLiteral("oscar"));
    adopting.adoptHomeserverAccount = true;
    const MasOutcome adopted = run(adopting);
    QVERIFY2(adopted.succeeded, qPrintable(adopted.error.fullText()));
    QCOMPARE(m_server->accountCount(), 1);
}

QTEST_GUILESS_MAIN(TestMasRegistrationJob)
#include "TestMasRegistrationJob.moc"
