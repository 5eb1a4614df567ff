// SPDX-License-Identifier: GPL-3.0-or-later
// The batch window with a large CSV file (100,000 rows unless told): the time from "Check file"
// to the checked rows on screen, the peak resident memory, and the longest stall of the event
// loop while checking and while creating the accounts against the local homeserver, which runs
// as its own process so that its work is not counted as the window's. The batch window is
// opened from the main window with its History tab shown, so that every created account is also
// recorded in the history file and listed there while the run goes on. Prints figures; asserts
// nothing.
//   bench_batch_window [ROWS]
#include "AccountHistory.h"
#include "BatchWindow.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProcStatus.h"
#include "ProfileStore.h"
#include "SecretVault.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace registrar;

namespace {

const QByteArray kSecret = "bench-secret";

/*!
 * This thread's time on the CPU and its time waiting for one while runnable, in microseconds,
 * from /proc/thread-self/schedstat; zeros when the kernel does not keep them.
 */
struct ThreadTimes
{
    qint64 onCpuUs = 0;
    qint64 waitingUs = 0;
};

ThreadTimes threadTimes()
{
    QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
    if (!schedstat.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QList<QByteArray> fields = schedstat.readAll().simplified().split(' ');
    if (fields.size() < 2) {
        return {};
    }
    return {fields.at(0).toLongLong() / 1000, fields.at(1).toLongLong() / 1000};
}

/*!
 * The longest gap between the ticks of a 5 ms timer: how long the event loop could not run
 * anything else (input, painting). Restarted for each phase of the benchmark. Each gap is also
 * split by where the GUI thread was: on the CPU (the window's own work), runnable but waiting for
 * a CPU (the machine's other load), or neither (blocked in a call, such as a write).
 */
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(5);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            const ThreadTimes times = threadTimes();
            const qint64 gap = now - m_lastTick;
            const qint64 gapCpuUs = times.onCpuUs - m_lastTimes.onCpuUs;
            if (gap > m_longest) {
                m_longest = gap;
                m_longestCpuUs = gapCpuUs;
                m_longestWaitingUs = times.waitingUs - m_lastTimes.waitingUs;
                m_longestEndedAt = now;
            }
            m_longestBusyUs = qMax(m_longestBusyUs, gapCpuUs);
            if (gap > 100) {
                ++m_over100;
            }
            m_lastTick = now;
            m_lastTimes = times;
        });
        m_clock.start();
        m_ticker.start();
    }

    void restart()
    {
        m_lastTick = m_clock.elapsed();
        m_lastTimes = threadTimes();
        m_phaseStart = m_lastTick;
        m_longest = 0;
        m_longestCpuUs = 0;
        m_longestWaitingUs = 0;
        m_longestBusyUs = 0;
        m_longestEndedAt = 0;
        m_over100 = 0;
    }

    void print(const char *phase) const
    {
        std::printf("  longest event-loop stall %s: %lld ms (ending %.1f s into it; of it %lld ms "
                    "on the CPU, %lld ms waiting for one), %d stalls over 100 ms; longest CPU "
                    "time between two ticks: %lld ms\n",
                phase, static_cast<long long>(m_longest),
                (m_longestEndedAt - m_phaseStart) / 1000.0,
                static_cast<long long>(m_longestCpuUs / 1000),
                static_cast<long long>(m_longestWaitingUs / 1000), m_over100,
                static_cast<long long>(m_longestBusyUs / 1000));
    }

private:
    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    ThreadTimes m_lastTimes;
    qint64 m_phaseStart = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpuUs = 0;
    qint64 m_longestWaitingUs = 0;
    qint64 m_longestBusyUs = 0;
    qint64 m_longestEndedAt = 0;
    int m_over100 = 0;
};

//! Sets the flag when the widget has painted (the timer fires once the paint event is done).
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }

    void arm(const QElapsedTimer *clock) { m_clock = clock, m_paintedAtMs = -1; }

    qint64 paintedAtMs() const { return m_paintedAtMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_clock && m_paintedAtMs < 0 && event->type() == QEvent::Paint) {
            QTimer::singleShot(0, this, [this] {
                if (m_clock && m_paintedAtMs < 0) {
                    m_paintedAtMs = m_clock->elapsed();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer *m_clock = nullptr;
    qint64 m_paintedAtMs = -1;
};

bool writeCsv(const QString &path, int rows)
{
    QFile csv(path);
    if (!csv.open(QIODevice::WriteOnly)) {
        return false;
    }
    QByteArray text = "username,displayname\n";
    for (int i = 1; i <= rows; ++i) {
        text += "scale" + QByteArray::number(i) + ",Scale user " + QByteArray::number(i) + '\n';
    }
    return csv.write(text) == text.size();
}

template <typename T>
T *child(QWidget *window, const char *name)
{
    return window->findChild<T *>(QLatin1String(name));
}

//! Runs the event loop until \a done or \a timeoutMs passed; false on the timeout.
bool waitFor(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    // A throw-away home, so that nothing of the user's own settings is read or written.
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral(".config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral(".local/share")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as it comes, also into a pipe
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;

    QProcess server;
    server.start(QStringLiteral(REGISTRAR_DEVSERVER_PATH),
            {QStringLiteral("--secret"), QString::fromLatin1(kSecret)});
    if (!server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the local homeserver did not start\n");
        return 1;
    }
    const QUrl url(QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"))
                           .match(QString::fromUtf8(server.readLine()))
                           .captured(1));
    server.setStandardOutputFile(QProcess::nullDevice()); // it logs every account
    server.closeReadChannel(QProcess::StandardError);

    const QString csvPath = home.filePath(QStringLiteral("users.csv"));
    if (!writeCsv(csvPath, rows)) {
        std::fprintf(stderr, "could not write %s\n", qPrintable(csvPath));
        return 1;
    }

    QNetworkAccessManager manager;
    store::ProfileStore profiles(std::make_unique<QSettings>(
            home.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat));
    store::MemorySecretStore keychain;
    store::SecretVault secrets(&keychain);
    store::Profile profile;
    profile.name = QStringLiteral("Local");
    profile.clientUrl = url;
    profile.serverName = QStringLiteral("localhost");
    QString error;
    if (!profiles.add(profile, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    bool stored = false;
    keychain.write(profile.id, core::SecretBytes(kSecret), &keychain,
            [&stored](const store::SecretStore::Result &) { stored = true; });
    waitFor([&stored] { return stored; }, 5000);

    const QString historyPath = home.filePath(QStringLiteral("history.json"));
    widgets::MainWindow mainWindow(&manager, &profiles, &secrets, historyPath);
    mainWindow.resize(1366, 900);
    mainWindow.show();
    child<QTabWidget>(&mainWindow, "resultTabs")
            ->setCurrentWidget(child<QWidget>(&mainWindow, "historyTab"));
    auto *historyView = child<QTableView>(&mainWindow, "historyTable");
    child<QPushButton>(&mainWindow, "batchButton")->click();
    auto *batchWindow = mainWindow.findChild<widgets::BatchWindow *>();
    if (!batchWindow) {
        std::fprintf(stderr, "the batch window did not open\n");
        return 1;
    }
    widgets::BatchWindow &window = *batchWindow;
    window.resize(1000, 700);
    int historyWrites = 0;
    QObject::connect(&window, &widgets::BatchWindow::historyChanged, &app,
            [&historyWrites] { ++historyWrites; });
    auto *view = child<QTableView>(&window, "rowsView");
    auto *summary = child<QLabel>(&window, "summaryLabel");
    child<QLineEdit>(&window, "fileEdit")->setText(csvPath);
    child<QLineEdit>(&window, "resultsEdit")->setText(home.filePath(QStringLiteral("results.csv")));
    const int concurrency = child<QSpinBox>(&window, "concurrencySpin")->value();
    waitFor([] { return false; }, 300); // shown and idle

    StallMeter stalls;
    PaintWatcher painted(view->viewport());
    QElapsedTimer clock;
    std::printf("batch window, %d CSV rows, local homeserver at %s, concurrency %d:\n", rows,
            qPrintable(url.toString()), concurrency);
    std::printf("  before the check: VmHWM %s\n", bench::procStatusField("VmHWM:").constData());

    stalls.restart();
    clock.start();
    painted.arm(&clock);
    QTimer::singleShot(
            0, &window, [&window] { child<QPushButton>(&window, "checkButton")->click(); });
    waitFor([&] { return painted.paintedAtMs() >= 0 && view->model()->rowCount() > 0; }, 600000);
    std::printf("  checked rows shown after %lld ms (%d rows in the table); VmHWM %s\n",
            static_cast<long long>(painted.paintedAtMs()), view->model()->rowCount(),
            bench::procStatusField("VmHWM:").constData());
    stalls.print("while checking");
    std::printf("  %s\n", qPrintable(summary->text()));

    // The confirmation is a modal box with a loop of its own: answer it from inside.
    QTimer answer;
    answer.setInterval(20);
    QObject::connect(&answer, &QTimer::timeout, &app, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            answer.stop();
            stalls.restart();
            clock.restart();
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start();
    QTimer::singleShot(
            0, &window, [&window] { child<QPushButton>(&window, "createButton")->click(); });
    const bool finished =
            waitFor([&] { return !answer.isActive() && !window.isRunning(); }, 3600 * 1000);
    const qint64 runMs = clock.elapsed();
    std::printf("  run %s after %.1f s (%.0f rows/s); VmHWM %s, VmRSS %s\n",
            finished ? "finished" : "timed out", runMs / 1000.0,
            rows * 1000.0 / qMax<qint64>(1, runMs), bench::procStatusField("VmHWM:").constData(),
            bench::procStatusField("VmRSS:").constData());
    stalls.print("while creating the accounts");
    std::printf("  %s\n", qPrintable(summary->text()));

    // What recording the accounts in the history cost: the writes happened during the run (and
    // are in its stalls); one more write of the whole file shows what the last of them took.
    store::AccountHistory history(historyPath);
    QElapsedTimer historyClock;
    historyClock.start();
    const bool loaded = history.load(&error);
    const qint64 loadMs = historyClock.restart();
    history.append({QStringLiteral("@one-more:localhost"), QStringLiteral("localhost"),
                           QDateTime::currentDateTime(), false, {}},
            &error);
    const qint64 writeMs = historyClock.elapsed();
    std::printf("  history: %lld entries (%d in the History table), %.1f MB, written %d times "
                "during the run; reading it takes %lld ms, one write of it %lld ms%s%s\n",
            static_cast<long long>(history.entries().size()) - 1, historyView->model()->rowCount(),
            QFileInfo(historyPath).size() / 1e6, historyWrites, static_cast<long long>(loadMs),
            static_cast<long long>(writeMs), loaded ? "" : "; ", loaded ? "" : qPrintable(error));
    server.terminate();
    server.waitForFinished(5000);
    return finished ? 0 : 1;
}
