// SPDX-License-Identifier: GPL-3.0-or-later
// The local homeserver's MAS listener against ../shared/docs/mas-admin-api.md sections 2 to 4:
// raw requests through QNetworkAccessManager, so nothing here depends on the client's code.
#include "DevServer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using registrar::devserver::DevServer;
using registrar::devserver::MasAdminApi;

namespace {

const QByteArray kClientId = "01JBX3Q7R5M2N8P4T6V9W0Y1Z2";
const QByteArray kSecret = "s3cret-example";

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }

    QString firstTitle() const
    {
        return json()
                .value(QStringLiteral("errors"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("title"))
                .toString();
    }
};

} // namespace

class TestDevServerMas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tokenWithBasicAuthentication();
    void tokenWithPostAuthentication();
    void tokenWithTheOtherMethodIsRefused();
    void tokenWithAWrongSecretIsRefused();
    void tokenWithoutCredentials();
    void clientOutsideAdminClientsGetsNoAdminScope();
    void tokenWithoutScopeCannotCallTheAdminApi();
    void tokenExpiresOnTheClock();
    void adminCallsNeedABearerToken();
    void createsAUserAndItsSynapseAccount();
    void displayNameOnlyFromMas118();
    void existingAndInvalidUsernames();
    void reservedNameIsRefused();
    void looksUpByUsername();
    void setsAPassword();
    void refusesAWeakPasswordUnlessTheCheckIsSkipped();
    void refusesPasswordsWhenPasswordLoginIsOff();
    void setsAdmin();
    void addsAnEmail();
    void personalSessionTokenWorksOnTheHomeserver();
    void oldMasHasNoPersonalSessions();
    void compatibilityLoginWithTheMasPassword();
    void findsEmailsByUserAndAddress();
    void unmountedAdminApiAnswersHtml404();
    void bodiesMasRejectsAsPlainText();
    void homeserverFailsWhileCreatingAUser_data();
    void homeserverFailsWhileCreatingAUser();
    void homeserverFailsOnceThenTheRetryWorks_data();
    void homeserverFailsOnceThenTheRetryWorks();
    void orphanLeftByAFailedCommitIsAdoptedOnlyWhenAsked();
    void skippedCheckCannotFail();
    void whoamiWithoutADeviceScopeHasNoDevice();
    void personalSessionWithTheAdminScopeCallsTheAdminApi();
    void versionAndSiteConfig();
    void routesAppearWithTheirMasVersion_data();
    void routesAppearWithTheirMasVersion();
    void flavourSynapseMasIsSynapseWithMas();
    void switchesOfTheExecutable_data();
    void switchesOfTheExecutable();

private:
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
            const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Answer requestToken(const QByteArray &scope = "urn:mas:admin");
    QString adminToken();
    Answer admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QString createUser(const QString &username);
    Answer personalSession(const QString &userId, const QString &scope);

    std::unique_ptr<DevServer> m_server;
    QNetworkAccessManager m_network;
    qint64 m_now = 1700000000;
    QString m_token;
    QUrl m_base; //!< where requests go: the server in-process, or the executable
};

void TestDevServerMas::init()
{
    m_server = std::make_unique<DevServer>();
    m_server->setAuthDelegated(true);
    m_server->setServerName(QStringLiteral("example.test"));
    m_now = 1700000000;
    m_server->setClock([this] { return m_now; });
    QVERIFY(m_server->listen() != 0);
    m_base = m_server->baseUrl();
    m_token.clear();
}

void TestDevServerMas::cleanup()
{
    m_server.reset();
}

Answer TestDevServerMas::send(const QByteArray &verb, const QString &path, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setTransferTimeout(10000);
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(15000)) {
        qWarning("no answer");
    }
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(), reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    reply->deleteLater();
    return answer;
}

Answer TestDevServerMas::requestToken(const QByteArray &scope)
{
    QByteArray form = "grant_type=client_credentials";
    if (!scope.isEmpty()) {
        form += "&scope=" + QUrl::toPercentEncoding(QString::fromUtf8(scope));
    }
    return send("POST", QStringLiteral("/mas/oauth2/token"), form,
            {{"Content-Type", "application/x-www-form-urlencoded"},
                    {"Authorization", "Basic " + (kClientId + ':' + kSecret).toBase64()}});
}

QString TestDevServerMas::adminToken()
{
    if (m_token.isEmpty()) {
        m_token = requestToken().json().value(QStringLiteral("access_token")).toString();
    }
    return m_token;
}

Answer TestDevServerMas::admin(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QList<QPair<QByteArray, QByteArray>> headers{
            {"Authorization", "Bearer " + adminToken().toUtf8()}};
    QByteArray payload;
    if (verb == "POST") {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return send(verb, QStringLiteral("/mas/api/admin/v1") + path, payload, headers);
}

QString TestDevServerMas::createUser(const QString &username)
{
    const Answer created =
            admin("POST", QStringLiteral("/users"), {{QStringLiteral("username"), username}});
    if (created.status != 201) {
        qWarning() << "creating" << username << "gave" << created.status << created.body;
    }
    return created.json()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
}

Answer TestDevServerMas::personalSession(const QString &userId, const QString &scope)
{
    return admin("POST", QStringLiteral("/personal-sessions"),
            {{QStringLiteral("actor_user_id"), userId},
                    {QStringLiteral("human_name"), QStringLiteral("Registrar")},
                    {QStringLiteral("scope"), scope}});
}

namespace {

QJsonObject attributesOf(const Answer &answer)
{
    return answer.json()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("attributes"))
            .toObject();
}

QString sessionToken(const Answer &session)
{
    return attributesOf(session).value(QStringLiteral("access_token")).toString();
}

QStringList titles(const Answer &answer)
{
    QStringList all;
    for (const QJsonValue &entry : answer.json().value(QStringLiteral("errors")).toArray()) {
        all.append(entry.toObject().value(QStringLiteral("title")).toString());
    }
    return all;
}

} // namespace

void TestDevServerMas::tokenWithBasicAuthentication()
{
    const Answer answer = requestToken();
    QCOMPARE(answer.status, 200);
    const QJsonObject body = answer.json();
    QVERIFY(body.value(QStringLiteral("access_token"))
                    .toString()
                    .startsWith(QLatin1String("mat_")));
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 300);
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("urn:mas:admin"));
    QVERIFY(!body.contains(QStringLiteral("refresh_token")));
    QCOMPARE(m_server->mas().tokenRequestCount(), 1);
}

void TestDevServerMas::tokenWithPostAuthentication()
{
    m_server->mas().setClientAuthMethod(MasAdminApi::ClientAuthMethod::Post);
    // A + in the secret must arrive percent-encoded: a bare one is a space in a form body.
    m_server->mas().setClientSecret(QStringLiteral("a+b"));
    const QByteArray form = "grant_type=client_credentials&scope=urn%3Amas%3Aadmin&client_id="
            + kClientId + "&client_secret=" + QUrl::toPercentEncoding(QStringLiteral("a+b"));
    const Answer answer = send("POST", QStringLiteral("/mas/oauth2/token"), form,
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.json()
                    .value(QStringLiteral("access_token"))
                    .toString()
                    .startsWith(QLatin1String("mat_")));

    const Answer bare = send("POST", QStringLiteral("/mas/oauth2/token"),
            "grant_type=client_credentials&client_id=" + kClientId + "&client_secret=a+b",
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(bare.status, 401);
}

void TestDevServerMas::tokenWithTheOtherMethodIsRefused()
{
    m_server->mas().setClientAuthMethod(MasAdminApi::ClientAuthMethod::Post);
    const Answer answer = requestToken(); // Basic
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.body,
            QByteArray(
                    R"({"error":"invalid_client","error_description":"Client authentication failed."})"));
}

void TestDevServerMas::tokenWithAWrongSecretIsRefused()
{
    m_server->mas().setClientSecret(QStringLiteral("another"));
    const Answer answer = requestToken();
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json().value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid_client"));
}

void TestDevServerMas::tokenWithoutCredentials()
{
    const Answer json = send("POST", QStringLiteral("/mas/oauth2/token"),
            R"({"grant_type":"client_credentials"})", {{"Content-Type", "application/json"}});
    QCOMPARE(json.status, 400);
    QCOMPARE(json.body,
            QByteArray(
                    R"({"error":"invalid_request","error_description":"No credentials were presented"})"));

    const Answer mixed = send("POST", QStringLiteral("/mas/oauth2/token"),
            "grant_type=client_credentials&client_secret=" + kSecret,
            {{"Content-Type", "application/x-www-form-urlencoded"},
                    {"Authorization", "Basic " + (kClientId + ':' + kSecret).toBase64()}});
    QCOMPARE(mixed.status, 400);
    QVERIFY(mixed.json()
                    .value(QStringLiteral("error_description"))
                    .toString()
                    .startsWith(QLatin1String("The request is missing a required parameter")));

    const Answer badHeader = send("POST", QStringLiteral("/mas/oauth2/token"),
            "grant_type=client_credentials",
            {{"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic !!"}});
    QCOMPARE(badHeader.status, 400);
    QCOMPARE(badHeader.json().value(QStringLiteral("error_description")).toString(),
            QStringLiteral("Invalid Authorization header"));
}

void TestDevServerMas::clientOutsideAdminClientsGetsNoAdminScope()
{
    m_server->mas().setAdminClient(false);
    const Answer answer = requestToken();
    QCOMPARE(answer.status, 403);
    QCOMPARE(answer.body,
            QByteArray(
                    R"({"error":"invalid_scope","error_description":"scope 'urn:mas:admin' not allowed"})"));
}

void TestDevServerMas::tokenWithoutScopeCannotCallTheAdminApi()
{
    const Answer token = requestToken(QByteArray());
    QCOMPARE(token.status, 200);
    QVERIFY(!token.json().contains(QStringLiteral("scope")));
    m_token = token.json().value(QStringLiteral("access_token")).toString();
    const Answer answer = admin("GET", QStringLiteral("/users/by-username/alice"));
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.body, QByteArray(R"({"errors":[{"title":"Missing urn:mas:admin scope"}]})"));
}

void TestDevServerMas::tokenExpiresOnTheClock()
{
    QCOMPARE(admin("GET", QStringLiteral("/users/by-username/alice")).status, 404);
    m_now += 299;
    QCOMPARE(admin("GET", QStringLiteral("/users/by-username/alice")).status, 404);
    m_now += 1;
    const Answer expired = admin("GET", QStringLiteral("/users/by-username/alice"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.firstTitle(), QStringLiteral("Access token expired"));
}

void TestDevServerMas::adminCallsNeedABearerToken()
{
    const QString path = QStringLiteral("/mas/api/admin/v1/users/by-username/alice");
    const Answer missing = send("GET", path);
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.firstTitle(), QStringLiteral("Missing authorization header"));
    const Answer invalid = send("GET", path, {}, {{"Authorization", "Basic abc"}});
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.firstTitle(), QStringLiteral("Invalid authorization header"));
    const Answer compat = send("GET", path, {}, {{"Authorization", "Bearer mct_abc"}});
    QCOMPARE(compat.status, 401);
    QCOMPARE(compat.firstTitle(), QStringLiteral("Invalid type of access token"));
    const Answer unknown = send("GET", path, {}, {{"Authorization", "Bearer mat_abc"}});
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.firstTitle(), QStringLiteral("Unknown access token"));
}

void TestDevServerMas::createsAUserAndItsSynapseAccount()
{
    const Answer created = admin("POST", QStringLiteral("/users"),
            {{QStringLiteral("username"), QStringLiteral("alice")}});
    QCOMPARE(created.status, 201);
    const QJsonObject data = created.json().value(QStringLiteral("data")).toObject();
    const QString id = data.value(QStringLiteral("id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{26}$")).match(id).hasMatch());
    QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("user"));
    const QJsonObject attributes = data.value(QStringLiteral("attributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("username")).toString(), QStringLiteral("alice"));
    QCOMPARE(attributes.value(QStringLiteral("admin")).toBool(true), false);
    QCOMPARE(attributes.value(QStringLiteral("created_at")).toString(),
            QStringLiteral("2023-11-14T22:13:20Z"));
    QVERIFY(attributes.value(QStringLiteral("locked_at")).isNull());
    QCOMPARE(created.json().value(QStringLiteral("links")).toObject().value(QStringLiteral("self")),
            QJsonValue(QStringLiteral("/api/admin/v1/users/") + id));
    const auto account = m_server->account(QStringLiteral("alice"));
    QVERIFY(account);
    QCOMPARE(account->userId, QStringLiteral("@alice:example.test"));
}

void TestDevServerMas::displayNameOnlyFromMas118()
{
    QVERIFY(!createUser(QStringLiteral("alice")).isEmpty());
    admin("POST", QStringLiteral("/users"),
            {{QStringLiteral("username"), QStringLiteral("bob")},
                    {QStringLiteral("displayname"), QStringLiteral("Bob B.")}});
    QCOMPARE(m_server->account(QStringLiteral("bob"))->displayName, QStringLiteral("Bob B."));

    m_server->mas().setMasVersion(QVersionNumber(1, 17, 0));
    const Answer older = admin("POST", QStringLiteral("/users"),
            {{QStringLiteral("username"), QStringLiteral("carol")},
                    {QStringLiteral("displayname"), QStringLiteral("Carol C.")}});
    QCOMPARE(older.status, 201); // the unknown field is ignored
    QCOMPARE(m_server->account(QStringLiteral("carol"))->displayName, QStringLiteral("carol"));
}

void TestDevServerMas::existingAndInvalidUsernames()
{
    QVERIFY(!createUser(QStringLiteral("alice")).isEmpty());
    const Answer again = admin("POST", QStringLiteral("/users"),
            {{QStringLiteral("username"), QStringLiteral("alice")}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.body, QByteArray(R"({"errors":[{"title":"User already exists"}]})"));
    for (const char *name : {"this is invalid", "Alice", "@alice:hs", "_bot"}) {
        const Answer invalid = admin("POST", QStringLiteral("/users"),
                {{QStringLiteral("username"), QLatin1String(name)}});
        QCOMPARE(invalid.status, 400);
        QCOMPARE(invalid.body, QByteArray(R"({"errors":[{"title":"Username is not valid"}]})"));
    }
}

void TestDevServerMas::reservedNameIsRefused()
{
    m_server->reserveLocalpart(QStringLiteral("support"));
    for (const char *name : {"support", "12345"}) {
        const Answer reserved = admin("POST", QStringLiteral("/users"),
                {{QStringLiteral("username"), QLatin1String(name)}});
        QCOMPARE(reserved.status, 409);
        QCOMPARE(reserved.body,
                QByteArray(R"({"errors":[{"title":"Username is reserved by the homeserver"}]})"));
    }
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("support")));
    const Answer adopted = admin("POST", QStringLiteral("/users"),
            {{QStringLiteral("username"), QStringLiteral("support")},
                    {QStringLiteral("skip_homeserver_check"), true}});
    QCOMPARE(adopted.status, 201);
}

void TestDevServerMas::looksUpByUsername()
{
    const QString id = createUser(QStringLiteral("alice"));
    const Answer found = admin("GET", QStringLiteral("/users/by-username/alice"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")),
            QJsonValue(id));
    QCOMPARE(found.json().value(QStringLiteral("links")).toObject().value(QStringLiteral("self")),
            QJsonValue(QStringLiteral("/api/admin/v1/users/by-username/alice")));
    const Answer missing = admin("GET", QStringLiteral("/users/by-username/bob"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.body,
            QByteArray("{\"errors\":[{\"title\":\"User with username \\\"bob\\\" not found\"}]}"));
    QCOMPARE(admin("GET", QStringLiteral("/users/") + id).status, 200);
    QCOMPARE(admin("GET", QStringLiteral("/users/not-a-ulid")).firstTitle(),
            QStringLiteral("Invalid ULID in path"));
}

void TestDevServerMas::setsAPassword()
{
    const QString id = createUser(QStringLiteral("alice"));
    const Answer set = admin("POST", QStringLiteral("/users/%1/set-password").arg(id),
            {{QStringLiteral("password"), QStringLiteral("correct horse battery staple")}});
    QCOMPARE(set.status, 204);
    QVERIFY(set.body.isEmpty());
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("alice"))->passwordDigest,
            QCryptographicHash::hash("correct horse battery staple", QCryptographicHash::Sha256));
    const Answer unknown =
            admin("POST", QStringLiteral("/users/01040G2081040G2081040G2081/set-password"),
                    {{QStringLiteral("password"), QStringLiteral("correct horse battery staple")}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.body,
            QByteArray(R"({"errors":[{"title":"User ID 01040G2081040G2081040G2081 not found"}]})"));
}

void TestDevServerMas::refusesAWeakPasswordUnlessTheCheckIsSkipped()
{
    const QString id = createUser(QStringLiteral("alice"));
    const QString path = QStringLiteral("/users/%1/set-password").arg(id);
    const Answer weak =
            admin("POST", path, {{QStringLiteral("password"), QStringLiteral("password")}});
    QCOMPARE(weak.status, 400);
    QCOMPARE(weak.body, QByteArray(R"({"errors":[{"title":"Password is too weak"}]})"));

    m_server->mas().setWeakPasswords(true);
    QCOMPARE(admin("POST", path,
                     {{QStringLiteral("password"), QStringLiteral("correct horse battery staple")}})
                     .status,
            400);
    const Answer skipped = admin("POST", path,
            {{QStringLiteral("password"), QStringLiteral("password")},
                    {QStringLiteral("skip_password_check"), true}});
    QCOMPARE(skipped.status, 204);
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("alice"))->passwordDigest.isEmpty());
}

void TestDevServerMas::refusesPasswordsWhenPasswordLoginIsOff()
{
    m_server->mas().setPasswordLoginEnabled(false);
    // Checked before the user lookup: an unknown ID gets the same answer.
    const Answer off =
            admin("POST", QStringLiteral("/users/01040G2081040G2081040G2081/set-password"),
                    {{QStringLiteral("password"), QStringLiteral("correct horse battery staple")}});
    QCOMPARE(off.status, 403);
    QCOMPARE(off.body, QByteArray(R"({"errors":[{"title":"Password auth is disabled"}]})"));
}

void TestDevServerMas::setsAdmin()
{
    const QString id = createUser(QStringLiteral("alice"));
    const Answer set = admin("POST", QStringLiteral("/users/%1/set-admin").arg(id),
            {{QStringLiteral("admin"), true}});
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json()
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("attributes"))
                     .toObject()
                     .value(QStringLiteral("admin")),
            QJsonValue(true));
    QCOMPARE(set.json().value(QStringLiteral("links")).toObject().value(QStringLiteral("self")),
            QJsonValue(QStringLiteral("/api/admin/v1/users/%1/set-admin").arg(id)));
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("alice"))->admin);
    QCOMPARE(admin("POST", QStringLiteral("/users/00000000000000000000000000/set-admin"),
                     {{QStringLiteral("admin"), true}})
                     .body,
            QByteArray(R"({"errors":[{"title":"User ID 00000000000000000000000000 not found"}]})"));
}

void TestDevServerMas::addsAnEmail()
{
    const QString id = createUser(QStringLiteral("alice"));
    const QJsonObject body{{QStringLiteral("user_id"), id},
            {QStringLiteral("email"), QStringLiteral("alice@example.com")}};
    const Answer added = admin("POST", QStringLiteral("/user-emails"), body);
    QCOMPARE(added.status, 201);
    const QJsonObject data = added.json().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("user-email"));
    QCOMPARE(data.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("email")),
            QJsonValue(QStringLiteral("alice@example.com")));
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("alice"))->emails,
            QStringList{QStringLiteral("alice@example.com")});
    const Answer again = admin("POST", QStringLiteral("/user-emails"), body);
    QCOMPARE(again.status, 409);
    QCOMPARE(again.body,
            QByteArray("{\"errors\":[{\"title\":\"User email \\\"alice@example.com\\\" already in "
                       "use\"}]}"));
    const Answer invalid = admin("POST", QStringLiteral("/user-emails"),
            {{QStringLiteral("user_id"), id},
                    {QStringLiteral("email"), QStringLiteral("invalid-email")}});
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.body,
            QByteArray("{\"errors\":[{\"title\":\"Email \\\"invalid-email\\\" is not "
                       "valid\"},{\"title\":\"Missing domain or user\"}]}"));

    m_server->mas().setMasVersion(QVersionNumber(0, 14, 0));
    const Answer old = admin("POST", QStringLiteral("/user-emails"), body);
    QCOMPARE(old.status, 404);
    QVERIFY(old.contentType.startsWith("text/html"));
}

void TestDevServerMas::personalSessionTokenWorksOnTheHomeserver()
{
    const QString id = createUser(QStringLiteral("alice"));
    const Answer session = admin("POST", QStringLiteral("/personal-sessions"),
            {{QStringLiteral("actor_user_id"), id},
                    {QStringLiteral("human_name"), QStringLiteral("Registrar")},
                    {QStringLiteral("scope"),
                            QStringLiteral(
                                    "urn:matrix:client:api:* urn:matrix:client:device:ABCDEFGHIJ")},
                    {QStringLiteral("expires_in"), 3600}});
    QCOMPARE(session.status, 201);
    const QJsonObject attributes = session.json()
                                           .value(QStringLiteral("data"))
                                           .toObject()
                                           .value(QStringLiteral("attributes"))
                                           .toObject();
    const QString token = attributes.value(QStringLiteral("access_token")).toString();
    QVERIFY(token.startsWith(QLatin1String("mpt_")));
    QCOMPARE(attributes.value(QStringLiteral("actor_user_id")), QJsonValue(id));
    QCOMPARE(attributes.value(QStringLiteral("expires_at")),
            QJsonValue(QStringLiteral("2023-11-14T23:13:20Z")));

    const Answer whoami = send("GET", QStringLiteral("/_matrix/client/v3/account/whoami"), {},
            {{"Authorization", "Bearer " + token.toUtf8()}});
    QCOMPARE(whoami.status, 200);
    QCOMPARE(whoami.json().value(QStringLiteral("user_id")),
            QJsonValue(QStringLiteral("@alice:example.test")));
    QCOMPARE(whoami.json().value(QStringLiteral("device_id")),
            QJsonValue(QStringLiteral("ABCDEFGHIJ")));
    m_now += 3600;
    QCOMPARE(send("GET", QStringLiteral("/_matrix/client/v3/account/whoami"), {},
                     {{"Authorization", "Bearer " + token.toUtf8()}})
                     .status,
            401);
    m_now -= 3600;

    // Without urn:synapse:admin:* the token has no Synapse admin rights; with it, it has.
    const QString adminPath = QStringLiteral("/_synapse/admin/v2/users/@alice:example.test");
    QCOMPARE(send("GET", adminPath, {}, {{"Authorization", "Bearer " + token.toUtf8()}}).status,
            403);
    const QString adminToken = admin("POST", QStringLiteral("/personal-sessions"),
            {{QStringLiteral("actor_user_id"), id},
                    {QStringLiteral("human_name"), QStringLiteral("Registrar")},
                    {QStringLiteral("scope"),
                            QStringLiteral("urn:matrix:client:api:* urn:synapse:admin:*")}})
                                       .json()
                                       .value(QStringLiteral("data"))
                                       .toObject()
                                       .value(QStringLiteral("attributes"))
                                       .toObject()
                                       .value(QStringLiteral("access_token"))
                                       .toString();
    QCOMPARE(
            send("GET", adminPath, {}, {{"Authorization", "Bearer " + adminToken.toUtf8()}}).status,
            200);

    const Answer unknown = admin("POST", QStringLiteral("/personal-sessions"),
            {{QStringLiteral("actor_user_id"), QStringLiteral("01040G2081040G2081040G2081")},
                    {QStringLiteral("human_name"), QStringLiteral("x")},
                    {QStringLiteral("scope"), QStringLiteral("urn:matrix:client:api:*")}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.firstTitle(), QStringLiteral("User not found"));
}

void TestDevServerMas::oldMasHasNoPersonalSessions()
{
    m_server->mas().setMasVersion(QVersionNumber(1, 4, 0));
    const QString id = createUser(QStringLiteral("alice"));
    const Answer session = admin("POST", QStringLiteral("/personal-sessions"),
            {{QStringLiteral("actor_user_id"), id},
                    {QStringLiteral("human_name"), QStringLiteral("Registrar")},
                    {QStringLiteral("scope"), QStringLiteral("urn:matrix:client:api:*")}});
    QCOMPARE(session.status, 404);
    QVERIFY(session.contentType.startsWith("text/html"));
    QVERIFY(session.body.contains("<html"));
}

void TestDevServerMas::compatibilityLoginWithTheMasPassword()
{
    m_server->mas().setCompatibilityLogin(true);
    const QString id = createUser(QStringLiteral("alice"));
    const auto login = [this](const char *password) {
        return send("POST", QStringLiteral("/_matrix/client/v3/login"),
                QJsonDocument(
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("m.login.password")},
                                {QStringLiteral("identifier"),
                                        QJsonObject{{QStringLiteral("type"),
                                                            QStringLiteral("m.id.user")},
                                                {QStringLiteral("user"), QStringLiteral("alice")}}},
                                {QStringLiteral("password"), QLatin1String(password)}})
                        .toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/json"}});
    };
    QCOMPARE(login("correct horse battery staple").status, 403); // no password yet
    QCOMPARE(admin("POST", QStringLiteral("/users/%1/set-password").arg(id),
                     {{QStringLiteral("password"), QStringLiteral("correct horse battery staple")}})
                     .status,
            204);
    QCOMPARE(login("wrong horse battery staple").status, 403);
    const Answer signedIn = login("correct horse battery staple");
    QCOMPARE(signedIn.status, 200);
    const QByteArray token =
            signedIn.json().value(QStringLiteral("access_token")).toString().toUtf8();
    const Answer whoami = send("GET", QStringLiteral("/_matrix/client/v3/account/whoami"), {},
            {{"Authorization", "Bearer " + token}});
    QCOMPARE(whoami.json().value(QStringLiteral("user_id")),
            QJsonValue(QStringLiteral("@alice:example.test")));

    m_server->mas().setPasswordLoginEnabled(false);
    QCOMPARE(login("correct horse battery staple").status, 403);
}

void TestDevServerMas::findsEmailsByUserAndAddress()
{
    const QString id = createUser(QStringLiteral("alice"));
    QCOMPARE(admin("POST", QStringLiteral("/user-emails"),
                     {{QStringLiteral("user_id"), id},
                             {QStringLiteral("email"), QStringLiteral("alice@example.com")}})
                     .status,
            201);
    const auto count = [this](const QString &user, const QString &email) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("filter[user]"), user);
        query.addQueryItem(QStringLiteral("filter[email]"), email);
        const Answer found =
                admin("GET", QStringLiteral("/user-emails?") + query.toString(QUrl::FullyEncoded));
        return found.json()
                .value(QStringLiteral("meta"))
                .toObject()
                .value(QStringLiteral("count"))
                .toInt(-1);
    };
    QCOMPARE(count(id, QStringLiteral("alice@example.com")), 1);
    QCOMPARE(count(id, QStringLiteral("bob@example.com")), 0);
    QCOMPARE(count(QStringLiteral("01040G2081040G2081040G2081"),
                     QStringLiteral("alice@example.com")),
            0);
}

void TestDevServerMas::unmountedAdminApiAnswersHtml404()
{
    m_server->mas().setAdminApiMounted(false);
    const Answer users = admin("POST", QStringLiteral("/users"),
            {{QStringLiteral("username"), QStringLiteral("alice")}});
    QCOMPARE(users.status, 404);
    QVERIFY(users.contentType.startsWith("text/html"));
    QVERIFY(!m_server->account(QStringLiteral("alice")));
    // The token endpoint stays: only the adminapi resource is missing.
    QCOMPARE(requestToken().status, 200);
    const Answer unknownPath = send("GET", QStringLiteral("/mas/nothing/here"));
    QCOMPARE(unknownPath.status, 404);
    QVERIFY(unknownPath.contentType.startsWith("text/html"));
}

void TestDevServerMas::bodiesMasRejectsAsPlainText()
{
    const QString path = QStringLiteral("/mas/api/admin/v1/users");
    const QByteArray bearer = "Bearer " + adminToken().toUtf8();
    const Answer noType =
            send("POST", path, R"({"username":"alice"})", {{"Authorization", bearer}});
    QCOMPARE(noType.status, 415);
    QCOMPARE(noType.body, QByteArray("Expected request with `Content-Type: application/json`"));
    QVERIFY(noType.contentType.startsWith("text/plain"));
    const Answer broken = send(
            "POST", path, "{", {{"Authorization", bearer}, {"Content-Type", "application/json"}});
    QCOMPARE(broken.status, 400);
    QVERIFY(broken.body.startsWith("Failed to parse the request body as JSON: "));
    const Answer missing = send(
            "POST", path, "{}", {{"Authorization", bearer}, {"Content-Type", "application/json"}});
    QCOMPARE(missing.status, 422);
    QVERIFY(missing.body.startsWith("Failed to deserialize the JSON body into the target type: "));
}

void TestDevServerMas::homeserverFailsWhileCreatingAUser_data()
{
    using Failure = MasAdminApi::ProvisioningFailure;
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("firstTitle");
    QTest::addColumn<bool>("synapseAccountLeft");
    QTest::newRow("check, no answer")
            << Failure::CheckUnreachable
            << QStringLiteral("Failed to query localpart availability from Synapse") << false;
    QTest::newRow("check, an error")
            << Failure::CheckError
            << QStringLiteral("Failed to check localpart availability from Synapse") << false;
    QTest::newRow("provisioning, no answer")
            << Failure::ProvisionUnreachable
            << QStringLiteral("Failed to provision user in Synapse") << false;
    QTest::newRow("provisioning, an error")
            << Failure::ProvisionError
            << QStringLiteral("Unexpected HTTP response while provisioning user in Synapse")
            << false;
    QTest::newRow("commit after provisioning")
            << Failure::CommitFails
            << QStringLiteral(
                       "error communicating with database: Connection reset by peer (os error "
                       "104)")
            << true;
}

void TestDevServerMas::homeserverFailsWhileCreatingAUser()
{
    QFETCH(MasAdminApi::ProvisioningFailure, failure);
    QFETCH(QString, firstTitle);
    QFETCH(bool, synapseAccountLeft);
    m_server->mas().setProvisioningFailure(failure);
    const QJsonObject bob{{QStringLiteral("username"), QStringLiteral("bob")}};
    const Answer failed = admin("POST", QStringLiteral("/users"), bob);
    QCOMPARE(failed.status, 500);
    QVERIFY(failed.contentType.startsWith("application/json"));
    const QStringList chain = titles(failed);
    QCOMPARE(chain.value(0), firstTitle);
    QVERIFY2(chain.size() >= 2, "the cause chain follows the first title");
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("bob")));
    QCOMPARE(bool(m_server->account(QStringLiteral("bob"))), synapseAccountLeft);

    // Always: the same again. An orphan makes the plain retry a 409 reserved, and adopting it
    // runs into the failing commit once more.
    const Answer again = admin("POST", QStringLiteral("/users"), bob);
    if (synapseAccountLeft) {
        QCOMPARE(again.status, 409);
        QCOMPARE(again.firstTitle(), QStringLiteral("Username is reserved by the homeserver"));
        QJsonObject adopt = bob;
        adopt.insert(QStringLiteral("skip_homeserver_check"), true);
        QCOMPARE(admin("POST", QStringLiteral("/users"), adopt).status, 500);
    } else {
        QCOMPARE(again.status, 500);
        QCOMPARE(again.firstTitle(), firstTitle);
    }
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("bob")));
}

void TestDevServerMas::homeserverFailsOnceThenTheRetryWorks_data()
{
    using Failure = MasAdminApi::ProvisioningFailure;
    QTest::addColumn<Failure>("failure");
    QTest::newRow("check, no answer") << Failure::CheckUnreachable;
    QTest::newRow("check, an error") << Failure::CheckError;
    QTest::newRow("provisioning, no answer") << Failure::ProvisionUnreachable;
    QTest::newRow("provisioning, an error") << Failure::ProvisionError;
}

void TestDevServerMas::homeserverFailsOnceThenTheRetryWorks()
{
    QFETCH(MasAdminApi::ProvisioningFailure, failure);
    m_server->mas().setProvisioningFailure(failure, MasAdminApi::FailureRepeat::Once);
    const QJsonObject bob{{QStringLiteral("username"), QStringLiteral("bob")}};
    QCOMPARE(admin("POST", QStringLiteral("/users"), bob).status, 500);
    const Answer retried = admin("POST", QStringLiteral("/users"), bob);
    QCOMPARE(retried.status, 201);
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("bob")));
    QVERIFY(m_server->account(QStringLiteral("bob")));
    QCOMPARE(admin("POST", QStringLiteral("/users"),
                     {{QStringLiteral("username"), QStringLiteral("carol")}})
                     .status,
            201);
}

void TestDevServerMas::orphanLeftByAFailedCommitIsAdoptedOnlyWhenAsked()
{
    m_server->mas().setProvisioningFailure(
            MasAdminApi::ProvisioningFailure::CommitFails, MasAdminApi::FailureRepeat::Once);
    const QJsonObject bob{{QStringLiteral("username"), QStringLiteral("bob")}};
    QCOMPARE(admin("POST", QStringLiteral("/users"), bob).status, 500);
    const auto orphan = m_server->account(QStringLiteral("bob"));
    QVERIFY(orphan);
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("bob")));

    m_now += 60;
    const Answer retried = admin("POST", QStringLiteral("/users"), bob);
    QCOMPARE(retried.status, 409);
    QCOMPARE(retried.body,
            QByteArray(R"({"errors":[{"title":"Username is reserved by the homeserver"}]})"));
    QVERIFY(!m_server->mas().userByUsername(QStringLiteral("bob")));

    QJsonObject adopt = bob;
    adopt.insert(QStringLiteral("skip_homeserver_check"), true);
    const Answer adopted = admin("POST", QStringLiteral("/users"), adopt);
    QCOMPARE(adopted.status, 201);
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("bob")));
    // The Synapse account the failed attempt left, not a new one.
    QCOMPARE(m_server->account(QStringLiteral("bob"))->creationTs, orphan->creationTs);
    QCOMPARE(m_server->accountCount(), 1);
}

void TestDevServerMas::skippedCheckCannotFail()
{
    // skip_homeserver_check leaves out step 3, where the check failures happen.
    m_server->mas().setProvisioningFailure(MasAdminApi::ProvisioningFailure::CheckUnreachable);
    const Answer created = admin("POST", QStringLiteral("/users"),
            {{QStringLiteral("username"), QStringLiteral("bob")},
                    {QStringLiteral("skip_homeserver_check"), true}});
    QCOMPARE(created.status, 201);
    QVERIFY(m_server->account(QStringLiteral("bob")));
}

void TestDevServerMas::whoamiWithoutADeviceScopeHasNoDevice()
{
    const QString id = createUser(QStringLiteral("alice"));
    const Answer session = personalSession(id, QStringLiteral("urn:matrix:client:api:*"));
    QCOMPARE(session.status, 201);
    // Without expires_in the token never expires.
    QVERIFY(attributesOf(session).value(QStringLiteral("expires_at")).isNull());
    const Answer whoami = send("GET", QStringLiteral("/_matrix/client/v3/account/whoami"), {},
            {{"Authorization", "Bearer " + sessionToken(session).toUtf8()}});
    QCOMPARE(whoami.status, 200);
    QCOMPARE(whoami.json().value(QStringLiteral("user_id")),
            QJsonValue(QStringLiteral("@alice:example.test")));
    QVERIFY2(!whoami.json().contains(QStringLiteral("device_id")), whoami.body.constData());
    m_now += 10 * 365 * 86400;
    QCOMPARE(send("GET", QStringLiteral("/_matrix/client/v3/account/whoami"), {},
                     {{"Authorization", "Bearer " + sessionToken(session).toUtf8()}})
                     .status,
            200);
}

void TestDevServerMas::personalSessionWithTheAdminScopeCallsTheAdminApi()
{
    const QString id = createUser(QStringLiteral("alice"));
    const Answer invalid = personalSession(id, QString());
    QCOMPARE(invalid.status, 400);
    QCOMPARE(invalid.firstTitle(), QStringLiteral("Invalid scope"));

    // Section 4.2: mpt_ tokens are accepted by the admin API when they carry urn:mas:admin.
    const QString withScope = sessionToken(personalSession(id, QStringLiteral("urn:mas:admin")));
    const QString without =
            sessionToken(personalSession(id, QStringLiteral("urn:matrix:client:api:*")));
    QVERIFY(withScope.startsWith(QLatin1String("mpt_")));
    m_token = withScope;
    const Answer found = admin("GET", QStringLiteral("/users/by-username/alice"));
    QCOMPARE(found.status, 200);
    QCOMPARE(found.json().value(QStringLiteral("data")).toObject().value(QStringLiteral("id")),
            QJsonValue(id));
    m_token = without;
    const Answer refused = admin("GET", QStringLiteral("/users/by-username/alice"));
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.firstTitle(), QStringLiteral("Missing urn:mas:admin scope"));
}

void TestDevServerMas::versionAndSiteConfig()
{
    const Answer version = admin("GET", QStringLiteral("/version"));
    QCOMPARE(version.status, 200);
    QCOMPARE(version.body, QByteArray(R"({"version":"1.22.0"})"));
    // It needs a token, as every admin call.
    QCOMPARE(send("GET", QStringLiteral("/mas/api/admin/v1/version")).firstTitle(),
            QStringLiteral("Missing authorization header"));

    const auto siteConfig = [this] { return admin("GET", QStringLiteral("/site-config")).json(); };
    QCOMPARE(siteConfig().value(QStringLiteral("password_login_enabled")), QJsonValue(true));
    QCOMPARE(siteConfig().value(QStringLiteral("minimum_password_complexity")), QJsonValue(3));
    m_server->mas().setPasswordLoginEnabled(false);
    QCOMPARE(siteConfig().value(QStringLiteral("password_login_enabled")), QJsonValue(false));
    m_server->mas().setWeakPasswords(true);
    QCOMPARE(siteConfig().value(QStringLiteral("minimum_password_complexity")), QJsonValue(4));

    m_server->mas().setMasVersion(QVersionNumber(1, 4, 0));
    QCOMPARE(admin("GET", QStringLiteral("/version")).body, QByteArray(R"({"version":"1.4.0"})"));
}

void TestDevServerMas::routesAppearWithTheirMasVersion_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVersionNumber>("first");
    QTest::newRow("user-emails") << QByteArray("POST") << QStringLiteral("/user-emails")
                                 << QVersionNumber(0, 15, 0);
    QTest::newRow("site-config") << QByteArray("GET") << QStringLiteral("/site-config")
                                 << QVersionNumber(1, 4, 0);
    QTest::newRow("version") << QByteArray("GET") << QStringLiteral("/version")
                             << QVersionNumber(1, 4, 0);
    QTest::newRow("personal sessions") << QByteArray("POST") << QStringLiteral("/personal-sessions")
                                       << QVersionNumber(1, 5, 0);
}

void TestDevServerMas::routesAppearWithTheirMasVersion()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(QVersionNumber, first);
    const QString id = createUser(QStringLiteral("alice"));
    const QJsonObject body{{QStringLiteral("user_id"), id}, {QStringLiteral("actor_user_id"), id},
            {QStringLiteral("email"), QStringLiteral("alice@example.com")},
            {QStringLiteral("human_name"), QStringLiteral("Registrar")},
            {QStringLiteral("scope"), QStringLiteral("urn:matrix:client:api:*")}};
    const QList<int> segments = first.segments();
    m_server->mas().setMasVersion(segments.at(1) > 0
                    ? QVersionNumber(segments.at(0), segments.at(1) - 1, 9)
                    : QVersionNumber(segments.at(0) - 1, 99, 0));
    const Answer before = admin(verb, path, body);
    QCOMPARE(before.status, 404);
    QVERIFY(before.contentType.startsWith("text/html"));
    m_server->mas().setMasVersion(first);
    const Answer since = admin(verb, path, body);
    QVERIFY2(since.status == 200 || since.status == 201, since.body.constData());
}

void TestDevServerMas::flavourSynapseMasIsSynapseWithMas()
{
    QProcess server;
    server.start(QStringLiteral(REGISTRAR_DEVSERVER_PATH),
            {QStringLiteral("--flavour"), QStringLiteral("synapse-mas")});
    QVERIFY(server.waitForStarted(10000));
    QVERIFY(QTest::qWaitFor(
            [&] { return server.state() == QProcess::NotRunning || server.canReadLine(); }, 30000));
    const QString listening = QString::fromUtf8(server.readLine());
    QVERIFY2(listening.contains(QLatin1String("(synapse-mas, "))
                    && listening.contains(QLatin1String("gone: delegated to MAS")),
            qPrintable(listening));
    QVERIFY(QTest::qWaitFor(
            [&] { return server.state() == QProcess::NotRunning || server.canReadLine(); }, 30000));
    const QString masLine = QString::fromUtf8(server.readLine());
    const QRegularExpressionMatch url =
            QRegularExpression(QStringLiteral("Listening on (http://\\S+)")).match(listening);
    QVERIFY2(url.hasMatch(), qPrintable(listening));
    m_base = QUrl(url.captured(1));
    const Answer token = requestToken();
    const Answer registerRoute = send("GET", QStringLiteral("/_synapse/admin/v1/register"));
    const Answer metadata = send("GET", QStringLiteral("/_matrix/client/v1/auth_metadata"));
    const Answer federation = send("GET", QStringLiteral("/_matrix/federation/v1/version"));
    server.kill();
    server.waitForFinished();
    QCOMPARE(masLine.trimmed(),
            QStringLiteral("MAS on %1/mas (admin client 01JBX3Q7R5M2N8P4T6V9W0Y1Z2, "
                           "client_secret_basic)")
                    .arg(url.captured(1)));
    QCOMPARE(token.status, 200);
    QCOMPARE(registerRoute.status, 404);
    QCOMPARE(registerRoute.json().value(QStringLiteral("errcode")),
            QJsonValue(QStringLiteral("M_UNRECOGNIZED")));
    QCOMPARE(metadata.status, 200);
    QVERIFY(metadata.json().contains(
            QStringLiteral("org.matrix.matrix-authentication-service.graphql_endpoint")));
    QCOMPARE(federation.json()
                     .value(QStringLiteral("server"))
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Synapse"));
}

void TestDevServerMas::switchesOfTheExecutable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("step");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contains");
    const auto row = [](const char *name, const QString &flags, const char *step, int status,
                             const QByteArray &contains) {
        QTest::newRow(name) << (QStringList{QStringLiteral("--delegate-auth")}
                + flags.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                            << QString::fromLatin1(step) << status << contains;
    };
    row("defaults", {}, "token", 200, "mat_");
    row("client auth post", QStringLiteral("--mas-client-auth post"), "token", 401,
            "invalid_client");
    row("client id and secret",
            QStringLiteral("--mas-client-id 01ARZ3NDEKTSV4RRFFQ69G5FAV "
                           "--mas-client-secret other"),
            "token", 401, "invalid_client");
    row("not an admin client", QStringLiteral("--mas-not-admin-client"), "token", 403,
            "invalid_scope");
    row("admin api not mounted", QStringLiteral("--mas-no-admin-api"), "lookup", 404, "<html");
    row("no personal sessions", QStringLiteral("--mas-no-personal-sessions"), "session", 404,
            "<html");
    row("version", QStringLiteral("--mas-version 1.4.0"), "session", 404, "<html");
    row("password login off", QStringLiteral("--mas-password-login-off"), "password", 403,
            "Password auth is disabled");
    row("weak passwords", QStringLiteral("--mas-weak-passwords"), "password", 400,
            "Password is too weak");
    row("reserved name", QStringLiteral("--mas-reserved-name bob"), "create", 409,
            "reserved by the homeserver");
    row("no compat login", {}, "compat", 404, "Unrecognized request");
    row("compat login", QStringLiteral("--mas-compat-login"), "compat", 200, "access_token");
    row("provisioning fails", QStringLiteral("--mas-provisioning-fails provision-error"),
            "create twice", 500, "Unexpected HTTP response while provisioning user in Synapse");
    row("check fails", QStringLiteral("--mas-provisioning-fails check-unreachable"), "create", 500,
            "Failed to query localpart availability from Synapse");
    row("provisioning fails once",
            QStringLiteral("--mas-provisioning-fails provision-unreachable "
                           "--mas-provisioning-fails-once"),
            "create twice", 201, "\"username\":\"bob\"");
    row("orphan once",
            QStringLiteral("--mas-provisioning-fails orphan --mas-provisioning-fails-once"),
            "create twice", 409, "Username is reserved by the homeserver");
    row("unknown provisioning failure", QStringLiteral("--mas-provisioning-fails sometimes"),
            "refused", 0, {});
    row("once without a failure", QStringLiteral("--mas-provisioning-fails-once"), "refused", 0,
            {});
    row("token lifetime", QStringLiteral("--mas-token-ttl 60"), "token", 200, "\"expires_in\":60,");
    row("no token lifetime", QStringLiteral("--mas-token-ttl 0"), "refused", 0, {});
    row("unknown auth method", QStringLiteral("--mas-client-auth jwt"), "refused", 0, {});
    row("not a version", QStringLiteral("--mas-version x"), "refused", 0, {});
}

void TestDevServerMas::switchesOfTheExecutable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, step);
    QFETCH(int, status);
    QFETCH(QByteArray, contains);
    QProcess server;
    server.start(QStringLiteral(REGISTRAR_DEVSERVER_PATH), arguments);
    QVERIFY(server.waitForStarted(10000));
    const bool ended = QTest::qWaitFor(
            [&] { return server.state() == QProcess::NotRunning || server.canReadLine(); }, 30000);
    if (!ended || step == QLatin1String("refused")) {
        QVERIFY(ended);
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished();
            QFAIL("the local homeserver started with a switch it must refuse");
        }
        QCOMPARE(server.exitCode(), 1);
        return;
    }
    const QRegularExpressionMatch listening =
            QRegularExpression(QStringLiteral("Listening on (http://\\S+)"))
                    .match(QString::fromUtf8(server.readLine()));
    QVERIFY(listening.hasMatch());
    m_base = QUrl(listening.captured(1));
    Answer answer;
    if (step == QLatin1String("token")) {
        answer = requestToken();
    } else if (step == QLatin1String("lookup")) {
        answer = admin("GET", QStringLiteral("/users/by-username/alice"));
    } else if (step == QLatin1String("create") || step == QLatin1String("create twice")) {
        answer = admin("POST", QStringLiteral("/users"),
                {{QStringLiteral("username"), QStringLiteral("bob")}});
        if (step == QLatin1String("create twice")) {
            QCOMPARE(answer.status, 500);
            answer = admin("POST", QStringLiteral("/users"),
                    {{QStringLiteral("username"), QStringLiteral("bob")}});
        }
    } else if (step == QLatin1String("compat")) {
        const QString id = createUser(QStringLiteral("alice"));
        admin("POST", QStringLiteral("/users/%1/set-password").arg(id),
                {{QStringLiteral("password"), QStringLiteral("correct horse battery staple")}});
        answer = send("POST", QStringLiteral("/_matrix/client/v3/login"),
                R"({"type":"m.login.password","user":"alice","password":"correct horse battery staple"})",
                {{"Content-Type", "application/json"}});
    } else {
        const QString id = createUser(QStringLiteral("alice"));
        answer = step == QLatin1String("session")
                ? admin("POST", QStringLiteral("/personal-sessions"),
                        {{QStringLiteral("actor_user_id"), id},
                                {QStringLiteral("human_name"), QStringLiteral("Registrar")},
                                {QStringLiteral("scope"),
                                        QStringLiteral("urn:matrix:client:api:*")}})
                : admin("POST", QStringLiteral("/users/%1/set-password").arg(id),
                        {{QStringLiteral("password"),
                                QStringLiteral("correct horse battery staple")}});
    }
    server.kill();
    server.waitForFinished();
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.body.contains(contains), answer.body.constData());
}

QTEST_GUILESS_MAIN(TestDevServerMas)
#include "TestDevServerMas.moc"
