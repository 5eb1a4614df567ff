// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransportOptions.h"

#include <QCoreApplication>

namespace registrar::cli {

TransportOptions::TransportOptions()
    : m_timeout(QStringLiteral("timeout"),
            QCoreApplication::translate("TransportOptions",
                    "Give up on a request after SECONDS, connecting included (default 30)."),
            QStringLiteral("SECONDS"), QStringLiteral("30"))
    , m_allowInsecureHttp(QStringLiteral("allow-insecure-http"),
              QCoreApplication::translate("TransportOptions",
                      "Allow http:// to hosts other than this machine. The password and the "
                      "access token then cross the network in clear text."))
    , m_json(QStringLiteral("json"),
              QCoreApplication::translate("TransportOptions", "Print the result as JSON."))
{ }

void TransportOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_timeout, m_allowInsecureHttp, m_json});
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
    return settings;
}

} // namespace registrar::cli
