// SPDX-License-Identifier: GPL-3.0-or-later
#include "DevServer.h"

#include "DendriteRegistration.h"
#include "Log.h"
#include "RegistrationOutcome.h"
#include "TuwunelRegistration.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <mutex>

namespace registrar::devserver {

namespace {

constexpr qint64 kSynapseNonceLifetimeSeconds = 60;
constexpr qint64 kTuwunelNonceLifetimeSeconds = 60;
constexpr qint64 kDendriteNonceLifetimeSeconds = 5 * 60;
constexpr int kTuwunelMaxNonces = 2048;
const QString kRegisterPath = QStringLiteral("/_synapse/admin/v1/register");
const QLatin1String kAlphanumerics(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

//! Python truthiness, which Synapse applies to "admin" for both the flag and the MAC.
bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

bool isValidUsernameOrPassword(const QJsonValue &value)
{
    if (!value.isString()) {
        return false;
    }
    const QString text = value.toString();
    return text.toUcs4().size() <= 512 && !text.contains(QChar(u'\0'));
}

QByteArray htmlPage(int status, const char *title)
{
    return QByteArrayLiteral("<html>\r\n<head><title>") + QByteArray::number(status) + ' ' + title
            + QByteArrayLiteral("</title></head>\r\n<body>\r\n<center><h1>")
            + QByteArray::number(status) + ' ' + title
            + QByteArrayLiteral(
                    "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
}

QLoggingCategory::CategoryFilter previousCategoryFilter = nullptr;

//! QtHttpServer logs whole requests, bodies and passwords included, at debug level; the local
//! homeserver runs inside the app with --demo, so those lines stay off whatever the rules say.
void keepHttpServerBodiesOutOfLogs(QLoggingCategory *category)
{
    if (previousCategoryFilter) {
        previousCategoryFilter(category);
    }
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
    }
}

} // namespace

struct DevServer::HeldResponder
{
    QPointer<QTcpSocket> socket;
    QHttpServerResponder responder;
};

DevServer::DevServer(QObject *parent)
    : QObject(parent)
    , m_nowSeconds([] { return QDateTime::currentSecsSinceEpoch(); })
{
    static std::once_flag filterInstalled;
    std::call_once(filterInstalled, [] {
        previousCategoryFilter = QLoggingCategory::installFilter(keepHttpServerBodiesOutOfLogs);
    });
    MasHomeserver homeserver;
    homeserver.isLocalpartAvailable = [this](const QString &localpart) {
        return localpartAvailableForMas(localpart);
    };
    homeserver.provisionUser = [this](const QString &localpart,
                                       const std::optional<QString> &displayName) {
        provisionForMas(localpart, displayName);
    };
    homeserver.acceptToken = [this](const QString &localpart, const QString &token,
                                     const QString &deviceId, bool synapseAdmin,
                                     std::optional<qint64> expiresAt) {
        m_sessions.insert(token, Session{localpart, deviceId, synapseAdmin, expiresAt});
    };
    homeserver.nowSeconds = [this] { return m_nowSeconds(); };
    m_mas = std::make_unique<MasAdminApi>(std::move(homeserver));
    m_server.setMissingHandler(
            [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                handle(request, std::move(responder));
            });
}

DevServer::~DevServer()
{
    // A responder must not write to a socket whose client has gone; drop them unanswered.
    m_held.clear();
}

quint16 DevServer::listen(quint16 port)
{
    m_port = m_server.listen(QHostAddress::LocalHost, port);
    return m_port;
}

quint16 DevServer::listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port)
{
    m_server.sslSetup(certificate, key);
    m_tls = true;
    return listen(port);
}

QUrl DevServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void DevServer::addExclusiveNamespace(const QString &regex)
{
    m_exclusiveNamespaces.append(regex);
}

void DevServer::setFault(Fault fault, FaultTarget target, int parameter)
{
    m_fault = fault;
    m_faultTarget = target;
    m_faultParameter = parameter;
}

namespace {

//! Each fault and fault target by its command-line name, in the order --help lists them.
const QList<QPair<QString, DevServer::Fault>> &faultsByName()
{
    using Fault = DevServer::Fault;
    static const QList<QPair<QString, Fault>> faults{{QStringLiteral("none"), Fault::None},
            {QStringLiteral("delay"), Fault::Delay}, {QStringLiteral("hang"), Fault::Hang},
            {QStringLiteral("malformed-json"), Fault::MalformedJson},
            {QStringLiteral("html-502"), Fault::HtmlBadGateway},
            {QStringLiteral("html-404"), Fault::HtmlNotFound},
            {QStringLiteral("json-404"), Fault::JsonNotFound},
            {QStringLiteral("500"), Fault::InternalError},
            {QStringLiteral("redirect"), Fault::Redirect},
            {QStringLiteral("oversized"), Fault::OversizedBody},
            {QStringLiteral("429"), Fault::TooManyRequests},
            {QStringLiteral("endless-chunked"), Fault::EndlessChunkedBody},
            {QStringLiteral("endless-header"), Fault::EndlessHeader},
            {QStringLiteral("html-504"), Fault::HtmlGatewayTimeout},
            {QStringLiteral("close"), Fault::CloseConnection}};
    return faults;
}

const QList<QPair<QString, DevServer::Flavour>> &flavoursByName()
{
    using Flavour = DevServer::Flavour;
    static const QList<QPair<QString, Flavour>> flavours{
            {QStringLiteral("synapse"), Flavour::Synapse},
            {QStringLiteral("tuwunel"), Flavour::Tuwunel},
            {QStringLiteral("dendrite"), Flavour::Dendrite}};
    return flavours;
}

const QList<QPair<QString, DevServer::FaultTarget>> &faultTargetsByName()
{
    using Target = DevServer::FaultTarget;
    static const QList<QPair<QString, Target>> targets{{QStringLiteral("all"), Target::AllRequests},
            {QStringLiteral("nonce"), Target::NonceRequest},
            {QStringLiteral("register"), Target::RegisterPost},
            {QStringLiteral("after-register"), Target::AfterRegistering}};
    return targets;
}

template <typename T>
std::optional<T> valueNamed(const QList<QPair<QString, T>> &table, const QString &name)
{
    for (const auto &[known, value] : table) {
        if (known == name) {
            return value;
        }
    }
    return std::nullopt;
}

template <typename T>
QStringList namesOf(const QList<QPair<QString, T>> &table)
{
    QStringList names;
    for (const auto &entry : table) {
        names.append(entry.first);
    }
    return names;
}

} // namespace

std::optional<DevServer::Fault> DevServer::faultFromName(const QString &name)
{
    return valueNamed(faultsByName(), name);
}

QStringList DevServer::faultNames()
{
    return namesOf(faultsByName());
}

std::optional<DevServer::Flavour> DevServer::flavourFromName(const QString &name)
{
    return valueNamed(flavoursByName(), name);
}

QStringList DevServer::flavourNames()
{
    return namesOf(flavoursByName());
}

QString DevServer::version() const
{
    if (!m_version.isEmpty()) {
        return m_version;
    }
    switch (m_flavour) {
    case Flavour::Tuwunel:
        return QStringLiteral("1.9.0");
    case Flavour::Dendrite:
        return QStringLiteral("0.15.2");
    case Flavour::Synapse:
        break;
    }
    return QStringLiteral("1.157.1");
}

std::optional<DevServer::FaultTarget> DevServer::faultTargetFromName(const QString &name)
{
    return valueNamed(faultTargetsByName(), name);
}

QStringList DevServer::faultTargetNames()
{
    return namesOf(faultTargetsByName());
}

std::optional<DevServer::Account> DevServer::account(const QString &localpart) const
{
    const auto it = m_accounts.constFind(localpart.toLower());
    if (it == m_accounts.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

bool DevServer::passwordMatches(const QString &localpart, const QString &password) const
{
    const std::optional<Account> found = account(localpart);
    return found
            && found->passwordDigest
            == QCryptographicHash::hash(password.toUtf8(), QCryptographicHash::Sha256);
}

void DevServer::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    ++m_requestCount;
    qCDebug(lcDevServer) << request.method() << request.url().path();
    QTcpSocket *socket = responder.socket();
    m_portsReached[request.url().path()].append(socket->localPort());

    if (!faultApplies(request)) {
        write(responder, answer(request));
        return;
    }
    // After registering, the account is created and its answer is what gets lost (or, with a
    // delay, comes late): it is answered once.
    std::optional<Reply> registered;
    if (m_faultTarget == FaultTarget::AfterRegistering) {
        registered = answer(request);
    }
    if (m_fault == Fault::CloseConnection) {
        // Held unused until the socket is gone, so QHttpServer writes nothing of its own.
        m_held.push_back(std::shared_ptr<HeldResponder>(
                new HeldResponder{QPointer<QTcpSocket>(socket), std::move(responder)}));
        forgetWhenDisconnected(socket);
        socket->disconnectFromHost();
        return;
    }
    if (m_fault == Fault::EndlessChunkedBody || m_fault == Fault::EndlessHeader) {
        // The responder is kept unused, so QHttpServer writes nothing of its own.
        m_held.push_back(std::shared_ptr<HeldResponder>(
                new HeldResponder{QPointer<QTcpSocket>(socket), std::move(responder)}));
        streamEndlessly(socket);
        return;
    }
    if (m_fault == Fault::Hang || m_fault == Fault::Delay) {
        auto held = std::shared_ptr<HeldResponder>(
                new HeldResponder{QPointer<QTcpSocket>(socket), std::move(responder)});
        m_held.push_back(held);
        if (m_fault == Fault::Delay) {
            const Reply reply = registered ? *registered : answer(request);
            QTimer::singleShot(m_faultParameter, this, [this, held, reply] {
                // QHttpServer 6.4 crashes when a responder writes after its client left.
                if (held->socket && held->socket->state() == QAbstractSocket::ConnectedState) {
                    write(held->responder, reply);
                }
                m_held.erase(std::remove(m_held.begin(), m_held.end(), held), m_held.end());
            });
        }
        return;
    }
    write(responder, faultReply());
}

void DevServer::streamEndlessly(QTcpSocket *socket)
{
    QByteArray piece;
    if (m_fault == Fault::EndlessChunkedBody) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n"
                      "b\r\n{\"nonce\": \"\r\n");
        const QByteArray data(64 * 1024, 'a');
        piece = QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
    } else {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
        piece = "X-Padding: " + QByteArray(1000, 'a') + "\r\n";
    }
    // Written as the client takes it, so a client that stops reading stops the stream too.
    const auto feed = [this, socket, piece] {
        while (socket->state() == QAbstractSocket::ConnectedState
                && socket->bytesToWrite() < 256 * 1024) {
            const qint64 written = socket->write(piece);
            if (written <= 0) {
                return;
            }
            m_endlessBytesWritten += written;
        }
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    forgetWhenDisconnected(socket);
    feed();
}

void DevServer::forgetWhenDisconnected(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_held.erase(std::remove_if(m_held.begin(), m_held.end(),
                             [socket](const auto &held) { return held->socket == socket; }),
                m_held.end());
    });
}

bool DevServer::faultApplies(const QHttpServerRequest &request) const
{
    if (m_fault == Fault::None) {
        return false;
    }
    const bool isRegisterPath = request.url().path() == kRegisterPath;
    switch (m_faultTarget) {
    case FaultTarget::AllRequests:
        return true;
    case FaultTarget::NonceRequest:
        return isRegisterPath && request.method() == QHttpServerRequest::Method::Get;
    case FaultTarget::RegisterPost:
    case FaultTarget::AfterRegistering:
        return isRegisterPath && request.method() == QHttpServerRequest::Method::Post;
    }
    return false;
}

DevServer::Reply DevServer::faultReply() const
{
    switch (m_fault) {
    case Fault::MalformedJson:
        return {200, QByteArrayLiteral("{\"nonce\": \"0123456789abcdef"), "application/json", {}};
    case Fault::HtmlBadGateway:
        return {502, htmlPage(502, "Bad Gateway"), "text/html", {}};
    case Fault::HtmlNotFound:
        return {404, htmlPage(404, "Not Found"), "text/html", {}};
    case Fault::HtmlGatewayTimeout:
        return {504, htmlPage(504, "Gateway Time-out"), "text/html", {}};
    case Fault::JsonNotFound:
        return matrixError(404, "M_UNRECOGNIZED", "Unrecognized request");
    case Fault::InternalError:
        return matrixError(500, "M_UNKNOWN", "Internal server error");
    case Fault::Redirect:
        // Only a redirect status is one; any other parameter (--fault's delay) means 302.
        return {m_faultParameter >= 300 && m_faultParameter < 400 ? m_faultParameter : 302, {},
                "text/html", {{QByteArrayLiteral("Location"), m_redirectLocation}}};
    case Fault::OversizedBody:
        return {200,
                QByteArrayLiteral("{\"nonce\": \"") + QByteArray(1536 * 1024, 'a')
                        + QByteArrayLiteral("\"}"),
                "application/json", {}};
    case Fault::TooManyRequests: {
        QJsonObject body{{QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN")},
                {QStringLiteral("error"), QStringLiteral("Rate limited")}};
        if (m_faultParameter > 0) {
            body.insert(QStringLiteral("retry_after_ms"), m_faultParameter);
        }
        return json(body, 429);
    }
    case Fault::None:
    case Fault::Delay:
    case Fault::Hang:
    case Fault::EndlessChunkedBody:
    case Fault::EndlessHeader:
    case Fault::CloseConnection:
        break;
    }
    return matrixError(500, "M_UNKNOWN", "Internal server error");
}

DevServer::Reply DevServer::answer(const QHttpServerRequest &request)
{
    using Method = QHttpServerRequest::Method;
    const QString path = request.url().path();
    const Method method = request.method();
    const auto unrecognized = [] {
        return matrixError(404, "M_UNRECOGNIZED", "Unrecognized request");
    };

    if (method == Method::Options) {
        return {204, {}, {},
                {{"Access-Control-Allow-Origin", "*"},
                        {"Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, DELETE, OPTIONS"},
                        {"Access-Control-Allow-Headers",
                                "X-Requested-With, Content-Type, Authorization, Date"}}};
    }
    // MAS's listener shares the port behind its prefix while it is the issuer Synapse names.
    if (m_flavour == Flavour::Synapse && m_authDelegated
            && path.startsWith(QLatin1String("/mas/"))) {
        return m_mas->answer(request, path.mid(4));
    }
    if (path == kRegisterPath) {
        switch (m_flavour) {
        case Flavour::Synapse:
            if (m_authDelegated) {
                return unrecognized();
            }
            break;
        case Flavour::Tuwunel:
            if (m_authDelegated) { // mas_secret removes the route
                return matrixError(404, "M_UNRECOGNIZED", "Not Found");
            }
            if (m_secret.isEmpty() && (method == Method::Get || method == Method::Post)) {
                return matrixError(400, "M_UNKNOWN", "Shared-secret registration is not enabled");
            }
            break;
        case Flavour::Dendrite:
            if (m_secret.isEmpty()) { // the route is never added
                return unrecognized();
            }
            break;
        }
        if (method == Method::Get) {
            return issueNonce();
        }
        if (method == Method::Post) {
            return registerAccount(request);
        }
        return matrixError(405, "M_UNRECOGNIZED", "Unrecognized request");
    }
    if (method == Method::Get) {
        if (std::optional<Reply> reply = probe(path)) {
            return *reply;
        }
    }
    if (method == Method::Get && path == QLatin1String("/_matrix/client/versions")) {
        return json({{QStringLiteral("versions"),
                             QJsonArray{QStringLiteral("r0.0.1"), QStringLiteral("r0.6.1"),
                                     QStringLiteral("v1.1"), QStringLiteral("v1.11"),
                                     QStringLiteral("v1.12")}},
                {QStringLiteral("unstable_features"), QJsonObject()}});
    }
    if (method == Method::Get && path == QLatin1String("/.well-known/matrix/client")) {
        QJsonObject wellKnown{{QStringLiteral("m.homeserver"),
                QJsonObject{
                        {QStringLiteral("base_url"), baseUrl().toString() + QLatin1Char('/')}}}};
        if (m_flavour == Flavour::Synapse && m_authDelegated) {
            const QString issuer = masIssuer();
            wellKnown.insert(QStringLiteral("org.matrix.msc2965.authentication"),
                    QJsonObject{{QStringLiteral("issuer"), issuer},
                            {QStringLiteral("account"), issuer + QLatin1String("account/")}});
        }
        return json(wellKnown);
    }
    static const QRegularExpression clientPath(QStringLiteral(
            "^/_matrix/client/(?:r0|v3)/(account/whoami|logout|login|profile/([^/]+)(?:/"
            "displayname)?)$"));
    const QRegularExpressionMatch client = clientPath.match(path);
    if (client.hasMatch()) {
        if (client.captured(1) == QLatin1String("account/whoami") && method == Method::Get) {
            return whoami(request);
        }
        if (client.captured(1) == QLatin1String("logout") && method == Method::Post) {
            return logout(request);
        }
        // With MAS, Synapse's login servlet is gone and MAS's compatibility layer answers.
        if (client.captured(1) == QLatin1String("login") && method == Method::Post
                && (!m_authDelegated
                        || (m_flavour == Flavour::Synapse && m_mas->compatibilityLogin()))) {
            return login(request);
        }
        if (!client.captured(2).isEmpty() && method == Method::Get) {
            return profile(QUrl::fromPercentEncoding(client.captured(2).toUtf8()));
        }
    }
    static const QRegularExpression adminUserPath(
            QStringLiteral("^/_synapse/admin/v2/users/([^/]+)$"));
    const QRegularExpressionMatch adminUser = adminUserPath.match(path);
    if (adminUser.hasMatch() && method == Method::Get) {
        return DevServer::adminUser(
                request, QUrl::fromPercentEncoding(adminUser.captured(1).toUtf8()));
    }
    return unrouted();
}

bool DevServer::localpartAvailableForMas(const QString &localpart) const
{
    // The refusals Synapse's check_username gives, which MAS counts as reserved (section 3.1).
    static const QRegularExpression allDigits(QStringLiteral("^\\d+$"));
    const QString userId = QLatin1Char('@') + localpart + QLatin1Char(':') + m_serverName;
    if (m_accounts.contains(localpart.toLower()) || m_reservedLocalparts.contains(localpart)
            || (!m_noticesLocalpart.isEmpty() && localpart == m_noticesLocalpart)
            || allDigits.match(localpart).hasMatch() || userId.size() > 255) {
        return false;
    }
    for (const QString &pattern : std::as_const(m_exclusiveNamespaces)) {
        if (QRegularExpression(QRegularExpression::anchoredPattern(pattern))
                        .match(userId)
                        .hasMatch()) {
            return false;
        }
    }
    return true;
}

void DevServer::provisionForMas(const QString &localpart, const std::optional<QString> &displayName)
{
    // An account adopted with skip_homeserver_check keeps what it had, display name aside.
    Account &account = m_accounts[localpart];
    if (account.userId.isEmpty()) {
        account.userId = QLatin1Char('@') + localpart + QLatin1Char(':') + m_serverName;
        account.creationTs = m_nowSeconds() * 1000;
        account.displayName = localpart;
        qCInfo(lcDevServer) << "provisioned" << account.userId << "for MAS";
    }
    if (displayName) {
        account.displayName = *displayName;
    }
}

DevServer::Reply DevServer::unrouted() const
{
    // Tuwunel's router answers a path it does not know as it answers its removed register route.
    if (m_flavour == Flavour::Tuwunel) {
        return matrixError(404, "M_UNRECOGNIZED", "Not Found");
    }
    return matrixError(404, "M_UNRECOGNIZED", "Unrecognized request");
}

std::optional<DevServer::Reply> DevServer::probe(const QString &path)
{
    const auto named = [this](const char *name) {
        return QJsonObject{{QStringLiteral("name"), QLatin1String(name)},
                {QStringLiteral("version"), version()}};
    };
    if (path == QLatin1String("/_matrix/federation/v1/version")) {
        switch (m_flavour) {
        case Flavour::Synapse:
            return json({{QStringLiteral("server"), named("Synapse")}});
        case Flavour::Dendrite:
            return json({{QStringLiteral("server"), named("Dendrite")}});
        case Flavour::Tuwunel:
            if (!m_federationAllowed) {
                return unrouted();
            }
            return json({{QStringLiteral("server"), named("Tuwunel")}});
        }
    }
    if (path == QLatin1String("/_tuwunel/server_version")) {
        return m_flavour == Flavour::Tuwunel ? json(named("Tuwunel")) : unrouted();
    }
    if (path == QLatin1String("/_synapse/admin/v1/server_version")) {
        if (m_flavour == Flavour::Dendrite) {
            return unrouted();
        }
        return json({{QStringLiteral("server_version"), version()}});
    }
    if (path == QLatin1String("/_matrix/client/v1/auth_metadata")) {
        if (m_flavour == Flavour::Synapse && !m_stableAuthMetadata) {
            return unrouted();
        }
        return authMetadata();
    }
    if (path == QLatin1String("/_matrix/client/unstable/org.matrix.msc2965/auth_metadata")) {
        return authMetadata();
    }
    return std::nullopt;
}

QString DevServer::masIssuer() const
{
    QString issuer = m_masUrl.isEmpty() ? baseUrl().toString() + QLatin1String("/mas/")
                                        : m_masUrl.toString();
    if (!issuer.endsWith(QLatin1Char('/'))) {
        issuer.append(QLatin1Char('/'));
    }
    return issuer;
}

DevServer::Reply DevServer::authMetadata() const
{
    const auto endpoints = [](const QString &issuer,
                                   const QList<QPair<const char *, const char *>> &paths) {
        QJsonObject body{{QStringLiteral("issuer"), issuer}};
        for (const auto &[key, path] : paths) {
            body.insert(QLatin1String(key), issuer + QLatin1String(path));
        }
        return body;
    };
    switch (m_flavour) {
    case Flavour::Synapse: {
        if (!m_authDelegated) {
            return unrouted();
        }
        // MAS's discovery document as Synapse passes it on (shortened as in the document).
        const QString issuer = masIssuer();
        QJsonObject body = endpoints(issuer,
                {{"authorization_endpoint", "authorize"}, {"token_endpoint", "oauth2/token"},
                        {"jwks_uri", "oauth2/keys.json"},
                        {"registration_endpoint", "oauth2/registration"},
                        {"revocation_endpoint", "oauth2/revoke"},
                        {"introspection_endpoint", "oauth2/introspect"},
                        {"userinfo_endpoint", "oauth2/userinfo"},
                        {"device_authorization_endpoint", "oauth2/device"},
                        {"org.matrix.matrix-authentication-service.graphql_endpoint", "graphql"},
                        {"account_management_uri", "account/"}});
        body.insert(QStringLiteral("scopes_supported"),
                QJsonArray{QStringLiteral("openid"), QStringLiteral("email")});
        body.insert(QStringLiteral("grant_types_supported"),
                QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                        QStringLiteral("client_credentials"),
                        QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")});
        body.insert(QStringLiteral("token_endpoint_auth_methods_supported"),
                QJsonArray{QStringLiteral("client_secret_basic"),
                        QStringLiteral("client_secret_post"), QStringLiteral("client_secret_jwt"),
                        QStringLiteral("private_key_jwt"), QStringLiteral("none")});
        body.insert(QStringLiteral("account_management_actions_supported"),
                QJsonArray{QStringLiteral("org.matrix.profile"),
                        QStringLiteral("org.matrix.devices_list")});
        Reply reply = json(body);
        reply.headers.append({QByteArrayLiteral("Cache-Control"),
                QByteArrayLiteral(
                        "public, max-age=600, s-maxage=3600, stale-while-revalidate=600")});
        return reply;
    }
    case Flavour::Tuwunel: {
        // With mas_secret Tuwunel keeps its own issuer: MAS is only its upstream provider.
        if (!m_oidcServer && !m_authDelegated) {
            return matrixError(404, "M_UNRECOGNIZED", "OIDC server not configured");
        }
        QJsonObject body = endpoints(baseUrl().toString() + QLatin1Char('/'),
                {{"authorization_endpoint", "_tuwunel/oidc/authorize"},
                        {"token_endpoint", "_tuwunel/oidc/token"},
                        {"registration_endpoint", "_tuwunel/oidc/registration"},
                        {"revocation_endpoint", "_tuwunel/oidc/revoke"},
                        {"jwks_uri", "_tuwunel/oidc/jwks"}});
        body.insert(QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")});
        body.insert(QStringLiteral("grant_types_supported"),
                QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")});
        body.insert(QStringLiteral("code_challenge_methods_supported"),
                QJsonArray{QStringLiteral("S256")});
        return json(body);
    }
    case Flavour::Dendrite:
        break;
    }
    return unrouted();
}

void DevServer::purgeExpiredNonces()
{
    const qint64 now = m_nowSeconds();
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (now - it.value() > nonceLifetimeSeconds()) {
            it = m_nonces.erase(it);
        } else {
            ++it;
        }
    }
}

qint64 DevServer::nonceLifetimeSeconds() const
{
    switch (m_flavour) {
    case Flavour::Tuwunel:
        return kTuwunelNonceLifetimeSeconds;
    case Flavour::Dendrite:
        return kDendriteNonceLifetimeSeconds;
    case Flavour::Synapse:
        break;
    }
    return kSynapseNonceLifetimeSeconds;
}

DevServer::Reply DevServer::issueNonce()
{
    purgeExpiredNonces();
    QString nonce;
    switch (m_flavour) {
    case Flavour::Synapse: {
        QByteArray bytes(64, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 16);
        nonce = QString::fromLatin1(bytes.toHex());
        break;
    }
    case Flavour::Tuwunel:
        // It holds at most 2048; the oldest makes room (the document does not say which goes).
        while (m_nonces.size() >= kTuwunelMaxNonces && !m_nonceOrder.isEmpty()) {
            m_nonces.remove(m_nonceOrder.takeFirst());
        }
        nonce = randomString(32, kAlphanumerics);
        break;
    case Flavour::Dendrite:
        nonce = randomString(16, kAlphanumerics);
        break;
    }
    m_nonces.insert(nonce, m_nowSeconds());
    m_nonceOrder.append(nonce);
    m_noncesIssued.append(nonce);
    return json({{QStringLiteral("nonce"), nonce}});
}

bool DevServer::takeNonce(const QString &nonce)
{
    m_noncesPresented.append(nonce);
    purgeExpiredNonces();
    if (!m_nonces.contains(nonce)) {
        return false;
    }
    if (m_flavour != Flavour::Dendrite) {
        m_nonces.remove(nonce);
    }
    return true;
}

DevServer::Reply DevServer::registerAccount(const QHttpServerRequest &request)
{
    if (m_flavour == Flavour::Synapse) {
        return registerAsSynapse(request);
    }
    RegistrationContext context;
    context.secret = m_secret;
    context.serverName = m_serverName;
    context.takeNonce = [this](const QString &nonce) { return takeNonce(nonce); };
    context.isTaken = [this](const QString &localpart) { return m_accounts.contains(localpart); };
    const RegistrationOutcome outcome = m_flavour == Flavour::Tuwunel
            ? TuwunelRegistration::check(request.body(), context)
            : DendriteRegistration::check(request.body(), context);
    if (!outcome.accepted()) {
        return {outcome.status, outcome.refusal, "application/json", {}};
    }
    return createAccount(outcome);
}

DevServer::Reply DevServer::createAccount(const RegistrationOutcome &accepted)
{
    const QString userId = QLatin1Char('@') + accepted.localpart + QLatin1Char(':') + m_serverName;
    Account account;
    account.userId = userId;
    account.admin = accepted.admin;
    account.userType = accepted.userType;
    account.creationTs = m_nowSeconds() * 1000;
    account.passwordDigest =
            QCryptographicHash::hash(accepted.password.toUtf8(), QCryptographicHash::Sha256);
    account.displayName = accepted.localpart;
    m_accounts.insert(accepted.localpart, account);
    qCInfo(lcDevServer) << "created" << userId << (accepted.admin ? "(admin)" : "");

    QJsonObject reply{{QStringLiteral("user_id"), userId}};
    if (m_flavour != Flavour::Dendrite) {
        reply.insert(QStringLiteral("home_server"), m_serverName);
    }
    if (accepted.inhibitLogin) {
        return json(reply);
    }
    startSession(accepted.localpart, accepted.deviceId, &reply);
    if (accepted.refreshToken) {
        reply.insert(QStringLiteral("refresh_token"), randomString(32, kAlphanumerics));
        reply.insert(QStringLiteral("expires_in_ms"), 300000);
    }
    return json(reply);
}

DevServer::Reply DevServer::registerAsSynapse(const QHttpServerRequest &request)
{
    // The order of these checks is Synapse's; the first failure answers.
    purgeExpiredNonces();
    if (m_secret.isEmpty()) {
        return matrixError(400, "M_UNKNOWN", "Shared secret registration is not enabled");
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return matrixError(400, "M_NOT_JSON", "Content not JSON.");
    }
    if (!document.isObject()) {
        return matrixError(400, "M_BAD_JSON", "Content must be a JSON object.");
    }
    const QJsonObject body = document.object();
    if (!body.contains(QStringLiteral("nonce"))) {
        return matrixError(400, "M_BAD_JSON", "nonce must be specified");
    }
    const QJsonValue nonceValue = body.value(QStringLiteral("nonce"));
    if (nonceValue.isArray() || nonceValue.isObject()) {
        return matrixError(500, "M_UNKNOWN", "Internal server error"); // unhashable in Python
    }
    const QString nonce = nonceValue.toString();
    m_noncesPresented.append(nonce);
    if (!nonceValue.isString() || !m_nonces.contains(nonce)) {
        return matrixError(400, "M_UNKNOWN", "unrecognised nonce");
    }
    // Deleted now: every later failure burns it.
    m_nonces.remove(nonce);

    if (!body.contains(QStringLiteral("username"))) {
        return matrixError(400, "M_BAD_JSON", "username must be specified");
    }
    const QJsonValue usernameValue = body.value(QStringLiteral("username"));
    if (!isValidUsernameOrPassword(usernameValue)) {
        return matrixError(400, "M_UNKNOWN", "Invalid username");
    }
    if (!body.contains(QStringLiteral("password"))) {
        return matrixError(400, "M_BAD_JSON", "password must be specified");
    }
    const QJsonValue passwordValue = body.value(QStringLiteral("password"));
    if (!isValidUsernameOrPassword(passwordValue)) {
        return matrixError(400, "M_UNKNOWN", "Invalid password");
    }
    const QJsonValue userTypeValue = body.value(QStringLiteral("user_type"));
    QString userType;
    if (!userTypeValue.isUndefined() && !userTypeValue.isNull()) {
        const QStringList allowed =
                QStringList{QStringLiteral("support"), QStringLiteral("bot")} + m_extraUserTypes;
        if (!userTypeValue.isString() || !allowed.contains(userTypeValue.toString())) {
            return matrixError(400, "M_UNKNOWN", "Invalid user type");
        }
        userType = userTypeValue.toString();
    }
    if (!body.contains(QStringLiteral("mac"))) {
        return matrixError(400, "M_BAD_JSON", "mac must be specified");
    }
    const QJsonValue macValue = body.value(QStringLiteral("mac"));
    if (!macValue.isString()) {
        return matrixError(500, "M_UNKNOWN", "Internal server error");
    }

    const QString username = usernameValue.toString();
    const bool admin = isTruthy(body.value(QStringLiteral("admin")));
    QByteArrayList parts{nonce.toUtf8(), username.toUtf8(), passwordValue.toString().toUtf8(),
            admin ? QByteArrayLiteral("admin") : QByteArrayLiteral("notadmin")};
    if (!userType.isEmpty()) {
        parts.append(userType.toUtf8());
    }
    const QByteArray expected =
            QMessageAuthenticationCode::hash(parts.join('\0'), m_secret, QCryptographicHash::Sha1)
                    .toHex();
    if (!sameMac(expected, macValue.toString().toUtf8())) {
        return matrixError(403, "M_UNKNOWN", "HMAC incorrect");
    }

    const QJsonValue refreshValue = body.value(QStringLiteral("refresh_token"));
    if (!refreshValue.isUndefined() && !refreshValue.isBool()) {
        return matrixError(400, "M_UNKNOWN", "refresh_token must be a boolean");
    }
    const QString localpart = username.toLower();
    if (m_spamDenied.contains(localpart)) {
        return matrixError(429, "M_UNKNOWN", "Rate limited");
    }
    static const QRegularExpression allowedCharacters(QStringLiteral("^[a-z0-9._=\\-/+]*$"));
    if (!allowedCharacters.match(localpart).hasMatch()) {
        return matrixError(400, "M_INVALID_USERNAME",
                "User ID can only contain characters a-z, 0-9, or '=_-./+'");
    }
    if (localpart.isEmpty()) {
        return matrixError(400, "M_INVALID_USERNAME", "User ID cannot be empty");
    }
    if (localpart.startsWith(QLatin1Char('_')) && !m_allowUnderscorePrefix) {
        return matrixError(400, "M_INVALID_USERNAME", "User ID may not begin with _");
    }
    const QString userId = QLatin1Char('@') + localpart + QLatin1Char(':') + m_serverName;
    if (!m_noticesLocalpart.isEmpty() && localpart == m_noticesLocalpart) {
        return matrixError(400, "M_EXCLUSIVE", "This user ID is reserved.");
    }
    for (const QString &pattern : std::as_const(m_exclusiveNamespaces)) {
        if (QRegularExpression(QRegularExpression::anchoredPattern(pattern))
                        .match(userId)
                        .hasMatch()) {
            return matrixError(
                    400, "M_EXCLUSIVE", "This user ID is reserved by an application service.");
        }
    }
    if (userId.size() > 255) {
        return matrixError(
                400, "M_INVALID_USERNAME", "User ID may not be longer than 255 characters");
    }
    if (m_accounts.contains(localpart)) {
        return matrixError(400, "M_USER_IN_USE", "User ID already taken.");
    }
    static const QRegularExpression allDigits(QStringLiteral("^\\d+$"));
    if (allDigits.match(localpart).hasMatch()) {
        return matrixError(
                400, "M_INVALID_USERNAME", "Numeric user IDs are reserved for guest users.");
    }

    Account account;
    account.userId = userId;
    account.admin = admin;
    account.userType = userType;
    account.creationTs = m_nowSeconds() * 1000;
    account.passwordDigest =
            QCryptographicHash::hash(passwordValue.toString().toUtf8(), QCryptographicHash::Sha256);
    const QJsonValue displayName = body.value(QStringLiteral("displayname"));
    if (displayName.isUndefined() || displayName.isNull()) {
        account.displayName = localpart;
    } else if (displayName.isString()) {
        if (!displayName.toString().isEmpty()) {
            account.displayName = displayName.toString();
        }
    } else if (displayName.isDouble()) {
        account.displayName = QString::number(displayName.toDouble());
    }
    m_accounts.insert(localpart, account);
    qCInfo(lcDevServer) << "created" << userId << (admin ? "(admin)" : "");

    QJsonObject reply{
            {QStringLiteral("user_id"), userId}, {QStringLiteral("home_server"), m_serverName}};
    if (isTruthy(body.value(QStringLiteral("inhibit_login")))) {
        return json(reply);
    }
    const QJsonValue requestedDevice = body.value(QStringLiteral("device_id"));
    startSession(
            localpart, requestedDevice.isString() ? requestedDevice.toString() : QString(), &reply);
    const QLatin1String letters("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    if (refreshValue.toBool()) {
        reply.insert(
                QStringLiteral("refresh_token"), QLatin1String("syr_") + randomString(20, letters));
        reply.insert(QStringLiteral("expires_in_ms"), 300000);
    } else if (m_sessionLifetimeMs) {
        reply.insert(QStringLiteral("expires_in_ms"), double(*m_sessionLifetimeMs));
    }
    return json(reply);
}

void DevServer::startSession(const QString &localpart, const QString &deviceId, QJsonObject *reply)
{
    const QString device = deviceId.isEmpty()
            ? randomString(10, QLatin1String("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
            : deviceId;
    // Synapse's tokens carry the localpart; the others' are opaque random strings.
    const QString token = m_flavour != Flavour::Synapse ? randomString(32, kAlphanumerics)
                                                        : QLatin1String("syt_")
                    + QString::fromLatin1(localpart.toUtf8().toBase64(
                            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                    + QLatin1Char('_')
                    + randomString(20,
                            QLatin1String("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
                    + QLatin1Char('_') + randomString(6, kAlphanumerics);
    m_sessions.insert(token, Session{localpart, device});
    reply->insert(QStringLiteral("access_token"), token);
    reply->insert(QStringLiteral("device_id"), device);
}

void DevServer::setLoginRateLimit(double perSecond, int burst)
{
    m_loginPerSecond = perSecond;
    m_loginBurst = burst;
    m_loginTokens = burst;
    m_loginClock.start();
}

DevServer::Reply DevServer::login(const QHttpServerRequest &request)
{
    if (m_loginPerSecond > 0) {
        m_loginTokens = qMin<double>(
                m_loginBurst, m_loginTokens + m_loginClock.restart() / 1000.0 * m_loginPerSecond);
        if (m_loginTokens < 1) {
            ++m_loginCount;
            const qint64 wait = qint64((1 - m_loginTokens) / m_loginPerSecond * 1000) + 1;
            return json({{QStringLiteral("errcode"), QStringLiteral("M_LIMIT_EXCEEDED")},
                                {QStringLiteral("error"), QStringLiteral("Too Many Requests")},
                                {QStringLiteral("retry_after_ms"), double(wait)}},
                    429);
        }
        m_loginTokens -= 1;
    }
    // As Synapse's m.login.password: the user as a localpart or a full ID, in
    // identifier.user or the older top-level "user"; any wrong name or password is one answer.
    ++m_loginCount;
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QString type = body.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("m.login.password")) {
        return json({{QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN")},
                            {QStringLiteral("error"), QLatin1String("Unknown login type ") + type}},
                400);
    }
    QString user = body.value(QStringLiteral("identifier"))
                           .toObject()
                           .value(QStringLiteral("user"))
                           .toString(body.value(QStringLiteral("user")).toString());
    const QString suffix = QLatin1Char(':') + m_serverName;
    if (user.startsWith(QLatin1Char('@')) && user.endsWith(suffix)) {
        user = user.mid(1, user.size() - 1 - suffix.size());
    }
    const QString localpart = user.toLower();
    const QString password = body.value(QStringLiteral("password")).toString();
    // Our choice: MAS's compatibility login refuses with Synapse's words, also when password
    // login is off (the document gives neither text).
    const bool matches = m_authDelegated ? m_mas->passwordLoginMatches(localpart, password)
                                         : passwordMatches(localpart, password);
    if (!matches) {
        return matrixError(403, "M_FORBIDDEN", "Invalid username or password");
    }
    QJsonObject reply{{QStringLiteral("user_id"), m_accounts.value(localpart).userId},
            {QStringLiteral("home_server"), m_serverName}};
    startSession(localpart, {}, &reply);
    return json(reply);
}

std::optional<DevServer::Session> DevServer::sessionFor(
        const QHttpServerRequest &request, Reply *error) const
{
    QByteArray token;
    const QByteArray authorization = request.value("Authorization");
    if (authorization.startsWith("Bearer ")) {
        token = authorization.mid(7).trimmed();
    } else {
        token = request.query().queryItemValue(QStringLiteral("access_token")).toUtf8();
    }
    if (token.isEmpty()) {
        *error = matrixError(401, "M_MISSING_TOKEN", "Missing access token");
        return std::nullopt;
    }
    const auto it = m_sessions.constFind(QString::fromUtf8(token));
    // Our choice: an expired MAS token is refused as an unknown one (introspection: inactive).
    if (it == m_sessions.constEnd() || (it->expiresAt && m_nowSeconds() >= *it->expiresAt)) {
        *error = json(
                {{QStringLiteral("errcode"), QStringLiteral("M_UNKNOWN_TOKEN")},
                        {QStringLiteral("error"), QStringLiteral("Invalid access token passed.")},
                        {QStringLiteral("soft_logout"), false}},
                401);
        return std::nullopt;
    }
    return *it;
}

DevServer::Reply DevServer::whoami(const QHttpServerRequest &request)
{
    Reply error;
    const std::optional<Session> session = sessionFor(request, &error);
    if (!session) {
        return error;
    }
    QJsonObject reply{{QStringLiteral("user_id"), m_accounts.value(session->localpart).userId},
            {QStringLiteral("is_guest"), false}};
    // As Synapse: no device_id for a token without one, such as a MAS personal session
    // whose scope names no urn:matrix:client:device:.
    if (!session->deviceId.isEmpty()) {
        reply.insert(QStringLiteral("device_id"), session->deviceId);
    }
    return json(reply);
}

DevServer::Reply DevServer::logout(const QHttpServerRequest &request)
{
    Reply error;
    if (!sessionFor(request, &error)) {
        return error;
    }
    const QByteArray authorization = request.value("Authorization");
    QString token = QString::fromUtf8(authorization.mid(7).trimmed());
    if (!authorization.startsWith("Bearer ")) {
        token = request.query().queryItemValue(QStringLiteral("access_token"));
    }
    m_sessions.remove(token);
    return json({});
}

DevServer::Reply DevServer::profile(const QString &userId)
{
    for (const Account &account : std::as_const(m_accounts)) {
        if (account.userId == userId && account.displayName) {
            return json({{QStringLiteral("displayname"), *account.displayName}});
        }
    }
    return matrixError(404, "M_NOT_FOUND", "Profile was not found");
}

DevServer::Reply DevServer::adminUser(const QHttpServerRequest &request, const QString &userId)
{
    Reply error;
    const std::optional<Session> session = sessionFor(request, &error);
    if (!session) {
        return error;
    }
    if (!m_accounts.value(session->localpart).admin && !session->synapseAdmin) {
        return matrixError(403, "M_FORBIDDEN", "You are not a server admin");
    }
    for (const Account &account : std::as_const(m_accounts)) {
        if (account.userId == userId) {
            return json({{QStringLiteral("name"), account.userId},
                    {QStringLiteral("admin"), account.admin}, {QStringLiteral("is_guest"), false},
                    {QStringLiteral("deactivated"), false},
                    {QStringLiteral("creation_ts"), double(account.creationTs)},
                    {QStringLiteral("user_type"),
                            account.userType.isEmpty() ? QJsonValue()
                                                       : QJsonValue(account.userType)},
                    {QStringLiteral("displayname"),
                            account.displayName ? QJsonValue(*account.displayName)
                                                : QJsonValue()}});
        }
    }
    return matrixError(404, "M_NOT_FOUND", "User not found");
}

DevServer::Reply DevServer::json(const QJsonObject &object, int status)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
}

DevServer::Reply DevServer::matrixError(int status, const char *errcode, const char *message)
{
    return json({{QStringLiteral("errcode"), QLatin1String(errcode)},
                        {QStringLiteral("error"), QLatin1String(message)}},
            status);
}

void DevServer::write(QHttpServerResponder &responder, const Reply &reply) const
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    if (!reply.contentType.isEmpty()) {
        responder.writeHeader("Content-Type", reply.contentType);
    }
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    const bool ownCacheControl = std::any_of(reply.headers.begin(), reply.headers.end(),
            [](const auto &header) { return header.first == "Cache-Control"; });
    if (!ownCacheControl) {
        responder.writeHeader("Cache-Control", "no-cache, no-store, must-revalidate");
    }
    // Synapse names itself in the Server header (mas-admin-api.md 1.1); the others stay silent
    // so that nothing but their own probes tells them apart.
    if (m_flavour == Flavour::Synapse) {
        responder.writeHeader("Server", "Synapse/" + version().toUtf8());
    }
    for (const auto &[name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(reply.body);
}

} // namespace registrar::devserver
