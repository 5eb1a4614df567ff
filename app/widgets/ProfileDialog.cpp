// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDialog.h"

#include "ui_ProfileDialog.h"

#include "ActionIcons.h"
#include "CertificateInfo.h"
#include "HttpTransport.h"
#include "ProblemMarking.h"
#include "ProfileStore.h"
#include "RegistrationError.h"
#include "SecretVault.h"
#include "ServerCheck.h"
#include "ServerTarget.h"
#include "ServerUrl.h"
#include "SynapseConfig.h"
#include "UserTypeChoices.h"
#include "WellKnownLookup.h"
#include "WholeTitle.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSslCertificate>
#include <QTimer>
#include <QUuid>

#include <algorithm>

namespace registrar::widgets {

using store::Profile;
using store::SecretStore;

namespace {

constexpr int kRecommendedSecretLength = 32;

bool looksLikeBareName(const QString &text)
{
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && !trimmed.contains(QLatin1String("://"))
            && !trimmed.contains(QLatin1Char('/'));
}

} // namespace

ProfileDialog::ProfileDialog(store::ProfileStore *profiles, store::SecretVault *secrets,
        QNetworkAccessManager *manager, const std::optional<Profile> &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_manager(manager)
    , m_existing(existing)
{
    m_ui->setupUi(this);
    setWindowTitle(existing ? tr("Edit profile \u201c%1\u201d").arg(existing->name)
                            : tr("Add a homeserver profile"));
    // The form scrolls only vertically: it is never narrower than its fields need.
    m_ui->formScroll->setMinimumWidth(m_ui->formContents->minimumSizeHint().width()
            + m_ui->formScroll->verticalScrollBar()->sizeHint().width());
    WholeTitle::keep(this);
    m_ui->messageLabel->hide();
    m_ui->checkResultLabel->hide();
    // The lines are aligned with spaces, as in the terminal: a fixed font keeps the columns.
    m_ui->checkResultLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    UserTypeChoices::fill(m_ui->defaultUserTypeCombo);
    m_ui->checkButton->setIcon(ActionIcons::checkServer());
    m_ui->importButton->setIcon(ActionIcons::open());
    m_ui->browseCaFileButton->setIcon(ActionIcons::open());
    m_ui->showSecretButton->setIcon(ActionIcons::reveal());

    if (existing) {
        m_ui->nameEdit->setText(existing->name);
        m_ui->clientUrlEdit->setText(existing->clientUrl.toString());
        m_ui->adminUrlEdit->setText(existing->adminUrl.toString());
        m_ui->serverNameEdit->setText(existing->serverName);
        m_ui->insecureCheck->setChecked(existing->allowInsecureHttp);
        if (!existing->pinnedSha256.isEmpty()) {
            m_ui->pinEdit->setText(
                    core::CertificateInfo::formatFingerprint(existing->pinnedSha256));
        }
        m_ui->caFileEdit->setText(existing->caFile);
        m_ui->defaultAdminCheck->setChecked(existing->defaultAdmin);
        const int type = m_ui->defaultUserTypeCombo->findData(existing->defaultUserType);
        m_ui->defaultUserTypeCombo->setCurrentIndex(type >= 0 ? type : 0);
        m_ui->defaultLengthSpin->setValue(existing->defaultPasswordLength);
        m_ui->defaultSignInCheck->setChecked(existing->defaultSignIn);
        m_ui->notesEdit->setPlainText(existing->notes);
    }
    refreshSecretStatus();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, [this] { lookUp(false); });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ProfileDialog::checkServer);
    connect(m_ui->removeSecretButton, &QPushButton::clicked, this,
            &ProfileDialog::removeStoredSecret);
    connect(m_ui->browseCaFileButton, &QPushButton::clicked, this, [this] {
        const QString current = m_ui->caFileEdit->text().trimmed();
        const QString path = QFileDialog::getOpenFileName(this, tr("CA certificates"),
                current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
                tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty()) {
            m_ui->caFileEdit->setText(path);
        }
    });
    connect(m_ui->showSecretButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showSecretButton->setText(shown ? tr("Hide") : tr("Show"));
        m_ui->showSecretButton->setIcon(ActionIcons::revealOrConceal(shown));
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        // Where Debian's and the upstream packages keep it; elsewhere the dialog's own default.
        const QString start = QFileInfo(m_configFolder).isDir() ? m_configFolder : QString();
        const QString path = QFileDialog::getOpenFileName(this, tr("Synapse configuration"), start,
                tr("YAML files (*.yaml *.yml);;All files (*)"));
        if (!path.isEmpty()) {
            importConfig({path});
        }
    });
}

ProfileDialog::~ProfileDialog() = default;

std::pair<net::HttpTransport *, net::HttpTransport *> ProfileDialog::transports(
        const QUrl &clientUrl, const QUrl &adminUrl)
{
    // The server as typed so far; the URLs were checked by the caller.
    Profile typed;
    typed.clientUrl = clientUrl;
    typed.adminUrl = adminUrl;
    typed.allowInsecureHttp = m_ui->insecureCheck->isChecked();
    typed.pinnedSha256 = core::CertificateInfo::parseFingerprint(m_ui->pinEdit->text());
    typed.caFile = m_ui->caFileEdit->text().trimmed();
    const flows::ServerTarget server = flows::ServerTarget::fromProfile(typed);
    return {new net::HttpTransport(m_manager, server.transportSettingsFor(server.clientUrl), this),
            new net::HttpTransport(m_manager, server.adminTransportSettings(), this)};
}

void ProfileDialog::showMessage(const QString &text, bool problem)
{
    ProblemMarking::show(m_ui->messageLabel, text, problem, QStringLiteral("\u2139 "));
    m_ui->messageLabel->show();
}

void ProfileDialog::showCheckResult(const QString &text, bool problem)
{
    ProblemMarking::show(m_ui->checkResultLabel, text, problem);
    m_ui->checkResultLabel->show();
    growToFit();
    QTimer::singleShot(0, this,
            [this] { m_ui->formScroll->ensureWidgetVisible(m_ui->checkResultLabel, 0, 0); });
}

void ProfileDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    growToFit();
}

void ProfileDialog::growToFit()
{
    // A new line reaches the outer layouts through posted requests: settle them first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QScreen *shownOn = screen();
    const QRect available = shownOn ? shownOn->availableGeometry() : QRect();
    const int frame = frameGeometry().height() - height();
    const int viewport = m_ui->formScroll->viewport()->height();
    const int needed = m_ui->formContents->heightForWidth(m_ui->formScroll->viewport()->width());
    int target = height() + std::max(0, (needed > 0 ? needed : viewport) - viewport);
    if (available.isValid()) {
        target = std::min(target, available.height() - frame);
    }
    if (target == height()) {
        return;
    }
    resize(width(), target);
    if (available.isValid() && isVisible()) {
        // Grown below the screen's edge: up, so the buttons stay reachable.
        const int overflow = frameGeometry().bottom() - available.bottom();
        if (overflow > 0) {
            move(x(), std::max(available.top(), y() - overflow));
        }
    }
}

void ProfileDialog::refreshSecretStatus()
{
    m_ui->removeSecretButton->setEnabled(false);
    if (!m_existing) {
        m_ui->secretStatusLabel->setText(tr("It is stored in %1 when you save, never in a file.")
                                                 .arg(m_secrets->placeName()));
        return;
    }
    m_ui->secretStatusLabel->setText(tr("Looking in the keychain\u2026"));
    m_secrets->read(m_existing->id, this, [this](const SecretStore::Result &result) {
        if (result.ok()) {
            m_ui->secretStatusLabel->setText(tr("A secret is stored; it is never shown. Type a new "
                                                "one to replace it."));
            m_ui->removeSecretButton->setEnabled(true);
        } else {
            m_ui->secretStatusLabel->setText(result.message());
        }
    });
}

void ProfileDialog::removeStoredSecret()
{
    m_secrets->remove(m_existing->id, this, [this](const SecretStore::Result &result) {
        if (!result.ok() && result.status != SecretStore::Status::NotFound) {
            showMessage(result.message(), true);
        }
        refreshSecretStatus();
    });
}

void ProfileDialog::lookUp(bool thenSave)
{
    const QString name = m_ui->clientUrlEdit->text().trimmed();
    if (!looksLikeBareName(name)) {
        showMessage(tr("Type a bare server name such as example.com to look it up."), true);
        return;
    }
    QUrl lookupUrl;
    lookupUrl.setScheme(QStringLiteral("https"));
    lookupUrl.setHost(name);
    const auto [client, admin] = transports(lookupUrl, {});
    delete admin;
    auto *lookup = new net::WellKnownLookup(client, name, this);
    client->setParent(lookup);
    m_ui->lookupButton->setEnabled(false);
    connect(lookup, &net::WellKnownLookup::finished, this,
            [this, lookup, name, thenSave](const net::WellKnownLookup::Result &result) {
                lookup->deleteLater();
                m_ui->lookupButton->setEnabled(true);
                if (!result.found()) {
                    m_saving = false;
                    showMessage(result.problem, true);
                    m_ui->clientUrlEdit->setFocus();
                    return;
                }
                const QUrl clientUrl = *result.clientUrl;
                m_ui->clientUrlEdit->setText(clientUrl.toString());
                if (m_ui->serverNameEdit->text().isEmpty()) {
                    m_ui->serverNameEdit->setText(name);
                }
                showMessage(tr("Found %1 through %2's .well-known. The admin API is usually not "
                               "forwarded there: enter the local listener (such as "
                               "http://127.0.0.1:8008) or an SSH tunnel as the admin API URL.")
                                    .arg(clientUrl.toString(), name),
                        false);
                if (thenSave) {
                    m_saving = false;
                    accept();
                }
            });
    lookup->start();
}

QLineEdit *ProfileDialog::readUrls(QUrl *clientUrl, QUrl *adminUrl, QString *problem)
{
    QString error;
    *clientUrl = core::ServerUrl::parse(m_ui->clientUrlEdit->text(), &error);
    if (!clientUrl->isValid()) {
        *problem = tr("The client URL is not usable: %1").arg(error);
        return m_ui->clientUrlEdit;
    }
    *adminUrl = QUrl();
    if (!m_ui->adminUrlEdit->text().trimmed().isEmpty()) {
        *adminUrl = core::ServerUrl::parse(m_ui->adminUrlEdit->text(), &error);
        if (!adminUrl->isValid()) {
            *problem = tr("The admin API URL is not usable: %1").arg(error);
            return m_ui->adminUrlEdit;
        }
    }
    return nullptr;
}

void ProfileDialog::checkServer()
{
    QUrl clientUrl;
    QUrl adminUrl;
    QString problem;
    if (readUrls(&clientUrl, &adminUrl, &problem)) {
        // Said where the check's answer goes, in place of the last one.
        showCheckResult(problem, true);
        return;
    }
    const auto [client, admin] = transports(clientUrl, adminUrl);
    auto *check = new net::ServerCheck(
            client, clientUrl, adminUrl.isEmpty() ? clientUrl : adminUrl, this);
    check->setAdminTransport(admin);
    client->setParent(check);
    admin->setParent(check);
    m_ui->checkButton->setEnabled(false);
    showCheckResult(tr("Checking\u2026"), false);
    connect(check, &net::ServerCheck::finished, this,
            [this, check](const core::ServerCheckResult &result) {
                check->deleteLater();
                m_ui->checkButton->setEnabled(true);
                if (!result.anythingAnswered() && result.problem.isError()) {
                    showCheckResult(result.problem.fullText(), true);
                } else {
                    // Marked as a problem whenever registration cannot work here.
                    showCheckResult(result.toText().trimmed(), !result.canRegister());
                }
            });
    check->start();
}

void ProfileDialog::importConfig(const QStringList &paths)
{
    QString error;
    const std::optional<store::SynapseConfig> config = store::SynapseConfig::load(paths, &error);
    if (!config) {
        showMessage(error, true);
        return;
    }
    QStringList notes;
    if (m_ui->nameEdit->text().trimmed().isEmpty() && !config->serverName.isEmpty()) {
        m_ui->nameEdit->setText(config->serverName);
    }
    if (m_ui->serverNameEdit->text().isEmpty() && !config->serverName.isEmpty()) {
        m_ui->serverNameEdit->setText(config->serverName);
    }
    const QUrl local = config->localClientUrl();
    if (m_ui->clientUrlEdit->text().isEmpty()) {
        // Without public_baseurl the listener is the one client URL the configuration names.
        m_ui->clientUrlEdit->setText(
                !config->publicBaseUrl.isEmpty() ? config->publicBaseUrl : local.toString());
    }
    if (m_ui->adminUrlEdit->text().isEmpty() && local.isValid()) {
        m_ui->adminUrlEdit->setText(local.toString());
        notes.append(tr("The admin API URL is the local listener %1 from the configuration; use "
                        "an SSH tunnel when this computer is not the server.")
                             .arg(local.toString()));
    }
    QString secretError;
    core::SecretBytes secret = config->sharedSecret(&secretError);
    if (secret.isEmpty()) {
        showMessage(secretError, true);
        return;
    }
    m_importedSecret = std::move(secret);
    m_ui->secretEdit->clear();
    m_ui->secretEdit->setPlaceholderText(tr("(imported from the configuration)"));
    notes.prepend(tr("The shared secret was read from the configuration; it goes straight to %1 "
                     "when you save and is not shown.")
                          .arg(m_secrets->placeName()));
    bool problem = false;
    if (m_importedSecret.size() < kRecommendedSecretLength) {
        problem = true;
        notes.append(tr("The secret has only %1 characters: anyone who captures one plain-HTTP "
                        "registration can guess a short secret offline. Use %2 or more random "
                        "characters.")
                             .arg(m_importedSecret.size())
                             .arg(kRecommendedSecretLength));
    }
    showMessage(notes.join(QLatin1Char(' ')), problem);
}

void ProfileDialog::accept()
{
    if (m_saving) {
        return;
    }
    const QString nameProblem = m_profiles->nameProblem(
            m_ui->nameEdit->text(), m_existing ? m_existing->id : QString());
    if (!nameProblem.isEmpty()) {
        showMessage(nameProblem, true);
        m_ui->nameEdit->setFocus();
        return;
    }
    if (looksLikeBareName(m_ui->clientUrlEdit->text())
            && !m_ui->clientUrlEdit->text().contains(QLatin1Char(':'))) {
        m_saving = true;
        lookUp(true);
        return;
    }
    Profile profile = m_existing.value_or(Profile());
    profile.name = m_ui->nameEdit->text().trimmed();
    QString urlProblem;
    if (QLineEdit *fault = readUrls(&profile.clientUrl, &profile.adminUrl, &urlProblem)) {
        showMessage(urlProblem, true);
        fault->setFocus();
        return;
    }
    profile.serverName = m_ui->serverNameEdit->text().trimmed();
    profile.allowInsecureHttp = m_ui->insecureCheck->isChecked();
    profile.pinnedSha256.clear();
    if (!m_ui->pinEdit->text().trimmed().isEmpty()) {
        profile.pinnedSha256 = core::CertificateInfo::parseFingerprint(m_ui->pinEdit->text());
        if (profile.pinnedSha256.isEmpty()) {
            showMessage(tr("The pinned certificate must be a SHA-256 fingerprint: 64 hex digits, "
                           "colons optional."),
                    true);
            m_ui->pinEdit->setFocus();
            return;
        }
    }
    profile.caFile = m_ui->caFileEdit->text().trimmed();
    if (!profile.caFile.isEmpty() && !QFileInfo(profile.caFile).isReadable()) {
        showMessage(tr("Cannot read the CA file %1.").arg(profile.caFile), true);
        m_ui->caFileEdit->setFocus();
        return;
    }
    if (!profile.caFile.isEmpty()
            && QSslCertificate::fromPath(profile.caFile, QSsl::Pem).isEmpty()) {
        // Refused like a missing file, not saved to fail at the first connection.
        showMessage(tr("The CA file %1 holds no PEM certificate.").arg(profile.caFile), true);
        m_ui->caFileEdit->setFocus();
        return;
    }
    if (flows::ServerTarget::fromProfile(profile).hasTrustWithoutTls()) {
        showMessage(core::RegistrationError(core::RegistrationError::Code::TrustNeedsTls,
                            core::ServerUrl::hostAndPort(profile.effectiveAdminUrl()))
                            .message(),
                true);
        (profile.pinnedSha256.isEmpty() ? m_ui->caFileEdit : m_ui->pinEdit)->setFocus();
        return;
    }
    profile.defaultAdmin = m_ui->defaultAdminCheck->isChecked();
    profile.defaultUserType = m_ui->defaultUserTypeCombo->currentData().toString();
    profile.defaultPasswordLength = m_ui->defaultLengthSpin->value();
    profile.defaultSignIn = m_ui->defaultSignInCheck->isChecked();
    profile.notes = m_ui->notesEdit->toPlainText();
    if (profile.id.isEmpty()) {
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    m_profile = profile;

    // The field's text is a QString that Qt keeps; its UTF-8 goes straight into SecretBytes.
    core::SecretBytes secret = core::SecretBytes::fromUtf8(m_ui->secretEdit->text());
    if (secret.isEmpty()) {
        secret = m_importedSecret.copy();
    }
    if (secret.isEmpty()) {
        saveProfile();
        return;
    }
    m_saving = true;
    saveSecretThenProfile(std::move(secret));
}

void ProfileDialog::saveSecretThenProfile(core::SecretBytes secret)
{
    // Shared with the answer, which may need it again to keep it in memory instead.
    auto kept = std::make_shared<core::SecretBytes>(std::move(secret));
    m_secrets->write(m_profile.id, *kept, this, [this, kept](const SecretStore::Result &result) {
        if (result.ok()) {
            m_ui->secretEdit->clear();
            m_importedSecret.clear();
            saveProfile();
            return;
        }
        if (!store::SecretVault::isUnavailable(result.status)) {
            m_saving = false;
            showMessage(result.message(), true);
            return;
        }
        QMessageBox box(QMessageBox::Warning, tr("The keychain cannot be used"), result.message(),
                QMessageBox::NoButton, this);
        box.setInformativeText(tr("Keep the secret in memory for this session only? The profile "
                                  "is saved without it, and nothing is written to disk instead."));
        QPushButton *session =
                box.addButton(tr("&Use for this session only"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != session) {
            m_saving = false;
            showMessage(result.message(), true);
            return;
        }
        m_secrets->keepForThisRun(m_profile.id, *kept, this, [this](const SecretStore::Result &) {
            m_ui->secretEdit->clear();
            saveProfile();
        });
    });
}

void ProfileDialog::saveProfile()
{
    m_saving = false;
    QString error;
    const bool saved =
            m_existing ? m_profiles->update(m_profile, &error) : m_profiles->add(m_profile, &error);
    if (!saved) {
        showMessage(error, true);
        return;
    }
    QDialog::accept();
}

} // namespace registrar::widgets
