// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "HttpResponse.h"
#include "RegistrationError.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace registrar::core {

/*!
 * What a server check found out: is the client API there, which server software and version
 * (the backend: Synapse, Tuwunel or Dendrite, with MAS or not), is the admin API reachable, is
 * shared-secret registration enabled, where MAS is. Built from the answers by fromReplies(), so
 * the reading is tested without a network.
 */
class ServerCheckResult
{
    Q_DECLARE_TR_FUNCTIONS(ServerCheckResult)

public:
    enum class Registration { Unknown, Enabled, Disabled, Unavailable };

    //! The answers a check asks for; none needs credentials, none uses up a nonce.
    struct Replies
    {
        HttpResponse clientVersions; //!< GET /_matrix/client/versions
        HttpResponse serverVersion; //!< GET /_synapse/admin/v1/server_version (Synapse, Tuwunel)
        /*!
         * POST {} to /_synapse/admin/v1/register: it fails before a nonce is looked at, so none
         * is used up, and how it fails tells whether a secret is set.
         */
        HttpResponse registerProbe;
        HttpResponse authMetadata; //!< GET /_matrix/client/v1/auth_metadata
        //! GET /_matrix/client/unstable/org.matrix.msc2965/auth_metadata (Synapse before 1.138)
        HttpResponse authMetadataUnstable;
        HttpResponse federationVersion; //!< GET /_matrix/federation/v1/version
        HttpResponse tuwunelVersion; //!< GET /_tuwunel/server_version
        //! GET /_synapse/admin/v1/register, asked of Tuwunel only; status 0 when not asked.
        HttpResponse nonce;
    };

    bool reachable = false;
    QStringList clientVersions;
    QString synapseVersion;
    //! The software as it names itself ("Synapse", "Tuwunel", "Dendrite"), and its version.
    QString softwareName;
    QString softwareVersion;
    Backend::Kind backend = Backend::Kind::Unknown;
    //! The MAS admin API's base: the metadata's GraphQL endpoint without /graphql, or the issuer.
    QUrl masUrl;
    bool adminApiExposed = false;
    Registration registration = Registration::Unknown;
    bool authDelegated = false;
    //! Why registration cannot work; no error when it can.
    RegistrationError problem;

    bool canRegister() const { return registration == Registration::Enabled; }

    //! Whether anything at all answered: without it, a "no" would say nothing.
    bool anythingAnswered() const;

    static ServerCheckResult fromReplies(const Replies &replies);

    QJsonObject toJson() const;
    //! Aligned "name: value" lines for people.
    QString toText() const;

private:
    //! Synapse's answer to an empty registration POST: a secret is set when it asks for a nonce.
    void readRegisterProbe(const HttpResponse &probe);
    //! Tuwunel's and Dendrite's: any answer of theirs but a refusal means a secret is set.
    void readOtherRegisterProbe(const HttpResponse &probe, bool routeGone);
    //! Tuwunel's nonce route: a nonce when a secret is set, else 400 "not enabled".
    bool readTuwunelNonce(const HttpResponse &nonce);
};

} // namespace registrar::core
