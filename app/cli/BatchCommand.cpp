// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchCommand.h"

#include "BatchFileCheck.h"
#include "CliFlags.h"
#include "CliOutput.h"
#include "InputExcerpt.h"
#include "PasswordGenerator.h"

#include <QCommandLineParser>

#include <cstdio>
#include <unistd.h>

namespace registrar::cli {

using core::BatchRow;
using core::CliFlags;
using Flag = core::CliFlags::Flag;
using core::RegistrationError;
using store::BatchResults;

BatchCommand::BatchCommand(QObject *parent)
    : QObject(parent)
{ }

BatchCommand::~BatchCommand() = default;

std::optional<int> BatchCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Create the accounts of a CSV file: a header with username (required), "
               "displayname, password, admin, user_type and email, then one account a row. Every "
               "row is checked before anything is sent; rows without a password get a generated "
               "one. Each finished row goes to the results file at once; running again with the "
               "same results file skips the rows it records.\n\n"
               "On a homeserver whose accounts MAS creates (a MAS profile, or --mas-client-id), "
               "one MAS admin token serves the whole run until it expires; the email column takes "
               "any number of addresses separated by semicolons or commas; the results file also "
               "records each account's MAS user ID and the last step done, and a run that stops "
               "on the way is resumed from that step by the same command.\n\n"
               "Exit codes: 0 every row created (now or in an earlier run); 1 bad input (options, "
               "file, or invalid rows); 6 an account may exist without its outcome being known "
               "(the row is recorded as unknown, with its password; running again settles it); "
               "130 or 143 stopped by Ctrl+C or SIGTERM before every row was done; otherwise the "
               "largest exit code of the rows that failed, as for register."));
    parser.addHelpOption();
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
            tr("Registrations in flight at once (default 4)."), QStringLiteral("N"),
            QStringLiteral("4"));
    const QCommandLineOption dryRun(
            QStringLiteral("dry-run"), tr("Check the file and report; send nothing."));
    const QCommandLineOption withTokens(QStringLiteral("with-tokens"),
            tr("Sign each account in and record its access token and device ID (by default no "
               "session is created)."));
    const QCommandLineOption out(QStringLiteral("out"),
            tr("The results file, .csv or .json (created readable by you only; it holds "
               "passwords). Required unless --dry-run."),
            QStringLiteral("FILE"));
    const QCommandLineOption retryFailed(QStringLiteral("retry-failed"),
            tr("Run again the rows the results file records as failed or invalid."));
    const QCommandLineOption passwordLength(QStringLiteral("password-length"),
            tr("Length of generated passwords, 12 to 64 (default 20)."), QStringLiteral("N"),
            QStringLiteral("20"));
    const QCommandLineOption skipPasswordCheck(CliFlags::names(Flag::SkipPasswordCheck),
            tr("MAS: set the passwords without MAS's strength check "
               "(passwords.minimum_complexity)."));
    parser.addOptions(
            {concurrency, dryRun, withTokens, out, retryFailed, passwordLength, skipPasswordCheck});
    m_server.addTo(parser);
    const TransportOptions transportOptions;
    transportOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file, or - for stdin."),
            QStringLiteral("FILE.csv"));
    parser.addPositionalArgument(QStringLiteral("server_url"),
            tr("URL of the server's admin API (default: from --profile or -c, else "
               "http://localhost:8008); with MAS, the homeserver's client URL."),
            QStringLiteral("[server_url]"));
    if (const auto early = transportOptions.parse(parser, arguments)) {
        return early;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2) {
        return TransportOptions::inputError(tr("Give the CSV file, and at most one server URL."));
    }
    bool ok = false;
    const int inFlight = parser.value(concurrency).toInt(&ok);
    if (!ok || inFlight < 1 || inFlight > 64) {
        return TransportOptions::inputError(tr("--concurrency takes a number from 1 to 64."));
    }
    const int length = parser.value(passwordLength).toInt(&ok);
    if (!ok || length < core::PasswordGenerator::kMinLength
            || length > core::PasswordGenerator::kMaxLength) {
        return TransportOptions::inputError(tr("--password-length takes a number from 12 to 64."));
    }
    const QString outPath = parser.value(out);
    if (!parser.isSet(dryRun)) {
        if (outPath.isEmpty()) {
            return TransportOptions::inputError(
                    tr("Give the results file with --out FILE.csv or FILE.json."));
        }
        if (!BatchResults::hasKnownFormat(outPath)) {
            return TransportOptions::inputError(tr("The results file must end in .csv or .json."));
        }
    }
    // ServerOptions reads a secret file named - before the batch file is read.
    if (positional.constFirst() == QLatin1String("-")
            && parser.value(CliFlags::names(Flag::MasClientSecretFile).constFirst())
                    == QLatin1String("-")) {
        return TransportOptions::inputError(
                tr("The CSV file and the MAS client secret cannot both come from stdin: give one "
                   "of them as a file."));
    }
    QString error;
    std::optional<ServerOptions::Target> target =
            m_server.resolve(parser, transportOptions, positional.value(1), &error);
    if (!target) {
        return TransportOptions::inputError(error);
    }
    if (parser.isSet(skipPasswordCheck) && !target->server.isMas()) {
        return TransportOptions::inputError(
                tr("--skip-password-check is for accounts that MAS creates (a MAS profile or "
                   "--mas-client-id); shared-secret registration has no such check."));
    }

    // First pass: every row is checked before anything is sent.
    m_source = std::make_unique<core::BatchSource>(positional.constFirst());
    core::BatchFileCheck::Counts checked;
    const bool mas = target->server.isMas();
    qint64 emailsWithoutMas = 0;
    const auto noteInvalid = [mas, &emailsWithoutMas](const BatchRow &row) {
        if (row.isValid() && !mas && !row.request.emails.isEmpty()) {
            // The run records such a row as invalid: said now, and counted below.
            ++emailsWithoutMas;
            CliOutput::note(
                    tr("line %1 (%2): email addresses are added only to accounts made "
                       "through MAS (a MAS profile or --mas-client-id).")
                            .arg(row.line)
                            .arg(CliOutput::untrusted(core::InputExcerpt::of(row.username))));
        }
        if (!row.isValid()) {
            // All of it comes from the file: short, and with no line break or escape sequence.
            CliOutput::note(
                    tr("line %1 (%2): %3")
                            .arg(row.line)
                            .arg(CliOutput::untrusted(core::InputExcerpt::of(row.username)),
                                    CliOutput::untrusted(row.problems.join(QLatin1Char(' ')))));
        }
    };
    if (!core::BatchFileCheck::check(
                m_source.get(), target->server.serverName, length, noteInvalid, &checked, &error)) {
        return TransportOptions::inputError(CliOutput::untrusted(error)); // may quote the header
    }
    checked.valid -= emailsWithoutMas;
    CliOutput::note(tr("%n row(s): %1 valid (%2 admins), %3 invalid.", nullptr, int(checked.rows))
                            .arg(checked.valid)
                            .arg(checked.admins)
                            .arg(checked.invalid()));
    if (parser.isSet(dryRun)) {
        return checked.invalid() == 0 ? 0 : int(RegistrationError::Category::Input);
    }
    if (!m_source->rewind(&error)) { // the run reads the rows again, a pipe's from memory
        return TransportOptions::inputError(error);
    }
    m_results = std::make_unique<BatchResults>(outPath);
    if (!m_results->open(&error)) {
        return TransportOptions::inputError(error);
    }
    if (!m_results->repairNote().isEmpty()) {
        CliOutput::warning(m_results->repairNote());
    }
    m_progress = isatty(STDERR_FILENO) == 1;
    m_total = checked.rows;
    m_settings.adminUrl = target->server.adminUrl;
    m_settings.serverName = target->server.serverName;
    m_settings.passwordLength = length;
    m_settings.concurrency = inFlight;
    m_settings.withTokens = parser.isSet(withTokens);
    m_settings.retryFailed = parser.isSet(retryFailed);
    m_settings.skipPasswordCheck = parser.isSet(skipPasswordCheck);
    // Ctrl+C or SIGTERM: start nothing new, let running rows finish, close the file.
    connect(&m_interruption, &Interruption::interrupted, this, &BatchCommand::handleInterruption);
    m_interruption.watch();
    // MAS's URL, when neither the profile nor --mas-url gives it, is where the homeserver says.
    m_server.findMasUrl(
            std::move(*target), this,
            [this](const ServerOptions::Target &found) { startRun(found); },
            [this](const QString &message, int exitCode) {
                CliOutput::error(message);
                emit finished(exitCode);
            });
    return std::nullopt;
}

void BatchCommand::startRun(const ServerOptions::Target &target)
{
    m_settings.mas = target.server.mas;
    m_settings.clientUrl = target.server.clientUrl;
    // With MAS the accounts are made by MAS's admin API, and the homeserver is asked who they are.
    m_transport = std::make_unique<net::HttpTransport>(&m_manager,
            target.server.isMas()
                    ? target.server.transportSettingsFor(target.server.mas.masUrl, target.timeoutMs)
                    : target.transportSettings());
    m_clientTransport = std::make_unique<net::HttpTransport>(&m_manager,
            target.server.transportSettingsFor(target.server.clientUrl, target.timeoutMs));
    m_run = std::make_unique<flows::BatchRun>(
            m_transport.get(), m_settings, m_source->device(), m_results.get());
    m_run->setClientTransport(m_clientTransport.get());
    connect(m_run.get(), &flows::BatchRun::rowEnded, this, [this] { showProgress(false); });
    connect(m_run.get(), &flows::BatchRun::problem, this,
            [](const QString &problem) { CliOutput::error(problem); });
    connect(m_run.get(), &flows::BatchRun::finished, this, &BatchCommand::finish);
    m_server.fetchSecret(
            target, this, [this](const core::SecretBytes &secret) { m_run->start(secret); },
            [this](const QString &problem) {
                CliOutput::error(problem);
                emit finished(int(RegistrationError::Category::Input));
            });
}

void BatchCommand::handleInterruption()
{
    if (m_run) {
        if (!m_run->isCancelled()) {
            CliOutput::note(tr("Stopping: no new rows; waiting for the running ones."));
            m_run->cancel();
        }
        return;
    }
    // Still asking the homeserver where MAS is: nothing was sent.
    m_server.cancelFindMasUrl();
    emit finished(m_interruption.exitCode());
}

void BatchCommand::showProgress(bool last)
{
    if (!m_progress) {
        return;
    }
    const flows::BatchRun::Counts &counts = m_run->counts();
    const qint64 done = counts.created + counts.failed + counts.mayExist;
    QString line = tr("created %1, failed %2, invalid %3")
                           .arg(counts.created)
                           .arg(counts.failed)
                           .arg(counts.invalid);
    if (counts.mayExist > 0) {
        line += tr(", unknown %1").arg(counts.mayExist);
    }
    if (done > 0 && counts.toRun > done && !last) {
        const qint64 leftMs = m_run->elapsedMs() * (counts.toRun - done) / done;
        line += tr(", about %1 s left").arg((leftMs + 999) / 1000);
    }
    std::fprintf(stderr, "\r%s%s", qPrintable(line), last ? "\n" : "   ");
    std::fflush(stderr);
}

void BatchCommand::finish()
{
    showProgress(true);
    const flows::BatchRun::Counts &counts = m_run->counts();
    CliOutput::note(tr("Created %1 (and %2 in an earlier run), failed %3, invalid %4, of %5 rows.")
                            .arg(counts.created)
                            .arg(counts.createdEarlier)
                            .arg(counts.failed)
                            .arg(counts.invalid)
                            .arg(m_total));
    if (counts.mayExist > 0) {
        CliOutput::warning(tr("%n account(s) may have been created: the request was sent and no "
                              "definite answer came back. The results file records each as "
                              "\u201cunknown\u201d with its password (kept in the journal too); "
                              "run the same command again to settle them.",
                nullptr, int(counts.mayExist)));
    }
    if (!m_run->journalKeptFor().isEmpty()) {
        CliOutput::note(
                tr("The journal %1 is kept: it holds the passwords of rows that the results "
                   "file does not record (%2), perhaps from another batch file.")
                        .arg(CliOutput::untrusted(m_results->journalPath()),
                                CliOutput::untrusted(core::InputExcerpt::of(
                                        m_run->journalKeptFor().join(QStringLiteral(", "))))));
    }
    if (m_run->stoppedByProblem()) {
        // Said by the run's problem: an account created now may have no record.
        emit finished(qMax(1, counts.worstExitCode));
        return;
    }
    if (m_run->isCancelled()) {
        CliOutput::note(tr("Cancelled: run the same command again to go on where it stopped."));
    }
    const bool allCreated = counts.created + counts.createdEarlier == m_total;
    if (!allCreated && m_interruption.happened()) {
        emit finished(m_interruption.exitCode()); // stopped, not refused: not bad input
        return;
    }
    emit finished(allCreated ? 0 : qMax(1, counts.worstExitCode));
}

} // namespace registrar::cli
