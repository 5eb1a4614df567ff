// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasAdminApi.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace registrar::devserver {

namespace {

const QLatin1String kCrockford("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
const QLatin1String kAlphanumerics(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
const QString kAdminScope = QStringLiteral("urn:mas:admin");
const QString kAdminPrefix = QStringLiteral("/api/admin/v1");

//! An access token as MAS shapes them: prefix, 30 alphanumerics, a 6-character checksum part.
QString masToken(const char *prefix)
{
    return QLatin1String(prefix) + randomString(30, kAlphanumerics) + QLatin1Char('_')
            + randomString(6, kAlphanumerics);
}

QByteArray digest(const QString &password)
{
    return QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256);
}

//! A form body as serde_urlencoded reads it: a bare + is a space.
QUrlQuery formOf(const QByteArray &body)
{
    QByteArray spaced = body;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(spaced));
}

std::optional<QString> formValue(const QUrlQuery &form, const QString &key)
{
    if (!form.hasQueryItem(key)) {
        return std::nullopt;
    }
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

using ProvisioningFailure = MasAdminApi::ProvisioningFailure;

const QList<QPair<QString, ProvisioningFailure>> &provisioningFailuresByName()
{
    static const QList<QPair<QString, ProvisioningFailure>> table{
            {QStringLiteral("check-unreachable"), ProvisioningFailure::CheckUnreachable},
            {QStringLiteral("check-error"), ProvisioningFailure::CheckError},
            {QStringLiteral("provision-unreachable"), ProvisioningFailure::ProvisionUnreachable},
            {QStringLiteral("provision-error"), ProvisioningFailure::ProvisionError},
            {QStringLiteral("orphan"), ProvisioningFailure::CommitFails},
    };
    return table;
}

} // namespace

MasAdminApi::MasAdminApi(MasHomeserver homeserver)
    : m_homeserver(std::move(homeserver))
{ }

MasAdminApi::ClientAuthMethod MasAdminApi::authMethodFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("basic") || name == QLatin1String("client_secret_basic")) {
        return ClientAuthMethod::Basic;
    }
    if (name == QLatin1String("post") || name == QLatin1String("client_secret_post")) {
        return ClientAuthMethod::Post;
    }
    *ok = false;
    return ClientAuthMethod::Basic;
}

std::optional<MasAdminApi::ProvisioningFailure> MasAdminApi::provisioningFailureFromName(
        const QString &name)
{
    for (const auto &[known, failure] : provisioningFailuresByName()) {
        if (known == name) {
            return failure;
        }
    }
    return std::nullopt;
}

QStringList MasAdminApi::provisioningFailureNames()
{
    QStringList names;
    for (const auto &entry : provisioningFailuresByName()) {
        names.append(entry.first);
    }
    return names;
}

std::optional<MasAdminApi::User> MasAdminApi::userByUsername(const QString &username) const
{
    for (const User &user : m_users) {
        if (user.username == username) {
            return user;
        }
    }
    return std::nullopt;
}

bool MasAdminApi::passwordLoginMatches(const QString &username, const QString &password) const
{
    const std::optional<User> user = userByUsername(username);
    return m_passwordsEnabled && user && !user->passwordDigest.isEmpty()
            && user->passwordDigest == digest(password);
}

MasAdminApi::Reply MasAdminApi::answer(const QHttpServerRequest &request, const QString &path)
{
    if (path == QLatin1String("/oauth2/token")) {
        if (request.method() != QHttpServerRequest::Method::Post) {
            // Our choice: axum's answer for a known route and another method, empty.
            return {405, {}, {}, {}};
        }
        return token(request);
    }
    if (m_adminApiMounted && path.startsWith(kAdminPrefix + QLatin1Char('/'))) {
        return admin(request, path.mid(kAdminPrefix.size()));
    }
    return notFoundPage();
}

MasAdminApi::Reply MasAdminApi::token(const QHttpServerRequest &request)
{
    ++m_tokenRequests;
    const QByteArray authorization = request.value("Authorization");
    std::optional<QPair<QString, QString>> basic;
    if (!authorization.isEmpty()) {
        const QByteArray decoded = QByteArray::fromBase64(
                authorization.mid(6), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.indexOf(':');
        if (!authorization.startsWith("Basic ") || colon < 0) {
            return tokenError(
                    400, "invalid_request", QLatin1String("Invalid Authorization header"));
        }
        // As written: MAS does not percent-decode the Basic value.
        basic = qMakePair(
                QString::fromUtf8(decoded.left(colon)), QString::fromUtf8(decoded.mid(colon + 1)));
    }
    const bool isForm =
            request.value("Content-Type").startsWith("application/x-www-form-urlencoded");
    const char *malformed = "The request is missing a required parameter, includes an invalid "
                            "parameter value, includes a parameter more than once, or is "
                            "otherwise malformed.";
    if (!isForm) {
        if (basic) {
            return tokenError(400, "invalid_request", QLatin1String(malformed));
        }
        return tokenError(400, "invalid_request", QLatin1String("No credentials were presented"));
    }
    const QUrlQuery form = formOf(request.body());
    const std::optional<QString> postedId = formValue(form, QStringLiteral("client_id"));
    const std::optional<QString> postedSecret = formValue(form, QStringLiteral("client_secret"));
    if (basic && (postedSecret || (postedId && *postedId != basic->first))) {
        return tokenError(400, "invalid_request", QLatin1String(malformed));
    }
    if (!basic && !postedId) {
        return tokenError(400, "invalid_request", QLatin1String("No credentials were presented"));
    }
    const ClientAuthMethod used = basic ? ClientAuthMethod::Basic : ClientAuthMethod::Post;
    const QString id = basic ? basic->first : *postedId;
    const QString secret = basic ? basic->second : postedSecret.value_or(QString());
    // A mismatched method is treated like a wrong secret (section 2.2).
    if (id != m_clientId || secret != m_clientSecret || used != m_clientAuthMethod) {
        return tokenError(401, "invalid_client", QLatin1String("Client authentication failed."));
    }
    if (formValue(form, QStringLiteral("grant_type")) != QStringLiteral("client_credentials")) {
        // Our choice, not in the document: oauth2-types' text for another grant type.
        return tokenError(400, "unsupported_grant_type",
                QLatin1String("The authorization grant type is not supported by the "
                              "authorization server."));
    }
    const QStringList scopes = formValue(form, QStringLiteral("scope"))
                                       .value_or(QString())
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        // Our choice: the default policy grants nothing but urn:mas:admin to client
        // credentials, and refuses any other scope in the words it uses for that one.
        if (scope != kAdminScope || !m_adminClient) {
            return tokenError(403, "invalid_scope",
                    QLatin1String("scope '") + scope + QLatin1String("' not allowed"));
        }
    }
    const QString accessToken = masToken("mat_");
    m_tokens.insert(accessToken, Token{scopes, m_homeserver.nowSeconds() + m_tokenTtl});
    QJsonObject body{{QStringLiteral("access_token"), accessToken},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), double(m_tokenTtl)}};
    if (!scopes.isEmpty()) {
        body.insert(QStringLiteral("scope"), scopes.join(QLatin1Char(' ')));
    }
    return {200, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
            {{"Cache-Control", "no-store"}, {"Pragma", "no-cache"}}};
}

std::optional<MasAdminApi::Reply> MasAdminApi::refuseToken(const QHttpServerRequest &request) const
{
    const QByteArray authorization = request.value("Authorization");
    if (authorization.isEmpty()) {
        return errors(400, {QStringLiteral("Missing authorization header")});
    }
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7) {
        return errors(400, {QStringLiteral("Invalid authorization header")});
    }
    const QString presented = QString::fromUtf8(authorization.mid(7).trimmed());
    if (!presented.startsWith(QLatin1String("mat_"))
            && !presented.startsWith(QLatin1String("mpt_"))) {
        return errors(401, {QStringLiteral("Invalid type of access token")});
    }
    const auto it = m_tokens.constFind(presented);
    if (it == m_tokens.constEnd()) {
        return errors(401, {QStringLiteral("Unknown access token")});
    }
    if (it->expiresAt && m_homeserver.nowSeconds() >= *it->expiresAt) {
        return errors(401, {QStringLiteral("Access token expired")});
    }
    if (!it->scopes.contains(kAdminScope)) {
        return errors(401, {QStringLiteral("Missing urn:mas:admin scope")});
    }
    return std::nullopt;
}

std::optional<MasAdminApi::Reply> MasAdminApi::refuseBody(const QHttpServerRequest &request,
        const QStringList &requiredFields, QJsonObject *body) const
{
    const auto plain = [](int status, const QByteArray &text) {
        return Reply{status, text, "text/plain; charset=utf-8", {}};
    };
    if (!request.value("Content-Type").startsWith("application/json")) {
        return plain(415, "Expected request with `Content-Type: application/json`");
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &error);
    if (error.error != QJsonParseError::NoError) {
        // serde's own wording of the cause is not copied; ours follows the colon.
        return plain(
                400, "Failed to parse the request body as JSON: " + error.errorString().toUtf8());
    }
    if (!document.isObject()) {
        return plain(422,
                "Failed to deserialize the JSON body into the target type: invalid type, "
                "expected a map");
    }
    *body = document.object();
    for (const QString &field : requiredFields) {
        if (!body->contains(field)) {
            return plain(422,
                    "Failed to deserialize the JSON body into the target type: missing field `"
                            + field.toUtf8() + '`');
        }
    }
    return std::nullopt;
}

MasAdminApi::Reply MasAdminApi::admin(const QHttpServerRequest &request, const QString &path)
{
    using Method = QHttpServerRequest::Method;
    const Method method = request.method();
    static const QRegularExpression userPath(
            QStringLiteral("^/users/([^/]+)(?:/(set-password|set-admin))?$"));
    const QRegularExpressionMatch user = userPath.match(path);
    const bool known = (path == QLatin1String("/users") && method == Method::Post)
            || (path.startsWith(QLatin1String("/users/by-username/")) && method == Method::Get)
            || (user.hasMatch() && user.captured(2).isEmpty() && method == Method::Get)
            || (user.hasMatch() && !user.captured(2).isEmpty() && method == Method::Post)
            || (path == QLatin1String("/user-emails")
                    && (method == Method::Post || method == Method::Get)
                    && m_version >= QVersionNumber(0, 15))
            || (path == QLatin1String("/personal-sessions") && method == Method::Post
                    && m_version >= QVersionNumber(1, 5))
            || ((path == QLatin1String("/version") || path == QLatin1String("/site-config"))
                    && method == Method::Get && m_version >= QVersionNumber(1, 4));
    if (!known) {
        return notFoundPage();
    }
    if (std::optional<Reply> refusal = refuseToken(request)) {
        return *refusal;
    }
    if (path == QLatin1String("/version")) {
        return {200,
                QJsonDocument(QJsonObject{{QStringLiteral("version"), m_version.toString()}})
                        .toJson(QJsonDocument::Compact),
                "application/json", {}};
    }
    if (path == QLatin1String("/site-config")) {
        // Shortened: the two fields section 3.2 names.
        return {200,
                QJsonDocument(
                        QJsonObject{{QStringLiteral("password_login_enabled"), m_passwordsEnabled},
                                {QStringLiteral("minimum_password_complexity"),
                                        m_weakPasswords ? 4 : 3}})
                        .toJson(QJsonDocument::Compact),
                "application/json", {}};
    }
    if (path.startsWith(QLatin1String("/users/by-username/"))) {
        const QString username =
                QUrl::fromPercentEncoding(path.mid(int(qstrlen("/users/by-username/"))).toUtf8());
        const std::optional<User> found = userByUsername(username);
        if (!found) {
            return errors(404,
                    {QLatin1String("User with username \"") + username
                            + QLatin1String("\" not found")});
        }
        return userObject(*found, kAdminPrefix + path);
    }
    if (user.hasMatch()) {
        const QString id = user.captured(1);
        static const QRegularExpression ulid(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{26}$"));
        if (!ulid.match(id).hasMatch()) {
            // Our choice: the first title only; axum's second one is an open question (section 8).
            return errors(400, {QStringLiteral("Invalid ULID in path")});
        }
        if (user.captured(2).isEmpty()) {
            if (!m_users.contains(id)) {
                return errors(404, {QLatin1String("User ID ") + id + QLatin1String(" not found")});
            }
            return userObject(m_users.value(id), kAdminPrefix + path);
        }
        QJsonObject body;
        const bool setsPassword = user.captured(2) == QLatin1String("set-password");
        if (std::optional<Reply> refusal = refuseBody(request,
                    {setsPassword ? QStringLiteral("password") : QStringLiteral("admin")}, &body)) {
            return *refusal;
        }
        return setsPassword ? setPassword(id, body) : setAdmin(id, body);
    }
    if (path == QLatin1String("/user-emails") && method == Method::Get) {
        return findEmails(request);
    }
    QJsonObject body;
    if (path == QLatin1String("/users")) {
        if (std::optional<Reply> refusal =
                        refuseBody(request, {QStringLiteral("username")}, &body)) {
            return *refusal;
        }
        return addUser(body);
    }
    if (path == QLatin1String("/user-emails")) {
        if (std::optional<Reply> refusal = refuseBody(
                    request, {QStringLiteral("user_id"), QStringLiteral("email")}, &body)) {
            return *refusal;
        }
        return addEmail(body);
    }
    if (std::optional<Reply> refusal = refuseBody(request,
                {QStringLiteral("actor_user_id"), QStringLiteral("human_name"),
                        QStringLiteral("scope")},
                &body)) {
        return *refusal;
    }
    return addPersonalSession(body);
}

MasAdminApi::Reply MasAdminApi::addUser(const QJsonObject &body)
{
    const QString username = body.value(QStringLiteral("username")).toString();
    if (userByUsername(username)) {
        return errors(409, {QStringLiteral("User already exists")});
    }
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9=_\\-./+]+$"));
    if (username.toUtf8().size() > 255 || !valid.match(username).hasMatch()
            || username.startsWith(QLatin1Char('_'))) {
        return errors(400, {QStringLiteral("Username is not valid")});
    }
    const bool skipCheck = body.value(QStringLiteral("skip_homeserver_check")).toBool();
    if (!skipCheck) {
        if (const auto failure = takeProvisioningFailure(
                    {ProvisioningFailure::CheckUnreachable, ProvisioningFailure::CheckError})) {
            return provisioningFailed(*failure);
        }
        if (!m_homeserver.isLocalpartAvailable(username)) {
            return errors(409, {QStringLiteral("Username is reserved by the homeserver")});
        }
    }
    std::optional<QString> displayName;
    const QJsonValue displayValue = body.value(QStringLiteral("displayname"));
    // Before 1.18 the field is unknown and ignored without an error.
    if (m_version >= QVersionNumber(1, 18) && displayValue.isString()) {
        displayName = displayValue.toString();
    }
    User user;
    user.id = newUlid();
    user.username = username;
    user.createdAt = m_homeserver.nowSeconds();
    // The Synapse account is provisioned in the same call, before MAS commits (section 3.1,
    // step 4): a homeserver failure rolls MAS back, a failed commit leaves the Synapse account.
    const auto failure = takeProvisioningFailure({ProvisioningFailure::ProvisionUnreachable,
            ProvisioningFailure::ProvisionError, ProvisioningFailure::CommitFails});
    if (failure && *failure != ProvisioningFailure::CommitFails) {
        return provisioningFailed(*failure);
    }
    m_homeserver.provisionUser(username, displayName);
    if (failure) {
        return provisioningFailed(*failure);
    }
    m_users.insert(user.id, user);
    return userObject(user, kAdminPrefix + QLatin1String("/users/") + user.id, 201);
}

std::optional<MasAdminApi::ProvisioningFailure> MasAdminApi::takeProvisioningFailure(
        std::initializer_list<ProvisioningFailure> atThisStep)
{
    const ProvisioningFailure failure = m_provisioningFailure;
    if (std::find(atThisStep.begin(), atThisStep.end(), failure) == atThisStep.end()) {
        return std::nullopt;
    }
    if (m_failureRepeat == FailureRepeat::Once) {
        m_provisioningFailure = ProvisioningFailure::None;
    }
    return failure;
}

MasAdminApi::Reply MasAdminApi::provisioningFailed(ProvisioningFailure failure)
{
    // The first titles are section 3.1's; which failure gets which is our reading of them
    // ("query" when no answer came, "check" when an unexpected one did). The cause chains after
    // them are our own stand-ins for reqwest's and sqlx's words: the document gives none.
    const QStringList noAnswer{QStringLiteral("error sending request"),
            QStringLiteral("Connection refused (os error 111)")};
    const QStringList errorAnswer{
            QStringLiteral("HTTP status server error (500 Internal Server Error)")};
    switch (failure) {
    case ProvisioningFailure::CheckUnreachable:
        return errors(500,
                QStringList{QStringLiteral("Failed to query localpart availability from Synapse")}
                        + noAnswer);
    case ProvisioningFailure::CheckError:
        return errors(500,
                QStringList{QStringLiteral("Failed to check localpart availability from Synapse")}
                        + errorAnswer);
    case ProvisioningFailure::ProvisionUnreachable:
        return errors(
                500, QStringList{QStringLiteral("Failed to provision user in Synapse")} + noAnswer);
    case ProvisioningFailure::ProvisionError:
        return errors(500,
                QStringList{QStringLiteral(
                        "Unexpected HTTP response while provisioning user in Synapse")}
                        + errorAnswer);
    case ProvisioningFailure::CommitFails:
    case ProvisioningFailure::None:
        break;
    }
    // The database connection lost at the commit, after Synapse provisioned the account.
    return errors(500,
            {QStringLiteral("error communicating with database: Connection reset by peer (os "
                            "error 104)"),
                    QStringLiteral("Connection reset by peer (os error 104)")});
}

MasAdminApi::Reply MasAdminApi::userObject(const User &user, const QString &self, int status) const
{
    const QJsonObject links{{QStringLiteral("self"), self}};
    const QJsonObject data{{QStringLiteral("type"), QStringLiteral("user")},
            {QStringLiteral("id"), user.id},
            {QStringLiteral("attributes"),
                    QJsonObject{{QStringLiteral("username"), user.username},
                            {QStringLiteral("created_at"), rfc3339(user.createdAt)},
                            {QStringLiteral("locked_at"), QJsonValue::Null},
                            {QStringLiteral("deactivated_at"), QJsonValue::Null},
                            {QStringLiteral("admin"), user.admin},
                            {QStringLiteral("legacy_guest"), false}}},
            {QStringLiteral("links"),
                    QJsonObject{{QStringLiteral("self"),
                            kAdminPrefix + QLatin1String("/users/") + user.id}}}};
    return document(status, data, links);
}

MasAdminApi::Reply MasAdminApi::setPassword(const QString &id, const QJsonObject &body)
{
    // MAS's order: password auth disabled, user not found, too weak.
    if (!m_passwordsEnabled) {
        return errors(403, {QStringLiteral("Password auth is disabled")});
    }
    const auto it = m_users.find(id);
    if (it == m_users.end()) {
        return errors(404, {QLatin1String("User ID ") + id + QLatin1String(" not found")});
    }
    const QString password = body.value(QStringLiteral("password")).toString();
    // Our stand-in for zxcvbn at complexity 3: MAS's test password, anything under 8
    // characters, or everything while the weak-password switch is on.
    const bool weak =
            m_weakPasswords || password == QLatin1String("password") || password.size() < 8;
    if (weak && !body.value(QStringLiteral("skip_password_check")).toBool()) {
        return errors(400, {QStringLiteral("Password is too weak")});
    }
    it->passwordDigest = digest(password);
    return {204, {}, {}, {}};
}

MasAdminApi::Reply MasAdminApi::setAdmin(const QString &id, const QJsonObject &body)
{
    const auto it = m_users.find(id);
    if (it == m_users.end()) {
        return errors(404, {QLatin1String("User ID ") + id + QLatin1String(" not found")});
    }
    // can_request_admin only: the Synapse account and its existing sessions stay as they were.
    it->admin = body.value(QStringLiteral("admin")).toBool();
    return userObject(
            *it, kAdminPrefix + QLatin1String("/users/") + id + QLatin1String("/set-admin"));
}

MasAdminApi::Reply MasAdminApi::addEmail(const QJsonObject &body)
{
    const QString id = body.value(QStringLiteral("user_id")).toString();
    const QString email = body.value(QStringLiteral("email")).toString();
    const auto it = m_users.find(id);
    if (it == m_users.end()) {
        return errors(404, {QLatin1String("User ID ") + id + QLatin1String(" not found")});
    }
    // Our order after the user lookup: the address in use, then its syntax.
    for (const User &user : std::as_const(m_users)) {
        if (user.emails.contains(email)) {
            return errors(409,
                    {QLatin1String("User email \"") + email + QLatin1String("\" already in use")});
        }
    }
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1) {
        return errors(400,
                {QLatin1String("Email \"") + email + QLatin1String("\" is not valid"),
                        QStringLiteral("Missing domain or user")});
    }
    it->emails.append(email);
    const QString emailId = newUlid();
    const QJsonObject links{
            {QStringLiteral("self"), kAdminPrefix + QLatin1String("/user-emails/") + emailId}};
    const QJsonObject data{{QStringLiteral("type"), QStringLiteral("user-email")},
            {QStringLiteral("id"), emailId},
            {QStringLiteral("attributes"),
                    QJsonObject{{QStringLiteral("created_at"), rfc3339(m_homeserver.nowSeconds())},
                            {QStringLiteral("user_id"), id}, {QStringLiteral("email"), email}}},
            {QStringLiteral("links"), links}};
    return document(201, data, links);
}

MasAdminApi::Reply MasAdminApi::findEmails(const QHttpServerRequest &request) const
{
    // filter[user] and filter[email] only, all on one page: what section 3.7's check before a
    // repeated user-emails POST needs. The item IDs are made up on each call (our choice).
    const QUrlQuery query(request.url());
    const QString userFilter =
            query.queryItemValue(QStringLiteral("filter[user]"), QUrl::FullyDecoded);
    const QString emailFilter =
            query.queryItemValue(QStringLiteral("filter[email]"), QUrl::FullyDecoded);
    QJsonArray items;
    for (const User &user : m_users) {
        if (!userFilter.isEmpty() && user.id != userFilter) {
            continue;
        }
        for (const QString &email : user.emails) {
            if (!emailFilter.isEmpty() && email != emailFilter) {
                continue;
            }
            const QString id = newUlid();
            items.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("user-email")},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("attributes"),
                            QJsonObject{{QStringLiteral("created_at"), rfc3339(user.createdAt)},
                                    {QStringLiteral("user_id"), user.id},
                                    {QStringLiteral("email"), email}}},
                    {QStringLiteral("links"),
                            QJsonObject{{QStringLiteral("self"),
                                    kAdminPrefix + QLatin1String("/user-emails/") + id}}},
                    {QStringLiteral("meta"),
                            QJsonObject{{QStringLiteral("page"),
                                    QJsonObject{{QStringLiteral("cursor"), id}}}}}});
        }
    }
    const QString self = kAdminPrefix + QLatin1String("/user-emails?") + request.url().query();
    return {200,
            QJsonDocument(QJsonObject{{QStringLiteral("meta"),
                                              QJsonObject{{QStringLiteral("count"), items.size()}}},
                                  {QStringLiteral("data"), items},
                                  {QStringLiteral("links"),
                                          QJsonObject{{QStringLiteral("self"), self},
                                                  {QStringLiteral("first"), self},
                                                  {QStringLiteral("last"), self}}}})
                    .toJson(QJsonDocument::Compact),
            "application/json", {}};
}

MasAdminApi::Reply MasAdminApi::addPersonalSession(const QJsonObject &body)
{
    const QString actor = body.value(QStringLiteral("actor_user_id")).toString();
    const QStringList scopes = body.value(QStringLiteral("scope"))
                                       .toString()
                                       .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Our choice: an empty scope is the invalid one (the document names no other case).
    if (scopes.isEmpty()) {
        return errors(400, {QStringLiteral("Invalid scope")});
    }
    const auto it = m_users.constFind(actor);
    if (it == m_users.constEnd()) {
        return errors(404, {QStringLiteral("User not found")});
    }
    const qint64 now = m_homeserver.nowSeconds();
    std::optional<qint64> expiresAt;
    if (body.value(QStringLiteral("expires_in")).isDouble()) {
        expiresAt = now + qint64(body.value(QStringLiteral("expires_in")).toDouble());
    }
    const QString accessToken = masToken("mpt_");
    m_tokens.insert(accessToken, Token{scopes, expiresAt});
    if (scopes.contains(QLatin1String("urn:matrix:client:api:*"))) {
        QString deviceId;
        const QLatin1String devicePrefix("urn:matrix:client:device:");
        for (const QString &scope : scopes) {
            if (scope.startsWith(devicePrefix)) {
                deviceId = scope.mid(devicePrefix.size());
            }
        }
        m_homeserver.acceptToken(it->username, accessToken, deviceId,
                scopes.contains(QLatin1String("urn:synapse:admin:*")), expiresAt);
    }
    const QString sessionId = newUlid();
    const QJsonObject links{{QStringLiteral("self"),
            kAdminPrefix + QLatin1String("/personal-sessions/") + sessionId}};
    const QJsonObject data{{QStringLiteral("type"), QStringLiteral("personal-session")},
            {QStringLiteral("id"), sessionId},
            {QStringLiteral("attributes"),
                    QJsonObject{{QStringLiteral("created_at"), rfc3339(now)},
                            {QStringLiteral("revoked_at"), QJsonValue::Null},
                            {QStringLiteral("owner_user_id"), QJsonValue::Null},
                            {QStringLiteral("owner_client_id"), m_clientId},
                            {QStringLiteral("actor_user_id"), actor},
                            {QStringLiteral("human_name"),
                                    body.value(QStringLiteral("human_name")).toString()},
                            {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
                            {QStringLiteral("last_active_at"), QJsonValue::Null},
                            {QStringLiteral("last_active_ip"), QJsonValue::Null},
                            {QStringLiteral("expires_at"),
                                    expiresAt ? QJsonValue(rfc3339(*expiresAt))
                                              : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("access_token"), accessToken}}},
            {QStringLiteral("links"), links}};
    return document(201, data, links);
}

QString MasAdminApi::newUlid() const
{
    // 48 bits of milliseconds in 10 characters, then 80 random bits in 16.
    quint64 millis = quint64(m_homeserver.nowSeconds()) * 1000;
    QString ulid(26, QLatin1Char('0'));
    for (int i = 9; i >= 0; --i) {
        ulid[i] = QLatin1Char(kCrockford[int(millis & 31)]);
        millis >>= 5;
    }
    for (int i = 10; i < 26; ++i) {
        ulid[i] = QLatin1Char(kCrockford[QRandomGenerator::system()->bounded(32)]);
    }
    return ulid;
}

QString MasAdminApi::rfc3339(qint64 seconds) const
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

MasAdminApi::Reply MasAdminApi::tokenError(
        int status, const char *error, const QString &description)
{
    return {status,
            QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(error)},
                                  {QStringLiteral("error_description"), description}})
                    .toJson(QJsonDocument::Compact),
            "application/json", {}};
}

MasAdminApi::Reply MasAdminApi::document(
        int status, const QJsonObject &data, const QJsonObject &links)
{
    return {status,
            QJsonDocument(
                    QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("links"), links}})
                    .toJson(QJsonDocument::Compact),
            "application/json", {}};
}

MasAdminApi::Reply MasAdminApi::errors(int status, const QStringList &titles)
{
    QJsonArray entries;
    for (const QString &title : titles) {
        entries.append(QJsonObject{{QStringLiteral("title"), title}});
    }
    return {status,
            QJsonDocument(QJsonObject{{QStringLiteral("errors"), entries}})
                    .toJson(QJsonDocument::Compact),
            "application/json", {}};
}

MasAdminApi::Reply MasAdminApi::notFoundPage()
{
    // Our stand-in for the page MAS's fallback renders: HTML, not JSON, is what counts.
    return {404,
            QByteArrayLiteral(
                    "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Page not "
                    "found</title></head><body><h1>Page not found</h1><p>The page you "
                    "were looking for doesn't exist or has been moved</p></body></html>\n"),
            "text/html; charset=utf-8", {}};
}

} // namespace registrar::devserver
