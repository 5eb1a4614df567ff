// SPDX-License-Identifier: GPL-3.0-or-later
// Registrations per second against the local homeserver, which runs as its own process, one at
// a time and with several in flight. Prints figures; asserts nothing.
#include "LocalHomeserver.h"
#include "RegistrationJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>

#include <cstdio>

using namespace registrar;

namespace {

struct Run
{
    int created = 0;
    int failed = 0;
    qint64 elapsedMs = 0;
};

Run registerMany(net::HttpTransport &transport, const QUrl &url, const QString &prefix, int count,
        int inFlight)
{
    Run run;
    int started = 0;
    int running = 0;
    QEventLoop loop;
    QElapsedTimer timer;
    std::function<void()> startNext = [&] {
        while (running < inFlight && started < count) {
            core::RegistrationRequest request;
            request.username = prefix + QString::number(started++);
            request.setPassword(QStringLiteral("bench-password-1"));
            request.inhibitLogin = true;
            auto *job = new net::RegistrationJob(
                    &transport, url, request, core::SecretBytes("bench-secret"));
            ++running;
            QObject::connect(job, &net::RegistrationJob::succeeded, job, [&, job] {
                ++run.created;
                --running;
                job->deleteLater();
                startNext();
            });
            QObject::connect(job, &net::RegistrationJob::failed, job,
                    [&, job](const core::RegistrationError &error) {
                        if (run.failed++ == 0) {
                            std::fprintf(
                                    stderr, "first failure: %s\n", qPrintable(error.fullText()));
                        }
                        --running;
                        job->deleteLater();
                        startNext();
                    });
            job->start();
        }
        if (running == 0 && started == count) {
            loop.quit();
        }
    };
    timer.start();
    QMetaObject::invokeMethod(&loop, startNext, Qt::QueuedConnection);
    loop.exec();
    run.elapsedMs = timer.elapsed();
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;

    QProcess server;
    const QUrl url = bench::startLocalHomeserver(
            server, {QStringLiteral("--secret"), QStringLiteral("bench-secret")});
    if (url.isEmpty()) {
        return 1;
    }

    QNetworkAccessManager manager;
    net::HttpTransport transport(&manager, {});
    registerMany(transport, url, QStringLiteral("warmup"), 50, 1);

    std::printf("registrations against the local homeserver (%s), %d accounts per run:\n",
            qPrintable(url.toString()), count);
    for (const int inFlight : {1, 4}) {
        const Run run = registerMany(
                transport, url, QStringLiteral("bench%1-").arg(inFlight), count, inFlight);
        std::printf("  %d in flight: %d created, %d failed, %.2f s, %.0f registrations/s\n",
                inFlight, run.created, run.failed, run.elapsedMs / 1000.0,
                run.created * 1000.0 / qMax<qint64>(1, run.elapsedMs));
    }
    server.terminate();
    server.waitForFinished(5000);
    return 0;
}
