// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountHistory.h"
#include "HistoryTableModel.h"
#include "Profile.h"
#include "RegistrationError.h"
#include "RegistrationFlow.h"
#include "RegistrationRequest.h"
#include "RegistrationResult.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QNetworkAccessManager;
class QWidget;

namespace Ui {
class MainWindow;
}

namespace registrar::store {
class MasProgressStore;
class ProfileStore;
class SecretVault;
struct Profile;
} // namespace registrar::store

namespace registrar::widgets {

class ClipboardGuard;

/*!
 * The registration form and the credentials of the last account created. It reads the form,
 * hands it to a RegistrationFlow and renders what comes back; where the secret comes from, the
 * trust on first use, the history and the protocol live below it. A server typed in keeps its
 * secret in the masked field until it has worked, then in memory only.
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

    //! The window's title on the demo server; the app's name is added by Qt, so not in it.
    static QString demoWindowTitle();
    //! The current MAS profile in its dialog, opened at what MAS's configuration needs.
    void showWhatMasNeeds();
    //! Opens the "add profile" flow when there is no profile yet, as on a first start.
    void offerFirstProfile();
    //! Selects the profile \a id ("" for a server that is not saved).
    void selectProfile(const QString &id);
    //! Shows a banner above the form (the demo server says what it is there).
    void showBanner(const QString &text);

    void setRequestTimeoutMs(int ms) { m_flow->setTimeoutMs(ms); }

    ClipboardGuard *clipboardGuard() const { return m_clipboard.get(); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void fitPanesToTheirContent();
    bool confirmCloseWithUnseenSecret(const QStringList &users);
    void showAbout();
    void reloadProfiles();
    void applyProfile();
    std::optional<store::Profile> currentProfile() const;
    bool currentProfileIsMas() const;
    //! The rows that only MAS has (emails, its password check) and its words for admin.
    void showMasRows(bool mas);
    void updateAdminNote();
    void manageProfiles();
    void showStage(flows::RegistrationFlow::Stage stage);
    void offerSessionSecret(const store::Profile &profile, const QString &reason);
    void decideTrust(const core::RegistrationError &error);
    bool confirmAdminFor(const QString &localpart);
    void updateFormState();
    void updateUsernameFeedback(
            const QList<core::InputProblem> &problems, const QString &serverName);
    void updatePasswordFeedback(const QList<core::InputProblem> &problems);
    core::RegistrationRequest currentRequest() const;
    //! The form's addresses; \a problems gets why the others are none.
    QStringList emailsInForm(QStringList *problems = nullptr) const;
    void updateEmailsFeedback();
    void confirmAdmin(bool checked);
    void generatePassword();
    void setPasswordsRevealed(bool revealed);
    void startRegistration();
    void cancelRegistration();
    void handleSuccess(const flows::RegistrationFlow::Created &account);
    void handleFailure(const core::RegistrationError &error);
    //! MAS has the account, a later step failed: offers to finish it, keeps what was set.
    void offerToFinish(const core::RegistrationError &error);
    //! The generated password of \a account, as its card shows it: the one the account has.
    QString passwordForCard(const flows::RegistrationFlow::Created &account, QString *note) const;
    void resetForNextAccount();
    void setBusy(bool busy);
    void showError(const QString &text);
    //! Hides the error banner and the field marked with it.
    void clearError();
    void clearErrorAbout(QWidget *field);
    void markFault(QWidget *field);
    QWidget *fieldAtFault(core::RegistrationError::Code code) const;
    void refreshHistory();
    void clearHistory();
    void showClipboardCountdown(int secondsLeft);

    std::unique_ptr<Ui::MainWindow> m_ui;
    QNetworkAccessManager *m_manager;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    store::AccountHistory m_history;
    std::unique_ptr<HistoryTableModel> m_historyModel; //!< of m_history
    std::unique_ptr<store::MasProgressStore> m_masProgress;
    std::unique_ptr<flows::RegistrationFlow> m_flow;
    QLabel *m_clipboardStatus = nullptr;
    QPushButton *m_masCommandButton = nullptr;
    QPushButton *m_finishButton = nullptr;
    QPushButton *m_masNeedsButton = nullptr;

    /*!
     * A MAS account that an attempt left unfinished after its password was set: that password
     * is the account's, whatever the form holds later, until the account is finished.
     */
    struct UnfinishedAccount
    {
        QString profileId;
        QString localpart;
        QString password;
        bool generated = false;
    };

    std::optional<UnfinishedAccount> m_unfinished;
    QPointer<QWidget> m_faultField;
    QString m_generatedPassword;
    QString m_adminConfirmedFor;
    store::ProfileStore *m_profiles;
    store::SecretVault *m_secrets;
    bool m_busy = false;
    bool m_fittedToScreen = false;
};

} // namespace registrar::widgets
