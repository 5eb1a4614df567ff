// SPDX-License-Identifier: GPL-3.0-or-later
#include "Interruption.h"

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace registrar::cli {

namespace {

// Written by the signal handler, where only async-signal-safe calls are allowed: the number,
// and one byte into a pipe that wakes the event loop.
volatile std::sig_atomic_t caughtSignal = 0;
int wakeWriteEnd = -1;

void noteSignal(int number)
{
    if (caughtSignal == 0) {
        caughtSignal = number;
    }
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = write(wakeWriteEnd, &byte, 1);
}

} // namespace

Interruption::Interruption(QObject *parent)
    : QObject(parent)
{ }

Interruption::~Interruption()
{
    if (m_readEnd < 0) {
        return;
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    m_notifier.reset();
    close(m_readEnd);
    close(wakeWriteEnd);
    wakeWriteEnd = -1;
}

void Interruption::watch()
{
    int ends[2];
    if (pipe2(ends, O_CLOEXEC | O_NONBLOCK) != 0) {
        return; // the signals keep their default: they end the process
    }
    m_readEnd = ends[0];
    wakeWriteEnd = ends[1];
    m_notifier = std::make_unique<QSocketNotifier>(m_readEnd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, [this] {
        char bytes[16];
        while (read(m_readEnd, bytes, sizeof bytes) > 0) {
        }
        emit interrupted();
    });
    struct sigaction action = {};
    action.sa_handler = noteSignal;
    sigemptyset(&action.sa_mask);
    // Once: a second Ctrl+C ends the process as usual, when stopping cleanly takes too long.
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int Interruption::signalNumber() const
{
    return caughtSignal;
}

} // namespace registrar::cli
