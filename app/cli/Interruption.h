// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace registrar::cli {

/*!
 * Ctrl+C (SIGINT) and SIGTERM for a command that stops cleanly: the first such signal is
 * reported by interrupted() on the event loop, where the command stops what it started and
 * records what finished; a second one ends the process at once, as it would without this. A
 * command stopped so exits with exitCode(), 128 plus the signal's number (130 for Ctrl+C, 143 for
 * SIGTERM), as a shell reports a command a signal ended: a cancelled run is not bad input.
 */
class Interruption : public QObject
{
    Q_OBJECT

public:
    explicit Interruption(QObject *parent = nullptr);
    ~Interruption() override;

    //! From now on the signals are caught. One object at a time watches.
    void watch();

    //! The signal that came, or 0.
    int signalNumber() const;

    bool happened() const { return signalNumber() != 0; }

    //! The exit code of a command this signal stopped.
    int exitCode() const { return 128 + signalNumber(); }

signals:
    void interrupted();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_readEnd = -1;
};

} // namespace registrar::cli
