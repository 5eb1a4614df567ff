// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace registrar::core {

//! A created account, as the server reported it.
struct RegistrationResult
{
    QString userId;
    QString homeServer;
    QString accessToken; //!< empty when no session was asked for or the server withheld it
    QString deviceId;
    std::optional<qint64> expiresInMs;
    QString masUserId; //!< the account's ULID, when MAS created it

    bool hasSession() const { return !accessToken.isEmpty(); }

    //! Synapse's own field names: user_id, home_server, access_token, device_id, expires_in_ms;
    //! with MAS also mas_user_id.
    QJsonObject toJson() const;

    //! The same fields as "key: value" lines, one per line, in toJson()'s order.
    QString toKeyValueLines() const;
};

//! The answer of /account/whoami for an access token.
struct WhoamiResult
{
    QString userId;
    QString deviceId;
    bool isGuest = false;
};

} // namespace registrar::core

Q_DECLARE_METATYPE(registrar::core::RegistrationResult)
Q_DECLARE_METATYPE(registrar::core::WhoamiResult)
