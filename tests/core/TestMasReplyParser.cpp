// SPDX-License-Identifier: GPL-3.0-or-later
// MAS's answers as ../shared/docs/mas-admin-api.md gives them, literal bodies from MAS's own
// tests: each is read as what it means, and what is not MAS's shape is reported, not guessed at.
#include "MasReplyParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using registrar::core::HttpResponse;
using registrar::core::MasReplyParser;
using registrar::core::RegistrationError;
using Code = RegistrationError::Code;

Q_DECLARE_METATYPE(Code)

namespace {

HttpResponse answer(
        int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    response.host = QStringLiteral("auth.example.org:443");
    return response;
}

const QByteArray kUser = R"({"data":{"type":"user","id":"01040G2081040G2081040G2081",
  "attributes":{"username":"alice","created_at":"1970-01-01T00:00:00Z","locked_at":null,
    "deactivated_at":null,"admin":false,"legacy_guest":false},
  "links":{"self":"/api/admin/v1/users/01040G2081040G2081040G2081"}},
 "links":{"self":"/api/admin/v1/users/01040G2081040G2081040G2081"}})";

const QByteArray kSession = R"({"data":{"type":"personal-session","id":"01FSHN9AG07HNEZXNQM2KNBNF6",
  "attributes":{"created_at":"2022-01-16T14:40:00Z","revoked_at":null,"owner_user_id":null,
    "owner_client_id":"01FSHN9AG0FAQ50MT1E9FFRPZR","actor_user_id":"01FSHN9AG0MZAA6S4AF7CTV32E",
    "human_name":"Test Session","scope":"openid urn:mas:admin","last_active_at":null,
    "last_active_ip":null,"expires_at":"2022-01-16T15:40:00Z",
    "access_token":"mpt_FM44zJN5qePGMLvvMXC4Ds1A3lCWc6_bJ9Wj1"},
  "links":{"self":"/api/admin/v1/personal-sessions/01FSHN9AG07HNEZXNQM2KNBNF6"}},
 "links":{"self":"/api/admin/v1/personal-sessions/01FSHN9AG07HNEZXNQM2KNBNF6"}})";

} // namespace

class TestMasReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void tokenGrant();
    void tokenErrors_data();
    void tokenErrors();
    void adminErrors_data();
    void adminErrors();
    void userDocuments();
    void lookupOfNobodyIsNoError();
    void personalSessionAndItsExpiry();
    void expiredTokenIsToldApart();
    void successShapesThatAreNotMasAreReported();
};

void TestMasReplyParser::tokenGrant()
{
    const auto grant = MasReplyParser::parseToken(answer(200,
            R"({"access_token":"mat_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_bbbbbb","token_type":"Bearer","expires_in":300,"scope":"urn:mas:admin"})"));
    QVERIFY(grant.isOk());
    QCOMPARE(grant.value().accessToken, QByteArray("mat_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_bbbbbb"));
    QCOMPARE(grant.value().expiresInSeconds, 300);
}

void TestMasReplyParser::tokenErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Code>("code");
    QTest::newRow("invalid_client")
            << 401
            << QByteArray(
                       R"({"error":"invalid_client","error_description":"Client authentication failed."})")
            << Code::MasClientRejected;
    QTest::newRow("unauthorized_client")
            << 401
            << QByteArray(
                       R"({"error":"unauthorized_client","error_description":"The client is not authorized to request an access token using this method."})")
            << Code::MasClientRejected;
    QTest::newRow("not an admin client")
            << 403
            << QByteArray(
                       R"({"error":"invalid_scope","error_description":"scope 'urn:mas:admin' not allowed"})")
            << Code::MasNotAdminClient;
    QTest::newRow("no credentials")
            << 400
            << QByteArray(
                       R"({"error":"invalid_request","error_description":"No credentials were presented"})")
            << Code::RequestRejected;
    QTest::newRow("server_error") << 500 << QByteArray(R"({"error":"server_error"})")
                                  << Code::ServerError;
    QTest::newRow("no oauth resource") << 404 << QByteArray("<!DOCTYPE html><html>Not found</html>")
                                       << Code::MasAdminApiMissing;
    QTest::newRow("200 without a token")
            << 200 << QByteArray(R"({"token_type":"Bearer"})") << Code::MalformedReply;
    QTest::newRow("200 of another type")
            << 200 << QByteArray(R"({"access_token":"x","token_type":"MAC"})")
            << Code::MalformedReply;
}

void TestMasReplyParser::tokenErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Code, code);
    const auto grant = MasReplyParser::parseToken(
            answer(status, body, body.startsWith('<') ? "text/html" : "application/json"));
    QVERIFY(!grant.isOk());
    QCOMPARE(grant.error().code(), code);
    QCOMPARE(grant.error().backend(), registrar::core::Backend::Kind::SynapseMas);
    if (body.contains("error_description")) {
        // MAS's own words: its OAuth error and description.
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        QVERIFY(grant.error().serverSummary().contains(
                json.value(QStringLiteral("error")).toString()));
        QVERIFY(grant.error().serverSummary().contains(
                json.value(QStringLiteral("error_description")).toString()));
    }
}

void TestMasReplyParser::adminErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Code>("code");
    QTest::newRow("bad username") << 400
                                  << QByteArray(R"({"errors":[{"title":"Username is not valid"}]})")
                                  << Code::UsernameInvalid;
    QTest::newRow("exists") << 409 << QByteArray(R"({"errors":[{"title":"User already exists"}]})")
                            << Code::UsernameTaken;
    QTest::newRow("reserved")
            << 409
            << QByteArray(R"({"errors":[{"title":"Username is reserved by the homeserver"}]})")
            << Code::UsernameReserved;
    QTest::newRow("provisioning")
            << 500
            << QByteArray(
                       R"({"errors":[{"title":"Failed to provision user in Synapse"},{"title":"connection refused"}]})")
            << Code::ServerError;
    QTest::newRow("weak") << 400 << QByteArray(R"({"errors":[{"title":"Password is too weak"}]})")
                          << Code::PasswordInvalid;
    QTest::newRow("password auth off")
            << 403 << QByteArray(R"({"errors":[{"title":"Password auth is disabled"}]})")
            << Code::PasswordLoginDisabled;
    QTest::newRow("expired") << 401
                             << QByteArray(R"({"errors":[{"title":"Access token expired"}]})")
                             << Code::MasAdminTokenRejected;
    QTest::newRow("no scope") << 401
                              << QByteArray(
                                         R"({"errors":[{"title":"Missing urn:mas:admin scope"}]})")
                              << Code::MasNotAdminClient;
    QTest::newRow("no header")
            << 400 << QByteArray(R"({"errors":[{"title":"Missing authorization header"}]})")
            << Code::MasAdminTokenRejected;
    QTest::newRow("email in use")
            << 409
            << QByteArray(
                       R"({"errors":[{"title":"User email \"alice@example.com\" already in use"}]})")
            << Code::InvalidInput;
    QTest::newRow("email invalid")
            << 400
            << QByteArray(
                       R"({"errors":[{"title":"Email \"invalid-email\" is not valid"},{"title":"Missing domain or user"}]})")
            << Code::InvalidInput;
    QTest::newRow("plain-text 415")
            << 415 << QByteArray("Expected request with `Content-Type: application/json`")
            << Code::RequestRejected;
    QTest::newRow("plain-text 422") << 422
                                    << QByteArray("Failed to deserialize the JSON body into the "
                                                  "target type: missing field `username`")
                                    << Code::RequestRejected;
    QTest::newRow("unknown route")
            << 404 << QByteArray("<!DOCTYPE html><html>404</html>") << Code::MasAdminApiMissing;
    QTest::newRow("proxy 502") << 502 << QByteArray("<html>Bad Gateway</html>")
                               << Code::ServerError;
}

void TestMasReplyParser::adminErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(Code, code);
    const RegistrationError error = MasReplyParser::errorFor(answer(status, body,
            body.startsWith('<') ? "text/html"
                                 : (body.startsWith('{') ? "application/json" : "text/plain")));
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), code == Code::MasAdminApiMissing ? 404 : status);
    QVERIFY(!error.message().isEmpty());
    if (body.startsWith("{\"errors\"")) {
        // MAS's own words, the cause chain after the error.
        QVERIFY(error.serverSummary().contains(QString::number(status)));
        if (body.contains("connection refused")) {
            QVERIFY(error.serverSummary().contains(
                    QLatin1String("Failed to provision user in Synapse: connection refused")));
        }
    }
}

void TestMasReplyParser::userDocuments()
{
    const auto created = MasReplyParser::parseUser(answer(201, kUser));
    QVERIFY(created.isOk());
    QCOMPARE(created.value().id, QStringLiteral("01040G2081040G2081040G2081"));
    QCOMPARE(created.value().createdAt.toSecsSinceEpoch(), 0);
    QVERIFY(MasReplyParser::parseUser(answer(200, kUser)).isOk());
}

void TestMasReplyParser::lookupOfNobodyIsNoError()
{
    const auto nobody = MasReplyParser::parseLookup(
            answer(404, R"({"errors":[{"title":"User with username \"alice\" not found"}]})"));
    QVERIFY(nobody.isOk());
    QVERIFY(nobody.value().id.isEmpty());
    // An HTML 404 is no "not found": the admin API is not there.
    const auto missing = MasReplyParser::parseLookup(answer(404, "<html></html>", "text/html"));
    QCOMPARE(missing.error().code(), Code::MasAdminApiMissing);
}

void TestMasReplyParser::personalSessionAndItsExpiry()
{
    const auto session = MasReplyParser::parsePersonalSession(answer(201, kSession));
    QVERIFY(session.isOk());
    QCOMPARE(session.value().accessToken,
            QStringLiteral("mpt_FM44zJN5qePGMLvvMXC4Ds1A3lCWc6_bJ9Wj1"));
    QCOMPARE(session.value().expiresInMs, std::optional<qint64>(3600 * 1000));
    QByteArray never = kSession;
    never.replace(R"("expires_at":"2022-01-16T15:40:00Z")", R"("expires_at":null)");
    QVERIFY(!MasReplyParser::parsePersonalSession(answer(201, never)).value().expiresInMs);
}

void TestMasReplyParser::expiredTokenIsToldApart()
{
    QVERIFY(MasReplyParser::isExpiredToken(
            answer(401, R"({"errors":[{"title":"Access token expired"}]})")));
    QVERIFY(!MasReplyParser::isExpiredToken(
            answer(401, R"({"errors":[{"title":"Access token revoked"}]})")));
    QVERIFY(!MasReplyParser::isExpiredToken(
            answer(400, R"({"errors":[{"title":"Access token expired"}]})")));
}

void TestMasReplyParser::successShapesThatAreNotMasAreReported()
{
    QCOMPARE(MasReplyParser::parseUser(answer(201, R"({"data":{"type":"user","id":"alice"}})"))
                     .error()
                     .code(),
            Code::MalformedReply);
    QCOMPARE(
            MasReplyParser::parseUser(answer(201, "created")).error().code(), Code::MalformedReply);
    QByteArray tokenless = kSession;
    tokenless.replace("mpt_FM44zJN5qePGMLvvMXC4Ds1A3lCWc6_bJ9Wj1", "");
    QCOMPARE(MasReplyParser::parsePersonalSession(answer(201, tokenless)).error().code(),
            Code::MalformedReply);
    QCOMPARE(MasReplyParser::parseNoContent(answer(200, "{}")).code(), Code::MalformedReply);
    QVERIFY(!MasReplyParser::parseNoContent(answer(204, {})).isError());
}

QTEST_GUILESS_MAIN(TestMasReplyParser)
#include "TestMasReplyParser.moc"
