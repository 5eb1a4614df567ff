// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasReplyParser.h"

#include "MasAdminClient.h"
#include "ReplyParser.h"

#include <QDateTime>
#include <QJsonArray>

namespace registrar::core {

using Code = RegistrationError::Code;

namespace {

RegistrationError withMas(RegistrationError error)
{
    error.setBackend(Backend::Kind::SynapseMas);
    return error;
}

RegistrationError malformed(const HttpResponse &response, const QString &what)
{
    RegistrationError error(Code::MalformedReply, what);
    error.setHttpStatus(response.status);
    return withMas(error);
}

bool isHtml(const HttpResponse &response)
{
    const QByteArray start = response.body.left(256).trimmed().toLower();
    return response.contentType.startsWith("text/html") || start.startsWith("<!doctype html")
            || start.startsWith("<html");
}

//! The "data" object of a JSON:API document of \a type, or nothing.
std::optional<QJsonObject> resource(const HttpResponse &response, const QString &type)
{
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(response.body);
    if (!json) {
        return std::nullopt;
    }
    const QJsonObject data = json->value(QStringLiteral("data")).toObject();
    if (data.value(QStringLiteral("type")).toString() != type) {
        return std::nullopt;
    }
    return data;
}

//! MAS's HTML 404, or a page that is not MAS's where it should answer: no such route.
RegistrationError unknownRoute(const HttpResponse &response)
{
    RegistrationError error(Code::MasAdminApiMissing);
    error.setHttpStatus(response.status);
    return withMas(error);
}

//! What leaves no answer to read: a transport failure, a redirect, a reply over the bound.
std::optional<RegistrationError> unusable(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None
            || (response.status >= 300 && response.status < 400)
            || response.body.size() > ReplyParser::kMaxReplyBytes) {
        return withMas(ReplyParser::errorFor(response));
    }
    return std::nullopt;
}

} // namespace

QStringList MasReplyParser::titles(const HttpResponse &response)
{
    QStringList result;
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(response.body);
    if (!json) {
        return result;
    }
    for (const QJsonValue &entry : json->value(QStringLiteral("errors")).toArray()) {
        const QString title = entry.toObject().value(QStringLiteral("title")).toString();
        if (!title.isEmpty()) {
            result.append(title);
        }
    }
    return result;
}

bool MasReplyParser::isExpiredToken(const HttpResponse &response)
{
    return response.failure == HttpResponse::Failure::None && response.status == 401
            && titles(response).value(0) == QLatin1String("Access token expired");
}

bool MasReplyParser::isUnknownRoute(const HttpResponse &response)
{
    return response.failure == HttpResponse::Failure::None && response.status == 404
            && isHtml(response);
}

Outcome<MasReplyParser::TokenGrant> MasReplyParser::parseToken(const HttpResponse &response)
{
    if (std::optional<RegistrationError> error = unusable(response)) {
        return *error;
    }
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(response.body);
    if (response.status == 200) {
        const QString token =
                json ? json->value(QStringLiteral("access_token")).toString() : QString();
        if (token.isEmpty()) {
            return malformed(response,
                    tr("the token reply has no \u201c"
                       "access_token\u201d"));
        }
        if (json->value(QStringLiteral("token_type"))
                        .toString()
                        .compare(QLatin1String("Bearer"), Qt::CaseInsensitive)
                != 0) {
            return malformed(response, tr("the token reply's token_type is not Bearer"));
        }
        TokenGrant grant;
        grant.accessToken = token.toUtf8();
        grant.expiresInSeconds =
                qMax<qint64>(0, json->value(QStringLiteral("expires_in")).toInteger());
        return grant;
    }
    if (isUnknownRoute(response)) {
        return unknownRoute(response);
    }
    const QString oauthError = json ? json->value(QStringLiteral("error")).toString() : QString();
    const QString description =
            json ? json->value(QStringLiteral("error_description")).toString() : QString();
    if (oauthError.isEmpty()) {
        RegistrationError error = ReplyParser::errorFor(response);
        if (error.code() == Code::AdminApiNotProxied) {
            return unknownRoute(response);
        }
        return withMas(error);
    }
    Code code = Code::UnexpectedStatus;
    if (oauthError == QLatin1String("invalid_client")
            || oauthError == QLatin1String("unauthorized_client")) {
        code = Code::MasClientRejected;
    } else if (oauthError == QLatin1String("invalid_scope")) {
        code = Code::MasNotAdminClient;
    } else if (oauthError == QLatin1String("invalid_request")) {
        code = Code::RequestRejected;
    } else if (response.status >= 500) {
        code = Code::ServerError;
    }
    return withMas(RegistrationError::fromServer(code, response.status, oauthError, description));
}

RegistrationError MasReplyParser::errorFor(const HttpResponse &response)
{
    if (std::optional<RegistrationError> error = unusable(response)) {
        return *error;
    }
    if (isUnknownRoute(response)) {
        return unknownRoute(response);
    }
    const QStringList all = titles(response);
    if (all.isEmpty()) {
        // axum's plain-text rejections of a body, or a proxy's page.
        const QString text = QString::fromUtf8(response.body.left(300)).trimmed();
        RegistrationError error = ReplyParser::errorFor(response);
        if (response.status >= 400 && response.status < 500 && response.status != 429
                && !isHtml(response) && !text.isEmpty()) {
            error = RegistrationError::fromServer(
                    Code::RequestRejected, response.status, QString(), text);
        }
        return withMas(error);
    }
    const QString title = all.first();
    const int status = response.status;
    Code code = Code::UnexpectedStatus;
    if (status == 401 || (status == 400 && title.endsWith(QLatin1String("authorization header")))) {
        code = title == QLatin1String("Missing urn:mas:admin scope") ? Code::MasNotAdminClient
                                                                     : Code::MasAdminTokenRejected;
    } else if (status == 409 && title.contains(QLatin1String("reserved"))) {
        code = Code::UsernameReserved;
    } else if (status == 409 && title == QLatin1String("User already exists")) {
        code = Code::UsernameTaken;
    } else if (status == 400 && title == QLatin1String("Username is not valid")) {
        code = Code::UsernameInvalid;
    } else if (status == 400 && title == QLatin1String("Password is too weak")) {
        code = Code::PasswordInvalid;
    } else if (status == 403 && title == QLatin1String("Password auth is disabled")) {
        code = Code::PasswordLoginDisabled;
    } else if (status == 400 && title.startsWith(QLatin1String("Email "))) {
        code = Code::InvalidInput;
    } else if (status == 409 && title.startsWith(QLatin1String("User email "))) {
        code = Code::InvalidInput;
    } else if (status >= 500) {
        code = Code::ServerError;
    } else if (status == 400 || status == 422 || status == 415) {
        code = Code::RequestRejected;
    }
    RegistrationError error =
            RegistrationError::fromServer(code, status, QString(), all.join(QLatin1String(": ")));
    if (code == Code::InvalidInput) {
        error.setDetail(title);
    }
    return withMas(error);
}

Outcome<MasReplyParser::User> MasReplyParser::parseUser(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None
            || (response.status != 200 && response.status != 201)) {
        return errorFor(response);
    }
    const std::optional<QJsonObject> data = resource(response, QStringLiteral("user"));
    User user;
    user.id = data ? data->value(QStringLiteral("id")).toString() : QString();
    if (!MasAdminClient::isUlid(user.id)) {
        return malformed(response, tr("the user reply has no user with a ULID"));
    }
    user.createdAt = QDateTime::fromString(data->value(QStringLiteral("attributes"))
                                                   .toObject()
                                                   .value(QStringLiteral("created_at"))
                                                   .toString(),
            Qt::ISODate);
    return user;
}

Outcome<MasReplyParser::User> MasReplyParser::parseLookup(const HttpResponse &response)
{
    if (response.failure == HttpResponse::Failure::None && response.status == 404
            && titles(response).value(0).startsWith(QLatin1String("User with username"))) {
        return User();
    }
    return parseUser(response);
}

RegistrationError MasReplyParser::parseNoContent(const HttpResponse &response)
{
    if (response.failure == HttpResponse::Failure::None && response.status == 204) {
        return {};
    }
    if (response.failure == HttpResponse::Failure::None && response.status >= 200
            && response.status < 300) {
        return malformed(response, tr("HTTP %1 where MAS answers 204").arg(response.status));
    }
    return errorFor(response);
}

Outcome<bool> MasReplyParser::parseEmailFound(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None || response.status != 200) {
        return errorFor(response);
    }
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(response.body);
    if (!json || !json->value(QStringLiteral("data")).isArray()) {
        return malformed(response,
                tr("the email list has no \u201c"
                   "data\u201d array"));
    }
    return !json->value(QStringLiteral("data")).toArray().isEmpty();
}

Outcome<MasReplyParser::PersonalSession> MasReplyParser::parsePersonalSession(
        const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None || response.status != 201) {
        if (response.status == 200) {
            return malformed(response, tr("HTTP 200 where MAS answers 201"));
        }
        return errorFor(response);
    }
    const std::optional<QJsonObject> data = resource(response, QStringLiteral("personal-session"));
    const QJsonObject attributes =
            data ? data->value(QStringLiteral("attributes")).toObject() : QJsonObject();
    PersonalSession session;
    session.accessToken = attributes.value(QStringLiteral("access_token")).toString();
    if (session.accessToken.isEmpty()) {
        return malformed(response, tr("the personal session has no access token"));
    }
    const QJsonValue expiresAt = attributes.value(QStringLiteral("expires_at"));
    if (expiresAt.isString()) {
        const QDateTime created = QDateTime::fromString(
                attributes.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        const QDateTime expires = QDateTime::fromString(expiresAt.toString(), Qt::ISODate);
        if (!created.isValid() || !expires.isValid()) {
            return malformed(response, tr("the personal session's expiry is not a date"));
        }
        session.expiresInMs = created.msecsTo(expires);
    }
    return session;
}

Outcome<bool> MasReplyParser::parsePasswordLoginEnabled(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None || response.status != 200) {
        return errorFor(response);
    }
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(response.body);
    const QJsonValue enabled =
            json ? json->value(QStringLiteral("password_login_enabled")) : QJsonValue();
    if (!enabled.isBool()) {
        return malformed(response, tr("the site configuration has no password_login_enabled"));
    }
    return enabled.toBool();
}

Outcome<QVersionNumber> MasReplyParser::parseVersion(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None || response.status != 200) {
        return errorFor(response);
    }
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(response.body);
    const QVersionNumber version = QVersionNumber::fromString(
            json ? json->value(QStringLiteral("version")).toString() : QString());
    if (version.isNull()) {
        return malformed(response, tr("the version reply has no version"));
    }
    return version;
}

} // namespace registrar::core
