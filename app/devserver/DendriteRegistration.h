// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegistrationOutcome.h"

namespace registrar::devserver {

/*!
 * Dendrite 0.15's shared-secret registration POST as ../shared/docs/mas-admin-api.md section 6
 * describes it: the body as Go's JSON decoder reads it (missing fields and null are empty, a
 * non-hex mac is malformed JSON), the nonce (checked, not used up) and a NUL in a field as 500s
 * with a {"message":…} body, the MAC without user_type, then the lowercased username, the
 * password and whether the name is free. The device is always shared_secret_registration.
 */
class DendriteRegistration
{
public:
    static constexpr const char *kDeviceId = "shared_secret_registration";

    //! Hex SHA-1 HMAC of nonce\0user\0password\0admin|notadmin; user_type is never part of it.
    static QByteArray mac(const QByteArray &secret, const QString &nonce, const QString &username,
            const QString &password, bool admin);

    static RegistrationOutcome check(const QByteArray &body, const RegistrationContext &context);

    //! matrix-org/util's ErrorResponse: a 500 that is not Matrix-shaped.
    static RegistrationOutcome internalError(const QString &message);
};

} // namespace registrar::devserver
