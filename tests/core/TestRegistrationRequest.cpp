// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationMac.h"
#include "RegistrationRequest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using registrar::core::InputProblem;
using registrar::core::RegistrationRequest;
using Kind = InputProblem::Kind;

class TestRegistrationRequest : public QObject
{
    Q_OBJECT

private slots:
    void copiesOwnTheirPassword();
    void bodyHasExactlyTheProtocolFields();
    void optionalFieldsAreSentWhenSet();
    void bodyAndMacUseTheSameLowercasedName();
    void passwordChecks_data();
    void passwordChecks();
    void userTypeAndDisplayNameChecks();
};

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QList<Kind> kinds(const QList<InputProblem> &problems, bool blocking)
{
    QList<Kind> result;
    for (const InputProblem &problem : problems) {
        if (problem.isBlocking() == blocking) {
            result.append(problem.kind);
        }
    }
    return result;
}

} // namespace

void TestRegistrationRequest::bodyHasExactlyTheProtocolFields()
{
    RegistrationRequest request;
    request.username = QStringLiteral("alice");
    request.setPassword(QStringLiteral("hunter2"));
    const QJsonObject body = parse(request.toJson(QStringLiteral("n0nce"), "abcdef"));
    QCOMPARE(body.keys(),
            (QStringList{QStringLiteral("admin"), QStringLiteral("mac"), QStringLiteral("nonce"),
                    QStringLiteral("password"), QStringLiteral("username")}));
    QVERIFY(body.value(QStringLiteral("admin")).isBool());
    QCOMPARE(body.value(QStringLiteral("admin")).toBool(), false);
    QCOMPARE(body.value(QStringLiteral("nonce")).toString(), QStringLiteral("n0nce"));
    QCOMPARE(body.value(QStringLiteral("mac")).toString(), QStringLiteral("abcdef"));
    QCOMPARE(body.value(QStringLiteral("password")).toString(), QStringLiteral("hunter2"));
}

void TestRegistrationRequest::optionalFieldsAreSentWhenSet()
{
    RegistrationRequest request;
    request.username = QStringLiteral("botty");
    request.setPassword(QStringLiteral("pw"));
    request.displayName = QString::fromUtf8("D\xc3\xb3ra \xe2\x9c\x93");
    request.userType = QStringLiteral("bot");
    request.admin = true;
    request.inhibitLogin = true;
    const QJsonObject body = parse(request.toJson(QStringLiteral("n"), "m"));
    QCOMPARE(body.value(QStringLiteral("displayname")).toString(), request.displayName);
    QCOMPARE(body.value(QStringLiteral("user_type")).toString(), QStringLiteral("bot"));
    QCOMPARE(body.value(QStringLiteral("admin")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("inhibit_login")).toBool(), true);
}

void TestRegistrationRequest::bodyAndMacUseTheSameLowercasedName()
{
    RegistrationRequest request;
    request.username = QStringLiteral("Alert-Bot");
    request.setPassword(QStringLiteral("s3cret!"));
    request.userType = QStringLiteral("bot");
    QCOMPARE(request.localpart(), QStringLiteral("alert-bot"));
    const QByteArray mac =
            request.mac("correct horse battery staple", QStringLiteral("a1b2c3d4e5f60718"));
    QCOMPARE(mac,
            registrar::core::registrationMac("correct horse battery staple",
                    QStringLiteral("a1b2c3d4e5f60718"), QStringLiteral("alert-bot"),
                    QStringLiteral("s3cret!"), false, QStringLiteral("bot")));
    const QJsonObject body = parse(request.toJson(QStringLiteral("a1b2c3d4e5f60718"), mac));
    QCOMPARE(body.value(QStringLiteral("username")).toString(), QStringLiteral("alert-bot"));

    request.username = QStringLiteral("@Alice:example.com");
    QCOMPARE(parse(request.toJson(QStringLiteral("n"), "m"))
                     .value(QStringLiteral("username"))
                     .toString(),
            QStringLiteral("alice"));
}

void TestRegistrationRequest::passwordChecks_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QList<Kind>>("blocking");
    QTest::addColumn<QList<Kind>>("warnings");
    QTest::newRow("ordinary") << QStringLiteral("correct horse") << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("empty") << QString() << QList<Kind>{Kind::EmptyPassword} << QList<Kind>{};
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(u'\0') + QStringLiteral("b")
                         << QList<Kind>{Kind::PasswordContainsNul} << QList<Kind>{};
    QTest::newRow("72 bytes") << QString(72, QLatin1Char('p')) << QList<Kind>{} << QList<Kind>{};
    QTest::newRow("73 bytes") << QString(73, QLatin1Char('p')) << QList<Kind>{}
                              << QList<Kind>{Kind::PasswordOverBcryptLimit};
    QTest::newRow("37 two-byte characters = 74 bytes") << QString(
            37, QChar(0x00e9)) << QList<Kind>{} << QList<Kind>{Kind::PasswordOverBcryptLimit};
    QTest::newRow("512 code points") << QString(512, QLatin1Char('p')) << QList<Kind>{}
                                     << QList<Kind>{Kind::PasswordOverBcryptLimit};
    QTest::newRow("513 code points") << QString(513, QLatin1Char('p'))
                                     << QList<Kind>{Kind::PasswordTooLong} << QList<Kind>{};
}

void TestRegistrationRequest::passwordChecks()
{
    QFETCH(QString, password);
    QFETCH(QList<Kind>, blocking);
    QFETCH(QList<Kind>, warnings);
    RegistrationRequest request;
    request.username = QStringLiteral("alice");
    request.setPassword(password);
    const QList<InputProblem> problems = request.check();
    QCOMPARE(kinds(problems, true), blocking);
    QCOMPARE(kinds(problems, false), warnings);
}

void TestRegistrationRequest::userTypeAndDisplayNameChecks()
{
    RegistrationRequest request;
    request.username = QStringLiteral("alice");
    request.setPassword(QStringLiteral("pw"));
    request.userType = QStringLiteral("support");
    QVERIFY(request.check().isEmpty());
    request.userType = QStringLiteral("guest");
    QCOMPARE(kinds(request.check(), false), QList<Kind>{Kind::UserTypeUncommon});
    request.userType = QStringLiteral("b") + QChar(u'\0');
    QCOMPARE(kinds(request.check(), true), QList<Kind>{Kind::UserTypeContainsNul});
    request.userType.clear();
    request.displayName = QString(257, QLatin1Char('D'));
    QCOMPARE(kinds(request.check(), false), QList<Kind>{Kind::DisplayNameTooLong});
}

void TestRegistrationRequest::copiesOwnTheirPassword()
{
    RegistrationRequest original;
    original.username = QStringLiteral("alice");
    original.setPassword(QStringLiteral("gr\u00fcn-password"));
    RegistrationRequest copy = original;
    QVERIFY(copy.password.data() != original.password.data());
    QCOMPARE(copy.passwordText(), QStringLiteral("gr\u00fcn-password"));
    const char *const buffer = original.password.data();
    const qsizetype size = original.password.size();
    original.password.wipe();
    QVERIFY(std::all_of(buffer, buffer + size, [](char c) { return c == '\0'; }));
    QCOMPARE(copy.passwordText(), QStringLiteral("gr\u00fcn-password")); // its own buffer

    RegistrationRequest assigned;
    assigned = copy;
    QVERIFY(assigned.password.data() != copy.password.data());
    QVERIFY(assigned.password == copy.password);
}

QTEST_APPLESS_MAIN(TestRegistrationRequest)
#include "TestRegistrationRequest.moc"
