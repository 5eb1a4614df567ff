// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommand.h"
#include "MasCliCommand.h"

#include <QTest>

using registrar::core::CliCommand;
using registrar::core::RegistrationRequest;

class TestCliCommand : public QObject
{
    Q_OBJECT

private slots:
    void leavesOutSecretAndPassword();
    void quotesForTheShell_data();
    void quotesForTheShell();
    void masCliLineLeavesOutThePassword();
};

void TestCliCommand::leavesOutSecretAndPassword()
{
    RegistrationRequest request;
    request.username = QStringLiteral("Alice");
    request.setPassword(QStringLiteral("hunter2-secret"));
    request.displayName = QStringLiteral("Alice O'Brien");
    request.userType = QStringLiteral("bot");
    request.admin = true;
    request.inhibitLogin = true;
    const QString command =
            CliCommand::forRegistration(request, QUrl(QStringLiteral("http://127.0.0.1:8008")));
    QCOMPARE(command,
            QStringLiteral(
                    "synapse-registrar-cli register -u alice --display-name 'Alice O'\\''Brien' "
                    "--admin --user-type bot --no-login http://127.0.0.1:8008"));
    QVERIFY(!command.contains(request.passwordText()));

    request.admin = false;
    request.inhibitLogin = false;
    request.userType.clear();
    request.displayName.clear();
    QCOMPARE(CliCommand::forRegistration(
                     request, QUrl(QStringLiteral("http://10.0.0.5:8008")), true),
            QStringLiteral("synapse-registrar-cli register -u alice --no-admin "
                           "--allow-insecure-http http://10.0.0.5:8008"));

    QCOMPARE(CliCommand::forProfile(request, QStringLiteral("Home lab")),
            QStringLiteral("synapse-registrar-cli register --profile 'Home lab' -u alice "
                           "--no-admin"));

    // A MAS profile's account: its emails and MAS's switches come along.
    request.emails = {QStringLiteral("alice@example.org"), QStringLiteral("a@example.net")};
    request.skipPasswordCheck = true;
    request.adoptHomeserverAccount = true;
    QCOMPARE(CliCommand::forProfile(request, QStringLiteral("MAS")),
            QStringLiteral("synapse-registrar-cli register --profile MAS -u alice --no-admin "
                           "--email alice@example.org --email a@example.net "
                           "--skip-password-check --adopt-homeserver-account"));
}

void TestCliCommand::quotesForTheShell_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << "alice"
                           << "alice";
    QTest::newRow("url") << "https://m.example.com:8448/x"
                         << "https://m.example.com:8448/x";
    QTest::newRow("space") << "a b"
                           << "'a b'";
    QTest::newRow("dollar") << "$HOME"
                            << "'$HOME'";
    QTest::newRow("quote") << "it's"
                           << "'it'\\''s'";
    QTest::newRow("empty") << ""
                           << "''";
    QTest::newRow("backtick") << "`id`"
                              << "'`id`'";
}

void TestCliCommand::quotesForTheShell()
{
    QFETCH(QString, word);
    QFETCH(QString, quoted);
    QCOMPARE(CliCommand::shellQuote(word), quoted);
}

void TestCliCommand::masCliLineLeavesOutThePassword()
{
    registrar::core::RegistrationRequest request;
    request.username = QStringLiteral("@Alice:example.com");
    request.displayName = QStringLiteral("Alice O'Neil");
    request.setPassword(QStringLiteral("secret-password-1"));
    request.admin = true;
    const QString line = registrar::core::MasCliCommand::forRegistration(request);
    QCOMPARE(line,
            QStringLiteral("mas-cli manage register-user alice --display-name 'Alice O'\\''Neil' "
                           "--admin"));
    QVERIFY(!line.contains(QLatin1String("secret-password-1")));
    request.admin = false;
    request.displayName.clear();
    QCOMPARE(registrar::core::MasCliCommand::forRegistration(request),
            QStringLiteral("mas-cli manage register-user alice --no-admin"));
}

QTEST_APPLESS_MAIN(TestCliCommand)
#include "TestCliCommand.moc"
