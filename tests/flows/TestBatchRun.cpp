// SPDX-License-Identifier: GPL-3.0-or-later
// A batch run over files that change or hold rows of other runs, against the local homeserver.
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

private:
    //! Runs \a csv into \a results; the run, finished.
    std::unique_ptr<BatchRun> run(QIODevice *csv, BatchResults *results, bool cancelFirst = false);

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

std::unique_ptr<BatchRun> TestBatchRun::run(QIODevice *csv, BatchResults *results, bool cancelFirst)
{
    BatchRun::Settings settings;
    settings.adminUrl = m_server->baseUrl();
    settings.serverName = QStringLiteral("run.test");
    auto batch = std::make_unique<BatchRun>(m_transport.get(), settings, csv, results);
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

QTEST_GUILESS_MAIN(TestBatchRun)
#include "TestBatchRun.moc"
