// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QNetworkAccessManager;

namespace Ui {
class ProfileManagerDialog;
}

namespace registrar::store {
class ProfileStore;
class SecretVault;
} // namespace registrar::store

namespace registrar::widgets {

/*!
 * The list of profiles: add, edit, duplicate (asks for a new name), delete (after a
 * confirmation, with its keychain entry), reorder, and export or import as JSON without secrets.
 */
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileManagerDialog(store::ProfileStore *profiles, store::SecretVault *secrets,
            QNetworkAccessManager *manager, QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    //! What Export does with the file picked.
    bool exportTo(const QString &path);
    //! What Import does with the file picked.
    void importFrom(const QString &path);

private:
    QString selectedId() const;
    //! Fills the list from the store, with \a selectId (else the first profile) selected.
    void refresh(const QString &selectId = {});
    void select(const QString &id);
    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void moveSelected(int delta);
    void showMessage(const QString &text);

    std::unique_ptr<Ui::ProfileManagerDialog> m_ui;
    store::ProfileStore *m_profiles;
    store::SecretVault *m_secrets;
    QNetworkAccessManager *m_manager;
};

} // namespace registrar::widgets
