// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputProblem.h"
#include "SecretBytes.h"

#include <QCoreApplication>
#include <QStringList>

namespace registrar::core {

/*!
 * What an admin asks for: one new account. A value type; its password is SecretBytes, so each
 * copy owns a buffer it zeroes. The shared secret is passed separately to the code that signs.
 */
struct RegistrationRequest
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationRequest)

public:
    static constexpr int kMaxPasswordCodePoints = 512;
    static constexpr int kBcryptByteLimit = 72;
    static constexpr int kMaxDisplayNameLength = 256;

    QString username; //!< as typed: a localpart or a full user ID
    SecretBytes password; //!< UTF-8
    QString displayName; //!< empty: not sent, so the server uses the localpart
    QString userType; //!< empty: a regular user
    bool admin = false;
    bool inhibitLogin = false; //!< create the account without a device or access token
    // Through MAS's admin API only.
    QStringList emails; //!< added to the account, in this order
    bool skipPasswordCheck = false; //!< MAS's own strength check (zxcvbn) is turned off
    /*!
     * MAS's skip_homeserver_check: a homeserver account of the name is taken over instead of
     * refusing the name as reserved. Only once the admin confirmed that the account is the one an
     * earlier attempt left there (MAS failed after provisioning it).
     */
    bool adoptHomeserverAccount = false;

    RegistrationRequest() = default;
    RegistrationRequest(const RegistrationRequest &other);
    RegistrationRequest &operator=(const RegistrationRequest &other);
    RegistrationRequest(RegistrationRequest &&) noexcept = default;
    RegistrationRequest &operator=(RegistrationRequest &&) noexcept = default;
    ~RegistrationRequest() = default;

    //! Takes \a text (a field's, a flag's, a generated one) as the password.
    void setPassword(const QString &text) { password = SecretBytes::fromUtf8(text); }

    //! The password as text, for what Qt keeps as a QString (a results file, a JSON body).
    QString passwordText() const { return QString::fromUtf8(password.view()); }

    /*!
     * Every check that runs before anything is sent; see InputProblem. \a knownServerName
     * enables the user-ID length check.
     */
    QList<InputProblem> check(const QString &knownServerName = {}) const;

    //! The localpart that is signed and sent: lowercased, "@" and ":server" removed.
    QString localpart() const;

    //! The MAC over the localpart() and the other signed fields.
    QByteArray mac(QByteArrayView sharedSecret, const QString &nonce) const;

    /*!
     * The POST body. Built from the same strings mac() signs. "admin" is a JSON boolean;
     * "displayname" and "user_type" are left out when empty (an empty display name would leave
     * the account without one), "inhibit_login" is sent only when set.
     */
    QByteArray toJson(const QString &nonce, const QByteArray &mac) const;
};

} // namespace registrar::core
