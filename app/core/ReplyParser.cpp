// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReplyParser.h"

#include "UsernameRules.h"

#include <QJsonDocument>
#include <QJsonValue>

namespace registrar::core {

namespace {

using Code = RegistrationError::Code;

QString describeBody(const HttpResponse &response)
{
    const QByteArray start = response.body.left(256).trimmed().toLower();
    if (start.isEmpty()) {
        return ReplyParser::tr("HTTP %1 with an empty body").arg(response.status);
    }
    if (start.startsWith("<!doctype html") || start.startsWith("<html")
            || response.contentType.startsWith("text/html")) {
        return ReplyParser::tr("HTTP %1 with an HTML page").arg(response.status);
    }
    return ReplyParser::tr("HTTP %1 with a body that is not a JSON object").arg(response.status);
}

RegistrationError malformed(const QString &what)
{
    return RegistrationError(Code::MalformedReply, what);
}

//! A 200 whose body is not the success reply it should be.
RegistrationError malformedSuccess(const QString &what)
{
    RegistrationError error = malformed(what);
    error.setHttpStatus(200);
    return error;
}

//! Synapse's own success bodies carry these as strings; anything else is not Synapse.
std::optional<QString> optionalString(const QJsonObject &json, const QString &key, bool *wrongType)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        *wrongType = true;
        return std::nullopt;
    }
    return value.toString();
}

/*!
 * The fields a registration and a login share: user_id, home_server, access_token, device_id
 * and expires_in_ms; \a wrongType is set when one of them has the wrong JSON type.
 */
RegistrationResult sessionFields(const QJsonObject &json, bool *wrongType)
{
    RegistrationResult result;
    result.userId = optionalString(json, QStringLiteral("user_id"), wrongType).value_or(QString());
    result.homeServer =
            optionalString(json, QStringLiteral("home_server"), wrongType).value_or(QString());
    result.accessToken =
            optionalString(json, QStringLiteral("access_token"), wrongType).value_or(QString());
    result.deviceId =
            optionalString(json, QStringLiteral("device_id"), wrongType).value_or(QString());
    const QJsonValue expires = json.value(QStringLiteral("expires_in_ms"));
    if (expires.isDouble()) {
        result.expiresInMs = expires.toInteger();
    } else if (!expires.isUndefined() && !expires.isNull()) {
        *wrongType = true;
    }
    return result;
}

Code transportCode(HttpResponse::Failure failure)
{
    switch (failure) {
    case HttpResponse::Failure::ConnectionRefused:
        return Code::ConnectionRefused;
    case HttpResponse::Failure::HostNotFound:
        return Code::HostNotFound;
    case HttpResponse::Failure::Tls:
        return Code::TlsFailure;
    case HttpResponse::Failure::Timeout:
        return Code::Timeout;
    case HttpResponse::Failure::Cancelled:
        return Code::Cancelled;
    case HttpResponse::Failure::TooLarge:
        return Code::ReplyTooLarge;
    case HttpResponse::Failure::InsecureHttpRefused:
        return Code::InsecureHttp;
    case HttpResponse::Failure::PinWithoutTls:
        return Code::TrustNeedsTls;
    case HttpResponse::Failure::CaFileUnusable:
        return Code::CaFileUnusable;
    case HttpResponse::Failure::UnsafeToken:
        return Code::InvalidInput;
    case HttpResponse::Failure::CertificateChanged:
        return Code::CertificateChanged;
    case HttpResponse::Failure::InvalidUrl:
        return Code::InvalidUrl;
    case HttpResponse::Failure::None:
    case HttpResponse::Failure::Other:
        break;
    }
    return Code::NetworkFailure;
}

/*!
 * Synapse answers five different refusals with 400 M_UNKNOWN. Their texts are the same in every
 * version from 1.67 to the newest, so here, and only here, the text picks the case; an unknown
 * text stays an unexpected answer with the server's words.
 */
Code codeForUnknownBadRequest(const QString &text)
{
    const QString lowered = text.toLower();
    if (lowered.contains(QLatin1String("not enabled"))) {
        return Code::SharedSecretDisabled;
    }
    if (lowered.contains(QLatin1String("nonce"))) {
        return Code::NonceRejected;
    }
    if (lowered.contains(QLatin1String("user type"))) {
        return Code::UserTypeInvalid;
    }
    if (lowered.contains(QLatin1String("username"))) {
        return Code::UsernameInvalid;
    }
    if (lowered.contains(QLatin1String("password"))) {
        return Code::PasswordInvalid;
    }
    return Code::UnexpectedStatus;
}

/*!
 * Tuwunel answers its input checks with 400 M_INVALID_PARAM; its texts name the field
 * ("Unrecognised or expired nonce", "Username must not be empty", "User is not local to this
 * server", "Password must not exceed 512 bytes"…).
 */
Code codeForInvalidParam(const QString &text)
{
    const QString lowered = text.toLower();
    if (lowered.contains(QLatin1String("nonce"))) {
        return Code::NonceRejected;
    }
    if (lowered.contains(QLatin1String("password"))) {
        return Code::PasswordInvalid;
    }
    if (lowered.contains(QLatin1String("username")) || lowered.contains(QLatin1String("user id"))
            || lowered.contains(QLatin1String("not local"))) {
        return Code::UsernameInvalid;
    }
    return Code::RequestRejected;
}

Code codeForMatrixError(int status, const QString &errcode, const QString &text)
{
    if (status == 429) {
        return Code::RateLimited;
    }
    if (status >= 500) {
        return Code::ServerError;
    }
    if (errcode == QLatin1String("M_UNRECOGNIZED")) {
        // Newest Synapse: 404 when the servlet is not registered (MAS, or a worker), 405 for a
        // wrong method. 1.67: 400 for any unknown admin path.
        return status == 404 ? Code::EndpointUnavailable : Code::EndpointUnknown;
    }
    if (status == 401
            && (errcode == QLatin1String("M_UNKNOWN_TOKEN")
                    || errcode == QLatin1String("M_MISSING_TOKEN"))) {
        return Code::AccessTokenRejected;
    }
    if (status == 403 && errcode == QLatin1String("M_UNKNOWN")) {
        return Code::MacRejected;
    }
    if (status != 400) {
        return Code::UnexpectedStatus;
    }
    if (errcode == QLatin1String("M_USER_IN_USE")) {
        return Code::UsernameTaken;
    }
    if (errcode == QLatin1String("M_INVALID_USERNAME")) {
        return Code::UsernameInvalid;
    }
    if (errcode == QLatin1String("M_EXCLUSIVE")) {
        return Code::UsernameReserved;
    }
    if (errcode == QLatin1String("M_NOT_JSON") || errcode == QLatin1String("M_BAD_JSON")
            || errcode == QLatin1String("M_MISSING_PARAM")) {
        return Code::RequestRejected;
    }
    if (errcode == QLatin1String("M_WEAK_PASSWORD")) {
        return Code::PasswordInvalid;
    }
    if (errcode == QLatin1String("M_INVALID_PARAM")) {
        return codeForInvalidParam(text);
    }
    if (errcode == QLatin1String("M_UNKNOWN")) {
        return codeForUnknownBadRequest(text);
    }
    return Code::UnexpectedStatus;
}

//! The body of a 200 that is a JSON object; for anything else the caller answers errorFor().
std::optional<QJsonObject> successObject(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None || response.status != 200) {
        return std::nullopt;
    }
    return ReplyParser::jsonObject(response.body);
}

} // namespace

std::optional<QJsonObject> ReplyParser::jsonObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

RegistrationError ReplyParser::errorFor(const HttpResponse &response)
{
    if (response.failure != HttpResponse::Failure::None) {
        const Code code = transportCode(response.failure);
        QString detail = response.host;
        if (code == Code::HostNotFound) {
            // A name is what could not be resolved; host is "name:port".
            detail = detail.left(detail.lastIndexOf(QLatin1Char(':')));
        }
        if (code == Code::TlsFailure || code == Code::NetworkFailure || code == Code::InvalidUrl
                || code == Code::InvalidInput || code == Code::CaFileUnusable) {
            detail = response.failureDetail;
        }
        RegistrationError error(code, detail);
        if (!response.certificate.isNull()) {
            error.setCertificate(response.certificate, response.pinnedSha256);
        }
        return error;
    }
    if (response.status >= 300 && response.status < 400) {
        RegistrationError error(Code::Redirect, QString::fromUtf8(response.location));
        error.setHttpStatus(response.status);
        return error;
    }
    if (response.body.size() > kMaxReplyBytes) {
        return RegistrationError(Code::ReplyTooLarge);
    }

    const std::optional<QJsonObject> json = jsonObject(response.body);
    if (json && json->value(QStringLiteral("errcode")).isString()) {
        const QString errcode = json->value(QStringLiteral("errcode")).toString();
        const QString text = json->value(QStringLiteral("error")).toString();
        RegistrationError error = RegistrationError::fromServer(
                codeForMatrixError(response.status, errcode, text), response.status, errcode, text);
        const QJsonValue retryAfter = json->value(QStringLiteral("retry_after_ms"));
        if (retryAfter.isDouble() && retryAfter.toDouble() >= 0) {
            error.setRetryAfterMs(retryAfter.toInteger());
        }
        return error;
    }

    // Not Synapse's JSON: a proxy or another web server answered.
    RegistrationError error(Code::UnexpectedStatus, describeBody(response));
    if (response.status == 404) {
        error = RegistrationError(Code::AdminApiNotProxied, describeBody(response));
    } else if (response.status >= 500) {
        error = RegistrationError(Code::ServerError, describeBody(response));
    } else if (response.status == 429) {
        error = RegistrationError(Code::RateLimited, describeBody(response));
    } else if (response.status == 200) {
        error = malformed(describeBody(response));
    }
    error.setHttpStatus(response.status);
    return error;
}

Outcome<QString> ReplyParser::parseNonce(const HttpResponse &response, Backend::Kind backend)
{
    const std::optional<QJsonObject> json = successObject(response);
    if (!json) {
        return registrationErrorFor(response, backend);
    }
    const QJsonValue nonce = json->value(QStringLiteral("nonce"));
    if (!nonce.isString() || nonce.toString().isEmpty()) {
        return malformed(tr("the nonce reply has no \u201cnonce\u201d string"));
    }
    return nonce.toString();
}

Outcome<RegistrationResult> ReplyParser::parseRegistration(
        const HttpResponse &response, Backend::Kind backend)
{
    Outcome<RegistrationResult> result = readRegistration(response, backend);
    if (!result.isOk() && RegistrationError::leavesAccountOpen(result.error())) {
        return RegistrationError::accountMayExist(result.error());
    }
    return result;
}

RegistrationError ReplyParser::registrationErrorFor(
        const HttpResponse &response, Backend::Kind backend)
{
    RegistrationError error = errorFor(response);
    const std::optional<QJsonObject> json = response.failure == HttpResponse::Failure::None
            ? jsonObject(response.body)
            : std::nullopt;
    const bool otherBackend =
            backend == Backend::Kind::Tuwunel || backend == Backend::Kind::Dendrite;
    if (error.code() == Code::UnexpectedStatus && response.status == 403
            && error.errcode() == QLatin1String("M_FORBIDDEN")
            && (otherBackend
                    || error.serverMessage().contains(QLatin1String("mac"), Qt::CaseInsensitive))) {
        // Tuwunel's "HMAC check failed" and Dendrite's "bad mac"; Synapse says M_UNKNOWN.
        error = RegistrationError::fromServer(
                Code::MacRejected, response.status, error.errcode(), error.serverMessage());
    } else if (backend == Backend::Kind::Dendrite && response.status >= 500 && json
            && json->value(QStringLiteral("message")).isString()) {
        // Dendrite's own failures are {"message":…}. It checks the nonce before anything
        // else, so that one created nothing; any other may have come after the account.
        const QString text = json->value(QStringLiteral("message")).toString();
        const bool nonce = text.startsWith(QLatin1String("incorrect or expired nonce"));
        error = RegistrationError::fromServer(
                nonce ? Code::NonceRejected : Code::ServerError, response.status, QString(), text);
    }
    error.setBackend(backend);
    return error;
}

Outcome<RegistrationResult> ReplyParser::readRegistration(
        const HttpResponse &response, Backend::Kind backend)
{
    const std::optional<QJsonObject> json = successObject(response);
    if (!json) {
        return registrationErrorFor(response, backend);
    }
    bool wrongType = false;
    RegistrationResult result = sessionFields(*json, &wrongType);
    if (wrongType) {
        return malformedSuccess(tr("a field of the registration reply has the wrong type"));
    }
    if (!result.userId.startsWith(QLatin1Char('@')) || !result.userId.contains(QLatin1Char(':'))) {
        // A 200 without a user ID is how a redirected POST turned into a GET looks.
        return malformedSuccess(tr("the success reply names no user ID"));
    }
    if (result.homeServer.isEmpty() && backend == Backend::Kind::Dendrite
            && result.userId.indexOf(QLatin1Char(':')) > 1) {
        // Dendrite's reply has no home_server; the user ID names the server.
        result.homeServer = result.userId.mid(result.userId.indexOf(QLatin1Char(':')) + 1);
    }
    if (result.homeServer.isEmpty()) {
        return malformedSuccess(tr("the success reply names no home server"));
    }
    return result;
}

RegistrationError ReplyParser::checkCreatedAccount(const RegistrationResult &result,
        const QString &requestedLocalpart, const QString &knownServerName)
{
    const QString serverName = knownServerName.isEmpty() ? result.homeServer : knownServerName;
    const QString asked = UsernameRules::userId(requestedLocalpart, serverName);
    // Synapse lowercases the localpart, as we do before sending; the case of a server name is
    // not significant.
    const QStringView userId(result.userId);
    const qsizetype colon = userId.indexOf(QLatin1Char(':'));
    if (userId.startsWith(QLatin1Char('@')) && colon > 0
            && userId.mid(1, colon - 1) == requestedLocalpart
            && userId.mid(colon + 1).compare(serverName, Qt::CaseInsensitive) == 0) {
        return {};
    }
    return malformed(tr("the reply reports the account \u201c%1\u201d, but \u201c%2\u201d was "
                        "asked for")
                             .arg(result.userId, asked));
}

Outcome<RegistrationResult> ReplyParser::parseLogin(const HttpResponse &response)
{
    const std::optional<QJsonObject> json = successObject(response);
    if (!json) {
        return errorFor(response);
    }
    bool wrongType = false;
    const RegistrationResult result = sessionFields(*json, &wrongType);
    if (wrongType || !result.userId.startsWith(QLatin1Char('@')) || result.accessToken.isEmpty()) {
        return malformedSuccess(tr("the login reply names no user ID or access token"));
    }
    return result;
}

Outcome<WhoamiResult> ReplyParser::parseWhoami(const HttpResponse &response)
{
    const std::optional<QJsonObject> json = successObject(response);
    if (!json) {
        return errorFor(response);
    }
    bool wrongType = false;
    WhoamiResult result;
    result.userId =
            optionalString(*json, QStringLiteral("user_id"), &wrongType).value_or(QString());
    result.deviceId =
            optionalString(*json, QStringLiteral("device_id"), &wrongType).value_or(QString());
    result.isGuest = json->value(QStringLiteral("is_guest")).toBool(false);
    if (wrongType || !result.userId.startsWith(QLatin1Char('@'))) {
        return malformed(tr("the whoami reply names no user ID"));
    }
    return result;
}

RegistrationError ReplyParser::parseLogout(const HttpResponse &response)
{
    if (!successObject(response)) {
        return errorFor(response);
    }
    return {};
}

} // namespace registrar::core
