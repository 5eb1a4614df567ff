// SPDX-License-Identifier: GPL-3.0-or-later
// The buffer that holds secrets: it owns its bytes, moves without copying, and zeroes the very
// buffer that held them, as seen through a pointer taken before the wipe.
#include "SecretBytes.h"

#include <QTest>

using registrar::core::SecretBytes;

class TestSecretBytes : public QObject
{
    Q_OBJECT

private slots:
    void holdsItsOwnCopy();
    void wipeZeroesTheBufferInPlace();
    void movesWithoutCopying();
    void moveAssignmentTakesTheBuffer();
    void takeFromZeroesAnUnsharedSource();
    void takeFromLeavesASharedSourceToItsHolders();
    void fromUtf8();
    void copyIsExplicitAndIndependent();
    void borrowedReadsTheSameBuffer();
};

namespace {

bool allZero(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] != '\0') {
            return false;
        }
    }
    return true;
}

} // namespace

void TestSecretBytes::holdsItsOwnCopy()
{
    QByteArray source("registration-secret");
    const SecretBytes secret(source);
    QCOMPARE(secret.size(), source.size());
    QVERIFY(secret.data() != source.constData());
    source.fill('x');
    QCOMPARE(secret.view(), QByteArrayView("registration-secret"));
    QVERIFY(SecretBytes().isEmpty());
}

void TestSecretBytes::wipeZeroesTheBufferInPlace()
{
    SecretBytes secret(QByteArrayView("registration-secret"));
    const char *buffer = secret.data();
    const qsizetype size = secret.size();
    secret.wipe();
    QVERIFY(secret.data() == buffer); // the same buffer (pointers compared), not a new one
    QVERIFY(allZero(buffer, size));
}

void TestSecretBytes::movesWithoutCopying()
{
    SecretBytes first(QByteArrayView("token-value"));
    const char *buffer = first.data();
    SecretBytes second(std::move(first));
    QVERIFY(second.data() == buffer); // pointers, not strings
    QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    QVERIFY(first.data() == nullptr); // pointers, not strings
    QCOMPARE(second.view(), QByteArrayView("token-value"));
}

void TestSecretBytes::moveAssignmentTakesTheBuffer()
{
    SecretBytes target(QByteArrayView("old-secret"));
    SecretBytes source(QByteArrayView("new-secret"));
    const char *moved = source.data();
    target = std::move(source);
    QVERIFY(target.data() == moved); // pointers, not strings
    QCOMPARE(target.view(), QByteArrayView("new-secret"));
}

void TestSecretBytes::takeFromZeroesAnUnsharedSource()
{
    QByteArray source("read-from-a-file");
    const char *const buffer = source.constData();
    const qsizetype size = source.size();
    QVERIFY(source.isDetached());
    SecretBytes taken = SecretBytes::takeFrom(source);
    QCOMPARE(taken.view(), QByteArrayView("read-from-a-file"));
    QVERIFY(source.isEmpty());
    QVERIFY(source.constData() == buffer); // pointers, not strings
    QVERIFY(allZero(buffer, size));
}

void TestSecretBytes::takeFromLeavesASharedSourceToItsHolders()
{
    QByteArray holder("shared-secret");
    QByteArray shared = holder;
    SecretBytes taken = SecretBytes::takeFrom(shared);
    QCOMPARE(taken.view(), QByteArrayView("shared-secret"));
    QVERIFY(shared.isEmpty());
    QCOMPARE(holder, QByteArray("shared-secret")); // another holder's bytes are not touched
}

void TestSecretBytes::fromUtf8()
{
    const SecretBytes secret = SecretBytes::fromUtf8(QStringLiteral("gr\u00fcn"));
    QCOMPARE(secret.view(), QByteArrayView("gr\xc3\xbcn"));
}

void TestSecretBytes::copyIsExplicitAndIndependent()
{
    SecretBytes original(QByteArrayView("kept-twice"));
    SecretBytes second = original.copy();
    QVERIFY(second.data() != original.data());
    QVERIFY(second == original);
    original.wipe();
    QCOMPARE(second.view(), QByteArrayView("kept-twice"));
}

void TestSecretBytes::borrowedReadsTheSameBuffer()
{
    const SecretBytes secret(QByteArrayView("for-a-qt-call"));
    const QByteArray borrowed = secret.borrowed();
    QVERIFY(borrowed.constData() == secret.data()); // pointers, not strings
    QCOMPARE(borrowed, QByteArray("for-a-qt-call"));
}

QTEST_APPLESS_MAIN(TestSecretBytes)
#include "TestSecretBytes.moc"
