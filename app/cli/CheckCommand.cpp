// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "CliOutput.h"
#include "ServerUrl.h"
#include "TransportOptions.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace registrar::cli {

using core::RegistrationError;

CheckCommand::CheckCommand(QObject *parent)
    : QObject(parent)
{ }

CheckCommand::~CheckCommand() = default;

std::optional<int> CheckCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Check a server without creating anything: the client API, the server software "
               "and its backend (synapse, synapse-mas, tuwunel, tuwunel-mas, dendrite or unknown), "
               "the admin API, whether shared-secret registration is enabled, and whether "
               "authentication is delegated to MAS. Exit 0 when registration can work; "
               "otherwise 3 (not enabled, unavailable), 4 (network) or 5 (protocol); 7 when the "
               "result could not be written to standard output."));
    parser.addHelpOption();
    const QCommandLineOption adminUrl(QStringLiteral("admin-url"),
            tr("URL of the admin API when it differs from the client URL (such as a local "
               "listener or an SSH tunnel)."),
            QStringLiteral("URL"));
    parser.addOption(adminUrl);
    const TransportOptions transportOptions;
    transportOptions.addTo(parser, tr("The server's client URL."));
    net::TransportSettings settings;
    QUrl clientUrl;
    if (const auto early =
                    transportOptions.parseWithUrl(parser, arguments, &settings, &clientUrl)) {
        return early;
    }
    QString error;
    QUrl adminBaseUrl = clientUrl;
    if (parser.isSet(adminUrl)) {
        adminBaseUrl = core::ServerUrl::parse(parser.value(adminUrl), &error);
        if (!adminBaseUrl.isValid()) {
            return TransportOptions::inputError(error);
        }
    }
    m_json = transportOptions.wantsJson(parser);
    m_transport = std::make_unique<net::HttpTransport>(&m_manager, settings);
    m_check = std::make_unique<net::ServerCheck>(m_transport.get(), clientUrl, adminBaseUrl);
    connect(m_check.get(), &net::ServerCheck::finished, this, &CheckCommand::handleResult);
    m_check->start();
    return std::nullopt;
}

void CheckCommand::handleResult(const core::ServerCheckResult &result)
{
    if (m_json) {
        CliOutput::result(
                QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
    } else {
        CliOutput::result(CliOutput::checkText(result));
    }
    if (result.canRegister()) {
        emit finished(0);
    } else {
        emit finished(result.problem.isError() ? result.problem.exitCode()
                                               : int(RegistrationError::Category::Protocol));
    }
}

} // namespace registrar::cli
