// SPDX-License-Identifier: GPL-3.0-or-later
// Every command line "Copy as command" can write, split by a real POSIX shell and parsed by the
// option table of `synapse-registrar-cli register`: it must ask for the same account, on the same
// server, and nothing else.
#include "CliCommand.h"
#include "CliFlags.h"
#include "RegisterOptions.h"

#include <QProcess>
#include <QTest>

using registrar::cli::RegisterOptions;
using registrar::cli::ServerOptions;
using registrar::cli::TransportOptions;
using registrar::core::CliCommand;
using registrar::core::CliFlags;
using registrar::core::RegistrationRequest;
using Flag = CliFlags::Flag;

Q_DECLARE_METATYPE(RegistrationRequest)

class TestCliCommandRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void parsesToTheSameRequest_data();
    void parsesToTheSameRequest();
};

namespace {

//! The words /bin/sh makes of \a command, each printed by printf and ended by a NUL.
QStringList shellWords(const QString &command)
{
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"), QStringLiteral("printf '%s\\0' ") + command});
    if (!shell.waitForFinished(30000) || shell.exitCode() != 0) {
        qWarning("sh failed: %s", shell.readAllStandardError().constData());
        return {};
    }
    QStringList words = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(u'\0'));
    words.removeLast(); // after the last NUL
    return words;
}

QString longName(Flag flag)
{
    return CliFlags::longForm(flag).mid(2);
}

} // namespace

void TestCliCommandRoundTrip::parsesToTheSameRequest_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowInsecureHttp");
    QTest::addColumn<RegistrationRequest>("request");

    struct Target
    {
        const char *name;
        QString profile;
        QString url;
        bool allowInsecureHttp;
    };

    const QList<Target> targets{
            {"local", {}, QStringLiteral("http://127.0.0.1:8008"), false},
            {"local-insecure", {}, QStringLiteral("http://127.0.0.1:8008"), true},
            {"remote", {}, QStringLiteral("https://matrix.example.org:8448/synapse"), false},
            {"remote-insecure", {}, QStringLiteral("http://10.0.0.5:8008"), true},
            {"profile", QStringLiteral("home"), {}, false},
            {"profile-quoted", QStringLiteral("Zo\u00eb's lab \"2\" $HOME"), {}, false},
    };
    const QStringList usernames{QStringLiteral("Alice"), QStringLiteral("@bob.b:example.org")};
    const QStringList displayNames{QString(), QStringLiteral("Alice O'Brien"),
            QStringLiteral("Zo\u00eb \"Z\" \u65e5\u672c $HOME `id` \\ -a --admin"),
            QStringLiteral("--no-login")};
    const QStringList userTypes{QString(), QStringLiteral("bot"), QStringLiteral("support")};
    for (const Target &target : targets) {
        for (const QString &username : usernames) {
            for (int displayName = 0; displayName < displayNames.size(); ++displayName) {
                for (const QString &userType : userTypes) {
                    for (const bool admin : {false, true}) {
                        for (const bool noLogin : {false, true}) {
                            RegistrationRequest request;
                            request.username = username;
                            request.setPassword(QStringLiteral("not-in-the-command"));
                            request.displayName = displayNames.at(displayName);
                            request.userType = userType;
                            request.admin = admin;
                            request.inhibitLogin = noLogin;
                            QTest::addRow("%s %s name%d type=%s%s%s", target.name,
                                    qPrintable(request.localpart()), displayName,
                                    qPrintable(userType), admin ? " admin" : "",
                                    noLogin ? " no-login" : "")
                                    << target.profile << target.url << target.allowInsecureHttp
                                    << request;
                        }
                    }
                }
            }
        }
    }
}

void TestCliCommandRoundTrip::parsesToTheSameRequest()
{
    QFETCH(QString, profile);
    QFETCH(QString, url);
    QFETCH(bool, allowInsecureHttp);
    QFETCH(RegistrationRequest, request);

    const QString command = profile.isEmpty()
            ? CliCommand::forRegistration(request, QUrl(url), allowInsecureHttp)
            : CliCommand::forProfile(request, profile);
    QStringList words = shellWords(command);
    QVERIFY2(words.size() > 2, qPrintable(command));
    QCOMPARE(words.at(0), CliFlags::program());
    QCOMPARE(words.at(1), QStringLiteral("register"));
    words.removeAt(1); // as main() hands the arguments to the command

    QCommandLineParser parser;
    const RegisterOptions options;
    const ServerOptions server;
    const TransportOptions transport;
    options.addTo(parser, server, transport);
    QVERIFY2(parser.parse(words), qPrintable(parser.errorText() + QStringLiteral(": ") + command));

    // Read as RegisterCommand reads them.
    RegistrationRequest parsed;
    parsed.username = parser.value(options.user);
    parsed.displayName = parser.value(options.displayName);
    parsed.userType = parser.value(options.userType);
    parsed.admin = parser.isSet(options.admin);
    parsed.inhibitLogin = parser.isSet(options.noLogin);
    QCOMPARE(parsed.localpart(), request.localpart());
    QCOMPARE(parsed.displayName, request.displayName);
    QCOMPARE(parsed.userType, request.userType);
    QCOMPARE(parsed.admin, request.admin);
    QCOMPARE(parser.isSet(options.noAdmin), !request.admin);
    QCOMPARE(parsed.inhibitLogin, request.inhibitLogin);
    QCOMPARE(parser.value(longName(Flag::Profile)), profile);
    QCOMPARE(parser.positionalArguments(), url.isEmpty() ? QStringList() : QStringList{url});
    QCOMPARE(parser.isSet(longName(Flag::AllowInsecureHttp)), allowInsecureHttp);

    // Nothing else, each once: no password and no secret in the line.
    const int expected = 2 + int(!request.displayName.isEmpty()) + int(!request.userType.isEmpty())
            + int(request.inhibitLogin) + int(!profile.isEmpty()) + int(allowInsecureHttp);
    QCOMPARE(parser.optionNames().size(), expected);
    QVERIFY(!command.contains(request.passwordText()));
}

QTEST_GUILESS_MAIN(TestCliCommandRoundTrip)
#include "TestCliCommandRoundTrip.moc"
