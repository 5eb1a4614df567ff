// SPDX-License-Identifier: GPL-3.0-or-later
// The batch file formats: the CSV reader's edge cases, the checks of each row, and the results
// file (fields, owner-only permissions, appending, reading back for a resumed run).
#include "BatchFileCheck.h"
#include "BatchInput.h"
#include "BatchResults.h"
#include "CsvReader.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using registrar::core::BatchFileCheck;
using registrar::core::BatchInput;
using registrar::core::BatchRow;
using registrar::core::BatchRowStatus;
using registrar::core::BatchSource;
using registrar::core::CsvReader;
using registrar::store::BatchResults;

Q_DECLARE_METATYPE(QList<QStringList>)

class TestBatchFiles : public QObject
{
    Q_OBJECT

private slots:
    void csv_data();
    void csv();
    void csvErrors_data();
    void csvErrors();
    void header_data();
    void header();
    void rows();
    void fileCheck();
    void fileCheckErrors();
    void resultsCsv();
    void resultsJsonSurvivesAKill();
    void resultsStatusWords();
    void existingResultsAndJournalAreMadeOwnerOnly();
    void aPartialRecordAtTheEndIsCutOff_data();
    void aPartialRecordAtTheEndIsCutOff();
    void anUnclosedJsonArrayIsReadToItsLastRecord_data();
    void anUnclosedJsonArrayIsReadToItsLastRecord();
    void aDamagedResultsFileIsKept_data();
    void aDamagedResultsFileIsKept();
    void aPartialJournalEntryIsLeftOut();
    void aFailedWriteLeavesNoPartialRecord_data();
    void aFailedWriteLeavesNoPartialRecord();
    void csvCellsNeverStartAFormula();
};

namespace {

QList<QStringList> readAll(
        const QByteArray &bytes, QString *error = nullptr, QList<qint64> *lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    while (const auto record = reader.next()) {
        records.append(*record);
        if (lines) {
            lines->append(reader.recordLine());
        }
    }
    if (error) {
        *error = reader.error();
    }
    return records;
}

QList<BatchRow> rowsOf(
        const QByteArray &csv, const QString &serverName = QStringLiteral("example.com"))
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    BatchInput input(&buffer, serverName, 20, true);
    if (!input.readHeader()) {
        qWarning("%s", qPrintable(input.error()));
        return {};
    }
    QList<BatchRow> rows;
    while (const auto row = input.next()) {
        rows.append(*row);
    }
    return rows;
}

} // namespace

void TestBatchFiles::csv_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("records");
    const auto rec = [](std::initializer_list<const char *> fields) {
        QStringList list;
        for (const char *field : fields) {
            list.append(QString::fromUtf8(field));
        }
        return list;
    };
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n")
                        << QList<QStringList>{rec({"a", "b"}), rec({"1", "2"})};
    QTest::newRow("CRLF, no final newline")
            << QByteArray("a,b\r\n1,2") << QList<QStringList>{rec({"a", "b"}), rec({"1", "2"})};
    QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf"
                                       "a\n")
                         << QList<QStringList>{rec({"a"})};
    QTest::newRow("quoted comma, quote, newline")
            << QByteArray("\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\n")
            << QList<QStringList>{rec({"x, y", "say \"hi\"", "two\r\nlines"})};
    QTest::newRow("empty lines skipped")
            << QByteArray("\n\na\n\r\n\nb\n") << QList<QStringList>{rec({"a"}), rec({"b"})};
    QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList>{rec({"", "", ""})};
    QTest::newRow("UTF-8") << QByteArray("j\xc3\xbcrgen,\xe2\x9c\x93\n")
                           << QList<QStringList>{rec({"j\xc3\xbcrgen", "\xe2\x9c\x93"})};
    QTest::newRow("empty quoted field")
            << QByteArray("\"\",a\n") << QList<QStringList>{rec({"", "a"})};
}

void TestBatchFiles::csv()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, records);
    QString error;
    QCOMPARE(readAll(bytes, &error), records);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestBatchFiles::csvErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("unclosed quote") << QByteArray("a\n\"open,\nb\n") << "not closed";
    QTest::newRow("text after closing quote")
            << QByteArray("\"a\"b,c\n") << "after a closing quote";
}

void TestBatchFiles::csvErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QString error;
    readAll(bytes, &error);
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestBatchFiles::header_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::newRow("any case, any order")
            << QByteArray("User_Type,USERNAME,Admin,displayName,Password\n") << "";
    QTest::newRow("only username") << QByteArray("username\n") << "";
    QTest::newRow("no username") << QByteArray("displayname,password\n")
                                 << "no \u201cusername\u201d column";
    QTest::newRow("unknown column")
            << QByteArray("username,phone\n") << "Unknown column \u201cphone\u201d";
    QTest::newRow("twice") << QByteArray("username,Username\n") << "appears twice";
    QTest::newRow("empty file") << QByteArray("") << "empty";
}

void TestBatchFiles::header()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    BatchInput input(&buffer, {}, 20, false);
    QCOMPARE(input.readHeader(), error.isEmpty());
    QVERIFY2(input.error().contains(error), qPrintable(input.error()));
}

void TestBatchFiles::rows()
{
    const QList<BatchRow> rows = rowsOf("username,displayname,password,admin,user_type\n"
                                        "alice,\"Alice, A.\",,no,\n"
                                        "bob,Bob,bob-pass-1,YES,bot\n"
                                        "12345,,,,\n"
                                        "ALICE,,,,\n"
                                        "carol,,,maybe,\n"
                                        "@dave:example.com,,,1,support\n"
                                        "@erin:other.org,,,,\n"
                                        "frank,,,,\n"
                                        "too,many,fields,here,x,y\n");
    QCOMPARE(rows.size(), 9);
    QVERIFY(rows[0].isValid());
    QVERIFY(rows[0].passwordGenerated);
    QCOMPARE(rows[0].request.password.size(), 20);
    QCOMPARE(rows[0].request.displayName, QStringLiteral("Alice, A."));
    QVERIFY(!rows[0].request.admin);
    QCOMPARE(rows[0].line, 2);
    QVERIFY(rows[1].isValid());
    QVERIFY(!rows[1].passwordGenerated);
    QVERIFY(rows[1].request.admin);
    QCOMPARE(rows[1].request.userType, QStringLiteral("bot"));
    QVERIFY(!rows[2].isValid()); // all digits
    QVERIFY(rows[3].problems.join(QLatin1Char(' ')).contains(QLatin1String("earlier in the file")));
    QVERIFY(rows[4].problems.join(QLatin1Char(' ')).contains(QLatin1String("maybe")));
    QVERIFY(rows[5].isValid());
    QCOMPARE(rows[5].request.localpart(), QStringLiteral("dave"));
    QVERIFY(!rows[6].isValid()); // another server
    QVERIFY(rows[7].isValid());
    QVERIFY(rows[8].problems.join(QLatin1Char(' ')).contains(QLatin1String("6 fields")));

    // Without a server name a full user ID cannot be checked, so it is refused.
    const QList<BatchRow> unknown = rowsOf("username\n@dave:example.com\n", QString());
    QVERIFY(unknown.constFirst()
                    .problems.join(QLatin1Char(' '))
                    .contains(QLatin1String("--server-name")));
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &contents)
{
    const QString path = dir.filePath(QStringLiteral("accounts.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) < 0) {
        qWarning("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

void TestBatchFiles::fileCheck()
{
    QTemporaryDir dir;
    BatchSource file(writeFile(dir,
            "username,admin\n"
            "alice,yes\n"
            "bob,no\n"
            "12345,yes\n" // invalid, so not an admin the run creates
            "ALICE,\n" // a duplicate
            "@carol:example.com,1\n"
            "@dave:other.org,\n")); // another server
    QList<qint64> validLines;
    QList<qint64> invalidLines;
    BatchFileCheck::Counts counts;
    QString error;
    QVERIFY2(BatchFileCheck::check(
                     &file, QStringLiteral("example.com"), 20,
                     [&](const BatchRow &row) {
                         (row.isValid() ? validLines : invalidLines).append(row.line);
                     },
                     &counts, &error),
            qPrintable(error));
    QCOMPARE(counts.rows, 6);
    QCOMPARE(counts.valid, 3);
    QCOMPARE(counts.admins, 2);
    QCOMPARE(counts.invalid(), 3);
    QCOMPARE(validLines, (QList<qint64>{2, 3, 6}));
    QCOMPARE(invalidLines, (QList<qint64>{4, 5, 7}));
}

void TestBatchFiles::fileCheckErrors()
{
    QTemporaryDir dir;
    const auto ignore = [](const BatchRow &) {};
    const BatchFileCheck::Counts before{7, 7, 7};
    BatchFileCheck::Counts counts = before;
    QString error;

    BatchSource missing(dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!BatchFileCheck::check(&missing, {}, 20, ignore, &counts, &error));
    QVERIFY2(error.startsWith(QLatin1String("Cannot read ")), qPrintable(error));
    QCOMPARE(counts.rows, before.rows);

    BatchSource header(writeFile(dir, "username,colour\nalice,red\n"));
    QVERIFY(!BatchFileCheck::check(&header, {}, 20, ignore, &counts, &error));
    QVERIFY2(error.contains(QLatin1String("colour")), qPrintable(error));
    QCOMPARE(counts.rows, before.rows);

    // A broken row ends the check; the rows before it are counted.
    BatchSource broken(writeFile(dir, "username,admin\nalice,yes\n\"open,\nbob,no\n"));
    QVERIFY(!BatchFileCheck::check(&broken, {}, 20, ignore, &counts, &error));
    QVERIFY2(error.contains(QLatin1String("not closed")), qPrintable(error));
    QCOMPARE(counts.rows, 1);
    QCOMPARE(counts.admins, 1);
}

void TestBatchFiles::resultsCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QString error;
    {
        BatchResults results(path);
        QVERIFY(results.open(&error));
        QVERIFY(results.earlier().isEmpty());
        QVERIFY(results.append(
                {QStringLiteral("alice"), QStringLiteral("@alice:x"), BatchRowStatus::Created, {},
                        QStringLiteral("pw,with\"quote"), QStringLiteral("syt_t"),
                        QStringLiteral("DEV")},
                &error));
        QVERIFY(results.append({QStringLiteral("ALICE"), {}, BatchRowStatus::Invalid,
                                       QStringLiteral("dup"), {}, {}, {}},
                &error));
    }
    QCOMPARE(QFileInfo(path).permissions()
                    & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                            | QFileDevice::WriteOther),
            QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = readAll(file.readAll());
    QCOMPARE(records.constFirst(), BatchResults::fields());
    QCOMPARE(records.at(1).at(4), QStringLiteral("pw,with\"quote"));
    // The words of the file, never translated.
    QCOMPARE(records.at(1).at(2), QStringLiteral("created"));
    QCOMPARE(records.at(2).at(2), QStringLiteral("invalid"));
    file.close();
    BatchResults reopened(path);
    QVERIFY(reopened.open(&error));
    QCOMPARE(reopened.earlier().value(QStringLiteral("alice")).status, BatchRowStatus::Created);
    QCOMPARE(reopened.earlier().value(QStringLiteral("ALICE")).status, BatchRowStatus::Invalid);
    QVERIFY(reopened.append({QStringLiteral("bob"), QStringLiteral("@bob:x"),
                                    BatchRowStatus::Created, {}, {}, {}, {}},
            &error));
    reopened.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(readAll(file.readAll()).size(), 4); // one header, three records, none rewritten
}

void TestBatchFiles::resultsJsonSurvivesAKill()
{
    QTemporaryDir dir;
    const QString running = dir.filePath(QStringLiteral("running.json"));
    const QString path = dir.filePath(QStringLiteral("results.json"));
    QString error;
    {
        BatchResults results(running);
        QVERIFY(results.open(&error));
        QVERIFY(results.append(
                {QStringLiteral("alice"), QStringLiteral("@alice:x"), BatchRowStatus::Created, {},
                        QStringLiteral("generated-1"), {}, {}},
                &error));
        QVERIFY(results.append({QStringLiteral("zoe"), {}, BatchRowStatus::Failed,
                                       QStringLiteral("[429] ]"), {}, {}, {}},
                &error));
        // What a kill leaves on disk: every record flushed, the array never closed.
        QVERIFY(QFile::copy(running, path));
    }
    BatchResults resumed(path);
    QVERIFY2(resumed.open(&error), qPrintable(error));
    QCOMPARE(resumed.earlier().value(QStringLiteral("alice")).status, BatchRowStatus::Created);
    QVERIFY(resumed.append({QStringLiteral("bob"), QStringLiteral("@bob:x"),
                                   BatchRowStatus::Created, {}, {}, {}, {}},
            &error));
    resumed.close();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), 3);
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("password")).toString(),
            QStringLiteral("generated-1"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("error")).toString(),
            QStringLiteral("[429] ]"));
    QCOMPARE(array.at(0).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("created"));
    QCOMPARE(array.at(1).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("failed"));
    QCOMPARE(array.at(0).toObject().keys(),
            (QStringList{QStringLiteral("error"), QStringLiteral("password"),
                    QStringLiteral("status"), QStringLiteral("user_id"),
                    QStringLiteral("username")}));
}

void TestBatchFiles::resultsStatusWords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A file of an older version, without the line column.
    file.write("username,user_id,status,error,password,access_token,device_id"
               "\r\nann,@ann:x,created,,,,\r\n"
               "bob,,failed,[500],,,\r\n"
               "cy,,invalid,dup,,,\r\n"
               "dee,@dee:x,created,,,,\r\n"
               "dee,,,,,,\r\n" // no status: as if dee had no record
               "eve,,someday,,,,\r\n"); // a word this tool does not write: failed
    file.close();
    BatchResults results(path);
    QString error;
    QVERIFY2(results.open(&error), qPrintable(error));
    QCOMPARE(results.earlier().value(QStringLiteral("ann")).status, BatchRowStatus::Created);
    QCOMPARE(results.earlier().value(QStringLiteral("bob")).status, BatchRowStatus::Failed);
    QCOMPARE(results.earlier().value(QStringLiteral("cy")).status, BatchRowStatus::Invalid);
    QVERIFY(!results.earlier().contains(QStringLiteral("dee")));
    QCOMPARE(results.earlier().value(QStringLiteral("eve")).status, BatchRowStatus::Failed);
    QCOMPARE(results.earlier().size(), 4);

    for (const BatchRowStatus status : registrar::core::kBatchRowStatuses) {
        QCOMPARE(BatchResults::statusOf(BatchResults::wordOf(status)), status);
    }
    QCOMPARE(BatchResults::wordOf(BatchRowStatus::Created), QStringLiteral("created"));
    QCOMPARE(BatchResults::wordOf(BatchRowStatus::Failed), QStringLiteral("failed"));
    QCOMPARE(BatchResults::wordOf(BatchRowStatus::Invalid), QStringLiteral("invalid"));
}

void TestBatchFiles::existingResultsAndJournalAreMadeOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    const QString journal = path + QStringLiteral(".pending");
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner
            | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
            | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
            | QFileDevice::ExeOther;
    for (const QString &name : {path, journal}) {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (name == path) {
            file.write(BatchResults::fields().join(QLatin1Char(',')).toUtf8() + "\r\n");
        }
        file.close();
        QVERIFY(file.setPermissions(readable));
    }
    BatchResults results(path);
    QString error;
    QVERIFY2(results.open(&error), qPrintable(error));
    QCOMPARE(QFileInfo(path).permissions() & others, QFileDevice::Permissions());
    QVERIFY(results.appendPending(QStringLiteral("uno"), QStringLiteral("generated-1"), &error));
    QCOMPARE(QFileInfo(journal).permissions() & others, QFileDevice::Permissions());
}

namespace {

//! The bytes of the file at \a path.
QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeContents(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size()) {
        qWarning("cannot write %s", qPrintable(path));
    }
}

BatchResults::Record created(const QString &username, const QString &password, qint64 line)
{
    return {username, QStringLiteral("@%1:x").arg(username), BatchRowStatus::Created, {}, password,
            {}, {}, line};
}

/*!
 * The bytes a run leaves at \a path when it is cut off while writing carol's record, after the
 * whole records of alice and bob: the file as BatchResults wrote it, up to \a cut (a piece of
 * carol's record, found after bob's).
 */
QByteArray tornResults(const QString &path, const QByteArray &cut)
{
    const QString running =
            QFileInfo(path).absolutePath() + QStringLiteral("/running.") + QFileInfo(path).suffix();
    QString error;
    QByteArray bytes;
    {
        BatchResults results(running);
        if (!results.open(&error)) {
            qWarning("%s", qPrintable(error));
        }
        results.append(created(QStringLiteral("alice"), QStringLiteral("pw-alice-1"), 2), &error);
        results.append(created(QStringLiteral("bob"), QStringLiteral("pw-bob-2"), 3), &error);
        results.append({QStringLiteral("carol"), {}, BatchRowStatus::Failed,
                               QStringLiteral("Server said: \"no, [429] }{\"\r\nagain \\ later"),
                               {}, {}, {}, 4},
                &error);
        bytes = contentsOf(running); // still open: as a kill leaves it, the JSON array not closed
    }
    const qsizetype carol = bytes.indexOf("pw-bob-2"); // carol's record follows bob's
    const qsizetype at = bytes.indexOf(cut, carol);
    if (carol < 0 || at < 0) {
        qWarning("no %s in carol's record", cut.constData());
        return {};
    }
    return bytes.left(at + cut.size());
}

} // namespace

void TestBatchFiles::aPartialRecordAtTheEndIsCutOff_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("cut");
    // CSV: mid-line; inside a quoted field; just after a line break inside quotes, which looks
    // like the end of a record.
    QTest::newRow("CSV, mid-line") << "results.csv" << QByteArray("carol,,fai");
    QTest::newRow("CSV, mid-quoted-field") << "results.csv" << QByteArray("\"\"no,");
    QTest::newRow("CSV, after a line break in quotes") << "results.csv" << QByteArray("}{\"\"\r\n");
    // JSON: mid-object; inside a string with brackets and braces; mid-escape; just after the
    // comma before the object.
    QTest::newRow("JSON, mid-object") << "results.json" << QByteArray("\"error\":\"Ser");
    QTest::newRow("JSON, brackets in a string") << "results.json" << QByteArray("[429] }{");
    QTest::newRow("JSON, mid-escape") << "results.json" << QByteArray("again \\");
}

void TestBatchFiles::aPartialRecordAtTheEndIsCutOff()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, cut);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    const QByteArray torn = tornResults(path, cut);
    QVERIFY(!torn.isEmpty());
    writeContents(path, torn);

    BatchResults resumed(path);
    QString error;
    QVERIFY2(resumed.open(&error), qPrintable(error));
    // Every whole record kept, with its password; the partial one is not a record.
    QCOMPARE(resumed.earlier().size(), 2);
    QCOMPARE(resumed.earlier().value(QStringLiteral("alice")).password,
            QStringLiteral("pw-alice-1"));
    QCOMPARE(resumed.earlier().value(QStringLiteral("bob")).password, QStringLiteral("pw-bob-2"));
    QVERIFY(!resumed.earlier().contains(QStringLiteral("carol")));
    // Said, with the file and the journal that keeps the row's password.
    QVERIFY2(resumed.repairNote().contains(QLatin1String("partial record"))
                    && resumed.repairNote().contains(path)
                    && resumed.repairNote().contains(resumed.journalPath())
                    && resumed.repairNote().contains(QLatin1String("2 whole record")),
            qPrintable(resumed.repairNote()));
    // The next record is a record of its own, never glued onto the partial one.
    QVERIFY(resumed.append(
            created(QStringLiteral("dave"), QStringLiteral("pw-dave-4"), 5), &error));
    resumed.close();

    BatchResults again(path);
    QVERIFY2(again.open(&error), qPrintable(error));
    QVERIFY2(again.repairNote().isEmpty(), qPrintable(again.repairNote())); // whole again
    QCOMPARE(again.earlier().size(), 3);
    QCOMPARE(again.earlier().value(QStringLiteral("dave")).password, QStringLiteral("pw-dave-4"));
    QCOMPARE(again.earlier().value(QStringLiteral("dave")).line, 5);
    again.close();
    const QByteArray bytes = contentsOf(path);
    QVERIFY2(!bytes.contains("carol"), bytes.constData());
    if (name.endsWith(QLatin1String(".json"))) {
        QJsonParseError parsed{};
        const QJsonArray array = QJsonDocument::fromJson(bytes, &parsed).array();
        QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(parsed.errorString()));
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.at(2).toObject().value(QStringLiteral("username")).toString(),
                QStringLiteral("dave"));
    } else {
        const QList<QStringList> records = readAll(bytes);
        QCOMPARE(records.size(), 4);
        const QStringList dave = records.at(3);
        QCOMPARE(dave.size(), BatchResults::fields().size());
        QCOMPARE(dave.at(0), QStringLiteral("dave"));
        QCOMPARE(dave.at(2), QStringLiteral("created"));
        QCOMPARE(dave.at(4), QStringLiteral("pw-dave-4"));
        QCOMPARE(dave.at(7), QStringLiteral("5"));
    }
}

void TestBatchFiles::anUnclosedJsonArrayIsReadToItsLastRecord_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("records");
    QTest::addColumn<bool>("partial");
    const QByteArray two =
            "[\n{\"username\":\"alice\",\"status\":\"created\",\"password\":\"pw-a\"},\n"
            "{\"username\":\"bob\",\"status\":\"created\",\"password\":\"pw-b\"}";
    QTest::newRow("a whole last record, no bracket") << two << 2 << false;
    QTest::newRow("a whole last record and a line break") << two + "\n" << 2 << false;
    QTest::newRow("cut after the comma") << two + ",\n" << 2 << true;
    QTest::newRow("cut at the brace") << two + ",\n{" << 2 << true;
    QTest::newRow("cut before the first record") << QByteArray("[\n{\"userna") << 0 << true;
    QTest::newRow("only the bracket") << QByteArray("[") << 0 << false;
    QTest::newRow("closed") << two + "\n]\n" << 2 << false;
}

void TestBatchFiles::anUnclosedJsonArrayIsReadToItsLastRecord()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, records);
    QFETCH(bool, partial);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.json"));
    writeContents(path, contents);
    QString error;
    {
        BatchResults results(path);
        QVERIFY2(results.open(&error), qPrintable(error));
        QCOMPARE(results.earlier().size(), records);
        if (records > 0) {
            QCOMPARE(results.earlier().value(QStringLiteral("bob")).password,
                    QStringLiteral("pw-b"));
        }
        QCOMPARE(!results.repairNote().isEmpty(), partial);
        QVERIFY(results.append(
                created(QStringLiteral("carol"), QStringLiteral("pw-c"), 7), &error));
    }
    QJsonParseError parsed{};
    const QJsonArray array = QJsonDocument::fromJson(contentsOf(path), &parsed).array();
    QVERIFY2(parsed.error == QJsonParseError::NoError, qPrintable(parsed.errorString()));
    QCOMPARE(array.size(), records + 1);
    QCOMPARE(array.last().toObject().value(QStringLiteral("username")).toString(),
            QStringLiteral("carol"));
    QCOMPARE(array.last().toObject().value(QStringLiteral("line")).toInteger(), 7);
}

void TestBatchFiles::aDamagedResultsFileIsKept_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("damaged");
    QTest::newRow("JSON") << "results.json"
                          << QByteArray("[\n{\"username\":\"alice\",\"status\":\"created\","
                                        "\"password\":\"pw-a\"}x,\n"
                                        "{\"username\":\"bob\",\"status\":\"created\"}");
    QTest::newRow("CSV") << "results.csv"
                         << BatchResults::fields().join(QLatin1Char(',')).toUtf8()
                    + "\r\nalice,,\"created\"x,,pw-a,,,2\r\nbob,,created,,pw-b,,,3\r\n";
}

void TestBatchFiles::aDamagedResultsFileIsKept()
{
    // Damaged before its end: refused, with advice that keeps it, and left as it is.
    QFETCH(QString, name);
    QFETCH(QByteArray, damaged);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    writeContents(path, damaged);
    BatchResults results(path);
    QString error;
    QVERIFY(!results.open(&error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("keep it"))
                    && error.contains(
                            QLatin1String("do not start again with another results file")),
            qPrintable(error));
    QCOMPARE(contentsOf(path), damaged); // nothing cut, nothing added
}

void TestBatchFiles::aPartialJournalEntryIsLeftOut()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("results.csv"));
    const QString journal = path + QStringLiteral(".pending");
    // A run killed while it wrote dos's entry: dos's request was never sent.
    writeContents(journal, "uno,pw-uno-1\r\ndos,pw-d");
    {
        BatchResults results(path);
        QString error;
        QVERIFY2(results.open(&error), qPrintable(error));
        QCOMPARE(results.pendingPassword(QStringLiteral("uno")), QStringLiteral("pw-uno-1"));
        QVERIFY(results.pendingPassword(QStringLiteral("dos")).isEmpty()); // not a cut password
        QVERIFY(results.appendPending(QStringLiteral("tres"), QStringLiteral("pw-tres-3"), &error));
    }
    QCOMPARE(contentsOf(journal), QByteArray("uno,pw-uno-1\r\ntres,pw-tres-3\r\n"));
}

void TestBatchFiles::aFailedWriteLeavesNoPartialRecord_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("CSV") << "results.csv";
    QTest::newRow("JSON") << "results.json";
}

void TestBatchFiles::aFailedWriteLeavesNoPartialRecord()
{
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    BatchResults results(path);
    QString error;
    QVERIFY2(results.open(&error), qPrintable(error));
    QVERIFY(results.append(
            created(QStringLiteral("alice"), QStringLiteral("pw-alice-1"), 2), &error));
    QVERIFY(results.appendPending(QStringLiteral("bob"), QStringLiteral("pw-bob-2"), &error));
    const QByteArray before = contentsOf(path);
    const QByteArray journalBefore = contentsOf(results.journalPath());

    // Room for a part of the next record only, as on a full disk; a write beyond fails with
    // EFBIG instead of a signal.
    rlimit limit{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &limit) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = limit;
    limited.rlim_cur = rlim_t(qMax(before.size(), journalBefore.size()) + 10);
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    bool wrote = true;
    bool journalled = true;
    {
        const auto restore = qScopeGuard([&limit, oldHandler] {
            ::setrlimit(RLIMIT_FSIZE, &limit);
            std::signal(SIGXFSZ, oldHandler);
        });
        wrote = results.append(
                created(QStringLiteral("bob"), QStringLiteral("pw-bob-2"), 3), &error);
        journalled = results.appendPending(
                QString(200, QLatin1Char('c')), QStringLiteral("pw-carol-3"), &error);
    }
    QVERIFY(!wrote);
    QVERIFY(!journalled);
    QVERIFY2(error.contains(results.journalPath()), qPrintable(error));
    // Whole or not at all: the file and the journal are as they were before the failed writes.
    QCOMPARE(contentsOf(path), before);
    QCOMPARE(contentsOf(results.journalPath()), journalBefore);
    // Once there is room again, the next record follows the last whole one.
    QVERIFY(results.append(created(QStringLiteral("bob"), QStringLiteral("pw-bob-2"), 3), &error));
    results.close();
    BatchResults resumed(path);
    QVERIFY2(resumed.open(&error), qPrintable(error));
    QVERIFY(resumed.repairNote().isEmpty());
    QCOMPARE(resumed.earlier().size(), 2);
    QCOMPARE(resumed.pendingPassword(QStringLiteral("bob")), QStringLiteral("pw-bob-2"));
}

void TestBatchFiles::csvCellsNeverStartAFormula()
{
    QTemporaryDir dir;
    const QStringList texts{QStringLiteral("=1+2"), QStringLiteral("+cmd"), QStringLiteral("-3"),
            QStringLiteral("@SUM(A1)"), QStringLiteral("\tx"), QStringLiteral("\rx"),
            QStringLiteral("'=quoted"), QStringLiteral("'plain"), QStringLiteral("''"),
            QStringLiteral("'"), QStringLiteral("plain=1")};
    for (const QString &name : {QStringLiteral("results.csv"), QStringLiteral("results.json")}) {
        const QString path = dir.filePath(name);
        QString error;
        {
            BatchResults results(path);
            QVERIFY2(results.open(&error), qPrintable(error));
            qint64 line = 2;
            for (const QString &text : texts) {
                // Text from the batch file and from a server; a password as the file gave it.
                QVERIFY(results.append({text, QLatin1Char('@') + text, BatchRowStatus::Created,
                                               text, QStringLiteral("=given"), text, text, line++},
                        &error));
            }
        }
        BatchResults resumed(path);
        QVERIFY2(resumed.open(&error), qPrintable(error));
        // Read back exactly, so the username of each row is found again.
        QCOMPARE(resumed.earlier().size(), texts.size());
        for (const QString &text : texts) {
            const BatchResults::Record record = resumed.earlier().value(text);
            QCOMPARE(record.username, text);
            QCOMPARE(record.userId, QLatin1Char('@') + text);
            QCOMPARE(record.error, text);
            QCOMPARE(record.accessToken, text);
            QCOMPARE(record.deviceId, text);
            QCOMPARE(record.password, QStringLiteral("=given"));
        }
        resumed.close();
        const QByteArray bytes = contentsOf(path);
        if (name.endsWith(QLatin1String(".json"))) {
            // JSON keeps the exact text.
            QVERIFY2(bytes.contains("{\"access_token\":\"=1+2\",\"device_id\":\"=1+2\","
                                    "\"error\":\"=1+2\",\"line\":2,\"password\":\"=given\","
                                    "\"status\":\"created\",\"user_id\":\"@=1+2\","
                                    "\"username\":\"=1+2\"}"),
                    bytes.constData());
            continue;
        }
        // No cell a spreadsheet would run, but the password, which is written as given; each
        // neutralised cell is quoted.
        const QList<QStringList> records = readAll(bytes);
        for (const QStringList &record : records.mid(1)) {
            for (qsizetype i = 0; i < record.size(); ++i) {
                const QString &cell = record.at(i);
                if (i == 4) {
                    QCOMPARE(cell, QStringLiteral("=given"));
                } else if (i == 1) {
                    // A checked user ID is written as it is: scripts read that column.
                    QVERIFY2(cell.startsWith(QLatin1Char('@')), qPrintable(cell));
                } else if (!cell.isEmpty()) {
                    QVERIFY2(!QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
                }
            }
        }
        QVERIFY2(
                bytes.contains("\r\n\"'=1+2\",@=1+2,created,\"'=1+2\",=given,"), bytes.constData());
        QVERIFY2(bytes.contains("\r\n'plain,@'plain,created,'plain,=given,"), bytes.constData());
    }
}

QTEST_APPLESS_MAIN(TestBatchFiles)
#include "TestBatchFiles.moc"
