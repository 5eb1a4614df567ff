// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace registrar::core {
class RegistrationError;
struct RegistrationResult;
struct WhoamiResult;
class ServerCheckResult;
} // namespace registrar::core

namespace registrar::cli {

/*!
 * Where the command-line tool writes: results to stdout, everything else to stderr. Text that
 * came from a server or a file must not steer the terminal nor forge an output line: the
 * writers escape every control character but the line breaks and tabs of our own texts, and
 * the functions below escape those too in what a server or a file gave.
 */
class CliOutput
{
public:
    static void result(const QString &text);
    static void note(const QString &text);
    static void warning(const QString &text);
    static void error(const QString &text);

    /*!
     * \a text from a server or a file, fit for one line: every control character escaped as
     * in JSON (\n, \r, \t, \u001b), so it can be neither an escape sequence nor a line break.
     */
    static QString untrusted(const QString &text);

    //! The error's fullText(), with all that the server or a file gave escaped by untrusted().
    static QString errorText(const core::RegistrationError &error);

    //! The result's "key: value" lines, each value escaped by untrusted().
    static QString keyValueLines(const core::RegistrationResult &result);

    //! The whoami answer as "key: value" lines, each value escaped by untrusted().
    static QString keyValueLines(const core::WhoamiResult &result);

    //! The check's lines for people, with all that the server gave escaped by untrusted().
    static QString checkText(const core::ServerCheckResult &result);
};

} // namespace registrar::cli
