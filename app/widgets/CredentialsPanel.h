// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegistrationResult.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CredentialsPanel;
}

namespace registrar::widgets {

class ClipboardGuard;

/*!
 * Shows a created account: user ID, access token (masked until revealed), device ID, home
 * server, expiry, and the password when it was generated, each with a copy button; copy all,
 * copy as command, and the buttons that ask for verify and logout (the window runs them).
 */
class CredentialsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsPanel(QWidget *parent = nullptr);
    ~CredentialsPanel() override;

    void setClipboardGuard(ClipboardGuard *guard) { m_clipboard = guard; }

    /*!
     * Shows \a result. \a generatedPassword is shown (masked) when not empty; \a cliCommand is
     * what "copy as command" copies.
     */
    void showResult(const core::RegistrationResult &result, const QString &generatedPassword,
            const QString &cliCommand);
    void showSessionStatus(const QString &text, bool ok);
    void setSessionBusy(bool busy);
    //! The token was logged out: it stays visible for the record but is marked as ended.
    void markSessionEnded();
    /*!
     * Whether the shown account has a live token or a generated password that was neither copied
     * nor revealed: once the panel goes, nobody can see it again.
     */
    bool holdsSecretNotHandedOver() const;

    QString userId() const { return m_result.userId; }

signals:
    void verifyRequested();
    void logoutRequested();

private:
    void confirmLogout();
    void copyAll(bool asJson);
    QJsonObject allValues() const;

    std::unique_ptr<Ui::CredentialsPanel> m_ui;
    ClipboardGuard *m_clipboard = nullptr;
    core::RegistrationResult m_result;
    QString m_generatedPassword;
    QString m_cliCommand;
    bool m_sessionEnded = false;
    bool m_tokenHandedOver = false;
    bool m_passwordHandedOver = false;
};

} // namespace registrar::widgets
