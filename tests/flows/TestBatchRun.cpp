// SPDX-License-Identifier: GPL-3.0-or-later
// A batch run over files that change or hold rows of other runs, against the local homeserver.
#include "AccountHistory.h"
#include "BatchResults.h"
#include "BatchRun.h"
#include "DevServer.h"
#include "HttpTransport.h"

#include <QBuffer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using registrar::devserver::DevServer;
using registrar::flows::BatchRun;
using registrar::store::BatchResults;

class TestBatchRun : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aFileThatChangedAfterItsCheckStopsTheRun();
    void aJournalWithPasswordsOfOtherRowsIsKept();
    void cancelBeforeTheStartSendsNothing();
    void createdAccountsGoToTheHistoryInFewWrites();
    void resumedAndSettledRowsAreInTheHistoryOnce();
    void theHistoryIsWrittenWhileTheRunGoesOn();

private:
    //! Runs \a csv into \a results (and \a history, if given); the run, finished.
    std::unique_ptr<BatchRun> run(QIODevice *csv, BatchResults *results, bool cancelFirst = false,
            registrar::store::AccountHistory *history = nullptr);
    //! Runs the batch file \a csv into results.csv and \a history; the run, finished.
    std::unique_ptr<BatchRun> runWithHistory(
            const QByteArray &csv, registrar::store::AccountHistory *history);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_manager;
    std::unique_ptr<registrar::net::HttpTransport> m_transport;
};

void TestBatchRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<DevServer>();
    m_server->setSharedSecret("run-secret");
    m_server->setServerName(QStringLiteral("run.test"));
    QVERIFY(m_server->listen() != 0);
    m_manager = std::make_unique<QNetworkAccessManager>();
    m_transport = std::make_unique<registrar::net::HttpTransport>(
            m_manager.get(), registrar::net::TransportSettings{});
}

void TestBatchRun::cleanup()
{
    m_transport.reset();
    m_manager.reset();
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<BatchRun> TestBatchRun::run(QIODevice *csv, BatchResults *results, bool cancelFirst,
        registrar::store::AccountHistory *history)
{
    BatchRun::Settings settings;
    settings.adminUrl = m_server->baseUrl();
    settings.serverName = QStringLiteral("run.test");
    auto batch = std::make_unique<BatchRun>(m_transport.get(), settings, csv, results);
    batch->setHistory(history);
    QSignalSpy finished(batch.get(), &BatchRun::finished);
    if (cancelFirst) {
        batch->cancel();
    }
    batch->start(registrar::core::SecretBytes("run-secret"));
    if (!finished.wait(15000)) {
        qWarning("the run did not finish");
    }
    return batch;
}

void TestBatchRun::aFileThatChangedAfterItsCheckStopsTheRun()
{
    // Checked when it was whole; now its third row holds a bare CR.
    QBuffer csv;
    csv.setData("username\nann\nbob\rcat\ndan\n");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    BatchResults results(m_dir->filePath(QStringLiteral("results.csv")));
    QString error;
    QVERIFY2(results.open(&error), qPrintable(error));
    BatchRun::Settings settings;
    settings.adminUrl = m_server->baseUrl();
    settings.serverName = QStringLiteral("run.test");
    BatchRun batch(m_transport.get(), settings, &csv, &results);
    QSignalSpy problem(&batch, &BatchRun::problem);
    QSignalSpy finished(&batch, &BatchRun::finished);
    batch.start(registrar::core::SecretBytes("run-secret"));
    QVERIFY(finished.wait(15000));
    QCOMPARE(problem.count(), 1);
    QVERIFY2(problem.constFirst().constFirst().toString().contains(QLatin1String("Line 3")),
            qPrintable(problem.constFirst().constFirst().toString()));
    QVERIFY(batch.stoppedByProblem());
    QVERIFY(!m_server->account(QStringLiteral("dan")));
}

void TestBatchRun::aJournalWithPasswordsOfOtherRowsIsKept()
{
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    // An interrupted run of another batch file journalled zed's password and recorded nothing.
    QFile journal(out + QStringLiteral(".pending"));
    QVERIFY(journal.open(QIODevice::WriteOnly));
    journal.write("zed,zeds-generated-password\r\n");
    journal.close();
    QVERIFY(journal.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    QBuffer csv;
    csv.setData("username\nann\n");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    BatchResults results(out);
    QString error;
    QVERIFY2(results.open(&error), qPrintable(error));
    const std::unique_ptr<BatchRun> batch = run(&csv, &results);
    QCOMPARE(batch->counts().created, 1);
    QCOMPARE(batch->journalKeptFor(), QStringList{QStringLiteral("zed")});
    QVERIFY2(QFile::exists(journal.fileName()), "zed's password lives nowhere else");
    QFile kept(journal.fileName());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().contains("zeds-generated-password"));
}

void TestBatchRun::cancelBeforeTheStartSendsNothing()
{
    // Stop pressed while the keychain still reads the secret: the run starts stopped.
    QBuffer csv;
    csv.setData("username\nann\nbob\n");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    BatchResults results(m_dir->filePath(QStringLiteral("results.csv")));
    QString error;
    QVERIFY2(results.open(&error), qPrintable(error));
    const std::unique_ptr<BatchRun> batch = run(&csv, &results, true);
    QVERIFY(batch->isCancelled());
    QCOMPARE(m_server->requestCount(), 0);
    QCOMPARE(batch->counts().toRun, 0);
}

std::unique_ptr<BatchRun> TestBatchRun::runWithHistory(
        const QByteArray &csv, registrar::store::AccountHistory *history)
{
    QBuffer input;
    input.setData(csv);
    input.open(QIODevice::ReadOnly);
    BatchResults results(m_dir->filePath(QStringLiteral("results.csv")));
    QString error;
    if (!results.open(&error)) {
        qWarning("%s", qPrintable(error));
    }
    return run(&input, &results, false, history);
}

void TestBatchRun::createdAccountsGoToTheHistoryInFewWrites()
{
    QByteArray csv = "username,admin,user_type\nboss,yes,\nhelper,no,bot\nbad name,,\n";
    for (int i = 0; i < 60; ++i) {
        csv += "user" + QByteArray::number(i) + ",,\n";
    }
    registrar::store::AccountHistory history(m_dir->filePath(QStringLiteral("history.json")));
    QString error;
    QVERIFY(history.load(&error));
    const std::unique_ptr<BatchRun> batch = runWithHistory(csv, &history);
    QCOMPARE(batch->counts().created, 62);
    QVERIFY2(batch->historyError().isEmpty(), qPrintable(batch->historyError()));
    QCOMPARE(history.entries().size(), 62);
    // Written together, not once per account (62 writes of a growing file).
    QVERIFY2(history.writeCount() < 10, qPrintable(QString::number(history.writeCount())));

    registrar::store::AccountHistory reloaded(history.filePath());
    QVERIFY2(reloaded.load(&error), qPrintable(error));
    QCOMPARE(reloaded.entries().size(), 62);
    QHash<QString, registrar::store::AccountHistory::Entry> byUser;
    for (const auto &entry : reloaded.entries()) {
        byUser.insert(entry.userId, entry);
    }
    QVERIFY(byUser.value(QStringLiteral("@boss:run.test")).admin);
    QCOMPARE(byUser.value(QStringLiteral("@helper:run.test")).userType, QStringLiteral("bot"));
    QCOMPARE(
            byUser.value(QStringLiteral("@user7:run.test")).homeServer, QStringLiteral("run.test"));
    QVERIFY(!byUser.value(QStringLiteral("@user7:run.test")).createdAt.isNull());
}

void TestBatchRun::resumedAndSettledRowsAreInTheHistoryOnce()
{
    registrar::store::AccountHistory history(m_dir->filePath(QStringLiteral("history.json")));
    // ann's answer is lost after Synapse created her: she is "unknown", and not listed yet.
    m_server->setFault(
            DevServer::Fault::HtmlGatewayTimeout, DevServer::FaultTarget::AfterRegistering);
    std::unique_ptr<BatchRun> batch = runWithHistory("username\nann\n", &history);
    QCOMPARE(batch->counts().mayExist, 1);
    QVERIFY(history.entries().isEmpty());

    // The next run settles her by signing in, and creates bob; the third run creates nothing.
    m_server->setFault(DevServer::Fault::None);
    batch = runWithHistory("username\nann\nbob\n", &history);
    QCOMPARE(batch->counts().created, 2);
    batch = runWithHistory("username\nann\nbob\n", &history);
    QCOMPARE(batch->counts().createdEarlier, 2);
    QStringList users;
    for (const auto &entry : history.entries()) {
        users.append(entry.userId);
    }
    users.sort();
    QCOMPARE(
            users, (QStringList{QStringLiteral("@ann:run.test"), QStringLiteral("@bob:run.test")}));
}

void TestBatchRun::theHistoryIsWrittenWhileTheRunGoesOn()
{
    // A crash during a long run loses at most the last second of the history: ann is in the
    // file while bob's request is still unanswered.
    QBuffer csv;
    csv.setData("username\nann\nbob\n");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    BatchResults results(m_dir->filePath(QStringLiteral("results.csv")));
    QString error;
    QVERIFY2(results.open(&error), qPrintable(error));
    registrar::store::AccountHistory history(m_dir->filePath(QStringLiteral("history.json")));
    BatchRun::Settings settings;
    settings.adminUrl = m_server->baseUrl();
    settings.serverName = QStringLiteral("run.test");
    settings.concurrency = 1;
    BatchRun batch(m_transport.get(), settings, &csv, &results);
    batch.setHistory(&history);
    const QMetaObject::Connection afterAnn = connect(&batch, &BatchRun::rowEnded, this, [this] {
        m_server->setFault(DevServer::Fault::Hang); // bob's requests get no answer
    });
    QSignalSpy recorded(&batch, &BatchRun::historyRecorded);
    QSignalSpy finished(&batch, &BatchRun::finished);
    batch.start(registrar::core::SecretBytes("run-secret"));
    QVERIFY(recorded.wait(15000));
    disconnect(afterAnn);
    QCOMPARE(finished.count(), 0);
    registrar::store::AccountHistory written(history.filePath());
    QVERIFY2(written.load(&error), qPrintable(error));
    QCOMPARE(written.entries().size(), 1);
    QCOMPARE(written.entries().constFirst().userId, QStringLiteral("@ann:run.test"));

    m_server.reset(); // bob's connection closes: the run ends
    QVERIFY(finished.wait(15000));
    QCOMPARE(history.entries().size(), 1);
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "TestBatchRun.moc"
