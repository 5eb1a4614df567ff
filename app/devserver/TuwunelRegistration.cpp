// SPDX-License-Identifier: GPL-3.0-or-later
#include "TuwunelRegistration.h"

#include <QJsonValue>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace registrar::devserver {

namespace {

constexpr qsizetype kMaxFieldBytes = 512;

RegistrationOutcome badJson(const QString &detail)
{
    // The document gives no text for a body that does not deserialise; this one reads like
    // serde's messages behind a ruma request (our choice).
    return RegistrationOutcome::matrixError(
            400, "M_BAD_JSON", QLatin1String("Failed to deserialize request: ") + detail);
}

QString serdeKind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("boolean `true`")
                              : QStringLiteral("boolean `false`");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string \"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("sequence");
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("map");
}

//! A required string field, or the deserialisation error.
std::optional<QString> requiredString(
        const QJsonObject &body, const QString &key, std::optional<RegistrationOutcome> *error)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined()) {
        *error = badJson(QStringLiteral("missing field `%1`").arg(key));
        return std::nullopt;
    }
    if (!value.isString()) {
        *error = badJson(
                QStringLiteral("invalid type: %1, expected a string").arg(serdeKind(value)));
        return std::nullopt;
    }
    return value.toString();
}

//! An Option<String>: absent and null are both None.
std::optional<QString> optionalString(
        const QJsonObject &body, const QString &key, std::optional<RegistrationOutcome> *error)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isString()) {
        *error = badJson(
                QStringLiteral("invalid type: %1, expected a string").arg(serdeKind(value)));
        return std::nullopt;
    }
    return value.toString();
}

/*!
 * A plain bool with a default: absent is false. The document says "send true or false, never
 * null", so null is refused like any other non-bool.
 */
bool plainBool(
        const QJsonObject &body, const QString &key, std::optional<RegistrationOutcome> *error)
{
    const QJsonValue value = body.value(key);
    if (value.isUndefined()) {
        return false;
    }
    if (!value.isBool()) {
        *error = badJson(
                QStringLiteral("invalid type: %1, expected a boolean").arg(serdeKind(value)));
        return false;
    }
    return value.toBool();
}

std::optional<RegistrationOutcome> fieldProblem(const QString &name, const QString &value)
{
    const auto invalid = [&name](const char *what) {
        return RegistrationOutcome::matrixError(
                400, "M_INVALID_PARAM", name + QLatin1Char(' ') + QLatin1String(what));
    };
    if (value.isEmpty()) {
        return invalid("must not be empty");
    }
    if (value.toUtf8().size() > kMaxFieldBytes) {
        return invalid("must not exceed 512 bytes");
    }
    if (value.contains(QChar(u'\0'))) {
        return invalid("must not contain a null byte");
    }
    return std::nullopt;
}

bool macMatches(const QByteArray &expectedHex, const QString &given)
{
    static const QRegularExpression hex(QStringLiteral("^(?:[0-9a-fA-F]{2})*$"));
    if (!hex.match(given).hasMatch()) {
        return false;
    }
    return sameMac(QByteArray::fromHex(expectedHex), QByteArray::fromHex(given.toLatin1()));
}

} // namespace

QByteArray TuwunelRegistration::mac(const QByteArray &secret, const QString &nonce,
        const QString &username, const QString &password, bool admin,
        const std::optional<QString> &userType)
{
    QByteArrayList parts{nonce.toUtf8(), username.toUtf8(), password.toUtf8(),
            admin ? QByteArrayLiteral("admin") : QByteArrayLiteral("notadmin")};
    if (userType) {
        parts.append(userType->toUtf8());
    }
    return QMessageAuthenticationCode::hash(parts.join('\0'), secret, QCryptographicHash::Sha1)
            .toHex();
}

RegistrationOutcome TuwunelRegistration::check(
        const QByteArray &body, const RegistrationContext &context)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badJson(parseError.errorString());
    }
    if (!document.isObject()) {
        return badJson(QStringLiteral("invalid type, expected a map"));
    }
    // The whole request is deserialised before the handler runs, so a field of the wrong type
    // leaves the nonce alone.
    const QJsonObject fields = document.object();
    std::optional<RegistrationOutcome> error;
    const std::optional<QString> nonce = requiredString(fields, QStringLiteral("nonce"), &error);
    const std::optional<QString> username =
            error ? std::nullopt : requiredString(fields, QStringLiteral("username"), &error);
    const std::optional<QString> password =
            error ? std::nullopt : requiredString(fields, QStringLiteral("password"), &error);
    const std::optional<QString> mac =
            error ? std::nullopt : requiredString(fields, QStringLiteral("mac"), &error);
    const bool admin = error ? false : plainBool(fields, QStringLiteral("admin"), &error);
    const std::optional<QString> userType =
            error ? std::nullopt : optionalString(fields, QStringLiteral("user_type"), &error);
    const std::optional<QString> deviceId =
            error ? std::nullopt : optionalString(fields, QStringLiteral("device_id"), &error);
    if (!error) {
        optionalString(fields, QStringLiteral("initial_device_display_name"), &error);
    }
    const bool inhibitLogin =
            error ? false : plainBool(fields, QStringLiteral("inhibit_login"), &error);
    const bool refreshToken =
            error ? false : plainBool(fields, QStringLiteral("refresh_token"), &error);
    if (error) {
        return *error;
    }

    // Used up here, at the start of the handler: every later failure has spent it.
    if (!context.takeNonce(*nonce)) {
        return RegistrationOutcome::matrixError(
                400, "M_INVALID_PARAM", QStringLiteral("Unrecognised or expired nonce"));
    }
    if (auto problem = fieldProblem(QStringLiteral("Username"), *username)) {
        return *problem;
    }
    if (auto problem = fieldProblem(QStringLiteral("Password"), *password)) {
        return *problem;
    }
    if (!macMatches(TuwunelRegistration::mac(
                            context.secret, *nonce, *username, *password, admin, userType),
                *mac)) {
        return RegistrationOutcome::matrixError(
                403, "M_FORBIDDEN", QStringLiteral("HMAC check failed"));
    }

    QString localpart = *username;
    if (localpart.startsWith(QLatin1Char('@'))) {
        const qsizetype colon = localpart.indexOf(QLatin1Char(':'));
        const QString server = colon < 0 ? QString() : localpart.mid(colon + 1);
        static const QRegularExpression serverName(QStringLiteral("^[A-Za-z0-9.\\-\\[\\]:]+$"));
        if (colon <= 1 || !serverName.match(server).hasMatch()) {
            return RegistrationOutcome::matrixError(
                    400, "M_INVALID_PARAM", QStringLiteral("Invalid user id"));
        }
        if (server != context.serverName) {
            return RegistrationOutcome::matrixError(
                    400, "M_INVALID_PARAM", QStringLiteral("User is not local to this server"));
        }
        localpart = localpart.mid(1, colon - 1);
    }
    localpart = localpart.toLower();
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9._=\\-/+]+$"));
    if (!allowed.match(localpart).hasMatch()) {
        return RegistrationOutcome::matrixError(400, "M_INVALID_USERNAME",
                QStringLiteral("Username contains disallowed characters or spaces"));
    }
    if (context.isTaken(localpart)) {
        return RegistrationOutcome::matrixError(
                400, "M_USER_IN_USE", QStringLiteral("User ID is not available"));
    }

    RegistrationOutcome accepted;
    accepted.localpart = localpart;
    accepted.password = *password;
    accepted.admin = admin;
    accepted.userType = userType.value_or(QString());
    accepted.inhibitLogin = inhibitLogin;
    accepted.deviceId = deviceId.value_or(QString());
    accepted.refreshToken = refreshToken;
    return accepted;
}

} // namespace registrar::devserver
