// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationResult.h"

#include <QJsonValue>

namespace registrar::core {

QJsonObject RegistrationResult::toJson() const
{
    QJsonObject json{
            {QStringLiteral("user_id"), userId},
            {QStringLiteral("home_server"), homeServer},
    };
    if (hasSession()) {
        json.insert(QStringLiteral("access_token"), accessToken);
        json.insert(QStringLiteral("device_id"), deviceId);
    }
    if (expiresInMs) {
        json.insert(QStringLiteral("expires_in_ms"), double(*expiresInMs));
    }
    if (!masUserId.isEmpty()) {
        json.insert(QStringLiteral("mas_user_id"), masUserId);
    }
    return json;
}

QString RegistrationResult::toKeyValueLines() const
{
    // QJsonObject sorts its keys, so list them in the order an admin reads them.
    static const char *const order[] = {
            "user_id", "home_server", "access_token", "device_id", "expires_in_ms", "mas_user_id"};
    const QJsonObject json = toJson();
    QString lines;
    for (const char *key : order) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined()) {
            continue;
        }
        const QString text =
                value.isDouble() ? QString::number(value.toInteger()) : value.toString();
        lines += QLatin1String(key) + QLatin1String(": ") + text + QLatin1Char('\n');
    }
    return lines;
}

} // namespace registrar::core
