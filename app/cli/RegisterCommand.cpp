// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterCommand.h"

#include "CliOutput.h"
#include "KeychainSecretStore.h"
#include "Log.h"
#include "ProfileStore.h"
#include "ServerUrl.h"
#include "SynapseConfig.h"
#include "Terminal.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace registrar::cli {

using core::RegistrationError;

namespace {

//! --password-file: the whole file, or stdin for "-", with one trailing newline removed.
std::optional<QString> readPasswordFile(const QString &path, QString *error)
{
    QFile file;
    const bool opened = path == QLatin1String("-")
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = RegisterCommand::tr("Cannot read the password file %1: %2")
                         .arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray bytes = file.readAll();
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
    }
    QString password = QString::fromUtf8(bytes);
    bytes.fill('\0');
    return password;
}

} // namespace

RegisterCommand::RegisterCommand(QObject *parent)
    : QObject(parent)
{ }

RegisterCommand::~RegisterCommand() = default;

std::optional<int> RegisterCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Create an account on a Synapse server through its shared-secret registration "
               "API, and print the new account's credentials.\n\n"
               "Exit codes: 0 created (or it existed, with --exists-ok); 1 bad input, nothing "
               "sent; 2 refused by the server for this account (taken, invalid, user type); "
               "3 not authorised (wrong secret, registration not enabled, endpoint unavailable "
               "or delegated to MAS); 4 network (refused, DNS, TLS, timeout); 5 protocol "
               "(redirect, malformed or oversized reply, unexpected status)."));
    parser.addHelpOption();
    const QCommandLineOption user({QStringLiteral("u"), QStringLiteral("user")},
            tr("Localpart of the new user (or a full user ID). Asked for when missing."),
            QStringLiteral("LOCALPART"));
    const QCommandLineOption password({QStringLiteral("p"), QStringLiteral("password")},
            tr("New password (visible in the process list; prefer --password-file or the "
               "prompt)."),
            QStringLiteral("PASSWORD"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
            tr("Read the password from FILE (- for stdin); one trailing newline is removed."),
            QStringLiteral("FILE"));
    const QCommandLineOption admin({QStringLiteral("a"), QStringLiteral("admin")},
            tr("Make the new user a server admin."));
    const QCommandLineOption noAdmin(
            QStringLiteral("no-admin"), tr("Make a regular user (the default)."));
    const QCommandLineOption userType(
            {QStringLiteral("t"), QStringLiteral("user-type"), QStringLiteral("user_type")},
            tr("User type: bot, support, or a type the server allows."), QStringLiteral("TYPE"));
    const QCommandLineOption displayName(QStringLiteral("display-name"),
            tr("Display name (default: the server uses the localpart)."), QStringLiteral("NAME"));
    const QCommandLineOption noLogin(QStringLiteral("no-login"),
            tr("Create the account without a login session: no device, no access token."));
    const QCommandLineOption existsOk(QStringLiteral("exists-ok"),
            tr("A taken username is not an error: exit 0 and say so."));
    const QCommandLineOption sharedSecret({QStringLiteral("k"), QStringLiteral("shared-secret")},
            tr("The registration shared secret, used as given (visible in the process list; "
               "prefer --secret-file or -c)."),
            QStringLiteral("SECRET"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
            tr("Read the shared secret from FILE, stripped of surrounding whitespace as Synapse "
               "strips registration_shared_secret_path."),
            QStringLiteral("FILE"));
    const QCommandLineOption config({QStringLiteral("c"), QStringLiteral("config")},
            tr("Synapse configuration file or directory to take the secret (and server URL and "
               "name) from; repeatable, later files win."),
            QStringLiteral("FILE"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
            tr("Use a saved profile: its admin URL, server name and plain-HTTP choice, and its "
               "shared secret from the keychain."),
            QStringLiteral("NAME"));
    parser.addOptions({user, password, passwordFile, admin, noAdmin, userType, displayName, noLogin,
            existsOk, sharedSecret, secretFile, config, profileOption});
    const TransportOptions transportOptions;
    transportOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("server_url"),
            tr("URL of the server's admin API, e.g. http://127.0.0.1:8008 (default: from -c, "
               "else http://localhost:8008)."),
            QStringLiteral("[server_url]"));

    if (const std::optional<int> early = transportOptions.parse(parser, arguments)) {
        return early;
    }
    if (parser.positionalArguments().size() > 1) {
        return TransportOptions::inputError(tr("Give at most one server URL."));
    }
    if (parser.isSet(password) && parser.isSet(passwordFile)) {
        return TransportOptions::inputError(
                tr("Give either -p/--password or --password-file, not both."));
    }
    if (parser.isSet(admin) && parser.isSet(noAdmin)) {
        return TransportOptions::inputError(tr("Give either -a/--admin or --no-admin, not both."));
    }
    const int secretSources = int(parser.isSet(sharedSecret)) + int(parser.isSet(secretFile))
            + int(parser.isSet(config)) + int(parser.isSet(profileOption));
    if (secretSources != 1) {
        return TransportOptions::inputError(secretSources == 0
                        ? tr("Give the shared secret with --profile, -c/--config, --secret-file or "
                             "-k/--shared-secret.")
                        : tr("Give the shared secret only one way: --profile, -c/--config, "
                             "--secret-file or -k/--shared-secret."));
    }
    std::optional<store::Profile> profile;
    if (parser.isSet(profileOption)) {
        profile = store::ProfileStore().findByName(parser.value(profileOption));
        if (!profile) {
            return TransportOptions::inputError(
                    tr("There is no profile named \u201c%1\u201d; \u201csynapse-registrar-cli "
                       "profiles list\u201d shows them.")
                            .arg(parser.value(profileOption)));
        }
        if (!parser.positionalArguments().isEmpty()) {
            return TransportOptions::inputError(
                    tr("--profile gives the server URL; leave the URL out."));
        }
    }
    QString error;
    std::optional<net::TransportSettings> settings = transportOptions.settings(parser, &error);
    if (!settings) {
        return TransportOptions::inputError(error);
    }
    m_json = transportOptions.wantsJson(parser);
    m_existsOk = parser.isSet(existsOk);
    m_noLogin = parser.isSet(noLogin);

    // The secret and, from a configuration, the server's name and local URL.
    QByteArray secret;
    QString serverName;
    QUrl configUrl;
    if (profile) {
        serverName = profile->serverName;
        settings->allowInsecureHttp = settings->allowInsecureHttp || profile->allowInsecureHttp;
        if (!transportOptions.hasTrust(parser)) {
            settings->pinnedSha256 = profile->pinnedSha256;
            settings->caFile = profile->caFile;
        }
    } else if (parser.isSet(sharedSecret)) {
        secret = parser.value(sharedSecret).toUtf8();
    } else if (parser.isSet(secretFile)) {
        secret = store::SynapseConfig::readSecretFile(parser.value(secretFile), &error);
    } else {
        const std::optional<store::SynapseConfig> synapseConfig =
                store::SynapseConfig::load(parser.values(config), &error);
        if (synapseConfig) {
            secret = synapseConfig->sharedSecret(&error);
            serverName = synapseConfig->serverName;
            configUrl = synapseConfig->localClientUrl();
        }
    }
    if (secret.isEmpty() && !profile) {
        return TransportOptions::inputError(
                error.isEmpty() ? tr("The shared secret is empty.") : error);
    }

    QString urlText;
    if (profile) {
        urlText = profile->effectiveAdminUrl().toString();
    } else if (!parser.positionalArguments().isEmpty()) {
        urlText = parser.positionalArguments().constFirst();
    } else if (configUrl.isValid()) {
        urlText = configUrl.toString();
        CliOutput::note(tr("Using %1, the first plain-HTTP client listener in the configuration.")
                                .arg(urlText));
    } else {
        urlText = QStringLiteral("http://localhost:8008");
        CliOutput::note(tr("No server URL given; using %1.").arg(urlText));
    }
    const QUrl serverUrl = core::ServerUrl::parse(urlText, &error);
    if (!serverUrl.isValid()) {
        return TransportOptions::inputError(error);
    }

    core::RegistrationRequest request;
    request.admin = parser.isSet(admin);
    request.userType = parser.value(userType);
    request.displayName = parser.value(displayName);
    request.inhibitLogin = m_noLogin;
    if (parser.isSet(user)) {
        request.username = parser.value(user);
    } else if (Terminal::isInteractive()) {
        request.username = Terminal::ask(tr("New user localpart: ")).value_or(QString());
    } else {
        return TransportOptions::inputError(tr("No username: give -u/--user."));
    }

    if (parser.isSet(password)) {
        request.password = parser.value(password);
    } else if (parser.isSet(passwordFile)) {
        const std::optional<QString> fromFile =
                readPasswordFile(parser.value(passwordFile), &error);
        if (!fromFile) {
            return TransportOptions::inputError(error);
        }
        request.password = *fromFile;
    } else if (Terminal::isInteractive()) {
        const QString first = Terminal::ask(tr("Password: "), false).value_or(QString());
        const QString second = Terminal::ask(tr("Confirm password: "), false).value_or(QString());
        if (first != second) {
            return TransportOptions::inputError(tr("Passwords do not match."));
        }
        request.password = first;
    } else {
        return TransportOptions::inputError(
                tr("No password: give --password-file, -p/--password, or run on a "
                   "terminal to be asked."));
    }

    const QList<core::InputProblem> problems = request.check(serverName);
    bool blocked = false;
    for (const core::InputProblem &problem : problems) {
        if (problem.isBlocking()) {
            CliOutput::error(problem.message);
            blocked = true;
        } else {
            CliOutput::warning(problem.message);
        }
    }
    if (blocked) {
        return int(RegistrationError::Category::Input);
    }
    m_localpart = request.localpart();

    m_transport = std::make_unique<net::HttpTransport>(&m_manager, *settings);
    if (!profile) {
        startJob(serverUrl, request, secret, serverName);
        secret.fill('\0');
        return std::nullopt;
    }
    m_secrets = std::make_unique<store::KeychainSecretStore>();
    m_secrets->read(profile->id, this,
            [this, serverUrl, request, serverName, name = profile->name](
                    const store::SecretStore::Result &result) {
                if (!result.ok()) {
                    CliOutput::error(
                            tr("The shared secret of the profile \u201c%1\u201d cannot be read: %2")
                                    .arg(name, result.message()));
                    emit finished(int(RegistrationError::Category::Input));
                    return;
                }
                QByteArray secret = result.secret;
                startJob(serverUrl, request, secret, serverName);
                secret.fill('\0');
            });
    request.password.fill(QChar(u'\0'));
    return std::nullopt;
}

void RegisterCommand::startJob(const QUrl &serverUrl, const core::RegistrationRequest &request,
        const QByteArray &secret, const QString &serverName)
{
    m_job = std::make_unique<net::RegistrationJob>(m_transport.get(), serverUrl, request, secret);
    m_job->setKnownServerName(serverName);
    connect(m_job.get(), &net::RegistrationJob::succeeded, this, &RegisterCommand::handleSuccess);
    connect(m_job.get(), &net::RegistrationJob::failed, this, &RegisterCommand::handleFailure);
    m_job->start();
}

void RegisterCommand::handleSuccess(const core::RegistrationResult &result)
{
    if (m_json) {
        CliOutput::result(
                QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    } else {
        CliOutput::result(result.toKeyValueLines());
    }
    if (!result.hasSession()) {
        CliOutput::note(m_noLogin ? tr("No login session was created (--no-login), so there is "
                                       "no access token.")
                                  : tr("The server created the account but returned no access "
                                       "token (it may require approval of new accounts)."));
    }
    emit finished(0);
}

void RegisterCommand::handleFailure(const core::RegistrationError &error)
{
    if (m_existsOk && error.code() == RegistrationError::Code::UsernameTaken) {
        CliOutput::note(
                tr("User %1 already exists; nothing was changed (--exists-ok).").arg(m_localpart));
        emit finished(0);
        return;
    }
    CliOutput::error(error.fullText());
    emit finished(error.exitCode());
}

} // namespace registrar::cli
