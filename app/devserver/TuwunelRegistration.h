// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegistrationOutcome.h"

#include <optional>

namespace registrar::devserver {

/*!
 * Tuwunel 1.9's shared-secret registration POST as ../shared/docs/mas-admin-api.md section 6
 * describes it: the body is deserialised first (a field of the wrong type is M_BAD_JSON), then
 * the nonce is used up, the fields are checked, the MAC (user_type whenever it is sent, hex in
 * either case), the user ID (a localpart or a local full ID, lowercased after the MAC) and
 * whether it is free.
 */
class TuwunelRegistration
{
public:
    //! Hex SHA-1 HMAC of nonce\0user\0password\0admin|notadmin, then \0user_type when present.
    static QByteArray mac(const QByteArray &secret, const QString &nonce, const QString &username,
            const QString &password, bool admin, const std::optional<QString> &userType);

    static RegistrationOutcome check(const QByteArray &body, const RegistrationContext &context);
};

} // namespace registrar::devserver
