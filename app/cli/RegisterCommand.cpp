// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegisterCommand.h"

#include "CliFlags.h"
#include "CliOutput.h"
#include "EmailAddress.h"
#include "KeychainSecretStore.h"
#include "Log.h"
#include "ProfileStore.h"
#include "RegisterOptions.h"
#include "SecretFileText.h"
#include "ServerUrl.h"
#include "SynapseConfig.h"
#include "Terminal.h"
#include "UsernameRules.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace registrar::cli {

using core::RegistrationError;

namespace {

//! --password-file: the whole file, or stdin for "-", by the rule of core::SecretFileText.
std::optional<QString> readPasswordFile(const QString &path, QString *error)
{
    QString reason;
    std::optional<QByteArray> contents = Terminal::readFile(path, &reason);
    if (!contents) {
        *error = RegisterCommand::tr("Cannot read the password file %1: %2").arg(path, reason);
        return std::nullopt;
    }
    const std::optional<core::SecretBytes> password = core::SecretFileText::take(
            *contents, core::SecretFileText::Kind::Password, path, error);
    if (!password) {
        return std::nullopt;
    }
    // The request holds its password as a QString, as the form and the batch file give it.
    return QString::fromUtf8(password->view());
}

//! One address: a name, one @ and a domain, with no space or control character in it.
} // namespace

RegisterCommand::RegisterCommand(QObject *parent)
    : QObject(parent)
{ }

RegisterCommand::~RegisterCommand() = default;

std::optional<int> RegisterCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const RegisterOptions options;
    const TransportOptions transportOptions;
    options.addTo(parser, m_server, transportOptions);

    if (const std::optional<int> early = transportOptions.parse(parser, arguments)) {
        return early;
    }
    if (parser.positionalArguments().size() > 1) {
        return TransportOptions::inputError(tr("Give at most one server URL."));
    }
    if (parser.isSet(options.password) && parser.isSet(options.passwordFile)) {
        return TransportOptions::inputError(
                tr("Give either -p/--password or --password-file, not both."));
    }
    if (parser.isSet(options.admin) && parser.isSet(options.noAdmin)) {
        return TransportOptions::inputError(tr("Give either -a/--admin or --no-admin, not both."));
    }
    const QString stdinPath = QStringLiteral("-");
    if (parser.value(options.passwordFile) == stdinPath
            && parser.value(
                       core::CliFlags::longForm(core::CliFlags::Flag::MasClientSecretFile).mid(2))
                    == stdinPath) {
        return TransportOptions::inputError(
                tr("Only one of --password-file and --mas-client-secret-file can read stdin."));
    }
    QString error;
    std::optional<ServerOptions::Target> target = m_server.resolve(
            parser, transportOptions, parser.positionalArguments().value(0), &error);
    if (!target) {
        return TransportOptions::inputError(error);
    }
    m_json = transportOptions.wantsJson(parser);
    m_existsOk = parser.isSet(options.existsOk);
    m_noLogin = parser.isSet(options.noLogin);
    m_mas = target->server.isMas();

    core::RegistrationRequest request;
    if (!fitsTheBackend(parser, options, m_mas, &request, &error)) {
        return TransportOptions::inputError(error);
    }
    request.admin = parser.isSet(options.admin);
    request.userType = parser.value(options.userType);
    request.displayName = parser.value(options.displayName);
    request.inhibitLogin = m_noLogin;
    if (parser.isSet(options.user)) {
        request.username = parser.value(options.user);
    } else if (Terminal::isInteractive()) {
        request.username = Terminal::ask(tr("New user localpart: ")).value_or(QString());
    } else {
        return TransportOptions::inputError(tr("No username: give -u/--user."));
    }

    if (parser.isSet(options.password)) {
        request.setPassword(parser.value(options.password));
    } else if (parser.isSet(options.passwordFile)) {
        const std::optional<QString> fromFile =
                readPasswordFile(parser.value(options.passwordFile), &error);
        if (!fromFile) {
            return TransportOptions::inputError(error);
        }
        request.setPassword(*fromFile);
    } else if (Terminal::isInteractive()) {
        const QString first = Terminal::ask(tr("Password: "), false).value_or(QString());
        const QString second = Terminal::ask(tr("Confirm password: "), false).value_or(QString());
        if (first != second) {
            return TransportOptions::inputError(tr("Passwords do not match."));
        }
        request.setPassword(first);
    } else {
        return TransportOptions::inputError(
                tr("No password: give --password-file, -p/--password, or run on a "
                   "terminal to be asked."));
    }

    QList<core::InputProblem> problems = request.check(target->server.serverName);
    if (const std::optional<core::InputProblem> unknownServer =
                    core::UsernameRules::userIdOfUnknownServer(
                            request.username, target->server.serverName)) {
        problems.prepend(*unknownServer);
    }
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
    m_request = request;

    m_profileName = target->server.profileName;
    m_flow.setTimeoutMs(target->timeoutMs);
    // The same command again continues an account MAS has but did not finish.
    m_masProgress =
            std::make_unique<store::MasProgressStore>(store::MasProgressStore::defaultPath());
    m_flow.setMasProgressStore(m_masProgress.get());
    connect(&m_flow, &flows::RegistrationFlow::succeeded, this, &RegisterCommand::handleSuccess);
    connect(&m_flow, &flows::RegistrationFlow::failed, this, &RegisterCommand::handleFailure);
    // Trust is decided before a command runs (--pin-sha256, --ca-file, the profile's pin).
    connect(&m_flow, &flows::RegistrationFlow::needsTrustDecision, this,
            &RegisterCommand::handleFailure);
    // Ctrl+C or SIGTERM: the flow stops and says how far it got.
    connect(&m_interruption, &Interruption::interrupted, this,
            &RegisterCommand::handleInterruption);
    m_interruption.watch();
    m_server.findMasUrl(
            std::move(*target), this,
            [this](const ServerOptions::Target &found) { startFlow(found); },
            [this](const QString &message, int exitCode) {
                m_request = {};
                CliOutput::error(message);
                emit finished(exitCode);
            });
    return std::nullopt;
}

bool RegisterCommand::fitsTheBackend(const QCommandLineParser &parser,
        const RegisterOptions &options, bool mas, core::RegistrationRequest *request,
        QString *error) const
{
    if (!mas) {
        if (parser.isSet(options.email) || parser.isSet(options.skipPasswordCheck)
                || parser.isSet(options.adoptHomeserverAccount)) {
            *error = tr("--email, --skip-password-check and --adopt-homeserver-account are for "
                        "accounts that MAS creates (--mas-client-id or a MAS profile); "
                        "shared-secret registration takes none of them.");
            return false;
        }
        return true;
    }
    if (parser.isSet(options.userType)) {
        *error = tr("MAS has no user types: leave out -t/--user-type.");
        return false;
    }
    for (const QString &value : parser.values(options.email)) {
        const QString address = value.trimmed();
        if (const std::optional<QString> problem = core::EmailAddress::problem(address)) {
            *error = QStringLiteral("--email: ") + *problem;
            return false;
        }
        if (!request->emails.contains(address, Qt::CaseInsensitive)) {
            request->emails.append(address); // MAS refuses an address the user has already
        }
    }
    request->skipPasswordCheck = parser.isSet(options.skipPasswordCheck);
    request->adoptHomeserverAccount = parser.isSet(options.adoptHomeserverAccount);
    return true;
}

void RegisterCommand::startFlow(const ServerOptions::Target &target)
{
    // One command, one attempt: the flow is idle here.
    [[maybe_unused]] const bool started = m_flow.start(target.server, m_request, target.secret);
    Q_ASSERT(started);
    m_request = {}; // the flow has its own copy, whose password it wipes
}

void RegisterCommand::handleInterruption()
{
    if (!m_server.isFindingMasUrl()) {
        m_flow.cancel();
        return;
    }
    // Nothing was sent to MAS yet.
    m_server.cancelFindMasUrl();
    m_request = {};
    CliOutput::error(RegistrationError(RegistrationError::Code::Cancelled).message());
    emit finished(m_interruption.exitCode());
}

void RegisterCommand::handleSuccess(const flows::RegistrationFlow::Created &account)
{
    const core::RegistrationResult &result = account.result;
    const bool printed =
            CliOutput::result(m_json ? QString::fromUtf8(
                                      QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact))
                                     : CliOutput::keyValueLines(result));
    if (!printed) {
        CliOutput::error(
                tr("The account %1 was created, but its credentials could not be written "
                   "to standard output (%2), so they are lost. Sign in with its password "
                   "to get an access token.")
                        .arg(CliOutput::untrusted(result.userId), CliOutput::resultProblem()));
        emit finished(CliOutput::kOutputLostExitCode);
        return;
    }
    if (account.passwordSetEarlier) {
        // This run's password was not sent: the account keeps the one that run set.
        CliOutput::note(tr("The account's password is the one an earlier run set; this run did "
                           "not set it again."));
    }
    if (!result.hasSession()) {
        CliOutput::note(m_noLogin ? tr("No login session was created (--no-login), so there is "
                                       "no access token.")
                                  : tr("The server created the account but returned no access "
                                       "token (it may require approval of new accounts)."));
    } else if (result.expiresInMs && !m_json) {
        CliOutput::note(tr("The access token expires at %1.")
                                .arg(QDateTime::currentDateTimeUtc()
                                                .addMSecs(*result.expiresInMs)
                                                .toString(Qt::ISODate)));
    }
    for (const QString &problem : account.problems) {
        CliOutput::warning(CliOutput::untrusted(problem));
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
    if (error.code() == RegistrationError::Code::SecretMissing
            || error.code() == RegistrationError::Code::SecretUnavailable) {
        CliOutput::error(ServerOptions::secretProblem(m_profileName, error.detail(), m_mas));
        emit finished(error.exitCode());
        return;
    }
    CliOutput::error(CliOutput::errorText(error));
    const bool interrupted =
            error.code() == RegistrationError::Code::Cancelled && m_interruption.happened();
    emit finished(interrupted ? m_interruption.exitCode() : error.exitCode());
}

} // namespace registrar::cli
