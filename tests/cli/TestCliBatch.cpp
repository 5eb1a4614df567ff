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
using registrar::test::CliRun;

namespace {

//! What a results CSV of this tool starts with.
const QByteArray kResultsHeader =
        "username,user_id,status,error,password,access_token,device_id\r\n";

} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mixedFileEndsWithTheExpectedStatuses();
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

private:
    QString write(const QString &name, const QByteArray &contents);
    QHash<QString, QStringList> resultsByUser(const QString &path) const;
    QStringList batch(const QStringList &extra) const;

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
            {QStringLiteral("@dora:batch.test"), QStringLiteral("created")}};
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

void TestCliBatch::tokensAndJson()
{
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
        QVERIFY(record.value(QStringLiteral("access_token"))
                        .toString()
                        .startsWith(QLatin1String("syt_")));
        QVERIFY(!record.value(QStringLiteral("device_id")).toString().isEmpty());
        QVERIFY(!record.value(QStringLiteral("password")).toString().isEmpty());
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
    QByteArray csv = "username\n";
    for (int i = 10; i < 40; ++i) {
        csv += "user" + QByteArray::number(i) + "\n";
    }
    const QString file = write(QStringLiteral("users.csv"), csv);
    const QString out = m_dir->filePath(QStringLiteral("results.csv"));
    const QString journal = out + QStringLiteral(".pending");
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    // Files of at most 1 KiB; writes beyond fail with EFBIG instead of killing the process.
    process.start(QStringLiteral("bash"),
            QStringList{QStringLiteral("-c"),
                    QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""),
                    QStringLiteral(REGISTRAR_CLI_PATH)}
                    + batch({file, QStringLiteral("--out"), out, QStringLiteral("--concurrency"),
                            QStringLiteral("64"), m_server->baseUrl().toString()}));
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
        const QString password = record.size() == 7 && record.at(2) == QLatin1String("created")
                ? record.at(4)
                : journalled.value(user);
        QVERIFY2(m_server->passwordMatches(user, password), qPrintable(user));
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

QTEST_GUILESS_MAIN(TestCliBatch)
#include "TestCliBatch.moc"
