// SPDX-License-Identifier: GPL-3.0-or-later
// The value types of MAS accounts: how a MAS admin client is named and reached, and how far one
// account's creation got.
#include "MasAdminClient.h"
#include "MasProgress.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using registrar::core::MasAdminClient;
using registrar::core::MasProgress;
using AuthMethod = MasAdminClient::AuthMethod;
using Step = MasProgress::Step;

Q_DECLARE_METATYPE(std::optional<MasAdminClient::AuthMethod>)

namespace {

const QString kClientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");

} // namespace

class TestMasTypes : public QObject
{
    Q_OBJECT

private slots:
    void authMethodFromName_data();
    void authMethodFromName();
    void authMethodNameRoundTrip();
    void isUlid_data();
    void isUlid();
    void clientIdProblem();
    void isSetOnlyWithAClientId();
    void endpoints_data();
    void endpoints();
    void lastStepFollowsCallOrder();
    void stepNamesRoundTrip();
    void progressJsonRoundTrip();
    void progressFromEmptyJson();
};

void TestMasTypes::authMethodFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<std::optional<AuthMethod>>("expected");
    QTest::newRow("basic") << "basic" << std::optional(AuthMethod::Basic);
    QTest::newRow("post") << "post" << std::optional(AuthMethod::Post);
    QTest::newRow("client_secret_basic")
            << "client_secret_basic" << std::optional(AuthMethod::Basic);
    QTest::newRow("client_secret_post") << "client_secret_post" << std::optional(AuthMethod::Post);
    QTest::newRow("empty") << "" << std::optional<AuthMethod>();
    QTest::newRow("none") << "none" << std::optional<AuthMethod>();
    QTest::newRow("private_key_jwt") << "private_key_jwt" << std::optional<AuthMethod>();
    QTest::newRow("client_secret_jwt") << "client_secret_jwt" << std::optional<AuthMethod>();
    QTest::newRow("prefix only") << "client_secret" << std::optional<AuthMethod>();
    QTest::newRow("joined") << "basicpost" << std::optional<AuthMethod>();
    QTest::newRow("hyphen") << "client-secret-basic" << std::optional<AuthMethod>();
}

void TestMasTypes::authMethodFromName()
{
    QFETCH(QString, name);
    QFETCH(std::optional<AuthMethod>, expected);
    QCOMPARE(MasAdminClient::authMethodFromName(name), expected);
}

void TestMasTypes::authMethodNameRoundTrip()
{
    // The words the CLI's --mas-client-auth and the profile file write.
    QCOMPARE(MasAdminClient::authMethodName(AuthMethod::Basic), QStringLiteral("basic"));
    QCOMPARE(MasAdminClient::authMethodName(AuthMethod::Post), QStringLiteral("post"));
    for (const AuthMethod method : {AuthMethod::Basic, AuthMethod::Post}) {
        QCOMPARE(MasAdminClient::authMethodFromName(MasAdminClient::authMethodName(method)),
                std::optional(method));
    }
    QCOMPARE(MasAdminClient().authMethod, AuthMethod::Basic); // MAS's own default
}

void TestMasTypes::isUlid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ulid");
    QTest::newRow("MAS's example") << kClientId << true;
    QTest::newRow("digits only") << QString(26, QLatin1Char('0')) << true;
    QTest::newRow("from MAS's tests") << "01FSHN9AG0FAQ50MT1E9FFRPZR" << true;
    QTest::newRow("25 characters") << kClientId.left(25) << false;
    QTest::newRow("27 characters") << kClientId + QLatin1Char('0') << false;
    QTest::newRow("lower case") << kClientId.toLower() << false;
    QTest::newRow("I") << "01JBX3Q7R5M2N8P4T6V9W0Y1ZI" << false;
    QTest::newRow("L") << "01JBX3Q7R5M2N8P4T6V9W0Y1ZL" << false;
    QTest::newRow("O") << "01JBX3Q7R5M2N8P4T6V9W0Y1ZO" << false;
    QTest::newRow("U") << "01JBX3Q7R5M2N8P4T6V9W0Y1ZU" << false;
    QTest::newRow("hyphen") << "01JBX3Q7R5M2N8P4-6V9W0Y1Z2" << false;
    QTest::newRow("space inside") << "01JBX3Q7R5M2N8P4 6V9W0Y1Z2" << false;
    QTest::newRow("space around") << QLatin1Char(' ') + kClientId << false;
    QTest::newRow("line end after") << kClientId + QLatin1Char('\n') << false;
    QTest::newRow("a UUID") << "1f0e2c6a-8d6b-4b0e-9d55-0f6b8c1f2e3a" << false;
    QTest::newRow("full-width digit") << QStringLiteral("\uff101JBX3Q7R5M2N8P4T6V9W0Y1Z2") << false;
    QTest::newRow("empty") << "" << false;
}

void TestMasTypes::isUlid()
{
    QFETCH(QString, text);
    QFETCH(bool, ulid);
    QCOMPARE(MasAdminClient::isUlid(text), ulid);
}

void TestMasTypes::clientIdProblem()
{
    QVERIFY(MasAdminClient::clientIdProblem(kClientId).isEmpty());
    QVERIFY(MasAdminClient::clientIdProblem(QString()).contains(QLatin1String("empty")));
    const QString problem = MasAdminClient::clientIdProblem(QStringLiteral("my-admin-client"));
    QVERIFY2(problem.contains(QLatin1String("my-admin-client")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("26 characters")), qPrintable(problem));
    QVERIFY(!MasAdminClient::clientIdProblem(kClientId.toLower()).isEmpty());
}

void TestMasTypes::isSetOnlyWithAClientId()
{
    MasAdminClient client;
    QVERIFY(!client.isSet());
    client.masUrl = QUrl(QStringLiteral("https://auth.example.com"));
    QVERIFY(!client.isSet()); // a MAS URL alone is what a check found, not an admin client
    client.clientId = kClientId;
    QVERIFY(client.isSet());
}

void TestMasTypes::endpoints_data()
{
    QTest::addColumn<QString>("masUrl");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("users");
    QTest::newRow("bare host") << "https://auth.example.com"
                               << "https://auth.example.com/oauth2/token"
                               << "https://auth.example.com/api/admin/v1/users";
    QTest::newRow("trailing slash") << "https://auth.example.com/"
                                    << "https://auth.example.com/oauth2/token"
                                    << "https://auth.example.com/api/admin/v1/users";
    QTest::newRow("path prefix") << "http://h/mas"
                                 << "http://h/mas/oauth2/token"
                                 << "http://h/mas/api/admin/v1/users";
    QTest::newRow("path prefix, slash") << "http://h/mas/"
                                        << "http://h/mas/oauth2/token"
                                        << "http://h/mas/api/admin/v1/users";
    QTest::newRow("several slashes") << "http://127.0.0.1:8080/mas//"
                                     << "http://127.0.0.1:8080/mas/oauth2/token"
                                     << "http://127.0.0.1:8080/mas/api/admin/v1/users";
    QTest::newRow("deeper prefix") << "https://example.com/auth/mas/"
                                   << "https://example.com/auth/mas/oauth2/token"
                                   << "https://example.com/auth/mas/api/admin/v1/users";
    QTest::newRow("encoded prefix") << "https://example.com/my%20mas/"
                                    << "https://example.com/my%20mas/oauth2/token"
                                    << "https://example.com/my%20mas/api/admin/v1/users";
    QTest::newRow("query and fragment dropped")
            << "https://auth.example.com/mas/?x=1#top"
            << "https://auth.example.com/mas/oauth2/token"
            << "https://auth.example.com/mas/api/admin/v1/users";
    QTest::newRow("IPv6 and port") << "http://[::1]:8080/mas"
                                   << "http://[::1]:8080/mas/oauth2/token"
                                   << "http://[::1]:8080/mas/api/admin/v1/users";
}

void TestMasTypes::endpoints()
{
    QFETCH(QString, masUrl);
    QFETCH(QString, token);
    QFETCH(QString, users);
    MasAdminClient client;
    client.masUrl = QUrl(masUrl);
    client.clientId = kClientId;
    QCOMPARE(client.tokenEndpoint().toString(QUrl::FullyEncoded), token);
    QCOMPARE(client.adminApi(QStringLiteral("users")).toString(QUrl::FullyEncoded), users);
    // A path already percent-encoded stays as it was given: nothing is encoded twice or decoded.
    QCOMPARE(client.adminApi(QStringLiteral("users/by-username/al%C3%AFce%2Fx"))
                     .toString(QUrl::FullyEncoded),
            users + QStringLiteral("/by-username/al%C3%AFce%2Fx"));
    QCOMPARE(client.adminApi(QStringLiteral("users/%1/set-password").arg(kClientId))
                     .toString(QUrl::FullyEncoded),
            users + QLatin1Char('/') + kClientId + QStringLiteral("/set-password"));
    // A query goes after the path, as given, whatever query the MAS URL had.
    const QString query = QStringLiteral(
            "filter%5Buser%5D=01FSHN9AG0MZAA6S4AF7CTV32E&filter%5Bemail%5D=a%2Bb%40x.org");
    const QUrl emails = client.adminApi(QStringLiteral("user-emails?") + query);
    QCOMPARE(emails.toString(QUrl::FullyEncoded),
            users.chopped(int(qstrlen("users"))) + QStringLiteral("user-emails?") + query);
    QVERIFY(!client.adminApi(QStringLiteral("users")).hasQuery());
}

void TestMasTypes::lastStepFollowsCallOrder()
{
    MasProgress progress;
    progress.username = QStringLiteral("alice");
    QCOMPARE(progress.lastStep(), Step::None);
    QVERIFY(!progress.exists());
    progress.masUserId = QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E");
    QVERIFY(progress.exists());
    QCOMPARE(progress.lastStep(), Step::UserCreated);
    progress.userCreated = true; // whether this tool created it is not a step of its own
    QCOMPARE(progress.lastStep(), Step::UserCreated);
    progress.passwordSet = true;
    QCOMPARE(progress.lastStep(), Step::PasswordSet);
    progress.adminSet = true;
    QCOMPARE(progress.lastStep(), Step::AdminSet);
    progress.emailsAdded = QStringList{QStringLiteral("alice@example.com")};
    QCOMPARE(progress.lastStep(), Step::EmailsAdded);
    progress.signedIn = true;
    QCOMPARE(progress.lastStep(), Step::SignedIn);

    // Steps that were not asked for are skipped: the latest done one counts.
    MasProgress noAdmin;
    noAdmin.masUserId = QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E");
    noAdmin.passwordSet = true;
    noAdmin.emailsAdded = QStringList{QStringLiteral("a@example.com")};
    QCOMPARE(noAdmin.lastStep(), Step::EmailsAdded);
    noAdmin.emailsAdded.clear();
    noAdmin.signedIn = true;
    QCOMPARE(noAdmin.lastStep(), Step::SignedIn);
    MasProgress adminOnly;
    adminOnly.masUserId = QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E");
    adminOnly.adminSet = true;
    QCOMPARE(adminOnly.lastStep(), Step::AdminSet);
}

void TestMasTypes::stepNamesRoundTrip()
{
    const QList<std::pair<Step, QString>> contract{{Step::None, QStringLiteral("none")},
            {Step::UserCreated, QStringLiteral("user-created")},
            {Step::PasswordSet, QStringLiteral("password-set")},
            {Step::AdminSet, QStringLiteral("admin-set")},
            {Step::EmailsAdded, QStringLiteral("emails-added")},
            {Step::SignedIn, QStringLiteral("signed-in")}};
    for (const auto &[step, name] : contract) {
        QCOMPARE(MasProgress::stepName(step), name);
        QCOMPARE(MasProgress::stepFromName(name), std::optional(step));
        QVERIFY(!MasProgress::stepTitle(step).isEmpty());
    }
    for (const char *unknown : {"", "None", "user_created", "signed-in ", "created", "7"}) {
        QVERIFY2(!MasProgress::stepFromName(QLatin1String(unknown)), unknown);
    }
}

void TestMasTypes::progressJsonRoundTrip()
{
    MasProgress progress;
    progress.username = QStringLiteral("alice");
    progress.masUserId = QStringLiteral("01FSHN9AG0MZAA6S4AF7CTV32E");
    progress.userCreated = true;
    progress.passwordSet = true;
    progress.adminSet = false;
    progress.emailsAdded = QStringList{QStringLiteral("a@example.com"), QStringLiteral("b@x.org")};
    progress.signedIn = false;
    progress.createSentAt = 1764612000;

    const QJsonObject json = progress.toJson();
    QCOMPARE(json.value(QStringLiteral("mas_user_id")).toString(), progress.masUserId);
    QCOMPARE(json.value(QStringLiteral("mas_username")).toString(), QStringLiteral("alice"));
    QCOMPARE(json.value(QStringLiteral("mas_user_created")), QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("mas_password_set")), QJsonValue(true));
    QCOMPARE(json.value(QStringLiteral("mas_admin_set")), QJsonValue(false));
    QCOMPARE(json.value(QStringLiteral("mas_emails_added")),
            QJsonValue(QJsonArray{QStringLiteral("a@example.com"), QStringLiteral("b@x.org")}));
    QCOMPARE(json.value(QStringLiteral("mas_signed_in")), QJsonValue(false));
    QCOMPARE(
            json.value(QStringLiteral("mas_last_step")).toString(), QStringLiteral("emails-added"));
    QCOMPARE(json.value(QStringLiteral("mas_create_sent_at")).toInteger(), 1764612000);
    QCOMPARE(json.size(), 9);

    const MasProgress back = MasProgress::fromJson(json);
    QCOMPARE(back.username, progress.username);
    QCOMPARE(back.masUserId, progress.masUserId);
    QCOMPARE(back.userCreated, true);
    QCOMPARE(back.passwordSet, true);
    QCOMPARE(back.adminSet, false);
    QCOMPARE(back.emailsAdded, progress.emailsAdded);
    QCOMPARE(back.signedIn, false);
    QCOMPARE(back.createSentAt, 1764612000);
    QCOMPARE(back.lastStep(), Step::EmailsAdded);
    QCOMPARE(back.toJson(), json);

    // Each flag on its own survives the trip.
    for (int flag = 0; flag < 4; ++flag) {
        MasProgress one;
        one.username = QStringLiteral("bob");
        one.masUserId = QStringLiteral("01FSHN9AG0FAQ50MT1E9FFRPZR");
        one.userCreated = flag == 0;
        one.passwordSet = flag == 1;
        one.adminSet = flag == 2;
        one.signedIn = flag == 3;
        const MasProgress read = MasProgress::fromJson(one.toJson());
        QCOMPARE(read.userCreated, one.userCreated);
        QCOMPARE(read.passwordSet, one.passwordSet);
        QCOMPARE(read.adminSet, one.adminSet);
        QCOMPARE(read.signedIn, one.signedIn);
        QCOMPARE(read.lastStep(), one.lastStep());
    }
}

void TestMasTypes::progressFromEmptyJson()
{
    const MasProgress none = MasProgress::fromJson(QJsonObject());
    QVERIFY(none.username.isEmpty());
    QVERIFY(!none.exists());
    QVERIFY(!none.userCreated && !none.passwordSet && !none.adminSet && !none.signedIn);
    QVERIFY(none.emailsAdded.isEmpty());
    QCOMPARE(none.createSentAt, 0);
    QCOMPARE(none.lastStep(), Step::None);
    // mas_last_step is written for readers; what is done is read from the flags.
    const MasProgress claimed = MasProgress::fromJson(
            QJsonObject{{QStringLiteral("mas_username"), QStringLiteral("carol")},
                    {QStringLiteral("mas_last_step"), QStringLiteral("signed-in")}});
    QCOMPARE(claimed.lastStep(), Step::None);
}

QTEST_GUILESS_MAIN(TestMasTypes)
#include "TestMasTypes.moc"
