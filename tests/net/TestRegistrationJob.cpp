// SPDX-License-Identifier: GPL-3.0-or-later
// The real QNetworkAccessManager against the local homeserver on loopback.
#include "../HostileServer.h"
#include "../TestSupport.h"
#include "DevServer.h"
#include "TokenSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>

using registrar::core::RegistrationError;
using registrar::core::RegistrationRequest;
using registrar::core::WhoamiResult;
using registrar::devserver::DevServer;
using registrar::net::HttpTransport;
using registrar::net::RegistrationJob;
using registrar::net::TokenSession;
using registrar::test::JobOutcome;
using registrar::test::runJob;
using Code = RegistrationError::Code;
using Fault = DevServer::Fault;
using Target = DevServer::FaultTarget;

class TestRegistrationJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsAnAccountWhoseTokenWorks();
    void aUserTypeIsRefusedForDendriteBeforeSending();
    void theMasRouteGoneSaysMas();
    void cancelWhileTheBackendIsAskedFor();
    void otherBackends_data();
    void otherBackends();
    void successWithoutSession();
    void fieldsReachTheServer();
    void capitalsAndFullUserIds();
    void successForAnotherAccountIsAProtocolError_data();
    void successForAnotherAccountIsAProtocolError();
    void everyAttemptUsesAFreshNonce();
    void serverRefusals_data();
    void serverRefusals();
    void expiredNonce();
    void faults_data();
    void faults();
    void redirectOfThePostIsNotFollowed();
    void postWithoutDefiniteAnswer_data();
    void postWithoutDefiniteAnswer();
    void cancelAfterSendingMayHaveCreated();
    void anyProxyErrorPageMayHaveCreated();
    void definiteAnswersStayDefinite_data();
    void definiteAnswersStayDefinite();
    void timeoutIsNotCancel();
    void cancelIsReportedAsCancelled();
    void connectionRefused();
    void hostNotFound();
    void plainHttpToOtherHostsIsRefusedBeforeSending();
    void plainHttpPolicy_data();
    void plainHttpPolicy();
    void blockedInputSendsNothing();
    void logoutEndsTheSessionOnly();

private:
    RegistrationRequest request(const QString &username) const;
    JobOutcome registerAccount(const RegistrationRequest &request,
            const QByteArray &secret = "s3cret", int timeoutMs = 10000);

    QNetworkAccessManager *m_manager = nullptr;
    DevServer *m_server = nullptr;
};

void TestRegistrationJob::initTestCase()
{
    qRegisterMetaType<registrar::core::HttpResponse>();
    qRegisterMetaType<registrar::core::RegistrationResult>();
    qRegisterMetaType<RegistrationError>();
}

void TestRegistrationJob::init()
{
    m_manager = new QNetworkAccessManager(this);
    m_server = new DevServer(this);
    m_server->setSharedSecret("s3cret");
    m_server->setServerName(QStringLiteral("peer.test"));
    QVERIFY(m_server->listen() != 0);
}

void TestRegistrationJob::cleanup()
{
    delete m_server;
    delete m_manager;
}

RegistrationRequest TestRegistrationJob::request(const QString &username) const
{
    RegistrationRequest request;
    request.username = username;
    request.setPassword(QStringLiteral("correct horse battery"));
    return request;
}

JobOutcome TestRegistrationJob::registerAccount(
        const RegistrationRequest &request, const QByteArray &secret, int timeoutMs)
{
    registrar::net::TransportSettings settings;
    settings.timeoutMs = timeoutMs;
    HttpTransport transport(m_manager, settings);
    RegistrationJob job(
            &transport, m_server->baseUrl(), request, registrar::core::SecretBytes(secret));
    const JobOutcome outcome = runJob(job);
    if (outcome.emittedDuringStart || outcome.terminalSignals != 1) {
        qWarning("a job must end in exactly one signal, after start() returned");
    }
    return outcome;
}

void TestRegistrationJob::aUserTypeIsRefusedForDendriteBeforeSending()
{
    RegistrationRequest bot = request(QStringLiteral("bot1"));
    bot.userType = QStringLiteral("bot");
    HttpTransport transport(m_manager, {});
    RegistrationJob job(&transport, m_server->baseUrl(), bot,
            registrar::core::SecretBytes(QByteArrayLiteral("peer-secret")));
    job.setBackend(registrar::core::Backend::Kind::Dendrite);
    const int before = m_server->requestCount();
    const JobOutcome outcome = runJob(job);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.terminalSignals, 1);
    QVERIFY(!outcome.emittedDuringStart);
    QCOMPARE(outcome.error.code(), RegistrationError::Code::UserTypeInvalid);
    QVERIFY2(outcome.error.message().contains(QLatin1String("Dendrite has no user types")),
            qPrintable(outcome.error.message()));
    QCOMPARE(m_server->requestCount(), before); // nothing was sent
}

void TestRegistrationJob::theMasRouteGoneSaysMas()
{
    // Synapse with MAS: the register route answers 404 M_UNRECOGNIZED, auth_metadata answers.
    m_server->setAuthDelegated(true);
    const JobOutcome outcome = registerAccount(request(QStringLiteral("mas")));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.terminalSignals, 1);
    QCOMPARE(outcome.error.code(), RegistrationError::Code::DelegatedToMas);
    QCOMPARE(outcome.error.exitCode(), 3);
    QVERIFY2(outcome.error.message().contains(QLatin1String("Matrix Authentication Service")),
            qPrintable(outcome.error.message()));
    QCOMPARE(outcome.error.backend(), registrar::core::Backend::Kind::SynapseMas);
}

void TestRegistrationJob::cancelWhileTheBackendIsAskedFor()
{
    // The register route is gone, and the server check that explains it does not finish.
    m_server->setAuthDelegated(true);
    m_server->setFault(DevServer::Fault::Hang, DevServer::FaultTarget::RegisterPost);
    HttpTransport transport(m_manager, {});
    auto *job = new RegistrationJob(&transport, m_server->baseUrl(), request(QStringLiteral("c")),
            registrar::core::SecretBytes(QByteArrayLiteral("s3cret")));
    QSignalSpy failed(job, &RegistrationJob::failed);
    job->start();
    QTRY_VERIFY(m_server->requestCount() >= 4);
    job->cancel();
    QCOMPARE(failed.count(), 0); // never from inside cancel()
    QVERIFY(failed.wait());
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().value<RegistrationError>().code(),
            RegistrationError::Code::Cancelled);
    job->cancel(); // a second cancel reports nothing more, not even queued
    QCoreApplication::processEvents();
    QCOMPARE(failed.count(), 1);
    delete job;
}

void TestRegistrationJob::otherBackends_data()
{
    QTest::addColumn<DevServer::Flavour>("flavour");
    QTest::addColumn<QString>("backend"); // what the job is told
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("userType");
    QTest::addColumn<QString>("expect"); // "created" or the error code
    QTest::addColumn<QString>("wording");
    using F = DevServer::Flavour;
    QTest::newRow("tuwunel") << F::Tuwunel << "tuwunel"
                             << ""
                             << ""
                             << "created"
                             << "";
    // Tuwunel signs user_type when it is sent, as Synapse does: the same MAC.
    QTest::newRow("tuwunel bot, backend not known") << F::Tuwunel << "unknown"
                                                    << ""
                                                    << "bot"
                                                    << "created"
                                                    << "";
    QTest::newRow("tuwunel taken") << F::Tuwunel << "tuwunel"
                                   << "taken"
                                   << ""
                                   << "UsernameTaken"
                                   << "";
    QTest::newRow("tuwunel wrong secret") << F::Tuwunel << "tuwunel"
                                          << "wrong secret"
                                          << ""
                                          << "MacRejected"
                                          << "Tuwunel";
    QTest::newRow("tuwunel no secret") << F::Tuwunel << "tuwunel"
                                       << "no secret"
                                       << ""
                                       << "SharedSecretDisabled"
                                       << "Tuwunel";
    QTest::newRow("tuwunel with mas_secret") << F::Tuwunel << "unknown"
                                             << "mas"
                                             << ""
                                             << "DelegatedToMas"
                                             << "MAS";
    QTest::newRow("dendrite") << F::Dendrite << "dendrite"
                              << ""
                              << ""
                              << "created"
                              << "";
    // Not told: the 200 without home_server, and the refused MAC of a user type, are read
    // again once a server check has named Dendrite.
    QTest::newRow("dendrite, backend not known") << F::Dendrite << "unknown"
                                                 << ""
                                                 << ""
                                                 << "created"
                                                 << "";
    QTest::newRow("dendrite bot, backend not known") << F::Dendrite << "unknown"
                                                     << ""
                                                     << "bot"
                                                     << "UserTypeInvalid"
                                                     << "Dendrite has no user types";
    // Not told: a refusal whose advice depends on the backend is worded once a check named it.
    QTest::newRow("tuwunel no secret, backend not known") << F::Tuwunel << "unknown"
                                                          << "no secret"
                                                          << ""
                                                          << "SharedSecretDisabled"
                                                          << "registration_shared_secret_file";
    QTest::newRow("tuwunel wrong secret, backend not known") << F::Tuwunel << "unknown"
                                                             << "wrong secret"
                                                             << ""
                                                             << "MacRejected"
                                                             << "the one Tuwunel uses";
    QTest::newRow("dendrite taken") << F::Dendrite << "dendrite"
                                    << "taken"
                                    << ""
                                    << "UsernameTaken"
                                    << "";
    QTest::newRow("dendrite wrong secret") << F::Dendrite << "dendrite"
                                           << "wrong secret"
                                           << ""
                                           << "MacRejected"
                                           << "Dendrite";
    QTest::newRow("dendrite weak password") << F::Dendrite << "dendrite"
                                            << "weak"
                                            << ""
                                            << "PasswordInvalid"
                                            << "too weak";
    // The route is gone: a check finds out why, even when the job was not told the backend.
    QTest::newRow("dendrite no secret") << F::Dendrite << "unknown"
                                        << "no secret"
                                        << ""
                                        << "SharedSecretDisabled"
                                        << "Dendrite";
}

void TestRegistrationJob::otherBackends()
{
    QFETCH(DevServer::Flavour, flavour);
    QFETCH(QString, backend);
    QFETCH(QString, scenario);
    QFETCH(QString, userType);
    QFETCH(QString, expect);
    QFETCH(QString, wording);
    m_server->setFlavour(flavour);
    m_server->setAuthDelegated(scenario == QLatin1String("mas"));
    if (scenario == QLatin1String("no secret")) {
        m_server->setSharedSecret({});
    }
    const auto kind = registrar::core::Backend::fromName(backend);
    QVERIFY(kind);
    const auto attempt = [&](const QString &password, const QByteArray &secret) {
        RegistrationRequest asked = request(QStringLiteral("other"));
        asked.setPassword(password);
        asked.userType = userType;
        HttpTransport transport(m_manager, {});
        RegistrationJob job(
                &transport, m_server->baseUrl(), asked, registrar::core::SecretBytes(secret));
        job.setBackend(*kind);
        return runJob(job);
    };
    if (scenario == QLatin1String("taken")) {
        QVERIFY(attempt(QStringLiteral("correct horse battery"), "s3cret").succeeded);
    }
    const JobOutcome outcome =
            attempt(scenario == QLatin1String("weak") ? QStringLiteral("short")
                                                      : QStringLiteral("correct horse battery"),
                    scenario == QLatin1String("wrong secret") ? QByteArray("not-it")
                                                              : QByteArray("s3cret"));
    QCOMPARE(outcome.terminalSignals, 1);
    if (expect == QLatin1String("created")) {
        QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
        QCOMPARE(outcome.result.userId, QStringLiteral("@other:peer.test"));
        QCOMPARE(outcome.result.homeServer, QStringLiteral("peer.test"));
        QVERIFY(outcome.result.hasSession());
        QCOMPARE(m_server->account(QStringLiteral("other"))->userType, userType);
        return;
    }
    QVERIFY(!outcome.succeeded);
    const QMetaEnum codes = QMetaEnum::fromType<RegistrationError::Code>();
    QCOMPARE(QString::fromLatin1(codes.valueToKey(int(outcome.error.code()))), expect);
    if (expect == QLatin1String("UserTypeInvalid")) {
        // Refused before anything was signed: no nonce was even asked for.
        QVERIFY(m_server->noncesIssued().isEmpty());
    }
    QVERIFY2(outcome.error.message().contains(wording), qPrintable(outcome.error.message()));
}

void TestRegistrationJob::createsAnAccountWhoseTokenWorks()
{
    const JobOutcome outcome = registerAccount(request(QStringLiteral("alice")));
    QVERIFY2(outcome.succeeded, qPrintable(outcome.error.fullText()));
    QCOMPARE(outcome.terminalSignals, 1);
    QVERIFY(!outcome.emittedDuringStart);
    QCOMPARE(outcome.result.userId, QStringLiteral("@alice:peer.test"));
    QCOMPARE(outcome.result.homeServer, QStringLiteral("peer.test"));
    QVERIFY(outcome.result.hasSession());

    HttpTransport transport(m_manager, {});
    TokenSession session(&transport, m_server->baseUrl(),
            registrar::core::SecretBytes::fromUtf8(outcome.result.accessToken));
    QSignalSpy whoami(&session, &TokenSession::whoamiSucceeded);
    session.whoami();
    QVERIFY(whoami.wait());
    const auto answer = whoami.constFirst().constFirst().value<WhoamiResult>();
    QCOMPARE(answer.userId, outcome.result.userId);
    QCOMPARE(answer.deviceId, outcome.result.deviceId);
}

void TestRegistrationJob::successWithoutSession()
{
    RegistrationRequest noLogin = request(QStringLiteral("xena"));
    noLogin.inhibitLogin = true;
    const JobOutcome outcome = registerAccount(noLogin);
    QVERIFY(outcome.succeeded);
    QVERIFY(!outcome.result.hasSession());
    QVERIFY(outcome.result.deviceId.isEmpty());
    QCOMPARE(outcome.result.userId, QStringLiteral("@xena:peer.test"));
    QCOMPARE(m_server->sessionCount(), 0);
    QVERIFY(m_server->account(QStringLiteral("xena")));
}

void TestRegistrationJob::fieldsReachTheServer()
{
    RegistrationRequest bot = request(QStringLiteral("alert-bot"));
    bot.displayName = QStringLiteral("Alert Bot");
    bot.userType = QStringLiteral("bot");
    bot.admin = true;
    QVERIFY(registerAccount(bot).succeeded);
    const auto account = m_server->account(QStringLiteral("alert-bot"));
    QVERIFY(account);
    QCOMPARE(account->displayName.value_or(QString()), QStringLiteral("Alert Bot"));
    QCOMPARE(account->userType, QStringLiteral("bot"));
    QVERIFY(account->admin);

    QVERIFY(registerAccount(request(QStringLiteral("plain"))).succeeded);
    const auto plain = m_server->account(QStringLiteral("plain"));
    QCOMPARE(plain->displayName.value_or(QString()), QStringLiteral("plain")); // not ""
    QVERIFY(!plain->admin);
    QVERIFY(plain->userType.isEmpty());
}

void TestRegistrationJob::capitalsAndFullUserIds()
{
    const JobOutcome hank = registerAccount(request(QStringLiteral("Hank")));
    QVERIFY(hank.succeeded);
    QCOMPARE(hank.result.userId, QStringLiteral("@hank:peer.test"));
    const JobOutcome full = registerAccount(request(QStringLiteral("@Jo:peer.test")));
    QVERIFY(full.succeeded);
    QCOMPARE(full.result.userId, QStringLiteral("@jo:peer.test"));
}

void TestRegistrationJob::successForAnotherAccountIsAProtocolError_data()
{
    QTest::addColumn<QString>("knownServerName");
    QTest::addColumn<QByteArray>("reply");

    QTest::newRow("another localpart")
            << "peer.test"
            << QByteArray(R"({"user_id":"@mallory:peer.test","home_server":"peer.test"})");
    QTest::newRow("another server than the known one")
            << "peer.test"
            << QByteArray(R"({"user_id":"@alice:evil.test","home_server":"evil.test"})");
    QTest::newRow("another server than its own home_server")
            << "" << QByteArray(R"({"user_id":"@alice:evil.test","home_server":"peer.test"})");
    QTest::newRow("another localpart on its home_server")
            << "" << QByteArray(R"({"user_id":"@mallory:evil.test","home_server":"evil.test"})");
}

void TestRegistrationJob::successForAnotherAccountIsAProtocolError()
{
    QFETCH(QString, knownServerName);
    QFETCH(QByteArray, reply);

    registrar::test::HostileServer hostile;
    QVERIFY(hostile.listen());
    hostile.setPostReply(200, reply);
    HttpTransport transport(m_manager, {});
    RegistrationJob job(&transport, hostile.baseUrl(), request(QStringLiteral("Alice")),
            registrar::core::SecretBytes("s3cret"));
    job.setKnownServerName(knownServerName);
    const JobOutcome outcome = runJob(job);
    QCOMPARE(hostile.postCount(), 1);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.terminalSignals, 1);
    QCOMPARE(outcome.error.code(), Code::MalformedReply);
    QCOMPARE(outcome.error.exitCode(), 5);
    const QString returned =
            QJsonDocument::fromJson(reply).object().value(QStringLiteral("user_id")).toString();
    QVERIFY2(outcome.error.message().contains(returned), qPrintable(outcome.error.message()));
    QVERIFY2(outcome.error.message().contains(QStringLiteral("@alice:")),
            qPrintable(outcome.error.message()));
}

void TestRegistrationJob::everyAttemptUsesAFreshNonce()
{
    QVERIFY(registerAccount(request(QStringLiteral("one"))).succeeded);
    QVERIFY(!registerAccount(request(QStringLiteral("one"))).succeeded); // taken
    QVERIFY(!registerAccount(request(QStringLiteral("two")), "wrong").succeeded);
    QVERIFY(registerAccount(request(QStringLiteral("two"))).succeeded);
    const QStringList issued = m_server->noncesIssued();
    QCOMPARE(issued.size(), 4);
    QCOMPARE(QSet<QString>(issued.begin(), issued.end()).size(), 4);
    QCOMPARE(m_server->noncesPresented(), issued);
}

void TestRegistrationJob::serverRefusals_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("userType");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<Code>("code");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("not enabled") << "alice"
                                 << "" << QByteArray() << Code::SharedSecretDisabled << 3;
    QTest::newRow("HMAC incorrect") << "alice"
                                    << "" << QByteArray("wrong") << Code::MacRejected << 3;
    QTest::newRow("secret with a trailing newline (V5)")
            << "alice"
            << "" << QByteArray("s3cret\n") << Code::MacRejected << 3;
    QTest::newRow("taken, other case") << "TAKEN"
                                       << "" << QByteArray("s3cret") << Code::UsernameTaken << 2;
    QTest::newRow("server notices") << "notices"
                                    << "" << QByteArray("s3cret") << Code::UsernameReserved << 2;
    QTest::newRow("appservice namespace")
            << "irc_bob"
            << "" << QByteArray("s3cret") << Code::UsernameReserved << 2;
    QTest::newRow("leading underscore, refused here")
            << "_bridge"
            << "" << QByteArray("s3cret") << Code::UsernameInvalid << 2;
    QTest::newRow("unknown user type")
            << "gus"
            << "guest" << QByteArray("s3cret") << Code::UserTypeInvalid << 2;
    QTest::newRow("spam checker") << "spammy"
                                  << "" << QByteArray("s3cret") << Code::RateLimited << 2;
}

void TestRegistrationJob::serverRefusals()
{
    QFETCH(QString, username);
    QFETCH(QString, userType);
    QFETCH(QByteArray, secret);
    QFETCH(Code, code);
    QFETCH(int, exitCode);
    m_server->setServerNoticesLocalpart(QStringLiteral("notices"));
    m_server->addExclusiveNamespace(QStringLiteral("@irc_.*:peer\\.test"));
    m_server->denyBySpamChecker(QStringLiteral("spammy"));
    QVERIFY(registerAccount(request(QStringLiteral("taken"))).succeeded);
    if (secret.isEmpty()) {
        m_server->setSharedSecret({});
        secret = "s3cret";
    }
    const int accountsBefore = m_server->accountCount();

    RegistrationRequest refused = request(username);
    refused.userType = userType;
    const JobOutcome outcome = registerAccount(refused, secret);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.terminalSignals, 1);
    QCOMPARE(outcome.error.code(), code);
    QCOMPARE(outcome.error.exitCode(), exitCode);
    QVERIFY(!outcome.error.serverMessage().isEmpty());
    QCOMPARE(m_server->accountCount(), accountsBefore);
}

void TestRegistrationJob::expiredNonce()
{
    // Each reading of the clock is 61 s after the last: the nonce has expired by the POST.
    qint64 now = 0;
    m_server->setClock([&now] { return now += 61; });
    const JobOutcome outcome = registerAccount(request(QStringLiteral("late")));
    QCOMPARE(outcome.error.code(), Code::NonceRejected);
    QCOMPARE(outcome.error.serverMessage(), QStringLiteral("unrecognised nonce"));
}

void TestRegistrationJob::faults_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Target>("target");
    QTest::addColumn<int>("parameter");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<Code>("code");
    QTest::newRow("delay within the timeout")
            << Fault::Delay << Target::NonceRequest << 200 << 5000 << Code::None;
    QTest::newRow("reply never comes")
            << Fault::Hang << Target::NonceRequest << 0 << 400 << Code::Timeout;
    QTest::newRow("registration never answers")
            << Fault::Hang << Target::RegisterPost << 0 << 400 << Code::AccountMayExist;
    QTest::newRow("malformed JSON")
            << Fault::MalformedJson << Target::NonceRequest << 0 << 5000 << Code::MalformedReply;
    QTest::newRow("malformed JSON for the POST")
            << Fault::MalformedJson << Target::RegisterPost << 0 << 5000 << Code::AccountMayExist;
    QTest::newRow("HTML 502") << Fault::HtmlBadGateway << Target::NonceRequest << 0 << 5000
                              << Code::ServerError;
    QTest::newRow("HTML 404") << Fault::HtmlNotFound << Target::NonceRequest << 0 << 5000
                              << Code::AdminApiNotProxied;
    QTest::newRow("JSON 404 M_UNRECOGNIZED") << Fault::JsonNotFound << Target::NonceRequest << 0
                                             << 5000 << Code::EndpointUnavailable;
    QTest::newRow("500") << Fault::InternalError << Target::RegisterPost << 0 << 5000
                         << Code::AccountMayExist;
    QTest::newRow("a late answer after registering")
            << Fault::Delay << Target::AfterRegistering << 200 << 5000 << Code::None;
    QTest::newRow("redirect") << Fault::Redirect << Target::NonceRequest << 302 << 5000
                              << Code::Redirect;
    QTest::newRow("307 redirect") << Fault::Redirect << Target::NonceRequest << 307 << 5000
                                  << Code::Redirect;
    QTest::newRow("over 1 MiB") << Fault::OversizedBody << Target::NonceRequest << 0 << 5000
                                << Code::ReplyTooLarge;
    QTest::newRow("endless chunked body") << Fault::EndlessChunkedBody << Target::NonceRequest << 0
                                          << 5000 << Code::ReplyTooLarge;
    QTest::newRow("endless chunked body for the POST")
            << Fault::EndlessChunkedBody << Target::RegisterPost << 0 << 5000
            << Code::AccountMayExist;
    QTest::newRow("endless header")
            << Fault::EndlessHeader << Target::NonceRequest << 0 << 5000 << Code::ReplyTooLarge;
    QTest::newRow("endless header for the POST")
            << Fault::EndlessHeader << Target::RegisterPost << 0 << 5000 << Code::AccountMayExist;
    QTest::newRow("429 with retry_after_ms")
            << Fault::TooManyRequests << Target::RegisterPost << 3000 << 5000 << Code::RateLimited;
}

void TestRegistrationJob::faults()
{
    QFETCH(Fault, fault);
    QFETCH(Target, target);
    QFETCH(int, parameter);
    QFETCH(int, timeoutMs);
    QFETCH(Code, code);
    m_server->setFault(fault, target, parameter);
    const JobOutcome outcome =
            registerAccount(request(QStringLiteral("faulty")), "s3cret", timeoutMs);
    QCOMPARE(outcome.terminalSignals, 1);
    QCOMPARE(outcome.error.code(), code);
    QCOMPARE(outcome.succeeded, code == Code::None);
    if (code == Code::Redirect) {
        QVERIFY(outcome.error.message().contains(QLatin1String("https://elsewhere.invalid")));
        QCOMPARE(outcome.error.httpStatus(), parameter);
    }
    if (code == Code::RateLimited) {
        QCOMPARE(outcome.error.retryAfterMs(), 3000);
    }
}

void TestRegistrationJob::redirectOfThePostIsNotFollowed()
{
    m_server->setFault(Fault::Redirect, Target::RegisterPost, 308);
    m_server->setRedirectLocation(
            m_server->baseUrl().toString().toUtf8() + "/_synapse/admin/v1/register");
    const JobOutcome outcome = registerAccount(request(QStringLiteral("redirected")));
    QCOMPARE(outcome.error.code(), Code::Redirect);
    QCOMPARE(outcome.error.exitCode(), 5);
    // One GET and one POST: the POST was not sent again to the new location.
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY(!m_server->account(QStringLiteral("redirected")));
}

void TestRegistrationJob::postWithoutDefiniteAnswer_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<Code>("cause");
    QTest::newRow("no answer in time") << Fault::Hang << 400 << Code::Timeout;
    QTest::newRow("proxy's 504") << Fault::HtmlGatewayTimeout << 5000 << Code::ServerError;
    QTest::newRow("proxy's 502") << Fault::HtmlBadGateway << 5000 << Code::ServerError;
    QTest::newRow("Synapse's own 500") << Fault::InternalError << 5000 << Code::ServerError;
    QTest::newRow("200 that cannot be parsed")
            << Fault::MalformedJson << 5000 << Code::MalformedReply;
    QTest::newRow("connection closed") << Fault::CloseConnection << 5000 << Code::NetworkFailure;
    QTest::newRow("endless body") << Fault::EndlessChunkedBody << 5000 << Code::ReplyTooLarge;
}

void TestRegistrationJob::postWithoutDefiniteAnswer()
{
    QFETCH(Fault, fault);
    QFETCH(int, timeoutMs);
    QFETCH(Code, cause);
    // The server creates the account, then its answer is lost.
    m_server->setFault(fault, Target::AfterRegistering);
    const JobOutcome outcome =
            registerAccount(request(QStringLiteral("maybe")), "s3cret", timeoutMs);
    QVERIFY(m_server->passwordMatches(
            QStringLiteral("maybe"), QStringLiteral("correct horse battery")));
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.terminalSignals, 1);
    QCOMPARE(outcome.error.code(), Code::AccountMayExist);
    QCOMPARE(outcome.error.causeCode(), cause);
    QCOMPARE(outcome.error.exitCode(), 6);
    QVERIFY2(outcome.error.message().contains(QLatin1String("may exist")),
            qPrintable(outcome.error.message()));
    // One nonce and one POST: Qt did not send the registration again on a new connection.
    QCOMPARE(m_server->requestCount(), 2);
}

void TestRegistrationJob::anyProxyErrorPageMayHaveCreated()
{
    // Cloudflare's 524: the origin took the request and did not answer in time.
    registrar::test::HostileServer hostile;
    QVERIFY(hostile.listen());
    hostile.setPostReply(524, "<html><body>A timeout occurred</body></html>");
    HttpTransport transport(m_manager, {});
    RegistrationJob job(&transport, hostile.baseUrl(), request(QStringLiteral("edge")),
            registrar::core::SecretBytes("s3cret"));
    const JobOutcome outcome = runJob(job);
    QCOMPARE(outcome.error.code(), Code::AccountMayExist);
    QCOMPARE(outcome.error.httpStatus(), 524);
    QVERIFY2(outcome.error.message().contains(QLatin1String("a proxy answered HTTP 524")),
            qPrintable(outcome.error.message()));
}

void TestRegistrationJob::cancelAfterSendingMayHaveCreated()
{
    m_server->setFault(Fault::Hang, Target::AfterRegistering);
    HttpTransport transport(m_manager, {});
    RegistrationJob job(&transport, m_server->baseUrl(), request(QStringLiteral("late")),
            registrar::core::SecretBytes("s3cret"));
    QSignalSpy failed(&job, &RegistrationJob::failed);
    job.start();
    QTRY_VERIFY(m_server->account(QStringLiteral("late")));
    job.cancel();
    QTRY_COMPARE(failed.count(), 1);
    const auto error = failed.constFirst().constFirst().value<RegistrationError>();
    QCOMPARE(error.code(), Code::AccountMayExist);
    QCOMPARE(error.causeCode(), Code::Cancelled);
}

void TestRegistrationJob::definiteAnswersStayDefinite_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Target>("target");
    QTest::addColumn<Code>("code");
    QTest::newRow("a 502 for the nonce")
            << Fault::HtmlBadGateway << Target::NonceRequest << Code::ServerError;
    QTest::newRow("no answer for the nonce")
            << Fault::CloseConnection << Target::NonceRequest << Code::NetworkFailure;
    QTest::newRow("429") << Fault::TooManyRequests << Target::RegisterPost << Code::RateLimited;
}

void TestRegistrationJob::definiteAnswersStayDefinite()
{
    QFETCH(Fault, fault);
    QFETCH(Target, target);
    QFETCH(Code, code);
    m_server->setFault(fault, target);
    const JobOutcome outcome = registerAccount(request(QStringLiteral("definite")));
    QCOMPARE(outcome.error.code(), code);
    QVERIFY(!m_server->account(QStringLiteral("definite")));
}

void TestRegistrationJob::timeoutIsNotCancel()
{
    // The request timer aborts the call, as cancel() does; it must still read as a timeout.
    m_server->setFault(Fault::Hang, Target::NonceRequest);
    const JobOutcome outcome = registerAccount(request(QStringLiteral("t")), "s3cret", 300);
    QVERIFY(!outcome.succeeded);
    QCOMPARE(outcome.error.code(), Code::Timeout);
    QVERIFY(outcome.error.message() != RegistrationError(Code::Cancelled).message());
}

void TestRegistrationJob::cancelIsReportedAsCancelled()
{
    m_server->setFault(Fault::Hang, Target::NonceRequest);
    HttpTransport transport(m_manager, {});
    RegistrationJob job(&transport, m_server->baseUrl(), request(QStringLiteral("c")),
            registrar::core::SecretBytes("s3cret"));
    QSignalSpy failed(&job, &RegistrationJob::failed);
    job.start();
    QTRY_COMPARE(m_server->requestCount(), 1); // the nonce request is held by the server
    QCOMPARE(failed.count(), 0);
    job.cancel();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.constFirst().constFirst().value<RegistrationError>().code(), Code::Cancelled);
}

void TestRegistrationJob::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(closed.serverPort());
    closed.close();
    HttpTransport transport(m_manager, {});
    RegistrationJob job(
            &transport, url, request(QStringLiteral("a")), registrar::core::SecretBytes("s3cret"));
    const JobOutcome outcome = runJob(job);
    QCOMPARE(outcome.error.code(), Code::ConnectionRefused);
    QVERIFY(outcome.error.message().contains(QString::number(url.port())));
}

void TestRegistrationJob::hostNotFound()
{
    HttpTransport transport(m_manager, {});
    RegistrationJob job(&transport, QUrl(QStringLiteral("https://registrar-test.invalid")),
            request(QStringLiteral("a")), registrar::core::SecretBytes("s3cret"));
    const JobOutcome outcome = runJob(job, 30000);
    QCOMPARE(outcome.error.code(), Code::HostNotFound);
    QCOMPARE(outcome.error.exitCode(), 4);
}

void TestRegistrationJob::plainHttpToOtherHostsIsRefusedBeforeSending()
{
    // 192.0.2.0/24 is reserved for documentation; nothing is sent there.
    HttpTransport transport(m_manager, {});
    RegistrationJob job(&transport, QUrl(QStringLiteral("http://192.0.2.10:8008")),
            request(QStringLiteral("a")), registrar::core::SecretBytes("s3cret"));
    const JobOutcome outcome = runJob(job);
    QCOMPARE(outcome.error.code(), Code::InsecureHttp);
    QCOMPARE(outcome.error.exitCode(), 1);
    QVERIFY(outcome.error.message().contains(QLatin1String("192.0.2.10:8008")));
}

void TestRegistrationJob::plainHttpPolicy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecure");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https anywhere") << "https://matrix.example.com" << false << true;
    QTest::newRow("http localhost") << "http://localhost:8008" << false << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST:8008" << false << true;
    QTest::newRow("http *.localhost") << "http://synapse.localhost" << false << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8008" << false << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8008" << false << true;
    QTest::newRow("http ::1") << "http://[::1]:8008" << false << true;
    QTest::newRow("http mapped 127") << "http://[::ffff:127.0.0.1]:8008" << false << true;
    QTest::newRow("http private LAN") << "http://192.168.1.5:8008" << false << false;
    QTest::newRow("http public name") << "http://matrix.example.com" << false << false;
    QTest::newRow("http localhost.example.com") << "http://localhost.example.com" << false << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false << false;
    QTest::newRow("http public name, allowed") << "http://matrix.example.com" << true << true;
    QTest::newRow("ftp") << "ftp://localhost" << true << false;
}

void TestRegistrationJob::plainHttpPolicy()
{
    QFETCH(QString, url);
    QFETCH(bool, allowInsecure);
    QFETCH(bool, allowed);
    QCOMPARE(HttpTransport::isSchemeAllowed(QUrl(url), allowInsecure), allowed);
}

void TestRegistrationJob::blockedInputSendsNothing()
{
    RegistrationRequest digits = request(QStringLiteral("12345"));
    const JobOutcome outcome = registerAccount(digits);
    QCOMPARE(outcome.error.code(), Code::InvalidInput);
    QVERIFY(!outcome.emittedDuringStart);
    QVERIFY(outcome.error.message().contains(QLatin1String("digits")));
    RegistrationRequest empty = request(QStringLiteral("alice"));
    empty.password.clear();
    QCOMPARE(registerAccount(empty).error.code(), Code::InvalidInput);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRegistrationJob::logoutEndsTheSessionOnly()
{
    const JobOutcome outcome = registerAccount(request(QStringLiteral("leaver")));
    QVERIFY(outcome.succeeded);
    HttpTransport transport(m_manager, {});
    TokenSession session(&transport, m_server->baseUrl(),
            registrar::core::SecretBytes::fromUtf8(outcome.result.accessToken));
    QSignalSpy loggedOut(&session, &TokenSession::loggedOut);
    QSignalSpy failed(&session, &TokenSession::failed);
    session.logout();
    QVERIFY(loggedOut.wait());
    session.whoami();
    QVERIFY(failed.wait());
    QCOMPARE(failed.constFirst().constFirst().value<RegistrationError>().code(),
            Code::AccessTokenRejected);
    QVERIFY(m_server->account(QStringLiteral("leaver")));
    QCOMPARE(m_server->sessionCount(), 0);
}

QTEST_MAIN(TestRegistrationJob)
#include "TestRegistrationJob.moc"
