// SPDX-License-Identifier: GPL-3.0-or-later
#include "DendriteRegistration.h"

#include <QJsonValue>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <optional>

namespace registrar::devserver {

namespace {

constexpr qsizetype kMinPasswordBytes = 8;

RegistrationOutcome malformed(const QString &detail)
{
    return RegistrationOutcome::matrixError(
            400, "M_BAD_JSON", QLatin1String("malformed json: ") + detail);
}

//! The kind Go's encoding/json names in "cannot unmarshal <kind> into …".
QString goKind(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("object");
}

/*!
 * The texts after "malformed json: " are ours, in the style of Go's decoder; the document
 * gives only the prefix. As in Go, a missing field or null leaves the zero value.
 */
template <typename T>
std::optional<T> field(const QJsonObject &body, const char *key, const char *goType,
        bool (QJsonValue::*is)() const, T (*to)(const QJsonValue &),
        std::optional<RegistrationOutcome> *error)
{
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return T();
    }
    if (!(value.*is)()) {
        *error = malformed(QStringLiteral("json: cannot unmarshal %1 into Go struct field "
                                          "SharedSecretRegistrationRequest.%2 of type %3")
                                   .arg(goKind(value), QLatin1String(key), QLatin1String(goType)));
        return std::nullopt;
    }
    return to(value);
}

QString stringOf(const QJsonValue &value)
{
    return value.toString();
}

bool boolOf(const QJsonValue &value)
{
    return value.toBool();
}

//! Go's hex.DecodeString: an invalid byte is reported before an odd length.
std::optional<QByteArray> decodeHex(const QString &text, QString *error)
{
    for (const QChar c : text) {
        if (!QStringLiteral("0123456789abcdefABCDEF").contains(c)) {
            *error = QStringLiteral("encoding/hex: invalid byte: U+%1 '%2'")
                             .arg(QString::number(c.unicode(), 16)
                                             .toUpper()
                                             .rightJustified(4, QLatin1Char('0')),
                                     QString(c));
            return std::nullopt;
        }
    }
    if (text.size() % 2 != 0) {
        *error = QStringLiteral("encoding/hex: odd length hex string");
        return std::nullopt;
    }
    return QByteArray::fromHex(text.toLatin1());
}

} // namespace

QByteArray DendriteRegistration::mac(const QByteArray &secret, const QString &nonce,
        const QString &username, const QString &password, bool admin)
{
    const QByteArrayList parts{nonce.toUtf8(), username.toUtf8(), password.toUtf8(),
            admin ? QByteArrayLiteral("admin") : QByteArrayLiteral("notadmin")};
    return QMessageAuthenticationCode::hash(parts.join('\0'), secret, QCryptographicHash::Sha1)
            .toHex();
}

RegistrationOutcome DendriteRegistration::internalError(const QString &message)
{
    return RegistrationOutcome::refused(500, {{QStringLiteral("message"), message}});
}

RegistrationOutcome DendriteRegistration::check(
        const QByteArray &body, const RegistrationContext &context)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (body.trimmed().isEmpty()) {
        return malformed(QStringLiteral("EOF"));
    }
    if (parseError.error != QJsonParseError::NoError) {
        return malformed(parseError.errorString());
    }
    if (document.isArray()) {
        return malformed(QStringLiteral("json: cannot unmarshal array into Go value of type "
                                        "routing.SharedSecretRegistrationRequest"));
    }
    const QJsonObject fields = document.object();
    std::optional<RegistrationOutcome> error;
    const auto text = [&](const char *key) {
        return error
                ? QString()
                : field<QString>(fields, key, "string", &QJsonValue::isString, &stringOf, &error)
                          .value_or(QString());
    };
    const QString username = text("username");
    const QString password = text("password");
    const QString nonce = text("nonce");
    const QString macText = text("mac");
    const bool admin = error
            ? false
            : field<bool>(fields, "admin", "bool", &QJsonValue::isBool, &boolOf, &error)
                      .value_or(false);
    if (error) {
        return *error;
    }
    QString hexError;
    const std::optional<QByteArray> givenMac = decodeHex(macText, &hexError);
    if (!givenMac) {
        return malformed(hexError);
    }

    // Valid inside its lifetime however often it is presented.
    if (!context.takeNonce(nonce)) {
        return internalError(QLatin1String("incorrect or expired nonce: ") + nonce);
    }
    // The document gives no texts for these two 500s; these are ours.
    if (username.contains(QChar(u'\0'))) {
        return internalError(QStringLiteral("username contains invalid character"));
    }
    if (password.contains(QChar(u'\0'))) {
        return internalError(QStringLiteral("password contains invalid character"));
    }
    if (!sameMac(QByteArray::fromHex(mac(context.secret, nonce, username, password, admin)),
                *givenMac)) {
        return RegistrationOutcome::matrixError(403, "M_FORBIDDEN", QStringLiteral("bad mac"));
    }

    const QString localpart = username.toLower();
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9_+\\-./=]+$"));
    if (!allowed.match(localpart).hasMatch()) {
        return RegistrationOutcome::matrixError(400, "M_INVALID_USERNAME",
                QStringLiteral("username can only contain characters a-z, 0-9, or '_+-./='"));
    }
    if (localpart.startsWith(QLatin1Char('_'))) {
        return RegistrationOutcome::matrixError(
                400, "M_INVALID_USERNAME", QStringLiteral("username cannot start with a '_'"));
    }
    const qsizetype passwordBytes = password.toUtf8().size();
    if (passwordBytes > 0 && passwordBytes < kMinPasswordBytes) {
        return RegistrationOutcome::matrixError(
                400, "M_WEAK_PASSWORD", QStringLiteral("password too weak: min 8 characters"));
    }
    if (password.isEmpty()) {
        return RegistrationOutcome::matrixError(
                400, "M_MISSING_PARAM", QStringLiteral("Missing password"));
    }
    if (context.isTaken(localpart)) {
        return RegistrationOutcome::matrixError(
                400, "M_USER_IN_USE", QStringLiteral("Desired user ID is already taken."));
    }

    RegistrationOutcome accepted;
    accepted.localpart = localpart;
    accepted.password = password;
    accepted.admin = admin;
    accepted.deviceId = QLatin1String(kDeviceId);
    return accepted;
}

} // namespace registrar::devserver
