// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordGenerator.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cmath>

using registrar::core::PasswordGenerator;

class TestPasswordGenerator : public QObject
{
    Q_OBJECT

private slots:
    void alphabetHasNoLookAlikes();
    void lengths_data();
    void lengths();
    void rejectionSamplingDropsTheIncompleteBlock();
    void noBiasOverManyDraws();
    void neverStartsAFormula();
    void passwordsDiffer();
};

void TestPasswordGenerator::alphabetHasNoLookAlikes()
{
    const QString &alphabet = PasswordGenerator::alphabet();
    for (QChar lookAlike : QStringLiteral("0O1lI")) {
        QVERIFY2(!alphabet.contains(lookAlike), qPrintable(QString(lookAlike)));
    }
    for (QChar symbol : QStringLiteral("-_.!@#%^*+=")) {
        QVERIFY(alphabet.contains(symbol));
    }
    QCOMPARE(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), alphabet.size());
    QCOMPARE(alphabet.size(), 25 + 24 + 8 + 11);
}

void TestPasswordGenerator::lengths_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("default") << PasswordGenerator::kDefaultLength << 20;
    QTest::newRow("minimum") << 12 << 12;
    QTest::newRow("maximum") << 64 << 64;
    QTest::newRow("below the minimum") << 4 << 12;
    QTest::newRow("above the maximum") << 1000 << 64;
}

void TestPasswordGenerator::lengths()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    for (int i = 0; i < 50; ++i) {
        const QString password = PasswordGenerator::generate(requested);
        QCOMPARE(password.size(), expected);
        for (QChar c : password) {
            QVERIFY(PasswordGenerator::alphabet().contains(c));
        }
    }
}

void TestPasswordGenerator::rejectionSamplingDropsTheIncompleteBlock()
{
    const int n = 68;
    const quint64 limit = (quint64(1) << 32) - (quint64(1) << 32) % n;
    QCOMPARE(PasswordGenerator::indexForDraw(0, n).value_or(-1), 0);
    QCOMPARE(PasswordGenerator::indexForDraw(67, n).value_or(-1), 67);
    QCOMPARE(PasswordGenerator::indexForDraw(68, n).value_or(-1), 0);
    QCOMPARE(PasswordGenerator::indexForDraw(quint32(limit - 1), n).value_or(-1), n - 1);
    QVERIFY(!PasswordGenerator::indexForDraw(quint32(limit), n).has_value());
    QVERIFY(!PasswordGenerator::indexForDraw(0xffffffffu, n).has_value());
    // Every index is reached by exactly limit / n of the accepted draws.
    QCOMPARE(limit % n, 0u);
}

void TestPasswordGenerator::noBiasOverManyDraws()
{
    // Pearson's chi-squared over 630,000 characters after the first: with 67 degrees of freedom
    // the statistic has mean 67 and standard deviation 11.6; 160 is about eight deviations out.
    const QString &alphabet = PasswordGenerator::alphabet();
    QHash<QChar, int> counts;
    qint64 drawn = 0;
    for (int i = 0; i < 10000; ++i) {
        const QString password = PasswordGenerator::generate(PasswordGenerator::kMaxLength);
        for (QChar c : QStringView(password).mid(1)) {
            ++counts[c];
            ++drawn;
        }
    }
    QCOMPARE(drawn, 630000);
    const double expected = double(drawn) / alphabet.size();
    double chiSquared = 0;
    for (QChar c : alphabet) {
        const double difference = counts.value(c) - expected;
        chiSquared += difference * difference / expected;
    }
    qInfo("chi-squared %.1f over %lld symbols", chiSquared,
            static_cast<long long>(alphabet.size()));
    QVERIFY2(chiSquared < 160, qPrintable(QString::number(chiSquared)));
    // The first symbols, which a modulo bias would favour, are not over-represented.
    QVERIFY(std::abs(counts.value(alphabet.at(0)) - expected) < 6 * std::sqrt(expected));
}

void TestPasswordGenerator::neverStartsAFormula()
{
    // 20,000 first characters: none opens a spreadsheet formula, and the rest stay uniform
    // (63 symbols, 62 degrees of freedom: mean 62, deviation 11.1; 150 is eight out).
    const QString &first = PasswordGenerator::firstAlphabet();
    QCOMPARE(first.size(), PasswordGenerator::alphabet().size() - 4);
    QHash<QChar, int> counts;
    const int passwords = 20000;
    for (int i = 0; i < passwords; ++i) {
        const QChar c = PasswordGenerator::generate().at(0);
        QVERIFY2(!QStringLiteral("=+-@\t\r").contains(c), qPrintable(QString(c)));
        ++counts[c];
    }
    const double expected = double(passwords) / first.size();
    double chiSquared = 0;
    for (QChar c : first) {
        const double difference = counts.value(c) - expected;
        chiSquared += difference * difference / expected;
    }
    QVERIFY2(chiSquared < 150, qPrintable(QString::number(chiSquared)));
}

void TestPasswordGenerator::passwordsDiffer()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i) {
        seen.insert(PasswordGenerator::generate());
    }
    QCOMPARE(seen.size(), 1000);
}

QTEST_APPLESS_MAIN(TestPasswordGenerator)
#include "TestPasswordGenerator.moc"
