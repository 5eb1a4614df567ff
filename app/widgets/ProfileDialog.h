// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"
#include "SecretBytes.h"
#include "SecretStore.h"
#include "ServerCheckResult.h"

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
 * name, plain-HTTP opt-in, how accounts are created (shared-secret registration, or MAS's admin
 * API with an admin client), defaults, notes, and the secret, which goes to the keychain (or,
 * when there is none, to memory for this app run if the admin agrees) and is never shown back:
 * the shared secret, or for MAS the admin client's secret, under the same key. Can import
 * homeserver.yaml and check the server, which finds MAS and offers to switch to it.
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

    /*!
     * Opens "What MAS needs" under the MAS fields and scrolls to it, for a caller whose MAS said
     * the admin client or the admin API is missing. Only a MAS profile has it.
     */
    void showWhatMasNeeds();

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
    //! Raises the form's minimum width to what its parts need now: it never scrolls sideways.
    void keepFormWhole();
    //! Keeps the viewport tall enough for each part of "What MAS needs" to be seen whole.
    void keepHelpReadable();
    static QString masDefaultAdminText();
    void refreshSecretStatus();
    //! What the status line under the secret says, for the way of creating accounts chosen.
    void showSecretStatus();
    //! Shows the fields of the chosen way of creating accounts and hides the other way's.
    void applyAccountKind();
    bool masChosen() const;
    //! After a check: offers the other way when the server's backend needs it, never switches.
    void offerKindSwitch();
    void showCheckOutcome(const core::ServerCheckResult &result);
    //! Takes the MAS URL a check found, unless the admin typed another one.
    void takeMasUrl(const QUrl &found);
    void showClientIdProblem(const QString &problem);
    //! What the MAS admin puts in MAS's config.yaml for this client; no secret in it.
    QString masConfigYaml() const;
    //! A secret stored for the other way of creating accounts, which this profile no longer uses.
    bool storedSecretIsStale() const;
    void removeStaleSecretThenProfile();
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
    //! What the keychain said of this profile's secret; nothing before it answered.
    std::optional<store::SecretStore::Status> m_secretStatus;
    QString m_secretStatusMessage;

    //! The shared-secret wording of the parts that a MAS profile words differently.
    struct SharedSecretTexts
    {
        QString groupTitle;
        QString secretLabel;
        QString secretDescription;
        QString defaultAdmin;
    };

    SharedSecretTexts m_sharedSecretTexts;
    //! The MAS URL the last check filled in; a later check may replace it, not a typed one.
    QString m_masUrlFromCheck;
    std::optional<core::ServerCheckResult> m_lastCheck;
    bool m_saving = false;
    QString m_configFolder = QStringLiteral("/etc/matrix-synapse");
};

} // namespace registrar::widgets
