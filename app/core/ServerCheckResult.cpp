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

std::optional<QJsonObject> successJson(const HttpResponse &response)
{
    return isSuccess(response) ? ReplyParser::jsonObject(response.body) : std::nullopt;
}

const QString kMasGraphqlKey =
        QStringLiteral("org.matrix.matrix-authentication-service.graphql_endpoint");

//! The first auth_metadata answer that is a JSON object: stable path, then unstable.
std::optional<QJsonObject> authMetadata(const ServerCheckResult::Replies &replies)
{
    for (const HttpResponse *answer : {&replies.authMetadata, &replies.authMetadataUnstable}) {
        if (const std::optional<QJsonObject> json = successJson(*answer)) {
            return json;
        }
    }
    return std::nullopt;
}

QUrl webUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const bool web =
            url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    return url.isValid() && web && !url.host().isEmpty() ? url : QUrl();
}

//! Where MAS's admin API lives: as Element Admin finds it, the GraphQL endpoint's base, else
//! the issuer.
QUrl masBase(const QJsonObject &metadata)
{
    const QString graphql = metadata.value(kMasGraphqlKey).toString();
    const QLatin1String suffix("graphql");
    if (graphql.endsWith(suffix)) {
        const QUrl base = webUrl(graphql.chopped(suffix.size()));
        if (base.isValid()) {
            return base;
        }
    }
    return webUrl(metadata.value(QStringLiteral("issuer")).toString());
}

bool isUnrecognized(const HttpResponse &response, int status)
{
    if (response.failure != HttpResponse::Failure::None || response.status != status) {
        return false;
    }
    const std::optional<QJsonObject> json = ReplyParser::jsonObject(response.body);
    return json
            && json->value(QStringLiteral("errcode")).toString() == QLatin1String("M_UNRECOGNIZED");
}

/*!
 * Which backend answered, by the decision table of the MAS notes (§1.2). \a metadata is what
 * auth_metadata served: on Synapse any answer means MAS, while Tuwunel serves its own issuer
 * there, so without a name only MAS's own key tells.
 */
Backend::Kind backendOf(const ServerCheckResult &result, const std::optional<QJsonObject> &metadata,
        bool registerRouteGone)
{
    if (result.softwareName == QLatin1String("Tuwunel")) {
        // With mas_secret set, Tuwunel removes the route; its auth_metadata stays its own.
        return registerRouteGone ? Backend::Kind::TuwunelMas : Backend::Kind::Tuwunel;
    }
    if (result.softwareName == QLatin1String("Dendrite")) {
        return Backend::Kind::Dendrite;
    }
    if (result.softwareName == QLatin1String("Synapse")) {
        return metadata ? Backend::Kind::SynapseMas : Backend::Kind::Synapse;
    }
    if (metadata && metadata->value(kMasGraphqlKey).isString() && registerRouteGone) {
        // Only Synapse passes MAS's own document on, and with MAS its register route is gone.
        return Backend::Kind::SynapseMas;
    }
    // Nothing named itself: server_version answers on Synapse and on Tuwunel alike, and an
    // issuer is no proof of MAS (Tuwunel serves its own), so nothing more is told.
    return Backend::Kind::Unknown;
}

} // namespace

bool ServerCheckResult::anythingAnswered() const
{
    return reachable || adminApiExposed || !softwareName.isEmpty()
            || backend != Backend::Kind::Unknown || registration != Registration::Unknown
            || problem.httpStatus() != 0;
}

ServerCheckResult ServerCheckResult::fromReplies(const Replies &replies)
{
    ServerCheckResult result;

    if (const auto json = successJson(replies.clientVersions);
            json && json->value(QStringLiteral("versions")).isArray()) {
        result.reachable = true;
        for (const QJsonValue &version : json->value(QStringLiteral("versions")).toArray()) {
            result.clientVersions.append(version.toString());
        }
    }

    if (const auto json = successJson(replies.serverVersion);
            json && json->value(QStringLiteral("server_version")).isString()) {
        result.adminApiExposed = true;
        result.synapseVersion = json->value(QStringLiteral("server_version")).toString();
    }

    QJsonObject software;
    if (const auto json = successJson(replies.federationVersion);
            json && json->value(QStringLiteral("server")).isObject()) {
        software = json->value(QStringLiteral("server")).toObject();
    } else if (const auto tuwunel = successJson(replies.tuwunelVersion)) {
        software = *tuwunel;
    }
    result.softwareName = software.value(QStringLiteral("name")).toString();
    result.softwareVersion = software.value(QStringLiteral("version")).toString();

    const std::optional<QJsonObject> metadata = authMetadata(replies);
    const bool registerRouteGone = isUnrecognized(replies.registerProbe, 404);
    result.backend = backendOf(result, metadata, registerRouteGone);
    result.authDelegated = Backend::delegatesToMas(result.backend);
    if (result.backend == Backend::Kind::SynapseMas) {
        // Tuwunel's issuer is its own, not MAS's: there the MAS URL has to be typed in.
        result.masUrl = masBase(*metadata);
    }

    switch (result.backend) {
    case Backend::Kind::SynapseMas:
    case Backend::Kind::TuwunelMas:
        result.registration = Registration::Unavailable;
        result.problem = RegistrationError(
                RegistrationError::Code::DelegatedToMas, result.masUrl.toString());
        break;
    case Backend::Kind::Tuwunel:
        if (result.readTuwunelNonce(replies.nonce)) {
            break;
        }
        result.readOtherRegisterProbe(replies.registerProbe, registerRouteGone);
        break;
    case Backend::Kind::Dendrite:
        result.readOtherRegisterProbe(replies.registerProbe, registerRouteGone);
        break;
    case Backend::Kind::Synapse:
    case Backend::Kind::Unknown:
        // Synapse offers a nonce even without a secret: only the POST tells.
        result.readRegisterProbe(replies.registerProbe);
        break;
    }
    result.problem.setBackend(result.backend);
    return result;
}

bool ServerCheckResult::readTuwunelNonce(const HttpResponse &nonce)
{
    if (nonce.failure == HttpResponse::Failure::None && nonce.status == 0) {
        return false; // not asked
    }
    const Outcome<QString> offered = ReplyParser::parseNonce(nonce, Backend::Kind::Tuwunel);
    if (offered.isOk()) {
        registration = Registration::Enabled;
        return true;
    }
    if (offered.error().code() == RegistrationError::Code::SharedSecretDisabled) {
        registration = Registration::Disabled;
        problem = offered.error();
        return true;
    }
    return false;
}

void ServerCheckResult::readOtherRegisterProbe(const HttpResponse &probe, bool routeGone)
{
    if (routeGone) {
        // Dendrite adds the route only with a secret (Tuwunel without one answers 400).
        registration = Registration::Disabled;
        problem = RegistrationError(RegistrationError::Code::SharedSecretDisabled);
        return;
    }
    const RegistrationError error = ReplyParser::errorFor(probe);
    const bool serverAnswered = probe.failure == HttpResponse::Failure::None
            && ReplyParser::jsonObject(probe.body).has_value();
    if (error.code() == RegistrationError::Code::SharedSecretDisabled) {
        registration = Registration::Disabled;
        problem = error;
    } else if (serverAnswered) {
        // Tuwunel refuses the empty body, Dendrite its empty nonce: the route is there, and
        // both have it only with a secret.
        registration = Registration::Enabled;
    } else {
        problem = error;
    }
}

void ServerCheckResult::readRegisterProbe(const HttpResponse &probe)
{
    RegistrationError probeError = ReplyParser::errorFor(probe);
    if (probeError.code() == RegistrationError::Code::RequestRejected) {
        // "nonce must be specified": the secret is set, and the empty body used no nonce.
        registration = Registration::Enabled;
        return;
    }
    if (probeError.code() == RegistrationError::Code::SharedSecretDisabled) {
        registration = Registration::Disabled;
    } else if (probeError.code() == RegistrationError::Code::EndpointUnavailable) {
        registration = Registration::Unavailable;
    } else if (probe.failure == HttpResponse::Failure::None && probe.status == 200) {
        probeError = RegistrationError(RegistrationError::Code::MalformedReply,
                tr("the registration endpoint accepted an empty request"));
    }
    problem = probeError;
}

QJsonObject ServerCheckResult::toJson() const
{
    QJsonObject json{
            {QStringLiteral("reachable"), reachable},
            {QStringLiteral("client_versions"), QJsonArray::fromStringList(clientVersions)},
            {QStringLiteral("admin_api"), adminApiExposed},
            {QStringLiteral("registration"), registrationName(registration)},
            {QStringLiteral("auth_delegated"), authDelegated},
            {QStringLiteral("backend"), Backend::name(backend)},
    };
    if (!synapseVersion.isEmpty()) {
        json.insert(QStringLiteral("server_version"), synapseVersion);
    }
    if (!softwareName.isEmpty()) {
        json.insert(QStringLiteral("software"),
                QJsonObject{{QStringLiteral("name"), softwareName},
                        {QStringLiteral("version"), softwareVersion}});
    }
    if (masUrl.isValid()) {
        json.insert(QStringLiteral("mas_url"), masUrl.toString());
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
        registrationText = backend == Backend::Kind::Dendrite
                ? tr("not enabled (no client_api.registration_shared_secret)")
                : tr("not enabled (no registration_shared_secret)");
        break;
    case Registration::Unavailable:
        registrationText = tr("endpoint missing");
        break;
    case Registration::Unknown:
        registrationText = tr("unknown");
        break;
    }
    QString text;
    const auto line = [&text](const QString &formatted) { text += formatted + QLatin1Char('\n'); };
    line(tr("Client API reachable:        %1").arg(reachable ? yes : no));
    if (!clientVersions.isEmpty()) {
        line(tr("Matrix versions:             %1").arg(clientVersions.join(QStringLiteral(", "))));
    }
    QString software = QStringList{softwareName, softwareVersion}.join(QLatin1Char(' ')).trimmed();
    if (software.isEmpty() && !synapseVersion.isEmpty()) {
        // Only the admin API's server_version answered, which Synapse and Tuwunel both serve.
        software = tr("unknown (the admin API reports version %1)").arg(synapseVersion);
    }
    line(tr("Server software:             %1").arg(software.isEmpty() ? tr("unknown") : software));
    if (anythingAnswered()) {
        line(tr("Backend:                     %1").arg(Backend::title(backend)));
    }
    line(tr("Admin API reachable:         %1").arg(adminApiExposed ? yes : no));
    line(tr("Shared-secret registration:  %1").arg(registrationText));
    // A "no" from a server that did not answer would claim what nobody found out.
    if (anythingAnswered()) {
        line(tr("Auth delegated to MAS:       %1").arg(authDelegated ? yes : no));
    }
    if (masUrl.isValid()) {
        line(tr("MAS:                         %1").arg(masUrl.toString()));
    }
    if (problem.isError()) {
        text += problem.fullText() + QLatin1Char('\n');
    }
    return text;
}

} // namespace registrar::core
