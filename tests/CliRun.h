// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs synapse-registrar-cli as a script would, for the tests that drive it through QProcess.

#include <QProcess>
#include <QSignalSpy>

namespace registrar::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    /*!
     * Runs the CLI with \a arguments, \a input on stdin and \a environment, while this
     * process's event loop keeps running (the local homeserver may live here).
     */
    static CliRun start(const QStringList &arguments, const QByteArray &input = {},
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
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
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }
};

} // namespace registrar::test
