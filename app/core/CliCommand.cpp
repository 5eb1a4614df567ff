// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include <QRegularExpression>
#include <QStringList>

namespace registrar::core {

QString CliCommand::shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    if (safe.match(word).hasMatch()) {
        return word;
    }
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QStringList CliCommand::accountWords(const RegistrationRequest &request)
{
    QStringList words{QStringLiteral("-u"), request.localpart()};
    if (!request.displayName.isEmpty()) {
        words << QStringLiteral("--display-name") << request.displayName;
    }
    words << (request.admin ? QStringLiteral("--admin") : QStringLiteral("--no-admin"));
    if (!request.userType.isEmpty()) {
        words << QStringLiteral("--user-type") << request.userType;
    }
    if (request.inhibitLogin) {
        words << QStringLiteral("--no-login");
    }
    return words;
}

QString CliCommand::join(QStringList words)
{
    words.prepend(QStringLiteral("register"));
    words.prepend(QStringLiteral("synapse-registrar-cli"));
    for (QString &word : words) {
        word = shellQuote(word);
    }
    return words.join(QLatin1Char(' '));
}

QString CliCommand::forRegistration(
        const RegistrationRequest &request, const QUrl &serverUrl, bool allowInsecureHttp)
{
    QStringList words = accountWords(request);
    if (allowInsecureHttp) {
        words << QStringLiteral("--allow-insecure-http");
    }
    words << serverUrl.toString();
    return join(words);
}

QString CliCommand::forProfile(const RegistrationRequest &request, const QString &profileName)
{
    return join(QStringList{QStringLiteral("--profile"), profileName} + accountWords(request));
}

} // namespace registrar::core
