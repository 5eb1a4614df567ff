// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesCommand.h"

#include "CliOutput.h"
#include "RegistrationError.h"
#include "ServerOptions.h"
#include "ServerTarget.h"
#include "ServerUrl.h"
#include "SynapseConfig.h"
#include "Terminal.h"
#include "TransportOptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace registrar::cli {

using store::Profile;

ProfilesCommand::ProfilesCommand(QObject *parent)
    : QObject(parent)
{ }

ProfilesCommand::~ProfilesCommand() = default;

std::optional<int> ProfilesCommand::start(const QStringList &arguments)
{
    // arguments: program, then the action and its own arguments
    const QString action = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    if (action == QLatin1String("list")) {
        return list(rest);
    }
    if (action == QLatin1String("add")) {
        return add(rest);
    }
    if (action == QLatin1String("remove")) {
        return remove(rest);
    }
    if (action.isEmpty() || action == QLatin1String("--help") || action == QLatin1String("-h")) {
        CliOutput::result(tr("Usage: synapse-registrar-cli profiles list [--json]\n"
                             "       synapse-registrar-cli profiles add NAME URL [options]\n"
                             "       synapse-registrar-cli profiles add NAME URL --mas-client-id "
                             "ID [--mas-url URL] [options]\n"
                             "       synapse-registrar-cli profiles remove NAME\n"
                             "Profiles are shared with the app; shared secrets and MAS client "
                             "secrets live in the keychain only.\n"));
        return action.isEmpty() ? 1 : 0;
    }
    return TransportOptions::inputError(
            tr("Unknown profiles action \u201c%1\u201d; use list, add or remove.").arg(action));
}

std::optional<int> ProfilesCommand::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the saved profiles, without secrets."));
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the profiles as JSON."));
    parser.addOption(json);
    if (const auto early = TransportOptions().parse(parser, arguments)) {
        return early;
    }
    if (parser.isSet(json)) {
        QJsonArray profiles;
        for (const Profile &profile : m_profiles.profiles()) {
            QJsonObject entry = profile.toJson();
            entry.remove(QStringLiteral("id"));
            profiles.append(entry);
        }
        CliOutput::result(
                QString::fromUtf8(QJsonDocument(profiles).toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (m_profiles.profiles().isEmpty()) {
        CliOutput::note(tr("No profiles yet; add one with \u201csynapse-registrar-cli profiles add "
                           "NAME URL\u201d."));
        return 0;
    }
    QString text;
    for (const Profile &profile : m_profiles.profiles()) {
        // Names come from the profiles file: one profile, one line, whatever they hold.
        text += CliOutput::untrusted(profile.name) + QLatin1Char('\t')
                + profile.clientUrl.toString();
        if (!profile.adminUrl.isEmpty()) {
            text += tr(" (admin API %1)").arg(profile.adminUrl.toString());
        }
        if (!profile.serverName.isEmpty()) {
            text += QLatin1Char('\t') + CliOutput::untrusted(profile.serverName);
        }
        if (profile.allowInsecureHttp) {
            text += QLatin1Char('\t') + tr("plain HTTP allowed");
        }
        if (profile.isMas()) {
            // A client ID that is not a ULID does not load, so it cannot steer the terminal.
            text += QLatin1Char('\t')
                    + tr("MAS %1, client %2 (%3)")
                              .arg(profile.mas.masUrl.toString(), profile.mas.clientId,
                                      core::MasAdminClient::authMethodName(profile.mas.authMethod));
        }
        text += QLatin1Char('\n');
    }
    CliOutput::result(text);
    return 0;
}

std::optional<int> ProfilesCommand::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Save a homeserver as a profile. The shared secret goes to the keychain, never to "
               "a file. With --mas-client-id it is a MAS profile: accounts are created through "
               "the MAS admin API, and the MAS client secret goes to the keychain instead."));
    parser.addHelpOption();
    const QCommandLineOption adminUrl(QStringLiteral("admin-url"),
            tr("URL of the admin API when it differs from the client URL."), QStringLiteral("URL"));
    const QCommandLineOption serverName(QStringLiteral("server-name"),
            tr("The server_name, for the user ID preview and length check."),
            QStringLiteral("NAME"));
    const QCommandLineOption insecure(QStringLiteral("allow-insecure-http"),
            tr("Allow http:// to hosts other than this machine for this profile."));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
            tr("Read the shared secret from FILE (stripped)."), QStringLiteral("FILE"));
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
            tr("Take the secret (and server name) from Synapse configuration files; repeatable."),
            QStringLiteral("FILE"));
    const QCommandLineOption masClientId(QStringLiteral("mas-client-id"),
            tr("Make a MAS profile for the MAS admin client ID (a ULID, as in clients: and "
               "policy.data.admin_clients of MAS's configuration)."),
            QStringLiteral("ID"));
    const QCommandLineOption masUrl(QStringLiteral("mas-url"),
            tr("MAS's URL, under which /oauth2/token and /api/admin/v1 are; found by a server "
               "check of URL when left out."),
            QStringLiteral("URL"));
    const QCommandLineOption masClientAuth(QStringLiteral("mas-client-auth"),
            tr("How the MAS client authenticates, as its client_auth_method: basic "
               "(client_secret_basic, the default) or post (client_secret_post)."),
            QStringLiteral("basic|post"));
    const QCommandLineOption masSecretFile(QStringLiteral("mas-client-secret-file"),
            tr("Read the MAS client secret from FILE (- for stdin; stripped); asked for on a "
               "terminal when left out."),
            QStringLiteral("FILE"));
    parser.addOptions({adminUrl, serverName, insecure, secretFile, config, masClientId, masUrl,
            masClientAuth, masSecretFile});
    const TransportOptions transportOptions;
    transportOptions.addTrustTo(parser);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile's name."));
    parser.addPositionalArgument(QStringLiteral("url"), tr("The server's client URL."));
    if (const auto early = transportOptions.parse(parser, arguments)) {
        return early;
    }
    if (parser.positionalArguments().size() != 2) {
        return TransportOptions::inputError(tr("Give a name and a URL."));
    }
    if (parser.isSet(secretFile) && parser.isSet(config)) {
        return TransportOptions::inputError(
                tr("Give the secret either with --secret-file or with -c, not both."));
    }
    const bool mas = parser.isSet(masClientId);
    if (!mas) {
        for (const QCommandLineOption &option : {masUrl, masClientAuth, masSecretFile}) {
            if (parser.isSet(option)) {
                return TransportOptions::inputError(
                        tr("--%1 is for a MAS profile: give --mas-client-id too.")
                                .arg(option.names().constFirst()));
            }
        }
    } else if (parser.isSet(secretFile) || parser.isSet(config)) {
        return TransportOptions::inputError(
                tr("A MAS profile's secret is its MAS client secret: give it with "
                   "--mas-client-secret-file, not with --secret-file or -c."));
    }
    Profile profile;
    profile.name = parser.positionalArguments().at(0);
    QString error;
    profile.clientUrl = core::ServerUrl::parse(parser.positionalArguments().at(1), &error);
    if (!profile.clientUrl.isValid()) {
        return TransportOptions::inputError(error);
    }
    if (parser.isSet(adminUrl)) {
        profile.adminUrl = core::ServerUrl::parse(parser.value(adminUrl), &error);
        if (!profile.adminUrl.isValid()) {
            return TransportOptions::inputError(error);
        }
    }
    if (mas) {
        profile.mas.clientId = parser.value(masClientId).trimmed();
        if (const QString problem = core::MasAdminClient::clientIdProblem(profile.mas.clientId);
                !problem.isEmpty()) {
            return TransportOptions::inputError(problem);
        }
        if (parser.isSet(masClientAuth)) {
            const std::optional<core::MasAdminClient::AuthMethod> method =
                    core::MasAdminClient::authMethodFromName(parser.value(masClientAuth));
            if (!method) {
                return TransportOptions::inputError(
                        tr("--mas-client-auth takes basic or post, as the client's "
                           "client_auth_method in MAS's configuration is client_secret_basic "
                           "or client_secret_post; not \u201c%1\u201d.")
                                .arg(parser.value(masClientAuth)));
            }
            profile.mas.authMethod = *method;
        }
        if (parser.isSet(masUrl)) {
            profile.mas.masUrl = core::ServerUrl::parse(parser.value(masUrl), &error);
            if (!profile.mas.masUrl.isValid()) {
                return TransportOptions::inputError(tr("The MAS URL is not usable: %1").arg(error));
            }
        }
    }
    profile.serverName = parser.value(serverName);
    profile.allowInsecureHttp = parser.isSet(insecure);
    if (!transportOptions.trust(parser, &profile.pinnedSha256, &profile.caFile, &error)) {
        return TransportOptions::inputError(error);
    }
    if (!profile.caFile.isEmpty()) {
        profile.caFile = QFileInfo(profile.caFile).absoluteFilePath(); // used from any directory
    }
    if (flows::ServerTarget::fromProfile(profile).hasTrustWithoutTls()) {
        return TransportOptions::inputError(
                core::RegistrationError(core::RegistrationError::Code::TrustNeedsTls,
                        core::ServerUrl::hostAndPort(profile.effectiveAdminUrl()))
                        .message());
    }
    if (const QString nameProblem = m_profiles.nameProblem(profile.name); !nameProblem.isEmpty()) {
        return TransportOptions::inputError(nameProblem);
    }

    SecretSource source;
    source.file = parser.value(mas ? masSecretFile : secretFile);
    source.configFiles = parser.values(config);
    if (mas && profile.mas.masUrl.isEmpty()) {
        findMasUrl(std::move(profile), std::move(source));
        return std::nullopt;
    }
    return saveWithSecret(std::move(profile), source);
}

void ProfilesCommand::findMasUrl(Profile profile, SecretSource source)
{
    const flows::ServerTarget server = flows::ServerTarget::fromProfile(profile);
    m_clientTransport = std::make_unique<net::HttpTransport>(
            &m_manager, server.transportSettingsFor(server.clientUrl));
    m_adminTransport =
            std::make_unique<net::HttpTransport>(&m_manager, server.adminTransportSettings());
    m_check = std::make_unique<net::ServerCheck>(
            m_clientTransport.get(), server.clientUrl, server.adminUrl);
    m_check->setAdminTransport(m_adminTransport.get());
    connect(m_check.get(), &net::ServerCheck::finished, this,
            [this, profile, source](const core::ServerCheckResult &result) mutable {
                const QString url = profile.clientUrl.toString();
                QString ignored; // an unusable URL from the server is no MAS URL either
                profile.mas.masUrl = result.masUrl.isEmpty()
                        ? QUrl()
                        : core::ServerUrl::parse(result.masUrl.toString(), &ignored);
                if (profile.mas.masUrl.isValid()) {
                    CliOutput::note(tr("%1 names MAS at %2; --mas-url gives another.")
                                            .arg(url, profile.mas.masUrl.toString()));
                    if (const std::optional<int> exitCode = saveWithSecret(profile, source)) {
                        emit finished(*exitCode);
                    }
                    return;
                }
                if (!result.anythingAnswered() && result.problem.isError()) {
                    CliOutput::error(tr("Cannot ask %1 where its MAS is, so the profile was not "
                                        "saved; give the MAS URL with --mas-url. %2")
                                             .arg(url, CliOutput::errorText(result.problem)));
                    emit finished(result.problem.exitCode());
                    return;
                }
                emit finished(TransportOptions::inputError(result.authDelegated
                                // Tuwunel with MAS: its auth_metadata gives its own issuer.
                                ? tr("%1 delegates authentication to MAS but does not say where "
                                     "MAS is, so the profile was not saved; give the MAS URL "
                                     "with --mas-url.")
                                          .arg(url)
                                : tr("%1 names no MAS (its authentication is not delegated to "
                                     "MAS), so the profile was not saved; give the MAS URL with "
                                     "--mas-url.")
                                          .arg(url)));
            });
    m_check->start();
}

std::optional<int> ProfilesCommand::saveWithSecret(Profile profile, const SecretSource &source)
{
    QString error;
    core::SecretBytes secret;
    const bool mas = profile.isMas();
    if (!source.file.isEmpty()) {
        secret = mas ? ServerOptions::readMasClientSecretFile(source.file, &error)
                               .value_or(core::SecretBytes())
                     : store::SynapseConfig::readSecretFile(source.file, &error);
    } else if (!source.configFiles.isEmpty()) { // a shared secret's source only
        if (const auto synapse = store::SynapseConfig::load(source.configFiles, &error)) {
            secret = synapse->sharedSecret(&error);
            if (profile.serverName.isEmpty()) {
                profile.serverName = synapse->serverName;
            }
        }
    } else if (Terminal::isInteractive()) {
        secret = core::SecretBytes::fromUtf8(
                Terminal::ask(mas ? tr("MAS client secret: ") : tr("Shared secret: "), false)
                        .value_or(QString()));
    } else {
        return TransportOptions::inputError(mas
                        ? tr("Give the MAS client secret with --mas-client-secret-file FILE (- "
                             "for stdin), or run on a terminal to be asked.")
                        : tr("Give the shared secret with --secret-file or -c, "
                             "or run on a terminal to be asked."));
    }
    if (secret.isEmpty()) {
        return TransportOptions::inputError(!error.isEmpty() ? error
                        : mas                                ? tr("The MAS client secret is empty.")
                                                             : tr("The shared secret is empty."));
    }
    // The ID is the secret's key: take it before the profile exists, and save the profile only
    // once the keychain holds its secret.
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_secrets.write(profile.id, secret, this,
            [this, profile](const store::SecretStore::Result &result) mutable {
                if (!result.ok()) {
                    CliOutput::error(tr("The profile was not saved: %1").arg(result.message()));
                    emit finished(1);
                    return;
                }
                QString addError;
                if (!m_profiles.add(profile, &addError)) {
                    m_secrets.remove(profile.id, this, [](const store::SecretStore::Result &) {});
                    CliOutput::error(addError);
                    emit finished(1);
                    return;
                }
                CliOutput::note(
                        (profile.isMas() ? tr("Saved the MAS profile \u201c%1\u201d; its MAS "
                                              "client secret is in %2.")
                                         : tr("Saved the profile \u201c%1\u201d; its shared "
                                              "secret is in %2."))
                                .arg(CliOutput::untrusted(profile.name), m_secrets.placeName()));
                emit finished(0);
            });
    return std::nullopt;
}

std::optional<int> ProfilesCommand::remove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Delete a profile and its secret in the keychain (its shared secret or "
               "MAS client secret)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile's name."));
    if (const auto early = TransportOptions().parse(parser, arguments)) {
        return early;
    }
    if (parser.positionalArguments().size() != 1) {
        return TransportOptions::inputError(tr("Give the name of one profile."));
    }
    const std::optional<Profile> profile =
            m_profiles.findByName(parser.positionalArguments().constFirst());
    if (!profile) {
        return TransportOptions::inputError(
                tr("There is no profile named \u201c%1\u201d.")
                        .arg(parser.positionalArguments().constFirst()));
    }
    m_secrets.remove(profile->id, this, [this, profile](const store::SecretStore::Result &result) {
        m_profiles.remove(profile->id);
        if (result.ok() || result.status == store::SecretStore::Status::NotFound) {
            // The name as the profiles file holds it: one line, whatever it holds.
            CliOutput::note((profile->isMas() ? tr("Removed the MAS profile \u201c%1\u201d and its "
                                                   "MAS client secret.")
                                              : tr("Removed the profile \u201c%1\u201d and its "
                                                   "shared secret."))
                                    .arg(CliOutput::untrusted(profile->name)));
        } else {
            CliOutput::warning(tr("Removed the profile \u201c%1\u201d, but its secret could not be "
                                  "removed from the keychain: %2")
                                       .arg(CliOutput::untrusted(profile->name),
                                               CliOutput::untrusted(result.message())));
        }
        emit finished(0);
    });
    return std::nullopt;
}

} // namespace registrar::cli
