// SPDX-License-Identifier: GPL-3.0-or-later
// A batch run over files that change or hold rows of other runs, against the local homeserver.
#include "AccountHistory.h"
#include "BatchResults.h"
#include "BatchRun.h"
#include "CsvReader.h"
#include "DevServer.h"
#include "HttpTransport.h"
#include "MasAdminToken.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using registrar::core::BatchInput;
using registrar::devserver::DevServer;
using registrar::flows::BatchRun;
using registrar::store::BatchResults;

namespace {

const QString kMasClientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
const QByteArray kMasClientSecret = "s3cret-example";
//! The path of MAS's POST users, which creates a user: how many were sent.
const QString kMasUsersPath = QStringLiteral("/mas/api/admin/v1/users");

//! Every record of the results CSV at \a path, as column name to value.
QList<QHash<QString, QString>> csvRecordsOf(const QString &path)
{
    QList<QHash<QString, QString>> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return records;
    }
    registrar::core::CsvReader reader(&file);
    const QStringList header = reader.next().value_or(QStringList());
    while (const auto row = reader.next()) {
        QHash<QString, QString> record;
        for (qsizetype i = 0; i < header.size(); ++i) {
            record.insert(header.at(i), row->value(i));
        }
        records.append(record);
    }
    return records;
}

//! The last record of each username in \a records.
QHash<QString, QHash<QString, QString>> byUsername(const QList<QHash<QString, QString>> &records)
{
    QHash<QString, QHash<QString, QString>> last;
    for (const QHash<QString, QString> &record : records) {
        last.insert(record.value(QStringLiteral("username")), record);
    }
    return last;
}

} // namespace

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
    void theEmailColumnTakesSeveralAddresses();
    void emailsOnAServerWithoutMasMakeTheRowInvalid();
    void aMasRunCreatesEveryRowWithOneToken();
    void aMasRunAsksForANewTokenOncePerLifetime();
    void aMasRowThatStopsAfterItsUserExistsIsResumed_data();
    void aMasRowThatStopsAfterItsUserExistsIsResumed();
    void aMasResultsFileInJsonHasTheMasFields();
    void aMasRowWhoseCreationWasLostIsNotLeftOpen();
    void aResultsFileWithoutTheMasColumnsKeepsItsColumns();

private:
    //! Turns the local homeserver into a Synapse delegating to MAS, on a clock the test moves.
    void delegateToMas();
    BatchRun::Settings masSettings() const;
    //! Runs \a csv through MAS into the results file \a out; the run, finished.
    std::unique_ptr<BatchRun> runMas(const QByteArray &csv, const QString &out,
            const std::function<void(BatchRun::Settings &)> &adjust = {},
            const std::function<void()> &afterEachRow = {});

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
    qint64 m_now = 1700000000; //!< the local homeserver's clock, seconds, in the MAS tests
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

void TestBatchRun::theEmailColumnTakesSeveralAddresses()
{
    QBuffer csv;
    csv.setData("username,email\n"
                "ann,ann@example.org\n"
                "bob,\"bob@example.org; Bob@Work.example , bob@home.example;\"\n"
                "cat,\n"
                "dan,not-an-address\n"
                "eve,\"eve@example.org;EVE@example.org\"\n"
                "fay,ANN@example.org\n"
                "gil,gil @example.org\n");
    QVERIFY(csv.open(QIODevice::ReadOnly));
    BatchInput input(&csv, QStringLiteral("run.test"), 20, false);
    QVERIFY2(input.readHeader(), qPrintable(input.error()));
    QHash<QString, registrar::core::BatchRow> rows;
    while (const auto row = input.next()) {
        rows.insert(row->username, *row);
    }
    QCOMPARE(rows.value(QStringLiteral("ann")).request.emails,
            QStringList{QStringLiteral("ann@example.org")});
    QVERIFY(rows.value(QStringLiteral("ann")).isValid());
    QCOMPARE(rows.value(QStringLiteral("bob")).request.emails,
            (QStringList{QStringLiteral("bob@example.org"), QStringLiteral("Bob@Work.example"),
                    QStringLiteral("bob@home.example")}));
    QVERIFY(rows.value(QStringLiteral("bob")).isValid());
    QVERIFY(rows.value(QStringLiteral("cat")).request.emails.isEmpty());
    QVERIFY(rows.value(QStringLiteral("cat")).isValid());
    QVERIFY(!rows.value(QStringLiteral("dan")).isValid());
    QVERIFY(rows.value(QStringLiteral("dan"))
                    .problems.join(QLatin1Char(' '))
                    .contains(QLatin1String("not an email address")));
    // MAS would refuse the second of these after creating the user: refused before sending.
    QVERIFY(rows.value(QStringLiteral("eve"))
                    .problems.join(QLatin1Char(' '))
                    .contains(QLatin1String("twice in the row")));
    QVERIFY(rows.value(QStringLiteral("fay"))
                    .problems.join(QLatin1Char(' '))
                    .contains(QLatin1String("earlier in the file")));
    QVERIFY(!rows.value(QStringLiteral("gil")).isValid());
}

void TestBatchRun::emailsOnAServerWithoutMasMakeTheRowInvalid()
{
    // Shared-secret registration has nowhere to put an address: the row is not sent.
    const std::unique_ptr<BatchRun> batch =
            runWithHistory("username,email\nann,ann@example.org\nbob,\n", nullptr);
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    QCOMPARE(batch->counts().created, 1);
    QCOMPARE(batch->counts().invalid, 1);
    QVERIFY(!m_server->account(QStringLiteral("ann")));
    const auto records = byUsername(csvRecordsOf(out));
    QCOMPARE(records.value(QStringLiteral("ann")).value(QStringLiteral("status")),
            QStringLiteral("invalid"));
    QVERIFY(records.value(QStringLiteral("ann"))
                    .value(QStringLiteral("error"))
                    .contains(QLatin1String("MAS")));
}

void TestBatchRun::delegateToMas()
{
    m_server->setAuthDelegated(true);
    m_now = 1700000000;
    m_server->setClock([this] { return m_now; });
}

BatchRun::Settings TestBatchRun::masSettings() const
{
    BatchRun::Settings settings;
    settings.serverName = QStringLiteral("run.test");
    settings.clientUrl = m_server->baseUrl();
    settings.mas.masUrl =
            QUrl(m_server->baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/mas"));
    settings.mas.clientId = kMasClientId;
    return settings;
}

std::unique_ptr<BatchRun> TestBatchRun::runMas(const QByteArray &csv, const QString &out,
        const std::function<void(BatchRun::Settings &)> &adjust,
        const std::function<void()> &afterEachRow)
{
    auto input = new QBuffer(this);
    input->setData(csv);
    input->open(QIODevice::ReadOnly);
    auto results = new BatchResults(out);
    QString error;
    if (!results->open(&error)) {
        qWarning("%s", qPrintable(error));
    }
    BatchRun::Settings settings = masSettings();
    if (adjust) {
        adjust(settings);
    }
    auto batch = std::make_unique<BatchRun>(m_transport.get(), settings, input, results);
    connect(batch.get(), &QObject::destroyed, input, [input, results] {
        delete results;
        input->deleteLater();
    });
    if (afterEachRow) {
        connect(batch.get(), &BatchRun::rowEnded, this, afterEachRow);
    }
    QSignalSpy finished(batch.get(), &BatchRun::finished);
    batch->start(registrar::core::SecretBytes(kMasClientSecret));
    if (!finished.wait(30000)) {
        qWarning("the run did not finish");
    }
    return batch;
}

void TestBatchRun::aMasRunCreatesEveryRowWithOneToken()
{
    delegateToMas();
    QByteArray csv = "username,email,admin\n";
    for (int i = 0; i < 24; ++i) {
        const QByteArray name = "user" + QByteArray::number(i);
        csv += name + ",\"" + name + "@example.org"
                + (i % 3 == 0 ? "; " + name + "@work.example" : "") + "\"," + (i == 5 ? "yes" : "")
                + "\n";
    }
    csv += "plain,,\n"; // no address: nothing to add
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const std::unique_ptr<BatchRun> batch = runMas(csv, out);
    QCOMPARE(batch->counts().created, 25);
    QCOMPARE(batch->counts().worstExitCode, 0);
    // One token for the whole run, four rows in flight: never one per row.
    QCOMPARE(m_server->mas().tokenRequestCount(), 1);
    QCOMPARE(batch->masTokenRequests(), 1);
    QCOMPARE(m_server->portsReached(kMasUsersPath).size(), 25);

    const auto records = byUsername(csvRecordsOf(out));
    QCOMPARE(records.size(), 25);
    for (int i = 0; i < 24; ++i) {
        const QString name = QStringLiteral("user%1").arg(i);
        const auto user = m_server->mas().userByUsername(name);
        QVERIFY2(user, qPrintable(name));
        QStringList emails{name + QStringLiteral("@example.org")};
        if (i % 3 == 0) {
            emails.append(name + QStringLiteral("@work.example"));
        }
        QCOMPARE(user->emails, emails);
        QCOMPARE(user->admin, i == 5);
        const QHash<QString, QString> record = records.value(name);
        QCOMPARE(record.value(QStringLiteral("status")), QStringLiteral("created"));
        QCOMPARE(record.value(QStringLiteral("user_id")), QStringLiteral("@%1:run.test").arg(name));
        QCOMPARE(record.value(QStringLiteral("mas_user_id")), user->id);
        QCOMPARE(record.value(QStringLiteral("mas_last_step")), QStringLiteral("emails-added"));
        QVERIFY(m_server->mas().passwordLoginMatches(
                name, record.value(QStringLiteral("password"))));
    }
    QCOMPARE(records.value(QStringLiteral("plain")).value(QStringLiteral("mas_last_step")),
            QStringLiteral("password-set"));
    QVERIFY2(!QFile::exists(out + QStringLiteral(".pending")), "every row is settled");
}

void TestBatchRun::aMasRunAsksForANewTokenOncePerLifetime()
{
    // MAS's shortest token lifetime, and 25 s between rows on both clocks: a token serves rows
    // while more than MasAdminToken::kRenewBeforeMs of its life is left, then one more is asked.
    delegateToMas();
    const qint64 ttl = 60;
    const qint64 stepSeconds = 25;
    const int rows = 9;
    m_server->mas().setAccessTokenTtl(ttl);
    QByteArray csv = "username\n";
    for (int i = 0; i < rows; ++i) {
        csv += "user" + QByteArray::number(i) + "\n";
    }
    const std::unique_ptr<BatchRun> batch = runMas(
            csv, m_dir->filePath(QStringLiteral("results.csv")),
            [this](BatchRun::Settings &settings) {
                settings.concurrency = 1;
                settings.masClockMs = [this] { return m_now * 1000; };
            },
            [this, stepSeconds] { m_now += stepSeconds; });
    QCOMPARE(batch->counts().created, rows);

    int expected = 0;
    qint64 usableUntil = -1;
    for (int i = 0; i < rows; ++i) {
        const qint64 at = 1700000000 + i * stepSeconds;
        if (at * 1000 >= usableUntil) {
            ++expected;
            usableUntil = (at + ttl) * 1000 - registrar::net::MasAdminToken::kRenewBeforeMs;
        }
    }
    QVERIFY2(expected > 1 && expected < rows, "the test's clock spans several lifetimes");
    QCOMPARE(m_server->mas().tokenRequestCount(), expected);
    QCOMPARE(batch->masTokenRequests(), expected);
}

void TestBatchRun::aMasRowThatStopsAfterItsUserExistsIsResumed_data()
{
    QTest::addColumn<bool>("keepJournal");
    QTest::addColumn<bool>("keepRecords");
    // Recorded as unknown, as a finished run leaves it: the journal and the record say the same.
    QTest::newRow("journal and record") << true << true;
    // Killed before the records were written: the journal alone knows how far each row got.
    QTest::newRow("journal only") << true << false;
    // The journal is lost: the record's MAS user ID and last step are enough.
    QTest::newRow("record only") << false << true;
}

void TestBatchRun::aMasRowThatStopsAfterItsUserExistsIsResumed()
{
    QFETCH(bool, keepJournal);
    QFETCH(bool, keepRecords);
    delegateToMas();
    const QByteArray csv =
            "username,password,email\nann,,ann@example.org\nbob,Bob-given-pass-42,\n";
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const QString journal = out + QStringLiteral(".pending");

    // MAS refuses every password: both users exist, without one.
    m_server->mas().setWeakPasswords(true);
    std::unique_ptr<BatchRun> batch = runMas(csv, out);
    QCOMPARE(batch->counts().mayExist, 2);
    QCOMPARE(batch->counts().created, 0);
    QCOMPARE(batch->counts().worstExitCode, 6);
    batch.reset();
    const auto ann = m_server->mas().userByUsername(QStringLiteral("ann"));
    const auto bob = m_server->mas().userByUsername(QStringLiteral("bob"));
    QVERIFY(ann && bob);
    QVERIFY(ann->passwordDigest.isEmpty());
    auto records = byUsername(csvRecordsOf(out));
    for (const auto &user : {*ann, *bob}) {
        const QHash<QString, QString> record = records.value(user.username);
        QCOMPARE(record.value(QStringLiteral("status")), QStringLiteral("unknown"));
        QCOMPARE(record.value(QStringLiteral("mas_user_id")), user.id);
        QCOMPARE(record.value(QStringLiteral("mas_last_step")), QStringLiteral("user-created"));
        QVERIFY(record.value(QStringLiteral("user_id")).isEmpty());
    }
    // ann's generated password is kept, as for any row that may exist; bob's is in the file.
    const QString annPassword =
            records.value(QStringLiteral("ann")).value(QStringLiteral("password"));
    QVERIFY(!annPassword.isEmpty());
    QVERIFY(records.value(QStringLiteral("bob")).value(QStringLiteral("password")).isEmpty());
    QVERIFY2(QFile::exists(journal), "open rows keep the journal");
    QFile journalled(journal);
    QVERIFY(journalled.open(QIODevice::ReadOnly));
    QVERIFY(journalled.readAll().contains(ann->id.toUtf8()));
    journalled.close();

    if (!keepJournal) {
        QVERIFY(QFile::remove(journal));
    }
    if (!keepRecords) {
        QFile results(out);
        QVERIFY(results.open(QIODevice::ReadWrite));
        const QByteArray header = results.readLine();
        QVERIFY(results.resize(header.size()));
    }

    m_server->mas().setWeakPasswords(false);
    batch = runMas(csv, out);
    QCOMPARE(batch->counts().created, 2);
    QCOMPARE(batch->counts().worstExitCode, 0);
    // Nothing was created twice: the same users, finished from their last step.
    QCOMPARE(m_server->portsReached(kMasUsersPath).size(), 2);
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("ann"))->id, ann->id);
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("bob"))->id, bob->id);
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("ann"), annPassword));
    QVERIFY(m_server->mas().passwordLoginMatches(
            QStringLiteral("bob"), QStringLiteral("Bob-given-pass-42")));
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("ann"))->emails,
            QStringList{QStringLiteral("ann@example.org")});
    records = byUsername(csvRecordsOf(out));
    QCOMPARE(records.value(QStringLiteral("ann")).value(QStringLiteral("status")),
            QStringLiteral("created"));
    QCOMPARE(records.value(QStringLiteral("ann")).value(QStringLiteral("password")), annPassword);
    QCOMPARE(records.value(QStringLiteral("ann")).value(QStringLiteral("mas_user_id")), ann->id);
    QCOMPARE(records.value(QStringLiteral("ann")).value(QStringLiteral("mas_last_step")),
            QStringLiteral("emails-added"));
    QCOMPARE(records.value(QStringLiteral("bob")).value(QStringLiteral("mas_last_step")),
            QStringLiteral("password-set"));
    QVERIFY2(!QFile::exists(journal), "every row is settled now");
}

void TestBatchRun::aMasResultsFileInJsonHasTheMasFields()
{
    delegateToMas();
    const QString out = m_dir->filePath(QStringLiteral("results.json"));
    const std::unique_ptr<BatchRun> batch =
            runMas("username,email\nann,ann@example.org\nbad name,\n", out);
    QCOMPARE(batch->counts().created, 1);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QHash<QString, QJsonObject> byUser;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        byUser.insert(
                value.toObject().value(QStringLiteral("username")).toString(), value.toObject());
    }
    const QJsonObject ann = byUser.value(QStringLiteral("ann"));
    QCOMPARE(ann.value(QStringLiteral("mas_user_id")).toString(),
            m_server->mas().userByUsername(QStringLiteral("ann"))->id);
    QCOMPARE(ann.value(QStringLiteral("mas_last_step")).toString(), QStringLiteral("emails-added"));
    // An invalid row never reached MAS: it has neither.
    QVERIFY(!byUser.value(QStringLiteral("bad name")).contains(QStringLiteral("mas_user_id")));
    QVERIFY(!byUser.value(QStringLiteral("bad name")).contains(QStringLiteral("mas_last_step")));

    // Read back, the fields are the records'.
    QString error;
    const auto records = BatchResults::readRecords(out, &error);
    QVERIFY2(records, qPrintable(error));
    QCOMPARE(records->value(QStringLiteral("ann")).masUserId,
            ann.value(QStringLiteral("mas_user_id")).toString());
    QCOMPARE(records->value(QStringLiteral("ann")).masLastStep, QStringLiteral("emails-added"));
}

void TestBatchRun::aMasRowWhoseCreationWasLostIsNotLeftOpen()
{
    // An earlier run sent zed's creation and got no answer (no MAS user ID was learnt); now MAS
    // has a zed. Whether it is that run's cannot be found out: the row fails, saying so, with
    // the password that was meant for it, instead of staying unknown for ever.
    delegateToMas();
    std::unique_ptr<BatchRun> batch =
            runMas("username\nzed\n", m_dir->filePath(QStringLiteral("other.csv")));
    QCOMPARE(batch->counts().created, 1);
    batch.reset();
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    QFile results(out);
    QVERIFY(results.open(QIODevice::WriteOnly));
    results.write(BatchResults::fields().join(QLatin1Char(',')).toUtf8()
            + "\r\nzed,,unknown,lost,zed-meant-password-1234,,,2,,none\r\n");
    results.close();
    QVERIFY(results.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    batch = runMas("username\nzed\n", out);
    QCOMPARE(batch->counts().failed, 1);
    QCOMPARE(batch->counts().mayExist, 0);
    const auto record = byUsername(csvRecordsOf(out)).value(QStringLiteral("zed"));
    QCOMPARE(record.value(QStringLiteral("status")), QStringLiteral("failed"));
    QCOMPARE(record.value(QStringLiteral("password")), QStringLiteral("zed-meant-password-1234"));
    QVERIFY2(record.value(QStringLiteral("error"))
                     .contains(QLatin1String("Look the name up in MAS")),
            qPrintable(record.value(QStringLiteral("error"))));
    QCOMPARE(m_server->portsReached(kMasUsersPath).size(), 1);
}

void TestBatchRun::aResultsFileWithoutTheMasColumnsKeepsItsColumns()
{
    // Started by the version before MAS: its header ends with line, and so does every record
    // appended to it; a new file has the MAS columns at the end.
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    QFile older(out);
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.write("username,user_id,status,error,password,access_token,device_id,line\r\n"
                "ann,@ann:run.test,created,,ann-pass-0123456789,,,2\r\n");
    older.close();
    QVERIFY(older.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    std::unique_ptr<BatchRun> batch = runWithHistory("username\nann\nbob\n", nullptr);
    QCOMPARE(batch->counts().createdEarlier, 1);
    QCOMPARE(batch->counts().created, 1);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    registrar::core::CsvReader reader(&file);
    QList<QStringList> rows;
    while (const auto row = reader.next()) {
        rows.append(*row);
    }
    QCOMPARE(rows.size(), 3);
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 8);
    }
    QCOMPARE(rows.at(2).at(0), QStringLiteral("bob"));

    batch = runWithHistory("username\ncat\n", nullptr); // the same file again: still 8
    QVERIFY(QFile::remove(out));
    batch = runWithHistory("username\ncat\n", nullptr);
    QCOMPARE(csvRecordsOf(out).value(0).keys().size(), BatchResults::fields().size());
    QCOMPARE(BatchResults::fields().mid(BatchResults::fields().size() - 3),
            (QStringList{QStringLiteral("line"), QStringLiteral("mas_user_id"),
                    QStringLiteral("mas_last_step")}));
}

QTEST_GUILESS_MAIN(TestBatchRun)
#include "TestBatchRun.moc"
