// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountHistory.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using registrar::store::AccountHistory;

class TestAccountHistory : public QObject
{
    Q_OBJECT

private slots:
    void keptAcrossRuns();
    void ownerOnlyAndNoSecretFields();
    void clearRemovesTheFile();
    void badFileIsReportedAndLeftAlone();
    void manyEntriesAreWrittenAtOnce();
    void aHugeFileIsRefusedAndLeftAlone();
    void anEarlierFileIsKeptAsWrittenAndAddedTo();
};

void TestAccountHistory::keptAcrossRuns()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/history.json"));
    QString error;
    {
        AccountHistory history(path);
        QVERIFY(history.load(&error));
        QVERIFY(history.entries().isEmpty());
        const QDateTime when = QDateTime(QDate(2026, 11, 27), QTime(22, 40), Qt::UTC);
        QVERIFY2(
                history.append({QStringLiteral("@alice:example.com"), QStringLiteral("example.com"),
                                       when, true, QStringLiteral("bot")},
                        &error),
                qPrintable(error));
        QVERIFY(history.append({QStringLiteral("@bob:example.com"), QStringLiteral("example.com"),
                                       when, false, {}},
                &error));
    }
    AccountHistory reloaded(path);
    QVERIFY(reloaded.load(&error));
    QCOMPARE(reloaded.entries().size(), 2);
    const AccountHistory::Entry &first = reloaded.entries().constFirst();
    QCOMPARE(first.userId, QStringLiteral("@alice:example.com"));
    QCOMPARE(first.homeServer, QStringLiteral("example.com"));
    QCOMPARE(first.createdAt, QDateTime(QDate(2026, 11, 27), QTime(22, 40), Qt::UTC));
    QVERIFY(first.admin);
    QCOMPARE(first.userType, QStringLiteral("bot"));
}

void TestAccountHistory::ownerOnlyAndNoSecretFields()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    AccountHistory history(path);
    QString error;
    QVERIFY(history.append(
            {QStringLiteral("@a:x"), QStringLiteral("x"), QDateTime::currentDateTime(), false, {}},
            &error));
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).array().first().toObject();
    QCOMPARE(entry.keys(),
            (QStringList{QStringLiteral("admin"), QStringLiteral("created_at"),
                    QStringLiteral("home_server"), QStringLiteral("user_id"),
                    QStringLiteral("user_type")}));
}

void TestAccountHistory::clearRemovesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    AccountHistory history(path);
    QString error;
    QVERIFY(history.append(
            {QStringLiteral("@a:x"), QStringLiteral("x"), QDateTime::currentDateTime(), false, {}},
            &error));
    QVERIFY(history.clear(&error));
    QVERIFY(history.entries().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestAccountHistory::badFileIsReportedAndLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    AccountHistory history(path);
    QString error;
    QVERIFY(!history.load(&error));
    QVERIFY(error.contains(path));
    // As the message says, the file is left as it is: the next account does not replace it.
    error.clear();
    QVERIFY(!history.append({QStringLiteral("@new:x"), QStringLiteral("x"),
                                    QDateTime::currentDateTime(), false, {}},
            &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("{not json"));
}

void TestAccountHistory::manyEntriesAreWrittenAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    AccountHistory history(path);
    QString error;
    QVERIFY(history.load(&error));
    QVERIFY(history.append({QStringLiteral("@first:x"), QStringLiteral("x"),
                                   QDateTime::currentDateTime(), false, {}},
            &error));
    const QDateTime when = QDateTime(QDate(2026, 12, 1), QTime(15, 30), Qt::UTC);
    QList<AccountHistory::Entry> batch;
    for (int i = 0; i < 2000; ++i) {
        batch.append({QStringLiteral("@user%1:x").arg(i), QStringLiteral("x"), when, i % 7 == 0,
                i % 2 ? QStringLiteral("bot") : QString()});
    }
    QVERIFY2(history.appendAll(batch, &error), qPrintable(error));
    QCOMPARE(history.writeCount(), 2); // one write for the single account, one for the batch
    QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    QVERIFY(history.appendAll({}, &error));

    AccountHistory reloaded(path);
    QVERIFY2(reloaded.load(&error), qPrintable(error));
    QCOMPARE(reloaded.entries().size(), 2001);
    QCOMPARE(reloaded.entries().constFirst().userId, QStringLiteral("@first:x"));
    const AccountHistory::Entry &last = reloaded.entries().constLast();
    QCOMPARE(last.userId, QStringLiteral("@user1999:x"));
    QCOMPARE(last.createdAt, when);
    QCOMPARE(last.userType, QStringLiteral("bot"));
    QVERIFY(reloaded.entries().at(1).admin);
    // A history read back and added to keeps what it read.
    QVERIFY(reloaded.append(
            {QStringLiteral("@later:x"), QStringLiteral("x"), when, false, {}}, &error));
    AccountHistory third(path);
    QVERIFY(third.load(&error));
    QCOMPARE(third.entries().size(), 2002);
    QCOMPARE(third.entries().at(2000).userId, QStringLiteral("@user1999:x"));
}

void TestAccountHistory::aHugeFileIsRefusedAndLeftAlone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A valid JSON array, one byte over the bound: read whole, it would be a history.
    QByteArray padding(AccountHistory::kMaxFileBytes - 1, ' ');
    padding[0] = '[';
    file.write(padding);
    file.write("]");
    file.close();
    QCOMPARE(file.size(), AccountHistory::kMaxFileBytes);
    QVERIFY(file.open(QIODevice::Append));
    file.write(" ");
    file.close();
    AccountHistory history(path);
    QString error;
    QVERIFY(!history.load(&error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("longer than")),
            qPrintable(error));
    QVERIFY(!history.append({QStringLiteral("@new:x"), QStringLiteral("x"),
                                    QDateTime::currentDateTime(), false, {}},
            &error));
    QCOMPARE(QFileInfo(path).size(), AccountHistory::kMaxFileBytes + 1);
}

void TestAccountHistory::anEarlierFileIsKeptAsWrittenAndAddedTo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.json"));
    // As earlier versions wrote it: indented, one field a line; and an element this version
    // does not list (no user ID), which stays in the file all the same.
    const QJsonArray earlier{
            QJsonObject{{QStringLiteral("user_id"), QStringLiteral("@old:x")},
                    {QStringLiteral("home_server"), QStringLiteral("x")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-11-27T22:40:00Z")},
                    {QStringLiteral("admin"), true}, {QStringLiteral("user_type"), QString()}},
            QJsonObject{{QStringLiteral("note"), QStringLiteral("not an account")}},
    };
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(earlier).toJson(QJsonDocument::Indented));
    file.close();
    AccountHistory history(path);
    QString error;
    QVERIFY2(history.load(&error), qPrintable(error));
    QCOMPARE(history.entries().size(), 1);
    QVERIFY(history.append({QStringLiteral("@new:x"), QStringLiteral("x"),
                                   QDateTime::currentDateTime(), false, {}},
            &error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument written = QJsonDocument::fromJson(file.readAll());
    QVERIFY(written.isArray());
    QCOMPARE(written.array().size(), 3);
    QCOMPARE(written.array().at(1).toObject().value(QStringLiteral("note")).toString(),
            QStringLiteral("not an account"));
    AccountHistory reloaded(path);
    QVERIFY(reloaded.load(&error));
    QCOMPARE(reloaded.entries().size(), 2);
    QVERIFY(reloaded.entries().constFirst().admin);
    QCOMPARE(reloaded.entries().constLast().userId, QStringLiteral("@new:x"));
}

QTEST_APPLESS_MAIN(TestAccountHistory)
#include "TestAccountHistory.moc"
