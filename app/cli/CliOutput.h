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
    /*!
     * The exit code when a result did not reach stdout: a full disk, a closed stdout, a pipe whose
     * reader went away. The credentials it held are lost, whatever else succeeded.
     */
    static constexpr int kOutputLostExitCode = 7;

    /*!
     * First thing in main(), before anything opens a file. A closed stdin, stdout or stderr gets
     * /dev/null, so that no file or socket opened later takes its number and receives what is
     * printed (credentials into the results file or a socket); a closed stdout is remembered, and
     * result() fails on it. SIGPIPE is ignored: a reader that went away makes the write fail with
     * EPIPE, which is reported, where the signal would end the process before it could say so.
     */
    static void prepareStreams();

    //! Writes \a text to stdout and flushes it; false, with resultProblem() set, when it failed.
    static bool result(const QString &text);

    //! Why a result did not reach stdout, or empty while every one did.
    static QString resultProblem();

    /*!
     * The exit code of a command that ended with \a exitCode: stdout is flushed once more, and when
     * a result did not reach it this is said on stderr (unless the command said it, ending with
     * kOutputLostExitCode) and an exit code of 0 becomes kOutputLostExitCode.
     */
    static int exitCode(int exitCode);

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
