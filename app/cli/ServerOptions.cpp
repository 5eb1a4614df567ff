// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerOptions.h"

#include "CliFlags.h"
#include "CliOutput.h"
#include "ProfileStore.h"
#include "SecretFileText.h"
#include "ServerCheck.h"
#include "ServerUrl.h"
#include "SynapseConfig.h"
#include "Terminal.h"

#include <QPointer>

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
    , m_masUrl(CliFlags::names(Flag::MasUrl),
              tr("MAS: the base URL of the Matrix Authentication Service whose admin API creates "
                 "the accounts (default: where the homeserver's auth_metadata says MAS is)."),
              QStringLiteral("URL"))
    , m_masClientId(CliFlags::names(Flag::MasClientId),
              tr("MAS: the client ID (a ULID) of an admin client: in MAS's clients: section "
                 "and in policy.data.admin_clients. Accounts are then created through MAS's "
                 "admin API, and the server URL is the homeserver's client URL."),
              QStringLiteral("ID"))
    , m_masClientSecretFile(CliFlags::names(Flag::MasClientSecretFile),
              tr("MAS: read the admin client's secret from FILE (- for stdin), stripped of "
                 "surrounding whitespace; asked for on a terminal when missing."),
              QStringLiteral("FILE"))
    , m_masClientAuth(CliFlags::names(Flag::MasClientAuth),
              tr("MAS: how the client authenticates, as its client_auth_method: basic "
                 "(client_secret_basic, the default) or post (client_secret_post)."),
              QStringLiteral("basic|post"))
{ }

ServerOptions::~ServerOptions() = default;

void ServerOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_sharedSecret, m_secretFile, m_config, m_profile, m_serverName, m_masUrl,
            m_masClientId, m_masClientSecretFile, m_masClientAuth});
}

std::optional<core::SecretBytes> ServerOptions::readMasClientSecretFile(
        const QString &path, QString *error)
{
    QString reason;
    std::optional<QByteArray> contents = Terminal::readFile(path, &reason);
    if (!contents) {
        *error = tr("Cannot read the MAS client secret file %1: %2").arg(path, reason);
        return std::nullopt;
    }
    return core::SecretFileText::take(*contents, core::SecretFileText::Kind::Secret, path, error);
}

bool ServerOptions::resolveMas(
        const QCommandLineParser &parser, Target *target, QString *error) const
{
    core::MasAdminClient &mas = target->server.mas;
    mas.clientId = parser.value(m_masClientId).trimmed();
    if (const QString problem = core::MasAdminClient::clientIdProblem(mas.clientId);
            !problem.isEmpty()) {
        *error = tr("--mas-client-id: %1").arg(problem);
        return false;
    }
    if (parser.isSet(m_masClientAuth)) {
        const std::optional<core::MasAdminClient::AuthMethod> method =
                core::MasAdminClient::authMethodFromName(parser.value(m_masClientAuth).trimmed());
        if (!method) {
            *error = tr("--mas-client-auth takes basic or post (the client's client_auth_method, "
                        "client_secret_basic or client_secret_post), not \u201c%1\u201d.")
                             .arg(CliOutput::untrusted(parser.value(m_masClientAuth)));
            return false;
        }
        mas.authMethod = *method;
    }
    if (parser.isSet(m_masUrl)) {
        QString reason;
        mas.masUrl = core::ServerUrl::parse(parser.value(m_masUrl), &reason);
        if (!mas.masUrl.isValid()) {
            *error = tr("--mas-url: %1").arg(reason);
            return false;
        }
    }
    if (parser.isSet(m_masClientSecretFile)) {
        std::optional<core::SecretBytes> secret =
                readMasClientSecretFile(parser.value(m_masClientSecretFile), error);
        if (!secret) {
            return false;
        }
        target->secret = std::move(*secret);
        return true;
    }
    if (!Terminal::isInteractive()) {
        *error = tr("No MAS client secret: give --mas-client-secret-file FILE (- for stdin), or "
                    "run on a terminal to be asked.");
        return false;
    }
    target->secret = core::SecretBytes::fromUtf8(
            Terminal::ask(tr("MAS client secret: "), false).value_or(QString()));
    if (target->secret.isEmpty()) {
        *error = tr("The MAS client secret is empty.");
        return false;
    }
    return true;
}

std::optional<ServerOptions::Target> ServerOptions::resolve(const QCommandLineParser &parser,
        const TransportOptions &transport, const QString &urlArgument, QString *error) const
{
    const bool masOptions = parser.isSet(m_masUrl) || parser.isSet(m_masClientId)
            || parser.isSet(m_masClientSecretFile) || parser.isSet(m_masClientAuth);
    const int sharedSecretSources = int(parser.isSet(m_sharedSecret))
            + int(parser.isSet(m_secretFile)) + int(parser.isSet(m_config));
    if (masOptions && sharedSecretSources > 0) {
        *error = tr("The --mas-\u2026 options are for a homeserver whose accounts MAS creates, "
                    "-k/--shared-secret, --secret-file and -c/--config for shared-secret "
                    "registration: give one or the other.");
        return std::nullopt;
    }
    if (masOptions && parser.isSet(m_profile)) {
        *error = tr("--profile gives the server and its secret (a MAS profile its MAS client); "
                    "leave the --mas-\u2026 options out.");
        return std::nullopt;
    }
    if (masOptions && !parser.isSet(m_masClientId)) {
        *error = tr("--mas-url, --mas-client-secret-file and --mas-client-auth go with "
                    "--mas-client-id: give the ID of MAS's admin client.");
        return std::nullopt;
    }
    const int sources = sharedSecretSources + int(parser.isSet(m_profile));
    if (!masOptions && sources != 1) {
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
    } else if (masOptions) {
        if (!resolveMas(parser, &target, error)) {
            return std::nullopt;
        }
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
        const core::MasAdminClient mas = target.server.mas;
        target.server = flows::ServerTarget::fromUrl(url, serverName, flags->allowInsecureHttp);
        target.server.mas = mas;
        target.server.pinnedSha256 = flags->pinnedSha256;
        target.server.pinTrustedEarlier = flags->pinTrustedEarlier;
        target.server.caFile = flags->caFile;
    }
    if (parser.isSet(m_serverName)) {
        target.server.serverName = parser.value(m_serverName).trimmed();
    }
    return target;
}

QString ServerOptions::secretProblem(const QString &profileName, const QString &reason, bool mas)
{
    return (mas ? tr("The MAS client secret of the profile \u201c%1\u201d cannot be read: %2")
                : tr("The shared secret of the profile \u201c%1\u201d cannot be read: %2"))
            .arg(CliOutput::untrusted(profileName),
                    CliOutput::untrusted(reason)); // the keychain's words
}

QUrl ServerOptions::masUrlOf(const core::ServerCheckResult &result, const QUrl &clientUrl,
        QString *message, int *exitCode)
{
    if (result.masUrl.isValid()) {
        return result.masUrl;
    }
    if (!result.anythingAnswered()) {
        const core::RegistrationError problem = result.problem.isError()
                ? result.problem
                : core::RegistrationError(core::RegistrationError::Code::NetworkFailure);
        *message =
                tr("Cannot ask the homeserver where MAS is: %1").arg(CliOutput::errorText(problem));
        *exitCode = problem.exitCode();
        return {};
    }
    *message = result.backend == core::Backend::Kind::TuwunelMas
            ? tr("The homeserver at %1 is a Tuwunel that uses MAS, and it does not say where MAS "
                 "is: give MAS's URL with --mas-url.")
                      .arg(clientUrl.toString())
            : tr("The homeserver at %1 names no MAS (its auth_metadata has no MAS metadata): give "
                 "MAS's URL with --mas-url, or check with \u201csynapse-registrar-cli "
                 "check\u201d that this is the homeserver's client URL.")
                      .arg(clientUrl.toString());
    *exitCode = int(core::RegistrationError::Category::Input);
    return {};
}

void ServerOptions::findMasUrl(Target target, QObject *context,
        std::function<void(const Target &)> ready,
        std::function<void(const QString &message, int exitCode)> failed)
{
    if (!target.server.isMas() || target.server.mas.masUrl.isValid()) {
        ready(target);
        return;
    }
    const QUrl clientUrl = target.server.clientUrl;
    m_checkedTarget = std::make_unique<Target>(std::move(target));
    m_checkManager = std::make_unique<QNetworkAccessManager>();
    m_checkTransport = std::make_unique<net::HttpTransport>(m_checkManager.get(),
            m_checkedTarget->server.transportSettingsFor(clientUrl, m_checkedTarget->timeoutMs));
    m_check = std::make_unique<net::ServerCheck>(m_checkTransport.get(), clientUrl, clientUrl);
    QObject::connect(m_check.get(), &net::ServerCheck::finished, context,
            [this, ready, failed, clientUrl](const core::ServerCheckResult &result) {
                m_check.release()->deleteLater(); // from inside its own signal
                const std::unique_ptr<Target> found = std::move(m_checkedTarget);
                QString message;
                int exitCode = 0;
                const QUrl masUrl = masUrlOf(result, clientUrl, &message, &exitCode);
                if (!masUrl.isValid()) {
                    failed(message, exitCode);
                    return;
                }
                CliOutput::note(
                        tr("Using MAS at %1, where the homeserver says it is (--mas-url gives "
                           "another).")
                                .arg(CliOutput::untrusted(masUrl.toString())));
                found->server.mas.masUrl = masUrl;
                ready(*found);
            });
    m_check->start();
}

void ServerOptions::cancelFindMasUrl()
{
    if (m_check) {
        m_check->disconnect();
        m_check->cancel();
        m_check.release()->deleteLater();
    }
    m_checkedTarget.reset();
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
