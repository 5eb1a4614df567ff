// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerOptions.h"

#include "CliFlags.h"
#include "CliOutput.h"
#include "ProfileStore.h"
#include "ServerUrl.h"
#include "SynapseConfig.h"

namespace registrar::cli {

using core::CliFlags;
using Flag = CliFlags::Flag;

ServerOptions::ServerOptions()
    : m_sharedSecret(CliFlags::names(Flag::SharedSecret),
            tr("The registration shared secret, used as given (visible in the process list; "
               "prefer --secret-file or -c)."),
            QStringLiteral("SECRET"))
    , m_secretFile(CliFlags::names(Flag::SecretFile),
              tr("Read the shared secret from FILE, stripped of surrounding whitespace as Synapse "
                 "strips registration_shared_secret_path."),
              QStringLiteral("FILE"))
    , m_config(CliFlags::names(Flag::Config),
              tr("Synapse configuration file or directory to take the secret (and server URL and "
                 "name) from; repeatable, later files win."),
              QStringLiteral("FILE"))
    , m_profile(CliFlags::names(Flag::Profile),
              tr("Use a saved profile: its admin URL, server name, plain-HTTP choice and "
                 "certificate trust, and its shared secret from the keychain."),
              QStringLiteral("NAME"))
    , m_serverName(CliFlags::names(Flag::ServerName),
              tr("The server's server_name, for full user IDs and the user-ID length check "
                 "(default: from the profile or -c)."),
              QStringLiteral("NAME"))
{ }

void ServerOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_sharedSecret, m_secretFile, m_config, m_profile, m_serverName});
}

std::optional<ServerOptions::Target> ServerOptions::resolve(const QCommandLineParser &parser,
        const TransportOptions &transport, const QString &urlArgument, QString *error) const
{
    const int sources = int(parser.isSet(m_sharedSecret)) + int(parser.isSet(m_secretFile))
            + int(parser.isSet(m_config)) + int(parser.isSet(m_profile));
    if (sources != 1) {
        *error = sources == 0
                ? tr("Give the shared secret with --profile, -c/--config, --secret-file "
                     "or -k/--shared-secret.")
                : tr("Give the shared secret only one way: --profile, -c/--config, "
                     "--secret-file or -k/--shared-secret.");
        return std::nullopt;
    }
    const std::optional<net::TransportSettings> flags = transport.settings(parser, error);
    if (!flags) {
        return std::nullopt;
    }
    Target target;
    target.timeoutMs = flags->timeoutMs;

    QUrl configUrl;
    if (parser.isSet(m_profile)) {
        const std::optional<store::Profile> profile =
                store::ProfileStore().findByName(parser.value(m_profile));
        if (!profile) {
            *error = tr("There is no profile named \u201c%1\u201d; \u201csynapse-registrar-cli "
                        "profiles list\u201d shows them.")
                             .arg(parser.value(m_profile));
            return std::nullopt;
        }
        if (!urlArgument.isEmpty()) {
            *error = tr("--profile gives the server URL; leave the URL out.");
            return std::nullopt;
        }
        target.server = flows::ServerTarget::fromProfile(*profile);
    } else if (parser.isSet(m_sharedSecret)) {
        target.secret = core::SecretBytes::fromUtf8(parser.value(m_sharedSecret));
    } else if (parser.isSet(m_secretFile)) {
        target.secret = store::SynapseConfig::readSecretFile(parser.value(m_secretFile), error);
    } else if (const auto synapse = store::SynapseConfig::load(parser.values(m_config), error)) {
        target.secret = synapse->sharedSecret(error);
        target.server.serverName = synapse->serverName;
        configUrl = synapse->localClientUrl();
    }
    if (target.secret.isEmpty() && !target.server.isSaved()) {
        if (error->isEmpty()) {
            *error = tr("The shared secret is empty.");
        }
        return std::nullopt;
    }

    if (target.server.isSaved()) {
        // The flags add to the profile's choices: plain HTTP when either allows it, and trust
        // given on the command line in place of the profile's.
        target.server.allowInsecureHttp =
                target.server.allowInsecureHttp || flags->allowInsecureHttp;
        if (transport.hasTrust(parser)) {
            target.server.pinnedSha256 = flags->pinnedSha256;
            target.server.pinTrustedEarlier = flags->pinTrustedEarlier;
            target.server.caFile = flags->caFile;
        }
    } else {
        QString urlText;
        if (!urlArgument.isEmpty()) {
            urlText = urlArgument;
        } else if (configUrl.isValid()) {
            urlText = configUrl.toString();
            CliOutput::note(
                    tr("Using %1, the first plain-HTTP client listener in the configuration.")
                            .arg(urlText));
        } else {
            urlText = QStringLiteral("http://localhost:8008");
            CliOutput::note(tr("No server URL given; using %1.").arg(urlText));
        }
        const QUrl url = core::ServerUrl::parse(urlText, error);
        if (!url.isValid()) {
            return std::nullopt;
        }
        const QString serverName = target.server.serverName;
        target.server = flows::ServerTarget::fromUrl(url, serverName, flags->allowInsecureHttp);
        target.server.pinnedSha256 = flags->pinnedSha256;
        target.server.pinTrustedEarlier = flags->pinTrustedEarlier;
        target.server.caFile = flags->caFile;
    }
    if (parser.isSet(m_serverName)) {
        target.server.serverName = parser.value(m_serverName).trimmed();
    }
    return target;
}

QString ServerOptions::secretProblem(const QString &profileName, const QString &reason)
{
    return tr("The shared secret of the profile \u201c%1\u201d cannot be read: %2")
            .arg(CliOutput::untrusted(profileName),
                    CliOutput::untrusted(reason)); // the keychain's words
}

void ServerOptions::fetchSecret(const Target &target, QObject *context,
        std::function<void(const core::SecretBytes &)> ready,
        std::function<void(const QString &)> failed)
{
    if (!target.server.isSaved()) {
        ready(target.secret);
        return;
    }
    m_keychain = std::make_unique<store::KeychainSecretStore>();
    m_keychain->read(target.server.profileId, context,
            [ready, failed, name = target.server.profileName](
                    const store::SecretStore::Result &result) {
                if (!result.ok()) {
                    failed(secretProblem(name, result.message()));
                    return;
                }
                ready(result.secret);
            });
}

} // namespace registrar::cli
