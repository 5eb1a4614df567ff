// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs synapse-registrar-cli as a script would, for the tests that drive it through QProcess.

#include <QProcess>
#include <QSignalSpy>

#include <functional>

namespace registrar::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    //! CrashExit when a signal ended the CLI.
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;

    /*!
     * Runs the CLI with \a arguments, \a input on stdin and \a environment, while this
     * process's event loop keeps running (the local homeserver may live here).
     */
    static CliRun start(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        return startWith(arguments, {}, input, environment);
    }

    //! As start(), with \a prepare applied to the process first (a redirection, a child modifier).
    static CliRun startWith(const QStringList &arguments,
            const std::function<void(QProcess &)> &prepare, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        if (prepare) {
            prepare(process);
        }
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(REGISTRAR_CLI_PATH), arguments);
        if (!process.waitForStarted(10000)) {
            qWarning("cannot start %s", REGISTRAR_CLI_PATH);
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(30000)) {
            process.kill();
            qWarning("the CLI did not finish");
        }
        return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError(),
                process.exitStatus()};
    }
};

} // namespace registrar::test
