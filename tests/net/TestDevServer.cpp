// SPDX-License-Identifier: GPL-3.0-or-later
// The local homeserver against the protocol document: statuses, errcodes and messages in
// Synapse's order. These tests send raw requests, so they do not depend on the client's checks.
#include "../TestSupport.h"
#include "DevServer.h"
#include "RegistrationMac.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>

using registrar::core::HttpResponse;
using registrar::devserver::DevServer;
using registrar::net::HttpTransport;
using registrar::test::waitFor;

class TestDevServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nonceIsFreshHex();
    void nonceIsHandedOutEvenWithoutSecret();
    void noSecretAnswersBeforeReadingTheBody();
    void bodyThatIsNotAJsonObject();
    void checksInSynapseOrder_data();
    void checksInSynapseOrder();
    void failureBurnsTheNonce();
    void nonceLifetime();
    void displayNames();
    void tokensWorkWithWhoamiAndLogout();
    void noLoginSession();
    void adminApiShowsFlags();
    void otherMethodsAndPaths();
    void authDelegatedToMas();
    void wellKnown();
    void faultSwitches_data();
    void faultSwitches();
    void clientLeavingAHeldReplyIsSafe();

private:
    HttpResponse get(const QString &path, const QByteArray &token = {});
    HttpResponse post(const QString &path, const QByteArray &body, const QByteArray &token = {});
    QString nonce();
    QJsonObject signedBody(const QString &username, const QString &password, bool admin,
            const QString &userType = {});
    static QJsonObject json(const HttpResponse &response);

    QNetworkAccessManager *m_manager = nullptr;
    HttpTransport *m_transport = nullptr;
    DevServer *m_server = nullptr;
    const QByteArray m_secret = "dev-secret";
};

void TestDevServer::init()
{
    m_manager = new QNetworkAccessManager(this);
    registrar::net::TransportSettings settings;
    settings.timeoutMs = 5000;
    m_transport = new HttpTransport(m_manager, settings, this);
    m_server = new DevServer(this);
    m_server->setSharedSecret(m_secret);
    m_server->setServerName(QStringLiteral("peer.test"));
    QVERIFY(m_server->listen() != 0);
}

void TestDevServer::cleanup()
{
    delete m_server;
    delete m_transport;
    delete m_manager;
}

HttpResponse TestDevServer::get(const QString &path, const QByteArray &token)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    return waitFor(m_transport->get(url, token));
}

HttpResponse TestDevServer::post(
        const QString &path, const QByteArray &body, const QByteArray &token)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    return waitFor(m_transport->post(url, body, token));
}

QJsonObject TestDevServer::json(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString TestDevServer::nonce()
{
    return json(get(QStringLiteral("/_synapse/admin/v1/register")))
            .value(QStringLiteral("nonce"))
            .toString();
}

QJsonObject TestDevServer::signedBody(
        const QString &username, const QString &password, bool admin, const QString &userType)
{
    const QString n = nonce();
    QJsonObject body{{QStringLiteral("nonce"), n}, {QStringLiteral("username"), username},
            {QStringLiteral("password"), password}, {QStringLiteral("admin"), admin},
            {QStringLiteral("mac"),
                    QString::fromLatin1(registrar::core::registrationMac(
                            m_secret, n, username, password, admin, userType))}};
    if (!userType.isEmpty()) {
        body.insert(QStringLiteral("user_type"), userType);
    }
    return body;
}

void TestDevServer::nonceIsFreshHex()
{
    const QString first = nonce();
    const QString second = nonce();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{128}$")).match(first).hasMatch());
    QVERIFY(first != second);
    QCOMPARE(m_server->liveNonceCount(), 2);
}

void TestDevServer::nonceIsHandedOutEvenWithoutSecret()
{
    m_server->setSharedSecret({});
    QCOMPARE(nonce().size(), 128);
}

void TestDevServer::noSecretAnswersBeforeReadingTheBody()
{
    m_server->setSharedSecret({});
    for (const QByteArray &body : {QByteArray("garbage"), QByteArray("{}"), QByteArray("[]")}) {
        const HttpResponse response = post(QStringLiteral("/_synapse/admin/v1/register"), body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body,
                QByteArray(
                        R"({"errcode":"M_UNKNOWN","error":"Shared secret registration is not enabled"})"));
    }
}

void TestDevServer::bodyThatIsNotAJsonObject()
{
    const QString path = QStringLiteral("/_synapse/admin/v1/register");
    for (const QByteArray &body : {QByteArray("this is not json"), QByteArray()}) {
        const HttpResponse response = post(path, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body,
                QByteArray(R"({"errcode":"M_NOT_JSON","error":"Content not JSON."})"));
    }
    const HttpResponse array = post(path, "[]");
    QCOMPARE(array.status, 400);
    QCOMPARE(array.body,
            QByteArray(R"({"errcode":"M_BAD_JSON","error":"Content must be a JSON object."})"));
    const HttpResponse empty = post(path, "{}");
    QCOMPARE(empty.body,
            QByteArray(R"({"errcode":"M_BAD_JSON","error":"nonce must be specified"})"));
}

void TestDevServer::checksInSynapseOrder_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("userType");
    QTest::addColumn<QJsonObject>("overrides"); // applied after signing; "<remove>" deletes
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errcode");
    QTest::addColumn<QString>("error");

    const QString remove = QStringLiteral("<remove>");
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    row("success") << "alice"
                   << "pw-1" << false << "" << QJsonObject() << 200 << ""
                   << "";
    row("no nonce") << "quinn"
                    << "pw" << false << "" << QJsonObject{{QStringLiteral("nonce"), remove}} << 400
                    << "M_BAD_JSON"
                    << "nonce must be specified";
    row("unknown nonce") << "gina"
                         << "pw" << false << ""
                         << QJsonObject{{QStringLiteral("nonce"), QString(128, QLatin1Char('0'))}}
                         << 400 << "M_UNKNOWN"
                         << "unrecognised nonce";
    row("nonce as a number") << "gina"
                             << "pw" << false << "" << QJsonObject{{QStringLiteral("nonce"), 12345}}
                             << 400 << "M_UNKNOWN"
                             << "unrecognised nonce";
    row("nonce as a list") << "gina"
                           << "pw" << false << ""
                           << QJsonObject{{QStringLiteral("nonce"),
                                      QJsonArray{QStringLiteral("x")}}}
                           << 500 << "M_UNKNOWN"
                           << "Internal server error";
    row("no username") << "quinn"
                       << "pw" << false << "" << QJsonObject{{QStringLiteral("username"), remove}}
                       << 400 << "M_BAD_JSON"
                       << "username must be specified";
    row("username a number") << "quinn"
                             << "pw" << false << "" << QJsonObject{{QStringLiteral("username"), 42}}
                             << 400 << "M_UNKNOWN"
                             << "Invalid username";
    row("username 513") << QString(513, QLatin1Char('o')) << "pw" << false << "" << QJsonObject()
                        << 400 << "M_UNKNOWN"
                        << "Invalid username";
    row("username NUL") << QStringLiteral("ab") + QChar(u'\0') + QStringLiteral("c") << "pw"
                        << false << "" << QJsonObject() << 400 << "M_UNKNOWN"
                        << "Invalid username";
    row("no password") << "quinn"
                       << "pw" << false << "" << QJsonObject{{QStringLiteral("password"), remove}}
                       << 400 << "M_BAD_JSON"
                       << "password must be specified";
    row("password 513") << "pw513" << QString(513, QLatin1Char('p')) << false << "" << QJsonObject()
                        << 400 << "M_UNKNOWN"
                        << "Invalid password";
    row("password 512") << "pw512" << QString(512, QLatin1Char('p')) << false << "" << QJsonObject()
                        << 200 << ""
                        << "";
    row("empty password accepted") << "pwempty"
                                   << "" << false << "" << QJsonObject() << 200 << ""
                                   << "";
    row("password a number") << "pwnum"
                             << "pw" << false << ""
                             << QJsonObject{{QStringLiteral("password"), 1234}} << 400
                             << "M_UNKNOWN"
                             << "Invalid password";
    row("user type guest") << "gus"
                           << "pw" << false << "guest" << QJsonObject() << 400 << "M_UNKNOWN"
                           << "Invalid user type";
    row("user type empty string") << "gus2"
                                  << "pw" << false << ""
                                  << QJsonObject{{QStringLiteral("user_type"), QString()}} << 400
                                  << "M_UNKNOWN"
                                  << "Invalid user type";
    row("user type null") << "nully"
                          << "pw" << false << ""
                          << QJsonObject{{QStringLiteral("user_type"), QJsonValue()}} << 200 << ""
                          << "";
    row("user type bot") << "botty"
                         << "pw" << false << "bot" << QJsonObject() << 200 << ""
                         << "";
    row("no mac") << "quinn"
                  << "pw" << false << "" << QJsonObject{{QStringLiteral("mac"), remove}} << 400
                  << "M_BAD_JSON"
                  << "mac must be specified";
    row("mac a number") << "quinn"
                        << "pw" << false << "" << QJsonObject{{QStringLiteral("mac"), 123}} << 500
                        << "M_UNKNOWN"
                        << "Internal server error";
    row("mac uppercase") << "erin"
                         << "pw" << false << ""
                         << QJsonObject{{QStringLiteral("mac"), QStringLiteral("<upper>")}} << 403
                         << "M_UNKNOWN"
                         << "HMAC incorrect";
    row("bot sent, MAC without it")
            << "botty2"
            << "pw" << false << ""
            << QJsonObject{{QStringLiteral("user_type"), QStringLiteral("bot")}} << 403
            << "M_UNKNOWN"
            << "HMAC incorrect";
    row("MAC with bot, none sent")
            << "botty3"
            << "pw" << false << "bot" << QJsonObject{{QStringLiteral("user_type"), remove}} << 403
            << "M_UNKNOWN"
            << "HMAC incorrect";
    row("admin true, MAC notadmin")
            << "erin"
            << "pw" << false << "" << QJsonObject{{QStringLiteral("admin"), true}} << 403
            << "M_UNKNOWN"
            << "HMAC incorrect";
    row("admin \"false\" is truthy")
            << "sam"
            << "pw" << true << "" << QJsonObject{{QStringLiteral("admin"), QStringLiteral("false")}}
            << 200 << ""
            << "";
    row("admin 0 is falsy") << "vic"
                            << "pw" << false << "" << QJsonObject{{QStringLiteral("admin"), 0}}
                            << 200 << ""
                            << "";
    row("refresh_token not a boolean")
            << "rita"
            << "pw" << false << ""
            << QJsonObject{{QStringLiteral("refresh_token"), QStringLiteral("yes")}} << 400
            << "M_UNKNOWN"
            << "refresh_token must be a boolean";
    row("colon") << "jo:peer.test"
                 << "pw" << false << "" << QJsonObject() << 400 << "M_INVALID_USERNAME"
                 << "User ID can only contain characters a-z, 0-9, or '=_-./+'";
    row("empty username") << ""
                          << "pw" << false << "" << QJsonObject() << 400 << "M_INVALID_USERNAME"
                          << "User ID cannot be empty";
    row("leading underscore") << "_bridge"
                              << "pw" << false << "" << QJsonObject() << 400 << "M_INVALID_USERNAME"
                              << "User ID may not begin with _";
    row("server notices") << "notices"
                          << "pw" << false << "" << QJsonObject() << 400 << "M_EXCLUSIVE"
                          << "This user ID is reserved.";
    row("appservice namespace") << "irc_bob"
                                << "pw" << false << "" << QJsonObject() << 400 << "M_EXCLUSIVE"
                                << "This user ID is reserved by an application service.";
    row("244 characters is the longest")
            << QString(244, QLatin1Char('l')) << "pw" << false << "" << QJsonObject() << 200 << ""
            << "";
    row("245 characters") << QString(245, QLatin1Char('m')) << "pw" << false << "" << QJsonObject()
                          << 400 << "M_INVALID_USERNAME"
                          << "User ID may not be longer than 255 characters";
    row("taken, other case") << "TAKEN"
                             << "pw" << false << "" << QJsonObject() << 400 << "M_USER_IN_USE"
                             << "User ID already taken.";
    row("all digits") << "12345"
                      << "pw" << false << "" << QJsonObject() << 400 << "M_INVALID_USERNAME"
                      << "Numeric user IDs are reserved for guest users.";
    row("plus allowed") << "a+b"
                        << "pw" << false << "" << QJsonObject() << 200 << ""
                        << "";
    row("spam checker") << "spammy"
                        << "pw" << false << "" << QJsonObject() << 429 << "M_UNKNOWN"
                        << "Rate limited";
}

void TestDevServer::checksInSynapseOrder()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, admin);
    QFETCH(QString, userType);
    QFETCH(QJsonObject, overrides);
    QFETCH(int, status);
    QFETCH(QString, errcode);
    QFETCH(QString, error);

    m_server->setServerNoticesLocalpart(QStringLiteral("notices"));
    m_server->addExclusiveNamespace(QStringLiteral("@irc_.*:peer\\.test"));
    m_server->denyBySpamChecker(QStringLiteral("spammy"));
    const QJsonObject taken = signedBody(QStringLiteral("taken"), QStringLiteral("pw"), false);
    QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(taken).toJson())
                     .status,
            200);

    QJsonObject body = signedBody(username, password, admin, userType);
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value() == QStringLiteral("<remove>")) {
            body.remove(it.key());
        } else if (it.value() == QStringLiteral("<upper>")) {
            body.insert(it.key(), body.value(it.key()).toString().toUpper());
        } else {
            body.insert(it.key(), it.value());
        }
    }
    const HttpResponse response =
            post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson());
    QCOMPARE(response.status, status);
    if (status == 200) {
        const QJsonObject reply = json(response);
        QCOMPARE(reply.value(QStringLiteral("user_id")).toString(),
                QStringLiteral("@%1:peer.test").arg(username.toLower()));
        QCOMPARE(
                reply.value(QStringLiteral("home_server")).toString(), QStringLiteral("peer.test"));
        QVERIFY(reply.value(QStringLiteral("access_token"))
                        .toString()
                        .startsWith(QLatin1String("syt_")));
        QVERIFY(!reply.value(QStringLiteral("device_id")).toString().isEmpty());
    } else {
        const QJsonObject expected{
                {QStringLiteral("errcode"), errcode}, {QStringLiteral("error"), error}};
        QCOMPARE(json(response), expected);
    }
}

void TestDevServer::failureBurnsTheNonce()
{
    QJsonObject body = signedBody(QStringLiteral("frank"), QStringLiteral("pw"), false);
    const QJsonValue goodMac = body.value(QStringLiteral("mac"));
    body.insert(QStringLiteral("mac"), QString(40, QLatin1Char('0')));
    QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson())
                     .status,
            403);
    body.insert(QStringLiteral("mac"), goodMac);
    const HttpResponse retry =
            post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson());
    QCOMPARE(retry.status, 400);
    QCOMPARE(json(retry).value(QStringLiteral("error")).toString(),
            QStringLiteral("unrecognised nonce"));
    QVERIFY(!m_server->account(QStringLiteral("frank")));
}

void TestDevServer::nonceLifetime()
{
    qint64 now = 1'000'000;
    m_server->setClock([&now] { return now; });
    for (const auto &[age, accepted] : {std::pair{50, true}, std::pair{60, true},
                 std::pair{61, false}, std::pair{65, false}}) {
        const QString user = QStringLiteral("aged%1").arg(age);
        const QJsonObject body = signedBody(user, QStringLiteral("pw"), false);
        now += age;
        const HttpResponse response =
                post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson());
        QCOMPARE(response.status, accepted ? 200 : 400);
        QCOMPARE(bool(m_server->account(user)), accepted);
    }
}

void TestDevServer::displayNames()
{
    QJsonObject named = signedBody(QStringLiteral("dora"), QStringLiteral("pw"), false);
    named.insert(QStringLiteral("displayname"),
            QString::fromUtf8("D\xc3\xb3ra \xc3\x9cn\xc3\xaf"
                              "code \xe2\x9c\x93"));
    QJsonObject empty = signedBody(QStringLiteral("emptydn"), QStringLiteral("pw"), false);
    empty.insert(QStringLiteral("displayname"), QString());
    const QJsonObject unnamed = signedBody(QStringLiteral("Hank"), QStringLiteral("pw"), false);
    for (const QJsonObject &body : {named, empty, unnamed}) {
        QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson())
                         .status,
                200);
    }
    QCOMPARE(json(get(QStringLiteral("/_matrix/client/v3/profile/@dora:peer.test")))
                     .value(QStringLiteral("displayname"))
                     .toString(),
            named.value(QStringLiteral("displayname")).toString());
    QCOMPARE(json(get(QStringLiteral("/_matrix/client/v3/profile/@hank:peer.test/displayname")))
                     .value(QStringLiteral("displayname"))
                     .toString(),
            QStringLiteral("hank"));
    const HttpResponse none = get(QStringLiteral("/_matrix/client/v3/profile/@emptydn:peer.test"));
    QCOMPARE(none.status, 404);
    QCOMPARE(none.body, QByteArray(R"({"errcode":"M_NOT_FOUND","error":"Profile was not found"})"));
}

void TestDevServer::tokensWorkWithWhoamiAndLogout()
{
    QJsonObject body = signedBody(QStringLiteral("yuri"), QStringLiteral("pw"), false);
    body.insert(QStringLiteral("device_id"), QStringLiteral("MYDEVICE"));
    const QJsonObject reply =
            json(post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson()));
    const QByteArray token = reply.value(QStringLiteral("access_token")).toString().toUtf8();
    QCOMPARE(reply.value(QStringLiteral("device_id")).toString(), QStringLiteral("MYDEVICE"));

    const QJsonObject whoami =
            json(get(QStringLiteral("/_matrix/client/v3/account/whoami"), token));
    QCOMPARE(whoami,
            (QJsonObject{{QStringLiteral("user_id"), QStringLiteral("@yuri:peer.test")},
                    {QStringLiteral("is_guest"), false},
                    {QStringLiteral("device_id"), QStringLiteral("MYDEVICE")}}));
    const HttpResponse missing = get(QStringLiteral("/_matrix/client/v3/account/whoami"));
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.body,
            QByteArray(R"({"errcode":"M_MISSING_TOKEN","error":"Missing access token"})"));

    QCOMPARE(post(QStringLiteral("/_matrix/client/v3/logout"), "{}", token).status, 200);
    const HttpResponse after = get(QStringLiteral("/_matrix/client/v3/account/whoami"), token);
    QCOMPARE(after.status, 401);
    QCOMPARE(json(after).value(QStringLiteral("errcode")).toString(),
            QStringLiteral("M_UNKNOWN_TOKEN"));
    QVERIFY(m_server->account(QStringLiteral("yuri"))); // the account stays
}

void TestDevServer::noLoginSession()
{
    QJsonObject body = signedBody(QStringLiteral("xena"), QStringLiteral("pw"), false);
    body.insert(QStringLiteral("inhibit_login"), true);
    const HttpResponse response =
            post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson());
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response),
            (QJsonObject{{QStringLiteral("user_id"), QStringLiteral("@xena:peer.test")},
                    {QStringLiteral("home_server"), QStringLiteral("peer.test")}}));
    QCOMPARE(m_server->sessionCount(), 0);
}

void TestDevServer::adminApiShowsFlags()
{
    const QJsonObject admin = json(post(QStringLiteral("/_synapse/admin/v1/register"),
            QJsonDocument(signedBody(QStringLiteral("bob"), QStringLiteral("pw"), true)).toJson()));
    const QJsonObject bot = json(post(QStringLiteral("/_synapse/admin/v1/register"),
            QJsonDocument(signedBody(QStringLiteral("botty"), QStringLiteral("pw"), false,
                                  QStringLiteral("bot")))
                    .toJson()));
    const QByteArray adminToken = admin.value(QStringLiteral("access_token")).toString().toUtf8();
    const QJsonObject info =
            json(get(QStringLiteral("/_synapse/admin/v2/users/@botty:peer.test"), adminToken));
    QCOMPARE(info.value(QStringLiteral("user_type")).toString(), QStringLiteral("bot"));
    QCOMPARE(info.value(QStringLiteral("admin")).toBool(), false);
    const HttpResponse forbidden = get(QStringLiteral("/_synapse/admin/v2/users/@bob:peer.test"),
            bot.value(QStringLiteral("access_token")).toString().toUtf8());
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.body,
            QByteArray(R"({"errcode":"M_FORBIDDEN","error":"You are not a server admin"})"));
}

void TestDevServer::otherMethodsAndPaths()
{
    const QByteArray unrecognized =
            R"({"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"})";
    const HttpResponse trailingSlash = get(QStringLiteral("/_synapse/admin/v1/register/"));
    QCOMPARE(trailingSlash.status, 404);
    QCOMPARE(trailingSlash.body, unrecognized);
    const HttpResponse v2 = get(QStringLiteral("/_synapse/admin/v2/register"));
    QCOMPARE(v2.status, 404);
    const QByteArray version = json(get(QStringLiteral("/_synapse/admin/v1/server_version")))
                                       .value(QStringLiteral("server_version"))
                                       .toString()
                                       .toUtf8();
    QVERIFY(!version.isEmpty());
    QVERIFY(json(get(QStringLiteral("/_matrix/client/versions")))
                    .value(QStringLiteral("versions"))
                    .isArray());
}

void TestDevServer::authDelegatedToMas()
{
    m_server->setAuthDelegated(true);
    const QByteArray unrecognized =
            R"({"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"})";
    QCOMPARE(get(QStringLiteral("/_synapse/admin/v1/register")).status, 404);
    QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"), "{}").body, unrecognized);
    QCOMPARE(get(QStringLiteral("/_matrix/client/v1/auth_metadata")).status, 200);
    m_server->setAuthDelegated(false);
    QCOMPARE(get(QStringLiteral("/_matrix/client/v1/auth_metadata")).status, 404);
}

void TestDevServer::wellKnown()
{
    const QJsonObject wellKnown = json(get(QStringLiteral("/.well-known/matrix/client")));
    QCOMPARE(wellKnown.value(QStringLiteral("m.homeserver"))
                     .toObject()
                     .value(QStringLiteral("base_url"))
                     .toString(),
            m_server->baseUrl().toString() + QLatin1Char('/'));
}

void TestDevServer::faultSwitches_data()
{
    QTest::addColumn<DevServer::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("malformed") << DevServer::Fault::MalformedJson << 200
                               << QByteArray("application/json");
    QTest::newRow("html 502") << DevServer::Fault::HtmlBadGateway << 502 << QByteArray("text/html");
    QTest::newRow("html 404") << DevServer::Fault::HtmlNotFound << 404 << QByteArray("text/html");
    QTest::newRow("json 404") << DevServer::Fault::JsonNotFound << 404
                              << QByteArray("application/json");
    QTest::newRow("500") << DevServer::Fault::InternalError << 500
                         << QByteArray("application/json");
    QTest::newRow("redirect") << DevServer::Fault::Redirect << 302 << QByteArray("text/html");
    QTest::newRow("429") << DevServer::Fault::TooManyRequests << 429
                         << QByteArray("application/json");
}

void TestDevServer::faultSwitches()
{
    QFETCH(DevServer::Fault, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    m_server->setFault(fault, DevServer::FaultTarget::NonceRequest);
    const HttpResponse faulty = get(QStringLiteral("/_synapse/admin/v1/register"));
    QCOMPARE(faulty.status, status);
    QCOMPARE(faulty.contentType, contentType);
    if (fault == DevServer::Fault::Redirect) {
        QVERIFY(faulty.location.startsWith("https://"));
    }
    // Only the targeted request misbehaves.
    QCOMPARE(get(QStringLiteral("/_synapse/admin/v1/server_version")).status, 200);
}

void TestDevServer::clientLeavingAHeldReplyIsSafe()
{
    m_server->setFault(DevServer::Fault::Delay, DevServer::FaultTarget::NonceRequest, 300);
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/_synapse/admin/v1/register"));
    registrar::net::HttpCall *call = m_transport->get(url);
    QSignalSpy finished(call, &registrar::net::HttpCall::finished);
    QTRY_COMPARE(m_server->requestCount(), 1); // held by the server now
    call->abort();
    QTRY_COMPARE(finished.count(), 1);
    // A second held request comes due after the first (same delay, started later): once its
    // answer is here, the first reply came due too, after its client had left.
    const HttpResponse later = get(QStringLiteral("/_synapse/admin/v1/register"));
    QCOMPARE(later.status, 200);
    QCOMPARE(json(later).value(QStringLiteral("nonce")).toString().size(), 128);
    QCOMPARE(m_server->requestCount(), 2);
}

QTEST_MAIN(TestDevServer)
#include "TestDevServer.moc"
