// SPDX-License-Identifier: GPL-3.0-or-later
// Input text quoted in a message is cut: a line of megabytes never makes a message of megabytes.
#include "BatchInput.h"
#include "InputExcerpt.h"
#include "RegistrationRequest.h"
#include "UsernameRules.h"

#include <QBuffer>
#include <QTest>

using registrar::core::BatchInput;
using registrar::core::BatchRow;
using registrar::core::InputExcerpt;
using registrar::core::InputProblem;
using registrar::core::RegistrationRequest;
using registrar::core::UsernameRules;

namespace {

const QChar kEllipsis(0x2026);

//! The longest message \a problems hold.
qsizetype longest(const QStringList &messages)
{
    qsizetype most = 0;
    for (const QString &message : messages) {
        most = qMax(most, message.size());
    }
    return most;
}

QStringList messagesOf(const QList<InputProblem> &problems)
{
    QStringList messages;
    for (const InputProblem &problem : problems) {
        messages.append(problem.message);
    }
    return messages;
}

} // namespace

class TestInputExcerpt : public QObject
{
    Q_OBJECT

private slots:
    void cutsWithAnEllipsis_data();
    void cutsWithAnEllipsis();
    void batchMessagesQuoteAnExcerpt_data();
    void batchMessagesQuoteAnExcerpt();
    void usernameAndUserTypeMessagesQuoteAnExcerpt();
};

void TestInputExcerpt::cutsWithAnEllipsis_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("excerpt");
    const QString max(InputExcerpt::kMaxCharacters, QLatin1Char('a'));
    const QString clef = QString::fromUcs4(U"\U0001D11E"); // two UTF-16 units
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("short") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::newRow("exactly the bound") << max << max;
    QTest::newRow("one more") << max + QLatin1Char('b') << max + kEllipsis;
    QTest::newRow("a megabyte") << QString(1 << 20, QLatin1Char('a')) << max + kEllipsis;
    QTest::newRow("characters, not UTF-16 units") << clef.repeated(InputExcerpt::kMaxCharacters)
                                                  << clef.repeated(InputExcerpt::kMaxCharacters);
    QTest::newRow("never half a character") << max.left(InputExcerpt::kMaxCharacters - 1) + clef
                    + clef << max.left(InputExcerpt::kMaxCharacters - 1) + clef + kEllipsis;
}

void TestInputExcerpt::cutsWithAnEllipsis()
{
    QFETCH(QString, text);
    QFETCH(QString, excerpt);
    QCOMPARE(InputExcerpt::of(text), excerpt);
}

void TestInputExcerpt::batchMessagesQuoteAnExcerpt_data()
{
    QTest::addColumn<QByteArray>("csv");
    const QByteArray huge(BatchInput::kMaxFieldBytes - 100, 'x');
    QTest::newRow("an unknown column") << "username," + huge + "\nalice,1\n";
    QTest::newRow("a column twice") << "username," + huge + ',' + huge + "\nalice,1,2\n";
    QTest::newRow("an admin value") << "username,admin\nalice," + huge + '\n';
    QTest::newRow("a user ID of another server") << "username\n@" + huge + ":other.org\n";
    QTest::newRow("a long username twice")
            << "username\n" + QByteArray(300, 'a') + '\n' + QByteArray(300, 'a') + '\n';
    QTest::newRow("a username of many characters not allowed") << "username\n"
                    + QString(
                            QStringLiteral(
                                    "\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9"
                                    "\u00ea\u00eb\u00ec\u00ed\u00ee\u00ef\u00f0\u00f1\u00f2\u00f3"))
                              .toUtf8()
                    + '\n';
}

void TestInputExcerpt::batchMessagesQuoteAnExcerpt()
{
    QFETCH(QByteArray, csv);
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    BatchInput input(&buffer, QStringLiteral("example.com"), 20, false);
    QStringList messages;
    if (!input.readHeader()) {
        messages.append(input.error());
    } else {
        while (const std::optional<BatchRow> row = input.next()) {
            messages += row->problems;
        }
        QVERIFY2(input.error().isEmpty(), qPrintable(input.error()));
    }
    QVERIFY(!messages.isEmpty());
    QVERIFY2(longest(messages) < 400, qPrintable(messages.join(QLatin1Char('\n')).left(2000)));
    QVERIFY2(messages.join(QLatin1Char(' ')).contains(kEllipsis),
            qPrintable(messages.join(QLatin1Char('\n'))));
}

void TestInputExcerpt::usernameAndUserTypeMessagesQuoteAnExcerpt()
{
    // Warnings too: the CLI's register shows them for what -u and -t gave.
    RegistrationRequest request;
    request.username = QString(400, QLatin1Char('B'));
    request.setPassword(QStringLiteral("pw-123456789"));
    request.userType = QString(100000, QLatin1Char('t'));
    const QStringList messages = messagesOf(request.check(QStringLiteral("example.com")));
    QVERIFY(messages.size() >= 2);
    QVERIFY2(longest(messages) < 400, qPrintable(messages.join(QLatin1Char('\n')).left(2000)));
    const QStringList lowercased =
            messagesOf(UsernameRules::check(QString(300, QLatin1Char('C'))).problems);
    QVERIFY2(longest(lowercased) < 400, qPrintable(lowercased.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestInputExcerpt)
#include "TestInputExcerpt.moc"
