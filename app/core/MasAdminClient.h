// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace registrar::core {

/*!
 * How to reach a Matrix Authentication Service's admin API as an admin client: MAS's base URL,
 * the client's ID and the way it authenticates at the token endpoint. A value type with no
 * secret in it: the client secret lives in the keychain, under the profile's ID.
 */
struct MasAdminClient
{
    Q_DECLARE_TR_FUNCTIONS(MasAdminClient)

public:
    //! The client's client_auth_method in MAS's clients: section.
    enum class AuthMethod { Basic, Post };

    QUrl masUrl; //!< MAS's base, under which /oauth2/token and /api/admin/v1 sit
    QString clientId;
    AuthMethod authMethod = AuthMethod::Basic;

    //! Whether accounts go through MAS's admin API rather than shared-secret registration.
    bool isSet() const { return !clientId.isEmpty(); }

    //! "basic" or "post", as the CLI's --mas-client-auth and the profile file write them.
    static QString authMethodName(AuthMethod method);
    //! Takes "basic", "post", "client_secret_basic" or "client_secret_post"; nothing otherwise.
    static std::optional<AuthMethod> authMethodFromName(const QString &name);

    //! MAS client IDs are ULIDs: 26 characters of Crockford's base32, upper case.
    static bool isUlid(const QString &text);

    //! Why \a clientId cannot be a MAS client ID, or nothing when it can.
    static QString clientIdProblem(const QString &clientId);

    //! {masUrl}/oauth2/token
    QUrl tokenEndpoint() const;
    //! {masUrl}/api/admin/v1/{path}, \a path without a leading slash, already percent-encoded,
    //! and with its query, if any, after a "?".
    QUrl adminApi(const QString &path) const;
};

} // namespace registrar::core
