// SPDX-License-Identifier: GPL-3.0-or-later
// Every Qt log line, every category at debug, captured during full registrations, successful
// and failing, and the token calls after them: none may contain the shared secret, a password,
// a MAC or an access token.
#include "../TestSupport.h"
#include "DevServer.h"
#include "ProcessHardening.h"
#include "RegistrationMac.h"
#include "ServerCheck.h"
#include "TokenSession.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>

#include <sys/prctl.h>
#include <sys/resource.h>

using registrar::core::RegistrationRequest;
using registrar::devserver::DevServer;
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

} // namespace

class TestLogHygiene : public QObject
{
    Q_OBJECT

private slots:
    void noSecretInAnyLogLine();
    void coreDumpsAreOff();
};

void TestLogHygiene::noSecretInAnyLogLine()
{
    DevServer server;
    server.setSharedSecret(kSecret);
    QVERIFY(server.listen() != 0);
    QNetworkAccessManager manager;
    HttpTransport transport(&manager, {});

    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    QtMessageHandler previous = qInstallMessageHandler(capture);

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

    registrar::net::ServerCheck check(&transport, server.baseUrl(), server.baseUrl());
    QSignalSpy checked(&check, &registrar::net::ServerCheck::finished);
    check.start();
    QVERIFY(checked.wait());

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

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
    QVERIFY2(captured.size() > 10, "the debug categories were captured");
    for (const QString &line : std::as_const(captured)) {
        for (const QByteArray &value : std::as_const(forbidden)) {
            QVERIFY2(!line.toUtf8().contains(value),
                    qPrintable(QStringLiteral("leaked in: ") + line.left(60)));
        }
    }
    qInfo("%lld log lines checked against %lld secret values",
            static_cast<long long>(captured.size()), static_cast<long long>(forbidden.size()));
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
