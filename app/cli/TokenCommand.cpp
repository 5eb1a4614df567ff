// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenCommand.h"

#include "CliOutput.h"
#include "ServerUrl.h"
#include "Terminal.h"
#include "TransportOptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace registrar::cli {

using core::RegistrationError;

namespace {

/*!
 * The first C0 or C1 control character or DEL in the UTF-8 \a text. A token goes into an HTTP
 * header, where a CR or LF would end the header and start a forged one or a second request.
 */
std::optional<char32_t> firstControlCharacter(QByteArrayView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto byte = uchar(text[i]);
        if (byte < 0x20 || byte == 0x7f) {
            return byte;
        }
        // U+0080..U+009F are encoded as C2 80..C2 9F.
        const auto next = i + 1 < text.size() ? uchar(text[i + 1]) : 0;
        if (byte == 0xc2 && next >= 0x80 && next <= 0x9f) {
            return next;
        }
    }
    return std::nullopt;
}

} // namespace

TokenCommand::TokenCommand(Action action, QObject *parent)
    : QObject(parent)
    , m_action(action)
{ }

TokenCommand::~TokenCommand() = default;

std::optional<int> TokenCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(m_action == Action::Whoami
                    ? tr("Ask the server whose access token this is (whoami). Exit 0 when the "
                         "token works, 3 when the server refuses it, 7 when the answer could not "
                         "be written to standard output.")
                    : tr("End the session (the device) of an access token; the account stays. "
                         "Exit 0 when it was ended, 3 when the server refuses the token."));
    parser.addHelpOption();
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
            tr("Read the access token from FILE (- for stdin); surrounding whitespace is "
               "removed."),
            QStringLiteral("FILE"));
    parser.addOption(tokenFile);
    const TransportOptions transportOptions;
    transportOptions.addTo(parser, tr("The server's client URL."));
    net::TransportSettings settings;
    QUrl url;
    if (const auto early = transportOptions.parseWithUrl(parser, arguments, &settings, &url)) {
        return early;
    }
    if (!parser.isSet(tokenFile)) {
        return TransportOptions::inputError(
                tr("Give the access token with --token-file FILE (- for stdin)."));
    }
    const QString path = parser.value(tokenFile);
    QString reason;
    std::optional<QByteArray> contents = Terminal::readFile(path, &reason);
    if (!contents) {
        return TransportOptions::inputError(
                tr("Cannot read the token file %1: %2").arg(path, reason));
    }
    const core::SecretBytes token(QByteArrayView(*contents).trimmed());
    core::SecretBytes::takeFrom(*contents).clear(); // the file's bytes, whitespace and all
    if (token.isEmpty()) {
        return TransportOptions::inputError(tr("The token file %1 is empty.").arg(path));
    }
    if (const std::optional<char32_t> control = firstControlCharacter(token.view())) {
        return TransportOptions::inputError(
                tr("The token file %1 has a control character (U+%2) inside the token, such as "
                   "a line break; an access token is one line of printable characters, so "
                   "nothing was sent.")
                        .arg(path,
                                QString::number(uint(*control), 16)
                                        .toUpper()
                                        .rightJustified(4, QLatin1Char('0'))));
    }

    m_json = transportOptions.wantsJson(parser);
    m_transport = std::make_unique<net::HttpTransport>(&m_manager, settings);
    m_tokenSession = std::make_unique<net::TokenSession>(m_transport.get(), url, token);
    connect(m_tokenSession.get(), &net::TokenSession::whoamiSucceeded, this,
            &TokenCommand::handleWhoami);
    connect(m_tokenSession.get(), &net::TokenSession::loggedOut, this, [this] {
        CliOutput::note(tr("The session was ended; the account stays."));
        emit finished(0);
    });
    connect(m_tokenSession.get(), &net::TokenSession::failed, this, &TokenCommand::handleFailure);
    if (m_action == Action::Whoami) {
        m_tokenSession->whoami();
    } else {
        m_tokenSession->logout();
    }
    return std::nullopt;
}

void TokenCommand::handleWhoami(const core::WhoamiResult &result)
{
    if (m_json) {
        const QJsonObject json{{QStringLiteral("user_id"), result.userId},
                {QStringLiteral("device_id"), result.deviceId},
                {QStringLiteral("is_guest"), result.isGuest}};
        CliOutput::result(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    } else {
        CliOutput::result(CliOutput::keyValueLines(result));
    }
    emit finished(0);
}

void TokenCommand::handleFailure(const core::RegistrationError &error)
{
    CliOutput::error(CliOutput::errorText(error));
    emit finished(error.exitCode());
}

} // namespace registrar::cli
