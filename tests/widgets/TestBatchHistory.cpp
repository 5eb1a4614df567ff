// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's History with batch runs: what a run creates is listed, once, and the columns
// show their content whole.
#include "AccountHistory.h"
#include "BatchWindow.h"
#include "HistoryTableModel.h"
#include "MainWindow.h"
#include "WidgetFixture.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using registrar::devserver::DevServer;
using registrar::store::AccountHistory;
using registrar::widgets::BatchWindow;
using registrar::widgets::HistoryTableModel;
using registrar::widgets::MainWindow;

namespace {

const QByteArray kSecret = "batch-history-secret-0123456789";

//! The widget called \a name in \a parent's tree; a test without it stops at once.
template <typename T>
T *widgetIn(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found) {
        qFatal("%s has no widget %s", parent->metaObject()->className(), name);
    }
    return found;
}

//! Replaces the text of \a edit by typing \a text, as a user does.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->clear();
    QTest::keyClicks(edit, text);
}

//! Clicks Yes in the next message box, from inside its exec().
void answerYesToTheNextQuestion(QObject *owner)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, owner, [timer] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            box->button(QMessageBox::Yes)->click();
        }
    });
    timer->start();
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row) {
        cells.append(model->index(row, column).data().toString());
    }
    return cells;
}

} // namespace

class TestBatchHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void batchAccountsAppearInHistoryOnce();
    void historyColumnsShowTheirContent();
    void closingTheMainWindowWaitsForARunningBatch();
    void theBatchWindowCreatesAccountsOnTuwunelAndDendrite_data();
    void theBatchWindowCreatesAccountsOnTuwunelAndDendrite();

private:
    QString historyPath() const { return m_env->dir.filePath(QStringLiteral("history.json")); }

    //! Opens the batch window from the main window, checks \a csv and creates its accounts.
    void runBatch(const QString &csv, const QString &results);

    std::unique_ptr<WidgetFixture> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestBatchHistory::init()
{
    m_env = std::make_unique<WidgetFixture>(kSecret, QStringLiteral("batch.test"));
}

void TestBatchHistory::cleanup()
{
    m_window.reset();
    m_env.reset();
}

void TestBatchHistory::runBatch(const QString &csv, const QString &results)
{
    QTest::mouseClick(widgetIn<QPushButton>(m_window.get(), "batchButton"), Qt::LeftButton);
    auto *batch = m_window->findChild<BatchWindow *>();
    QVERIFY(batch);
    QVERIFY(QTest::qWaitForWindowExposed(batch));
    retype(widgetIn<QLineEdit>(batch, "fileEdit"), csv);
    QTest::mouseClick(widgetIn<QPushButton>(batch, "checkButton"), Qt::LeftButton);
    retype(widgetIn<QLineEdit>(batch, "resultsEdit"), results);
    answerYesToTheNextQuestion(batch);
    QTest::mouseClick(widgetIn<QPushButton>(batch, "createButton"), Qt::LeftButton);
    auto *summary = widgetIn<QLabel>(batch, "summaryLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(
            summary->text().startsWith(QLatin1String("Done")), qPrintable(summary->text()), 15000);
    QVERIFY(!batch->isRunning());
    batch->close();
    QTRY_VERIFY(!m_window->findChild<BatchWindow *>()); // deleted on close
}

void TestBatchHistory::closingTheMainWindowWaitsForARunningBatch()
{
    m_env->addProfile(QStringLiteral("Batch"), true);
    m_window = std::make_unique<MainWindow>(
            &m_env->manager, m_env->profiles.get(), &m_env->secrets, historyPath());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QFile csv(m_env->dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username\nslow1\nslow2\n");
    csv.close();
    m_env->server.setFault(DevServer::Fault::Hang, DevServer::FaultTarget::RegisterPost);

    QTest::mouseClick(widgetIn<QPushButton>(m_window.get(), "batchButton"), Qt::LeftButton);
    auto *batch = m_window->findChild<BatchWindow *>();
    QVERIFY(batch);
    QVERIFY(QTest::qWaitForWindowExposed(batch));
    retype(widgetIn<QLineEdit>(batch, "fileEdit"), csv.fileName());
    QTest::mouseClick(widgetIn<QPushButton>(batch, "checkButton"), Qt::LeftButton);
    retype(widgetIn<QLineEdit>(batch, "resultsEdit"),
            m_env->dir.filePath(QStringLiteral("results.csv")));
    answerYesToTheNextQuestion(batch);
    QTest::mouseClick(widgetIn<QPushButton>(batch, "createButton"), Qt::LeftButton);
    QTRY_VERIFY(batch->isRunning());

    // The main window stays: the rows in flight are not dropped unrecorded.
    QString said;
    QTimer::singleShot(0, this, [&said] {
        QTRY_VERIFY(QApplication::activeModalWidget());
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        said = box->text();
        box->accept();
    });
    QVERIFY(!m_window->close());
    QVERIFY2(said.contains(QLatin1String("batch run")), qPrintable(said));
    QVERIFY(m_window->isVisible());
    QVERIFY(batch->isRunning());
}

void TestBatchHistory::theBatchWindowCreatesAccountsOnTuwunelAndDendrite_data()
{
    QTest::addColumn<DevServer::Flavour>("flavour");
    QTest::newRow("tuwunel") << DevServer::Flavour::Tuwunel;
    QTest::newRow("dendrite") << DevServer::Flavour::Dendrite;
}

void TestBatchHistory::theBatchWindowCreatesAccountsOnTuwunelAndDendrite()
{
    QFETCH(DevServer::Flavour, flavour);
    m_env->server.setFlavour(flavour);
    m_env->addProfile(QStringLiteral("Other backend"), true);
    QFile csv(m_env->dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username\nann\nbob\ncat\n");
    csv.close();
    m_window = std::make_unique<MainWindow>(
            &m_env->manager, m_env->profiles.get(), &m_env->secrets, historyPath());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    runBatch(csv.fileName(), m_env->dir.filePath(QStringLiteral("results.csv")));
    QCOMPARE(m_env->server.accountCount(), 3);
    // Dendrite's replies name no home server: the history has it from the user IDs.
    auto *table = widgetIn<QTableView>(m_window.get(), "historyTable");
    QTRY_COMPARE(table->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(table->model()->index(row, HistoryTableModel::Server).data().toString(),
                QStringLiteral("batch.test"));
    }
}

void TestBatchHistory::batchAccountsAppearInHistoryOnce()
{
    m_env->addProfile(QStringLiteral("Batch"), true);
    {
        // One account the app created before: still listed below the batch's.
        AccountHistory earlier(historyPath());
        QString error;
        QVERIFY(earlier.append({QStringLiteral("@before:batch.test"), QStringLiteral("batch.test"),
                                       QDateTime::currentDateTime().addDays(-1), false, {}},
                &error));
    }
    QFile csv(m_env->dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username,admin,user_type\n"
              "ann,yes,\n"
              "bob,no,bot\n"
              "4 2,,\n");
    csv.close();
    const QString results = m_env->dir.filePath(QStringLiteral("results.csv"));
    m_window = std::make_unique<MainWindow>(
            &m_env->manager, m_env->profiles.get(), &m_env->secrets, historyPath());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = widgetIn<QTableView>(m_window.get(), "historyTable");
    QCOMPARE(table->model()->rowCount(), 1);

    runBatch(csv.fileName(), results);
    // Listed while the main window is open, newest first, without a token or a password.
    QTRY_COMPARE(table->model()->rowCount(), 3);
    const QStringList users = column(table->model(), HistoryTableModel::UserId);
    QCOMPARE(users.last(), QStringLiteral("@before:batch.test"));
    QVERIFY2(users.contains(QStringLiteral("@ann:batch.test"))
                    && users.contains(QStringLiteral("@bob:batch.test")),
            qPrintable(users.join(u' ')));
    const int ann = int(users.indexOf(QStringLiteral("@ann:batch.test")));
    const int bob = int(users.indexOf(QStringLiteral("@bob:batch.test")));
    QCOMPARE(table->model()->index(ann, HistoryTableModel::Admin).data().toString(),
            QStringLiteral("yes"));
    QCOMPARE(table->model()->index(bob, HistoryTableModel::Type).data().toString(),
            QStringLiteral("bot"));
    QCOMPARE(table->model()->index(bob, HistoryTableModel::Server).data().toString(),
            QStringLiteral("batch.test"));
    QVERIFY(widgetIn<QPushButton>(m_window.get(), "clearHistoryButton")->isEnabled());

    // The same file again, with one row more: what the results file records as created is not
    // listed a second time.
    QVERIFY(csv.open(QIODevice::Append));
    csv.write("cat,,\n");
    csv.close();
    runBatch(csv.fileName(), results);
    QTRY_COMPARE(table->model()->rowCount(), 4);
    QCOMPARE(table->model()->index(0, HistoryTableModel::UserId).data().toString(),
            QStringLiteral("@cat:batch.test"));
    QCOMPARE(column(table->model(), HistoryTableModel::UserId)
                     .count(QStringLiteral("@ann:batch.test")),
            1);

    // And the file has them for the next start.
    AccountHistory reloaded(historyPath());
    QString error;
    QVERIFY2(reloaded.load(&error), qPrintable(error));
    QCOMPARE(reloaded.entries().size(), 4);
    QFile file(historyPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QFile resultsFile(results);
    QVERIFY(resultsFile.open(QIODevice::ReadOnly));
    const QByteArray recorded = resultsFile.readAll();
    QVERIFY(recorded.contains("ann"));
    const QByteArray history = file.readAll();
    QVERIFY(!history.contains("password"));
    QVERIFY(!history.contains("token"));
}

void TestBatchHistory::historyColumnsShowTheirContent()
{
    {
        // Long server names and dates, as a real deployment has them.
        AccountHistory history(historyPath());
        QList<AccountHistory::Entry> entries;
        for (int i = 0; i < 30; ++i) {
            entries.append(
                    {QStringLiteral("@student%1:matrix.physics.example-university.org").arg(i),
                            QStringLiteral("matrix.physics.example-university.org"),
                            QDateTime(QDate(2026, 12, 28), QTime(23, 59)), i % 3 == 0,
                            i % 2 ? QStringLiteral("support") : QString()});
        }
        QString error;
        QVERIFY(history.appendAll(entries, &error));
    }
    m_window = std::make_unique<MainWindow>(
            &m_env->manager, m_env->profiles.get(), &m_env->secrets, historyPath());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = widgetIn<QTableView>(m_window.get(), "historyTable");
    auto *tabs = widgetIn<QTabWidget>(m_window.get(), "resultTabs");
    tabs->setCurrentWidget(widgetIn<QWidget>(m_window.get(), "historyTab"));
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 30);
    QHeaderView *header = table->horizontalHeader();
    const QAbstractItemView *cells = table; // QTableView hides sizeHintForColumn()
    // Wide, and as narrow as the window goes: a column too wide for the pane scrolls, none is cut.
    for (const QSize size : {QSize(1366, 900), QSize(1, 1)}) {
        m_window->resize(size);
        for (int section = 0; section < HistoryTableModel::ColumnCount; ++section) {
            const QString name = table->model()->headerData(section, Qt::Horizontal).toString();
            QTRY_VERIFY2(header->sectionSize(section) >= header->sectionSizeHint(section),
                    qPrintable(QStringLiteral("at %1 px, the header \"%2\" is cut: %3 < %4")
                                       .arg(m_window->width())
                                       .arg(name)
                                       .arg(header->sectionSize(section))
                                       .arg(header->sectionSizeHint(section))));
            QVERIFY2(header->sectionSize(section) >= cells->sizeHintForColumn(section),
                    qPrintable(QStringLiteral("at %1 px, the cells of \"%2\" are cut: %3 < %4")
                                       .arg(m_window->width())
                                       .arg(name)
                                       .arg(header->sectionSize(section))
                                       .arg(cells->sizeHintForColumn(section))));
        }
    }
}

QTEST_MAIN(TestBatchHistory)
#include "TestBatchHistory.moc"
