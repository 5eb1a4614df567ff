// SPDX-License-Identifier: GPL-3.0-or-later
// synapse-registrar-cli batch against the local homeserver, as an admin's script runs it.
#include "../CliRun.h"
#include "CsvReader.h"
#include "DevServer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using registrar::core::CsvReader;
using registrar::devserver::DevServer;
using registrar::devserver::MasAdminApi;
using registrar::test::CliRun;

namespace {

//! What a results CSV of this tool starts with.
const QByteArray kResultsHeader =
        "username,user_id,status,error,password,access_token,device_id\r\n";

} // namespace

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! Every record of a results file, CSV or JSON, as field name to value; nothing if unreadable.
QList<QHash<QString, QString>> recordsOf(const QString &path, QString *problem)
{
    QList<QHash<QString, QString>> records;
    const QByteArray bytes = contentsOf(path);
    if (path.endsWith(QLatin1String(".json"))) {
        QJsonParseError parsed{};
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &parsed);
        if (parsed.error != QJsonParseError::NoError) {
            *problem = parsed.errorString();
            return {};
        }
        for (const QJsonValue &value : document.array()) {
            QHash<QString, QString> record;
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                record.insert(it.key(),
                        it->isDouble() ? QString::number(it->toInteger()) : it->toString());
            }
            records.append(record);
        }
        return records;
    }
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    CsvReader reader(&file);
    const QStringList header = reader.next().value_or(QStringList());
    while (const auto row = reader.next()) {
        if (row->size() != header.size()) {
            *problem = QStringLiteral("line %1 has %2 fields")
                               .arg(reader.recordLine())
                               .arg(row->size());
            return {};
        }
        QHash<QString, QString> record;
        for (qsizetype i = 0; i < header.size(); ++i) {
            record.insert(header.at(i), row->at(i));
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

//! The last password each username has in \a records.
QHash<QString, QString> passwordsOf(const QList<QHash<QString, QString>> &records)
{
    QHash<QString, QString> passwords;
    for (const QHash<QString, QString> &record : records) {
        if (!record.value(QStringLiteral("password")).isEmpty()) {
            passwords.insert(record.value(QStringLiteral("username")),
                    record.value(QStringLiteral("password")));
        }
    }
    return passwords;
}

} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mixedFileEndsWithTheExpectedStatuses();
    void tokensAndJson_data();
    void tokensAndJson();
    void dryRunSendsNothing();
    void fileTextCannotForgeALineOrSteerTheTerminal_data();
    void fileTextCannotForgeALineOrSteerTheTerminal();
    void killedAndRerunLosesNothing();
    void cancelLeavesNoRowUnaccountedFor_data();
    void cancelLeavesNoRowUnaccountedFor();
    void badOptions();
    void refusesAnOutThatIsNotARegularFileOfYours();
    void aFailedWriteStopsTheRunAndKeepsTheJournal();
    void aSecondRunOnTheSameResultsIsRefused();
    void lostAnswersAreUnknownThenSettled();
    void anUnknownRowThatWasNeverCreatedIsRegisteredOnResume();
    void retryFailedTrustsADefiniteAnswerOverTheJournal();
    void settlingWaitsForTheLoginLimit();
    void unfitInputEndsWithItsLine_data();
    void unfitInputEndsWithItsLine();
    void aPipedFileIsReadOnce_data();
    void aPipedFileIsReadOnce();
    void messagesQuoteAnExcerptOfTheInput();
    void aPartialRecordIsCutOffOnResume_data();
    void aPartialRecordIsCutOffOnResume();
    void killedByAFullDiskLosesNothing_data();
    void killedByAFullDiskLosesNothing();
    void recordsCarryTheirCsvLine_data();
    void recordsCarryTheirCsvLine();
    void anOlderResultsFileKeepsItsColumns();
    void formulaCellsAreNeutralisedAndFoundAgain();
    void emailsNeedAMasTarget();
    void aMasBatchCreatesEveryRowWithOneToken_data();
    void aMasBatchCreatesEveryRowWithOneToken();
    void aMasRowThatStopsIsFinishedByTheSameCommand();
    void aMasSecretAndTheFileCannotBothComeFromStdin();
    void aMasBatchFindsMasWhereTheHomeserverSays();
    void ctrlCWhileAskingWhereMasIsEndsAtOnce();

private:
    static void results_data();
    QString write(const QString &name, const QByteArray &contents);
    QHash<QString, QStringList> resultsByUser(const QString &path) const;
    QStringList batch(const QStringList &extra) const;
    //! The batch command line through the local homeserver's MAS mode, its secret in a file.
    QStringList masBatch(const QStringList &extra);
    //! A batch file of thirty users, user10 to user39.
    QString writeThirtyUsers();
    /*!
     * Starts the CLI with \a arguments in \a process, its files limited to 1 KiB as on a full
     * disk; \a trap is what the shell's trap gets for the limit's signal ('' ignores it, so a write
     * beyond fails with EFBIG; - leaves the default, which kills the process).
     */
    void startWithFileSizeLimit(
            QProcess *process, const QString &trap, const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DevServer> m_server;
};

void TestCliBatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<DevServer>();
    m_server->setSharedSecret("batch-secret");
    m_server->setServerName(QStringLiteral("batch.test"));
    QVERIFY(m_server->listen() != 0);
}

void TestCliBatch::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

QString TestCliBatch::write(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write(contents);
    return path;
}

QHash<QString, QStringList> TestCliBatch::resultsByUser(const QString &path) const
{
    QFile file(path);
    QHash<QString, QStringList> byUser;
    if (!file.open(QIODevice::ReadOnly)) {
        return byUser;
    }
    CsvReader reader(&file);
    reader.next(); // header
    while (const auto record = reader.next()) {
        byUser.insert(record->value(0), *record);
    }
    return byUser;
}

QStringList TestCliBatch::batch(const QStringList &extra) const
{
    return QStringList{QStringLiteral("batch")} + extra
            + QStringList{QStringLiteral("-k"), QStringLiteral("batch-secret"),
                    QStringLiteral("--server-name"), QStringLiteral("batch.test")};
}

QString TestCliBatch::writeThirtyUsers()
{
    QByteArray csv = "username\n";
    for (int i = 10; i < 40; ++i) {
        csv += "user" + QByteArray::number(i) + "\n";
    }
    return write(QStringLiteral("users.csv"), csv);
}

void TestCliBatch::startWithFileSizeLimit(
        QProcess *process, const QString &trap, const QStringList &arguments) const
{
    process->start(QStringLiteral("bash"),
            QStringList{QStringLiteral("-c"),
                    QStringLiteral("trap %1 XFSZ; ulimit -f 1; exec \"$0\" \"$@\"").arg(trap),
                    QStringLiteral(REGISTRAR_CLI_PATH)}
                    + arguments);
}

void TestCliBatch::mixedFileEndsWithTheExpectedStatuses()
{
    QVERIFY(CliRun::start({QStringLiteral("register"), QStringLiteral("-u"),
                                  QStringLiteral("taken"), QStringLiteral("-p"),
                                  QStringLiteral("pw-123456789"), QStringLiteral("-k"),
                                  QStringLiteral("batch-secret"), m_server->baseUrl().toString()})
                    .exitCode
            == 0);
    m_server->denyBySpamChecker(QStringLiteral("denied"));
    const QString csv = write(QStringLiteral("users.csv"),
            "\xef\xbb\xbfusername,displayname,password,admin,user_type\r\n"
            "alice,\"Alice, A.\",,no,\r\n"
            "boss,Boss,boss-pass-123,yes,\r\n"
            "alertbot,\"The \"\"Alert\"\" Bot\",,,bot\r\n"
            "helper,,,,support\r\n"
            "12345,,,,\r\n"
            "Alice,,,,\r\n"
            "taken,,,,\r\n"
            "denied,,,,\r\n"
            "@dora:batch.test,\"Dora\nSecond line\",,,\r\n"
            "\r\n");
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const CliRun run = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QCOMPARE(run.exitCode, 2); // some rows were refused by the server
    const QHash<QString, QStringList> results = resultsByUser(out);
    QCOMPARE(results.size(), 9);
    const QHash<QString, QString> expected{{QStringLiteral("alice"), QStringLiteral("created")},
            {QStringLiteral("boss"), QStringLiteral("created")},
            {QStringLiteral("alertbot"), QStringLiteral("created")},
            {QStringLiteral("helper"), QStringLiteral("created")},
            {QStringLiteral("12345"), QStringLiteral("invalid")},
            {QStringLiteral("Alice"), QStringLiteral("invalid")},
            {QStringLiteral("taken"), QStringLiteral("failed")},
            {QStringLiteral("denied"), QStringLiteral("failed")},
            // A cell that starts with @ would be a formula in a spreadsheet: it gets a quote.
            {QStringLiteral("'@dora:batch.test"), QStringLiteral("created")}};
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        QVERIFY2(results.value(it.key()).value(2) == it.value(), qPrintable(it.key()));
    }
    QVERIFY(results.value(QStringLiteral("taken"))
                    .value(3)
                    .contains(QLatin1String("already taken")));
    QVERIFY(results.value(QStringLiteral("denied")).value(3).contains(QLatin1String("429")));
    // Generated passwords are in the results and are the accounts' passwords; given ones are not.
    const QString alicePassword = results.value(QStringLiteral("alice")).value(4);
    QCOMPARE(alicePassword.size(), 20);
    QVERIFY(m_server->passwordMatches(QStringLiteral("alice"), alicePassword));
    QVERIFY(results.value(QStringLiteral("boss")).value(4).isEmpty());
    QVERIFY(m_server->passwordMatches(QStringLiteral("boss"), QStringLiteral("boss-pass-123")));
    QVERIFY(m_server->account(QStringLiteral("boss"))->admin);
    QCOMPARE(m_server->account(QStringLiteral("alertbot"))->userType, QStringLiteral("bot"));
    QCOMPARE(m_server->account(QStringLiteral("alertbot"))->displayName.value_or(QString()),
            QStringLiteral("The \"Alert\" Bot"));
    QCOMPARE(m_server->account(QStringLiteral("dora"))->displayName.value_or(QString()),
            QStringLiteral("Dora\nSecond line"));
    // No login sessions by default, and no token in the file.
    QCOMPARE(m_server->sessionCount(), 1); // the "taken" registration above
    QVERIFY(results.value(QStringLiteral("alice")).value(5).isEmpty());
    QCOMPARE(QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
}

void TestCliBatch::tokensAndJson_data()
{
    QTest::addColumn<DevServer::Flavour>("flavour");
    QTest::newRow("synapse") << DevServer::Flavour::Synapse;
    QTest::newRow("tuwunel") << DevServer::Flavour::Tuwunel;
    QTest::newRow("dendrite") << DevServer::Flavour::Dendrite;
}

void TestCliBatch::tokensAndJson()
{
    QFETCH(DevServer::Flavour, flavour);
    m_server->setFlavour(flavour);
    const QString csv = write(QStringLiteral("users.csv"), "username\nuno\ndos\ntres\n");
    const QString out = m_dir->filePath(QStringLiteral("results.json"));
    const CliRun run = CliRun::start(batch({csv, QStringLiteral("--out"), out,
            QStringLiteral("--with-tokens"), QStringLiteral("--concurrency"), QStringLiteral("2"),
            m_server->baseUrl().toString()}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), 3);
    for (const QJsonValue &value : array) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("created"));
        const QString token = record.value(QStringLiteral("access_token")).toString();
        QVERIFY(flavour == DevServer::Flavour::Synapse ? token.startsWith(QLatin1String("syt_"))
                                                       : !token.isEmpty());
        QVERIFY(!record.value(QStringLiteral("device_id")).toString().isEmpty());
        // The recorded password is the one the account was made with, on every backend.
        QVERIFY(m_server->passwordMatches(record.value(QStringLiteral("username")).toString(),
                record.value(QStringLiteral("password")).toString()));
    }
    QCOMPARE(m_server->sessionCount(), 3);
}

void TestCliBatch::dryRunSendsNothing()
{
    const QString good = write(QStringLiteral("good.csv"), "username\nuno\n");
    const QString bad = write(QStringLiteral("bad.csv"), "username\nuno\n123\n");
    QCOMPARE(CliRun::start(
                     batch({good, QStringLiteral("--dry-run"), m_server->baseUrl().toString()}))
                     .exitCode,
            0);
    const CliRun checked = CliRun::start(
            batch({bad, QStringLiteral("--dry-run"), m_server->baseUrl().toString()}));
    QCOMPARE(checked.exitCode, 1);
    QVERIFY(checked.err.contains("line 3 (123)"));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliBatch::fileTextCannotForgeALineOrSteerTheTerminal_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QByteArray>("escaped");
    // Quoted fields may hold any byte; each forges a line of its own with a line break.
    QTest::newRow("username") << QByteArray("username\n\"x\u001b[2J\r\nline 9 (ok): forged\tz\"\n")
                              << QByteArray(R"(x\u001b[2J\r\nline 9 (ok): forged\tz)");
    QTest::newRow("admin value") << QByteArray("username,admin\nok,\"no\nline 9 (ok): forged\"\n")
                                 << QByteArray(R"(no\nline 9 (ok): forged)");
    QTest::newRow("header column") << QByteArray("username,\"bad\nline 9 (ok): forged\"\nok,x\n")
                                   << QByteArray(R"(bad\nline 9 (ok): forged)");
}

void TestCliBatch::fileTextCannotForgeALineOrSteerTheTerminal()
{
    QFETCH(QByteArray, csv);
    QFETCH(QByteArray, escaped);
    const QString file = write(QStringLiteral("hostile.csv"), csv);
    const CliRun checked = CliRun::start(
            batch({file, QStringLiteral("--dry-run"), m_server->baseUrl().toString()}));
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains(escaped), checked.err.constData());
    for (const QByteArray &line : checked.err.split('\n')) {
        QVERIFY2(!line.startsWith("line 9"), checked.err.constData());
        for (const char c : line) {
            QVERIFY2(uchar(c) >= 0x20 && c != 0x7f, checked.err.constData());
        }
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliBatch::killedAndRerunLosesNothing()
{
    QByteArray csv = "username\n";
    for (int i = 0; i < 12; ++i) {
        csv += "user" + QByteArray::number(i) + "\n";
    }
    const QString file = write(QStringLiteral("users.csv"), csv);
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    m_server->setFault(DevServer::Fault::Delay, DevServer::FaultTarget::RegisterPost, 150);

    QProcess process;
    process.start(QStringLiteral(REGISTRAR_CLI_PATH),
            batch({file, QStringLiteral("--out"), out, QStringLiteral("--concurrency"),
                    QStringLiteral("1"), m_server->baseUrl().toString()}));
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(resultsByUser(out).size() >= 3, 20000);
    process.kill();
    QVERIFY(QFile::exists(out + QStringLiteral(".pending")));
    QVERIFY(process.waitForFinished());
    const int createdBeforeKill = m_server->accountCount();
    QVERIFY(createdBeforeKill < 12);

    m_server->setFault(DevServer::Fault::None);
    const CliRun rerun = CliRun::start(
            batch({file, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QVERIFY2(rerun.exitCode == 0 || rerun.exitCode == 2, rerun.err.constData());
    QCOMPARE(m_server->accountCount(), 12);
    // Every account has its working password in the file, and none was created twice (the
    // server would have refused); a row whose reply the kill cut off says so.
    QFile results(out);
    QVERIFY(results.open(QIODevice::ReadOnly));
    CsvReader reader(&results);
    reader.next();
    QHash<QString, QString> lastStatus;
    QHash<QString, QString> password;
    while (const auto record = reader.next()) {
        lastStatus.insert(record->value(0), record->value(2));
        if (!record->value(4).isEmpty()) {
            password.insert(record->value(0), record->value(4));
        }
    }
    QCOMPARE(lastStatus.size(), 12);
    QVERIFY(!QFile::exists(out + QStringLiteral(".pending"))); // removed after the complete rerun
    for (auto it = lastStatus.constBegin(); it != lastStatus.constEnd(); ++it) {
        QVERIFY2(m_server->passwordMatches(it.key(), password.value(it.key())),
                qPrintable(it.key()));
        QVERIFY2(it.value() == QLatin1String("created") || it.value() == QLatin1String("failed"),
                qPrintable(it.key()));
    }
}

void TestCliBatch::cancelLeavesNoRowUnaccountedFor_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::addColumn<int>("exitCode");
    // A stopped run is not bad input (1): the exit code says which signal stopped it.
    QTest::newRow("Ctrl+C") << int(SIGINT) << 130;
    QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
}

void TestCliBatch::cancelLeavesNoRowUnaccountedFor()
{
    QFETCH(int, signalNumber);
    QFETCH(int, exitCode);
    QByteArray csv = "username\n";
    for (int i = 0; i < 40; ++i) {
        csv += "stop" + QByteArray::number(i) + "\n";
    }
    const QString file = write(QStringLiteral("users.csv"), csv);
    const QString out = m_dir->filePath(QStringLiteral("results.json"));
    m_server->setFault(DevServer::Fault::Delay, DevServer::FaultTarget::RegisterPost, 100);
    QProcess process;
    process.start(QStringLiteral(REGISTRAR_CLI_PATH),
            batch({file, QStringLiteral("--out"), out, QStringLiteral("--concurrency"),
                    QStringLiteral("4"), m_server->baseUrl().toString()}));
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->accountCount() >= 4, 20000);
    QCOMPARE(kill(pid_t(process.processId()), signalNumber), 0);
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("Cancelled: run the same command again"), err.constData());
    QVERIFY2(!err.contains("error:"), err.constData());
    // The file is a closed JSON array, and every account the server created has its record.
    QFile results(out);
    QVERIFY(results.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(results.readAll()).array();
    QVERIFY(!array.isEmpty());
    QVERIFY(array.size() < 40);
    int created = 0;
    for (const QJsonValue &value : array) {
        QCOMPARE(value.toObject().value(QStringLiteral("status")).toString(),
                QStringLiteral("created"));
        ++created;
    }
    QCOMPARE(created, m_server->accountCount());
    QVERIFY(QFile::exists(out + QStringLiteral(".pending"))); // kept: the run did not finish

    m_server->setFault(DevServer::Fault::None);
    QCOMPARE(CliRun::start(
                     batch({file, QStringLiteral("--out"), out, m_server->baseUrl().toString()}))
                     .exitCode,
            0);
    QCOMPARE(m_server->accountCount(), 40);
}

void TestCliBatch::badOptions()
{
    const QString csv = write(QStringLiteral("users.csv"), "username\nuno\n");
    QCOMPARE(CliRun::start(batch({csv, m_server->baseUrl().toString()})).exitCode, 1); // no --out
    QCOMPARE(CliRun::start(
                     batch({csv, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("r.txt")),
                             m_server->baseUrl().toString()}))
                     .exitCode,
            1);
    QCOMPARE(CliRun::start(batch({csv, QStringLiteral("--concurrency"), QStringLiteral("0"),
                                   QStringLiteral("--dry-run"), m_server->baseUrl().toString()}))
                     .exitCode,
            1);
    const QString wrongHeader = write(QStringLiteral("wrong.csv"), "user,email\nuno,x\n");
    const CliRun header = CliRun::start(
            batch({wrongHeader, QStringLiteral("--dry-run"), m_server->baseUrl().toString()}));
    QCOMPARE(header.exitCode, 1);
    QVERIFY(header.err.contains("Unknown column"));
    // MAS's password check is not shared-secret registration's: the flag is refused, not ignored.
    const CliRun skip = CliRun::start(
            batch({csv, QStringLiteral("--skip-password-check"), QStringLiteral("--out"),
                    m_dir->filePath(QStringLiteral("r.csv")), m_server->baseUrl().toString()}));
    QCOMPARE(skip.exitCode, 1);
    QVERIFY2(skip.err.contains("--skip-password-check is for accounts that MAS creates"),
            skip.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info
    {
    };

    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode : 0;
}

} // namespace

void TestCliBatch::refusesAnOutThatIsNotARegularFileOfYours()
{
    const QString csv = write(QStringLiteral("users.csv"), "username\nuno\n");
    const QByteArray header = kResultsHeader;
    const QString target = write(QStringLiteral("target.csv"), header);
    QVERIFY(QFile::setPermissions(target,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                    | QFileDevice::ReadOther));
    const QString link = m_dir->filePath(QStringLiteral("link.csv"));
    QVERIFY(QFile::link(target, link));
    // A device like /dev/full (character device 1,7) and a pipe, made here so nothing real is hurt.
    const QString device = m_dir->filePath(QStringLiteral("full.csv"));
    QVERIFY(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 7)) == 0);
    QVERIFY(::chmod(QFile::encodeName(device).constData(), 0666) == 0);
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.json"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0644) == 0);
    QVERIFY(::chmod(QFile::encodeName(fifo).constData(), 0644) == 0);
    const QString foreign = write(QStringLiteral("foreign.csv"), header);
    QVERIFY(::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0);
    QVERIFY(::chmod(QFile::encodeName(foreign).constData(), 0644) == 0);
    // The journal next to a good results file, as a link and as another user's file.
    const QString linkedJournal = m_dir->filePath(QStringLiteral("linked-journal.csv"));
    QVERIFY(QFile::link(target, linkedJournal + QStringLiteral(".pending")));
    const QString foreignJournal = m_dir->filePath(QStringLiteral("foreign-journal.csv"));
    const QString foreignPending = write(QStringLiteral("foreign-journal.csv.pending"), {});
    QVERIFY(::chown(QFile::encodeName(foreignPending).constData(), 65534, 65534) == 0);
    QVERIFY(::chmod(QFile::encodeName(foreignPending).constData(), 0644) == 0);

    const QList<std::pair<QString, QString>> refused{{link, link}, {device, device}, {fifo, fifo},
            {foreign, foreign}, {linkedJournal, linkedJournal + QStringLiteral(".pending")},
            {foreignJournal, foreignPending}};
    for (const auto &[out, named] : refused) {
        const mode_t before = modeOf(named);
        const CliRun run = CliRun::start(
                batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
        QVERIFY2(
                run.exitCode == 1, qPrintable(out + QLatin1Char(' ') + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains(QFile::encodeName(named)), run.err.constData());
        QVERIFY2(run.err.contains("regular files of yours"), run.err.constData());
        QCOMPARE(modeOf(named), before); // no chmod on a refused path
    }
    QCOMPARE(modeOf(target) & 07777, mode_t(0644)); // where the links point: untouched
    QCOMPARE(modeOf(device) & 07777, mode_t(0666));
    QCOMPARE(modeOf(fifo) & 07777, mode_t(0644));
    QFile targetFile(target);
    QVERIFY(targetFile.open(QIODevice::ReadOnly));
    QCOMPARE(targetFile.readAll(), header);
    QVERIFY(!QFile::exists(linkedJournal));
    QVERIFY(!QFile::exists(foreignJournal));
    QCOMPARE(m_server->requestCount(), 0); // refused before anything was sent
}

void TestCliBatch::aFailedWriteStopsTheRunAndKeepsTheJournal()
{
    // Every row in flight at once, so the results file fills while replies come in, as a disk
    // does; the journal, half the size, still fits under the limit.
    const QString file = writeThirtyUsers();
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const QString journal = out + QStringLiteral(".pending");
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    // Writes beyond the limit fail with EFBIG instead of killing the process.
    startWithFileSizeLimit(&process, QStringLiteral("''"),
            batch({file, QStringLiteral("--out"), out, QStringLiteral("--concurrency"),
                    QStringLiteral("64"), QStringLiteral("--with-tokens"),
                    m_server->baseUrl().toString()}));
    QVERIFY(finished.wait(30000));
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() != 0, err.constData());
    QVERIFY2(err.contains("Cannot write the results file " + QFile::encodeName(out)),
            err.constData());
    QVERIFY2(err.contains("The run stopped"), err.constData());
    QCOMPARE(err.count("Cannot write the results file"), 1); // stopped at the first failure
    QCOMPARE(m_server->accountCount(), 30);
    // Every account's password is in a complete record or, for the rest, in the kept journal.
    const QHash<QString, QStringList> recorded = resultsByUser(out);
    QVERIFY(recorded.size() < 30);
    QFile pending(journal);
    QVERIFY(pending.open(QIODevice::ReadOnly));
    CsvReader reader(&pending);
    QHash<QString, QString> journalled;
    while (const auto entry = reader.next()) {
        journalled.insert(entry->value(0), entry->value(1));
    }
    for (int i = 10; i < 40; ++i) {
        const QString user = QStringLiteral("user%1").arg(i);
        const QStringList record = recorded.value(user);
        const QString password = record.size() == 8 && record.at(2) == QLatin1String("created")
                ? record.at(4)
                : journalled.value(user);
        QVERIFY2(m_server->passwordMatches(user, password), qPrintable(user));
    }
    // The write that failed left nothing of its record: the file ends with a whole one.
    QVERIFY(contentsOf(out).endsWith("\r\n"));
    QString problem;
    recordsOf(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const auto whole = std::count_if(recorded.cbegin(), recorded.cend(), [](const QStringList &r) {
        return r.size() >= 7 && r.at(2) == QLatin1String("created");
    });

    // Run again with room: the rows without a record are settled by signing in, and that
    // session's token takes the place of the one the full disk lost.
    const CliRun again = CliRun::start(batch({file, QStringLiteral("--out"), out,
            QStringLiteral("--with-tokens"), m_server->baseUrl().toString()}));
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY2(!again.err.contains("partial record"), again.err.constData());
    QCOMPARE(m_server->accountCount(), 30);
    QCOMPARE(m_server->loginCount(), 30 - int(whole));
    const QHash<QString, QStringList> complete = resultsByUser(out);
    for (int i = 10; i < 40; ++i) {
        const QStringList record = complete.value(QStringLiteral("user%1").arg(i));
        QCOMPARE(record.value(2), QStringLiteral("created"));
        QVERIFY2(record.value(5).startsWith(QLatin1String("syt_")),
                qPrintable(record.join(QLatin1Char(','))));
    }
    const QHash<QString, QString> passwordOf = passwordsOf(recordsOf(out, &problem));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(passwordOf.size(), 30);
    for (auto it = passwordOf.constBegin(); it != passwordOf.constEnd(); ++it) {
        QVERIFY2(m_server->passwordMatches(it.key(), it.value()), qPrintable(it.key()));
    }
}

void TestCliBatch::aSecondRunOnTheSameResultsIsRefused()
{
    const QString csv = write(QStringLiteral("users.csv"), "username\nuno\n");
    const QString out = write(QStringLiteral("results.csv"), kResultsHeader);
    {
        // A run that holds the file, as the first of two would.
        QFile running(out);
        QVERIFY(running.open(QIODevice::ReadWrite));
        QVERIFY(::flock(running.handle(), LOCK_EX | LOCK_NB) == 0);
        const CliRun second = CliRun::start(
                batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QFile::encodeName(out)) && second.err.contains("in use"),
                second.err.constData());
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(resultsByUser(out).size(), 0);
    }
    // Once that run is gone, however it ended, the file is free again.
    const CliRun next = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QVERIFY2(next.exitCode == 0, next.err.constData());
    QCOMPARE(resultsByUser(out).value(QStringLiteral("uno")).value(2), QStringLiteral("created"));
}

void TestCliBatch::lostAnswersAreUnknownThenSettled()
{
    // carol already exists with a password of her own; alice and bob do not.
    QCOMPARE(CliRun::start({QStringLiteral("register"), QStringLiteral("-u"),
                                   QStringLiteral("carol"), QStringLiteral("-p"),
                                   QStringLiteral("carols-own-pass"), QStringLiteral("-k"),
                                   QStringLiteral("batch-secret"), m_server->baseUrl().toString()})
                     .exitCode,
            0);
    const QString csv = write(QStringLiteral("users.csv"), "username\nalice\nbob\ncarol\n");
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const QString journal = out + QStringLiteral(".pending");

    // A proxy that forwards each POST to Synapse and answers 504.
    m_server->setFault(
            DevServer::Fault::HtmlGatewayTimeout, DevServer::FaultTarget::AfterRegistering);
    const CliRun lost = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QCOMPARE(lost.exitCode, 6);
    QVERIFY2(lost.err.contains("3 account") && lost.err.contains("may have been created"),
            lost.err.constData());
    QHash<QString, QStringList> results = resultsByUser(out);
    for (const QString &user :
            {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}) {
        QCOMPARE(results.value(user).value(2), QStringLiteral("unknown"));
        QVERIFY2(results.value(user).value(3).contains(QLatin1String("504")),
                qPrintable(results.value(user).value(3)));
        QVERIFY(!results.value(user).value(4).isEmpty()); // the password that was sent
    }
    const QString alicePassword = results.value(QStringLiteral("alice")).value(4);
    QVERIFY(m_server->passwordMatches(QStringLiteral("alice"), alicePassword));
    QVERIFY(m_server->passwordMatches(
            QStringLiteral("bob"), results.value(QStringLiteral("bob")).value(4)));
    QVERIFY2(QFileInfo::exists(journal), "the journal keeps the passwords of unknown rows");

    // Running again settles every row without creating anything twice.
    m_server->setFault(DevServer::Fault::None);
    const int accounts = m_server->accountCount();
    const CliRun settled = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QCOMPARE(settled.exitCode, 2); // carol is someone else's
    QCOMPARE(m_server->accountCount(), accounts);
    results = resultsByUser(out);
    QCOMPARE(results.value(QStringLiteral("alice")).value(2), QStringLiteral("created"));
    QCOMPARE(results.value(QStringLiteral("alice")).value(1), QStringLiteral("@alice:batch.test"));
    QCOMPARE(results.value(QStringLiteral("alice")).value(4), alicePassword);
    QCOMPARE(results.value(QStringLiteral("bob")).value(2), QStringLiteral("created"));
    QCOMPARE(results.value(QStringLiteral("carol")).value(2), QStringLiteral("failed"));
    QVERIFY2(results.value(QStringLiteral("carol"))
                     .value(3)
                     .contains(QLatin1String("another account")),
            qPrintable(results.value(QStringLiteral("carol")).value(3)));
    QVERIFY(m_server->passwordMatches(QStringLiteral("carol"), QStringLiteral("carols-own-pass")));
    // Each check signed in once and signed out at once: no session is left behind.
    QCOMPARE(m_server->loginCount(), 3);
    QCOMPARE(m_server->sessionCount(), 1); // carol's own, from her registration
    QVERIFY(!QFileInfo::exists(journal));
}

void TestCliBatch::anUnknownRowThatWasNeverCreatedIsRegisteredOnResume()
{
    // The proxy answered 504 without reaching Synapse: nothing was created, which the tool
    // cannot know; the next run finds the name free and registers it with the recorded password.
    const QString csv = write(QStringLiteral("users.csv"), "username\ndave\n");
    const QString out = m_dir->filePath(QStringLiteral("results.json"));
    m_server->setFault(DevServer::Fault::HtmlGatewayTimeout, DevServer::FaultTarget::RegisterPost);
    QCOMPARE(CliRun::start(
                     batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}))
                     .exitCode,
            6);
    QFile first(out);
    QVERIFY(first.open(QIODevice::ReadOnly));
    const QJsonObject unknown = QJsonDocument::fromJson(first.readAll()).array().at(0).toObject();
    first.close();
    QCOMPARE(unknown.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    const QString password = unknown.value(QStringLiteral("password")).toString();
    QVERIFY(!password.isEmpty());
    QVERIFY(!m_server->account(QStringLiteral("dave")));

    m_server->setFault(DevServer::Fault::None);
    QCOMPARE(CliRun::start(
                     batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}))
                     .exitCode,
            0);
    QVERIFY(m_server->passwordMatches(QStringLiteral("dave"), password));
    QCOMPARE(m_server->loginCount(), 0);
}

void TestCliBatch::unfitInputEndsWithItsLine_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: /dev/zero
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QByteArray>("says");
    const QByteArray header = "username,password\n";
    const QByteArray longLine = header + "alice,pw-123456789\nbob," + QByteArray(4 << 20, 'x');
    QTest::newRow("/dev/zero, check") << QByteArray() << true << QByteArray("Line 1: a field");
    QTest::newRow("/dev/zero, run") << QByteArray() << false << QByteArray("Line 1: a field");
    QTest::newRow("a line of 4 MiB, check") << longLine << true << QByteArray("Line 3: a field");
    QTest::newRow("a line of 4 MiB, run") << longLine << false << QByteArray("Line 3: a field");
    QTest::newRow("a bare CR, check") << header + "alice,pw-123456789\rbob,pw-987654321\n"
                                      << true << QByteArray("Line 2: a carriage return");
    QTest::newRow("a bare CR in a field, run") << header + "alice,pw-1234\r56789\n"
                                               << false << QByteArray("Line 2: a carriage return");
    QTest::newRow("a Latin-1 password, check")
            << header + "alice,pw-123456789\nbob,P\xe4ss-word-123\n"
            << true << QByteArray("Line 3: the file is not UTF-8 text");
    QTest::newRow("a Latin-1 password, run")
            << header + "bob,P\xe4ss-word-123\n"
            << false << QByteArray("Line 2: the file is not UTF-8 text");
}

void TestCliBatch::unfitInputEndsWithItsLine()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, dryRun);
    QFETCH(QByteArray, says);
    const QString csv = contents.isEmpty() ? QStringLiteral("/dev/zero")
                                           : write(QStringLiteral("unfit.csv"), contents);
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const CliRun result = CliRun::start(
            batch({csv, dryRun ? QStringLiteral("--dry-run") : QStringLiteral("--out=") + out,
                    m_server->baseUrl().toString()}));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(says), result.err.left(400).constData());
    QVERIFY2(result.err.size() < 1000, result.err.left(400).constData());
    QCOMPARE(m_server->requestCount(), 0);
    QVERIFY(!QFile::exists(out));
}

void TestCliBatch::aPipedFileIsReadOnce_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("a FIFO") << "fifo";
    QTest::newRow("process substitution, <(cat users.csv)") << "substitution";
    QTest::newRow("stdin as -") << "-";
    QTest::newRow("/dev/stdin") << "/dev/stdin";
}

void TestCliBatch::aPipedFileIsReadOnce()
{
    QFETCH(QString, how);
    const QByteArray contents = "username,password\nuno,uno-pass-1234\ndos,\n";
    const QString csv = write(QStringLiteral("users.csv"), contents);
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const QStringList options{QStringLiteral("--out"), out, m_server->baseUrl().toString()};
    CliRun run;
    QProcess writer;
    if (how == QLatin1String("fifo")) {
        const QString fifo = m_dir->filePath(QStringLiteral("users.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        writer.start(QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("cat \"$0\" > \"$1\""), csv, fifo});
        run = CliRun::start(batch(QStringList{fifo} + options));
    } else if (how == QLatin1String("substitution")) {
        // bash runs the CLI on /dev/fd/N, a pipe from cat; exec keeps its exit code.
        const QStringList arguments =
                batch(QStringList{QStringLiteral("<(cat users.csv)")} + options);
        QString line = QStringLiteral("cd \"$0\" && exec \"$1\"");
        for (const QString &argument : arguments) {
            line += QLatin1Char(' ')
                    + (argument.startsWith(QLatin1Char('<'))
                                    ? argument
                                    : QLatin1Char('\'') + argument + QLatin1Char('\''));
        }
        writer.start(QStringLiteral("bash"),
                {QStringLiteral("-c"), line, m_dir->path(), QStringLiteral(REGISTRAR_CLI_PATH)});
        QSignalSpy finished(&writer, &QProcess::finished);
        QVERIFY(finished.wait(30000));
        run = {writer.exitCode(), writer.readAllStandardOutput(), writer.readAllStandardError()};
    } else {
        run = CliRun::start(batch(QStringList{how} + options), contents);
    }
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.err.contains("QFile"), run.err.constData());
    QVERIFY2(run.err.contains("2 rows: 2 valid"), run.err.constData());
    const QHash<QString, QStringList> results = resultsByUser(out);
    QCOMPARE(results.value(QStringLiteral("uno")).value(2), QStringLiteral("created"));
    QCOMPARE(results.value(QStringLiteral("dos")).value(2), QStringLiteral("created"));
    QVERIFY(m_server->passwordMatches(QStringLiteral("uno"), QStringLiteral("uno-pass-1234")));
    QVERIFY(m_server->passwordMatches(
            QStringLiteral("dos"), results.value(QStringLiteral("dos")).value(4)));
    writer.waitForFinished(10000);
}

void TestCliBatch::messagesQuoteAnExcerptOfTheInput()
{
    const QByteArray huge(7000, 'x');
    const QByteArray ellipsis = "\xe2\x80\xa6";
    const QString rows = write(QStringLiteral("rows.csv"),
            "username,admin\n"
            "@" + huge
                    + ":other.org,\n"
                      "alice,"
                    + huge
                    + "\n"
                      "\"evil\nline 9 (forged): created\",maybe\n");
    const CliRun checked = CliRun::start(
            batch({rows, QStringLiteral("--dry-run"), m_server->baseUrl().toString()}));
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.size() < 2000, checked.err.left(3000).constData());
    QVERIFY2(checked.err.count(ellipsis) >= 3, checked.err.constData());
    QVERIFY2(checked.err.contains("line 4 (evil\\nline 9 (forged): created)"),
            checked.err.constData());
    QVERIFY2(!checked.err.contains("\nline 9"), checked.err.constData());

    const QString header = write(QStringLiteral("header.csv"), "username," + huge + "\nalice,1\n");
    const CliRun refused = CliRun::start(
            batch({header, QStringLiteral("--dry-run"), m_server->baseUrl().toString()}));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.size() < 1000 && refused.err.contains("Unknown column"),
            refused.err.left(3000).constData());
    QVERIFY2(refused.err.contains(ellipsis), refused.err.constData());
}

void TestCliBatch::results_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("CSV") << "results.csv";
    QTest::newRow("JSON") << "results.json";
}

void TestCliBatch::aPartialRecordIsCutOffOnResume_data()
{
    results_data();
}

void TestCliBatch::aPartialRecordIsCutOffOnResume()
{
    QFETCH(QString, name);
    const QString out = m_dir->filePath(name);
    const QString first = write(QStringLiteral("first.csv"), "username\nuno\ndos\ntres\n");
    QCOMPARE(CliRun::start(
                     batch({first, QStringLiteral("--out"), out, m_server->baseUrl().toString()}))
                     .exitCode,
            0);
    QString problem;
    const QList<QHash<QString, QString>> before = recordsOf(out, &problem);
    QCOMPARE(before.size(), 3);

    // A run that went on with cuatro was killed while it wrote cuatro's record: the account
    // exists with the password the journal holds, and the record is cut short.
    const QString password = QStringLiteral("cuatro-pw-0123456789");
    QCOMPARE(CliRun::start(
                     {QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("cuatro"),
                             QStringLiteral("-p"), password, QStringLiteral("-k"),
                             QStringLiteral("batch-secret"), m_server->baseUrl().toString()})
                     .exitCode,
            0);
    write(name + QStringLiteral(".pending"), "cuatro," + password.toUtf8() + "\r\n");
    QByteArray bytes = contentsOf(out);
    if (name.endsWith(QLatin1String(".json"))) {
        QVERIFY(bytes.endsWith("\n]\n"));
        bytes.chop(3); // killed: the array was never closed
        bytes += ",\n{\"error\":\"\",\"line\":5,\"password\":\"" + password.left(9).toUtf8();
    } else {
        bytes += "cuatro,@cuatro:batch.test,created,," + password.left(9).toUtf8();
    }
    write(name, bytes);

    const QString all =
            write(QStringLiteral("all.csv"), "username\nuno\ndos\ntres\ncuatro\ncinco\n");
    const CliRun resumed = CliRun::start(
            batch({all, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QVERIFY2(resumed.err.contains("ended in a partial record")
                    && resumed.err.contains(QFile::encodeName(out)),
            resumed.err.constData());
    QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 2, resumed.err.constData());
    QCOMPARE(m_server->accountCount(), 5);
    // Every record whole, none glued onto the cut one; the earlier ones as they were; every
    // account's working password in the file.
    const QList<QHash<QString, QString>> after = recordsOf(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(after.mid(0, 3), before);
    for (const QHash<QString, QString> &record : after) {
        const QString user = record.value(QStringLiteral("username"));
        QVERIFY2(QStringList({QStringLiteral("uno"), QStringLiteral("dos"), QStringLiteral("tres"),
                                     QStringLiteral("cuatro"), QStringLiteral("cinco")})
                         .contains(user),
                qPrintable(user));
    }
    QCOMPARE(after.size(), 5);
    const QHash<QString, QString> passwordOf = passwordsOf(after);
    for (auto it = passwordOf.constBegin(); it != passwordOf.constEnd(); ++it) {
        QVERIFY2(m_server->passwordMatches(it.key(), it.value()), qPrintable(it.key()));
    }
    QCOMPARE(passwordOf.size(), 5);
    QCOMPARE(passwordOf.value(QStringLiteral("cuatro")), password);
}

void TestCliBatch::killedByAFullDiskLosesNothing_data()
{
    results_data();
}

void TestCliBatch::killedByAFullDiskLosesNothing()
{
    // As aFailedWriteStopsTheRunAndKeepsTheJournal, but the signal of the file size limit is not
    // ignored: the run dies in the write that reaches the limit, the record it wrote cut short.
    QFETCH(QString, name);
    const QString file = writeThirtyUsers();
    const QString out = m_dir->filePath(name);
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    startWithFileSizeLimit(&process, QStringLiteral("-"),
            batch({file, QStringLiteral("--out"), out, QStringLiteral("--concurrency"),
                    QStringLiteral("64"), m_server->baseUrl().toString()}));
    QVERIFY(finished.wait(30000));
    QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    const QByteArray killed = contentsOf(out);
    QCOMPARE(killed.size(), 1024);
    const bool cut = name.endsWith(QLatin1String(".json")) ? !killed.endsWith('}')
                                                           : !killed.endsWith("\r\n");

    const CliRun resumed = CliRun::start(
            batch({file, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QVERIFY2(resumed.exitCode == 0 || resumed.exitCode == 2, resumed.err.constData());
    QCOMPARE(resumed.err.contains("ended in a partial record"), cut);
    QCOMPARE(m_server->accountCount(), 30);
    QString problem;
    const QList<QHash<QString, QString>> records = recordsOf(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QHash<QString, QString> &record : records) {
        QVERIFY(record.value(QStringLiteral("username")).startsWith(QLatin1String("user")));
    }
    const QHash<QString, QString> passwordOf = passwordsOf(records);
    QCOMPARE(passwordOf.size(), 30);
    for (auto it = passwordOf.constBegin(); it != passwordOf.constEnd(); ++it) {
        QVERIFY2(m_server->passwordMatches(it.key(), it.value()), qPrintable(it.key()));
    }
}

void TestCliBatch::recordsCarryTheirCsvLine_data()
{
    results_data();
}

void TestCliBatch::recordsCarryTheirCsvLine()
{
    QFETCH(QString, name);
    const QString csv = write(QStringLiteral("users.csv"),
            "username,displayname\n"
            "uno,\"Uno\nsecond line\"\n" // line 2, two lines long
            "dos,Dos\n" // 4
            "\n"
            "123,\n" // 6, invalid
            "tres,\n"); // 7
    const QString out = m_dir->filePath(name);
    const CliRun run = CliRun::start(batch({csv, QStringLiteral("--out"), out,
            QStringLiteral("--concurrency"), QStringLiteral("4"), m_server->baseUrl().toString()}));
    QCOMPARE(run.exitCode, 1);
    QString problem;
    QHash<QString, QString> lineOf;
    for (const QHash<QString, QString> &record : recordsOf(out, &problem)) {
        lineOf.insert(
                record.value(QStringLiteral("username")), record.value(QStringLiteral("line")));
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QHash<QString, QString> expected{{QStringLiteral("uno"), QStringLiteral("2")},
            {QStringLiteral("dos"), QStringLiteral("4")},
            {QStringLiteral("123"), QStringLiteral("6")},
            {QStringLiteral("tres"), QStringLiteral("7")}};
    QCOMPARE(lineOf, expected);
}

void TestCliBatch::anOlderResultsFileKeepsItsColumns()
{
    const QString csv = write(QStringLiteral("users.csv"), "username\nuno\ndos\n");
    const QString out = write(QStringLiteral("results.csv"),
            kResultsHeader + "uno,@uno:batch.test,created,,pw-uno-0123456789,,\r\n");
    const CliRun run = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(m_server->accountCount(), 1); // uno was created by the earlier run
    QString problem;
    const QList<QHash<QString, QString>> records = recordsOf(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem)); // every record has the header's 7 columns
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).value(QStringLiteral("username")), QStringLiteral("dos"));
    QVERIFY(m_server->passwordMatches(
            QStringLiteral("dos"), records.at(1).value(QStringLiteral("password"))));
}

void TestCliBatch::formulaCellsAreNeutralisedAndFoundAgain()
{
    // Valid localparts a spreadsheet would run as formulas, and an invalid row echoed back.
    const QString csv = write(QStringLiteral("users.csv"),
            "username\n"
            "=1+2\n"
            "-dash\n"
            "+plus\n"
            "\"=HYPERLINK(\"\"http://x\"\")\"\n");
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const CliRun run = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QCOMPARE(run.exitCode, 1); // the invalid row
    QCOMPARE(m_server->accountCount(), 3);
    QString problem;
    const QList<QHash<QString, QString>> records = recordsOf(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(records.size(), 4);
    for (const QHash<QString, QString> &record : records) {
        for (auto it = record.constBegin(); it != record.constEnd(); ++it) {
            if (it.key() != QLatin1String("password") && it.key() != QLatin1String("user_id")
                    && !it->isEmpty()) {
                QVERIFY2(!QStringLiteral("=+-@\t\r").contains(it->front()), qPrintable(*it));
            }
        }
    }
    QVERIFY(contentsOf(out).contains("\r\n\"'=1+2\",@=1+2:batch.test,created,"));

    // Running again finds every row in the file: nothing is sent again.
    const int requests = m_server->requestCount();
    const CliRun again = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("and 3 in an earlier run"), again.err.constData());
    QCOMPARE(m_server->requestCount(), requests);
}

void TestCliBatch::retryFailedTrustsADefiniteAnswerOverTheJournal()
{
    // mike was refused as taken (a definite answer); lara's answer was lost. The journal, kept
    // for lara, still holds the password mike was sent with.
    QCOMPARE(CliRun::start({QStringLiteral("register"), QStringLiteral("-u"),
                                   QStringLiteral("mike"), QStringLiteral("-p"),
                                   QStringLiteral("mikes-own-pass"), QStringLiteral("-k"),
                                   QStringLiteral("batch-secret"), m_server->baseUrl().toString()})
                     .exitCode,
            0);
    const QString out = write(QStringLiteral("results.csv"),
            kResultsHeader + "mike,,failed,taken,,,\r\nlara,,unknown,lost,lara-pass-1234567,,\r\n");
    const QString journal = write(QStringLiteral("results.csv.pending"),
            "mike,mike-journal-pass\r\nlara,lara-pass-1234567\r\n");
    QVERIFY(QFile::setPermissions(journal, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(out, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString csv = write(QStringLiteral("users.csv"), "username\nmike\nlara\n");
    const CliRun retry = CliRun::start(batch({csv, QStringLiteral("--out"), out,
            QStringLiteral("--retry-failed"), m_server->baseUrl().toString()}));
    QCOMPARE(retry.exitCode, 2); // mike is taken, as before
    const QHash<QString, QStringList> results = resultsByUser(out);
    QCOMPARE(results.value(QStringLiteral("mike")).value(2), QStringLiteral("failed"));
    QCOMPARE(results.value(QStringLiteral("mike")).value(4), QString());
    QCOMPARE(results.value(QStringLiteral("lara")).value(2), QStringLiteral("created"));
    QVERIFY(m_server->passwordMatches(QStringLiteral("lara"), QStringLiteral("lara-pass-1234567")));
    QCOMPARE(m_server->loginCount(), 0); // nobody signed in to mike's account
}

void TestCliBatch::settlingWaitsForTheLoginLimit()
{
    QByteArray rows = "username\n";
    for (int i = 0; i < 6; ++i) {
        rows += "limited" + QByteArray::number(i) + "\n";
    }
    const QString csv = write(QStringLiteral("users.csv"), rows);
    const QString out = m_dir->filePath(QStringLiteral("results.json"));
    m_server->setFault(
            DevServer::Fault::HtmlGatewayTimeout, DevServer::FaultTarget::AfterRegistering);
    QCOMPARE(CliRun::start(
                     batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}))
                     .exitCode,
            6);
    // As Synapse's rc_login per address, only faster: one at once, then five a second.
    m_server->setFault(DevServer::Fault::None);
    m_server->setLoginRateLimit(5, 1);
    const CliRun settled = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QVERIFY2(settled.exitCode == 0, settled.err.constData());
    QVERIFY(m_server->loginCount() > 6); // some sign-ins were turned away, then waited for
    QCOMPARE(m_server->sessionCount(), 0);
}

void TestCliBatch::emailsNeedAMasTarget()
{
    // Shared-secret registration takes no email address: such a row is invalid, said by the
    // check, and the run records it so without sending it.
    const QString csv = write(QStringLiteral("users.csv"),
            "username,email\nann,ann@example.org\nbob,\ncat,\"cat@example.org; x\"\n");
    const CliRun checked = CliRun::start(
            batch({csv, QStringLiteral("--dry-run"), m_server->baseUrl().toString()}));
    QCOMPARE(checked.exitCode, 1);
    QVERIFY2(checked.err.contains("line 2 (ann): email addresses are added only to accounts made "
                                  "through MAS"),
            checked.err.constData());
    QVERIFY2(checked.err.contains("3 rows: 1 valid (0 admins), 2 invalid."),
            checked.err.constData());
    QVERIFY2(checked.err.contains("line 4 (cat): "), checked.err.constData());

    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const CliRun run = CliRun::start(
            batch({csv, QStringLiteral("--out"), out, m_server->baseUrl().toString()}));
    QCOMPARE(run.exitCode, 1);
    const QHash<QString, QStringList> results = resultsByUser(out);
    QCOMPARE(results.value(QStringLiteral("ann")).value(2), QStringLiteral("invalid"));
    QCOMPARE(results.value(QStringLiteral("bob")).value(2), QStringLiteral("created"));
    QCOMPARE(results.value(QStringLiteral("cat")).value(2), QStringLiteral("invalid"));
    QVERIFY(!m_server->account(QStringLiteral("ann")));
}

QStringList TestCliBatch::masBatch(const QStringList &extra)
{
    m_server->setAuthDelegated(true);
    const QString base = m_server->baseUrl().toString(QUrl::StripTrailingSlash);
    return QStringList{QStringLiteral("batch")} + extra
            + QStringList{QStringLiteral("--mas-client-id"),
                    QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2"), QStringLiteral("--mas-url"),
                    base + QStringLiteral("/mas"), QStringLiteral("--mas-client-secret-file"),
                    write(QStringLiteral("mas-secret"), "s3cret-example\n"),
                    QStringLiteral("--server-name"), QStringLiteral("batch.test"), base};
}

void TestCliBatch::aMasBatchCreatesEveryRowWithOneToken_data()
{
    QTest::addColumn<QString>("clientAuth");
    QTest::newRow("client_secret_basic") << QStringLiteral("basic");
    QTest::newRow("client_secret_post") << QStringLiteral("post");
}

void TestCliBatch::aMasBatchCreatesEveryRowWithOneToken()
{
    QFETCH(QString, clientAuth);
    bool known = false;
    m_server->mas().setClientAuthMethod(MasAdminApi::authMethodFromName(clientAuth, &known));
    QVERIFY(known);
    // MAS finds every password weak: only its check skipped lets them through.
    m_server->mas().setWeakPasswords(true);
    QByteArray csv = "username,email,admin\n"
                     "ann,\"ann@example.org; ann@work.example\",\n"
                     "boss,,yes\n";
    for (int i = 0; i < 10; ++i) {
        csv += "user" + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@example.org,\n";
    }
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const CliRun run = CliRun::start(masBatch({write(QStringLiteral("users.csv"), csv),
            QStringLiteral("--out"), out, QStringLiteral("--skip-password-check"),
            QStringLiteral("--mas-client-auth"), clientAuth}));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(!run.err.contains("QCommandLineParser"), run.err.constData()); // each flag once
    QCOMPARE(m_server->mas().tokenRequestCount(), 1);

    QString problem;
    const QList<QHash<QString, QString>> records = recordsOf(out, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(records.size(), 12);
    QVERIFY(contentsOf(out).startsWith(
            "username,user_id,status,error,password,access_token,device_id,line,mas_user_id,"
            "mas_last_step\r\n"));
    for (const QHash<QString, QString> &record : records) {
        const QString name = record.value(QStringLiteral("username"));
        const auto user = m_server->mas().userByUsername(name);
        QVERIFY2(user, qPrintable(name));
        QCOMPARE(record.value(QStringLiteral("status")), QStringLiteral("created"));
        QCOMPARE(record.value(QStringLiteral("mas_user_id")), user->id);
        QVERIFY(m_server->mas().passwordLoginMatches(
                name, record.value(QStringLiteral("password"))));
    }
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("ann"))->emails,
            (QStringList{QStringLiteral("ann@example.org"), QStringLiteral("ann@work.example")}));
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("boss"))->admin);
    const QHash<QString, QString> boss = byUsername(records).value(QStringLiteral("boss"));
    QCOMPARE(boss.value(QStringLiteral("mas_last_step")), QStringLiteral("admin-set"));
    QCOMPARE(
            byUsername(records).value(QStringLiteral("ann")).value(QStringLiteral("mas_last_step")),
            QStringLiteral("emails-added"));
}

void TestCliBatch::aMasRowThatStopsIsFinishedByTheSameCommand()
{
    // MAS refuses the passwords: the users exist without one. Exit 6, as for any row that may
    // exist; the same command, once MAS takes them, finishes the rows without a second user.
    m_server->mas().setWeakPasswords(true);
    const QStringList command = masBatch(
            {write(QStringLiteral("users.csv"), "username,email\nann,ann@example.org\nbob,\n"),
                    QStringLiteral("--out"), m_dir->filePath(QStringLiteral("results.csv"))});
    const CliRun first = CliRun::start(command);
    QCOMPARE(first.exitCode, 6);
    QVERIFY2(first.err.contains("2 accounts may have been created"), first.err.constData());
    QString problem;
    QList<QHash<QString, QString>> records =
            recordsOf(m_dir->filePath(QStringLiteral("results.csv")), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString annId = m_server->mas().userByUsername(QStringLiteral("ann"))->id;
    const QHash<QString, QString> ann = byUsername(records).value(QStringLiteral("ann"));
    QCOMPARE(ann.value(QStringLiteral("status")), QStringLiteral("unknown"));
    QCOMPARE(ann.value(QStringLiteral("mas_user_id")), annId);
    QCOMPARE(ann.value(QStringLiteral("mas_last_step")), QStringLiteral("user-created"));
    QVERIFY2(ann.value(QStringLiteral("error")).contains(annId), "the message names the ULID");
    const QString password = ann.value(QStringLiteral("password"));
    QVERIFY(!password.isEmpty());

    m_server->mas().setWeakPasswords(false);
    const CliRun second = CliRun::start(command);
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(m_server->portsReached(QStringLiteral("/mas/api/admin/v1/users")).size(), 2);
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("ann"))->id, annId);
    QVERIFY(m_server->mas().passwordLoginMatches(QStringLiteral("ann"), password));
    QCOMPARE(m_server->mas().userByUsername(QStringLiteral("ann"))->emails,
            QStringList{QStringLiteral("ann@example.org")});
    records = recordsOf(m_dir->filePath(QStringLiteral("results.csv")), &problem);
    QCOMPARE(byUsername(records).value(QStringLiteral("ann")).value(QStringLiteral("status")),
            QStringLiteral("created"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("results.csv.pending"))));
}

void TestCliBatch::aMasSecretAndTheFileCannotBothComeFromStdin()
{
    QStringList command = masBatch({QStringLiteral("-"), QStringLiteral("--out"),
            m_dir->filePath(QStringLiteral("results.csv"))});
    command[command.indexOf(QStringLiteral("--mas-client-secret-file")) + 1] = QStringLiteral("-");
    const CliRun run = CliRun::start(command, "s3cret-example\nusername\nann\n");
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("stdin"), run.err.constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliBatch::aMasBatchFindsMasWhereTheHomeserverSays()
{
    // No --mas-url: the homeserver's auth_metadata names MAS, as the server check reads it.
    QStringList command = masBatch({write(QStringLiteral("users.csv"), "username\nann\n"),
            QStringLiteral("--out"), m_dir->filePath(QStringLiteral("results.csv"))});
    command.removeAt(command.indexOf(QStringLiteral("--mas-url")) + 1);
    command.removeAll(QStringLiteral("--mas-url"));
    const CliRun run = CliRun::start(command);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("Using MAS at"), run.err.constData());
    QVERIFY(m_server->mas().userByUsername(QStringLiteral("ann")));
}

void TestCliBatch::ctrlCWhileAskingWhereMasIsEndsAtOnce()
{
    // The homeserver never answers the check that looks for MAS; Ctrl+C does not wait for the
    // check's deadline (an hour here): nothing was sent to MAS, and the run ends with 130.
    QStringList command = masBatch({write(QStringLiteral("users.csv"), "username\nann\n"),
            QStringLiteral("--out"), m_dir->filePath(QStringLiteral("results.csv")),
            QStringLiteral("--timeout"), QStringLiteral("3600")});
    command.removeAt(command.indexOf(QStringLiteral("--mas-url")) + 1);
    command.removeAll(QStringLiteral("--mas-url"));
    m_server->setFault(DevServer::Fault::Hang);
    QProcess process;
    process.start(QStringLiteral(REGISTRAR_CLI_PATH), command);
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount() >= 1, 20000);
    QCOMPARE(kill(pid_t(process.processId()), SIGINT), 0);
    QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 20000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QCOMPARE(m_server->mas().tokenRequestCount(), 0);
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "TestCliBatch.moc"
