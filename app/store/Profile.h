// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MasAdminClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace registrar::store {

/*!
 * A homeserver an admin looks after. It names its shared secret only by its stable ID, the key
 * under which the secret store keeps it; the secret itself is never part of a profile.
 */
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    QString id; //!< stable, assigned once; the secret's key in the keychain
    QString name; //!< unique without regard to case; what the CLI's --profile takes
    QUrl clientUrl;
    QUrl adminUrl; //!< empty: the client URL
    QString serverName;
    bool allowInsecureHttp = false;
    QByteArray pinnedSha256; //!< the one TLS certificate trusted for this server, or empty
    QString caFile; //!< a PEM file of CA certificates to trust instead of the system's
    //! Set for a homeserver whose accounts MAS creates; its client secret is the profile's secret.
    core::MasAdminClient mas;
    // Defaults for new users.
    bool defaultAdmin = false;
    QString defaultUserType;
    int defaultPasswordLength = 20;
    bool defaultSignIn = true;
    QString notes;

    QUrl effectiveAdminUrl() const { return adminUrl.isEmpty() ? clientUrl : adminUrl; }

    //! Whether accounts are created through MAS's admin API (and the secret is MAS's client's).
    bool isMas() const { return mas.isSet(); }

    //! The fields above by name, for settings and export; no secret.
    QJsonObject toJson() const;
    //! Reads toJson()'s form; nothing, with \a error set, when the name or client URL is unusable.
    static std::optional<Profile> fromJson(const QJsonObject &json, QString *error);
};

} // namespace registrar::store
