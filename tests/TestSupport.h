// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tests that talk to the local homeserver over loopback.

#include "HttpTransport.h"
#include "RegistrationJob.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

namespace registrar::test {

//! Waits for a call's one answer.
inline core::HttpResponse waitFor(net::HttpCall *call, int timeoutMs = 15000)
{
    QSignalSpy spy(call, &net::HttpCall::finished);
    if (!spy.wait(timeoutMs)) {
        qWarning("no answer within %d ms", timeoutMs);
        return {};
    }
    return spy.constFirst().constFirst().value<core::HttpResponse>();
}

struct JobOutcome
{
    bool succeeded = false;
    core::RegistrationResult result;
    core::RegistrationError error;
    int terminalSignals = 0;
    bool emittedDuringStart = false;
};

//! Starts \a job, waits for its terminal signal, and counts every terminal signal it sends.
inline JobOutcome runJob(net::RegistrationJob &job, int timeoutMs = 15000)
{
    QSignalSpy succeeded(&job, &net::RegistrationJob::succeeded);
    QSignalSpy failed(&job, &net::RegistrationJob::failed);
    job.start();
    JobOutcome outcome;
    outcome.emittedDuringStart = succeeded.count() + failed.count() > 0;
    if (!QTest::qWaitFor([&] { return succeeded.count() + failed.count() > 0; }, timeoutMs)) {
        qWarning("the job did not finish within %d ms", timeoutMs);
    }
    // A second terminal signal could only come from what the first left behind: queued calls,
    // zero timers, deleteLater(). Deliver all of that, a few levels deep, before counting.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    outcome.terminalSignals = int(succeeded.count() + failed.count());
    if (!succeeded.isEmpty()) {
        outcome.succeeded = true;
        outcome.result = succeeded.constFirst().constFirst().value<core::RegistrationResult>();
    } else if (!failed.isEmpty()) {
        outcome.error = failed.constFirst().constFirst().value<core::RegistrationError>();
    }
    return outcome;
}

} // namespace registrar::test
