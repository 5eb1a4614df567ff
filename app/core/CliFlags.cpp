// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliFlags.h"

namespace registrar::core {

QStringList CliFlags::names(Flag flag)
{
    switch (flag) {
    case Flag::User:
        return {QStringLiteral("u"), QStringLiteral("user")};
    case Flag::Password:
        return {QStringLiteral("p"), QStringLiteral("password")};
    case Flag::PasswordFile:
        return {QStringLiteral("password-file")};
    case Flag::Admin:
        return {QStringLiteral("a"), QStringLiteral("admin")};
    case Flag::NoAdmin:
        return {QStringLiteral("no-admin")};
    case Flag::UserType:
        // user_type as register_new_matrix_user spells it
        return {QStringLiteral("t"), QStringLiteral("user-type"), QStringLiteral("user_type")};
    case Flag::DisplayName:
        return {QStringLiteral("display-name")};
    case Flag::NoLogin:
        return {QStringLiteral("no-login")};
    case Flag::ExistsOk:
        return {QStringLiteral("exists-ok")};
    case Flag::SharedSecret:
        return {QStringLiteral("k"), QStringLiteral("shared-secret")};
    case Flag::SecretFile:
        return {QStringLiteral("secret-file")};
    case Flag::Config:
        return {QStringLiteral("c"), QStringLiteral("config")};
    case Flag::Profile:
        return {QStringLiteral("profile")};
    case Flag::ServerName:
        return {QStringLiteral("server-name")};
    case Flag::Timeout:
        return {QStringLiteral("timeout")};
    case Flag::AllowInsecureHttp:
        return {QStringLiteral("allow-insecure-http")};
    case Flag::Json:
        return {QStringLiteral("json")};
    case Flag::PinSha256:
        return {QStringLiteral("pin-sha256")};
    case Flag::CaFile:
        return {QStringLiteral("ca-file")};
    case Flag::MasUrl:
        return {QStringLiteral("mas-url")};
    case Flag::MasClientId:
        return {QStringLiteral("mas-client-id")};
    case Flag::MasClientSecretFile:
        return {QStringLiteral("mas-client-secret-file")};
    case Flag::MasClientAuth:
        return {QStringLiteral("mas-client-auth")};
    case Flag::Email:
        return {QStringLiteral("email")};
    case Flag::SkipPasswordCheck:
        return {QStringLiteral("skip-password-check")};
    case Flag::AdoptHomeserverAccount:
        return {QStringLiteral("adopt-homeserver-account")};
    }
    Q_UNREACHABLE();
    return {};
}

QString CliFlags::longForm(Flag flag)
{
    for (const QString &name : names(flag)) {
        if (name.size() > 1) {
            return QStringLiteral("--") + name;
        }
    }
    Q_UNREACHABLE();
    return {};
}

QString CliFlags::shortForm(Flag flag)
{
    const QString first = names(flag).constFirst();
    return first.size() == 1 ? QStringLiteral("-") + first : longForm(flag);
}

} // namespace registrar::core
