// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCheckResult.h"

#include <QTest>

using registrar::core::HttpResponse;
using registrar::core::RegistrationError;
using registrar::core::ServerCheckResult;
using Registration = ServerCheckResult::Registration;

class TestServerCheckResult : public QObject
{
    Q_OBJECT

private slots:
    void synapse167Enabled();
    void disabled();
    void delegatedToMas();
    void adminApiNotProxied();
    void unreachable();
    void textAndJsonSayTheSame();
};

namespace {

HttpResponse reply(int status, const QByteArray &body, const QByteArray &type = "application/json")
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.contentType = type;
    return r;
}

// Literal answers of Synapse 1.67.0 (observed document, rows 1, 2 and 63).
const QByteArray kVersions167 =
        R"({"versions":["r0.0.1","r0.1.0","r0.2.0","r0.3.0","r0.4.0","r0.5.0","r0.6.0","r0.6.1","v1.1","v1.2"],"unstable_features":{"org.matrix.label_based_filtering":true}})";
const QByteArray kServerVersion167 = R"({"server_version":"1.67.0","python_version":"3.11.2"})";
const QByteArray kProbeEnabled = R"({"errcode":"M_BAD_JSON","error":"nonce must be specified"})";
const QByteArray kProbeDisabled =
        R"({"errcode":"M_UNKNOWN","error":"Shared secret registration is not enabled"})";
const QByteArray kUnrecognized = R"({"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"})";

} // namespace

void TestServerCheckResult::synapse167Enabled()
{
    // 1.67 has no auth_metadata: its unknown-path answer is 400 M_UNRECOGNIZED.
    const ServerCheckResult result = ServerCheckResult::fromReplies(reply(200, kVersions167),
            reply(200, kServerVersion167), reply(400, kProbeEnabled), reply(400, kUnrecognized));
    QVERIFY(result.reachable);
    QCOMPARE(result.clientVersions.size(), 10);
    QCOMPARE(result.synapseVersion, QStringLiteral("1.67.0"));
    QVERIFY(result.adminApiExposed);
    QCOMPARE(result.registration, Registration::Enabled);
    QVERIFY(!result.authDelegated);
    QVERIFY(result.canRegister());
    QVERIFY(!result.problem.isError());
}

void TestServerCheckResult::disabled()
{
    const ServerCheckResult result = ServerCheckResult::fromReplies(reply(200, kVersions167),
            reply(200, kServerVersion167), reply(400, kProbeDisabled), reply(404, kUnrecognized));
    QCOMPARE(result.registration, Registration::Disabled);
    QVERIFY(!result.canRegister());
    QCOMPARE(result.problem.code(), RegistrationError::Code::SharedSecretDisabled);
    QCOMPARE(result.problem.exitCode(), 3);
}

void TestServerCheckResult::delegatedToMas()
{
    const ServerCheckResult result = ServerCheckResult::fromReplies(reply(200, kVersions167),
            reply(200, R"({"server_version":"1.157.1"})"), reply(404, kUnrecognized),
            reply(200, R"({"issuer":"https://auth.example.com/"})"));
    QVERIFY(result.authDelegated);
    QCOMPARE(result.registration, Registration::Unavailable);
    QCOMPARE(result.problem.code(), RegistrationError::Code::EndpointUnavailable);
    QVERIFY(result.toText().contains(QLatin1String("mas-cli")));
}

void TestServerCheckResult::adminApiNotProxied()
{
    const QByteArray page = "<html><body><h1>404 Not Found</h1>nginx</body></html>";
    const ServerCheckResult result =
            ServerCheckResult::fromReplies(reply(200, kVersions167), reply(404, page, "text/html"),
                    reply(404, page, "text/html"), reply(404, kUnrecognized));
    QVERIFY(result.reachable);
    QVERIFY(!result.adminApiExposed);
    QCOMPARE(result.registration, Registration::Unknown);
    QCOMPARE(result.problem.code(), RegistrationError::Code::AdminApiNotProxied);
}

void TestServerCheckResult::unreachable()
{
    HttpResponse refused;
    refused.failure = HttpResponse::Failure::ConnectionRefused;
    refused.host = QStringLiteral("127.0.0.1:1");
    const ServerCheckResult result =
            ServerCheckResult::fromReplies(refused, refused, refused, refused);
    QVERIFY(!result.reachable);
    QCOMPARE(result.problem.code(), RegistrationError::Code::ConnectionRefused);
    QCOMPARE(result.problem.exitCode(), 4);
}

void TestServerCheckResult::textAndJsonSayTheSame()
{
    const ServerCheckResult result = ServerCheckResult::fromReplies(reply(200, kVersions167),
            reply(200, kServerVersion167), reply(400, kProbeDisabled), reply(404, kUnrecognized));
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("registration")).toString(), QStringLiteral("disabled"));
    QCOMPARE(json.value(QStringLiteral("server_version")).toString(), QStringLiteral("1.67.0"));
    QCOMPARE(json.value(QStringLiteral("reachable")).toBool(), true);
    QVERIFY(result.toText().contains(QLatin1String("1.67.0")));
    QVERIFY(result.toText().contains(result.problem.message()));
}

QTEST_APPLESS_MAIN(TestServerCheckResult)
#include "TestServerCheckResult.moc"
