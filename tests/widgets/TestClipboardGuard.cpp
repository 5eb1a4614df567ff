// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClipboardGuard.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using registrar::widgets::ClipboardGuard;

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private slots:

    void init() { QApplication::clipboard()->clear(); }

    void secretIsMarkedAndCleared();
    void somethingCopiedMeanwhileIsKept();
    void plainValuesAreNotCleared();
    void clearedWhenTheGuardGoes();
    void countdownCountsSeconds();
};

void TestClipboardGuard::secretIsMarkedAndCleared()
{
    ClipboardGuard guard(QApplication::clipboard());
    guard.setClearDelayMs(300);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    guard.copy(QStringLiteral("syt_secret_token"), true);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("syt_secret_token"));
    QCOMPARE(QApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
            QByteArray("secret"));
    QVERIFY(guard.isCountingDown());
    QTRY_COMPARE(QApplication::clipboard()->text(), QString());
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!guard.isCountingDown());
}

void TestClipboardGuard::somethingCopiedMeanwhileIsKept()
{
    ClipboardGuard guard(QApplication::clipboard());
    guard.setClearDelayMs(300);
    QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
    QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
    guard.copy(QStringLiteral("syt_secret_token"), true);
    QApplication::clipboard()->setText(QStringLiteral("the admin copied this"));
    // When the delay is up the guard decides, and says so with a countdown of 0; after that no
    // timer of it runs, so nothing can clear the clipboard later.
    QTRY_VERIFY(countdown.count() > 1 && countdown.constLast().constFirst().toInt() == 0);
    QVERIFY(!guard.isCountingDown());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("the admin copied this"));
    QCOMPARE(cleared.count(), 0);
}

void TestClipboardGuard::plainValuesAreNotCleared()
{
    {
        ClipboardGuard guard(QApplication::clipboard());
        guard.setClearDelayMs(200);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copy(QStringLiteral("@alice:example.com"), false);
        QVERIFY(!QApplication::clipboard()->mimeData()->hasFormat(
                QStringLiteral("x-kde-passwordManagerHint")));
        // Only the clear timer clears while the guard lives, and it is not running.
        QVERIFY(!guard.isCountingDown());
        QCOMPARE(cleared.count(), 0);
    }
    // Nor is the value cleared when the guard goes, as a secret would be.
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("@alice:example.com"));
}

void TestClipboardGuard::clearedWhenTheGuardGoes()
{
    {
        ClipboardGuard guard(QApplication::clipboard());
        guard.copy(QStringLiteral("syt_on_quit"), true);
    }
    QCOMPARE(QApplication::clipboard()->text(), QString());
    {
        ClipboardGuard guard(QApplication::clipboard());
        guard.copy(QStringLiteral("syt_on_quit"), true);
        QApplication::clipboard()->setText(QStringLiteral("kept"));
    }
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("kept"));
}

void TestClipboardGuard::countdownCountsSeconds()
{
    ClipboardGuard guard(QApplication::clipboard());
    QCOMPARE(guard.clearDelayMs(), 30000);
    guard.setClearDelayMs(2500);
    QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
    guard.copy(QStringLiteral("syt_x"), true);
    QTRY_VERIFY_WITH_TIMEOUT(
            !countdown.isEmpty() && countdown.constLast().constFirst().toInt() == 0, 5000);
    QList<int> values;
    for (const QList<QVariant> &arguments : countdown) {
        values.append(arguments.constFirst().toInt());
    }
    QCOMPARE(values.constFirst(), 3);
    QVERIFY(values.contains(2));
    QCOMPARE(values.constLast(), 0);
}

QTEST_MAIN(TestClipboardGuard)
#include "TestClipboardGuard.moc"
