// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"

#include "CliFlags.h"

#include <QRegularExpression>
#include <QStringList>

namespace registrar::core {

using Flag = CliFlags::Flag;

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
    QStringList words{CliFlags::shortForm(Flag::User), request.localpart()};
    if (!request.displayName.isEmpty()) {
        words << CliFlags::longForm(Flag::DisplayName) << request.displayName;
    }
    words << CliFlags::longForm(request.admin ? Flag::Admin : Flag::NoAdmin);
    if (!request.userType.isEmpty()) {
        words << CliFlags::longForm(Flag::UserType) << request.userType;
    }
    if (request.inhibitLogin) {
        words << CliFlags::longForm(Flag::NoLogin);
    }
    for (const QString &email : request.emails) {
        words << CliFlags::longForm(Flag::Email) << email;
    }
    if (request.skipPasswordCheck) {
        words << CliFlags::longForm(Flag::SkipPasswordCheck);
    }
    if (request.adoptHomeserverAccount) {
        words << CliFlags::longForm(Flag::AdoptHomeserverAccount);
    }
    return words;
}

QString CliCommand::join(QStringList words)
{
    words.prepend(CliFlags::registerCommand());
    words.prepend(CliFlags::program());
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
        words << CliFlags::longForm(Flag::AllowInsecureHttp);
    }
    words << serverUrl.toString();
    return join(words);
}

QString CliCommand::forProfile(const RegistrationRequest &request, const QString &profileName)
{
    return join(
            QStringList{CliFlags::longForm(Flag::Profile), profileName} + accountWords(request));
}

} // namespace registrar::core
