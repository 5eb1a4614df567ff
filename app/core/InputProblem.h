// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace registrar::core {

//! One finding of the checks that run before anything is sent.
struct InputProblem
{
    enum class Field { Username, Password, DisplayName, UserType };
    enum class Severity { Blocking, Warning };
    enum class Kind {
        EmptyUsername,
        UsernameContainsNul,
        UsernameTooLong,
        UsernameInvalidCharacters,
        UsernameAllDigits,
        UserIdTooLong,
        UserIdOfOtherServer,
        UserIdOfUnknownServer,
        UsernameLowercased,
        UsernameLeadingUnderscore,
        UsernamePlusSign,
        EmptyPassword,
        PasswordContainsNul,
        PasswordTooLong,
        PasswordOverBcryptLimit,
        UserTypeContainsNul,
        UserTypeUncommon,
        DisplayNameTooLong,
    };

    Kind kind;
    Field field;
    Severity severity;
    QString message;

    bool isBlocking() const { return severity == Severity::Blocking; }

    static bool anyBlocking(const QList<InputProblem> &problems)
    {
        for (const InputProblem &problem : problems) {
            if (problem.isBlocking()) {
                return true;
            }
        }
        return false;
    }
};

} // namespace registrar::core
