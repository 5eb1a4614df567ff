// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpReply.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include <functional>
#include <initializer_list>
#include <optional>

class QHttpServerRequest;
class QJsonObject;

namespace registrar::devserver {

//! What MAS asks of the homeserver it provisions, as Synapse's /_synapse/mas/ endpoints answer.
struct MasHomeserver
{
    //! is_localpart_available: false when Synapse would refuse the name (in use, reserved).
    std::function<bool(const QString &localpart)> isLocalpartAvailable;
    //! provision_user: creates the Synapse account, or updates one that already exists.
    std::function<void(const QString &localpart, const std::optional<QString> &displayName)>
            provisionUser;
    //! A token Synapse accepts for \a localpart until \a expiresAt (introspection: active).
    std::function<void(const QString &localpart, const QString &token, const QString &deviceId,
            bool synapseAdmin, std::optional<qint64> expiresAt)>
            acceptToken;
    std::function<qint64()> nowSeconds;
};

/*!
 * The MAS listener of the local homeserver, behind its /mas/ prefix: the token endpoint with
 * client credentials and the admin API calls that create an account, as
 * ../shared/docs/mas-admin-api.md sections 2 to 4 describe MAS 1.22 (or an older MAS, by
 * setMasVersion), with MAS's literal bodies. Paths given to answer() are without the prefix.
 */
class MasAdminApi
{
public:
    enum class ClientAuthMethod { Basic, Post };

    using Reply = HttpReply;

    /*!
     * How the homeserver lets MAS down while POST /api/admin/v1/users runs (section 3.1 steps 3
     * and 4, and the 500 row of section 3.7). Each is a 500 with MAS's first title and a cause
     * chain. All but CommitFails leave nothing behind.
     */
    enum class ProvisioningFailure {
        None,
        CheckUnreachable, //!< is_localpart_available gets no answer
        CheckError, //!< is_localpart_available answers with an unexpected error
        ProvisionUnreachable, //!< provision_user gets no answer; MAS rolls back
        ProvisionError, //!< provision_user answers with an unexpected error; MAS rolls back
        /*!
         * provision_user created the Synapse account, then MAS's own commit failed: MAS has no
         * user, Synapse has an orphan, and a retry gets 409 reserved unless it skips the check.
         */
        CommitFails,
    };

    //! Once: the first POST /users that gets that far fails and the next one works.
    enum class FailureRepeat { Once, Always };

    struct User
    {
        QString id; //!< ULID
        QString username;
        qint64 createdAt = 0; //!< seconds since the epoch
        bool admin = false; //!< can_request_admin
        QByteArray passwordDigest; //!< SHA-256; empty: no password set
        QStringList emails;
    };

    explicit MasAdminApi(MasHomeserver homeserver);

    // The admin client of clients: and policy.data.admin_clients.
    void setClientId(const QString &id) { m_clientId = id; }

    QString clientId() const { return m_clientId; }

    void setClientSecret(const QString &secret) { m_clientSecret = secret; }

    void setClientAuthMethod(ClientAuthMethod method) { m_clientAuthMethod = method; }

    //! false: the client is missing from policy.data.admin_clients.
    void setAdminClient(bool admin) { m_adminClient = admin; }

    //! experimental.access_token_ttl; 300 s by default.
    void setAccessTokenTtl(qint64 seconds) { m_tokenTtl = seconds; }

    //! passwords.enabled
    void setPasswordLoginEnabled(bool enabled) { m_passwordsEnabled = enabled; }

    //! On: every password is too weak for passwords.minimum_complexity unless the check is skipped.
    void setWeakPasswords(bool weak) { m_weakPasswords = weak; }

    //! false: no listener has the adminapi resource; its paths get MAS's HTML 404.
    void setAdminApiMounted(bool mounted) { m_adminApiMounted = mounted; }

    void setProvisioningFailure(
            ProvisioningFailure failure, FailureRepeat repeat = FailureRepeat::Always)
    {
        m_provisioningFailure = failure;
        m_failureRepeat = repeat;
    }

    //! check-unreachable, check-error, provision-unreachable, provision-error, orphan.
    static std::optional<ProvisioningFailure> provisioningFailureFromName(const QString &name);
    static QStringList provisioningFailureNames();

    //! 1.22.0 by default. Routes and fields newer than the version are absent, as in section 7.
    void setMasVersion(const QVersionNumber &version) { m_version = version; }

    QVersionNumber masVersion() const { return m_version; }

    /*!
     * The compat resource: MAS answers m.login.password on the homeserver's client URL. Off
     * by default, where the delegating Synapse's login path is unrouted (404).
     */
    void setCompatibilityLogin(bool on) { m_compatLogin = on; }

    bool compatibilityLogin() const { return m_compatLogin; }

    static ClientAuthMethod authMethodFromName(const QString &name, bool *ok);

    Reply answer(const QHttpServerRequest &request, const QString &path);

    /*!
     * MAS's compatibility login (m.login.password on the homeserver's client URL): whether
     * \a password is the one set-password gave \a username while password login is on.
     */
    bool passwordLoginMatches(const QString &username, const QString &password) const;

    // What tests look at.
    std::optional<User> userByUsername(const QString &username) const;

    int tokenRequestCount() const { return m_tokenRequests; }

private:
    struct Token
    {
        QStringList scopes;
        std::optional<qint64> expiresAt;
    };

    Reply token(const QHttpServerRequest &request);
    Reply admin(const QHttpServerRequest &request, const QString &path);
    //! The bearer token's checks of section 4.2; nothing when the call may go on.
    std::optional<Reply> refuseToken(const QHttpServerRequest &request) const;
    //! The JSON body as axum's Json extractor takes it, or its plain-text rejection.
    std::optional<Reply> refuseBody(const QHttpServerRequest &request,
            const QStringList &requiredFields, QJsonObject *body) const;
    Reply addUser(const QJsonObject &body);
    //! The provisioning failure set, if it is one of \a atThisStep; used up when it fails once.
    std::optional<ProvisioningFailure> takeProvisioningFailure(
            std::initializer_list<ProvisioningFailure> atThisStep);
    static Reply provisioningFailed(ProvisioningFailure failure);
    Reply userObject(const User &user, const QString &self, int status = 200) const;
    Reply setPassword(const QString &id, const QJsonObject &body);
    Reply setAdmin(const QString &id, const QJsonObject &body);
    Reply addEmail(const QJsonObject &body);
    Reply findEmails(const QHttpServerRequest &request) const;
    Reply addPersonalSession(const QJsonObject &body);
    QString newUlid() const;
    QString rfc3339(qint64 seconds) const;
    static Reply tokenError(int status, const char *error, const QString &description);
    //! A JSON:API document: one resource and the document's links.
    static Reply document(int status, const QJsonObject &data, const QJsonObject &links);
    static Reply errors(int status, const QStringList &titles);
    static Reply notFoundPage();

    MasHomeserver m_homeserver;
    QString m_clientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
    QString m_clientSecret = QStringLiteral("s3cret-example");
    ClientAuthMethod m_clientAuthMethod = ClientAuthMethod::Basic;
    bool m_adminClient = true;
    qint64 m_tokenTtl = 300;
    bool m_passwordsEnabled = true;
    bool m_weakPasswords = false;
    bool m_adminApiMounted = true;
    bool m_compatLogin = false;
    ProvisioningFailure m_provisioningFailure = ProvisioningFailure::None;
    FailureRepeat m_failureRepeat = FailureRepeat::Always;
    QVersionNumber m_version{1, 22, 0};
    int m_tokenRequests = 0;

    QHash<QString, Token> m_tokens; // access token -> what it may do
    QHash<QString, User> m_users; // ULID -> user
};

} // namespace registrar::devserver
