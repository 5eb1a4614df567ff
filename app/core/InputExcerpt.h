// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace registrar::core {

/*!
 * Input text (a CSV field, a header column, a username, a user type) as a message quotes it:
 * cut to kMaxCharacters with an ellipsis, so a field or a line of megabytes cannot make a message
 * of megabytes, on the terminal, in the batch window or in the results file's error column.
 */
class InputExcerpt
{
public:
    //! Enough to recognise any username (Matrix user IDs are at most 255 characters long).
    static constexpr qsizetype kMaxCharacters = 64;

    //! \a text whole when it is short enough, else its start and "…"; never half a character.
    static QString of(const QString &text);
};

} // namespace registrar::core
