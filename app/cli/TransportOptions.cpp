// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransportOptions.h"

#include "CertificateInfo.h"
#include "CliFlags.h"
#include "CliOutput.h"
#include "RegistrationError.h"
#include "ServerUrl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSslCertificate>

namespace registrar::cli {

using core::CliFlags;
using Flag = CliFlags::Flag;

TransportOptions::TransportOptions()
    : m_timeout(CliFlags::names(Flag::Timeout),
            QCoreApplication::translate("TransportOptions",
                    "Give up on a request after SECONDS, connecting included (default 30)."),
            QStringLiteral("SECONDS"), QStringLiteral("30"))
    , m_allowInsecureHttp(CliFlags::names(Flag::AllowInsecureHttp),
              QCoreApplication::translate("TransportOptions",
                      "Allow http:// to hosts other than this machine. The password and the "
                      "access token then cross the network in clear text."))
    , m_json(CliFlags::names(Flag::Json),
              QCoreApplication::translate("TransportOptions", "Print the result as JSON."))
    , m_pin(CliFlags::names(Flag::PinSha256),
              QCoreApplication::translate("TransportOptions",
                      "Trust exactly the server certificate with this SHA-256 fingerprint (hex, "
                      "colons optional), for a self-signed certificate."),
              QStringLiteral("FP"))
    , m_caFile(CliFlags::names(Flag::CaFile),
              QCoreApplication::translate("TransportOptions",
                      "Trust the CA certificates in this PEM file instead of the system's."),
              QStringLiteral("FILE"))
{ }

void TransportOptions::addTo(QCommandLineParser &parser, const QString &urlDescription) const
{
    parser.addOptions({m_timeout, m_allowInsecureHttp, m_json});
    addTrustTo(parser);
    if (!urlDescription.isEmpty()) {
        parser.addPositionalArgument(
                QStringLiteral("server_url"), urlDescription, QStringLiteral("URL"));
    }
}

void TransportOptions::addTrustTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_pin, m_caFile});
}

int TransportOptions::inputError(const QString &message)
{
    CliOutput::error(message);
    return int(core::RegistrationError::Category::Input);
}

std::optional<int> TransportOptions::parse(
        QCommandLineParser &parser, const QStringList &arguments) const
{
    if (!parser.parse(arguments)) {
        return inputError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        CliOutput::result(parser.helpText());
        return 0;
    }
    return std::nullopt;
}

std::optional<int> TransportOptions::parseWithUrl(QCommandLineParser &parser,
        const QStringList &arguments, net::TransportSettings *settings, QUrl *url) const
{
    if (const std::optional<int> early = parse(parser, arguments)) {
        return early;
    }
    if (parser.positionalArguments().size() != 1) {
        return inputError(
                QCoreApplication::translate("TransportOptions", "Give exactly one server URL."));
    }
    QString error;
    const std::optional<net::TransportSettings> parsed = this->settings(parser, &error);
    if (!parsed) {
        return inputError(error);
    }
    *settings = *parsed;
    *url = core::ServerUrl::parse(parser.positionalArguments().constFirst(), &error);
    if (!url->isValid()) {
        return inputError(error);
    }
    return std::nullopt;
}

std::optional<net::TransportSettings> TransportOptions::settings(
        const QCommandLineParser &parser, QString *error) const
{
    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        *error = QCoreApplication::translate("TransportOptions",
                "--timeout takes a number of seconds between 0 and 3600, not \u201c%1\u201d.")
                         .arg(parser.value(m_timeout));
        return std::nullopt;
    }
    net::TransportSettings settings;
    settings.timeoutMs = int(seconds * 1000);
    settings.allowInsecureHttp = parser.isSet(m_allowInsecureHttp);
    if (!trust(parser, &settings.pinnedSha256, &settings.caFile, error)) {
        return std::nullopt;
    }
    settings.pinTrustedEarlier = false; // typed for this command, whatever was seen before
    return settings;
}

bool TransportOptions::trust(
        const QCommandLineParser &parser, QByteArray *pin, QString *caFile, QString *error) const
{
    if (parser.isSet(m_pin)) {
        *pin = core::CertificateInfo::parseFingerprint(parser.value(m_pin));
        if (pin->isEmpty()) {
            *error = QCoreApplication::translate("TransportOptions",
                    "--pin-sha256 takes a SHA-256 fingerprint: 64 hex digits, colons optional.");
            return false;
        }
    }
    if (parser.isSet(m_caFile)) {
        *caFile = parser.value(m_caFile);
        if (!QFileInfo(*caFile).isReadable()) {
            *error = QCoreApplication::translate("TransportOptions", "Cannot read the CA file %1.")
                             .arg(*caFile);
            return false;
        }
        // Bad input like a missing file, not a network failure later.
        if (QSslCertificate::fromPath(*caFile, QSsl::Pem).isEmpty()) {
            *error = QCoreApplication::translate(
                    "TransportOptions", "The CA file %1 holds no PEM certificate.")
                             .arg(*caFile);
            return false;
        }
    }
    return true;
}

} // namespace registrar::cli
