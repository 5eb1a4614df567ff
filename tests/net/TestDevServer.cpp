// SPDX-License-Identifier: GPL-3.0-or-later
// The local homeserver against the protocol document: statuses, errcodes and messages in
// Synapse's order. These tests send raw requests, so they do not depend on the client's checks.
// matchesTheRecordedSynapse replays the requests behind tests/data/synapse-replies.json, the
// answers of a real Synapse, so that the local homeserver and the recordings cannot drift apart.
#include "../TestCertificates.h"
#include "../TestSupport.h"
#include "DendriteRegistration.h"
#include "DevServer.h"
#include "RegistrationMac.h"
#include "TuwunelRegistration.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <functional>
#include <memory>

using registrar::core::HttpResponse;
using registrar::devserver::DevServer;
using registrar::net::HttpTransport;
using registrar::test::waitFor;

namespace {

const QString kRegisterPath = QStringLiteral("/_synapse/admin/v1/register");

QString rowId(const QJsonObject &recorded)
{
    return recorded.value(QStringLiteral("row")).toVariant().toString();
}

//! The recorded replies by row.
QHash<QString, QJsonObject> recordedReplies()
{
    QFile file(QStringLiteral(REGISTRAR_TEST_DATA "/synapse-replies.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the recorded replies");
    }
    QHash<QString, QJsonObject> replies;
    const QJsonArray array = QJsonDocument::fromJson(file.readAll())
                                     .object()
                                     .value(QStringLiteral("replies"))
                                     .toArray();
    for (const QJsonValue &value : array) {
        replies.insert(rowId(value.toObject()), value.toObject());
    }
    return replies;
}

/*!
 * Values that differ per run (nonces, tokens, device IDs) or per release (the versions list) are
 * compared by the form Synapse gives them: what is wrong with \a value as the \a key of \a reply,
 * "" when nothing, or nothing at all when the key is compared by its text.
 */
std::optional<QString> formProblem(
        const QString &key, const QJsonValue &value, const QJsonObject &reply)
{
    const QString text = value.toString();
    const auto check = [&](bool ok) { return ok ? QString() : key + QLatin1String(": ") + text; };
    if (key == QLatin1String("nonce")) {
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{128}$"));
        return check(hex.match(text).hasMatch());
    }
    if (key == QLatin1String("access_token")) {
        // syt_, the localpart in unpadded URL-safe base64, _, random parts.
        const QString localpart = reply.value(QStringLiteral("user_id"))
                                          .toString()
                                          .section(QLatin1Char(':'), 0, 0)
                                          .mid(1);
        return check(text.startsWith(QLatin1String("syt_")
                + QString::fromLatin1(localpart.toUtf8().toBase64(
                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                + QLatin1Char('_')));
    }
    if (key == QLatin1String("refresh_token")) {
        return check(text.startsWith(QLatin1String("syr_")));
    }
    if (key == QLatin1String("device_id")) {
        static const QRegularExpression letters(QStringLiteral("^[A-Z]+$"));
        return check(letters.match(text).hasMatch());
    }
    if (key == QLatin1String("versions")) {
        const QJsonArray versions = value.toArray();
        return check(!versions.isEmpty()
                && std::all_of(versions.begin(), versions.end(),
                        [](const QJsonValue &version) { return version.isString(); }));
    }
    if (key == QLatin1String("unstable_features")) {
        return check(value.isObject());
    }
    return std::nullopt;
}

QJsonObject signedWith(const QString &nonce, const QByteArray &secret, const QString &username,
        const QString &password, bool admin, const QString &userType)
{
    QJsonObject body{{QStringLiteral("nonce"), nonce}, {QStringLiteral("username"), username},
            {QStringLiteral("password"), password}, {QStringLiteral("admin"), admin},
            {QStringLiteral("mac"),
                    QString::fromLatin1(registrar::core::registrationMac(
                            secret, nonce, username, password, admin, userType))}};
    if (!userType.isEmpty()) {
        body.insert(QStringLiteral("user_type"), userType);
    }
    return body;
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestDevServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nonceIsFreshHex();
    void nonceIsHandedOutEvenWithoutSecret();
    void noSecretAnswersBeforeReadingTheBody();
    void bodyThatIsNotAJsonObject();
    void checksInSynapseOrder_data();
    void checksInSynapseOrder();
    void failureBurnsTheNonce();
    void nonceLifetime();
    void displayNames();
    void tokensWorkWithWhoamiAndLogout();
    void noLoginSession();
    void passwordLogin();
    void afterRegisteringTheAccountExists();
    void adminApiShowsFlags();
    void otherMethodsAndPaths();
    void authDelegatedToMas();
    void wellKnown();
    void faultSwitches_data();
    void faultSwitches();
    void clientLeavingAHeldReplyIsSafe();
    void faultNamesAreKnown();
    void endlessFaults_data();
    void endlessFaults();
    void everyRecordingIsReplayed();
    void matchesTheRecordedSynapse_data();
    void matchesTheRecordedSynapse();

    void secretFileOfTheExecutable_data();
    void secretFileOfTheExecutable();

    // Flavours (mas-admin-api.md sections 1 and 6).
    void flavourNames();
    void documentMacVectors();
    void tuwunelRegisters();
    void tuwunelUserTypeIsSignedWheneverPresent();
    void tuwunelErrors_data();
    void tuwunelErrors();
    void tuwunelNonceIsUsedUpByAFailingCheck();
    void tuwunelNonceLifetime();
    void tuwunelHoldsAtMost2048Nonces();
    void tuwunelWithoutSecret();
    void tuwunelWithMasSecret();
    void dendriteRegisters();
    void dendriteErrors_data();
    void dendriteErrors();
    void dendriteNonceIsReplayableInItsLifetime();
    void dendriteWithoutSecret();
    void tokensWorkInEveryFlavour_data();
    void tokensWorkInEveryFlavour();
    void probes_data();
    void probes();
    void synapseServerHeader();
    void synapseMasMetadata();
    void flavourSwitchesOfTheExecutable_data();
    void flavourSwitchesOfTheExecutable();

private:
    struct Exchange
    {
        int status = 0;
        QByteArray body;
        QList<QNetworkReply::RawHeaderPair> headers;
    };

    //! One request straight through QNetworkAccessManager, headers and all.
    Exchange exchange(const QByteArray &verb, const QString &path, const QByteArray &body = {},
            const QByteArray &token = {});
    QString flavourNonce();
    //! A body signed by the document's rules for \a flavour, then \a overrides applied.
    QJsonObject flavourSigned(DevServer::Flavour flavour, const QString &nonce,
            const QString &username, const QString &password, bool admin = false,
            const std::optional<QString> &userType = std::nullopt);
    //! Registers "taken" as \a flavour, then sends the signed body with \a overrides (or \a raw).
    Exchange refusedRegistration(DevServer::Flavour flavour, const QString &username,
            const QString &password, const QJsonObject &overrides, const QByteArray &raw = {});

    //! How to send one recorded request to the local homeserver.
    struct Replay
    {
        std::function<HttpResponse()> send;
        /*!
         * Where newest Synapse answers otherwise than the recorded 1.67 (registration-protocol.md
         * section 5): the row of newest's recorded answer, which the local homeserver gives.
         */
        QString answeredAs;
        QStringList onlyIn167; //!< keys of the recording that newest no longer sends
        QStringList exactToo; //!< keys that vary per run elsewhere but this request fixes
    };

    QHash<QString, Replay> replays();
    HttpResponse replay(const QByteArray &verb, const QString &pathAndQuery,
            const QByteArray &body = {}, const QByteArray &token = {},
            const QByteArray &contentType = "application/json");
    QJsonObject replaySigned(const QString &username, const QString &password, bool admin,
            const QString &userType, const QByteArray &secret);
    void replayOverTls();

    HttpResponse get(const QString &path, const QByteArray &token = {});
    HttpResponse post(const QString &path, const QByteArray &body, const QByteArray &token = {});
    QString nonce();
    QJsonObject signedBody(const QString &username, const QString &password, bool admin,
            const QString &userType = {});
    static QJsonObject json(const HttpResponse &response);

    QNetworkAccessManager *m_manager = nullptr;
    HttpTransport *m_transport = nullptr;
    DevServer *m_server = nullptr;
    const QByteArray m_secret = "dev-secret";

    QUrl m_replayBase;
    QSslConfiguration m_replayTls;
    std::unique_ptr<DevServer> m_tlsServer;
    std::unique_ptr<QTemporaryDir> m_certificates;
};

void TestDevServer::init()
{
    m_manager = new QNetworkAccessManager(this);
    registrar::net::TransportSettings settings;
    settings.timeoutMs = 5000;
    m_transport = new HttpTransport(m_manager, settings, this);
    m_server = new DevServer(this);
    m_server->setSharedSecret(m_secret);
    m_server->setServerName(QStringLiteral("peer.test"));
    QVERIFY(m_server->listen() != 0);
    m_replayBase = m_server->baseUrl();
    m_replayTls = QSslConfiguration::defaultConfiguration();
}

void TestDevServer::cleanup()
{
    m_tlsServer.reset();
    delete m_server;
    delete m_transport;
    delete m_manager;
}

HttpResponse TestDevServer::get(const QString &path, const QByteArray &token)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    return waitFor(m_transport->get(url, token));
}

HttpResponse TestDevServer::post(
        const QString &path, const QByteArray &body, const QByteArray &token)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    return waitFor(m_transport->post(url, body, token));
}

QJsonObject TestDevServer::json(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QString TestDevServer::nonce()
{
    return json(get(QStringLiteral("/_synapse/admin/v1/register")))
            .value(QStringLiteral("nonce"))
            .toString();
}

QJsonObject TestDevServer::signedBody(
        const QString &username, const QString &password, bool admin, const QString &userType)
{
    return signedWith(nonce(), m_secret, username, password, admin, userType);
}

void TestDevServer::nonceIsFreshHex()
{
    const QString first = nonce();
    const QString second = nonce();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{128}$")).match(first).hasMatch());
    QVERIFY(first != second);
    QCOMPARE(m_server->liveNonceCount(), 2);
}

void TestDevServer::nonceIsHandedOutEvenWithoutSecret()
{
    m_server->setSharedSecret({});
    QCOMPARE(nonce().size(), 128);
}

void TestDevServer::noSecretAnswersBeforeReadingTheBody()
{
    m_server->setSharedSecret({});
    for (const QByteArray &body : {QByteArray("garbage"), QByteArray("{}"), QByteArray("[]")}) {
        const HttpResponse response = post(QStringLiteral("/_synapse/admin/v1/register"), body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body,
                QByteArray(
                        R"({"errcode":"M_UNKNOWN","error":"Shared secret registration is not enabled"})"));
    }
}

void TestDevServer::bodyThatIsNotAJsonObject()
{
    const QString path = QStringLiteral("/_synapse/admin/v1/register");
    for (const QByteArray &body : {QByteArray("this is not json"), QByteArray()}) {
        const HttpResponse response = post(path, body);
        QCOMPARE(response.status, 400);
        QCOMPARE(response.body,
                QByteArray(R"({"errcode":"M_NOT_JSON","error":"Content not JSON."})"));
    }
    const HttpResponse array = post(path, "[]");
    QCOMPARE(array.status, 400);
    QCOMPARE(array.body,
            QByteArray(R"({"errcode":"M_BAD_JSON","error":"Content must be a JSON object."})"));
    const HttpResponse empty = post(path, "{}");
    QCOMPARE(empty.body,
            QByteArray(R"({"errcode":"M_BAD_JSON","error":"nonce must be specified"})"));
}

void TestDevServer::checksInSynapseOrder_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("userType");
    QTest::addColumn<QJsonObject>("overrides"); // applied after signing; "<remove>" deletes
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errcode");
    QTest::addColumn<QString>("error");

    const QString remove = QStringLiteral("<remove>");
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    row("success") << "alice"
                   << "pw-1" << false << "" << QJsonObject() << 200 << ""
                   << "";
    row("no nonce") << "quinn"
                    << "pw" << false << "" << QJsonObject{{QStringLiteral("nonce"), remove}} << 400
                    << "M_BAD_JSON"
                    << "nonce must be specified";
    row("unknown nonce") << "gina"
                         << "pw" << false << ""
                         << QJsonObject{{QStringLiteral("nonce"), QString(128, QLatin1Char('0'))}}
                         << 400 << "M_UNKNOWN"
                         << "unrecognised nonce";
    row("nonce as a number") << "gina"
                             << "pw" << false << "" << QJsonObject{{QStringLiteral("nonce"), 12345}}
                             << 400 << "M_UNKNOWN"
                             << "unrecognised nonce";
    row("nonce as a list") << "gina"
                           << "pw" << false << ""
                           << QJsonObject{{QStringLiteral("nonce"),
                                      QJsonArray{QStringLiteral("x")}}}
                           << 500 << "M_UNKNOWN"
                           << "Internal server error";
    row("no username") << "quinn"
                       << "pw" << false << "" << QJsonObject{{QStringLiteral("username"), remove}}
                       << 400 << "M_BAD_JSON"
                       << "username must be specified";
    row("username a number") << "quinn"
                             << "pw" << false << "" << QJsonObject{{QStringLiteral("username"), 42}}
                             << 400 << "M_UNKNOWN"
                             << "Invalid username";
    row("username 513") << QString(513, QLatin1Char('o')) << "pw" << false << "" << QJsonObject()
                        << 400 << "M_UNKNOWN"
                        << "Invalid username";
    row("username NUL") << QStringLiteral("ab") + QChar(u'\0') + QStringLiteral("c") << "pw"
                        << false << "" << QJsonObject() << 400 << "M_UNKNOWN"
                        << "Invalid username";
    row("no password") << "quinn"
                       << "pw" << false << "" << QJsonObject{{QStringLiteral("password"), remove}}
                       << 400 << "M_BAD_JSON"
                       << "password must be specified";
    row("password 513") << "pw513" << QString(513, QLatin1Char('p')) << false << "" << QJsonObject()
                        << 400 << "M_UNKNOWN"
                        << "Invalid password";
    row("password 512") << "pw512" << QString(512, QLatin1Char('p')) << false << "" << QJsonObject()
                        << 200 << ""
                        << "";
    row("empty password accepted") << "pwempty"
                                   << "" << false << "" << QJsonObject() << 200 << ""
                                   << "";
    row("password a number") << "pwnum"
                             << "pw" << false << ""
                             << QJsonObject{{QStringLiteral("password"), 1234}} << 400
                             << "M_UNKNOWN"
                             << "Invalid password";
    row("user type guest") << "gus"
                           << "pw" << false << "guest" << QJsonObject() << 400 << "M_UNKNOWN"
                           << "Invalid user type";
    row("user type empty string") << "gus2"
                                  << "pw" << false << ""
                                  << QJsonObject{{QStringLiteral("user_type"), QString()}} << 400
                                  << "M_UNKNOWN"
                                  << "Invalid user type";
    row("user type null") << "nully"
                          << "pw" << false << ""
                          << QJsonObject{{QStringLiteral("user_type"), QJsonValue()}} << 200 << ""
                          << "";
    row("user type bot") << "botty"
                         << "pw" << false << "bot" << QJsonObject() << 200 << ""
                         << "";
    row("no mac") << "quinn"
                  << "pw" << false << "" << QJsonObject{{QStringLiteral("mac"), remove}} << 400
                  << "M_BAD_JSON"
                  << "mac must be specified";
    row("mac a number") << "quinn"
                        << "pw" << false << "" << QJsonObject{{QStringLiteral("mac"), 123}} << 500
                        << "M_UNKNOWN"
                        << "Internal server error";
    row("mac uppercase") << "erin"
                         << "pw" << false << ""
                         << QJsonObject{{QStringLiteral("mac"), QStringLiteral("<upper>")}} << 403
                         << "M_UNKNOWN"
                         << "HMAC incorrect";
    row("bot sent, MAC without it")
            << "botty2"
            << "pw" << false << ""
            << QJsonObject{{QStringLiteral("user_type"), QStringLiteral("bot")}} << 403
            << "M_UNKNOWN"
            << "HMAC incorrect";
    row("MAC with bot, none sent")
            << "botty3"
            << "pw" << false << "bot" << QJsonObject{{QStringLiteral("user_type"), remove}} << 403
            << "M_UNKNOWN"
            << "HMAC incorrect";
    row("admin true, MAC notadmin")
            << "erin"
            << "pw" << false << "" << QJsonObject{{QStringLiteral("admin"), true}} << 403
            << "M_UNKNOWN"
            << "HMAC incorrect";
    row("admin \"false\" is truthy")
            << "sam"
            << "pw" << true << "" << QJsonObject{{QStringLiteral("admin"), QStringLiteral("false")}}
            << 200 << ""
            << "";
    row("admin 0 is falsy") << "vic"
                            << "pw" << false << "" << QJsonObject{{QStringLiteral("admin"), 0}}
                            << 200 << ""
                            << "";
    row("refresh_token not a boolean")
            << "rita"
            << "pw" << false << ""
            << QJsonObject{{QStringLiteral("refresh_token"), QStringLiteral("yes")}} << 400
            << "M_UNKNOWN"
            << "refresh_token must be a boolean";
    row("colon") << "jo:peer.test"
                 << "pw" << false << "" << QJsonObject() << 400 << "M_INVALID_USERNAME"
                 << "User ID can only contain characters a-z, 0-9, or '=_-./+'";
    row("empty username") << ""
                          << "pw" << false << "" << QJsonObject() << 400 << "M_INVALID_USERNAME"
                          << "User ID cannot be empty";
    row("leading underscore") << "_bridge"
                              << "pw" << false << "" << QJsonObject() << 400 << "M_INVALID_USERNAME"
                              << "User ID may not begin with _";
    row("server notices") << "notices"
                          << "pw" << false << "" << QJsonObject() << 400 << "M_EXCLUSIVE"
                          << "This user ID is reserved.";
    row("appservice namespace") << "irc_bob"
                                << "pw" << false << "" << QJsonObject() << 400 << "M_EXCLUSIVE"
                                << "This user ID is reserved by an application service.";
    row("244 characters is the longest")
            << QString(244, QLatin1Char('l')) << "pw" << false << "" << QJsonObject() << 200 << ""
            << "";
    row("245 characters") << QString(245, QLatin1Char('m')) << "pw" << false << "" << QJsonObject()
                          << 400 << "M_INVALID_USERNAME"
                          << "User ID may not be longer than 255 characters";
    row("taken, other case") << "TAKEN"
                             << "pw" << false << "" << QJsonObject() << 400 << "M_USER_IN_USE"
                             << "User ID already taken.";
    row("all digits") << "12345"
                      << "pw" << false << "" << QJsonObject() << 400 << "M_INVALID_USERNAME"
                      << "Numeric user IDs are reserved for guest users.";
    row("plus allowed") << "a+b"
                        << "pw" << false << "" << QJsonObject() << 200 << ""
                        << "";
    row("spam checker") << "spammy"
                        << "pw" << false << "" << QJsonObject() << 429 << "M_UNKNOWN"
                        << "Rate limited";
}

void TestDevServer::checksInSynapseOrder()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, admin);
    QFETCH(QString, userType);
    QFETCH(QJsonObject, overrides);
    QFETCH(int, status);
    QFETCH(QString, errcode);
    QFETCH(QString, error);

    m_server->setServerNoticesLocalpart(QStringLiteral("notices"));
    m_server->addExclusiveNamespace(QStringLiteral("@irc_.*:peer\\.test"));
    m_server->denyBySpamChecker(QStringLiteral("spammy"));
    const QJsonObject taken = signedBody(QStringLiteral("taken"), QStringLiteral("pw"), false);
    QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(taken).toJson())
                     .status,
            200);

    QJsonObject body = signedBody(username, password, admin, userType);
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value() == QStringLiteral("<remove>")) {
            body.remove(it.key());
        } else if (it.value() == QStringLiteral("<upper>")) {
            body.insert(it.key(), body.value(it.key()).toString().toUpper());
        } else {
            body.insert(it.key(), it.value());
        }
    }
    const HttpResponse response =
            post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson());
    QCOMPARE(response.status, status);
    if (status == 200) {
        const QJsonObject reply = json(response);
        QCOMPARE(reply.value(QStringLiteral("user_id")).toString(),
                QStringLiteral("@%1:peer.test").arg(username.toLower()));
        QCOMPARE(
                reply.value(QStringLiteral("home_server")).toString(), QStringLiteral("peer.test"));
        QVERIFY(reply.value(QStringLiteral("access_token"))
                        .toString()
                        .startsWith(QLatin1String("syt_")));
        QVERIFY(!reply.value(QStringLiteral("device_id")).toString().isEmpty());
    } else {
        const QJsonObject expected{
                {QStringLiteral("errcode"), errcode}, {QStringLiteral("error"), error}};
        QCOMPARE(json(response), expected);
    }
}

void TestDevServer::failureBurnsTheNonce()
{
    QJsonObject body = signedBody(QStringLiteral("frank"), QStringLiteral("pw"), false);
    const QJsonValue goodMac = body.value(QStringLiteral("mac"));
    body.insert(QStringLiteral("mac"), QString(40, QLatin1Char('0')));
    QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson())
                     .status,
            403);
    body.insert(QStringLiteral("mac"), goodMac);
    const HttpResponse retry =
            post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson());
    QCOMPARE(retry.status, 400);
    QCOMPARE(json(retry).value(QStringLiteral("error")).toString(),
            QStringLiteral("unrecognised nonce"));
    QVERIFY(!m_server->account(QStringLiteral("frank")));
}

void TestDevServer::nonceLifetime()
{
    qint64 now = 1'000'000;
    m_server->setClock([&now] { return now; });
    for (const auto &[age, accepted] : {std::pair{50, true}, std::pair{60, true},
                 std::pair{61, false}, std::pair{65, false}}) {
        const QString user = QStringLiteral("aged%1").arg(age);
        const QJsonObject body = signedBody(user, QStringLiteral("pw"), false);
        now += age;
        const HttpResponse response =
                post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson());
        QCOMPARE(response.status, accepted ? 200 : 400);
        QCOMPARE(bool(m_server->account(user)), accepted);
    }
}

void TestDevServer::displayNames()
{
    QJsonObject named = signedBody(QStringLiteral("dora"), QStringLiteral("pw"), false);
    named.insert(QStringLiteral("displayname"),
            QString::fromUtf8("D\xc3\xb3ra \xc3\x9cn\xc3\xaf"
                              "code \xe2\x9c\x93"));
    QJsonObject empty = signedBody(QStringLiteral("emptydn"), QStringLiteral("pw"), false);
    empty.insert(QStringLiteral("displayname"), QString());
    const QJsonObject unnamed = signedBody(QStringLiteral("Hank"), QStringLiteral("pw"), false);
    for (const QJsonObject &body : {named, empty, unnamed}) {
        QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson())
                         .status,
                200);
    }
    QCOMPARE(json(get(QStringLiteral("/_matrix/client/v3/profile/@dora:peer.test")))
                     .value(QStringLiteral("displayname"))
                     .toString(),
            named.value(QStringLiteral("displayname")).toString());
    QCOMPARE(json(get(QStringLiteral("/_matrix/client/v3/profile/@hank:peer.test/displayname")))
                     .value(QStringLiteral("displayname"))
                     .toString(),
            QStringLiteral("hank"));
    const HttpResponse none = get(QStringLiteral("/_matrix/client/v3/profile/@emptydn:peer.test"));
    QCOMPARE(none.status, 404);
    QCOMPARE(none.body, QByteArray(R"({"errcode":"M_NOT_FOUND","error":"Profile was not found"})"));
}

void TestDevServer::tokensWorkWithWhoamiAndLogout()
{
    QJsonObject body = signedBody(QStringLiteral("yuri"), QStringLiteral("pw"), false);
    body.insert(QStringLiteral("device_id"), QStringLiteral("MYDEVICE"));
    const QJsonObject reply =
            json(post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson()));
    const QByteArray token = reply.value(QStringLiteral("access_token")).toString().toUtf8();
    QCOMPARE(reply.value(QStringLiteral("device_id")).toString(), QStringLiteral("MYDEVICE"));

    const QJsonObject whoami =
            json(get(QStringLiteral("/_matrix/client/v3/account/whoami"), token));
    QCOMPARE(whoami,
            (QJsonObject{{QStringLiteral("user_id"), QStringLiteral("@yuri:peer.test")},
                    {QStringLiteral("is_guest"), false},
                    {QStringLiteral("device_id"), QStringLiteral("MYDEVICE")}}));
    const HttpResponse missing = get(QStringLiteral("/_matrix/client/v3/account/whoami"));
    QCOMPARE(missing.status, 401);
    QCOMPARE(missing.body,
            QByteArray(R"({"errcode":"M_MISSING_TOKEN","error":"Missing access token"})"));

    QCOMPARE(post(QStringLiteral("/_matrix/client/v3/logout"), "{}", token).status, 200);
    const HttpResponse after = get(QStringLiteral("/_matrix/client/v3/account/whoami"), token);
    QCOMPARE(after.status, 401);
    QCOMPARE(json(after).value(QStringLiteral("errcode")).toString(),
            QStringLiteral("M_UNKNOWN_TOKEN"));
    QVERIFY(m_server->account(QStringLiteral("yuri"))); // the account stays
}

void TestDevServer::passwordLogin()
{
    QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"),
                     QJsonDocument(
                             signedBody(QStringLiteral("lena"), QStringLiteral("lena-pass"), false))
                             .toJson())
                     .status,
            200);
    const auto login = [this](const QString &user, const QString &password) {
        return post(QStringLiteral("/_matrix/client/v3/login"),
                QJsonDocument(
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("m.login.password")},
                                {QStringLiteral("identifier"),
                                        QJsonObject{{QStringLiteral("type"),
                                                            QStringLiteral("m.id.user")},
                                                {QStringLiteral("user"), user}}},
                                {QStringLiteral("password"), password}})
                        .toJson());
    };
    // As Synapse answered row 112 of the recorded replies.
    for (const QString &user : {QStringLiteral("lena"), QStringLiteral("@lena:peer.test")}) {
        const HttpResponse ok = login(user, QStringLiteral("lena-pass"));
        QCOMPARE(ok.status, 200);
        QCOMPARE(json(ok).value(QStringLiteral("user_id")).toString(),
                QStringLiteral("@lena:peer.test"));
        QCOMPARE(json(ok).value(QStringLiteral("home_server")).toString(),
                QStringLiteral("peer.test"));
        const QByteArray token = json(ok).value(QStringLiteral("access_token")).toString().toUtf8();
        QCOMPARE(get(QStringLiteral("/_matrix/client/v3/account/whoami"), token).status, 200);
    }
    const QByteArray refused =
            R"({"errcode":"M_FORBIDDEN","error":"Invalid username or password"})";
    const HttpResponse wrong = login(QStringLiteral("lena"), QStringLiteral("not-hers"));
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.body, refused);
    QCOMPARE(login(QStringLiteral("nobody"), QStringLiteral("lena-pass")).body, refused);
    QCOMPARE(m_server->loginCount(), 4);

    m_server->setAuthDelegated(true); // MAS answers logins, not Synapse
    QCOMPARE(login(QStringLiteral("lena"), QStringLiteral("lena-pass")).status, 404);
}

void TestDevServer::afterRegisteringTheAccountExists()
{
    m_server->setFault(DevServer::Fault::CloseConnection, DevServer::FaultTarget::AfterRegistering);
    QVERIFY(nonce().size() == 128); // the nonce request is not a target
    const HttpResponse lost = post(QStringLiteral("/_synapse/admin/v1/register"),
            QJsonDocument(signedBody(QStringLiteral("ghost"), QStringLiteral("pw"), false))
                    .toJson());
    QVERIFY(lost.failure != HttpResponse::Failure::None);
    QVERIFY(m_server->passwordMatches(QStringLiteral("ghost"), QStringLiteral("pw")));
}

void TestDevServer::noLoginSession()
{
    QJsonObject body = signedBody(QStringLiteral("xena"), QStringLiteral("pw"), false);
    body.insert(QStringLiteral("inhibit_login"), true);
    const HttpResponse response =
            post(QStringLiteral("/_synapse/admin/v1/register"), QJsonDocument(body).toJson());
    QCOMPARE(response.status, 200);
    QCOMPARE(json(response),
            (QJsonObject{{QStringLiteral("user_id"), QStringLiteral("@xena:peer.test")},
                    {QStringLiteral("home_server"), QStringLiteral("peer.test")}}));
    QCOMPARE(m_server->sessionCount(), 0);
}

void TestDevServer::adminApiShowsFlags()
{
    const QJsonObject admin = json(post(QStringLiteral("/_synapse/admin/v1/register"),
            QJsonDocument(signedBody(QStringLiteral("bob"), QStringLiteral("pw"), true)).toJson()));
    const QJsonObject bot = json(post(QStringLiteral("/_synapse/admin/v1/register"),
            QJsonDocument(signedBody(QStringLiteral("botty"), QStringLiteral("pw"), false,
                                  QStringLiteral("bot")))
                    .toJson()));
    const QByteArray adminToken = admin.value(QStringLiteral("access_token")).toString().toUtf8();
    const QJsonObject info =
            json(get(QStringLiteral("/_synapse/admin/v2/users/@botty:peer.test"), adminToken));
    QCOMPARE(info.value(QStringLiteral("user_type")).toString(), QStringLiteral("bot"));
    QCOMPARE(info.value(QStringLiteral("admin")).toBool(), false);
    const HttpResponse forbidden = get(QStringLiteral("/_synapse/admin/v2/users/@bob:peer.test"),
            bot.value(QStringLiteral("access_token")).toString().toUtf8());
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(forbidden.body,
            QByteArray(R"({"errcode":"M_FORBIDDEN","error":"You are not a server admin"})"));
}

void TestDevServer::otherMethodsAndPaths()
{
    const QByteArray unrecognized =
            R"({"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"})";
    const HttpResponse trailingSlash = get(QStringLiteral("/_synapse/admin/v1/register/"));
    QCOMPARE(trailingSlash.status, 404);
    QCOMPARE(trailingSlash.body, unrecognized);
    const HttpResponse v2 = get(QStringLiteral("/_synapse/admin/v2/register"));
    QCOMPARE(v2.status, 404);
    const QByteArray version = json(get(QStringLiteral("/_synapse/admin/v1/server_version")))
                                       .value(QStringLiteral("server_version"))
                                       .toString()
                                       .toUtf8();
    QVERIFY(!version.isEmpty());
    QVERIFY(json(get(QStringLiteral("/_matrix/client/versions")))
                    .value(QStringLiteral("versions"))
                    .isArray());
}

void TestDevServer::authDelegatedToMas()
{
    m_server->setAuthDelegated(true);
    const QByteArray unrecognized =
            R"({"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"})";
    QCOMPARE(get(QStringLiteral("/_synapse/admin/v1/register")).status, 404);
    QCOMPARE(post(QStringLiteral("/_synapse/admin/v1/register"), "{}").body, unrecognized);
    QCOMPARE(get(QStringLiteral("/_matrix/client/v1/auth_metadata")).status, 200);
    m_server->setAuthDelegated(false);
    QCOMPARE(get(QStringLiteral("/_matrix/client/v1/auth_metadata")).status, 404);
}

void TestDevServer::wellKnown()
{
    const QJsonObject wellKnown = json(get(QStringLiteral("/.well-known/matrix/client")));
    QCOMPARE(wellKnown.value(QStringLiteral("m.homeserver"))
                     .toObject()
                     .value(QStringLiteral("base_url"))
                     .toString(),
            m_server->baseUrl().toString() + QLatin1Char('/'));
}

void TestDevServer::faultSwitches_data()
{
    QTest::addColumn<DevServer::Fault>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("parameter");
    QTest::newRow("malformed") << DevServer::Fault::MalformedJson << 200
                               << QByteArray("application/json") << 0;
    QTest::newRow("html 502") << DevServer::Fault::HtmlBadGateway << 502 << QByteArray("text/html")
                              << 0;
    QTest::newRow("html 404") << DevServer::Fault::HtmlNotFound << 404 << QByteArray("text/html")
                              << 0;
    QTest::newRow("json 404") << DevServer::Fault::JsonNotFound << 404
                              << QByteArray("application/json") << 0;
    QTest::newRow("500") << DevServer::Fault::InternalError << 500 << QByteArray("application/json")
                         << 0;
    QTest::newRow("redirect") << DevServer::Fault::Redirect << 302 << QByteArray("text/html") << 0;
    QTest::newRow("redirect 307") << DevServer::Fault::Redirect << 307 << QByteArray("text/html")
                                  << 307;
    // The command line's --fault gives every fault the delay's 2000 as its parameter.
    QTest::newRow("redirect with a delay's parameter")
            << DevServer::Fault::Redirect << 302 << QByteArray("text/html") << 2000;
    QTest::newRow("429") << DevServer::Fault::TooManyRequests << 429
                         << QByteArray("application/json") << 0;
    QTest::newRow("html 504") << DevServer::Fault::HtmlGatewayTimeout << 504
                              << QByteArray("text/html") << 0;
}

void TestDevServer::faultSwitches()
{
    QFETCH(DevServer::Fault, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(int, parameter);
    m_server->setFault(fault, DevServer::FaultTarget::NonceRequest, parameter);
    const HttpResponse faulty = get(QStringLiteral("/_synapse/admin/v1/register"));
    QCOMPARE(faulty.status, status);
    QCOMPARE(faulty.contentType, contentType);
    if (fault == DevServer::Fault::Redirect) {
        QVERIFY(faulty.location.startsWith("https://"));
    }
    // Only the targeted request misbehaves.
    QCOMPARE(get(QStringLiteral("/_synapse/admin/v1/server_version")).status, 200);
}

void TestDevServer::clientLeavingAHeldReplyIsSafe()
{
    m_server->setFault(DevServer::Fault::Delay, DevServer::FaultTarget::NonceRequest, 300);
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/_synapse/admin/v1/register"));
    registrar::net::HttpCall *call = m_transport->get(url);
    QSignalSpy finished(call, &registrar::net::HttpCall::finished);
    QTRY_COMPARE(m_server->requestCount(), 1); // held by the server now
    call->abort();
    QTRY_COMPARE(finished.count(), 1);
    // A second held request comes due after the first (same delay, started later): once its
    // answer is here, the first reply came due too, after its client had left.
    const HttpResponse later = get(QStringLiteral("/_synapse/admin/v1/register"));
    QCOMPARE(later.status, 200);
    QCOMPARE(json(later).value(QStringLiteral("nonce")).toString().size(), 128);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestDevServer::faultNamesAreKnown()
{
    for (const QString &name : DevServer::faultNames()) {
        QVERIFY2(DevServer::faultFromName(name), qPrintable(name));
    }
    QCOMPARE(DevServer::faultFromName(QStringLiteral("endless-chunked")),
            DevServer::Fault::EndlessChunkedBody);
    QCOMPARE(DevServer::faultFromName(QStringLiteral("endless-header")),
            DevServer::Fault::EndlessHeader);
    QVERIFY(!DevServer::faultFromName(QStringLiteral("endless")));
    for (const QString &name : DevServer::faultTargetNames()) {
        QVERIFY2(DevServer::faultTargetFromName(name), qPrintable(name));
    }
    QCOMPARE(DevServer::faultTargetFromName(QStringLiteral("after-register")),
            DevServer::FaultTarget::AfterRegistering);
    QVERIFY(!DevServer::faultTargetFromName(QStringLiteral("after")));
}

void TestDevServer::endlessFaults_data()
{
    QTest::addColumn<DevServer::Fault>("fault");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("chunked body")
            << DevServer::Fault::EndlessChunkedBody
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Transfer-Encoding: chunked\r\n\r\nb\r\n{\"nonce\": \"\r\n10000\r\naaa");
    QTest::newRow("header") << DevServer::Fault::EndlessHeader
                            << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                          "X-Padding: aaa");
}

void TestDevServer::endlessFaults()
{
    QFETCH(DevServer::Fault, fault);
    QFETCH(QByteArray, start);
    m_server->setFault(fault, DevServer::FaultTarget::NonceRequest);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_server->baseUrl().port());
    QVERIFY(client.waitForConnected(5000));
    client.write("GET /_synapse/admin/v1/register HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray received;
    QSignalSpy readyRead(&client, &QTcpSocket::readyRead);
    while (received.size() < 4 * 1024 * 1024) {
        QVERIFY(client.bytesAvailable() > 0 || readyRead.wait(5000));
        received += client.readAll();
    }
    QVERIFY2(received.startsWith(start), received.left(200).constData());
    if (fault == DevServer::Fault::EndlessHeader) {
        QVERIFY(!received.contains("\r\n\r\n"));
    }
    // A client that leaves ends the stream; the server goes on answering others.
    client.abort();
    QCOMPARE(get(QStringLiteral("/_synapse/admin/v1/server_version")).status, 200);
}

HttpResponse TestDevServer::replay(const QByteArray &verb, const QString &pathAndQuery,
        const QByteArray &body, const QByteArray &token, const QByteArray &contentType)
{
    QUrl url = m_replayBase;
    url.setPath(pathAndQuery.section(QLatin1Char('?'), 0, 0));
    url.setQuery(pathAndQuery.section(QLatin1Char('?'), 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    request.setSslConfiguration(m_replayTls);
    if (!body.isNull() || verb == "POST" || verb == "PUT") {
        request.setRawHeader("Content-Type", contentType);
    }
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    std::unique_ptr<QNetworkReply> reply(m_manager->sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        qWarning("no answer to %s %s", verb.constData(), qPrintable(pathAndQuery));
        return {};
    }
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    return response;
}

QJsonObject TestDevServer::replaySigned(const QString &username, const QString &password,
        bool admin, const QString &userType, const QByteArray &secret)
{
    const QString n = json(replay("GET", kRegisterPath)).value(QStringLiteral("nonce")).toString();
    return signedWith(n, secret, username, password, admin, userType);
}

void TestDevServer::replayOverTls()
{
    if (!m_certificates) {
        m_certificates = std::make_unique<QTemporaryDir>();
        if (!registrar::test::makeTestCertificates(m_certificates->path())) {
            qFatal("cannot make test certificates");
        }
    }
    QFile certificate(m_certificates->filePath(QStringLiteral("signed.pem")));
    QFile key(m_certificates->filePath(QStringLiteral("signed.key")));
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        qFatal("missing test certificates");
    }
    m_tlsServer = std::make_unique<DevServer>();
    m_tlsServer->setSharedSecret(m_secret);
    m_tlsServer->setServerName(QStringLiteral("peer.test"));
    if (m_tlsServer->listenTls(
                QSslCertificate(certificate.readAll()), QSslKey(key.readAll(), QSsl::Ec))
            == 0) {
        qFatal("cannot listen over TLS");
    }
    m_replayBase = m_tlsServer->baseUrl();
    m_replayTls.setCaCertificates(
            QSslCertificate::fromPath(m_certificates->filePath(QStringLiteral("ca.pem"))));
}

/*!
 * The requests of ../shared/docs/synapse-1.67-observed.md, by row, as the recordings were made:
 * the server name peer.test, the usual secret, accounts made by earlier rows made again first.
 */
QHash<QString, TestDevServer::Replay> TestDevServer::replays()
{
    using Changes = QJsonObject;
    const auto changed = [](QJsonObject body, const Changes &changes, const QStringList &removed) {
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            body.insert(it.key(), it.value());
        }
        for (const QString &key : removed) {
            body.remove(key);
        }
        return body;
    };
    const auto post = [this](const QJsonObject &body) {
        return replay("POST", kRegisterPath, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    // Signs a registration, changes it after signing and sends it.
    const auto reg = [this, changed, post](const QString &username, const QString &password,
                             bool admin = false, const QString &userType = {},
                             const Changes &changes = {}, const QStringList &removed = {},
                             const QByteArray &secret = {}) {
        return post(changed(replaySigned(username, password, admin, userType,
                                    secret.isEmpty() ? m_secret : secret),
                changes, removed));
    };
    const auto tokenOf = [reg](const QString &username, bool admin = false,
                                 const QString &userType = {}) {
        return json(reg(username, username + QLatin1String("-pass-1"), admin, userType))
                .value(QStringLiteral("access_token"))
                .toString()
                .toUtf8();
    };
    const auto nonceAged = [this, post](qint64 seconds, const QString &username) {
        auto now = std::make_shared<qint64>(1'000'000);
        m_server->setClock([now] { return *now; });
        const QJsonObject body =
                replaySigned(username, QStringLiteral("old-pass-1"), false, {}, m_secret);
        *now += seconds;
        return post(body);
    };
    const QString whoami = QStringLiteral("/_matrix/client/v3/account/whoami");
    const QString other = QStringLiteral("another-secret");
    const auto text = [](const char *utf8) { return QString::fromUtf8(utf8); };
    const auto withNul = [](const char *before, const char *after) {
        return QLatin1String(before) + QChar(u'\0') + QLatin1String(after);
    };

    QHash<QString, Replay> r;
    const auto add = [&r](const char *row, std::function<HttpResponse()> send,
                             const char *answeredAs = "", const QStringList &onlyIn167 = {},
                             const QStringList &exactToo = {}) {
        r.insert(QLatin1String(row),
                Replay{std::move(send), QLatin1String(answeredAs), onlyIn167, exactToo});
    };
    const auto serverVersion = [this] {
        m_server->setVersion(QStringLiteral("1.67.0"));
        return replay("GET", QStringLiteral("/_synapse/admin/v1/server_version"));
    };
    const QStringList python{QStringLiteral("python_version")};
    add("1", serverVersion, "", python);
    add("2", [this] { return replay("GET", QStringLiteral("/_matrix/client/versions")); });
    for (const char *row : {"3", "4", "113"}) {
        add(row, [this] { return replay("GET", kRegisterPath); });
    }
    add("5", [reg] { return reg(QStringLiteral("alice"), QStringLiteral("alice-pass-1")); });
    add("6", [reg] {
        return reg(QStringLiteral("bob"), QStringLiteral("bob-pass-1"), true, {},
                Changes{{QStringLiteral("displayname"), QStringLiteral("Bob Admin")}});
    });
    add("7", [reg] {
        return reg(QStringLiteral("carl"), QStringLiteral("carl-pass-1"), false, {}, {},
                {QStringLiteral("admin")});
    });
    add("8", [reg] {
        return reg(QStringLiteral("dora"), QStringLiteral("dora-pass-1"), false, {},
                Changes{{QStringLiteral("displayname"),
                        QString::fromUtf8("D\xc3\xb3ra \xc3\x9cn\xc3\xaf"
                                          "code \xe2\x9c\x93")}});
    });
    add("9", [reg] {
        return reg(QStringLiteral("botty"), QStringLiteral("botty-pass-1"), false,
                QStringLiteral("bot"),
                Changes{{QStringLiteral("displayname"), QStringLiteral("Botty")}});
    });
    add("10", [reg] {
        return reg(QStringLiteral("helpdesk"), QStringLiteral("helpdesk-pass-1"), false,
                QStringLiteral("support"));
    });
    add("11", [reg] {
        return reg(QStringLiteral("gus"), QStringLiteral("gus-pass-1"), false,
                QStringLiteral("guest"));
    });
    add("12", [reg] {
        return reg(QStringLiteral("gus2"), QStringLiteral("gus-pass-1"), false, {},
                Changes{{QStringLiteral("user_type"), QString()}});
    });
    add("13", [reg] {
        return reg(QStringLiteral("nully"), QStringLiteral("nully-pass-1"), false, {},
                Changes{{QStringLiteral("user_type"), QJsonValue()}});
    });
    add("14", [reg] {
        return reg(QStringLiteral("botty2"), QStringLiteral("botty-pass-1"), false, {},
                Changes{{QStringLiteral("user_type"), QStringLiteral("bot")}});
    });
    add("15", [reg] {
        return reg(QStringLiteral("botty3"), QStringLiteral("botty-pass-1"), false,
                QStringLiteral("bot"), {}, {QStringLiteral("user_type")});
    });
    add("16", [reg] {
        return reg(QStringLiteral("emptydn"), QStringLiteral("emptydn-pass-1"), false, {},
                Changes{{QStringLiteral("displayname"), QString()}});
    });
    add("17", [reg] {
        return reg(QStringLiteral("longdn"), QStringLiteral("longdn-pass-1"), false, {},
                Changes{{QStringLiteral("displayname"), QString(300, QLatin1Char('D'))}});
    });
    add("18", [reg] {
        return reg(QStringLiteral("numdn"), QStringLiteral("numdn-pass-1"), false, {},
                Changes{{QStringLiteral("displayname"), 123}});
    });
    add("19", [reg] {
        return reg(QStringLiteral("adminbot"), QStringLiteral("adminbot-pass-1"), true,
                QStringLiteral("bot"));
    });
    const QString erin = QStringLiteral("erin");
    const QString erinPass = QStringLiteral("erin-pass-1");
    add("20", [=] { return reg(erin, erinPass, false, {}, {}, {}, other.toUtf8()); });
    add("21", [=] {
        return reg(erin, erinPass, false, {}, Changes{{QStringLiteral("admin"), true}});
    });
    add("22", [=] {
        return reg(erin, erinPass, true, {}, Changes{{QStringLiteral("admin"), false}});
    });
    add("23", [=] {
        const QJsonObject body = replaySigned(erin, erinPass, false, {}, m_secret);
        return post(changed(body,
                Changes{{QStringLiteral("mac"),
                        body.value(QStringLiteral("mac")).toString().toUpper()}},
                {}));
    });
    add("24", [=] {
        return reg(erin, erinPass, false, {},
                Changes{{QStringLiteral("mac"), QStringLiteral("not-a-mac")}});
    });
    add("25", [=] {
        const QJsonObject alice = replaySigned(
                QStringLiteral("alice"), QStringLiteral("alice-pass-1"), false, {}, m_secret);
        post(alice);
        return post(alice);
    });
    const QString frank = QStringLiteral("frank");
    const QString frankPass = QStringLiteral("frank-pass-1");
    add("26", [=] { return reg(frank, frankPass, false, {}, {}, {}, other.toUtf8()); });
    add("27", [=] {
        const QJsonObject body = replaySigned(frank, frankPass, false, {}, m_secret);
        post(changed(body, Changes{{QStringLiteral("mac"), QString(40, QLatin1Char('0'))}}, {}));
        return post(body);
    });
    const QString gina = QStringLiteral("gina");
    const QString ginaPass = QStringLiteral("gina-pass-1");
    add("28", [=] {
        return reg(gina, ginaPass, false, {},
                Changes{{QStringLiteral("nonce"), QStringLiteral("ab").repeated(64)}});
    });
    add("29", [=] {
        return reg(gina, ginaPass, false, {}, Changes{{QStringLiteral("nonce"), 12345}});
    });
    add("30", [=] {
        return post(QJsonObject{{QStringLiteral("nonce"), QJsonArray{QStringLiteral("x")}},
                {QStringLiteral("username"), gina},
                {QStringLiteral("password"), QStringLiteral("p")},
                {QStringLiteral("mac"), QString(40, QLatin1Char('0'))}});
    });
    for (const char *row : {"31", "32"}) {
        const QString name = QLatin1String(row) == QLatin1String("31") ? QStringLiteral("alice")
                                                                       : QStringLiteral("ALICE");
        add(row, [=] {
            reg(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
            return reg(name, QStringLiteral("other-pass"));
        });
    }
    add("33", [reg] { return reg(QStringLiteral("Hank"), QStringLiteral("hank-pass-1")); });
    add("34", [reg] {
        return reg(QStringLiteral("ivan"), QStringLiteral("ivan-pass-1"), false, {},
                Changes{{QStringLiteral("username"), QStringLiteral("Ivan")}});
    });
    // Newest Synapse allows '+', and says so in the message (1.89).
    const QList<std::pair<const char *, QString>> newestWording{
            {"35", QStringLiteral("jo:peer.test")}, {"36", QStringLiteral("@jo:peer.test")},
            {"37", QStringLiteral("kim lee")}, {"44", text("j\xc3\xbcrgen")},
            {"newest-plus", QStringLiteral("jo:peer.test")}};
    for (const auto &[row, username] : newestWording) {
        add(
                row,
                [reg, username = username] { return reg(username, QStringLiteral("jo-pass-1")); },
                qstrcmp(row, "newest-plus") == 0 ? "" : "newest-plus");
    }
    const QList<std::pair<const char *, QString>> usernames{{"38", QString()},
            {"39", QString(244, QLatin1Char('l'))}, {"40", QString(245, QLatin1Char('m'))},
            {"41", QString(256, QLatin1Char('n'))}, {"42", QString(513, QLatin1Char('o'))},
            {"43", QStringLiteral("_bridge")}, {"45", QStringLiteral("12345")},
            {"46", QStringLiteral("p.q-r_s=t/u")}, {"47", withNul("ab", "c")}};
    for (const auto &[row, username] : usernames) {
        add(row, [reg, username = username] {
            return reg(username, QStringLiteral("long-pass-1"));
        });
    }
    add("48", [reg] {
        return reg(QStringLiteral("num"), QStringLiteral("num-pass-1"), false, {},
                Changes{{QStringLiteral("username"), 42}});
    });
    const QList<std::pair<const char *, std::pair<QString, QString>>> passwords{
            {"49", {QStringLiteral("pw512"), QString(512, QLatin1Char('p'))}},
            {"50", {QStringLiteral("pw513"), QString(513, QLatin1Char('p'))}},
            {"51", {QStringLiteral("pwempty"), QString()}},
            {"52", {QStringLiteral("pwnul"), withNul("a", "b")}}};
    for (const auto &[row, account] : passwords) {
        add(row, [reg, account = account] { return reg(account.first, account.second); });
    }
    add("53", [reg] {
        return reg(QStringLiteral("pwnum"), QStringLiteral("pw"), false, {},
                Changes{{QStringLiteral("password"), 1234}});
    });
    const QString quinn = QStringLiteral("quinn");
    const QString quinnPass = QStringLiteral("quinn-pass-1");
    const QList<std::pair<const char *, const char *>> missing{
            {"54", "nonce"}, {"55", "username"}, {"56", "password"}, {"57", "mac"}};
    for (const auto &[row, key] : missing) {
        add(row, [=, key = key] {
            return reg(quinn, quinnPass, false, {}, {}, {QLatin1String(key)});
        });
    }
    add("58", [=] {
        return reg(quinn, quinnPass, false, {}, Changes{{QStringLiteral("mac"), 123}});
    });
    add("59", [=] {
        return reg(quinn, quinnPass, false, {}, Changes{{QStringLiteral("mac"), QJsonValue()}});
    });
    const QList<std::pair<const char *, QByteArray>> rawBodies{
            {"60", "this is not json"}, {"61", QByteArray("")}, {"62", "[]"}, {"63", "{}"}};
    for (const auto &[row, body] : rawBodies) {
        add(row, [this, body = body] { return replay("POST", kRegisterPath, body); });
    }
    add("64", [this] {
        const QJsonObject body = replaySigned(
                QStringLiteral("textplain"), QStringLiteral("tp-pass-1"), false, {}, m_secret);
        return replay("POST", kRegisterPath, QJsonDocument(body).toJson(), {}, "text/plain");
    });
    const QList<std::tuple<const char *, const char *, bool, QJsonValue>> admins{
            {"65", "rita", false, QStringLiteral("false")},
            {"66", "sam", true, QStringLiteral("false")},
            {"67", "tess", true, QStringLiteral("true")}, {"68", "uma", true, 1},
            {"69", "vic", false, 0}, {"70", "walt", false, QJsonValue()}};
    for (const auto &[row, username, macAdmin, sent] : admins) {
        add(row, [reg, username = QLatin1String(username), macAdmin = macAdmin, sent = sent] {
            return reg(username, username + QLatin1String("-pass-1"), macAdmin, {},
                    Changes{{QStringLiteral("admin"), sent}});
        });
    }
    add("71", [reg] {
        return reg(QStringLiteral("xena"), QStringLiteral("xena-pass-1"), false, {},
                Changes{{QStringLiteral("inhibit_login"), true}});
    });
    add("72",
            [reg] {
                return reg(QStringLiteral("yuri"), QStringLiteral("yuri-pass-1"), false, {},
                        Changes{{QStringLiteral("device_id"), QStringLiteral("MYDEVICE")},
                                {QStringLiteral("initial_device_display_name"),
                                        QStringLiteral("Qt registrar")}});
            },
            "", {}, {QStringLiteral("device_id")});
    // 1.67 answered these 400; newest answers 405 for another method, 404 for another path.
    add(
            "73", [this] { return replay("PUT", kRegisterPath, "{}"); }, "newest-405");
    add(
            "74", [this] { return replay("DELETE", kRegisterPath); }, "newest-405");
    add("newest-405", [this] { return replay("PUT", kRegisterPath, "{}"); });
    add(
            "75", [this] { return replay("GET", kRegisterPath + QLatin1Char('/')); }, "newest-404");
    const QList<std::tuple<const char *, const char *, bool, const char *>> sessions{
            {"81", "alice", false, ""}, {"82", "bob", true, ""}, {"83", "botty", false, "bot"},
            {"84", "Hank", false, ""}};
    for (const auto &[row, username, admin, userType] : sessions) {
        add(row,
                [=, username = QLatin1String(username), admin = admin,
                        userType = QLatin1String(userType)] {
                    return replay("GET", whoami, {}, tokenOf(username, admin, userType));
                });
    }
    add("85", [=] {
        return replay("GET",
                whoami + QLatin1String("?access_token=")
                        + QString::fromLatin1(tokenOf(QStringLiteral("alice"))));
    });
    add("86", [=] { return replay("GET", whoami, {}, "syt_bogus_token"); });
    add("87", [=] { return replay("GET", whoami); });
    add("114", [reg] { return reg(QStringLiteral("alice"), QStringLiteral("alice-pass-1")); });
    // Without a secret on the server; the client signs with the usual one.
    add("121", [this] {
        m_server->setSharedSecret({});
        return replay("GET", kRegisterPath);
    });
    add("122", [this, reg] {
        m_server->setSharedSecret({});
        return reg(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
    });
    for (const auto &[row, body] :
            QList<std::pair<const char *, QByteArray>>{{"123", "garbage"}, {"124", "{}"}}) {
        add(row, [this, body = body] {
            m_server->setSharedSecret({});
            return replay("POST", kRegisterPath, body);
        });
    }
    add(
            "125",
            [this, serverVersion] {
                m_server->setSharedSecret({});
                return serverVersion();
            },
            "", python);
    add("131", [this] {
        replayOverTls();
        return replay("GET", kRegisterPath);
    });
    add("132", [this, reg] {
        replayOverTls();
        return reg(QStringLiteral("alice"), QStringLiteral("alice-pass-1"));
    });
    add("133", [nonceAged] { return nonceAged(50, QStringLiteral("olduser1")); });
    add("134", [nonceAged] { return nonceAged(65, QStringLiteral("olduser2")); });
    add("newest-404", [this] {
        m_server->setAuthDelegated(true);
        return replay("POST", kRegisterPath, "{}");
    });
    add("newest-404-nonce", [this] {
        m_server->setAuthDelegated(true);
        return replay("GET", kRegisterPath);
    });
    add("newest-reserved", [this, reg] {
        m_server->setServerNoticesLocalpart(QStringLiteral("notices"));
        return reg(QStringLiteral("notices"), QStringLiteral("pw"));
    });
    add("newest-appservice", [this, reg] {
        m_server->addExclusiveNamespace(QStringLiteral("@irc_.*:peer\\.test"));
        return reg(QStringLiteral("irc_bob"), QStringLiteral("pw"));
    });
    add("newest-spam", [this, reg] {
        m_server->denyBySpamChecker(QStringLiteral("spammy"));
        return reg(QStringLiteral("spammy"), QStringLiteral("pw"));
    });
    add("newest-refresh", [reg] {
        return reg(QStringLiteral("rita"), QStringLiteral("pw"), false, {},
                Changes{{QStringLiteral("refresh_token"), QStringLiteral("yes")}});
    });
    add("newest-expires", [reg] {
        return reg(QStringLiteral("ex"), QStringLiteral("pw"), false, {},
                Changes{{QStringLiteral("refresh_token"), true}});
    });
    return r;
}

void TestDevServer::everyRecordingIsReplayed()
{
    // A new recording needs a replay here; a replay without its recording is stale.
    QStringList recorded = recordedReplies().keys();
    QStringList replayed = replays().keys();
    recorded.sort();
    replayed.sort();
    QCOMPARE(replayed, recorded);
}

void TestDevServer::matchesTheRecordedSynapse_data()
{
    QTest::addColumn<QString>("row");
    QStringList rows = recordedReplies().keys();
    std::sort(rows.begin(), rows.end(), [](const QString &a, const QString &b) {
        return a.toInt() != b.toInt() ? a.toInt() < b.toInt() : a < b;
    });
    for (const QString &row : rows) {
        QTest::newRow(qPrintable(row)) << row;
    }
}

void TestDevServer::matchesTheRecordedSynapse()
{
    QFETCH(QString, row);
    const QHash<QString, QJsonObject> recordings = recordedReplies();
    const QHash<QString, Replay> all = replays();
    QVERIFY2(all.contains(row), "no replay for this recording");
    const Replay replayed = all.value(row);
    const QJsonObject recorded =
            recordings.value(replayed.answeredAs.isEmpty() ? row : replayed.answeredAs);
    QVERIFY(!recorded.isEmpty());
    qInfo("%s", qPrintable(recordings.value(row).value(QStringLiteral("case")).toString()));

    const HttpResponse actual = replayed.send();
    QCOMPARE(actual.status, recorded.value(QStringLiteral("status")).toInt());
    QJsonParseError error;
    const QJsonObject expected =
            QJsonDocument::fromJson(recorded.value(QStringLiteral("body")).toString().toUtf8())
                    .object();
    const QJsonDocument document = QJsonDocument::fromJson(actual.body, &error);
    QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(),
            actual.body.constData());
    const QJsonObject reply = document.object();

    QStringList keys = expected.keys();
    for (const QString &key : replayed.onlyIn167) {
        keys.removeOne(key);
    }
    QCOMPARE(reply.keys(), keys);
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue want = expected.value(key);
        const QJsonValue got = reply.value(key);
        QCOMPARE(got.type(), want.type());
        if (!replayed.exactToo.contains(key)) {
            if (const std::optional<QString> recordedForm = formProblem(key, want, expected)) {
                QVERIFY2(recordedForm->isEmpty(),
                        qPrintable(QLatin1String("recorded ") + *recordedForm));
                const QString form = *formProblem(key, got, reply);
                QVERIFY2(form.isEmpty(), qPrintable(form));
                continue;
            }
        }
        QVERIFY2(got == want,
                qPrintable(key + QLatin1String(": ") + compact(got) + QLatin1String(", recorded ")
                        + compact(want)));
    }
}

void TestDevServer::secretFileOfTheExecutable_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: /dev/zero
    QTest::addColumn<QByteArray>("says"); // empty: it starts, and the CLI's --secret-file agrees
    QTest::newRow("CRLF") << QByteArray("dev-Secret-123\r\n") << QByteArray();
    QTest::newRow("surrounding whitespace") << QByteArray("  dev-Secret-123 \n\n") << QByteArray();
    QTest::newRow("/dev/zero") << QByteArray() << QByteArray("longer than 64 KiB");
    QTest::newRow("Latin-1") << QByteArray("dev-S\xe9"
                                           "cret\n")
                             << QByteArray("not UTF-8");
    QTest::newRow("a CR inside") << QByteArray("dev-Se\rcret\n")
                                 << QByteArray("has a line break (CR or LF)");
    QTest::newRow("two lines") << QByteArray("dev-Secret-123\nother\n")
                               << QByteArray("has a line break (CR or LF)");
}

void TestDevServer::secretFileOfTheExecutable()
{
    QFETCH(QByteArray, contents);
    QFETCH(QByteArray, says);
    QTemporaryDir dir;
    QString path = QStringLiteral("/dev/zero");
    if (!contents.isEmpty()) {
        path = dir.filePath(QStringLiteral("secret"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size());
    }
    QProcess server;
    server.start(QStringLiteral(REGISTRAR_DEVSERVER_PATH),
            {QStringLiteral("--secret-file"), path, QStringLiteral("--server-name"),
                    QStringLiteral("dev.test")});
    QVERIFY(server.waitForStarted(10000));
    const bool ended = QTest::qWaitFor(
            [&] { return server.state() == QProcess::NotRunning || server.canReadLine(); }, 30000);
    if (!ended) {
        server.kill();
        server.waitForFinished();
        QFAIL("the local homeserver neither started nor ended");
    }
    if (!says.isEmpty()) {
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished();
            QFAIL("the local homeserver started on a secret file it must refuse");
        }
        QCOMPARE(server.exitCode(), 1);
        const QByteArray err = server.readAllStandardError();
        QVERIFY2(err.contains(says) && err.contains(path.toUtf8()), err.constData());
        return;
    }
    const QRegularExpressionMatch listening =
            QRegularExpression(QStringLiteral("Listening on (http://\\S+)"))
                    .match(QString::fromUtf8(server.readLine()));
    QVERIFY(listening.hasMatch());
    // The CLI reads the same file by the same rule: its registration is signed with the secret
    // the server uses.
    QProcess cli;
    cli.start(QStringLiteral(REGISTRAR_CLI_PATH),
            {QStringLiteral("register"), QStringLiteral("-u"), QStringLiteral("same"),
                    QStringLiteral("-p"), QStringLiteral("pw-123456789"),
                    QStringLiteral("--secret-file"), path, listening.captured(1)});
    QVERIFY(cli.waitForFinished(30000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    server.kill();
    server.waitForFinished();
}

namespace {

//! The MAC as the document spells it: HMAC-SHA1 over the parts joined by NUL, in hex.
QByteArray documentMac(const QByteArray &key, const QStringList &parts)
{
    return QMessageAuthenticationCode::hash(
            parts.join(QChar(u'\0')).toUtf8(), key, QCryptographicHash::Sha1)
            .toHex();
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray matrixErrorBody(const char *errcode, const char *error)
{
    return compactJson({{QStringLiteral("errcode"), QLatin1String(errcode)},
            {QStringLiteral("error"), QString::fromUtf8(error)}});
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

TestDevServer::Exchange TestDevServer::exchange(const QByteArray &verb, const QString &path,
        const QByteArray &body, const QByteArray &token)
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    if (verb == "POST") {
        request.setRawHeader("Content-Type", "application/json");
    }
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token);
    }
    std::unique_ptr<QNetworkReply> reply(m_manager->sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        qWarning("no answer to %s %s", verb.constData(), qPrintable(path));
        return {};
    }
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
            reply->rawHeaderPairs()};
}

QString TestDevServer::flavourNonce()
{
    return QJsonDocument::fromJson(exchange("GET", kRegisterPath).body)
            .object()
            .value(QStringLiteral("nonce"))
            .toString();
}

QJsonObject TestDevServer::flavourSigned(DevServer::Flavour flavour, const QString &nonce,
        const QString &username, const QString &password, bool admin,
        const std::optional<QString> &userType)
{
    QStringList parts{nonce, username, password,
            admin ? QStringLiteral("admin") : QStringLiteral("notadmin")};
    // Tuwunel signs user_type whenever it is sent; Dendrite never reads it.
    if (userType && flavour == DevServer::Flavour::Tuwunel) {
        parts.append(*userType);
    }
    QJsonObject body{{QStringLiteral("nonce"), nonce}, {QStringLiteral("username"), username},
            {QStringLiteral("password"), password}, {QStringLiteral("admin"), admin},
            {QStringLiteral("mac"), QString::fromLatin1(documentMac(m_secret, parts))}};
    if (userType) {
        body.insert(QStringLiteral("user_type"), *userType);
    }
    return body;
}

TestDevServer::Exchange TestDevServer::refusedRegistration(DevServer::Flavour flavour,
        const QString &username, const QString &password, const QJsonObject &overrides,
        const QByteArray &raw)
{
    m_server->setFlavour(flavour);
    const Exchange taken = exchange("POST", kRegisterPath,
            compactJson(flavourSigned(flavour, flavourNonce(), QStringLiteral("taken"),
                    QStringLiteral("wonderland"))));
    if (taken.status != 200) {
        qWarning("cannot register the taken name: %s", taken.body.constData());
        return {};
    }
    QJsonObject request = flavourSigned(flavour, flavourNonce(), username, password);
    for (auto it = overrides.constBegin(); it != overrides.constEnd(); ++it) {
        if (it.value() == QJsonValue(QStringLiteral("<remove>"))) {
            request.remove(it.key());
        } else {
            request.insert(it.key(), it.value());
        }
    }
    return exchange("POST", kRegisterPath, raw.isEmpty() ? compactJson(request) : raw);
}

void TestDevServer::flavourNames()
{
    QCOMPARE(DevServer::flavourNames(),
            QStringList({QStringLiteral("synapse"), QStringLiteral("tuwunel"),
                    QStringLiteral("dendrite")}));
    QCOMPARE(DevServer::flavourFromName(QStringLiteral("tuwunel")), DevServer::Flavour::Tuwunel);
    QCOMPARE(DevServer::flavourFromName(QStringLiteral("dendrite")), DevServer::Flavour::Dendrite);
    QCOMPARE(DevServer::flavourFromName(QStringLiteral("synapse")), DevServer::Flavour::Synapse);
    QVERIFY(!DevServer::flavourFromName(QStringLiteral("conduit")));
    QCOMPARE(DevServer().flavour(), DevServer::Flavour::Synapse);
}

void TestDevServer::documentMacVectors()
{
    // mas-admin-api.md section 6: the test's own MAC and the local homeserver's both give them.
    const QByteArray key = "shared-secret-12345";
    const QString nonce = QStringLiteral("thenonce0123456789abcdef");
    const QString alice = QStringLiteral("alice");
    const QString password = QStringLiteral("p4ssw0rd!");
    const QByteArray notAdmin = "44e0ec50d52aaa4029731dfcfe7e22123fa4c53e";
    const QByteArray admin = "7774d6962a728b48ca7cd41e99a5149a93ff1ec5";
    const QByteArray adminBot = "10f12d86c7210410ee777edadf655033b8f36008";
    QCOMPARE(documentMac(key, {nonce, alice, password, QStringLiteral("notadmin")}), notAdmin);
    QCOMPARE(documentMac(key, {nonce, alice, password, QStringLiteral("admin")}), admin);
    QCOMPARE(documentMac(
                     key, {nonce, alice, password, QStringLiteral("admin"), QStringLiteral("bot")}),
            adminBot);
    using registrar::devserver::TuwunelRegistration;
    QCOMPARE(TuwunelRegistration::mac(key, nonce, alice, password, false, std::nullopt), notAdmin);
    QCOMPARE(TuwunelRegistration::mac(key, nonce, alice, password, true, std::nullopt), admin);
    QCOMPARE(TuwunelRegistration::mac(key, nonce, alice, password, true, QStringLiteral("bot")),
            adminBot);
    // Present but empty is still signed, with a trailing NUL.
    QCOMPARE(TuwunelRegistration::mac(key, nonce, alice, password, true, QString()),
            documentMac(key, {nonce, alice, password, QStringLiteral("admin"), QString()}));

    const QString dendriteNonce = QStringLiteral(
            "759f047f312b99ff428b21d581256f8592b8976e58bc1b543972dc6147e529a79657605b52d7becd160f"
            "f5137f3de11975684319187e06901955f79e5a6c5a79");
    const QByteArray dendrite = "f1ba8d37123866fd659b40de4bad9b0f8965c565";
    QCOMPARE(documentMac("dendritetest",
                     {dendriteNonce, alice, QStringLiteral("wonderland"),
                             QStringLiteral("notadmin")}),
            dendrite);
    QCOMPARE(registrar::devserver::DendriteRegistration::mac(
                     "dendritetest", dendriteNonce, alice, QStringLiteral("wonderland"), false),
            dendrite);
}

void TestDevServer::tuwunelRegisters()
{
    using Flavour = DevServer::Flavour;
    m_server->setFlavour(Flavour::Tuwunel);
    const QString nonce = flavourNonce();
    QCOMPARE(nonce.size(), 32);
    QVERIFY(nonce != flavourNonce());

    // A full local user ID, signed as sent, lowercased after the MAC; an upper-case hex MAC.
    QJsonObject body = flavourSigned(
            Flavour::Tuwunel, nonce, QStringLiteral("@Alice:peer.test"), QStringLiteral("pw-1"));
    body.insert(QStringLiteral("mac"), body.value(QStringLiteral("mac")).toString().toUpper());
    body.insert(QStringLiteral("device_id"), QStringLiteral("MYDEVICE"));
    const Exchange created = exchange("POST", kRegisterPath, compactJson(body));
    QCOMPARE(created.status, 200);
    const QJsonObject reply = QJsonDocument::fromJson(created.body).object();
    QCOMPARE(sortedKeys(reply),
            QStringList({QStringLiteral("access_token"), QStringLiteral("device_id"),
                    QStringLiteral("home_server"), QStringLiteral("user_id")}));
    QCOMPARE(reply.value(QStringLiteral("user_id")).toString(), QStringLiteral("@alice:peer.test"));
    QCOMPARE(reply.value(QStringLiteral("home_server")).toString(), QStringLiteral("peer.test"));
    QCOMPARE(reply.value(QStringLiteral("device_id")).toString(), QStringLiteral("MYDEVICE"));
    QVERIFY(m_server->passwordMatches(QStringLiteral("alice"), QStringLiteral("pw-1")));

    // inhibit_login: the account, no session.
    QJsonObject inhibited = flavourSigned(
            Flavour::Tuwunel, flavourNonce(), QStringLiteral("bob"), QStringLiteral("pw-2"), true);
    inhibited.insert(QStringLiteral("inhibit_login"), true);
    const Exchange noSession = exchange("POST", kRegisterPath, compactJson(inhibited));
    QCOMPARE(noSession.status, 200);
    QCOMPARE(sortedKeys(QJsonDocument::fromJson(noSession.body).object()),
            QStringList({QStringLiteral("home_server"), QStringLiteral("user_id")}));
    QVERIFY(m_server->account(QStringLiteral("bob"))->admin);
    QCOMPARE(m_server->sessionCount(), 1);

    // refresh_token is honoured.
    QJsonObject refreshing = flavourSigned(
            Flavour::Tuwunel, flavourNonce(), QStringLiteral("rita"), QStringLiteral("pw-4"));
    refreshing.insert(QStringLiteral("refresh_token"), true);
    const QJsonObject refreshed =
            QJsonDocument::fromJson(exchange("POST", kRegisterPath, compactJson(refreshing)).body)
                    .object();
    QVERIFY(!refreshed.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QVERIFY(refreshed.value(QStringLiteral("expires_in_ms")).toDouble() > 0);

    // "admin" left out is false.
    QJsonObject noAdmin = flavourSigned(
            Flavour::Tuwunel, flavourNonce(), QStringLiteral("carol"), QStringLiteral("pw-3"));
    noAdmin.remove(QStringLiteral("admin"));
    QCOMPARE(exchange("POST", kRegisterPath, compactJson(noAdmin)).status, 200);
    QVERIFY(!m_server->account(QStringLiteral("carol"))->admin);
}

void TestDevServer::tuwunelUserTypeIsSignedWheneverPresent()
{
    using Flavour = DevServer::Flavour;
    m_server->setFlavour(Flavour::Tuwunel);
    // Signed without the empty user_type it carries (Synapse's rule): refused.
    QJsonObject synapseStyle = flavourSigned(
            Flavour::Synapse, flavourNonce(), QStringLiteral("dave"), QStringLiteral("pw"));
    synapseStyle.insert(QStringLiteral("user_type"), QString());
    const Exchange refused = exchange("POST", kRegisterPath, compactJson(synapseStyle));
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body, matrixErrorBody("M_FORBIDDEN", "HMAC check failed"));
    // Signed with it: created, with the user type.
    const Exchange empty = exchange("POST", kRegisterPath,
            compactJson(flavourSigned(Flavour::Tuwunel, flavourNonce(), QStringLiteral("dave"),
                    QStringLiteral("pw"), false, QString())));
    QCOMPARE(empty.status, 200);
    const Exchange bot = exchange("POST", kRegisterPath,
            compactJson(flavourSigned(Flavour::Tuwunel, flavourNonce(), QStringLiteral("erin"),
                    QStringLiteral("pw"), true, QStringLiteral("bot"))));
    QCOMPARE(bot.status, 200);
    QCOMPARE(m_server->account(QStringLiteral("erin"))->userType, QStringLiteral("bot"));
}

void TestDevServer::tuwunelErrors_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QJsonObject>("overrides"); // applied after signing; "<remove>" deletes
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // the whole body, or "M_BAD_JSON" for its errcode only

    const QString pw = QStringLiteral("pw-123");
    const QString user = QStringLiteral("frank");
    const auto invalidParam = [](const char *text) {
        return matrixErrorBody("M_INVALID_PARAM", text);
    };
    QTest::newRow("unknown nonce")
            << user << pw << QJsonObject{{QStringLiteral("nonce"), QString(32, u'x')}} << 400
            << invalidParam("Unrecognised or expired nonce");
    QTest::newRow("wrong MAC") << user << pw
                               << QJsonObject{{QStringLiteral("mac"), QString(40, u'0')}} << 403
                               << matrixErrorBody("M_FORBIDDEN", "HMAC check failed");
    QTest::newRow("MAC not hex") << user << pw
                                 << QJsonObject{{QStringLiteral("mac"), QStringLiteral("zz")}}
                                 << 403 << matrixErrorBody("M_FORBIDDEN", "HMAC check failed");
    QTest::newRow("empty username") << QString() << pw << QJsonObject() << 400
                                    << invalidParam("Username must not be empty");
    QTest::newRow("username of 513 bytes") << QString(513, u'a') << pw << QJsonObject() << 400
                                           << invalidParam("Username must not exceed 512 bytes");
    QTest::newRow("username of 257 two-byte characters")
            << QString(257, QChar(0xe9)) << pw << QJsonObject() << 400
            << invalidParam("Username must not exceed 512 bytes");
    QTest::newRow("username with NUL")
            << QString::fromUtf8("fr\0nk", 5) << pw << QJsonObject() << 400
            << invalidParam("Username must not contain a null byte");
    QTest::newRow("empty password") << user << QString() << QJsonObject() << 400
                                    << invalidParam("Password must not be empty");
    QTest::newRow("password of 513 bytes") << user << QString(513, u'p') << QJsonObject() << 400
                                           << invalidParam("Password must not exceed 512 bytes");
    QTest::newRow("password with NUL")
            << user << QString::fromUtf8("p\0w", 3) << QJsonObject() << 400
            << invalidParam("Password must not contain a null byte");
    QTest::newRow("user ID without a server") << QStringLiteral("@frank") << pw << QJsonObject()
                                              << 400 << invalidParam("Invalid user id");
    QTest::newRow("user ID of another server")
            << QStringLiteral("@frank:elsewhere.test") << pw << QJsonObject() << 400
            << invalidParam("User is not local to this server");
    QTest::newRow("space") << QStringLiteral("fr ank") << pw << QJsonObject() << 400
                           << matrixErrorBody("M_INVALID_USERNAME",
                                      "Username contains disallowed characters or spaces");
    QTest::newRow("taken") << QStringLiteral("Taken") << pw << QJsonObject() << 400
                           << matrixErrorBody("M_USER_IN_USE", "User ID is not available");
    QTest::newRow("admin null") << user << pw
                                << QJsonObject{{QStringLiteral("admin"), QJsonValue::Null}} << 400
                                << QByteArray("M_BAD_JSON");
    QTest::newRow("admin a string")
            << user << pw << QJsonObject{{QStringLiteral("admin"), QStringLiteral("true")}} << 400
            << QByteArray("M_BAD_JSON");
    QTest::newRow("no mac") << user << pw
                            << QJsonObject{{QStringLiteral("mac"), QStringLiteral("<remove>")}}
                            << 400 << QByteArray("M_BAD_JSON");
}

void TestDevServer::tuwunelErrors()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QJsonObject, overrides);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Exchange answered =
            refusedRegistration(DevServer::Flavour::Tuwunel, username, password, overrides);
    QCOMPARE(answered.status, status);
    if (body == "M_BAD_JSON") {
        const QJsonObject error = QJsonDocument::fromJson(answered.body).object();
        QCOMPARE(error.value(QStringLiteral("errcode")).toString(), QStringLiteral("M_BAD_JSON"));
        QVERIFY2(error.value(QStringLiteral("error"))
                         .toString()
                         .startsWith(QLatin1String("Failed to deserialize request: ")),
                answered.body.constData());
    } else {
        QCOMPARE(answered.body, body);
    }
    QCOMPARE(m_server->accountCount(), 1);
}

void TestDevServer::tuwunelNonceIsUsedUpByAFailingCheck()
{
    using Flavour = DevServer::Flavour;
    m_server->setFlavour(Flavour::Tuwunel);
    // A wrong MAC, and a check after the nonce (an empty password), each spend it.
    for (const auto &[username, password] :
            {std::pair{QStringLiteral("gina"), QStringLiteral("pw")},
                    std::pair{QStringLiteral("gina"), QString()}}) {
        const QString nonce = flavourNonce();
        QJsonObject failing = flavourSigned(Flavour::Tuwunel, nonce, username, password);
        if (!password.isEmpty()) {
            failing.insert(QStringLiteral("mac"), QString(40, u'0'));
        }
        QVERIFY(exchange("POST", kRegisterPath, compactJson(failing)).status != 200);
        QCOMPARE(m_server->liveNonceCount(), 0);
        const Exchange again = exchange("POST", kRegisterPath,
                compactJson(flavourSigned(
                        Flavour::Tuwunel, nonce, QStringLiteral("gina"), QStringLiteral("pw"))));
        QCOMPARE(again.status, 400);
        QCOMPARE(again.body, matrixErrorBody("M_INVALID_PARAM", "Unrecognised or expired nonce"));
    }
    // A body that does not deserialise never reaches the handler: the nonce stays (our reading).
    const QString nonce = flavourNonce();
    QJsonObject badType =
            flavourSigned(Flavour::Tuwunel, nonce, QStringLiteral("gina"), QStringLiteral("pw"));
    badType.insert(QStringLiteral("admin"), 1);
    QCOMPARE(exchange("POST", kRegisterPath, compactJson(badType)).status, 400);
    QCOMPARE(m_server->liveNonceCount(), 1);
    QCOMPARE(exchange("POST", kRegisterPath,
                     compactJson(flavourSigned(Flavour::Tuwunel, nonce, QStringLiteral("gina"),
                             QStringLiteral("pw"))))
                     .status,
            200);
}

void TestDevServer::tuwunelNonceLifetime()
{
    using Flavour = DevServer::Flavour;
    m_server->setFlavour(Flavour::Tuwunel);
    qint64 now = 1000000;
    m_server->setClock([&now] { return now; });
    const QString stillValid = flavourNonce();
    const QString expired = flavourNonce();
    now += 60;
    QCOMPARE(exchange("POST", kRegisterPath,
                     compactJson(flavourSigned(Flavour::Tuwunel, stillValid, QStringLiteral("hank"),
                             QStringLiteral("pw"))))
                     .status,
            200);
    now += 1;
    const Exchange late = exchange("POST", kRegisterPath,
            compactJson(flavourSigned(
                    Flavour::Tuwunel, expired, QStringLiteral("ivan"), QStringLiteral("pw"))));
    QCOMPARE(late.status, 400);
    QCOMPARE(late.body, matrixErrorBody("M_INVALID_PARAM", "Unrecognised or expired nonce"));
}

void TestDevServer::tuwunelHoldsAtMost2048Nonces()
{
    using Flavour = DevServer::Flavour;
    m_server->setFlavour(Flavour::Tuwunel);
    const QString first = flavourNonce();
    const QString second = flavourNonce();
    for (int i = 2; i < 2049; ++i) {
        QVERIFY(!flavourNonce().isEmpty());
    }
    QCOMPARE(m_server->liveNonceCount(), 2048);
    const Exchange oldest = exchange("POST", kRegisterPath,
            compactJson(flavourSigned(
                    Flavour::Tuwunel, first, QStringLiteral("judy"), QStringLiteral("pw"))));
    QCOMPARE(oldest.body, matrixErrorBody("M_INVALID_PARAM", "Unrecognised or expired nonce"));
    QCOMPARE(exchange("POST", kRegisterPath,
                     compactJson(flavourSigned(Flavour::Tuwunel, second, QStringLiteral("judy"),
                             QStringLiteral("pw"))))
                     .status,
            200);
}

void TestDevServer::tuwunelWithoutSecret()
{
    m_server->setFlavour(DevServer::Flavour::Tuwunel);
    m_server->setSharedSecret({});
    const QByteArray notEnabled =
            matrixErrorBody("M_UNKNOWN", "Shared-secret registration is not enabled");
    for (const QByteArray &verb : {QByteArray("GET"), QByteArray("POST")}) {
        const Exchange answered = exchange(verb, kRegisterPath, verb == "POST" ? "{}" : "");
        QCOMPARE(answered.status, 400);
        QCOMPARE(answered.body, notEnabled);
    }
    QCOMPARE(m_server->liveNonceCount(), 0);
}

void TestDevServer::tuwunelWithMasSecret()
{
    m_server->setFlavour(DevServer::Flavour::Tuwunel);
    m_server->setAuthDelegated(true);
    const QByteArray notFound = matrixErrorBody("M_UNRECOGNIZED", "Not Found");
    for (const QByteArray &verb : {QByteArray("GET"), QByteArray("POST")}) {
        const Exchange answered = exchange(verb, kRegisterPath, verb == "POST" ? "{}" : "");
        QCOMPARE(answered.status, 404);
        QCOMPARE(answered.body, notFound);
    }
    // Its own issuer, not MAS.
    const Exchange metadata = exchange("GET", QStringLiteral("/_matrix/client/v1/auth_metadata"));
    QCOMPARE(metadata.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(metadata.body).object();
    QVERIFY(body.value(QStringLiteral("token_endpoint"))
                    .toString()
                    .contains(QLatin1String("/_tuwunel/oidc/")));
    QVERIFY(!body.contains(
            QStringLiteral("org.matrix.matrix-authentication-service.graphql_endpoint")));
}

void TestDevServer::dendriteRegisters()
{
    using Flavour = DevServer::Flavour;
    m_server->setFlavour(Flavour::Dendrite);
    const QString nonce = flavourNonce();
    QCOMPARE(nonce.size(), 16);
    // user_type is not read: signed without it, sent with it. device_id and inhibit_login are
    // not read either. Upper-case hex and an upper-case name, lowercased after the MAC.
    QJsonObject body = flavourSigned(Flavour::Dendrite, nonce, QStringLiteral("Alice"),
            QStringLiteral("wonderland"), true, QStringLiteral("bot"));
    body.insert(QStringLiteral("mac"), body.value(QStringLiteral("mac")).toString().toUpper());
    body.insert(QStringLiteral("device_id"), QStringLiteral("MYDEVICE"));
    body.insert(QStringLiteral("inhibit_login"), true);
    const Exchange created = exchange("POST", kRegisterPath, compactJson(body));
    QCOMPARE(created.status, 200);
    const QJsonObject reply = QJsonDocument::fromJson(created.body).object();
    QCOMPARE(sortedKeys(reply),
            QStringList({QStringLiteral("access_token"), QStringLiteral("device_id"),
                    QStringLiteral("user_id")}));
    QCOMPARE(reply.value(QStringLiteral("user_id")).toString(), QStringLiteral("@alice:peer.test"));
    QCOMPARE(reply.value(QStringLiteral("device_id")).toString(),
            QStringLiteral("shared_secret_registration"));
    QVERIFY(m_server->account(QStringLiteral("alice"))->admin);
    QVERIFY(m_server->account(QStringLiteral("alice"))->userType.isEmpty());
    // A second account gets the same device name, and a token of its own.
    const Exchange second = exchange("POST", kRegisterPath,
            compactJson(flavourSigned(Flavour::Dendrite, flavourNonce(), QStringLiteral("bob"),
                    QStringLiteral("wonderland"))));
    const QJsonObject secondReply = QJsonDocument::fromJson(second.body).object();
    QCOMPARE(secondReply.value(QStringLiteral("device_id")).toString(),
            QStringLiteral("shared_secret_registration"));
    QVERIFY(secondReply.value(QStringLiteral("access_token"))
            != reply.value(QStringLiteral("access_token")));
}

void TestDevServer::dendriteErrors_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QJsonObject>("overrides"); // applied after signing; "<remove>" deletes
    QTest::addColumn<QByteArray>("raw"); // sent instead of the body when not empty
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // the whole body; "malformed json: " a prefix

    const QString pw = QStringLiteral("wonderland");
    const QString user = QStringLiteral("frank");
    const QByteArray malformed = "malformed json: ";
    const QString staleNonce = QStringLiteral("AAAAAAAAAAAAAAAA");
    QTest::newRow("unknown nonce")
            << user << pw << QJsonObject{{QStringLiteral("nonce"), staleNonce}} << QByteArray()
            << 500 << QByteArray(R"({"message":"incorrect or expired nonce: AAAAAAAAAAAAAAAA"})");
    QTest::newRow("no nonce") << user << pw
                              << QJsonObject{{QStringLiteral("nonce"), QStringLiteral("<remove>")}}
                              << QByteArray() << 500
                              << QByteArray(R"({"message":"incorrect or expired nonce: "})");
    QTest::newRow("wrong MAC") << user << pw
                               << QJsonObject{{QStringLiteral("mac"), QString(40, u'0')}}
                               << QByteArray() << 403 << matrixErrorBody("M_FORBIDDEN", "bad mac");
    QTest::newRow("MAC not hex") << user << pw
                                 << QJsonObject{{QStringLiteral("mac"), QStringLiteral("xyz")}}
                                 << QByteArray() << 400 << malformed;
    QTest::newRow("not JSON") << user << pw << QJsonObject() << QByteArray("{nope") << 400
                              << malformed;
    QTest::newRow("username a number") << user << pw << QJsonObject{{QStringLiteral("username"), 5}}
                                       << QByteArray() << 400 << malformed;
    QTest::newRow("NUL in the username") << QString::fromUtf8("fr\0nk", 5) << pw << QJsonObject()
                                         << QByteArray() << 500 << QByteArray("{\"message\":");
    QTest::newRow("space") << QStringLiteral("fr ank") << pw << QJsonObject() << QByteArray() << 400
                           << matrixErrorBody("M_INVALID_USERNAME",
                                      "username can only contain characters a-z, 0-9, or "
                                      "'_+-./='");
    QTest::newRow("empty username") << QString() << pw << QJsonObject() << QByteArray() << 400
                                    << matrixErrorBody("M_INVALID_USERNAME",
                                               "username can only contain characters a-z, 0-9, "
                                               "or '_+-./='");
    QTest::newRow("underscore") << QStringLiteral("_frank") << pw << QJsonObject() << QByteArray()
                                << 400
                                << matrixErrorBody("M_INVALID_USERNAME",
                                           "username cannot start with a '_'");
    QTest::newRow("short password")
            << user << QStringLiteral("1234567") << QJsonObject() << QByteArray() << 400
            << matrixErrorBody("M_WEAK_PASSWORD", "password too weak: min 8 characters");
    QTest::newRow("no password") << user << QString() << QJsonObject() << QByteArray() << 400
                                 << matrixErrorBody("M_MISSING_PARAM", "Missing password");
    QTest::newRow("taken") << QStringLiteral("TAKEN") << pw << QJsonObject() << QByteArray() << 400
                           << matrixErrorBody("M_USER_IN_USE", "Desired user ID is already taken.");
}

void TestDevServer::dendriteErrors()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QJsonObject, overrides);
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Exchange answered =
            refusedRegistration(DevServer::Flavour::Dendrite, username, password, overrides, raw);
    QCOMPARE(answered.status, status);
    if (body == "malformed json: ") {
        QCOMPARE(QJsonDocument::fromJson(answered.body)
                         .object()
                         .value(QStringLiteral("errcode"))
                         .toString(),
                QStringLiteral("M_BAD_JSON"));
        QVERIFY2(QJsonDocument::fromJson(answered.body)
                         .object()
                         .value(QStringLiteral("error"))
                         .toString()
                         .startsWith(QLatin1String(body)),
                answered.body.constData());
    } else if (body == "{\"message\":") {
        // Not Matrix-shaped: a message and nothing else.
        QCOMPARE(sortedKeys(QJsonDocument::fromJson(answered.body).object()),
                QStringList{QStringLiteral("message")});
    } else {
        QCOMPARE(answered.body, body);
    }
    QCOMPARE(m_server->accountCount(), 1);
}

void TestDevServer::dendriteNonceIsReplayableInItsLifetime()
{
    using Flavour = DevServer::Flavour;
    m_server->setFlavour(Flavour::Dendrite);
    qint64 now = 2000000;
    m_server->setClock([&now] { return now; });
    const QString nonce = flavourNonce();
    const auto registerWith = [&](const char *name) {
        return exchange("POST", kRegisterPath,
                compactJson(flavourSigned(Flavour::Dendrite, nonce, QLatin1String(name),
                        QStringLiteral("wonderland"))));
    };
    // A failed check does not spend it either.
    QJsonObject wrong = flavourSigned(
            Flavour::Dendrite, nonce, QStringLiteral("zed"), QStringLiteral("wonderland"));
    wrong.insert(QStringLiteral("mac"), QString(40, u'0'));
    QCOMPARE(exchange("POST", kRegisterPath, compactJson(wrong)).status, 403);
    QCOMPARE(registerWith("kate").status, 200);
    now += 300;
    QCOMPARE(registerWith("liam").status, 200);
    QCOMPARE(m_server->liveNonceCount(), 1);
    now += 1;
    const Exchange late = registerWith("mia");
    QCOMPARE(late.status, 500);
    QCOMPARE(late.body,
            compactJson({{QStringLiteral("message"),
                    QLatin1String("incorrect or expired nonce: ") + nonce}}));
}

void TestDevServer::dendriteWithoutSecret()
{
    m_server->setFlavour(DevServer::Flavour::Dendrite);
    m_server->setSharedSecret({});
    for (const QByteArray &verb : {QByteArray("GET"), QByteArray("POST")}) {
        const Exchange answered = exchange(verb, kRegisterPath, verb == "POST" ? "{}" : "");
        QCOMPARE(answered.status, 404);
        QCOMPARE(answered.body,
                QByteArray(R"({"errcode":"M_UNRECOGNIZED","error":"Unrecognized request"})"));
    }
}

void TestDevServer::tokensWorkInEveryFlavour_data()
{
    QTest::addColumn<DevServer::Flavour>("flavour");
    QTest::newRow("synapse") << DevServer::Flavour::Synapse;
    QTest::newRow("tuwunel") << DevServer::Flavour::Tuwunel;
    QTest::newRow("dendrite") << DevServer::Flavour::Dendrite;
}

void TestDevServer::tokensWorkInEveryFlavour()
{
    QFETCH(DevServer::Flavour, flavour);
    m_server->setFlavour(flavour);
    const Exchange created = exchange("POST", kRegisterPath,
            compactJson(flavourSigned(flavour, flavourNonce(), QStringLiteral("nora"),
                    QStringLiteral("wonderland"))));
    QCOMPARE(created.status, 200);
    const QByteArray token = QJsonDocument::fromJson(created.body)
                                     .object()
                                     .value(QStringLiteral("access_token"))
                                     .toString()
                                     .toUtf8();
    const QString whoamiPath = QStringLiteral("/_matrix/client/v3/account/whoami");
    const Exchange who = exchange("GET", whoamiPath, {}, token);
    QCOMPARE(who.status, 200);
    QCOMPARE(QJsonDocument::fromJson(who.body).object().value(QStringLiteral("user_id")).toString(),
            QStringLiteral("@nora:peer.test"));
    QCOMPARE(
            exchange("POST", QStringLiteral("/_matrix/client/v3/logout"), "{}", token).status, 200);
    QCOMPARE(exchange("GET", whoamiPath, {}, token).status, 401);
    const Exchange login = exchange("POST", QStringLiteral("/_matrix/client/v3/login"),
            R"({"type":"m.login.password","identifier":{"type":"m.id.user","user":"nora"},"password":"wonderland"})");
    QCOMPARE(login.status, 200);
    const Exchange versions = exchange("GET", QStringLiteral("/_matrix/client/versions"));
    QCOMPARE(versions.status, 200);
    QVERIFY(QJsonDocument::fromJson(versions.body)
                    .object()
                    .value(QStringLiteral("versions"))
                    .toArray()
                    .contains(QStringLiteral("v1.12")));
}

void TestDevServer::probes_data()
{
    using Flavour = DevServer::Flavour;
    QTest::addColumn<Flavour>("flavour");
    QTest::addColumn<QStringList>("switches"); // no-federation, delegated, oidc, unstable-only
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body"); // the whole body; a body starting "key:" must have it

    const QString federation = QStringLiteral("/_matrix/federation/v1/version");
    const QString tuwunelVersion = QStringLiteral("/_tuwunel/server_version");
    const QString synapseVersion = QStringLiteral("/_synapse/admin/v1/server_version");
    const QString stable = QStringLiteral("/_matrix/client/v1/auth_metadata");
    const QString unstable =
            QStringLiteral("/_matrix/client/unstable/org.matrix.msc2965/auth_metadata");
    const QByteArray unrecognized = matrixErrorBody("M_UNRECOGNIZED", "Unrecognized request");
    const QByteArray notFound = matrixErrorBody("M_UNRECOGNIZED", "Not Found");
    const QByteArray noOidc = matrixErrorBody("M_UNRECOGNIZED", "OIDC server not configured");
    const QByteArray graphql = "key:org.matrix.matrix-authentication-service.graphql_endpoint";
    const QByteArray tuwunelIssuer = "key:registration_endpoint";
    const QStringList none;
    const QStringList delegated{QStringLiteral("delegated")};

    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };
    row("synapse federation") << Flavour::Synapse << none << federation << 200
                              << QByteArray(R"({"server":{"name":"Synapse","version":"1.157.1"}})");
    row("synapse tuwunel version")
            << Flavour::Synapse << none << tuwunelVersion << 404 << unrecognized;
    row("synapse server_version") << Flavour::Synapse << none << synapseVersion << 200
                                  << QByteArray(R"({"server_version":"1.157.1"})");
    row("synapse stable auth_metadata")
            << Flavour::Synapse << none << stable << 404 << unrecognized;
    row("synapse unstable auth_metadata")
            << Flavour::Synapse << none << unstable << 404 << unrecognized;
    row("synapse+MAS stable") << Flavour::Synapse << delegated << stable << 200 << graphql;
    row("synapse+MAS unstable") << Flavour::Synapse << delegated << unstable << 200 << graphql;
    row("synapse+MAS before 1.138 stable")
            << Flavour::Synapse
            << QStringList{QStringLiteral("delegated"), QStringLiteral("unstable-only")} << stable
            << 404 << unrecognized;
    row("synapse+MAS before 1.138 unstable")
            << Flavour::Synapse
            << QStringList{QStringLiteral("delegated"), QStringLiteral("unstable-only")} << unstable
            << 200 << graphql;
    row("synapse+MAS register") << Flavour::Synapse << delegated << kRegisterPath << 404
                                << unrecognized;

    row("tuwunel federation") << Flavour::Tuwunel << none << federation << 200
                              << QByteArray(R"({"server":{"name":"Tuwunel","version":"1.9.0"}})");
    row("tuwunel without federation")
            << Flavour::Tuwunel << QStringList{QStringLiteral("no-federation")} << federation << 404
            << notFound;
    row("tuwunel version") << Flavour::Tuwunel << QStringList{QStringLiteral("no-federation")}
                           << tuwunelVersion << 200
                           << QByteArray(R"({"name":"Tuwunel","version":"1.9.0"})");
    row("tuwunel server_version") << Flavour::Tuwunel << none << synapseVersion << 200
                                  << QByteArray(R"({"server_version":"1.9.0"})");
    row("tuwunel stable, no OIDC") << Flavour::Tuwunel << none << stable << 404 << noOidc;
    row("tuwunel unstable, no OIDC") << Flavour::Tuwunel << none << unstable << 404 << noOidc;
    row("tuwunel stable, OIDC") << Flavour::Tuwunel << QStringList{QStringLiteral("oidc")} << stable
                                << 200 << tuwunelIssuer;
    row("tuwunel unstable, OIDC") << Flavour::Tuwunel << QStringList{QStringLiteral("oidc")}
                                  << unstable << 200 << tuwunelIssuer;
    row("tuwunel register") << Flavour::Tuwunel << none << kRegisterPath << 200
                            << QByteArray("key:nonce");

    row("dendrite federation") << Flavour::Dendrite << none << federation << 200
                               << QByteArray(
                                          R"({"server":{"name":"Dendrite","version":"0.15.2"}})");
    row("dendrite tuwunel version")
            << Flavour::Dendrite << none << tuwunelVersion << 404 << unrecognized;
    row("dendrite server_version")
            << Flavour::Dendrite << none << synapseVersion << 404 << unrecognized;
    row("dendrite stable") << Flavour::Dendrite << none << stable << 404 << unrecognized;
    row("dendrite unstable") << Flavour::Dendrite << delegated << unstable << 404 << unrecognized;
    row("dendrite register") << Flavour::Dendrite << delegated << kRegisterPath << 200
                             << QByteArray("key:nonce");
}

void TestDevServer::probes()
{
    QFETCH(DevServer::Flavour, flavour);
    QFETCH(QStringList, switches);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->setFlavour(flavour);
    m_server->setFederationAllowed(!switches.contains(QStringLiteral("no-federation")));
    m_server->setAuthDelegated(switches.contains(QStringLiteral("delegated")));
    m_server->setOidcServerConfigured(switches.contains(QStringLiteral("oidc")));
    m_server->setStableAuthMetadata(!switches.contains(QStringLiteral("unstable-only")));
    const Exchange answered = exchange("GET", path);
    QCOMPARE(answered.status, status);
    if (body.startsWith("key:")) {
        const QJsonObject object = QJsonDocument::fromJson(answered.body).object();
        QVERIFY2(object.contains(QString::fromUtf8(body.mid(4))), answered.body.constData());
        if (body.contains("graphql")) {
            QCOMPARE(object.value(QStringLiteral("issuer")).toString(),
                    m_server->baseUrl().toString() + QLatin1String("/mas/"));
        }
        if (body == "key:registration_endpoint") {
            QCOMPARE(object.value(QStringLiteral("issuer")).toString(),
                    m_server->baseUrl().toString() + QLatin1Char('/'));
            QCOMPARE(object.value(QStringLiteral("registration_endpoint")).toString(),
                    m_server->baseUrl().toString() + QLatin1String("/_tuwunel/oidc/registration"));
            QVERIFY(!object.contains(
                    QStringLiteral("org.matrix.matrix-authentication-service.graphql_endpoint")));
        }
    } else {
        QCOMPARE(answered.body, body);
    }
}

void TestDevServer::synapseServerHeader()
{
    QCOMPARE(exchange("GET", QStringLiteral("/_matrix/client/versions"))
                     .headers.contains(QNetworkReply::RawHeaderPair("Server", "Synapse/1.157.1")),
            true);
    m_server->setVersion(QStringLiteral("1.140.0"));
    QVERIFY(exchange("GET", kRegisterPath)
                    .headers.contains(QNetworkReply::RawHeaderPair("Server", "Synapse/1.140.0")));
    for (const DevServer::Flavour flavour :
            {DevServer::Flavour::Tuwunel, DevServer::Flavour::Dendrite}) {
        m_server->setFlavour(flavour);
        for (const auto &[name, value] : exchange("GET", kRegisterPath).headers) {
            QVERIFY2(!value.contains("Synapse"), name.constData());
        }
    }
}

void TestDevServer::synapseMasMetadata()
{
    m_server->setAuthDelegated(true);
    m_server->setMasUrl(QUrl(QStringLiteral("https://auth.example.com")));
    const Exchange answered = exchange("GET", QStringLiteral("/_matrix/client/v1/auth_metadata"));
    QCOMPARE(answered.status, 200);
    QVERIFY(answered.headers.contains(QNetworkReply::RawHeaderPair(
            "Cache-Control", "public, max-age=600, s-maxage=3600, stale-while-revalidate=600")));
    const QJsonObject body = QJsonDocument::fromJson(answered.body).object();
    QCOMPARE(body.value(QStringLiteral("issuer")).toString(),
            QStringLiteral("https://auth.example.com/"));
    QCOMPARE(body.value(QStringLiteral("token_endpoint")).toString(),
            QStringLiteral("https://auth.example.com/oauth2/token"));
    QCOMPARE(body.value(QStringLiteral("org.matrix.matrix-authentication-service.graphql_endpoint"))
                     .toString(),
            QStringLiteral("https://auth.example.com/graphql"));
    QCOMPARE(body.value(QStringLiteral("account_management_uri")).toString(),
            QStringLiteral("https://auth.example.com/account/"));
    QVERIFY(body.value(QStringLiteral("grant_types_supported"))
                    .toArray()
                    .contains(QStringLiteral("client_credentials")));
    const QJsonObject wellKnown = QJsonDocument::fromJson(
            exchange("GET", QStringLiteral("/.well-known/matrix/client")).body)
                                          .object();
    QCOMPARE(wellKnown.value(QStringLiteral("org.matrix.msc2965.authentication"))
                     .toObject()
                     .value(QStringLiteral("issuer"))
                     .toString(),
            QStringLiteral("https://auth.example.com/"));
    // With MAS, the password login is MAS's.
    QCOMPARE(exchange("POST", QStringLiteral("/_matrix/client/v3/login"), "{}").status, 404);
}

void TestDevServer::flavourSwitchesOfTheExecutable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contains"); // in the body; empty: the server must refuse to start

    QTest::newRow("dendrite nonce")
            << QStringList{QStringLiteral("--flavour"), QStringLiteral("dendrite")} << kRegisterPath
            << 200 << QByteArray("\"nonce\"");
    QTest::newRow("dendrite federation")
            << QStringList{QStringLiteral("--flavour"), QStringLiteral("dendrite")}
            << QStringLiteral("/_matrix/federation/v1/version") << 200 << QByteArray("Dendrite");
    QTest::newRow("tuwunel without federation")
            << QStringList{QStringLiteral("--flavour"), QStringLiteral("tuwunel"),
                       QStringLiteral("--no-federation")}
            << QStringLiteral("/_matrix/federation/v1/version") << 404 << QByteArray("Not Found");
    QTest::newRow("tuwunel OIDC") << QStringList{QStringLiteral("--flavour"),
            QStringLiteral("tuwunel"), QStringLiteral("--oidc-server")}
                                  << QStringLiteral("/_matrix/client/v1/auth_metadata") << 200
                                  << QByteArray("/_tuwunel/oidc/token");
    QTest::newRow("synapse MAS URL") << QStringList{QStringLiteral("--delegate-auth"),
            QStringLiteral("--mas-url"), QStringLiteral("https://auth.example.com/")}
                                     << QStringLiteral("/_matrix/client/v1/auth_metadata") << 200
                                     << QByteArray("https://auth.example.com/graphql");
    QTest::newRow("synapse before 1.138") << QStringList{QStringLiteral("--delegate-auth"),
            QStringLiteral("--unstable-auth-metadata-only")}
                                          << QStringLiteral("/_matrix/client/v1/auth_metadata")
                                          << 404 << QByteArray("Unrecognized request");
    QTest::newRow("synapse by default")
            << QStringList() << QStringLiteral("/_matrix/federation/v1/version") << 200
            << QByteArray("Synapse");
    QTest::newRow("unknown flavour")
            << QStringList{QStringLiteral("--flavour"), QStringLiteral("conduit")} << QString() << 0
            << QByteArray();
    QTest::newRow("MAS URL not a URL") << QStringList{QStringLiteral("--delegate-auth"),
            QStringLiteral("--mas-url"), QStringLiteral("not a url")}
                                       << QString() << 0 << QByteArray();
}

void TestDevServer::flavourSwitchesOfTheExecutable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, contains);
    QProcess server;
    server.start(QStringLiteral(REGISTRAR_DEVSERVER_PATH),
            arguments + QStringList{QStringLiteral("--secret"), QStringLiteral("s")});
    QVERIFY(server.waitForStarted(10000));
    const bool ended = QTest::qWaitFor(
            [&] { return server.state() == QProcess::NotRunning || server.canReadLine(); }, 30000);
    if (!ended) {
        server.kill();
        server.waitForFinished();
        QFAIL("the local homeserver neither started nor ended");
    }
    if (contains.isEmpty()) {
        if (server.state() != QProcess::NotRunning) {
            server.kill();
            server.waitForFinished();
            QFAIL("the local homeserver started with a switch it must refuse");
        }
        QCOMPARE(server.exitCode(), 1);
        QVERIFY(!server.readAllStandardError().isEmpty());
        return;
    }
    const QRegularExpressionMatch listening =
            QRegularExpression(QStringLiteral("Listening on (http://\\S+)"))
                    .match(QString::fromUtf8(server.readLine()));
    QVERIFY(listening.hasMatch());
    QUrl url(listening.captured(1));
    url.setPath(path);
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    std::unique_ptr<QNetworkReply> reply(m_manager->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(reply->isFinished() || finished.wait(10000));
    const QByteArray body = reply->readAll();
    server.kill();
    server.waitForFinished();
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QVERIFY2(body.contains(contains), body.constData());
}

QTEST_MAIN(TestDevServer)
#include "TestDevServer.moc"
