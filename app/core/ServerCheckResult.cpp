// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCheckResult.h"

#include "ReplyParser.h"

#include <QJsonArray>

namespace registrar::core {

namespace {

bool isSuccess(const HttpResponse &response)
{
    return response.failure == HttpResponse::Failure::None && response.status == 200;
}

QString registrationName(ServerCheckResult::Registration registration)
{
    switch (registration) {
    case ServerCheckResult::Registration::Enabled:
        return QStringLiteral("enabled");
    case ServerCheckResult::Registration::Disabled:
        return QStringLiteral("disabled");
    case ServerCheckResult::Registration::Unavailable:
        return QStringLiteral("unavailable");
    case ServerCheckResult::Registration::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

ServerCheckResult ServerCheckResult::fromReplies(const HttpResponse &versions,
        const HttpResponse &serverVersion, const HttpResponse &probe,
        const HttpResponse &authMetadata)
{
    ServerCheckResult result;

    if (isSuccess(versions)) {
        const auto json = ReplyParser::jsonObject(versions.body);
        if (json && json->value(QStringLiteral("versions")).isArray()) {
            result.reachable = true;
            for (const QJsonValue &version : json->value(QStringLiteral("versions")).toArray()) {
                result.clientVersions.append(version.toString());
            }
        }
    }

    if (isSuccess(serverVersion)) {
        const auto json = ReplyParser::jsonObject(serverVersion.body);
        if (json && json->value(QStringLiteral("server_version")).isString()) {
            result.adminApiExposed = true;
            result.synapseVersion = json->value(QStringLiteral("server_version")).toString();
        }
    }

    if (isSuccess(authMetadata) && ReplyParser::jsonObject(authMetadata.body)) {
        result.authDelegated = true;
    }

    RegistrationError probeError = ReplyParser::errorFor(probe);
    if (probeError.code() == RegistrationError::Code::RequestRejected) {
        // "nonce must be specified": the secret is set, and the empty body used no nonce.
        result.registration = Registration::Enabled;
        return result;
    }
    if (probeError.code() == RegistrationError::Code::SharedSecretDisabled) {
        result.registration = Registration::Disabled;
    } else if (probeError.code() == RegistrationError::Code::EndpointUnavailable) {
        result.registration = Registration::Unavailable;
    } else if (probe.failure == HttpResponse::Failure::None && probe.status == 200) {
        probeError = RegistrationError(RegistrationError::Code::MalformedReply,
                tr("the registration endpoint accepted an empty request"));
    }
    result.problem = probeError;
    return result;
}

QJsonObject ServerCheckResult::toJson() const
{
    QJsonObject json{
            {QStringLiteral("reachable"), reachable},
            {QStringLiteral("client_versions"), QJsonArray::fromStringList(clientVersions)},
            {QStringLiteral("admin_api"), adminApiExposed},
            {QStringLiteral("registration"), registrationName(registration)},
            {QStringLiteral("auth_delegated"), authDelegated},
    };
    if (!synapseVersion.isEmpty()) {
        json.insert(QStringLiteral("server_version"), synapseVersion);
    }
    if (problem.isError()) {
        json.insert(QStringLiteral("error"), problem.fullText());
    }
    return json;
}

QString ServerCheckResult::toText() const
{
    const QString yes = tr("yes");
    const QString no = tr("no");
    QString registrationText;
    switch (registration) {
    case Registration::Enabled:
        registrationText = tr("enabled");
        break;
    case Registration::Disabled:
        registrationText = tr("not enabled (no registration_shared_secret)");
        break;
    case Registration::Unavailable:
        registrationText = tr("endpoint missing");
        break;
    case Registration::Unknown:
        registrationText = tr("unknown");
        break;
    }
    QString text;
    text += tr("Client API reachable:        %1").arg(reachable ? yes : no) + QLatin1Char('\n');
    if (!clientVersions.isEmpty()) {
        text += tr("Matrix versions:             %1").arg(clientVersions.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
    }
    text += tr("Synapse version:             %1")
                    .arg(synapseVersion.isEmpty() ? tr("unknown") : synapseVersion)
            + QLatin1Char('\n');
    text += tr("Admin API reachable:         %1").arg(adminApiExposed ? yes : no)
            + QLatin1Char('\n');
    text += tr("Shared-secret registration:  %1").arg(registrationText) + QLatin1Char('\n');
    text += tr("Auth delegated to MAS:       %1").arg(authDelegated ? yes : no) + QLatin1Char('\n');
    if (authDelegated) {
        text += tr("Accounts on this server are created with MAS's tools "
                   "(mas-cli manage register-user).")
                + QLatin1Char('\n');
    }
    if (problem.isError()) {
        text += problem.fullText() + QLatin1Char('\n');
    }
    return text;
}

} // namespace registrar::core
