// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegistrationResult.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

namespace Ui {
class CredentialsPanel;
}

namespace registrar::net {
class TokenSession;
}

namespace registrar::widgets {

class ClipboardGuard;

/*!
 * The card of one created account: user ID (and MAS's user ID when MAS created it), access
 * token (masked until revealed), device ID, home server, expiry (on MAS also when there is none),
 * and the password when it was generated, each with a copy button; copy
 * all, copy as command, and Verify and Log out through the account's own token session. What
 * happens to the account shows in its own status line, so no other attempt can overwrite it.
 */
class CredentialsPanel : public QWidget
{
    Q_OBJECT

public:
    /*!
     * Shows \a result. \a generatedPassword is shown (masked) when not empty; \a cliCommand is
     * what "copy as command" copies; \a session (may be null) is the token's, owned from now on.
     */
    CredentialsPanel(const core::RegistrationResult &result, const QString &generatedPassword,
            const QString &cliCommand, std::unique_ptr<net::TokenSession> session,
            ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~CredentialsPanel() override;

    //! A line about the account on its card: \a ok gives it a check mark, else a warning sign.
    void showStatus(const QString &text, bool ok);

    /*!
     * Whether the account has a live token or a generated password that was neither copied
     * nor revealed: once the card goes, nobody can see it again.
     */
    bool holdsSecretNotHandedOver() const;

    bool sessionEnded() const { return m_sessionEnded; }

    QString userId() const { return m_result.userId; }

    QDateTime createdAt() const { return m_createdAt; }

signals:
    //! The session ended or a call on it started or finished.
    void sessionStateChanged();

private:
    static QString loggedOutLabel();
    void confirmLogout();
    void verify();
    void setSessionBusy(bool busy);
    void copyAll(bool asJson);
    QJsonObject allValues() const;

    std::unique_ptr<Ui::CredentialsPanel> m_ui;
    std::unique_ptr<net::TokenSession> m_session;
    ClipboardGuard *m_clipboard;
    core::RegistrationResult m_result;
    QDateTime m_createdAt;
    QString m_generatedPassword;
    QString m_cliCommand;
    bool m_sessionEnded = false;
    bool m_tokenHandedOver = false;
    bool m_passwordHandedOver = false;
};

} // namespace registrar::widgets
