// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "RegistrationError.h"
#include "RegistrationRequest.h"
#include "RegistrationResult.h"
#include "SecretBytes.h"
#include "ServerTarget.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace registrar::net {
class TokenSession;
class HttpTransport;
class MasAdminToken;
class MasRegistrationJob;
class RegistrationJob;
class SignInCheck;
} // namespace registrar::net

namespace registrar::store {
class AccountHistory;
class MasProgressStore;
class ProfileStore;
class SecretVault;
} // namespace registrar::store

namespace registrar::flows {

/*!
 * One registration as a user asks for it, shared by the app and `synapse-registrar-cli
 * register`: finds the shared secret (given, a saved profile's from the keychain, or one kept in
 * memory for a server that is not saved), runs a RegistrationJob against the target's admin API,
 * and on success learns the server name into the profile, records the account in the history
 * and keeps a typed secret in memory for the rest of the app run. An attempt whose answer was lost
 * (AccountMayExist) is remembered for the app run: when the same name is registered again on the
 * same server with the same password and is taken, signing in with it tells whether it is the
 * account that attempt created. Each attempt ends in exactly one of succeeded(), failed() or
 * needsTrustDecision(), never from inside start().
 */
class RegistrationFlow : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        ReadingSecret,
        FetchingNonce,
        Registering,
        // Through MAS's admin API.
        GettingMasToken,
        LookingUpMasUser,
        CreatingMasUser,
        SettingMasPassword,
        SettingMasAdmin,
        AddingMasEmails,
        SigningInMasUser,
    };
    Q_ENUM(Stage)

    //! What a successful attempt made, and what it was asked.
    struct Created
    {
        core::RegistrationResult result;
        ServerTarget target; //!< with the server name learned, if it was not known
        core::RegistrationRequest request; //!< its password already wiped
        QStringList problems; //!< side effects that failed (history, profile); the account exists
        bool learnedServerName = false; //!< the saved profile now knows its server name
        bool typedSecretKept = false; //!< the typed secret now lives in memory for this app run
        //! An earlier attempt whose answer was lost had created it; its password signs in.
        bool confirmedBySignIn = false;
        //! Through MAS: what was done, by this attempt or the earlier ones it continued.
        core::MasProgress masProgress;
        //! Through MAS: the password was set by an earlier attempt, not this one's.
        bool passwordSetEarlier = false;
    };

    //! \a manager and \a secrets are not owned.
    RegistrationFlow(
            QNetworkAccessManager *manager, store::SecretVault *secrets, QObject *parent = nullptr);
    ~RegistrationFlow() override;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    //! Where saved profiles learn their server name and trusted certificate; none saves nothing.
    void setProfileStore(store::ProfileStore *profiles) { m_profiles = profiles; }

    /*!
     * Where MAS accounts keep how far they got between attempts and runs, so that registering
     * the same name again continues it; none keeps it for this object's life only.
     */
    void setMasProgressStore(store::MasProgressStore *progress) { m_masProgressStore = progress; }

    //! Where created accounts are recorded; none records nothing.
    void setHistory(store::AccountHistory *history) { m_history = history; }

    //! Keep a typed secret of a server that is not saved in memory once it worked (the app).
    void setKeepsTypedSecrets(bool keeps) { m_keepsTypedSecrets = keeps; }

    /*!
     * Starts an attempt. \a typedSecret is the secret as the admin gave it (a field, a flag, a
     * file); when empty, a saved profile's secret comes from the keychain, and that of a server
     * that is not saved from memory, where an earlier success left it.
     */
    //! False, with no outcome to come, while an attempt is still running.
    [[nodiscard]] bool start(const ServerTarget &target, const core::RegistrationRequest &request,
            const core::SecretBytes &typedSecret = {});
    //! Stops the attempt; failed() then reports Code::Cancelled.
    void cancel();

    bool isRunning() const { return m_running; }

    /*!
     * After needsTrustDecision(): trusts \a certificate for that attempt's server, pinned in its
     * saved profile, or for this app run when it is not saved. The caller then starts again.
     */
    bool trust(const core::CertificateInfo &certificate, QString *error);

    //! A session on \a account's access token, through the client URL; none without a token.
    std::unique_ptr<net::TokenSession> openTokenSession(const Created &account) const;

    //! Whether the secret of the unsaved server at \a url is kept in memory for this app run.
    bool keepsSecretFor(const QUrl &url) const;

signals:
    void stageChanged(registrar::flows::RegistrationFlow::Stage stage);
    void succeeded(const registrar::flows::RegistrationFlow::Created &account);
    void failed(const registrar::core::RegistrationError &error);
    //! The server's certificate is not trusted; error().certificate() is what trust() takes.
    void needsTrustDecision(const registrar::core::RegistrationError &error);

private:
    static QString unsavedSecretKey(const QUrl &url);
    //! Where the target's secret is kept: its profile's ID, or a key for the unsaved server.
    static QString secretKeyFor(const ServerTarget &target);
    void readSecret(quint64 attempt, const QString &key);
    void runJob(const core::SecretBytes &secret);
    void runMasJob(const core::SecretBytes &clientSecret);
    //! The admin token cache for the target's MAS client, kept while client and secret stay.
    net::MasAdminToken *masTokenFor(const core::SecretBytes &clientSecret);
    //! The key of \a username's progress on the target's MAS in m_masProgress.
    QString masProgressKey(const QString &username) const;
    std::optional<core::MasProgress> storedMasProgress() const;
    void keepMasProgress(const core::MasProgress &progress);
    void forgetMasProgress();
    void handleSuccess(const core::RegistrationResult &result);
    void handleFailure(const core::RegistrationError &error);
    //! After UsernameTaken for an attempt that may have created the account: signs in to see.
    void checkSignIn(const core::RegistrationError &taken);
    //! What identifies an attempt for the may-exist memory: server, localpart and password.
    QByteArray attemptKey() const;
    void end();
    //! Runs \a step on a later turn of the event loop, unless \a attempt ended or was replaced.
    void whileCurrent(quint64 attempt, std::function<void()> step);

    QNetworkAccessManager *m_manager;
    store::SecretVault *m_secrets;
    store::ProfileStore *m_profiles = nullptr;
    store::AccountHistory *m_history = nullptr;
    store::MasProgressStore *m_masProgressStore = nullptr;
    int m_timeoutMs = 30000;
    bool m_keepsTypedSecrets = false;
    QHash<QString, QByteArray> m_unsavedPins; //!< host:port -> trusted certificate, this app run
    QSet<QString> m_keptSecrets; //!< unsaved servers whose secret lives in memory
    QHash<QString, core::Backend::Kind> m_backends; //!< admin URL -> backend, this app run
    QSet<QByteArray> m_mayExist; //!< attemptKey()s whose answer was lost, this app run

    // The attempt in flight.
    quint64 m_attempt = 0;
    bool m_running = false;
    ServerTarget m_target;
    core::RegistrationRequest m_request;
    core::SecretBytes m_typedSecret; //!< until the attempt ends, to keep it in memory on success
    QByteArray m_attemptKey;
    bool m_confirmedBySignIn = false;
    std::unique_ptr<net::HttpTransport> m_transport;
    QPointer<net::RegistrationJob> m_job;
    QPointer<net::SignInCheck> m_signInCheck;
    QPointer<net::MasRegistrationJob> m_masJob;
    bool m_masPasswordSetEarlier = false;
    QString m_masProgressProblem; //!< why the progress could not be kept, this attempt
    //! MAS progress by MAS URL and username, when there is no store.
    QHash<QString, core::MasProgress> m_masProgress;
    // The MAS admin token of the last attempt, for the next ones on the same client.
    QByteArray m_masTokenKey; //!< MAS URL, client ID and a digest of the secret
    std::unique_ptr<net::HttpTransport> m_masTransport;
    std::unique_ptr<net::MasAdminToken> m_masToken;
    std::unique_ptr<net::HttpTransport> m_clientTransport;
};

} // namespace registrar::flows
