// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"
#include "SecretBytes.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <utility>

class QLineEdit;
class QNetworkAccessManager;

namespace Ui {
class ProfileDialog;
}

namespace registrar::net {
class HttpTransport;
}

namespace registrar::store {
class ProfileStore;
class SecretVault;
} // namespace registrar::store

namespace registrar::widgets {

/*!
 * Adds or edits one profile: URLs (a bare server name is looked up through .well-known), server
 * name, plain-HTTP opt-in, defaults, notes, and the shared secret, which goes to the keychain
 * (or, when there is none, to memory for this app run if the admin agrees) and is never shown
 * back. Can import homeserver.yaml and check the server.
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileDialog(store::ProfileStore *profiles, store::SecretVault *secrets,
            QNetworkAccessManager *manager, const std::optional<store::Profile> &existing,
            QWidget *parent = nullptr);
    ~ProfileDialog() override;

    //! The profile as saved, once the dialog was accepted.
    const store::Profile &profile() const { return m_profile; }

    //! What "Import from homeserver.yaml" does with the files picked.
    void importConfig(const QStringList &paths);

    //! Where the import's file dialog opens when that folder exists; /etc/matrix-synapse first.
    void setConfigFolder(const QString &folder) { m_configFolder = folder; }

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void lookUp(bool thenSave);
    void checkServer();
    void showMessage(const QString &text, bool problem);
    //! Replaces what the last check said, whatever it was about.
    void showCheckResult(const QString &text, bool problem);
    //! Grows the dialog, up to its screen's height, until the form needs no scrolling.
    void growToFit();
    void refreshSecretStatus();
    void removeStoredSecret();
    void saveSecretThenProfile(core::SecretBytes secret);
    void saveProfile();
    /*!
     * The transports for the typed server's client API and its admin API, owned by this dialog
     * until the caller hands them to the one check or look-up that uses them: one started
     * meanwhile does not take them away.
     */
    std::pair<net::HttpTransport *, net::HttpTransport *> transports(
            const QUrl &clientUrl, const QUrl &adminUrl);
    /*!
     * Reads the client URL and the admin URL (empty when not given). On a problem, returns the
     * field at fault and says why in \a problem.
     */
    QLineEdit *readUrls(QUrl *clientUrl, QUrl *adminUrl, QString *problem);

    std::unique_ptr<Ui::ProfileDialog> m_ui;
    store::ProfileStore *m_profiles;
    store::SecretVault *m_secrets;
    QNetworkAccessManager *m_manager;
    std::optional<store::Profile> m_existing;
    store::Profile m_profile;
    core::SecretBytes m_importedSecret;
    bool m_saving = false;
    QString m_configFolder = QStringLiteral("/etc/matrix-synapse");
};

} // namespace registrar::widgets
