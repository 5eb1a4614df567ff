// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsernameRules.h"

#include "InputExcerpt.h"

#include <QStringList>

namespace registrar::core {

namespace {

bool isAllowedCharacter(char32_t c)
{
    return UsernameRules::isPortableCharacter(c) || c == U'+';
}

QString describeCharacter(char32_t c)
{
    if (c == U' ') {
        return UsernameRules::tr("space");
    }
    if (c < 0x20 || c == 0x7f) {
        return UsernameRules::tr("control character U+%1")
                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
    }
    return QStringLiteral("\u201c%1\u201d").arg(QString::fromUcs4(&c, 1));
}

InputProblem problem(InputProblem::Kind kind, InputProblem::Severity severity, QString message)
{
    return {kind, InputProblem::Field::Username, severity, std::move(message)};
}

} // namespace

bool UsernameRules::isPortableCharacter(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U'.' || c == U'_'
            || c == U'=' || c == U'-' || c == U'/';
}

QString UsernameRules::userId(const QString &localpart, const QString &serverName)
{
    return QLatin1Char('@') + localpart + QLatin1Char(':') + serverName;
}

std::optional<InputProblem> UsernameRules::userIdOfUnknownServer(
        const QString &input, const QString &knownServerName)
{
    if (!knownServerName.isEmpty() || !input.startsWith(QLatin1Char('@'))
            || !input.contains(QLatin1Char(':'))) {
        return std::nullopt;
    }
    return problem(InputProblem::Kind::UserIdOfUnknownServer, InputProblem::Severity::Blocking,
            tr("A full user ID can be checked only against the server's name: give "
               "--server-name, a profile or -c, or write only the part before the colon."));
}

UsernameCheck UsernameRules::check(const QString &input, const QString &knownServerName)
{
    using Kind = InputProblem::Kind;
    using Severity = InputProblem::Severity;
    UsernameCheck result;
    QString localpart = input;

    // Admins paste full user IDs; accept them when they name the server we talk to.
    const int colon = input.indexOf(QLatin1Char(':'));
    if (input.startsWith(QLatin1Char('@')) && colon > 1) {
        localpart = input.mid(1, colon - 1);
        result.serverName = input.mid(colon + 1);
        if (!knownServerName.isEmpty()
                && result.serverName.compare(knownServerName, Qt::CaseInsensitive) != 0) {
            result.problems.append(problem(Kind::UserIdOfOtherServer, Severity::Blocking,
                    tr("%1 belongs to the server \u201c%2\u201d, not to \u201c%3\u201d. Enter "
                       "only the name before the colon, or pick the profile of %2.")
                            .arg(InputExcerpt::of(input), InputExcerpt::of(result.serverName),
                                    knownServerName)));
        }
    }

    if (localpart.isEmpty()) {
        result.problems.append(problem(Kind::EmptyUsername, Severity::Blocking,
                tr("Enter a username: the part before the colon of the new user ID.")));
        return result;
    }
    if (localpart.contains(QChar(u'\0'))) {
        result.problems.append(problem(Kind::UsernameContainsNul, Severity::Blocking,
                tr("The username contains a NUL character, which Synapse refuses.")));
        return result;
    }
    const QList<uint> codePoints = localpart.toUcs4();
    if (codePoints.size() > kMaxCodePoints) {
        result.problems.append(problem(Kind::UsernameTooLong, Severity::Blocking,
                tr("The username has %1 characters; Synapse accepts at most %2.")
                        .arg(codePoints.size())
                        .arg(kMaxCodePoints)));
        return result;
    }

    // Synapse lowercases after checking the MAC; we lowercase first so that the user ID we
    // show is the one that gets created.
    const QString lowered = localpart.toLower();
    if (lowered != localpart) {
        result.problems.append(problem(Kind::UsernameLowercased, Severity::Warning,
                tr("Synapse stores usernames in lower case: \u201c%1\u201d will be created as "
                   "\u201c%2\u201d.")
                        .arg(InputExcerpt::of(localpart), InputExcerpt::of(lowered))));
    }
    result.localpart = lowered;

    QStringList invalid;
    for (char32_t c : lowered.toUcs4()) {
        if (!isAllowedCharacter(c)) {
            const QString described = describeCharacter(c);
            if (!invalid.contains(described)) {
                invalid.append(described);
            }
        }
    }
    if (!invalid.isEmpty()) {
        result.problems.append(problem(Kind::UsernameInvalidCharacters, Severity::Blocking,
                tr("A username can contain only a-z, 0-9 and . _ = - / +; not allowed: %1.")
                        .arg(InputExcerpt::of(invalid.join(QStringLiteral(", "))))));
    }

    bool allDigits = true;
    for (QChar c : lowered) {
        allDigits = allDigits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    }
    if (allDigits) {
        result.problems.append(problem(Kind::UsernameAllDigits, Severity::Blocking,
                tr("A username made only of digits is reserved for guest users; add a letter.")));
    }

    const QString serverName = knownServerName.isEmpty() ? result.serverName : knownServerName;
    if (!serverName.isEmpty()) {
        const QString fullId = userId(lowered, serverName);
        if (fullId.size() > kMaxUserIdLength) {
            result.problems.append(problem(Kind::UserIdTooLong, Severity::Blocking,
                    tr("The user ID would have %1 characters; Matrix allows %2, so the username "
                       "can have at most %3 on %4.")
                            .arg(fullId.size())
                            .arg(kMaxUserIdLength)
                            .arg(kMaxUserIdLength - 2 - serverName.size())
                            .arg(InputExcerpt::of(serverName))));
        }
    }

    if (lowered.startsWith(QLatin1Char('_'))) {
        result.problems.append(problem(Kind::UsernameLeadingUnderscore, Severity::Warning,
                tr("Synapse refuses a leading \u201c_\u201d unless the server sets "
                   "allow_underscore_prefixed_localpart (Synapse 1.131 or newer); such names are "
                   "usually kept for bridges.")));
    }
    if (lowered.contains(QLatin1Char('+'))) {
        result.problems.append(problem(Kind::UsernamePlusSign, Severity::Warning,
                tr("Synapse accepts \u201c+\u201d in usernames only from version 1.89 on.")));
    }
    return result;
}

} // namespace registrar::core
