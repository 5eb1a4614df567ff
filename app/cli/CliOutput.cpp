// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include "RegistrationError.h"
#include "RegistrationResult.h"
#include "ServerCheckResult.h"

#include <QCoreApplication>

#include <cstdio>

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

void writeLine(FILE *stream, const QString &text)
{
    QByteArray bytes = escaped(text, true).toLocal8Bit();
    if (!bytes.endsWith('\n')) {
        bytes.append('\n');
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
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

void CliOutput::result(const QString &text)
{
    writeLine(stdout, text);
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
    shown.problem = escapedCopy(result.problem);
    return shown.toText();
}

} // namespace registrar::cli
