// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountHistory.h"
#include "Profile.h"
#include "RegistrationError.h"
#include "RegistrationRequest.h"
#include "RegistrationResult.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <memory>

class QLabel;
class QNetworkAccessManager;
class QWidget;

namespace Ui {
class MainWindow;
}

namespace registrar::net {
class AccountSession;
class HttpTransport;
class RegistrationJob;
} // namespace registrar::net

namespace registrar::store {
class ProfileStore;
class SecretVault;
struct Profile;
} // namespace registrar::store

namespace registrar::widgets {

class ClipboardGuard;

/*!
 * The registration form and the credentials of the last account created. It reads the form,
 * runs a registrar_net RegistrationJob and renders what comes back; the protocol, the checks and
 * the messages live in the core. A saved profile's secret is read from the keychain when a
 * registration starts; a server typed in keeps its secret in the masked field, in memory only.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /*!
     * \a profiles and \a secrets are not owned. The secret of the profile in use is read from
     * \a secrets when a registration starts and dropped once it is signed.
     */
    MainWindow(QNetworkAccessManager *manager, store::ProfileStore *profiles,
            store::SecretVault *secrets, const QString &historyFile, QWidget *parent = nullptr);
    ~MainWindow() override;

    //! Fills the fields of a server that is not saved as a profile.
    void setServer(const QUrl &url, const QByteArray &sharedSecret, const QString &serverName);
    //! Opens the "add profile" flow when there is no profile yet, as on a first start.
    void offerFirstProfile();
    //! Selects the profile \a id ("" for a server that is not saved).
    void selectProfile(const QString &id);
    //! Shows a banner above the form (the demo server says what it is there).
    void showBanner(const QString &text);

    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }

    ClipboardGuard *clipboardGuard() const { return m_clipboard.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLanguageMenu();
    void reloadProfiles();
    void applyProfile();
    std::optional<store::Profile> currentProfile() const;
    void manageProfiles();
    void runJob(const QUrl &url, const QByteArray &secret, const QString &serverName,
            bool allowInsecureHttp, const QByteArray &pinnedSha256, const QString &caFile);
    bool offerToTrust(const core::CertificateInfo &certificate);
    static QString sessionSecretKey(const QUrl &url);
    void readProfileSecret(const store::Profile &profile);
    bool confirmAdminFor(const QString &localpart);
    void updateFormState();
    void updateUsernameFeedback(
            const QList<core::InputProblem> &problems, const QString &serverName);
    void updatePasswordFeedback(const QList<core::InputProblem> &problems);
    core::RegistrationRequest currentRequest() const;
    void confirmAdmin(bool checked);
    void generatePassword();
    void setPasswordsRevealed(bool revealed);
    void startRegistration();
    void cancelRegistration();
    void handleSuccess(const core::RegistrationResult &result);
    void handleFailure(const core::RegistrationError &error);
    void setBusy(bool busy);
    void showError(const QString &text);
    void clearError();
    void markFault(QWidget *field);
    QWidget *fieldAtFault(core::RegistrationError::Code code) const;
    void verifySession();
    void logoutSession();
    void refreshHistory();
    void clearHistory();
    void showClipboardCountdown(int secondsLeft);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_manager;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    store::AccountHistory m_history;
    std::unique_ptr<net::HttpTransport> m_transport;
    QPointer<net::RegistrationJob> m_job;
    std::unique_ptr<net::AccountSession> m_session;
    QLabel *m_clipboardStatus = nullptr;
    QPointer<QWidget> m_faultField;
    QString m_generatedPassword;
    core::RegistrationRequest m_submitted;
    QUrl m_submittedUrl;
    QUrl m_submittedClientUrl;
    std::optional<store::Profile> m_submittedProfile;
    QString m_adminConfirmedFor;
    QHash<QString, QByteArray> m_sessionPins; //!< host:port -> trusted certificate, unsaved servers
    QSet<QString> m_sessionSecrets; //!< unsaved servers whose secret moved to the session store
    QString m_submittedSecretKey; //!< where the secret of an unsaved server goes after success
    store::ProfileStore *m_profiles;
    store::SecretVault *m_secrets;
    int m_timeoutMs = 30000;
    bool m_busy = false;
    bool m_sessionLoggingOut = false;
};

} // namespace registrar::widgets
