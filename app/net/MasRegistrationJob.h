// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpTransport.h"
#include "MasAdminClient.h"
#include "MasProgress.h"
#include "RegistrationError.h"
#include "RegistrationRequest.h"
#include "RegistrationResult.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace registrar::net {

class MasAdminToken;
class SignInCheck;

/*!
 * One account through MAS's admin API, in MAS's call order (../shared/docs/mas-admin-api.md
 * section 3.7): an admin token, the username looked up, the user created, the password set,
 * admin set when asked, the emails added, and unless login is inhibited an access token for the
 * new account: a personal session (MAS 1.5 and newer) or, on an older MAS, a sign-in through the
 * homeserver's login, which MAS's compatibility layer answers.
 *
 * Every step's result is its own state (progress()); a job given the progress of an earlier
 * attempt continues from it: a user found by its name with the ULID that attempt created is
 * taken over, not reported as taken, and nothing done is done again. A failure after the user
 * exists is Code::AccountIncomplete, with the progress in the error. After start(), exactly one
 * of succeeded() or failed() is emitted, never from inside start().
 */
class MasRegistrationJob : public QObject
{
    Q_OBJECT

public:
    enum class Stage {
        Idle,
        GettingToken,
        LookingUp,
        CreatingUser,
        SettingPassword,
        SettingAdmin,
        AddingEmails,
        SigningIn,
        Finished
    };
    Q_ENUM(Stage)

    /*!
     * \a masTransport reaches MAS, \a clientTransport the homeserver's client API (whoami, the
     * compatibility login); \a token gives the admin tokens. None is owned.
     */
    MasRegistrationJob(HttpTransport *masTransport, HttpTransport *clientTransport,
            MasAdminToken *token, const core::MasAdminClient &client, const QUrl &clientUrl,
            const core::RegistrationRequest &request, QObject *parent = nullptr);
    ~MasRegistrationJob() override;

    //! The homeserver's name, for the Matrix user ID; otherwise whoami with the new token says.
    void setKnownServerName(const QString &serverName) { m_serverName = serverName; }

    //! What an earlier attempt at the same username did; the job goes on from there.
    void setProgress(const core::MasProgress &progress);

    const core::MasProgress &progress() const { return m_progress; }

    //! Side effects that did not happen though the account is complete (a display name that
    //! this MAS version cannot take), in words for the admin.
    const QStringList &warnings() const { return m_warnings; }

    void start();
    //! Stops the request in flight; failed() then reports Cancelled (AccountIncomplete or
    //! AccountMayExist when a call that creates something was sent).
    void cancel();

signals:
    void stageChanged(registrar::net::MasRegistrationJob::Stage stage);
    //! After each step that changed something in MAS, so a caller can keep it.
    void progressed(const registrar::core::MasProgress &progress);
    void succeeded(const registrar::core::RegistrationResult &result);
    void failed(const registrar::core::RegistrationError &error);

private:
    using Handler = std::function<void(const core::HttpResponse &response)>;

    /*!
     * A call to the admin API with a good admin token; once more with a new token when MAS
     * says the token expired. \a path is under /api/admin/v1/; an empty \a body is a GET.
     */
    void adminCall(
            const QString &path, const QByteArray &body, Handler handle, bool renewed = false);
    void lookUp();
    void handleLookup(const core::HttpResponse &response);
    void createUser();
    void setPassword();
    void setAdmin();
    void addEmails();
    void addEmail(const QString &email);
    void checkDisplayName();
    void signIn();
    void signInByPassword();
    void finishWith(
            const QString &accessToken, const QString &deviceId, std::optional<qint64> expiresInMs);
    //! The next step that is not done yet.
    void next();
    void setStage(Stage stage);
    //! Fails with \a error, as AccountIncomplete once the user exists.
    void fail(core::RegistrationError error);

    void emitProgress() { emit progressed(m_progress); }

    HttpTransport *m_masTransport;
    HttpTransport *m_clientTransport;
    MasAdminToken *m_token;
    core::MasAdminClient m_client;
    QUrl m_clientUrl;
    core::RegistrationRequest m_request;
    QString m_serverName;
    core::MasProgress m_progress;
    bool m_resumed = false; //!< the progress came from an earlier attempt
    bool m_displayNameChecked = false;
    QStringList m_warnings;
    Stage m_stage = Stage::Idle;
    QPointer<HttpCall> m_call;
    QPointer<SignInCheck> m_signIn;
    bool m_cancelled = false;
};

} // namespace registrar::net
