// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"
#include "RegistrationError.h"

#include <QJsonObject>
#include <QStringList>

namespace registrar::core {

/*!
 * What a server check found out: is the client API there, which Synapse version, is the admin
 * API reachable, is shared-secret registration enabled, is authentication delegated to MAS.
 * Built from the four answers by fromReplies(), so the reading is tested without a network.
 */
class ServerCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(ServerCheckResult)

public:
    enum class Registration { Unknown, Enabled, Disabled, Unavailable };

    bool reachable = false;
    QStringList clientVersions;
    QString synapseVersion;
    bool adminApiExposed = false;
    Registration registration = Registration::Unknown;
    bool authDelegated = false;
    //! Why registration cannot work; no error when it can.
    RegistrationError problem;

    bool canRegister() const { return registration == Registration::Enabled; }

    /*!
     * \a versions: GET /_matrix/client/versions; \a serverVersion: GET
     * /_synapse/admin/v1/server_version; \a probe: POST {} to /_synapse/admin/v1/register, which
     * tells whether a secret is configured without using up a nonce; \a authMetadata: GET
     * /_matrix/client/v1/auth_metadata, which answers 200 only when MAS handles authentication.
     */
    static ServerCheckResult fromReplies(const HttpResponse &versions,
            const HttpResponse &serverVersion, const HttpResponse &probe,
            const HttpResponse &authMetadata);

    QJsonObject toJson() const;
    //! Aligned "name: value" lines for people.
    QString toText() const;
};

} // namespace registrar::core
