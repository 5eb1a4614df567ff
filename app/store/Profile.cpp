// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"

#include "CertificateInfo.h"
#include "PasswordGenerator.h"
#include "ServerUrl.h"

namespace registrar::store {

QJsonObject Profile::toJson() const
{
    return {
            {QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("client_url"), clientUrl.toString()},
            {QStringLiteral("admin_url"), adminUrl.toString()},
            {QStringLiteral("server_name"), serverName},
            {QStringLiteral("allow_insecure_http"), allowInsecureHttp},
            {QStringLiteral("pin_sha256"),
                    pinnedSha256.isEmpty()
                            ? QString()
                            : core::CertificateInfo::formatFingerprint(pinnedSha256)},
            {QStringLiteral("ca_file"), caFile},
            {QStringLiteral("mas_url"), mas.masUrl.toString()},
            {QStringLiteral("mas_client_id"), mas.clientId},
            {QStringLiteral("mas_client_auth"),
                    core::MasAdminClient::authMethodName(mas.authMethod)},
            {QStringLiteral("default_admin"), defaultAdmin},
            {QStringLiteral("default_user_type"), defaultUserType},
            {QStringLiteral("default_password_length"), defaultPasswordLength},
            {QStringLiteral("default_sign_in"), defaultSignIn},
            {QStringLiteral("notes"), notes},
    };
}

std::optional<Profile> Profile::fromJson(const QJsonObject &json, QString *error)
{
    Profile profile;
    profile.id = json.value(QStringLiteral("id")).toString();
    profile.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (profile.name.isEmpty()) {
        *error = tr("A profile has no name.");
        return std::nullopt;
    }
    QString urlError;
    profile.clientUrl =
            core::ServerUrl::parse(json.value(QStringLiteral("client_url")).toString(), &urlError);
    if (!profile.clientUrl.isValid()) {
        *error = tr("The profile \u201c%1\u201d has no usable client URL: %2")
                         .arg(profile.name, urlError);
        return std::nullopt;
    }
    const QString adminUrl = json.value(QStringLiteral("admin_url")).toString();
    if (!adminUrl.isEmpty()) {
        profile.adminUrl = core::ServerUrl::parse(adminUrl, &urlError);
        if (!profile.adminUrl.isValid()) {
            *error = tr("The profile \u201c%1\u201d has an unusable admin URL: %2")
                             .arg(profile.name, urlError);
            return std::nullopt;
        }
    }
    profile.serverName = json.value(QStringLiteral("server_name")).toString().trimmed();
    profile.allowInsecureHttp = json.value(QStringLiteral("allow_insecure_http")).toBool(false);
    const QString pin = json.value(QStringLiteral("pin_sha256")).toString();
    if (!pin.isEmpty()) {
        profile.pinnedSha256 = core::CertificateInfo::parseFingerprint(pin);
        if (profile.pinnedSha256.isEmpty()) {
            *error = tr("The profile \u201c%1\u201d has an unusable certificate fingerprint.")
                             .arg(profile.name);
            return std::nullopt;
        }
    }
    profile.caFile = json.value(QStringLiteral("ca_file")).toString();
    profile.mas.clientId = json.value(QStringLiteral("mas_client_id")).toString().trimmed();
    if (profile.isMas()) {
        const QString clientIdProblem = core::MasAdminClient::clientIdProblem(profile.mas.clientId);
        if (!clientIdProblem.isEmpty()) {
            *error = tr("The profile \u201c%1\u201d: %2").arg(profile.name, clientIdProblem);
            return std::nullopt;
        }
    }
    // The MAS URL and method are read without a client ID too: a check finds the URL before the
    // admin enters a client, and what toJson() wrote must read back as it was.
    const QString masUrl = json.value(QStringLiteral("mas_url")).toString();
    if (masUrl.isEmpty()) {
        if (profile.isMas()) {
            *error = tr("The profile \u201c%1\u201d has a MAS client but no MAS URL.")
                             .arg(profile.name);
            return std::nullopt;
        }
    } else {
        profile.mas.masUrl = core::ServerUrl::parse(masUrl, &urlError);
        if (!profile.mas.masUrl.isValid()) {
            *error = tr("The profile \u201c%1\u201d has an unusable MAS URL: %2")
                             .arg(profile.name, urlError);
            return std::nullopt;
        }
    }
    // Left out or empty (a profile from before MAS profiles): MAS's default, basic.
    const QString authName = json.value(QStringLiteral("mas_client_auth")).toString();
    if (!authName.isEmpty()) {
        const std::optional<core::MasAdminClient::AuthMethod> method =
                core::MasAdminClient::authMethodFromName(authName);
        if (!method) {
            *error = tr("The profile \u201c%1\u201d has an unknown MAS client authentication "
                        "method; it is basic or post.")
                             .arg(profile.name);
            return std::nullopt;
        }
        profile.mas.authMethod = *method;
    }
    profile.defaultAdmin = json.value(QStringLiteral("default_admin")).toBool(false);
    profile.defaultUserType = json.value(QStringLiteral("default_user_type")).toString();
    profile.defaultPasswordLength = qBound(core::PasswordGenerator::kMinLength,
            json.value(QStringLiteral("default_password_length"))
                    .toInt(core::PasswordGenerator::kDefaultLength),
            core::PasswordGenerator::kMaxLength);
    profile.defaultSignIn = json.value(QStringLiteral("default_sign_in")).toBool(true);
    profile.notes = json.value(QStringLiteral("notes")).toString();
    return profile;
}

} // namespace registrar::store
