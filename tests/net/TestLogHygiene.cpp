// SPDX-License-Identifier: GPL-3.0-or-later
// Every Qt log line, every category at debug, captured during full registrations, successful
// and failing, and the token calls after them: none may contain the shared secret, a password,
// a MAC or an access token. The same for every MAS call: no client secret (as it is, in a Basic
// header or a form body), password, admin token or personal token.
#include "../TestSupport.h"
#include "DevServer.h"
#include "MasAdminToken.h"
#include "MasRegistrationJob.h"
#include "ProcessHardening.h"
#include "RegistrationMac.h"
#include "ServerCheck.h"
#include "TokenSession.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QVersionNumber>

#include <sys/prctl.h>
#include <sys/resource.h>

using registrar::core::RegistrationRequest;
using registrar::devserver::DevServer;
using registrar::devserver::MasAdminApi;
using registrar::net::HttpTransport;
using registrar::net::RegistrationJob;
using registrar::net::TokenSession;

namespace {

QMutex logMutex;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    captured.append(
            QLatin1String(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

const QByteArray kSecret = "hygiene-shared-secret-XYZ0123456789";
const QString kPassword = QStringLiteral("hygiene-password-ABC987");
// A + and an & change in a form body: their encoded form must not leak either.
const QByteArray kClientSecret = "hygiene-client+secret&MAS-456";

//! From now on every log line, every category at debug, is captured; returns the old handler.
QtMessageHandler startCapturing()
{
    {
        QMutexLocker lock(&logMutex);
        captured.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    return qInstallMessageHandler(capture);
}

void stopCapturing(QtMessageHandler previous)
{
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
}

//! The lines captured, more than \a minimum of them, hold none of \a forbidden.
void verifyNoneLeaked(const QList<QByteArray> &forbidden, qsizetype minimum)
{
    QMutexLocker lock(&logMutex);
    QVERIFY2(captured.size() > minimum, "the debug categories were captured");
    for (const QString &line : std::as_const(captured)) {
        for (const QByteArray &value : forbidden) {
            QVERIFY2(!line.toUtf8().contains(value),
                    qPrintable(QStringLiteral("leaked in: ") + line.left(60)));
        }
    }
    qInfo("%lld log lines checked against %lld secret values",
            static_cast<long long>(captured.size()), static_cast<long long>(forbidden.size()));
}

//! A server check of \a url, whose calls are logged too.
void checkServer(HttpTransport *transport, const QUrl &url)
{
    registrar::net::ServerCheck check(transport, url, url);
    QSignalSpy checked(&check, &registrar::net::ServerCheck::finished);
    check.start();
    QVERIFY(checked.wait());
}

} // namespace

class TestLogHygiene : public QObject
{
    Q_OBJECT

private slots:
    void noSecretInAnyLogLine();
    void noSecretInAnyLogLineOfMas();
    void coreDumpsAreOff();
};

void TestLogHygiene::noSecretInAnyLogLine()
{
    DevServer server;
    server.setSharedSecret(kSecret);
    QVERIFY(server.listen() != 0);
    QNetworkAccessManager manager;
    HttpTransport transport(&manager, {});

    const QtMessageHandler previous = startCapturing();

    QStringList tokens;
    const auto registerAs = [&](const QString &username, const QByteArray &secret, bool inhibit) {
        RegistrationRequest request;
        request.username = username;
        request.setPassword(kPassword);
        request.displayName = QStringLiteral("Display Name");
        request.inhibitLogin = inhibit;
        RegistrationJob job(
                &transport, server.baseUrl(), request, registrar::core::SecretBytes(secret));
        const auto outcome = registrar::test::runJob(job);
        if (outcome.succeeded && outcome.result.hasSession()) {
            tokens.append(outcome.result.accessToken);
        }
        return outcome;
    };
    QVERIFY(registerAs(QStringLiteral("clean"), kSecret, false).succeeded);
    QVERIFY(registerAs(QStringLiteral("quiet"), kSecret, true).succeeded);
    QVERIFY(!registerAs(QStringLiteral("clean"), kSecret, false).succeeded); // taken
    QVERIFY(!registerAs(QStringLiteral("other"), kSecret + "x", false).succeeded); // HMAC
    server.setFault(DevServer::Fault::InternalError, DevServer::FaultTarget::RegisterPost);
    QVERIFY(!registerAs(QStringLiteral("broken"), kSecret, false).succeeded);
    server.setFault(DevServer::Fault::None);

    TokenSession session(&transport, server.baseUrl(),
            registrar::core::SecretBytes::fromUtf8(tokens.constFirst()));
    QSignalSpy whoami(&session, &TokenSession::whoamiSucceeded);
    session.whoami();
    QVERIFY(whoami.wait());
    QSignalSpy loggedOut(&session, &TokenSession::loggedOut);
    session.logout();
    QVERIFY(loggedOut.wait());
    QSignalSpy failed(&session, &TokenSession::failed);
    session.whoami();
    QVERIFY(failed.wait());
    checkServer(&transport, server.baseUrl());
    stopCapturing(previous);

    QList<QByteArray> forbidden{kSecret, kPassword.toUtf8()};
    for (const QString &token : std::as_const(tokens)) {
        forbidden.append(token.toUtf8());
    }
    for (const QString &nonce : server.noncesIssued()) {
        for (const char *user : {"clean", "quiet", "other", "broken"}) {
            forbidden.append(registrar::core::registrationMac(
                    kSecret, nonce, QLatin1String(user), kPassword, false, {}));
        }
    }
    verifyNoneLeaked(forbidden, 10);
}

void TestLogHygiene::noSecretInAnyLogLineOfMas()
{
    DevServer server;
    server.setAuthDelegated(true);
    server.setServerName(QStringLiteral("hygiene.test"));
    server.mas().setClientSecret(QString::fromUtf8(kClientSecret));
    QVERIFY(server.listen() != 0);
    QNetworkAccessManager manager;
    HttpTransport transport(&manager, {});
    registrar::core::MasAdminClient client;
    client.masUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/mas"));
    client.clientId = server.mas().clientId();

    const QtMessageHandler previous = startCapturing();

    QStringList tokens;
    int succeeded = 0;
    const auto registerAs = [&](const QString &username, const QByteArray &secret,
                                    bool admin = false, bool inhibit = false) {
        registrar::net::MasAdminToken adminToken(
                &transport, client, registrar::core::SecretBytes(secret));
        RegistrationRequest request;
        request.username = username;
        request.setPassword(kPassword);
        request.displayName = QStringLiteral("Display Name");
        request.admin = admin;
        request.inhibitLogin = inhibit;
        request.emails = {username + QStringLiteral("@example.com")};
        registrar::net::MasRegistrationJob job(
                &transport, &transport, &adminToken, client, server.baseUrl(), request);
        QSignalSpy done(&job, &registrar::net::MasRegistrationJob::succeeded);
        QSignalSpy failed(&job, &registrar::net::MasRegistrationJob::failed);
        job.start();
        if (!QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 20000)) {
            qWarning("the MAS job did not finish");
        }
        if (!done.isEmpty()) {
            ++succeeded;
            const auto result =
                    done.constFirst().constFirst().value<registrar::core::RegistrationResult>();
            if (result.hasSession()) {
                tokens.append(result.accessToken);
            }
        }
        return !done.isEmpty();
    };
    // Every call, with both client authentication methods, successful and failing.
    QVERIFY(registerAs(QStringLiteral("clean"), kClientSecret, true));
    QVERIFY(registerAs(QStringLiteral("quiet"), kClientSecret, false, true));
    server.mas().setClientAuthMethod(MasAdminApi::ClientAuthMethod::Post);
    client.authMethod = registrar::core::MasAdminClient::AuthMethod::Post;
    QVERIFY(registerAs(QStringLiteral("posted"), kClientSecret));
    QVERIFY(!registerAs(QStringLiteral("wrong"), kClientSecret + "x")); // invalid_client
    client.authMethod = registrar::core::MasAdminClient::AuthMethod::Basic;
    QVERIFY(!registerAs(QStringLiteral("mismatch"), kClientSecret)); // basic for a post client
    server.mas().setClientAuthMethod(MasAdminApi::ClientAuthMethod::Basic);
    QVERIFY(!registerAs(QStringLiteral("clean"), kClientSecret)); // taken
    server.mas().setWeakPasswords(true);
    QVERIFY(!registerAs(QStringLiteral("weak"), kClientSecret));
    server.mas().setWeakPasswords(false);
    server.mas().setPasswordLoginEnabled(false);
    QVERIFY(!registerAs(QStringLiteral("nopassword"), kClientSecret));
    server.mas().setPasswordLoginEnabled(true);
    server.mas().setAdminClient(false);
    QVERIFY(!registerAs(QStringLiteral("notadmin"), kClientSecret));
    server.mas().setAdminClient(true);
    server.mas().setMasVersion(QVersionNumber(1, 4, 0)); // no personal sessions
    server.mas().setCompatibilityLogin(true);
    QVERIFY(registerAs(QStringLiteral("compat"), kClientSecret));
    server.mas().setCompatibilityLogin(false);
    QVERIFY(!registerAs(QStringLiteral("tokenless"), kClientSecret));
    server.mas().setMasVersion(QVersionNumber(1, 22, 0));
    server.mas().setAdminApiMounted(false);
    QVERIFY(!registerAs(QStringLiteral("unmounted"), kClientSecret));
    server.mas().setAdminApiMounted(true);
    QCOMPARE(succeeded, 4);
    QCOMPARE(tokens.size(), 3); // quiet asked for no session

    // The new accounts' tokens on the homeserver, and a check of the MAS server.
    TokenSession session(&transport, server.baseUrl(),
            registrar::core::SecretBytes::fromUtf8(tokens.constFirst()));
    QSignalSpy whoami(&session, &TokenSession::whoamiSucceeded);
    session.whoami();
    QVERIFY(whoami.wait());
    checkServer(&transport, server.baseUrl());
    stopCapturing(previous);

    QList<QByteArray> forbidden{kClientSecret, kPassword.toUtf8(),
            (client.clientId.toUtf8() + ':' + kClientSecret).toBase64(),
            QUrl::toPercentEncoding(QString::fromUtf8(kClientSecret)),
            // Every token MAS hands out: admin (mat_), personal (mpt_), compatibility (mct_).
            "mat_", "mpt_", "mct_"};
    for (const QString &token : std::as_const(tokens)) {
        forbidden.append(token.toUtf8());
    }
    verifyNoneLeaked(forbidden, 20);
}

void TestLogHygiene::coreDumpsAreOff()
{
    QVERIFY(registrar::core::ProcessHardening::apply());
    rlimit limit{};
    QCOMPARE(getrlimit(RLIMIT_CORE, &limit), 0);
    QCOMPARE(limit.rlim_cur, rlim_t(0));
    QCOMPARE(limit.rlim_max, rlim_t(0));
    QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
}

QTEST_GUILESS_MAIN(TestLogHygiene)
#include "TestLogHygiene.moc"
