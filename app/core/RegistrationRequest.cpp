// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationRequest.h"

#include "InputExcerpt.h"
#include "RegistrationMac.h"
#include "UsernameRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

namespace registrar::core {

namespace {

InputProblem problem(InputProblem::Kind kind, InputProblem::Field field,
        InputProblem::Severity severity, QString message)
{
    return {kind, field, severity, std::move(message)};
}

} // namespace

RegistrationRequest::RegistrationRequest(const RegistrationRequest &other)
    : username(other.username)
    , password(other.password.copy())
    , displayName(other.displayName)
    , userType(other.userType)
    , admin(other.admin)
    , inhibitLogin(other.inhibitLogin)
    , emails(other.emails)
    , skipPasswordCheck(other.skipPasswordCheck)
    , adoptHomeserverAccount(other.adoptHomeserverAccount)
{ }

RegistrationRequest &RegistrationRequest::operator=(const RegistrationRequest &other)
{
    if (this != &other) {
        RegistrationRequest copy(other);
        *this = std::move(copy);
    }
    return *this;
}

QList<InputProblem> RegistrationRequest::check(const QString &knownServerName) const
{
    using Kind = InputProblem::Kind;
    using Field = InputProblem::Field;
    using Severity = InputProblem::Severity;

    QList<InputProblem> problems = UsernameRules::check(username, knownServerName).problems;

    // A check of characters needs the text: a temporary this function alone holds.
    QString password = passwordText();
    const auto wipe = qScopeGuard([&password] { password.fill(QChar(u'\0')); });
    if (password.isEmpty()) {
        problems.append(problem(Kind::EmptyPassword, Field::Password, Severity::Blocking,
                tr("Enter a password. Synapse would accept an empty one, but nobody could then "
                   "log in safely.")));
    } else if (password.contains(QChar(u'\0'))) {
        problems.append(problem(Kind::PasswordContainsNul, Field::Password, Severity::Blocking,
                tr("The password contains a NUL character, which Synapse refuses.")));
    } else if (password.toUcs4().size() > kMaxPasswordCodePoints) {
        problems.append(problem(Kind::PasswordTooLong, Field::Password, Severity::Blocking,
                tr("The password has %1 characters; Synapse accepts at most %2.")
                        .arg(password.toUcs4().size())
                        .arg(kMaxPasswordCodePoints)));
    } else if (this->password.size() > kBcryptByteLimit) {
        problems.append(problem(Kind::PasswordOverBcryptLimit, Field::Password, Severity::Warning,
                tr("The password is longer than %1 bytes; Synapse's bcrypt ignores everything "
                   "after them, so only the start counts.")
                        .arg(kBcryptByteLimit)));
    }

    if (userType.contains(QChar(u'\0'))) {
        problems.append(problem(Kind::UserTypeContainsNul, Field::UserType, Severity::Blocking,
                tr("The user type contains a NUL character, which Synapse refuses.")));
    } else if (!userType.isEmpty() && userType != QLatin1String("bot")
            && userType != QLatin1String("support")) {
        problems.append(problem(Kind::UserTypeUncommon, Field::UserType, Severity::Warning,
                tr("Synapse knows the user types “bot” and \u201csupport\u201d; "
                   "\u201c%1\u201d works only where the server lists it in "
                   "user_types.extra_user_types (Synapse 1.132 or newer).")
                        .arg(InputExcerpt::of(userType))));
    }

    if (displayName.size() > kMaxDisplayNameLength) {
        problems.append(problem(Kind::DisplayNameTooLong, Field::DisplayName, Severity::Warning,
                tr("The display name has %1 characters; Synapse will not let the user change a "
                   "profile with more than %2.")
                        .arg(displayName.size())
                        .arg(kMaxDisplayNameLength)));
    }
    return problems;
}

QString RegistrationRequest::localpart() const
{
    return UsernameRules::check(username).localpart;
}

QByteArray RegistrationRequest::mac(QByteArrayView sharedSecret, const QString &nonce) const
{
    return registrationMac(sharedSecret, nonce, localpart(), password.view(), admin, userType);
}

QByteArray RegistrationRequest::toJson(const QString &nonce, const QByteArray &mac) const
{
    QJsonObject body{
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("username"), localpart()},
            // Qt forces a copy: the JSON object holds the password as a QString.
            {QStringLiteral("password"), passwordText()},
            {QStringLiteral("admin"), admin},
            {QStringLiteral("mac"), QString::fromLatin1(mac)},
    };
    if (!displayName.isEmpty()) {
        body.insert(QStringLiteral("displayname"), displayName);
    }
    if (!userType.isEmpty()) {
        body.insert(QStringLiteral("user_type"), userType);
    }
    if (inhibitLogin) {
        body.insert(QStringLiteral("inhibit_login"), true);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace registrar::core
