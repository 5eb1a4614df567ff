// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDialog.h"

#include "ui_ProfileDialog.h"

#include "ActionIcons.h"
#include "Backend.h"
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

#include <QClipboard>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollBar>
#include <QSslCertificate>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <array>

namespace registrar::widgets {

using core::MasAdminClient;
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

//! A fresh ULID: 48 bits of milliseconds since the epoch, then 80 random bits, in base32.
QString newUlid()
{
    static const char digits[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::array<quint8, 16> bytes{};
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i) {
        bytes[i] = quint8(now >> (8 * (5 - i)));
    }
    QRandomGenerator::system()->generate(bytes.begin() + 6, bytes.end());
    // 26 digits of 5 bits are 130 bits: the 128 of the bytes after two zero bits.
    const auto bit = [&bytes](int index) {
        return index < 2 ? 0 : (bytes[(index - 2) / 8] >> (7 - (index - 2) % 8)) & 1;
    };
    QString ulid;
    for (int digit = 0; digit < 26; ++digit) {
        int value = 0;
        for (int i = 0; i < 5; ++i) {
            value = (value << 1) | bit(digit * 5 + i);
        }
        ulid += QLatin1Char(digits[value]);
    }
    return ulid;
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
    m_sharedSecretTexts = {m_ui->secretGroup->title(), m_ui->secretLabel->text(),
            m_ui->secretEdit->accessibleDescription(), m_ui->defaultAdminCheck->text()};
    m_ui->masAuthCombo->addItem(
            QStringLiteral("client_secret_basic"), int(MasAdminClient::AuthMethod::Basic));
    m_ui->masAuthCombo->addItem(
            QStringLiteral("client_secret_post"), int(MasAdminClient::AuthMethod::Post));
    m_ui->masYamlLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->masHelpLabel->setText(
            tr("MAS gives an admin token only to a client it knows as an admin client. In MAS's "
               "config.yaml, the MAS admin:")
            + QStringLiteral("\n\u2022 ")
            + tr("adds the client to clients: with a client_id that is a ULID (the ID above), "
                 "the client_auth_method chosen above and a client_secret (the one below);")
            + QStringLiteral("\n\u2022 ") + tr("lists the same ID under policy.data.admin_clients;")
            + QStringLiteral("\n\u2022 ")
            + tr("adds the adminapi resource to a listener, where it is off by default; the MAS "
                 "URL above is that listener's address.")
            + QLatin1Char('\n')
            + tr("Then MAS is restarted, as it reads clients: at startup. Below, the same as YAML; "
                 "of the listener, only the lines to add are shown."));
    m_ui->masYamlLabel->setText(masConfigYaml());
    // The form scrolls only vertically: it is never narrower than its fields need. Measured
    // with every part shown in both wordings, so that switching later does not widen it.
    m_ui->switchKindButton->setText(tr("Use the MAS admin API"));
    m_ui->defaultAdminCheck->setText(masDefaultAdminText());
    keepFormWhole();
    m_ui->switchKindButton->setText(tr("Use shared-secret registration"));
    m_ui->defaultAdminCheck->setText(m_sharedSecretTexts.defaultAdmin);
    keepFormWhole();
    WholeTitle::keep(this);
    m_ui->messageLabel->hide();
    m_ui->checkResultLabel->hide();
    m_ui->switchKindRow->hide();
    m_ui->masUrlNoteLabel->hide();
    m_ui->masClientIdProblemLabel->hide();
    m_ui->masHelp->hide();
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
        if (existing->isMas()) {
            m_ui->masRadio->setChecked(true);
            m_ui->masUrlEdit->setText(existing->mas.masUrl.toString());
            m_ui->masClientIdEdit->setText(existing->mas.clientId);
            m_ui->masAuthCombo->setCurrentIndex(
                    m_ui->masAuthCombo->findData(int(existing->mas.authMethod)));
        }
    }
    applyAccountKind();
    refreshSecretStatus();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, [this] { lookUp(false); });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ProfileDialog::checkServer);
    connect(m_ui->removeSecretButton, &QPushButton::clicked, this,
            &ProfileDialog::removeStoredSecret);
    connect(m_ui->masRadio, &QRadioButton::toggled, this, &ProfileDialog::applyAccountKind);
    connect(m_ui->switchKindButton, &QPushButton::clicked, this, [this] {
        (masChosen() ? m_ui->sharedSecretRadio : m_ui->masRadio)->setChecked(true);
        if (masChosen()) {
            QLineEdit *first = m_ui->masUrlEdit->text().trimmed().isEmpty() ? m_ui->masUrlEdit
                                                                            : m_ui->masClientIdEdit;
            first->setFocus();
            m_ui->formScroll->ensureWidgetVisible(first);
        }
    });
    connect(m_ui->masClientIdEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->masYamlLabel->setText(masConfigYaml());
        if (m_ui->masClientIdProblemLabel->isVisibleTo(this)) {
            // Said until it is fixed, and gone as soon as it is.
            showClientIdProblem(
                    MasAdminClient::clientIdProblem(m_ui->masClientIdEdit->text().trimmed()));
        }
    });
    connect(m_ui->masClientIdEdit, &QLineEdit::editingFinished, this, [this] {
        const QString typed = m_ui->masClientIdEdit->text().trimmed();
        if (!typed.isEmpty()) {
            showClientIdProblem(MasAdminClient::clientIdProblem(typed));
        }
    });
    connect(m_ui->newClientIdButton, &QPushButton::clicked, this,
            [this] { m_ui->masClientIdEdit->setText(newUlid()); });
    connect(m_ui->masAuthCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_ui->masYamlLabel->setText(masConfigYaml()); });
    connect(m_ui->masHelpButton, &QPushButton::toggled, this, [this](bool shown) {
        m_ui->masHelp->setVisible(shown);
        if (shown) {
            growToFit();
            QTimer::singleShot(0, this,
                    [this] { m_ui->formScroll->ensureWidgetVisible(m_ui->masHelp, 0, 0); });
        }
        keepHelpReadable();
    });
    connect(m_ui->copyYamlButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(masConfigYaml()); });
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

void ProfileDialog::showWhatMasNeeds()
{
    if (masChosen()) {
        m_ui->masHelpButton->setChecked(true);
    }
}

void ProfileDialog::keepFormWhole()
{
    m_ui->formScroll->setMinimumWidth(std::max(m_ui->formScroll->minimumWidth(),
            m_ui->formContents->minimumSizeHint().width()
                    + m_ui->formScroll->verticalScrollBar()->sizeHint().width()));
}

void ProfileDialog::keepHelpReadable()
{
    if (!m_ui->masHelp->isVisibleTo(this)) {
        m_ui->formScroll->setMinimumHeight(0);
        return;
    }
    // Its widths once the window is as narrow as it goes, where the text wraps the most.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const int narrowing = m_ui->formScroll->width() - m_ui->formScroll->minimumWidth();
    const int prose = m_ui->masHelpLabel->heightForWidth(
            std::max(1, m_ui->masHelpLabel->width() - std::max(0, narrowing)));
    m_ui->formScroll->setMinimumHeight(std::max(prose, m_ui->masYamlLabel->sizeHint().height()));
}

QString ProfileDialog::masDefaultAdminText()
{
    // What admin means there: MAS's can_request_admin, and the token made here carries it.
    return tr("New users may request a&dmin rights, and their token has them");
}

void ProfileDialog::refreshSecretStatus()
{
    m_ui->removeSecretButton->setEnabled(false);
    m_secretStatus.reset();
    m_secretStatusMessage.clear();
    showSecretStatus();
    if (!m_existing) {
        return;
    }
    m_secrets->read(m_existing->id, this, [this](const SecretStore::Result &result) {
        // Only the answer is kept, never the secret.
        m_secretStatus = result.status;
        m_secretStatusMessage = result.message();
        m_ui->removeSecretButton->setEnabled(result.ok());
        showSecretStatus();
    });
}

void ProfileDialog::showSecretStatus()
{
    QString text;
    if (!m_existing) {
        text = tr("It is stored in %1 when you save, never in a file.").arg(m_secrets->placeName());
    } else if (!m_secretStatus) {
        text = tr("Looking in the keychain\u2026");
    } else if (storedSecretIsStale()) {
        text = m_existing->isMas()
                ? tr("The stored secret is MAS's client secret, which shared-secret registration "
                     "cannot use: type the shared secret, or the stored one is removed when you "
                     "save.")
                : tr("The stored secret is the shared secret, which MAS does not take: type "
                     "the client secret, or the stored one is removed when you save.");
    } else if (*m_secretStatus == SecretStore::Status::Ok) {
        text = tr("A secret is stored; it is never shown. Type a new one to replace it.");
    } else if (*m_secretStatus == SecretStore::Status::NotFound && masChosen()) {
        text = tr("No client secret is stored for this profile yet.");
    } else {
        text = m_secretStatusMessage;
    }
    m_ui->secretStatusLabel->setText(text);
}

bool ProfileDialog::masChosen() const
{
    return m_ui->masRadio->isChecked();
}

bool ProfileDialog::storedSecretIsStale() const
{
    return m_existing && m_secretStatus == SecretStore::Status::Ok
            && m_existing->isMas() != masChosen();
}

void ProfileDialog::applyAccountKind()
{
    const bool mas = masChosen();
    m_ui->masFields->setVisible(mas);
    keepHelpReadable();
    // MAS knows no user types; the admin box means something else there.
    m_ui->defaultUserTypeLabel->setVisible(!mas);
    m_ui->defaultUserTypeCombo->setVisible(!mas);
    m_ui->secretGroup->setTitle(
            mas ? tr("MAS admin client secret") : m_sharedSecretTexts.groupTitle);
    m_ui->secretLabel->setText(mas ? tr("Client &secret:") : m_sharedSecretTexts.secretLabel);
    m_ui->secretEdit->setAccessibleDescription(mas
                    ? tr("The admin client's client_secret in MAS's configuration; it is stored "
                         "in the keychain, never in a file, and never shown back")
                    : m_sharedSecretTexts.secretDescription);
    m_ui->defaultAdminCheck->setText(
            mas ? masDefaultAdminText() : m_sharedSecretTexts.defaultAdmin);
    // The imported secret is a shared secret: it is never offered as MAS's.
    m_ui->secretEdit->setPlaceholderText(!mas && !m_importedSecret.isEmpty()
                    ? tr("(imported from the configuration)")
                    : QString());
    showSecretStatus();
    if (m_lastCheck) {
        showCheckOutcome(*m_lastCheck);
    }
    offerKindSwitch();
    if (isVisible()) {
        growToFit();
    }
}

void ProfileDialog::offerKindSwitch()
{
    QString offer;
    QString button;
    if (m_lastCheck && core::Backend::delegatesToMas(m_lastCheck->backend) && !masChosen()) {
        offer = tr("This server delegates authentication to MAS: shared-secret registration "
                   "cannot create accounts here, MAS's admin API can.");
        if (!m_lastCheck->masUrl.isValid()) {
            offer += QLatin1Char(' ')
                    + tr("The server does not say where MAS is: type the MAS URL after "
                         "switching.");
        }
        button = tr("Use the MAS admin API");
    } else if (m_lastCheck && !core::Backend::delegatesToMas(m_lastCheck->backend)
            && m_lastCheck->canRegister() && masChosen()) {
        offer = tr("This server does not delegate authentication to MAS, and its shared-secret "
                   "registration is enabled.");
        button = tr("Use shared-secret registration");
    }
    m_ui->switchKindRow->setVisible(!offer.isEmpty());
    if (offer.isEmpty()) {
        return;
    }
    ProblemMarking::show(m_ui->switchKindLabel, offer, false, ProblemMarking::warningSign());
    m_ui->switchKindButton->setText(button);
}

void ProfileDialog::showCheckOutcome(const core::ServerCheckResult &result)
{
    if (!result.anythingAnswered() && result.problem.isError()) {
        ProblemMarking::show(m_ui->checkResultLabel, result.problem.fullText(), true);
        return;
    }
    // Marked as a problem whenever the chosen way cannot create accounts here.
    const bool throughMas = masChosen() && core::Backend::delegatesToMas(result.backend);
    ProblemMarking::show(m_ui->checkResultLabel, result.toText().trimmed(),
            !result.canRegister() && !throughMas);
}

void ProfileDialog::takeMasUrl(const QUrl &found)
{
    QString error;
    const QUrl foundUrl = core::ServerUrl::parse(found.toString(), &error);
    if (!foundUrl.isValid()) {
        return;
    }
    const QString typed = m_ui->masUrlEdit->text().trimmed();
    const QUrl typedUrl = core::ServerUrl::parse(typed, &error);
    m_ui->masUrlNoteLabel->hide();
    if (typed.isEmpty() || typed == m_masUrlFromCheck) {
        m_masUrlFromCheck = foundUrl.toString();
        m_ui->masUrlEdit->setText(m_masUrlFromCheck);
    } else if (typedUrl != foundUrl) {
        // Typed on purpose, perhaps an internal listener: said, not overwritten.
        ProblemMarking::show(m_ui->masUrlNoteLabel,
                tr("The check found MAS at %1; the URL typed above is kept.")
                        .arg(foundUrl.toString()),
                false, ProblemMarking::warningSign());
        m_ui->masUrlNoteLabel->show();
    }
}

void ProfileDialog::showClientIdProblem(const QString &problem)
{
    m_ui->masClientIdProblemLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty()) {
        ProblemMarking::show(m_ui->masClientIdProblemLabel, problem, true);
    }
}

QString ProfileDialog::masConfigYaml() const
{
    const QString typed = m_ui->masClientIdEdit->text().trimmed();
    const QString id = MasAdminClient::isUlid(typed) ? typed : QStringLiteral("<ULID>");
    const QString method = m_ui->masAuthCombo->currentText();
    // The secret stays out: this text may be copied and pasted anywhere.
    return QStringLiteral("clients:\n"
                          "  - client_id: %1\n"
                          "    client_auth_method: %2\n"
                          "    client_secret: \"<%3>\"\n"
                          "policy:\n"
                          "  data:\n"
                          "    admin_clients:\n"
                          "      - %1\n"
                          "http:\n"
                          "  listeners:\n"
                          "    - name: web\n"
                          "      resources:\n"
                          "        - name: adminapi")
            .arg(id, method, tr("the client secret"));
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
    m_lastCheck.reset();
    offerKindSwitch();
    connect(check, &net::ServerCheck::finished, this,
            [this, check](const core::ServerCheckResult &result) {
                check->deleteLater();
                m_ui->checkButton->setEnabled(true);
                m_lastCheck = result;
                takeMasUrl(result.masUrl);
                showCheckOutcome(result);
                offerKindSwitch();
                m_ui->checkResultLabel->show();
                growToFit();
                QTimer::singleShot(0, this, [this] {
                    // Each pass can post another request (wrapped lines settle late): a few.
                    for (int pass = 0; pass < 3; ++pass) {
                        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
                    }
                    m_ui->formScroll->ensureWidgetVisible(m_ui->checkResultLabel, 0, 0);
                    if (m_ui->switchKindRow->isVisible()) {
                        // A line of room below: scaled fonts can paint a little past it.
                        m_ui->formScroll->ensureWidgetVisible(m_ui->switchKindRow, 0,
                                m_ui->switchKindLabel->fontMetrics().height());
                    }
                });
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
    if (masChosen()) {
        notes.append(tr("The shared secret was not read: MAS creates this profile's accounts."));
        showMessage(notes.join(QLatin1Char(' ')), false);
        return;
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
    profile.mas = MasAdminClient();
    if (masChosen()) {
        const QString clientId = m_ui->masClientIdEdit->text().trimmed();
        const QString idProblem = MasAdminClient::clientIdProblem(clientId);
        if (!idProblem.isEmpty()) {
            // Beside the field, where the admin looks to fix it.
            m_ui->messageLabel->hide();
            showClientIdProblem(idProblem);
            m_ui->masClientIdEdit->setFocus();
            m_ui->formScroll->ensureWidgetVisible(m_ui->masClientIdProblemLabel);
            return;
        }
        if (m_ui->masUrlEdit->text().trimmed().isEmpty()) {
            showMessage(tr("Enter the MAS URL, or let Check server find it."), true);
            m_ui->masUrlEdit->setFocus();
            return;
        }
        QString masUrlError;
        profile.mas.masUrl = core::ServerUrl::parse(m_ui->masUrlEdit->text(), &masUrlError);
        if (!profile.mas.masUrl.isValid()) {
            showMessage(tr("The MAS URL is not usable: %1").arg(masUrlError), true);
            m_ui->masUrlEdit->setFocus();
            return;
        }
        profile.mas.clientId = clientId;
        profile.mas.authMethod =
                MasAdminClient::AuthMethod(m_ui->masAuthCombo->currentData().toInt());
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
    // MAS has no user types: a MAS profile keeps none that a later switch could send.
    profile.defaultUserType =
            profile.isMas() ? QString() : m_ui->defaultUserTypeCombo->currentData().toString();
    profile.defaultPasswordLength = m_ui->defaultLengthSpin->value();
    profile.defaultSignIn = m_ui->defaultSignInCheck->isChecked();
    profile.notes = m_ui->notesEdit->toPlainText();
    if (profile.id.isEmpty()) {
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    m_profile = profile;

    // The field's text is a QString that Qt keeps; its UTF-8 goes straight into SecretBytes.
    core::SecretBytes secret = core::SecretBytes::fromUtf8(m_ui->secretEdit->text());
    if (secret.isEmpty() && !profile.isMas()) {
        secret = m_importedSecret.copy();
    }
    if (secret.isEmpty() && storedSecretIsStale()) {
        // Never sent as the other kind: MAS must not receive Synapse's shared secret.
        m_saving = true;
        removeStaleSecretThenProfile();
        return;
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

void ProfileDialog::removeStaleSecretThenProfile()
{
    m_secrets->remove(m_profile.id, this, [this](const SecretStore::Result &result) {
        if (!result.ok() && result.status != SecretStore::Status::NotFound) {
            m_saving = false;
            showMessage(result.message(), true);
            return;
        }
        saveProfile();
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
