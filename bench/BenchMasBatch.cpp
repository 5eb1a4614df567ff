// SPDX-License-Identifier: GPL-3.0-or-later
// A batch through MAS's admin API against the local homeserver's MAS mode, which runs as its own
// process: accounts per second, admin token requests (one per token lifetime, not per row) and
// HTTP requests per account. Then the same in this process on a clock that moves a second per
// account, with MAS's shortest token lifetime, to count the tokens of a long run. Prints
// figures; asserts nothing.
#include "BatchResults.h"
#include "BatchRun.h"
#include "DevServer.h"
#include "LocalHomeserver.h"
#include "MasAdminToken.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace registrar;

namespace {

struct Figures
{
    qint64 created = 0;
    qint64 notCreated = 0;
    qint64 elapsedMs = 0;
    int tokenRequests = 0;
    int httpRequests = 0;
};

/*!
 * Runs \a count accounts through the MAS at \a url; \a adjust may change the run's settings and
 * \a run (connect to it) before it starts.
 */
Figures runBatch(const QUrl &url, const QString &prefix, int count, int inFlight, bool withTokens,
        const QString &resultsPath,
        const std::function<void(flows::BatchRun::Settings &)> &adjust = {},
        const std::function<void(flows::BatchRun &)> &prepare = {})
{
    QByteArray csv = "username,email\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray name = prefix.toUtf8() + QByteArray::number(i);
        csv += name + ',' + name + "@bench.example\n";
    }
    QBuffer input(&csv);
    input.open(QIODevice::ReadOnly);
    store::BatchResults results(resultsPath);
    QString error;
    if (!results.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return {};
    }

    QNetworkAccessManager manager;
    Figures figures;
    QObject::connect(&manager, &QNetworkAccessManager::finished, &manager,
            [&figures](QNetworkReply *) { ++figures.httpRequests; });
    net::HttpTransport transport(&manager, {});
    flows::BatchRun::Settings settings;
    settings.serverName = QStringLiteral("bench.test");
    settings.clientUrl = url;
    settings.mas.masUrl = QUrl(url.toString(QUrl::StripTrailingSlash) + QStringLiteral("/mas"));
    settings.mas.clientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
    settings.concurrency = inFlight;
    settings.withTokens = withTokens;
    if (adjust) {
        adjust(settings);
    }
    flows::BatchRun run(&transport, settings, &input, &results);
    if (prepare) {
        prepare(run);
    }
    QEventLoop loop;
    QObject::connect(&run, &flows::BatchRun::finished, &loop, &QEventLoop::quit);
    run.start(core::SecretBytes("s3cret-example"));
    loop.exec();
    figures.created = run.counts().created;
    figures.notCreated = count - figures.created;
    figures.elapsedMs = run.elapsedMs();
    figures.tokenRequests = run.masTokenRequests();
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const int inFlight = 4;

    QProcess server;
    const QUrl url = bench::startLocalHomeserver(server,
            {QStringLiteral("--delegate-auth"), QStringLiteral("--server-name"),
                    QStringLiteral("bench.test")});
    if (url.isEmpty()) {
        return 1;
    }

    QTemporaryDir dir;
    runBatch(url, QStringLiteral("warmup"), 50, inFlight, false,
            dir.filePath(QStringLiteral("warmup.csv")));

    std::printf("batch through the local homeserver's MAS mode (%s/mas, admin tokens of 300 s), "
                "%d accounts, %d in flight, each with one email address:\n",
            qPrintable(url.toString(QUrl::StripTrailingSlash)), count, inFlight);
    for (const bool withTokens : {false, true}) {
        const Figures figures =
                runBatch(url, withTokens ? QStringLiteral("signedin") : QStringLiteral("plain"),
                        count, inFlight, withTokens,
                        dir.filePath(withTokens ? QStringLiteral("signedin.csv")
                                                : QStringLiteral("plain.csv")));
        std::printf("  %s: %lld created, %lld not, %.2f s, %.0f accounts/s, %d token "
                    "request(s), %d HTTP requests, %.2f requests per account\n",
                withTokens ? "with an access token each (--with-tokens)"
                           : "no sessions                             ",
                figures.created, figures.notCreated, figures.elapsedMs / 1000.0,
                figures.created * 1000.0 / qMax<qint64>(1, figures.elapsedMs),
                figures.tokenRequests, figures.httpRequests,
                double(figures.httpRequests) / qMax<qint64>(1, figures.created));
    }
    server.terminate();
    server.waitForFinished(5000);

    // A long run, compressed: the homeserver's clock and the token's move a second per account.
    const qint64 ttlSeconds = 60;
    qint64 now = 1700000000;
    devserver::DevServer simulated;
    simulated.setAuthDelegated(true);
    simulated.setServerName(QStringLiteral("bench.test"));
    simulated.setClock([&now] { return now; });
    simulated.mas().setAccessTokenTtl(ttlSeconds);
    if (simulated.listen() == 0) {
        return 1;
    }
    const Figures lifetimes = runBatch(
            simulated.baseUrl(), QStringLiteral("long"), count, inFlight, false,
            dir.filePath(QStringLiteral("long.csv")),
            [&now](flows::BatchRun::Settings &settings) {
                settings.masClockMs = [&now] { return now * 1000; };
            },
            [&now](flows::BatchRun &run) {
                QObject::connect(&run, &flows::BatchRun::rowEnded, &run, [&now] { ++now; });
            });
    std::printf("  a run of %lld s on a simulated clock (a second per account), tokens of %lld s, "
                "renewed %lld s before they expire: %lld created, %d token requests (%d by the "
                "local homeserver's count), %.1f accounts per token\n",
            now - 1700000000, ttlSeconds, net::MasAdminToken::kRenewBeforeMs / 1000,
            lifetimes.created, lifetimes.tokenRequests, simulated.mas().tokenRequestCount(),
            double(lifetimes.created) / qMax(1, lifetimes.tokenRequests));
    return 0;
}
