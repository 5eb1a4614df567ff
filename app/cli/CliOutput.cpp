// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include "RegistrationError.h"
#include "RegistrationResult.h"
#include "ServerCheckResult.h"

#include <QCoreApplication>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace registrar::cli {

namespace {

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control;
}

QString escaped(const QString &text, bool keepLineBreaksAndTabs)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c)
                || (keepLineBreaksAndTabs && (c == QLatin1Char('\n') || c == QLatin1Char('\t')))) {
            out.append(c);
        } else if (c == QLatin1Char('\n')) {
            out.append(QLatin1String("\\n"));
        } else if (c == QLatin1Char('\r')) {
            out.append(QLatin1String("\\r"));
        } else if (c == QLatin1Char('\t')) {
            out.append(QLatin1String("\\t"));
        } else {
            out.append(QLatin1String("\\u")
                    + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')));
        }
    }
    return out;
}

bool stdoutWasClosed = false;
QString stdoutProblem; //!< the first failure of a write to stdout

QString lastSystemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

//! False, with errno set, when not all of \a text reached \a stream's file.
bool writeLine(FILE *stream, const QString &text)
{
    QByteArray bytes = escaped(text, true).toLocal8Bit();
    if (!bytes.endsWith('\n')) {
        bytes.append('\n');
    }
    const size_t written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    // Flushed at once: a failure must be known while the command can still say so.
    return std::fflush(stream) == 0 && written == size_t(bytes.size()) && !std::ferror(stream);
}

core::CertificateInfo escapedCopy(core::CertificateInfo certificate)
{
    certificate.subject = CliOutput::untrusted(certificate.subject);
    certificate.issuer = CliOutput::untrusted(certificate.issuer);
    for (QString &error : certificate.errors) {
        error = CliOutput::untrusted(error);
    }
    return certificate;
}

core::RegistrationError escapedCopy(core::RegistrationError error)
{
    error.setServerText(
            CliOutput::untrusted(error.errcode()), CliOutput::untrusted(error.serverMessage()));
    error.setDetail(CliOutput::untrusted(error.detail()));
    error.setCertificate(escapedCopy(error.certificate()), error.pinnedSha256());
    return error;
}

} // namespace

void CliOutput::prepareStreams()
{
    for (const int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
        if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            const int placeholder = open("/dev/null", O_RDWR);
            if (placeholder >= 0 && placeholder != fd) {
                dup2(placeholder, fd); // open() takes the lowest free number: fd itself, normally
                close(placeholder);
            }
            stdoutWasClosed = stdoutWasClosed || fd == STDOUT_FILENO;
        }
    }
    std::signal(SIGPIPE, SIG_IGN);
}

bool CliOutput::result(const QString &text)
{
    if (stdoutWasClosed) {
        if (stdoutProblem.isEmpty()) {
            stdoutProblem = QCoreApplication::translate("CliOutput", "standard output is closed");
        }
        return false;
    }
    if (writeLine(stdout, text)) {
        return true;
    }
    if (stdoutProblem.isEmpty()) {
        stdoutProblem = lastSystemError();
    }
    return false;
}

QString CliOutput::resultProblem()
{
    return stdoutProblem;
}

int CliOutput::exitCode(int exitCode)
{
    if (!stdoutWasClosed && std::fflush(stdout) != 0 && stdoutProblem.isEmpty()) {
        stdoutProblem = lastSystemError();
    }
    if (stdoutProblem.isEmpty()) {
        return exitCode;
    }
    if (exitCode != kOutputLostExitCode) {
        error(QCoreApplication::translate("CliOutput",
                "The result could not be written to standard output (%1), so it is lost.")
                        .arg(stdoutProblem));
    }
    return exitCode == 0 ? kOutputLostExitCode : exitCode;
}

void CliOutput::note(const QString &text)
{
    writeLine(stderr, text);
}

void CliOutput::warning(const QString &text)
{
    writeLine(stderr, QCoreApplication::translate("CliOutput", "warning: %1").arg(text));
}

void CliOutput::error(const QString &text)
{
    writeLine(stderr, QCoreApplication::translate("CliOutput", "error: %1").arg(text));
}

QString CliOutput::untrusted(const QString &text)
{
    return escaped(text, false);
}

QString CliOutput::errorText(const core::RegistrationError &error)
{
    return escapedCopy(error).fullText();
}

QString CliOutput::keyValueLines(const core::RegistrationResult &result)
{
    core::RegistrationResult shown = result;
    shown.userId = untrusted(result.userId);
    shown.homeServer = untrusted(result.homeServer);
    shown.accessToken = untrusted(result.accessToken);
    shown.deviceId = untrusted(result.deviceId);
    shown.masUserId = untrusted(result.masUserId);
    return shown.toKeyValueLines();
}

QString CliOutput::keyValueLines(const core::WhoamiResult &result)
{
    return QStringLiteral("user_id: %1\ndevice_id: %2\nis_guest: %3\n")
            .arg(untrusted(result.userId), untrusted(result.deviceId),
                    result.isGuest ? QStringLiteral("true") : QStringLiteral("false"));
}

QString CliOutput::checkText(const core::ServerCheckResult &result)
{
    core::ServerCheckResult shown = result;
    for (QString &version : shown.clientVersions) {
        version = untrusted(version);
    }
    shown.synapseVersion = untrusted(result.synapseVersion);
    shown.softwareName = untrusted(result.softwareName);
    shown.softwareVersion = untrusted(result.softwareVersion);
    shown.problem = escapedCopy(result.problem);
    return shown.toText();
}

} // namespace registrar::cli
