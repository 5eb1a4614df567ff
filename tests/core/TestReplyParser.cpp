// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTest>

using registrar::core::HttpResponse;
using registrar::core::RegistrationError;
using registrar::core::ReplyParser;
using Code = RegistrationError::Code;
using Category = RegistrationError::Category;

Q_DECLARE_METATYPE(registrar::core::HttpResponse::Failure)

class TestReplyParser : public QObject
{
    Q_OBJECT

private slots:
    void synapseReplies_data();
    void synapseReplies();
    void successFields();
    void createdAccountIsTheOneAskedFor_data();
    void createdAccountIsTheOneAskedFor();
    void notWhatTheProtocolPromises_data();
    void notWhatTheProtocolPromises();
    void transportFailures_data();
    void transportFailures();
    void everyCodeHasAMessageAndACategory();
    void otherBackendsReplies_data();
    void otherBackendsReplies();
    void dendriteSuccessHasNoHomeServer();
};

namespace {

HttpResponse response(
        int status, const QByteArray &body, const QByteArray &contentType = "application/json")
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

RegistrationError errorOf(const QString &request, const HttpResponse &r)
{
    if (request == QLatin1String("nonce")) {
        return ReplyParser::parseNonce(r).error();
    }
    if (request == QLatin1String("whoami")) {
        return ReplyParser::parseWhoami(r).error();
    }
    if (request == QLatin1String("register")) {
        return ReplyParser::parseRegistration(r).error();
    }
    return ReplyParser::errorFor(r);
}

} // namespace

void TestReplyParser::synapseReplies_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expect");

    QFile file(QStringLiteral(REGISTRAR_TEST_DATA "/synapse-replies.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray replies = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(QStringLiteral("replies"))
                                       .toArray();
    QVERIFY(replies.size() > 90);
    for (const QJsonValue &value : replies) {
        const QJsonObject reply = value.toObject();
        const QString name = reply.value(QStringLiteral("row")).toVariant().toString()
                + QLatin1String(": ") + reply.value(QStringLiteral("case")).toString();
        if (reply.value(QStringLiteral("request")).toString() == QLatin1String("server_version")
                || reply.value(QStringLiteral("request")).toString() == QLatin1String("versions")) {
            continue; // read by ServerCheckResult, tested there
        }
        QTest::newRow(qPrintable(name)) << reply.value(QStringLiteral("request")).toString()
                                        << reply.value(QStringLiteral("status")).toInt()
                                        << reply.value(QStringLiteral("body")).toString().toUtf8()
                                        << reply.value(QStringLiteral("expect")).toString();
    }
}

void TestReplyParser::synapseReplies()
{
    QFETCH(QString, request);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expect);

    const HttpResponse r = response(status, body);
    if (expect.startsWith(QLatin1String("success"))) {
        if (request == QLatin1String("register")) {
            const auto result = ReplyParser::parseRegistration(r);
            QVERIFY2(result.isOk(), qPrintable(result.error().message()));
            QVERIFY(result.value().userId.startsWith(QLatin1Char('@')));
            QCOMPARE(result.value().homeServer, result.value().userId.section(QLatin1Char(':'), 1));
            QCOMPARE(result.value().hasSession(), expect == QLatin1String("success"));
            QCOMPARE(result.value().deviceId.isEmpty(), !result.value().hasSession());
        } else if (request == QLatin1String("nonce")) {
            const auto nonce = ReplyParser::parseNonce(r);
            QVERIFY(nonce.isOk());
            QCOMPARE(nonce.value().size(), 128);
        } else {
            const auto whoami = ReplyParser::parseWhoami(r);
            QVERIFY(whoami.isOk());
            QVERIFY(!whoami.value().deviceId.isEmpty());
        }
        return;
    }
    const RegistrationError error = errorOf(request, r);
    const QMetaEnum codes = QMetaEnum::fromType<Code>();
    if (error.code() == Code::AccountMayExist) {
        // A 500 to a registration leaves it open whether the account was stored first.
        QCOMPARE(request, QStringLiteral("register"));
        QVERIFY(status >= 500);
        QCOMPARE(QString::fromLatin1(codes.valueToKey(int(error.causeCode()))), expect);
    } else {
        QCOMPARE(QString::fromLatin1(codes.valueToKey(int(error.code()))), expect);
    }
    QCOMPARE(error.httpStatus(), status);
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    QCOMPARE(error.errcode(), json.value(QStringLiteral("errcode")).toString());
    QCOMPARE(error.serverMessage(), json.value(QStringLiteral("error")).toString());
    QVERIFY(error.fullText().contains(json.value(QStringLiteral("error")).toString()));
}

void TestReplyParser::successFields()
{
    const auto result = ReplyParser::parseRegistration(response(200,
            R"({"user_id":"@ex:peer.test","home_server":"peer.test","access_token":"syt_x","device_id":"DEV","expires_in_ms":300000})"));
    QVERIFY(result.isOk());
    QCOMPARE(result.value().accessToken, QStringLiteral("syt_x"));
    QCOMPARE(result.value().deviceId, QStringLiteral("DEV"));
    QCOMPARE(result.value().expiresInMs.value_or(-1), 300000);
    const QJsonObject json = result.value().toJson();
    QCOMPARE(json.keys(),
            (QStringList{QStringLiteral("access_token"), QStringLiteral("device_id"),
                    QStringLiteral("expires_in_ms"), QStringLiteral("home_server"),
                    QStringLiteral("user_id")}));
    QCOMPARE(result.value().toKeyValueLines(),
            QStringLiteral("user_id: @ex:peer.test\nhome_server: peer.test\naccess_token: syt_x\n"
                           "device_id: DEV\nexpires_in_ms: 300000\n"));

    const auto noSession = ReplyParser::parseRegistration(
            response(200, R"({"user_id":"@xena:peer.test","home_server":"peer.test"})"));
    QVERIFY(noSession.isOk());
    QVERIFY(!noSession.value().hasSession());
    QCOMPARE(noSession.value().toJson().keys(),
            (QStringList{QStringLiteral("home_server"), QStringLiteral("user_id")}));
}

void TestReplyParser::createdAccountIsTheOneAskedFor_data()
{
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QString>("homeServer");
    QTest::addColumn<QString>("knownServerName");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("as asked, name known") << "@alice:peer.test"
                                          << "peer.test"
                                          << "peer.test" << true;
    QTest::newRow("as asked, home_server") << "@alice:peer.test"
                                           << "peer.test"
                                           << "" << true;
    QTest::newRow("server name in another case") << "@alice:Peer.Test"
                                                 << "peer.test"
                                                 << "peer.test" << true;
    QTest::newRow("server name with a port") << "@alice:localhost:8448"
                                             << "localhost:8448"
                                             << "" << true;
    QTest::newRow("another localpart") << "@mallory:peer.test"
                                       << "peer.test"
                                       << "peer.test" << false;
    QTest::newRow("localpart in capitals") << "@Alice:peer.test"
                                           << "peer.test"
                                           << "" << false;
    QTest::newRow("localpart as a prefix") << "@alice2:peer.test"
                                           << "peer.test"
                                           << "" << false;
    QTest::newRow("another server than the known one") << "@alice:evil.test"
                                                       << "evil.test"
                                                       << "peer.test" << false;
    QTest::newRow("another server than home_server") << "@alice:evil.test"
                                                     << "peer.test"
                                                     << "" << false;
    QTest::newRow("server name as a prefix") << "@alice:peer.test.evil"
                                             << "peer.test"
                                             << "" << false;
    QTest::newRow("no server part") << "@alice"
                                    << "peer.test"
                                    << "" << false;
    QTest::newRow("no sigil") << "alice:peer.test"
                              << "peer.test"
                              << "" << false;
}

void TestReplyParser::createdAccountIsTheOneAskedFor()
{
    QFETCH(QString, userId);
    QFETCH(QString, homeServer);
    QFETCH(QString, knownServerName);
    QFETCH(bool, accepted);

    registrar::core::RegistrationResult result;
    result.userId = userId;
    result.homeServer = homeServer;
    const RegistrationError error =
            ReplyParser::checkCreatedAccount(result, QStringLiteral("alice"), knownServerName);
    QCOMPARE(!error.isError(), accepted);
    if (!accepted) {
        QCOMPARE(error.code(), Code::MalformedReply);
        QCOMPARE(error.category(), Category::Protocol);
        QCOMPARE(error.exitCode(), 5);
        // What was asked and what came back, both named.
        QVERIFY2(error.message().contains(userId), qPrintable(error.message()));
        const QString asked = QStringLiteral("@alice:")
                + (knownServerName.isEmpty() ? homeServer : knownServerName);
        QVERIFY2(error.message().contains(asked), qPrintable(error.message()));
    }
}

void TestReplyParser::notWhatTheProtocolPromises_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<Code>("code");

    const QByteArray html =
            "<html><head><title>404 Not Found</title></head><body>nginx</body></html>";
    QTest::newRow("proxy 404 page") << "register" << 404 << html << QByteArray("text/html")
                                    << QByteArray() << Code::AdminApiNotProxied;
    QTest::newRow("proxy 404 page on the nonce")
            << "nonce" << 404 << html << QByteArray("text/html") << QByteArray()
            << Code::AdminApiNotProxied;
    QTest::newRow("proxy 502 page") << "nonce" << 502 << QByteArray("<html>502 Bad Gateway</html>")
                                    << QByteArray("text/html") << QByteArray() << Code::ServerError;
    QTest::newRow("a 200 HTML page")
            << "nonce" << 200 << QByteArray("<!DOCTYPE html><html></html>")
            << QByteArray("text/html") << QByteArray() << Code::MalformedReply;
    QTest::newRow("truncated JSON nonce")
            << "nonce" << 200 << QByteArray("{\"nonce\": \"0123") << QByteArray("application/json")
            << QByteArray() << Code::MalformedReply;
    QTest::newRow("nonce not a string")
            << "nonce" << 200 << QByteArray("{\"nonce\": 5}") << QByteArray("application/json")
            << QByteArray() << Code::MalformedReply;
    QTest::newRow("redirected POST that became a GET")
            << "register" << 200 << QByteArray("{\"nonce\":\"abc\"}")
            << QByteArray("application/json") << QByteArray() << Code::MalformedReply;
    QTest::newRow("user_id not a string")
            << "register" << 200 << QByteArray("{\"user_id\":5,\"home_server\":\"x\"}")
            << QByteArray("application/json") << QByteArray() << Code::MalformedReply;
    QTest::newRow("no home_server")
            << "register" << 200 << QByteArray("{\"user_id\":\"@a:x\"}")
            << QByteArray("application/json") << QByteArray() << Code::MalformedReply;
    QTest::newRow("expires_in_ms a string")
            << "register" << 200
            << QByteArray("{\"user_id\":\"@a:x\",\"home_server\":\"x\",\"expires_in_ms\":\"5\"}")
            << QByteArray("application/json") << QByteArray() << Code::MalformedReply;
    QTest::newRow("302") << "register" << 302 << QByteArray() << QByteArray()
                         << QByteArray("https://elsewhere.example/x") << Code::Redirect;
    QTest::newRow("307") << "nonce" << 307 << QByteArray() << QByteArray()
                         << QByteArray("https://elsewhere.example/x") << Code::Redirect;
    QTest::newRow("429 with retry_after_ms")
            << "register" << 429
            << QByteArray("{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too Many "
                          "Requests\",\"retry_after_ms\":2000}")
            << QByteArray("application/json") << QByteArray() << Code::RateLimited;
    QTest::newRow("429 HTML") << "register" << 429 << QByteArray("<html>slow down</html>")
                              << QByteArray("text/html") << QByteArray() << Code::RateLimited;
    QTest::newRow("418 with errcode")
            << "register" << 418
            << QByteArray("{\"errcode\":\"M_TEAPOT\",\"error\":\"short and stout\"}")
            << QByteArray("application/json") << QByteArray() << Code::UnexpectedStatus;
    QTest::newRow("403 M_FORBIDDEN")
            << "register" << 403
            << QByteArray("{\"errcode\":\"M_FORBIDDEN\",\"error\":\"blocked\"}")
            << QByteArray("application/json") << QByteArray() << Code::UnexpectedStatus;
    QTest::newRow("400 M_UNKNOWN unknown text")
            << "register" << 400
            << QByteArray("{\"errcode\":\"M_UNKNOWN\",\"error\":\"something new\"}")
            << QByteArray("application/json") << QByteArray() << Code::UnexpectedStatus;
    QTest::newRow("body over 1 MiB")
            << "register" << 200 << QByteArray(1024 * 1024 + 1, ' ')
            << QByteArray("application/json") << QByteArray() << Code::ReplyTooLarge;
    QTest::newRow("logout 200 HTML")
            << "logout" << 200 << QByteArray("<html></html>") << QByteArray("text/html")
            << QByteArray() << Code::MalformedReply;
}

void TestReplyParser::notWhatTheProtocolPromises()
{
    QFETCH(QString, request);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, location);
    QFETCH(Code, code);
    HttpResponse r = response(status, body, contentType);
    r.location = location;
    const RegistrationError error =
            request == QLatin1String("logout") ? ReplyParser::parseLogout(r) : errorOf(request, r);
    if (error.code() == Code::AccountMayExist) {
        // Only a registration's 200 leaves it open whether the account now exists.
        QCOMPARE(request, QStringLiteral("register"));
        QCOMPARE(status, 200);
        QCOMPARE(error.causeCode(), code);
    } else {
        QCOMPARE(error.code(), code);
    }
    QVERIFY(!error.message().isEmpty());
    if (!location.isEmpty()) {
        QVERIFY2(
                error.message().contains(QString::fromUtf8(location)), qPrintable(error.message()));
    }
    if (code == Code::RateLimited && body.contains("retry_after_ms")) {
        QCOMPARE(error.retryAfterMs(), 2000);
        QVERIFY(error.message().contains(QLatin1String("2 second")));
    }
}

void TestReplyParser::transportFailures_data()
{
    QTest::addColumn<HttpResponse::Failure>("failure");
    QTest::addColumn<Code>("code");
    QTest::addColumn<Category>("category");
    QTest::newRow("refused") << HttpResponse::Failure::ConnectionRefused << Code::ConnectionRefused
                             << Category::Network;
    QTest::newRow("dns") << HttpResponse::Failure::HostNotFound << Code::HostNotFound
                         << Category::Network;
    QTest::newRow("tls") << HttpResponse::Failure::Tls << Code::TlsFailure << Category::Network;
    QTest::newRow("timeout") << HttpResponse::Failure::Timeout << Code::Timeout
                             << Category::Network;
    QTest::newRow("cancel") << HttpResponse::Failure::Cancelled << Code::Cancelled
                            << Category::Network;
    QTest::newRow("too large") << HttpResponse::Failure::TooLarge << Code::ReplyTooLarge
                               << Category::Protocol;
    QTest::newRow("plain http") << HttpResponse::Failure::InsecureHttpRefused << Code::InsecureHttp
                                << Category::Input;
    QTest::newRow("other") << HttpResponse::Failure::Other << Code::NetworkFailure
                           << Category::Network;
}

void TestReplyParser::transportFailures()
{
    QFETCH(HttpResponse::Failure, failure);
    QFETCH(Code, code);
    QFETCH(Category, category);
    HttpResponse r;
    r.failure = failure;
    r.host = QStringLiteral("matrix.example.com:443");
    r.failureDetail = QStringLiteral("the transport's words");
    const RegistrationError error = ReplyParser::parseNonce(r).error();
    QCOMPARE(error.code(), code);
    QCOMPARE(error.category(), category);
    QCOMPARE(error.exitCode(), int(category));
    if (code == Code::ConnectionRefused || code == Code::InsecureHttp) {
        QVERIFY(error.message().contains(r.host));
    }
    if (code == Code::HostNotFound) {
        // The name that did not resolve, without the port, which no DNS lookup involves.
        QVERIFY2(error.message().contains(QLatin1String("host name matrix.example.com could")),
                qPrintable(error.message()));
    }
}

void TestReplyParser::everyCodeHasAMessageAndACategory()
{
    const QMetaEnum codes = QMetaEnum::fromType<Code>();
    for (int i = 0; i < codes.keyCount(); ++i) {
        const RegistrationError error(Code(codes.value(i)));
        if (error.code() == Code::None) {
            QVERIFY(!error.isError());
            continue;
        }
        QVERIFY2(!error.message().isEmpty(), codes.key(i));
        QVERIFY2(error.exitCode() >= 1 && error.exitCode() <= 6, codes.key(i));
    }
}

void TestReplyParser::otherBackendsReplies_data()
{
    // The register endpoint's refusals of Tuwunel 1.9 and Dendrite 0.15, from the MAS notes §6.
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expect");
    QTest::addColumn<QString>("wording"); // a piece of message() that is this backend's own
    const auto row = [](const char *name, const char *backend, int status, const char *body,
                             const char *expect, const char *wording) {
        QTest::newRow(name) << QString::fromLatin1(backend) << status << QByteArray(body)
                            << QString::fromLatin1(expect) << QString::fromUtf8(wording);
    };
    row("tuwunel nonce", "tuwunel", 400,
            R"({"errcode":"M_INVALID_PARAM","error":"Unrecognised or expired nonce"})",
            "NonceRejected", "Tuwunel did not recognise the nonce");
    row("tuwunel mac", "tuwunel", 403, R"({"errcode":"M_FORBIDDEN","error":"HMAC check failed"})",
            "MacRejected", "registration_shared_secret");
    row("tuwunel no secret", "tuwunel", 400,
            R"({"errcode":"M_UNKNOWN","error":"Shared-secret registration is not enabled"})",
            "SharedSecretDisabled", "registration_shared_secret_file");
    row("tuwunel empty username", "tuwunel", 400,
            R"({"errcode":"M_INVALID_PARAM","error":"Username must not be empty"})",
            "UsernameInvalid", "");
    row("tuwunel not local", "tuwunel", 400,
            R"({"errcode":"M_INVALID_PARAM","error":"User is not local to this server"})",
            "UsernameInvalid", "");
    row("tuwunel long password", "tuwunel", 400,
            R"({"errcode":"M_INVALID_PARAM","error":"Password must not exceed 512 bytes"})",
            "PasswordInvalid", "");
    row("tuwunel characters", "tuwunel", 400,
            R"({"errcode":"M_INVALID_USERNAME","error":"Username contains disallowed characters or spaces"})",
            "UsernameInvalid", "");
    row("tuwunel taken", "tuwunel", 400,
            R"({"errcode":"M_USER_IN_USE","error":"User ID is not available"})", "UsernameTaken",
            "");
    row("dendrite nonce", "dendrite", 500,
            R"({"message":"incorrect or expired nonce: 0123456789abcdef"})", "NonceRejected",
            "Dendrite did not recognise the nonce");
    row("dendrite mac", "dendrite", 403, R"({"errcode":"M_FORBIDDEN","error":"bad mac"})",
            "MacRejected", "client_api.registration_shared_secret");
    row("dendrite weak password", "dendrite", 400,
            R"({"errcode":"M_WEAK_PASSWORD","error":"password too weak: min 8 characters"})",
            "PasswordInvalid", "too weak");
    row("dendrite missing password", "dendrite", 400,
            R"({"errcode":"M_MISSING_PARAM","error":"Missing password"})", "RequestRejected", "");
    row("dendrite malformed", "dendrite", 400,
            R"({"errcode":"M_BAD_JSON","error":"malformed json: invalid character"})",
            "RequestRejected", "");
    row("dendrite username", "dendrite", 400,
            R"({"errcode":"M_INVALID_USERNAME","error":"username cannot start with a '_'"})",
            "UsernameInvalid", "");
    row("dendrite taken", "dendrite", 400,
            R"({"errcode":"M_USER_IN_USE","error":"Desired user ID is already taken."})",
            "UsernameTaken", "");
    // Any other 500 of Dendrite's may come after the account was stored; it says whose it is.
    row("dendrite other 500", "dendrite", 500, R"({"message":"something failed"})",
            "AccountMayExist", "");
    // The same body from a server not known to be Dendrite stays a server error.
    row("unknown 500 nonce text", "unknown", 500,
            R"({"message":"incorrect or expired nonce: 0123456789abcdef"})", "AccountMayExist", "");
}

void TestReplyParser::otherBackendsReplies()
{
    QFETCH(QString, backend);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expect);
    QFETCH(QString, wording);
    const auto kind = registrar::core::Backend::fromName(backend);
    QVERIFY(kind);
    const RegistrationError error =
            ReplyParser::parseRegistration(response(status, body), *kind).error();
    const QMetaEnum codes = QMetaEnum::fromType<Code>();
    QCOMPARE(QString::fromLatin1(codes.valueToKey(int(error.code()))), expect);
    QCOMPARE(error.httpStatus(), status);
    QVERIFY2(error.message().contains(wording), qPrintable(error.message()));
    if (error.code() == Code::AccountMayExist && backend == QLatin1String("dendrite")) {
        QVERIFY2(error.whatCameBack().startsWith(QLatin1String("Dendrite failed")),
                qPrintable(error.whatCameBack()));
    }
    // Never Synapse's words for another server's refusal.
    if (backend != QLatin1String("unknown")) {
        const QString text = error.fullText().remove(QLatin1String("Synapse Registrar"));
        QVERIFY2(!text.contains(QLatin1String("Synapse")), qPrintable(text));
    }
}

void TestReplyParser::dendriteSuccessHasNoHomeServer()
{
    const HttpResponse reply = response(200,
            R"({"user_id":"@alice:dendrite.test","access_token":"tok","device_id":"shared_secret_registration"})");
    const auto result =
            ReplyParser::parseRegistration(reply, registrar::core::Backend::Kind::Dendrite);
    QVERIFY2(result.isOk(), qPrintable(result.error().fullText()));
    QCOMPARE(result.value().homeServer, QStringLiteral("dendrite.test"));
    // From Synapse the same body is not what the protocol promises.
    QCOMPARE(ReplyParser::parseRegistration(reply).error().code(), Code::AccountMayExist);
}

QTEST_APPLESS_MAIN(TestReplyParser)
#include "TestReplyParser.moc"
