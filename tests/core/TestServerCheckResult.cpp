// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCheckResult.h"

#include <QTest>

using registrar::core::Backend;
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
    void masBeforeSynapse138();
    void masWithoutAServerName();
    void masUrlFallsBackToTheIssuer();
    void tuwunel();
    void tuwunelWithoutSecret();
    void tuwunelWithMasKeepsItsOwnIssuer();
    void tuwunelsNonceRouteSettlesTheSecret();
    void dendrite();
    void dendriteWithoutSecret();
    void theAmbiguous404IsSettledByTheName();
    void unknownWhenNothingNamesItself();
    void tuwunelBehindAProxyIsNotTakenForSynapse();
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

const QByteArray kSynapse157 = R"({"server":{"name":"Synapse","version":"1.157.1"}})";
const QByteArray kHtml404 = "<html><body><h1>404 Not Found</h1>nginx</body></html>";
// The notes' illustrative Synapse+MAS metadata, shortened further.
const QByteArray kMasMetadata =
        R"({"issuer":"https://auth.example.com/","token_endpoint":"https://auth.example.com/oauth2/token","org.matrix.matrix-authentication-service.graphql_endpoint":"https://auth.example.com/graphql","account_management_uri":"https://auth.example.com/account/"})";

//! A newest Synapse without MAS and with a secret: each test changes what it is about.
ServerCheckResult::Replies synapse()
{
    ServerCheckResult::Replies replies;
    replies.clientVersions = reply(200, kVersions167);
    replies.serverVersion = reply(200, R"({"server_version":"1.157.1"})");
    replies.registerProbe = reply(400, kProbeEnabled);
    replies.authMetadata = reply(404, kUnrecognized);
    replies.authMetadataUnstable = reply(404, kUnrecognized);
    replies.federationVersion = reply(200, kSynapse157);
    replies.tuwunelVersion = reply(404, kUnrecognized);
    return replies;
}

ServerCheckResult::Replies synapseWithMas()
{
    ServerCheckResult::Replies replies = synapse();
    replies.registerProbe = reply(404, kUnrecognized);
    replies.authMetadata = reply(200, kMasMetadata);
    replies.authMetadataUnstable = reply(200, kMasMetadata);
    return replies;
}

//! Tuwunel 1.9 with a secret, federation off (so only /_tuwunel/server_version names it).
ServerCheckResult::Replies tuwunelReplies()
{
    ServerCheckResult::Replies replies;
    replies.clientVersions = reply(200, kVersions167);
    replies.serverVersion = reply(200, R"({"server_version":"1.9.0"})");
    replies.registerProbe = reply(400, R"({"errcode":"M_BAD_JSON","error":"missing field nonce"})");
    replies.authMetadata =
            reply(404, R"({"errcode":"M_UNRECOGNIZED","error":"OIDC server not configured"})");
    replies.authMetadataUnstable = replies.authMetadata;
    replies.federationVersion = reply(404, kUnrecognized);
    replies.tuwunelVersion = reply(200, R"({"name":"Tuwunel","version":"1.9.0"})");
    return replies;
}

ServerCheckResult::Replies dendriteReplies()
{
    ServerCheckResult::Replies replies;
    replies.clientVersions = reply(200, kVersions167);
    replies.serverVersion = reply(404, kUnrecognized);
    replies.registerProbe = reply(500, R"({"message":"incorrect or expired nonce: "})");
    replies.authMetadata = reply(404, kUnrecognized);
    replies.authMetadataUnstable = reply(404, kUnrecognized);
    replies.federationVersion = reply(200, R"({"server":{"name":"Dendrite","version":"0.15.2"}})");
    replies.tuwunelVersion = reply(404, kUnrecognized);
    return replies;
}

} // namespace

void TestServerCheckResult::synapse167Enabled()
{
    // 1.67 has no auth_metadata: its unknown-path answer is 400 M_UNRECOGNIZED.
    ServerCheckResult::Replies replies = synapse();
    replies.serverVersion = reply(200, kServerVersion167);
    replies.authMetadata = reply(400, kUnrecognized);
    replies.authMetadataUnstable = reply(400, kUnrecognized);
    replies.federationVersion = reply(200, R"({"server":{"name":"Synapse","version":"1.67.0"}})");
    replies.tuwunelVersion = reply(400, kUnrecognized);
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QVERIFY(result.reachable);
    QCOMPARE(result.clientVersions.size(), 10);
    QCOMPARE(result.synapseVersion, QStringLiteral("1.67.0"));
    QCOMPARE(result.softwareName, QStringLiteral("Synapse"));
    QCOMPARE(result.softwareVersion, QStringLiteral("1.67.0"));
    QCOMPARE(result.backend, Backend::Kind::Synapse);
    QVERIFY(result.adminApiExposed);
    QCOMPARE(result.registration, Registration::Enabled);
    QVERIFY(!result.authDelegated);
    QVERIFY(result.canRegister());
    QVERIFY(!result.problem.isError());
    QCOMPARE(
            result.toJson().value(QStringLiteral("backend")).toString(), QStringLiteral("synapse"));
    QVERIFY(!result.toJson().contains(QStringLiteral("mas_url")));
}

void TestServerCheckResult::disabled()
{
    ServerCheckResult::Replies replies = synapse();
    replies.registerProbe = reply(400, kProbeDisabled);
    // Synapse offers a nonce without a secret too: only the POST tells.
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.backend, Backend::Kind::Synapse);
    QCOMPARE(result.registration, Registration::Disabled);
    QVERIFY(!result.canRegister());
    QCOMPARE(result.problem.code(), RegistrationError::Code::SharedSecretDisabled);
    QCOMPARE(result.problem.exitCode(), 3);
    QVERIFY(result.problem.message().contains(QLatin1String("homeserver.yaml")));
}

void TestServerCheckResult::delegatedToMas()
{
    const ServerCheckResult result = ServerCheckResult::fromReplies(synapseWithMas());
    QCOMPARE(result.backend, Backend::Kind::SynapseMas);
    QVERIFY(result.authDelegated);
    QCOMPARE(result.masUrl, QUrl(QStringLiteral("https://auth.example.com/")));
    QCOMPARE(result.registration, Registration::Unavailable);
    QCOMPARE(result.problem.code(), RegistrationError::Code::DelegatedToMas);
    QCOMPARE(result.problem.exitCode(), 3);
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("backend")).toString(), QStringLiteral("synapse-mas"));
    QCOMPARE(json.value(QStringLiteral("mas_url")).toString(),
            QStringLiteral("https://auth.example.com/"));
    QVERIFY(result.toText().contains(QLatin1String("mas-cli")));
    QVERIFY(result.toText().contains(QLatin1String("https://auth.example.com/")));
}

void TestServerCheckResult::masBeforeSynapse138()
{
    // Before 1.138 only the unstable path is routed.
    ServerCheckResult::Replies replies = synapseWithMas();
    replies.authMetadata = reply(404, kUnrecognized);
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.backend, Backend::Kind::SynapseMas);
    QCOMPARE(result.masUrl, QUrl(QStringLiteral("https://auth.example.com/")));
}

void TestServerCheckResult::masWithoutAServerName()
{
    // A proxy passes neither name probe on: MAS's own key still says what this is.
    ServerCheckResult::Replies replies = synapseWithMas();
    replies.federationVersion = reply(404, kHtml404, "text/html");
    replies.tuwunelVersion = reply(404, kHtml404, "text/html");
    replies.serverVersion = reply(404, kHtml404, "text/html");
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.backend, Backend::Kind::SynapseMas);
    QVERIFY(result.softwareName.isEmpty());
}

void TestServerCheckResult::masUrlFallsBackToTheIssuer()
{
    ServerCheckResult::Replies replies = synapseWithMas();
    replies.authMetadata = reply(200, R"({"issuer":"https://id.example.org/"})");
    replies.authMetadataUnstable = replies.authMetadata;
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    // Synapse named itself, and on Synapse any auth_metadata answer means MAS.
    QCOMPARE(result.backend, Backend::Kind::SynapseMas);
    QCOMPARE(result.masUrl, QUrl(QStringLiteral("https://id.example.org/")));
}

void TestServerCheckResult::tuwunel()
{
    const ServerCheckResult result = ServerCheckResult::fromReplies(tuwunelReplies());
    QCOMPARE(result.backend, Backend::Kind::Tuwunel);
    QCOMPARE(result.softwareName, QStringLiteral("Tuwunel"));
    QCOMPARE(result.softwareVersion, QStringLiteral("1.9.0"));
    QCOMPARE(result.registration, Registration::Enabled);
    QVERIFY(!result.authDelegated);
    QVERIFY(!result.problem.isError());
    QVERIFY(result.toText().contains(QLatin1String("Tuwunel 1.9.0")));
    QCOMPARE(
            result.toJson().value(QStringLiteral("backend")).toString(), QStringLiteral("tuwunel"));
}

void TestServerCheckResult::tuwunelWithoutSecret()
{
    ServerCheckResult::Replies replies = tuwunelReplies();
    replies.registerProbe = reply(
            400, R"({"errcode":"M_UNKNOWN","error":"Shared-secret registration is not enabled"})");
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.backend, Backend::Kind::Tuwunel);
    QCOMPARE(result.registration, Registration::Disabled);
    QCOMPARE(result.problem.code(), RegistrationError::Code::SharedSecretDisabled);
    QVERIFY2(result.problem.message().contains(QLatin1String("registration_shared_secret_file")),
            qPrintable(result.problem.message()));
    QVERIFY(!result.problem.message().contains(QLatin1String("homeserver.yaml")));
}

void TestServerCheckResult::tuwunelsNonceRouteSettlesTheSecret()
{
    // Should Tuwunel read the empty POST's body first, it says "missing field" with or
    // without a secret; its nonce route (MAS notes §1.2) settles it.
    ServerCheckResult::Replies replies = tuwunelReplies();
    replies.nonce = reply(
            400, R"({"errcode":"M_UNKNOWN","error":"Shared-secret registration is not enabled"})");
    ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.registration, Registration::Disabled);
    QCOMPARE(result.problem.code(), RegistrationError::Code::SharedSecretDisabled);
    replies.nonce = reply(200, R"({"nonce":"0123456789abcdefghijABCDEFGHIJ01"})");
    result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.registration, Registration::Enabled);
    QVERIFY(!result.problem.isError());
}

void TestServerCheckResult::tuwunelWithMasKeepsItsOwnIssuer()
{
    ServerCheckResult::Replies replies = tuwunelReplies();
    replies.registerProbe = reply(404, R"({"errcode":"M_UNRECOGNIZED","error":"Not Found"})");
    replies.authMetadata = reply(200,
            R"({"issuer":"https://matrix.example.com/","authorization_endpoint":"https://matrix.example.com/_tuwunel/oidc/authorize"})");
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.backend, Backend::Kind::TuwunelMas);
    QVERIFY(result.authDelegated);
    // Tuwunel's issuer is not MAS: the MAS URL cannot be found here.
    QVERIFY(!result.masUrl.isValid());
    QCOMPARE(result.problem.code(), RegistrationError::Code::DelegatedToMas);
    QCOMPARE(result.toJson().value(QStringLiteral("backend")).toString(),
            QStringLiteral("tuwunel-mas"));
    QVERIFY(!result.toJson().contains(QStringLiteral("mas_url")));
}

void TestServerCheckResult::dendrite()
{
    const ServerCheckResult result = ServerCheckResult::fromReplies(dendriteReplies());
    QCOMPARE(result.backend, Backend::Kind::Dendrite);
    QCOMPARE(result.registration, Registration::Enabled);
    QVERIFY(!result.adminApiExposed);
    QVERIFY(!result.problem.isError());
    QCOMPARE(result.toJson().value(QStringLiteral("backend")).toString(),
            QStringLiteral("dendrite"));
}

void TestServerCheckResult::dendriteWithoutSecret()
{
    ServerCheckResult::Replies replies = dendriteReplies();
    replies.registerProbe = reply(404, kUnrecognized);
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.backend, Backend::Kind::Dendrite);
    QCOMPARE(result.registration, Registration::Disabled);
    QCOMPARE(result.problem.code(), RegistrationError::Code::SharedSecretDisabled);
    QVERIFY2(result.problem.message().contains(
                     QLatin1String("client_api.registration_shared_secret")),
            qPrintable(result.problem.message()));
}

void TestServerCheckResult::theAmbiguous404IsSettledByTheName()
{
    // The same 404 body on the register route from both; the server names settle it.
    ServerCheckResult::Replies dendrite = dendriteReplies();
    dendrite.registerProbe = reply(404, kUnrecognized);
    ServerCheckResult::Replies mas = synapseWithMas();
    QCOMPARE(dendrite.registerProbe.body, mas.registerProbe.body);
    QCOMPARE(ServerCheckResult::fromReplies(dendrite).backend, Backend::Kind::Dendrite);
    QCOMPARE(ServerCheckResult::fromReplies(mas).backend, Backend::Kind::SynapseMas);
    // Without a name and without MAS's document it stays unknown, not guessed.
    dendrite.federationVersion = reply(404, kHtml404, "text/html");
    QCOMPARE(ServerCheckResult::fromReplies(dendrite).backend, Backend::Kind::Unknown);
}

void TestServerCheckResult::unknownWhenNothingNamesItself()
{
    ServerCheckResult::Replies replies;
    replies.clientVersions = reply(200, kVersions167);
    for (HttpResponse *answer : {&replies.serverVersion, &replies.registerProbe,
                 &replies.authMetadata, &replies.authMetadataUnstable, &replies.federationVersion,
                 &replies.tuwunelVersion}) {
        *answer = reply(404, kHtml404, "text/html");
    }
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.backend, Backend::Kind::Unknown);
    QCOMPARE(
            result.toJson().value(QStringLiteral("backend")).toString(), QStringLiteral("unknown"));
}

void TestServerCheckResult::tuwunelBehindAProxyIsNotTakenForSynapse()
{
    // A proxy passes only /_matrix/client and /_synapse: no name, Tuwunel's own issuer, and a
    // server_version that Synapse could have given as well.
    ServerCheckResult::Replies replies = tuwunelReplies();
    replies.tuwunelVersion = reply(404, kHtml404, "text/html");
    replies.federationVersion = reply(404, kHtml404, "text/html");
    replies.authMetadata = reply(200,
            R"({"issuer":"https://matrix.example.com/","authorization_endpoint":"https://matrix.example.com/_tuwunel/oidc/authorize"})");
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    QCOMPARE(result.backend, Backend::Kind::Unknown);
    QVERIFY(!result.authDelegated);
    QVERIFY(!result.masUrl.isValid());
    QCOMPARE(result.registration, Registration::Enabled);
    QVERIFY2(
            !result.toText().contains(QLatin1String("Synapse 1.9.0")), qPrintable(result.toText()));
    QVERIFY(result.toText().contains(QLatin1String("1.9.0")));
}

void TestServerCheckResult::adminApiNotProxied()
{
    ServerCheckResult::Replies replies;
    replies.clientVersions = reply(200, kVersions167);
    for (HttpResponse *answer : {&replies.serverVersion, &replies.registerProbe,
                 &replies.federationVersion, &replies.tuwunelVersion}) {
        *answer = reply(404, kHtml404, "text/html");
    }
    replies.authMetadata = reply(404, kUnrecognized);
    replies.authMetadataUnstable = reply(404, kUnrecognized);
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
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
    const ServerCheckResult result = ServerCheckResult::fromReplies(
            {refused, refused, refused, refused, refused, refused, refused, refused});
    QVERIFY(!result.reachable);
    QCOMPARE(result.problem.code(), RegistrationError::Code::ConnectionRefused);
    QCOMPARE(result.problem.exitCode(), 4);
    // Nothing answered: no line claims what nobody found out.
    QVERIFY2(!result.toText().contains(QLatin1String("MAS")), qPrintable(result.toText()));
    QVERIFY(!result.toText().contains(QLatin1String("Backend")));
    QVERIFY(result.toText().contains(QLatin1String("Nothing accepted the connection")));
}

void TestServerCheckResult::textAndJsonSayTheSame()
{
    ServerCheckResult::Replies replies = synapse();
    replies.serverVersion = reply(200, kServerVersion167);
    replies.federationVersion = reply(200, R"({"server":{"name":"Synapse","version":"1.67.0"}})");
    replies.registerProbe = reply(400, kProbeDisabled);
    const ServerCheckResult result = ServerCheckResult::fromReplies(replies);
    const QJsonObject json = result.toJson();
    QCOMPARE(json.value(QStringLiteral("registration")).toString(), QStringLiteral("disabled"));
    QCOMPARE(json.value(QStringLiteral("server_version")).toString(), QStringLiteral("1.67.0"));
    QCOMPARE(json.value(QStringLiteral("reachable")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("software"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Synapse"));
    QVERIFY(result.toText().contains(QLatin1String("Synapse 1.67.0")));
    QVERIFY(result.toText().contains(result.problem.message()));
}

QTEST_APPLESS_MAIN(TestServerCheckResult)
#include "TestServerCheckResult.moc"
