// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileManagerDialog.h"

#include "ui_ProfileManagerDialog.h"

#include "HttpTransport.h"
#include "ProfileDialog.h"
#include "ProfileStore.h"
#include "SecretVault.h"
#include "WholeTitle.h"

#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QSaveFile>
#include <QUuid>

namespace registrar::widgets {

using store::Profile;
using store::SecretStore;

ProfileManagerDialog::ProfileManagerDialog(store::ProfileStore *profiles,
        store::SecretVault *secrets, QNetworkAccessManager *manager, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileManagerDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_manager(manager)
{
    m_ui->setupUi(this);
    WholeTitle::keep(this);
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileManagerDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_ui->editButton, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_ui->profileList, &QListWidget::itemActivated, this,
            &ProfileManagerDialog::editProfile);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this,
            &ProfileManagerDialog::duplicateProfile);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export profiles"),
                QStringLiteral("synapse-registrar-profiles.json"), tr("JSON files (*.json)"));
        if (!path.isEmpty()) {
            exportTo(path);
        }
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
                this, tr("Import profiles"), QString(), tr("JSON files (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            importFrom(path);
        }
    });
    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool selected = row >= 0;
        for (QPushButton *button : {m_ui->editButton, m_ui->duplicateButton, m_ui->deleteButton,
                     m_ui->upButton, m_ui->downButton}) {
            button->setEnabled(selected);
        }
    });
    connect(m_profiles, &store::ProfileStore::profilesChanged, this,
            [this] { refresh(selectedId()); });
    refresh();
}

ProfileManagerDialog::~ProfileManagerDialog() = default;

QString ProfileManagerDialog::selectedId() const
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileManagerDialog::refresh(const QString &selectId)
{
    m_ui->profileList->clear();
    for (const Profile &profile : m_profiles->profiles()) {
        // A MAS profile needs another secret and another setup: told apart at a glance.
        auto *item = new QListWidgetItem(
                (profile.isMas() ? tr("%1 \u2014 %2 (accounts through MAS)") : tr("%1 \u2014 %2"))
                        .arg(profile.name, profile.clientUrl.toString()),
                m_ui->profileList);
        item->setData(Qt::UserRole, profile.id);
        if (profile.id == selectId) {
            m_ui->profileList->setCurrentItem(item);
        }
    }
    if (!m_ui->profileList->currentItem() && m_ui->profileList->count() > 0) {
        m_ui->profileList->setCurrentRow(0);
    }
    emit m_ui->profileList->currentRowChanged(m_ui->profileList->currentRow());
    m_ui->exportButton->setEnabled(!m_profiles->profiles().isEmpty());
}

void ProfileManagerDialog::select(const QString &id)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(Qt::UserRole).toString() == id) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
}

void ProfileManagerDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void ProfileManagerDialog::addProfile()
{
    ProfileDialog dialog(m_profiles, m_secrets, m_manager, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        select(dialog.profile().id);
    }
}

void ProfileManagerDialog::editProfile()
{
    const std::optional<Profile> profile = m_profiles->find(selectedId());
    if (!profile) {
        return;
    }
    ProfileDialog dialog(m_profiles, m_secrets, m_manager, profile, this);
    dialog.exec();
}

void ProfileManagerDialog::duplicateProfile()
{
    const std::optional<Profile> original = m_profiles->find(selectedId());
    if (!original) {
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Duplicate profile"),
            tr("Name of the copy of \u201c%1\u201d:").arg(original->name), QLineEdit::Normal,
            tr("%1 (copy)").arg(original->name), &ok);
    if (!ok) {
        return;
    }
    Profile copy = *original;
    copy.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    copy.name = name;
    QString error;
    if (!m_profiles->add(copy, &error)) {
        showMessage(error);
        return;
    }
    // The copy talks to the same server: give it the same secret when it can be read.
    const auto withoutSecret = [this, copy](const QString &why) {
        showMessage((copy.isMas() ? tr("\u201c%1\u201d was created without a client secret: %2")
                                  : tr("\u201c%1\u201d was created without a shared secret: %2"))
                            .arg(copy.name, why));
    };
    m_secrets->read(
            original->id, this, [this, copy, withoutSecret](const SecretStore::Result &result) {
                if (!result.ok()) {
                    // The store's own words name the shared secret.
                    withoutSecret(result.status == SecretStore::Status::NotFound && copy.isMas()
                                    ? tr("No client secret is stored for this profile yet.")
                                    : result.message());
                    return;
                }
                m_secrets->write(copy.id, result.secret, this,
                        [this, withoutSecret](const SecretStore::Result &written) {
                            if (written.ok()) {
                                showMessage(QString());
                            } else {
                                withoutSecret(written.message());
                            }
                        });
            });
    select(copy.id);
}

void ProfileManagerDialog::deleteProfile()
{
    const std::optional<Profile> profile = m_profiles->find(selectedId());
    if (!profile) {
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Delete the profile?"),
            tr("Delete \u201c%1\u201d and its shared secret in the keychain? Accounts on the "
               "server "
               "are not touched.")
                    .arg(profile->name));
    if (answer != QMessageBox::Yes) {
        return;
    }
    m_secrets->remove(
            profile->id, this, [this, name = profile->name](const SecretStore::Result &result) {
                if (!result.ok() && result.status != SecretStore::Status::NotFound) {
                    showMessage(tr("\u201c%1\u201d was deleted, but its secret could not be "
                                   "removed from the "
                                   "keychain: %2")
                                        .arg(name, result.message()));
                }
            });
    m_profiles->remove(profile->id);
}

void ProfileManagerDialog::moveSelected(int delta)
{
    const QString id = selectedId();
    const int row = m_ui->profileList->currentRow();
    if (id.isEmpty() || row + delta < 0 || row + delta >= m_ui->profileList->count()) {
        return;
    }
    m_profiles->move(id, row + delta);
}

bool ProfileManagerDialog::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_profiles->exportJson()) < 0
            || !file.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showMessage(tr("Exported %n profile(s) to %1. Shared secrets are not in the file: enter them "
                   "again on the other computer.",
            nullptr, int(m_profiles->profiles().size()))
                        .arg(path));
    return true;
}

void ProfileManagerDialog::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QStringList skipped;
    QString error;
    std::optional<QList<store::Profile>> profiles =
            store::ProfileStore::readExport(file.readAll(), &skipped, &error);
    if (!profiles) {
        showMessage(error);
        return;
    }
    // Plain HTTP to another machine needs the admin's own yes, as when it is ticked by hand.
    QStringList remotePlain;
    for (const store::Profile &profile : std::as_const(*profiles)) {
        if (profile.allowInsecureHttp
                && (!net::HttpTransport::isLoopbackHost(profile.clientUrl.host())
                        || !net::HttpTransport::isLoopbackHost(
                                profile.effectiveAdminUrl().host()))) {
            remotePlain.append(profile.name);
        }
    }
    bool plainAllowed = true;
    if (!remotePlain.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Allow plain HTTP?"),
                tr("%n imported profile(s) allow plain HTTP to another machine: %1.", nullptr,
                        int(remotePlain.size()))
                        .arg(remotePlain.join(QStringLiteral(", "))),
                QMessageBox::NoButton, this);
        box.setInformativeText(tr("The password, the shared secret's MAC and the new token would "
                                  "cross the network in clear text. Allow it only for a network "
                                  "you trust."));
        QPushButton *allow = box.addButton(tr("Allow plain &HTTP"), QMessageBox::AcceptRole);
        QPushButton *without = box.addButton(tr("Import &without it"), QMessageBox::RejectRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(without);
        box.exec();
        if (box.clickedButton() != allow && box.clickedButton() != without) {
            return;
        }
        plainAllowed = box.clickedButton() == allow;
    }
    if (!plainAllowed) {
        for (store::Profile &profile : *profiles) {
            if (remotePlain.contains(profile.name)) {
                profile.allowInsecureHttp = false;
            }
        }
    }
    const QStringList added = m_profiles->addAll(std::move(*profiles), &skipped);
    QString text = tr("Imported %n profile(s); edit each to enter its shared secret.", nullptr,
            int(added.size()));
    if (!skipped.isEmpty()) {
        text += QLatin1Char(' ') + tr("Skipped: %1").arg(skipped.join(QLatin1Char(' ')));
    }
    showMessage(text);
}

} // namespace registrar::widgets
