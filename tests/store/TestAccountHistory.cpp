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
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("{not json"));
}

QTEST_APPLESS_MAIN(TestAccountHistory)
#include "TestAccountHistory.moc"
