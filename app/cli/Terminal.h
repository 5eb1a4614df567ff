// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BoundedRead.h"

#include <QString>

#include <optional>

namespace registrar::cli {

//! Questions asked on the terminal, with echo off for passwords.
class Terminal
{
public:
    //! True when a person can answer: stdin and stderr are terminals.
    static bool isInteractive();

    //! Shows \a question on stderr and reads one line; nothing at end of input.
    static std::optional<QString> ask(const QString &question, bool echo = true);

    /*!
     * The whole of \a path, or of stdin for "-", when it holds at most \a maxBytes; nothing with
     * \a error set when it is unreadable or longer. The CLI reads secrets this way.
     */
    static std::optional<QByteArray> readFile(
            const QString &path, QString *error, qint64 maxBytes = core::BoundedRead::kSecretBytes);
};

} // namespace registrar::cli
