// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MasAdminApi.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

namespace registrar::devserver {

struct RegistrationOutcome;

/*!
 * A local homeserver on 127.0.0.1 that answers the shared-secret registration API as
 * ../shared/docs/registration-protocol.md describes the newest Synapse: the checks in Synapse's
 * order with its statuses, errcodes and messages, single-use nonces with a 60 s lifetime on an
 * injectable clock, whoami and logout for the tokens it hands out, and fault switches for the
 * failures real deployments produce. It verifies MACs with its own code, not the client's.
 * As Tuwunel or Dendrite (setFlavour) it answers as ../shared/docs/mas-admin-api.md section 6
 * describes those, and every flavour answers the backend probes of section 1.1.
 */
class DevServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        Delay, //!< answer normally after faultParameter ms
        Hang, //!< never answer
        MalformedJson, //!< 200 with truncated JSON
        HtmlBadGateway, //!< a proxy's 502 page
        HtmlNotFound, //!< a proxy's 404 page: /_synapse/admin not forwarded
        JsonNotFound, //!< Synapse's 404 M_UNRECOGNIZED: MAS, or a worker
        InternalError, //!< 500 M_UNKNOWN
        Redirect, //!< faultParameter (default 302) to redirectLocation
        OversizedBody, //!< a valid JSON body of 1.5 MiB
        TooManyRequests, //!< 429; retry_after_ms = faultParameter when > 0
        EndlessChunkedBody, //!< 200 with a chunked JSON body that never ends
        EndlessHeader, //!< a status line, then header lines that never end
        HtmlGatewayTimeout, //!< a proxy's 504 page
        CloseConnection, //!< the connection closed without an answer
    };
    Q_ENUM(Fault)

    /*!
     * Which requests misbehave. AfterRegistering serves the registration POST first (the account
     * is created) and then answers with the fault: a proxy or a connection that lost the answer.
     */
    enum class FaultTarget { AllRequests, NonceRequest, RegisterPost, AfterRegistering };
    Q_ENUM(FaultTarget)

    //! Which homeserver it answers as.
    enum class Flavour { Synapse, Tuwunel, Dendrite };
    Q_ENUM(Flavour)

    struct Account
    {
        QString userId;
        std::optional<QString> displayName;
        bool admin = false;
        QString userType;
        qint64 creationTs = 0;
        QByteArray passwordDigest; //!< SHA-256, so tests can check what arrived
    };

    explicit DevServer(QObject *parent = nullptr);
    ~DevServer() override;

    /*!
     * Listens on 127.0.0.1; \a port 0 picks a free one. Returns the port, 0 on failure. Called
     * again, it listens on one more port, like a homeserver with several listeners; baseUrl()
     * names the last.
     */
    quint16 listen(quint16 port = 0);
    //! The same over TLS with \a certificate; baseUrl() is then https.
    quint16 listenTls(const QSslCertificate &certificate, const QSslKey &key, quint16 port = 0);
    QUrl baseUrl() const;

    //! An empty secret means "shared-secret registration is not enabled".
    void setSharedSecret(const QByteArray &secret) { m_secret = secret; }

    void setServerName(const QString &name) { m_serverName = name; }

    QString serverName() const { return m_serverName; }

    //! The version the probes report; unset, the flavour's (1.157.1, 1.9.0, 0.15.2).
    void setVersion(const QString &version) { m_version = version; }

    QString version() const;

    //! Synapse by default. Nonces issued before a change stay valid by the new flavour's rules.
    void setFlavour(Flavour flavour) { m_flavour = flavour; }

    Flavour flavour() const { return m_flavour; }

    //! synapse, tuwunel, dendrite.
    static std::optional<Flavour> flavourFromName(const QString &name);
    static QStringList flavourNames();

    //! Tuwunel's allow_federation: without it, the federation version probe is not routed.
    void setFederationAllowed(bool allowed) { m_federationAllowed = allowed; }

    /*!
     * The MAS issuer that a Synapse delegating to MAS reports in auth_metadata; unset, this
     * server's own /mas/ path, where mas() answers.
     */
    void setMasUrl(const QUrl &url) { m_masUrl = url; }

    /*!
     * The MAS that a delegating Synapse provisions, on this server's port under /mas/ (a MAS
     * listener prefix). Its accounts are also created here, in the same call.
     */
    MasAdminApi &mas() { return *m_mas; }

    //! Names Synapse's is_localpart_available refuses (M_EXCLUSIVE), as reserved ones.
    void reserveLocalpart(const QString &localpart) { m_reservedLocalparts.append(localpart); }

    //! false: a Synapse older than 1.138, which has only the unstable auth_metadata path.
    void setStableAuthMetadata(bool stable) { m_stableAuthMetadata = stable; }

    //! Tuwunel's own OIDC server: auth_metadata answers with its /_tuwunel/oidc/ issuer.
    void setOidcServerConfigured(bool configured) { m_oidcServer = configured; }

    void setServerNoticesLocalpart(const QString &localpart) { m_noticesLocalpart = localpart; }

    //! A regular expression over full user IDs, as in an appservice's exclusive namespace.
    void addExclusiveNamespace(const QString &regex);

    void setExtraUserTypes(const QStringList &types) { m_extraUserTypes = types; }

    void setAllowUnderscorePrefix(bool allow) { m_allowUnderscorePrefix = allow; }

    /*!
     * Auth delegated to MAS: the registration servlet is gone, auth_metadata answers. On Tuwunel
     * this is mas_secret: the route is gone, auth_metadata keeps Tuwunel's own issuer. Dendrite
     * has no MAS support and ignores it.
     */
    void setAuthDelegated(bool delegated) { m_authDelegated = delegated; }

    /*!
     * Limits password logins as Synapse's rc_login does per address: \a burst at once, then
     * \a perSecond; beyond it, 429 M_LIMIT_EXCEEDED with retry_after_ms. Off by default.
     */
    void setLoginRateLimit(double perSecond, int burst);

    //! Tokens get expires_in_ms, as with session_lifetime.
    void setSessionLifetimeMs(std::optional<qint64> ms) { m_sessionLifetimeMs = ms; }

    //! A spam-checker module that denies these localparts (429 "Rate limited").
    void denyBySpamChecker(const QString &localpart) { m_spamDenied.append(localpart); }

    //! Seconds since the epoch; the nonce lifetime runs on it.
    void setClock(std::function<qint64()> nowSeconds) { m_nowSeconds = std::move(nowSeconds); }

    void setFault(Fault fault, FaultTarget target = FaultTarget::AllRequests, int parameter = 0);

    void setRedirectLocation(const QByteArray &location) { m_redirectLocation = location; }

    static std::optional<Fault> faultFromName(const QString &name);
    static QStringList faultNames();
    //! all, nonce, register, after-register.
    static std::optional<FaultTarget> faultTargetFromName(const QString &name);
    static QStringList faultTargetNames();

    // What tests look at.
    std::optional<Account> account(const QString &localpart) const;
    bool passwordMatches(const QString &localpart, const QString &password) const;

    int accountCount() const { return int(m_accounts.size()); }

    int liveNonceCount() const { return int(m_nonces.size()); }

    int sessionCount() const { return int(m_sessions.size()); }

    int requestCount() const { return m_requestCount; }

    //! Password logins tried, whether they worked or not.
    int loginCount() const { return m_loginCount; }

    //! Bytes an endless fault has written so far: how much a client let itself be sent.
    qint64 endlessBytesWritten() const { return m_endlessBytesWritten; }

    //! The local port of each request for \a path, in order: which listener it came to.
    QList<quint16> portsReached(const QString &path) const { return m_portsReached.value(path); }

    QStringList noncesIssued() const { return m_noncesIssued; }

    QStringList noncesPresented() const { return m_noncesPresented; }

private:
    using Reply = HttpReply;

    struct Session
    {
        QString localpart;
        QString deviceId;
        bool synapseAdmin = false; //!< a MAS token with urn:synapse:admin:*
        //! A MAS token's expires_at, seconds since the epoch.
        std::optional<qint64> expiresAt = std::nullopt;
    };

    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void streamEndlessly(QTcpSocket *socket);
    //! Drops the held responder of \a socket once the client is gone.
    void forgetWhenDisconnected(QTcpSocket *socket);
    bool faultApplies(const QHttpServerRequest &request) const;
    Reply faultReply() const;
    Reply answer(const QHttpServerRequest &request);
    Reply issueNonce();
    Reply registerAccount(const QHttpServerRequest &request);
    Reply registerAsSynapse(const QHttpServerRequest &request);
    //! Creates what a flavour's checks accepted and answers with the flavour's 200 body.
    Reply createAccount(const RegistrationOutcome &accepted);
    bool takeNonce(const QString &nonce);
    //! The backend probes of mas-admin-api.md section 1.1, or nothing for other paths.
    std::optional<Reply> probe(const QString &path);
    Reply authMetadata() const;
    QString masIssuer() const;
    Reply unrouted() const;
    //! Whether Synapse's is_localpart_available would answer that \a localpart is free.
    bool localpartAvailableForMas(const QString &localpart) const;
    //! Synapse's provision_user: the account MAS asks for, created or updated.
    void provisionForMas(const QString &localpart, const std::optional<QString> &displayName);
    Reply login(const QHttpServerRequest &request);
    //! A new device and access token for \a localpart, added to \a reply.
    void startSession(const QString &localpart, const QString &deviceId, QJsonObject *reply);
    qint64 nonceLifetimeSeconds() const;
    Reply whoami(const QHttpServerRequest &request);
    Reply logout(const QHttpServerRequest &request);
    Reply profile(const QString &userId);
    Reply adminUser(const QHttpServerRequest &request, const QString &userId);
    void purgeExpiredNonces();
    std::optional<Session> sessionFor(const QHttpServerRequest &request, Reply *error) const;
    static Reply json(const QJsonObject &object, int status = 200);
    static Reply matrixError(int status, const char *errcode, const char *message);
    void write(QHttpServerResponder &responder, const Reply &reply) const;

    QHttpServer m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    QByteArray m_secret;
    QString m_serverName = QStringLiteral("localhost");
    QString m_version;
    Flavour m_flavour = Flavour::Synapse;
    bool m_federationAllowed = true;
    QUrl m_masUrl;
    bool m_stableAuthMetadata = true;
    bool m_oidcServer = false;
    QString m_noticesLocalpart;
    QStringList m_exclusiveNamespaces;
    QStringList m_extraUserTypes;
    QStringList m_spamDenied;
    QStringList m_reservedLocalparts;
    std::unique_ptr<MasAdminApi> m_mas;
    bool m_allowUnderscorePrefix = false;
    bool m_authDelegated = false;
    std::optional<qint64> m_sessionLifetimeMs;
    std::function<qint64()> m_nowSeconds;

    Fault m_fault = Fault::None;
    FaultTarget m_faultTarget = FaultTarget::AllRequests;
    int m_faultParameter = 0;
    int m_loginCount = 0;
    double m_loginPerSecond = 0; //!< 0: logins are not limited
    double m_loginTokens = 0;
    int m_loginBurst = 0;
    QElapsedTimer m_loginClock;
    QByteArray m_redirectLocation =
            QByteArrayLiteral("https://elsewhere.invalid/_synapse/admin/v1/register");

    QHash<QString, qint64> m_nonces; // nonce -> issue time, whole seconds
    QStringList m_nonceOrder; // oldest first, for Tuwunel's limit; may name spent nonces
    QHash<QString, Account> m_accounts; // lowercased localpart -> account
    QHash<QString, Session> m_sessions; // access token -> session
    QStringList m_noncesIssued;
    QStringList m_noncesPresented;
    int m_requestCount = 0;
    qint64 m_endlessBytesWritten = 0;
    QHash<QString, QList<quint16>> m_portsReached;

    struct HeldResponder;
    std::vector<std::shared_ptr<HeldResponder>> m_held;
};

} // namespace registrar::devserver
