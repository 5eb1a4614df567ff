// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsernameRules.h"

#include <QTest>

using registrar::core::InputProblem;
using registrar::core::UsernameRules;
using Kind = InputProblem::Kind;

Q_DECLARE_METATYPE(QList<InputProblem::Kind>)

class TestUsernameRules : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void invalidCharactersAreNamed();
    void fullUserIdNeedsAKnownServerName();
};

void TestUsernameRules::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("serverName");
    QTest::addColumn<QString>("localpart");
    QTest::addColumn<QList<Kind>>("blocking");
    QTest::addColumn<QList<Kind>>("warnings");

    const QString example = QStringLiteral("example.com");
    QTest::newRow("plain") << "alice" << example << "alice" << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("allowed punctuation")
            << "p.q-r_s=t/u" << example << "p.q-r_s=t/u" << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("capitals lowercased") << "Hank" << example << "hank" << QList<Kind>{}
                                         << QList<Kind>{Kind::UsernameLowercased};
    QTest::newRow("Kelvin sign lowercases to k")
            << QString(QChar(0x212a)) + QStringLiteral("im") << example << "kim" << QList<Kind>{}
            << QList<Kind>{Kind::UsernameLowercased};
    QTest::newRow("empty") << "" << example << "" << QList<Kind>{Kind::EmptyUsername}
                           << QList<Kind>{};
    QTest::newRow("space") << "kim lee" << example << "kim lee"
                           << QList<Kind>{Kind::UsernameInvalidCharacters} << QList<Kind>{};
    QTest::newRow("colon") << "jo:x" << example << "jo:x"
                           << QList<Kind>{Kind::UsernameInvalidCharacters} << QList<Kind>{};
    QTest::newRow("umlaut") << QString::fromUtf8("j\xc3\xbcrgen") << example
                            << QString::fromUtf8("j\xc3\xbcrgen")
                            << QList<Kind>{Kind::UsernameInvalidCharacters} << QList<Kind>{};
    QTest::newRow("all digits") << "12345" << example << "12345"
                                << QList<Kind>{Kind::UsernameAllDigits} << QList<Kind>{};
    QTest::newRow("digits and letter")
            << "12345a" << example << "12345a" << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("NUL") << QStringLiteral("ab") + QChar(u'\0') + QStringLiteral("c") << example
                         << "" << QList<Kind>{Kind::UsernameContainsNul} << QList<Kind>{};
    QTest::newRow("513 code points") << QString(513, QLatin1Char('o')) << QString() << ""
                                     << QList<Kind>{Kind::UsernameTooLong} << QList<Kind>{};
    QTest::newRow("512 code points, server unknown")
            << QString(512, QLatin1Char('o')) << QString() << QString(512, QLatin1Char('o'))
            << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("244 on peer.test is the longest")
            << QString(244, QLatin1Char('l')) << "peer.test" << QString(244, QLatin1Char('l'))
            << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("245 on peer.test is too long")
            << QString(245, QLatin1Char('m')) << "peer.test" << QString(245, QLatin1Char('m'))
            << QList<Kind>{Kind::UserIdTooLong} << QList<Kind>{};
    QTest::newRow("leading underscore warns") << "_bridge" << example << "_bridge" << QList<Kind>{}
                                              << QList<Kind>{Kind::UsernameLeadingUnderscore};
    QTest::newRow("plus warns") << "a+b" << example << "a+b" << QList<Kind>{}
                                << QList<Kind>{Kind::UsernamePlusSign};
    QTest::newRow("full user ID of this server")
            << "@jo:example.com" << example << "jo" << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("full user ID, server unknown")
            << "@jo:peer.test" << QString() << "jo" << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("full user ID of another server")
            << "@jo:other.org" << example << "jo" << QList<Kind>{Kind::UserIdOfOtherServer}
            << QList<Kind>{};
    QTest::newRow("full user ID, capitals") << "@Jo:EXAMPLE.com" << example << "jo" << QList<Kind>{}
                                            << QList<Kind>{Kind::UsernameLowercased};
}

void TestUsernameRules::check()
{
    QFETCH(QString, input);
    QFETCH(QString, serverName);
    QFETCH(QString, localpart);
    QFETCH(QList<Kind>, blocking);
    QFETCH(QList<Kind>, warnings);

    const registrar::core::UsernameCheck result = UsernameRules::check(input, serverName);
    QList<Kind> actualBlocking;
    QList<Kind> actualWarnings;
    for (const InputProblem &problem : result.problems) {
        QCOMPARE(problem.field, InputProblem::Field::Username);
        QVERIFY2(!problem.message.isEmpty(), "every problem says what to do");
        (problem.isBlocking() ? actualBlocking : actualWarnings).append(problem.kind);
    }
    QCOMPARE(actualBlocking, blocking);
    QCOMPARE(actualWarnings, warnings);
    QCOMPARE(result.isBlocked(), !blocking.isEmpty());
    if (!localpart.isEmpty()) {
        QCOMPARE(result.localpart, localpart);
    }
}

void TestUsernameRules::invalidCharactersAreNamed()
{
    const auto result = UsernameRules::check(QStringLiteral("a b:c:c"), {});
    QCOMPARE(result.problems.size(), 1);
    const QString message = result.problems.constFirst().message;
    QVERIFY2(message.contains(QLatin1String("space")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("\u201c:\u201d")), qPrintable(message));
    QCOMPARE(message.count(QStringLiteral("\u201c:\u201d")), 1);
}

void TestUsernameRules::fullUserIdNeedsAKnownServerName()
{
    const auto unknown =
            UsernameRules::userIdOfUnknownServer(QStringLiteral("@jo:other.org"), QString());
    QVERIFY(unknown.has_value());
    QCOMPARE(unknown->kind, Kind::UserIdOfUnknownServer);
    QVERIFY(unknown->isBlocking());
    QVERIFY2(unknown->message.contains(QLatin1String("--server-name")),
            qPrintable(unknown->message));
    // With a server name, check() compares it; a localpart needs none.
    QVERIFY(!UsernameRules::userIdOfUnknownServer(
            QStringLiteral("@jo:other.org"), QStringLiteral("example.com")));
    QVERIFY(!UsernameRules::userIdOfUnknownServer(QStringLiteral("jo"), QString()));
}

QTEST_APPLESS_MAIN(TestUsernameRules)
#include "TestUsernameRules.moc"
