// SPDX-License-Identifier: GPL-3.0-or-later
// The batch CSV as it comes from disk: bounded, never changed silently, in the check and the run.
#include "BatchFileCheck.h"
#include "BatchInput.h"
#include "BatchSource.h"
#include "CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <thread>

using registrar::core::BatchFileCheck;
using registrar::core::BatchInput;
using registrar::core::BatchRow;
using registrar::core::BatchSource;
using registrar::core::CsvReader;

class TestCsvInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void unfitFileIsRefusedWithItsLine_data();
    void unfitFileIsRefusedWithItsLine();
    void theRunReadsWithTheSameBounds();
    void devZeroEndsAtTheBound();
    void fieldsWithinTheBoundsAreRead();
    void carriageReturnInQuotesIsContent();
    void aPipeIsReadOnceAndKeptForTheRun();
    void aPipeOverItsBoundEndsTheCheck();

private:
    QString write(const QByteArray &contents);
    bool check(const QString &path, BatchFileCheck::Counts *counts, QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_files = 0;
};

void TestCsvInput::initTestCase()
{
    std::signal(SIGPIPE, SIG_IGN); // a FIFO whose reader stopped early fails the write instead
}

void TestCsvInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestCsvInput::write(const QByteArray &contents)
{
    const QString path = m_dir->filePath(QStringLiteral("users-%1.csv").arg(++m_files));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

bool TestCsvInput::check(const QString &path, BatchFileCheck::Counts *counts, QString *error)
{
    BatchSource source(path);
    return BatchFileCheck::check(
            &source, QStringLiteral("example.com"), 20, [](const BatchRow &) {}, counts, error);
}

namespace {

//! Rows of input that is unbounded or over a bound.
void addEndlessInput()
{
    const QByteArray header = "username,password,displayname\n";
    const QByteArray mib(1024 * 1024, 'x');
    QTest::newRow("one line of 1 MiB, no line break")
            << header + "alice,pw-123456789," + mib << "Line 2: a field is longer than 8 KiB";
    QTest::newRow("a quoted field that never closes")
            << header + "bob,pw-123456789,\"" + mib << "Line 2: a field is longer than 8 KiB";
    QTest::newRow("a header of 1 MiB") << mib + "\n"
                                       << "Line 1: a field is longer than 8 KiB";
    QTest::newRow("a row of 200,000 empty fields")
            << header + "carol,pw-123456789,Carol\n" + QByteArray(200000, ',') + "\n"
            << "Line 3: the row is longer than 64 KiB";
    QTest::newRow("fields each in the bound, a row over it")
            << header + "dave," + QByteArray(8000, 'p') + ",\"" + QByteArray(8000, 'd') + "\""
                    + QByteArray(",e").repeated(30000) + "\n"
            << "Line 2: the row is longer than 64 KiB";
}

//! A CR outside quotes that does not end a line with its LF.
void addBareCarriageReturns()
{
    QTest::newRow("CR between two rows")
            << QByteArray("username,password\nalice,pw-alice-1234\rbob,pw-bob-12345\n")
            << "Line 2: a carriage return";
    QTest::newRow("CR inside an unquoted field")
            << QByteArray("username,password\nalice,pw-al\rice-1234\n")
            << "Line 2: a carriage return";
    QTest::newRow("CR-only line ends") << QByteArray("username,password\ralice,pw-alice-1234\r")
                                       << "Line 1: a carriage return";
    QTest::newRow("CR at the end of the file")
            << QByteArray("username,password\r\nalice,pw-alice-1234\r")
            << "Line 2: a carriage return";
    QTest::newRow("CR after a closing quote")
            << QByteArray("username,password\r\n\"alice\"\rbob,x\r\n")
            << "Line 2: a carriage return";
}

//! Bytes that a UTF-8 decoder would turn into U+FFFD.
void addInvalidUtf8()
{
    const QByteArray header = "username,password,displayname\n";
    QTest::newRow("a Latin-1 password")
            << header + "alice,pw-123456789,Alice\nbob,P\xe4ss-word-1234,Bob\n"
            << "Line 3: the file is not UTF-8 text here (byte 0xe4)";
    QTest::newRow("a Latin-1 username") << header + "j\xfcrgen,pw-123456789,J\n"
                                        << "Line 2: the file is not UTF-8 text here (byte 0xfc)";
    QTest::newRow("a sequence cut short") << header + "alice,pw-123456789,\xe2\x9c\n"
                                          << "Line 2: the file is not UTF-8";
    QTest::newRow("an overlong slash") << header + "alice,pw-\xc0\xaf-123456789,A\n"
                                       << "Line 2: the file is not UTF-8 text here (byte 0xc0)";
    QTest::newRow("a surrogate") << header + "alice,pw-\xed\xa0\x80-123456789,A\n"
                                 << "Line 2: the file is not UTF-8 text here (byte 0xed)";
    QTest::newRow("past U+10FFFF") << header + "alice,pw-\xf4\x90\x80\x80-12345678,A\n"
                                   << "Line 2: the file is not UTF-8 text here (byte 0xf4)";
    QTest::newRow("a stray continuation byte in quotes, on the second line of a row")
            << header + "alice,pw-123456789,\"two\nlines \x80\"\n"
            << "Line 3: the file is not UTF-8 text here (byte 0x80)";
}

} // namespace

void TestCsvInput::theRunReadsWithTheSameBounds()
{
    // The run reads the file again, with passwords generated: the same bound holds there.
    QFile file(write("username,displayname\nalice,Alice\nbob," + QByteArray(100000, 'b') + "\n"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    BatchInput input(&file, QStringLiteral("example.com"), 20, true);
    QVERIFY(input.readHeader());
    QVERIFY(input.next());
    QVERIFY(!input.next());
    QVERIFY2(input.error().contains(QLatin1String("Line 3: a field is longer than 8 KiB")),
            qPrintable(input.error()));
}

void TestCsvInput::devZeroEndsAtTheBound()
{
    BatchFileCheck::Counts counts;
    QString error;
    QVERIFY(!check(QStringLiteral("/dev/zero"), &counts, &error));
    QVERIFY2(error.contains(QLatin1String("Line 1: a field is longer than 8 KiB")),
            qPrintable(error));
}

void TestCsvInput::fieldsWithinTheBoundsAreRead()
{
    // A field just within the bound is read, and the core's own check names it as too long.
    const QByteArray longName(BatchInput::kMaxFieldBytes, 'a');
    const QByteArray umlauts = QByteArray("\xc3\xa4").repeated(BatchInput::kMaxFieldBytes / 2);
    QFile file(write("username,displayname\n" + longName + ",x\nbob," + umlauts + "\n"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    BatchInput input(&file, QStringLiteral("example.com"), 20, false);
    QVERIFY(input.readHeader());
    const std::optional<BatchRow> tooLong = input.next();
    QVERIFY(tooLong);
    QVERIFY2(tooLong->problems.join(QLatin1Char(' ')).contains(QLatin1String("at most 512")),
            qPrintable(tooLong->problems.join(QLatin1Char(' '))));
    const std::optional<BatchRow> bob = input.next();
    QVERIFY2(bob, qPrintable(input.error()));
    QCOMPARE(bob->request.displayName.size(), BatchInput::kMaxFieldBytes / 2);
}

void TestCsvInput::carriageReturnInQuotesIsContent()
{
    QFile file(write("username,password,displayname\r\n"
                     "alice,\"pw-al\rice-1234\",\"Al\rice\"\r\n"
                     "bob,pw-bob-12345,\"Bob\r\nB.\"\r\n"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    BatchInput input(&file, QStringLiteral("example.com"), 20, false);
    QVERIFY(input.readHeader());
    const std::optional<BatchRow> alice = input.next();
    QVERIFY2(alice, qPrintable(input.error()));
    QCOMPARE(alice->request.passwordText(), QStringLiteral("pw-al\rice-1234"));
    QCOMPARE(alice->request.displayName, QStringLiteral("Al\rice"));
    const std::optional<BatchRow> bob = input.next();
    QVERIFY2(bob, qPrintable(input.error()));
    QCOMPARE(bob->line, 3);
    QCOMPARE(bob->request.displayName, QStringLiteral("Bob\r\nB."));
    QVERIFY(!input.next());
    QVERIFY2(input.error().isEmpty(), qPrintable(input.error()));
}

void TestCsvInput::unfitFileIsRefusedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("says");
    addEndlessInput();
    addBareCarriageReturns();
    addInvalidUtf8();
}

void TestCsvInput::unfitFileIsRefusedWithItsLine()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, says);
    BatchFileCheck::Counts counts;
    QString error;
    QVERIFY(!check(write(contents), &counts, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

namespace {

//! Makes a FIFO at \a path and writes \a contents into it from a thread, as `<(cat f)` does.
std::thread writeFifo(const QString &path, QByteArray contents)
{
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0) {
        qFatal("cannot make the FIFO %s", qPrintable(path));
    }
    return std::thread([path, contents] {
        QFile fifo(path);
        if (fifo.open(QIODevice::WriteOnly)) {
            fifo.write(contents); // fails early only when the reader stops reading
        }
    });
}

QStringList usernamesOf(QIODevice *device)
{
    BatchInput input(device, QStringLiteral("example.com"), 20, true);
    QStringList names;
    if (input.readHeader()) {
        while (const std::optional<BatchRow> row = input.next()) {
            names.append(row->username);
        }
    }
    return names;
}

} // namespace

void TestCsvInput::aPipeIsReadOnceAndKeptForTheRun()
{
    QByteArray contents = "username,password\n";
    QStringList expected;
    for (int i = 0; i < 5000; ++i) { // far more than one read of the pipe
        contents += "user" + QByteArray::number(i) + ",pw-" + QByteArray::number(i) + "-12345678\n";
        expected.append(QStringLiteral("user%1").arg(i));
    }
    const QString path = m_dir->filePath(QStringLiteral("users.fifo"));
    std::thread writer = writeFifo(path, contents);
    BatchSource source(path);
    BatchFileCheck::Counts counts;
    QString error;
    const bool checked = BatchFileCheck::check(
            &source, QStringLiteral("example.com"), 20, [](const BatchRow &) {}, &counts, &error);
    writer.join();
    QVERIFY2(checked, qPrintable(error));
    QCOMPARE(counts.valid, 5000);
    // The run, and a retry after it, read the same rows: from memory, the FIFO is drained.
    for (int run = 0; run < 2; ++run) {
        QVERIFY2(source.rewind(&error), qPrintable(error));
        QCOMPARE(usernamesOf(source.device()), expected);
    }
}

void TestCsvInput::aPipeOverItsBoundEndsTheCheck()
{
    // Rows that each pass, in a pipe longer than what is kept for the run.
    const QByteArray row = "someone,pw-123456789," + QByteArray(1000, 'd') + "\n";
    const qint64 rows = BatchSource::kMaxPipedBytes / row.size() + 2;
    const QString path = m_dir->filePath(QStringLiteral("big.fifo"));
    std::thread writer = writeFifo(path, "username,password,displayname\n" + row.repeated(rows));
    BatchFileCheck::Counts counts;
    QString error;
    bool checked = false;
    {
        BatchSource source(path);
        checked = BatchFileCheck::check(
                &source, QStringLiteral("example.com"), 20, [](const BatchRow &) {}, &counts,
                &error);
    } // closed: the writer's next write fails (EPIPE) and it ends
    writer.join();
    QVERIFY(!checked);
    QVERIFY2(error.contains(
                     QLatin1String("kept in memory for the run, and it is longer than 64 MiB")),
            qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCsvInput)
#include "TestCsvInput.moc"
