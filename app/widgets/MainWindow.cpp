// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "ActionIcons.h"
#include "BatchWindow.h"
#include "CertificateDialog.h"
#include "CliCommand.h"
#include "ClipboardGuard.h"
#include "CredentialsPanel.h"
#include "EmailAddress.h"
#include "HttpTransport.h"
#include "MasCliCommand.h"
#include "MasProgressStore.h"
#include "PasswordGenerator.h"
#include "ProblemMarking.h"
#include "ProfileDialog.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "SecretVault.h"
#include "ServerUrl.h"
#include "TokenSession.h"
#include "Translations.h"
#include "UserTypeChoices.h"
#include "UsernameRules.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

namespace registrar::widgets {

using core::InputProblem;
using core::RegistrationError;

namespace {

const char *const kFaultProperty = "fault";
//! How many rows of the history its columns are sized to (those shown are measured too).
constexpr int kHistoryRowsMeasured = 200;

//! One line of feedback: a sign and words, so that colour never carries the meaning alone.
QString feedbackLine(const QString &text, bool blocking)
{
    const QString line = (blocking ? ProblemMarking::sign() : ProblemMarking::warningSign()) + text;
    return blocking ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(ProblemMarking::colour(), line.toHtmlEscaped())
                    : line.toHtmlEscaped();
}

QStringList feedbackFor(
        const QList<InputProblem> &problems, InputProblem::Field field, bool *blocking)
{
    QStringList lines;
    *blocking = false;
    for (const InputProblem &problem : problems) {
        if (problem.field == field) {
            lines.append(feedbackLine(problem.message, problem.isBlocking()));
            *blocking = *blocking || problem.isBlocking();
        }
    }
    return lines;
}

const char *const kSplitterStateKey = "mainWindow/splitterState";

//! Whether the text of \a label fits the room it keeps at \a width.
bool fits(const QLabel *label, int width)
{
    return label->heightForWidth(width) <= label->maximumHeight();
}

/*!
 * Shows \a lines of feedbackLine() in \a label, whose room of \a width is reserved so that nothing
 * below it moves: what does not fit is cut at a word with an ellipsis, and the tooltip has it all.
 */
void setMessage(QLabel *label, const QStringList &lines, int width)
{
    label->setTextFormat(Qt::RichText);
    const QString whole = lines.join(QStringLiteral("<br>"));
    label->setText(whole);
    label->setToolTip(QTextDocumentFragment::fromHtml(whole).toPlainText());
    QStringList kept = lines;
    // A line is its escaped words, in a span when it blocks: its last word goes, "…" takes its
    // place; a line with one word left goes whole.
    const auto cutLastWord = [&kept] {
        QString last = kept.takeLast();
        const qsizetype end =
                last.endsWith(QLatin1String("</span>")) ? last.size() - 7 : last.size();
        const qsizetype start =
                last.startsWith(QLatin1String("<span")) ? last.indexOf(u'>') + 1 : 0;
        const qsizetype space = last.lastIndexOf(u' ', end - 1);
        if (space > start) {
            kept.append(last.left(space) + QStringLiteral("\u2026") + last.mid(end));
        }
    };
    while (!fits(label, width) && !kept.isEmpty()) {
        const qsizetype before = kept.size();
        cutLastWord();
        if (kept.size() < before && !kept.isEmpty()) {
            cutLastWord(); // the line before says that there is more
        }
        label->setText(kept.join(QStringLiteral("<br>")));
    }
}

//! The height of \a lines lines of feedback in \a label, signs included.
int heightOfLines(QLabel *label, int lines)
{
    QStringList sample;
    for (int line = 0; line < lines; ++line) {
        sample.append(ProblemMarking::sign() + ProblemMarking::warningSign()
                + ProblemMarking::okSign() + QStringLiteral("Mg"));
    }
    QLabel measure;
    measure.setFont(label->font());
    measure.setTextFormat(Qt::RichText);
    measure.setText(sample.join(QStringLiteral("<br>")));
    return measure.sizeHint().height();
}

//! Asks \a question with \a go and \a stay, \a stay the default; true when \a go was clicked.
bool confirmed(QWidget *parent, const QString &title, const QString &question,
        const QString &detail, const QString &go, QMessageBox::ButtonRole goRole,
        const QString &stay)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, parent);
    box.setInformativeText(detail);
    QPushButton *goButton = box.addButton(go, goRole);
    box.setDefaultButton(box.addButton(stay, QMessageBox::RejectRole));
    box.exec();
    return box.clickedButton() == goButton;
}

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *manager, store::ProfileStore *profiles,
        store::SecretVault *secrets, const QString &historyFile, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_manager(manager)
    , m_clipboard(std::make_unique<ClipboardGuard>(QGuiApplication::clipboard()))
    , m_history(historyFile)
    , m_historyModel(std::make_unique<HistoryTableModel>(&m_history))
    // The user's own history goes with the progress file the command-line tool shares, so that
    // either finishes what the other left; a history elsewhere (the demo) keeps its own beside it.
    , m_masProgress(std::make_unique<store::MasProgressStore>(
              historyFile == store::AccountHistory::defaultFilePath()
                      ? store::MasProgressStore::defaultPath()
                      : QFileInfo(historyFile).dir().filePath(QStringLiteral("mas-progress.json"))))
    , m_flow(std::make_unique<flows::RegistrationFlow>(manager, secrets))
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    // Feedback and the user ID preview have their room whether they say something or not, so
    // that nothing moves under the mouse while typing: one line for the preview, two for the
    // messages (a longer one is in their tooltip).
    m_ui->usernameFeedback->setFixedHeight(
            heightOfLines(m_ui->previewLabel, 1) + heightOfLines(m_ui->usernameMessage, 2));
    m_ui->usernameMessage->setMaximumHeight(heightOfLines(m_ui->usernameMessage, 2));
    m_ui->passwordMessage->setFixedHeight(heightOfLines(m_ui->passwordMessage, 2));
    m_ui->emailsMessage->setFixedHeight(heightOfLines(m_ui->emailsMessage, 1));
    fitPanesToTheirContent();
    // Their content changes (rows shown and hidden, the credentials of an account).
    m_ui->formPanel->installEventFilter(this);
    m_ui->resultTabs->installEventFilter(this);
    // The splitter lists the results first among its children; the form goes back in front, so
    // that a search by name (tests, accessibility tools) finds the form's passwordEdit before the
    // credentials' one, as before the splitter.
    m_ui->formScroll->stackUnder(m_ui->resultTabs);
    m_ui->mainSplitter->restoreState(
            QSettings().value(QLatin1String(kSplitterStateKey)).toByteArray());
    m_flow->setProfileStore(profiles);
    m_flow->setHistory(&m_history);
    m_flow->setMasProgressStore(m_masProgress.get());
    m_flow->setKeepsTypedSecrets(true);
    connect(m_flow.get(), &flows::RegistrationFlow::stageChanged, this, &MainWindow::showStage);
    connect(m_flow.get(), &flows::RegistrationFlow::succeeded, this, &MainWindow::handleSuccess);
    connect(m_flow.get(), &flows::RegistrationFlow::failed, this, &MainWindow::handleFailure);
    connect(m_flow.get(), &flows::RegistrationFlow::needsTrustDecision, this,
            &MainWindow::decideTrust);
    setStyleSheet(QStringLiteral("*[fault=\"true\"] { border: 2px solid %1; }")
                          .arg(ProblemMarking::colour()));
    m_ui->demoBanner->hide();
    m_ui->errorFrame->hide();
    m_ui->errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(24, 24));
    m_ui->errorIcon->setAccessibleName(tr("Error"));
    // The MAS way, offered where a server that delegates to MAS says so.
    m_masCommandButton =
            new QPushButton(ActionIcons::copy(), tr("Copy the mas-cli command"), m_ui->errorFrame);
    m_masCommandButton->setObjectName(QStringLiteral("masCommandButton"));
    m_masCommandButton->setToolTip(tr("The mas-cli line that creates this account on the MAS "
                                      "host; mas-cli asks for the password itself"));
    // Under the message, which keeps the banner's width.
    auto *messageColumn = new QVBoxLayout;
    m_ui->errorLayout->removeWidget(m_ui->errorLabel);
    messageColumn->addWidget(m_ui->errorLabel);
    messageColumn->addWidget(m_masCommandButton, 0, Qt::AlignLeft);
    m_ui->errorLayout->addLayout(messageColumn, 1);
    m_masCommandButton->hide();
    // An account MAS has but did not finish: the same registration again continues it.
    m_finishButton = new QPushButton(
            ActionIcons::registerAccount(), tr("Finish the remaining steps"), m_ui->errorFrame);
    m_finishButton->setObjectName(QStringLiteral("finishButton"));
    m_finishButton->setToolTip(tr("Registers the same account again: MAS goes on from the last "
                                  "step that worked, and nothing done is done twice"));
    messageColumn->addWidget(m_finishButton, 0, Qt::AlignLeft);
    m_finishButton->hide();
    connect(m_finishButton, &QPushButton::clicked, this, &MainWindow::startRegistration);
    // MAS refused its admin client or has no admin API: the profile dialog says what MAS needs.
    m_masNeedsButton = new QPushButton(tr("What MAS needs\u2026"), m_ui->errorFrame);
    m_masNeedsButton->setObjectName(QStringLiteral("masNeedsButton"));
    m_masNeedsButton->setToolTip(tr("Opens the profile with what MAS's configuration must have "
                                    "for this tool: the client, its admin rights, the admin API"));
    messageColumn->addWidget(m_masNeedsButton, 0, Qt::AlignLeft);
    m_masNeedsButton->hide();
    connect(m_masNeedsButton, &QPushButton::clicked, this, &MainWindow::showWhatMasNeeds);
    connect(m_masCommandButton, &QPushButton::clicked, this, [this] {
        m_clipboard->copy(core::MasCliCommand::forRegistration(currentRequest()), false);
        statusBar()->showMessage(tr("Copied: run it on the host of the Matrix Authentication "
                                    "Service."),
                10000);
    });
    m_ui->busyBar->hide();
    m_ui->busyLabel->hide();
    m_ui->cancelButton->hide();
    buildMenus();

    UserTypeChoices::fill(m_ui->userTypeCombo);

    auto *revealAction = new QAction(ActionIcons::reveal(), tr("Show"), this);
    revealAction->setCheckable(true);
    revealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    revealAction->setToolTip(tr("Show or hide the passwords (Ctrl+H)"));
    m_ui->revealButton->setDefaultAction(revealAction);
    addAction(revealAction);
    connect(revealAction, &QAction::toggled, this, &MainWindow::setPasswordsRevealed);

    auto *generateAction = new QAction(ActionIcons::generate(), tr("Generate"), this);
    generateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    generateAction->setToolTip(tr("Generate a password of the chosen length (Ctrl+G)"));
    m_ui->generateButton->setDefaultAction(generateAction);
    addAction(generateAction);
    connect(generateAction, &QAction::triggered, this, &MainWindow::generatePassword);
    // A tool button shows its icon alone by default: the words stay, the icon only helps.
    for (QToolButton *button : {m_ui->revealButton, m_ui->generateButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    m_ui->registerButton->setIcon(ActionIcons::registerAccount());
    m_ui->cancelButton->setIcon(ActionIcons::cancel());
    m_ui->lengthSpin->setRange(
            core::PasswordGenerator::kMinLength, core::PasswordGenerator::kMaxLength);
    m_ui->lengthSpin->setValue(core::PasswordGenerator::kDefaultLength);

    for (QLineEdit *edit : {m_ui->urlEdit, m_ui->secretEdit, m_ui->serverNameEdit,
                 m_ui->usernameEdit, m_ui->displayNameEdit, m_ui->emailsEdit, m_ui->passwordEdit,
                 m_ui->confirmEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &MainWindow::updateFormState);
        connect(edit, &QLineEdit::returnPressed, this, &MainWindow::startRegistration);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { clearErrorAbout(edit); });
    }
    // A password typed or changed by hand is no longer the generated one.
    for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->confirmEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] { m_generatedPassword.clear(); });
    }
    connect(m_ui->userTypeCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::updateFormState);
    connect(m_ui->userTypeCombo, &QComboBox::activated, this,
            [this] { clearErrorAbout(m_ui->userTypeCombo); });
    for (QWidget *box : {static_cast<QWidget *>(m_ui->profileCombo),
                 static_cast<QWidget *>(m_ui->insecureHttpCheck),
                 static_cast<QWidget *>(m_ui->lengthSpin),
                 static_cast<QWidget *>(m_ui->userTypeCombo),
                 static_cast<QWidget *>(m_ui->adminCheck),
                 static_cast<QWidget *>(m_ui->skipPasswordCheck),
                 static_cast<QWidget *>(m_ui->signInCheck)}) {
        box->installEventFilter(this);
    }
    connect(m_ui->adminCheck, &QCheckBox::clicked, this, &MainWindow::confirmAdmin);
    connect(m_ui->signInCheck, &QCheckBox::toggled, this, &MainWindow::updateAdminNote);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &MainWindow::startRegistration);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRegistration);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &MainWindow::cancelRegistration);

    m_clipboardStatus = new QLabel(this);
    m_clipboardStatus->hide();
    statusBar()->addPermanentWidget(m_clipboardStatus);
    connect(m_clipboard.get(), &ClipboardGuard::countdownChanged, this,
            &MainWindow::showClipboardCountdown);
    connect(m_clipboard.get(), &ClipboardGuard::cleared, this,
            [this] { statusBar()->showMessage(tr("Clipboard cleared."), 5000); });

    m_ui->historyTable->setModel(m_historyModel.get());
    // Every column as wide as its header and cells (a long user ID scrolls rather than being
    // cut), the last one takes the room left. Only some rows are measured, so that a history of
    // many thousand accounts stays quick to update.
    QHeaderView *historyHeader = m_ui->historyTable->horizontalHeader();
    historyHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    historyHeader->setStretchLastSection(true);
    historyHeader->setResizeContentsPrecision(kHistoryRowsMeasured);
    m_ui->historyTable->verticalHeader()->hide();
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, &MainWindow::clearHistory);
    // Another server: what the last attempt met there is no longer about this form.
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::clearError);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::applyProfile);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &MainWindow::manageProfiles);
    connect(m_ui->batchButton, &QPushButton::clicked, this, [this] {
        auto *batch = new BatchWindow(m_profiles, m_secrets, m_manager,
                m_ui->profileCombo->currentData().toString(), this);
        batch->setAttribute(Qt::WA_DeleteOnClose);
        batch->setHistory(&m_history);
        connect(batch, &BatchWindow::historyChanged, this, &MainWindow::refreshHistory);
        batch->show();
    });
    reloadProfiles();
    connect(m_profiles, &store::ProfileStore::profilesChanged, this, [this] {
        const QString selected = m_ui->profileCombo->currentData().toString();
        reloadProfiles();
        // The selected profile was removed: the form follows the fallback selection.
        if (m_ui->profileCombo->currentData().toString() != selected) {
            applyProfile();
        }
    });
    const QString last = m_profiles->lastUsedId();
    if (m_profiles->find(last)) {
        selectProfile(last);
    } else if (!m_profiles->profiles().isEmpty()) {
        selectProfile(m_profiles->profiles().constFirst().id);
    } else {
        selectProfile({});
    }

    QString error;
    if (!m_history.load(&error)) {
        statusBar()->showMessage(error);
    }
    refreshHistory();
    updateFormState();
    m_ui->usernameEdit->setFocus(); // the field of every new account, not the profile
}

void MainWindow::fitPanesToTheirContent()
{
    // The form scrolls up and down when the window is shorter than it, never sideways; a short
    // window still shows a good part of it: about 24 lines, or all of a shorter form.
    const QSize form = m_ui->formPanel->minimumSizeHint();
    m_ui->formScroll->setMinimumSize(
            form.width() + m_ui->formScroll->verticalScrollBar()->sizeHint().width(),
            qMin(form.height(), 24 * fontMetrics().lineSpacing()));
    // Whatever the results show, their fields get room for 20 more characters than their own
    // minimum, so that a token or a user ID never shrinks to a few characters.
    QTabWidget *tabs = m_ui->resultTabs;
    // A MAS card's user ID field asks for the whole ULID: what it takes beyond its own minimum
    // is room those fields share, so it counts towards the 20 characters (the window does not
    // grow when the first MAS account arrives).
    int widened = 0;
    for (const QLineEdit *ulid : tabs->findChildren<QLineEdit *>(QStringLiteral("masUserIdEdit"))) {
        widened = qMax(widened, ulid->minimumWidth() - ulid->minimumSizeHint().width());
    }
    tabs->setMinimumWidth(tabs->minimumSizeHint().width()
            + qMax(0, 20 * tabs->fontMetrics().averageCharWidth() - widened));
}

void MainWindow::buildMenus()
{
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QMenu *languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto *choices = new QActionGroup(languageMenu);
    const QString chosen = QSettings().value(core::Translations::settingsKey()).toString();
    const auto addChoice = [&](const QString &title, const QString &language) {
        QAction *action = languageMenu->addAction(title);
        action->setCheckable(true);
        action->setChecked(language == chosen);
        action->setData(language);
        choices->addAction(action);
    };
    addChoice(tr("System default"), QString());
    for (const QString &language : core::Translations::availableLanguages()) {
        QString name = QLocale(language).nativeLanguageName();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
        }
        addChoice(name, language);
    }
    // Said where the choice is made, not only in a status line that goes away.
    languageMenu->addSeparator();
    QAction *whenNote = languageMenu->addAction(tr("A new choice applies from the next start"));
    whenNote->setObjectName(QStringLiteral("languageWhenNote"));
    whenNote->setEnabled(false);
    connect(choices, &QActionGroup::triggered, this, [this](QAction *action) {
        QSettings settings;
        if (action->data().toString().isEmpty()) {
            settings.remove(core::Translations::settingsKey());
        } else {
            settings.setValue(core::Translations::settingsKey(), action->data());
        }
        // Retranslating every open window live would touch every string; a restart is exact.
        statusBar()->showMessage(
                tr("The language changes the next time Synapse Registrar starts."), 10000);
    });
    settingsMenu->addSeparator();
    QAction *about = settingsMenu->addAction(
            tr("&About Synapse Registrar\u2026"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    QAction *quit = settingsMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void MainWindow::reloadProfiles()
{
    const QString selected = m_ui->profileCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const store::Profile &profile : m_profiles->profiles()) {
        m_ui->profileCombo->addItem(profile.name, profile.id);
    }
    m_ui->profileCombo->addItem(tr("Other server (not saved)"), QString());
    const int index = m_ui->profileCombo->findData(selected);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void MainWindow::selectProfile(const QString &id)
{
    const int index = m_ui->profileCombo->findData(id);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    applyProfile();
}

std::optional<store::Profile> MainWindow::currentProfile() const
{
    const QString id = m_ui->profileCombo->currentData().toString();
    return id.isEmpty() ? std::nullopt : m_profiles->find(id);
}

void MainWindow::applyProfile()
{
    const std::optional<store::Profile> profile = currentProfile();
    for (QWidget *field :
            {static_cast<QWidget *>(m_ui->urlEdit), static_cast<QWidget *>(m_ui->secretEdit),
                    static_cast<QWidget *>(m_ui->serverNameEdit),
                    static_cast<QWidget *>(m_ui->insecureHttpCheck)}) {
        m_ui->serverLayout->setRowVisible(field, !profile);
    }
    m_ui->serverLayout->setRowVisible(m_ui->profileSummary, profile.has_value());
    if (profile) {
        m_profiles->setLastUsedId(profile->id);
        QStringList summary{profile->clientUrl.toString()};
        if (profile->isMas()) {
            summary.append(tr("accounts through MAS at %1").arg(profile->mas.masUrl.toString()));
        } else if (!profile->adminUrl.isEmpty()) {
            summary.append(tr("admin API %1").arg(profile->adminUrl.toString()));
        }
        summary.append(profile->serverName.isEmpty() ? tr("server name not known yet")
                                                     : profile->serverName);
        if (profile->allowInsecureHttp) {
            summary.append(tr("\u26a0 plain HTTP allowed"));
        }
        if (!profile->pinnedSha256.isEmpty()) {
            summary.append(tr("certificate pinned"));
        } else if (!profile->caFile.isEmpty()) {
            summary.append(tr("CA %1").arg(profile->caFile));
        }
        m_ui->profileSummary->setText(summary.join(QStringLiteral(" \u00b7 ")));
        m_ui->serverNameEdit->setText(profile->serverName);
        m_ui->lengthSpin->setValue(profile->defaultPasswordLength);
        const int type = m_ui->userTypeCombo->findData(profile->defaultUserType);
        m_ui->userTypeCombo->setCurrentIndex(type >= 0 ? type : 0);
        m_ui->signInCheck->setChecked(profile->defaultSignIn);
        m_ui->adminCheck->setChecked(profile->defaultAdmin);
        m_adminConfirmedFor.clear();
    } else {
        m_ui->serverNameEdit->clear();
    }
    showMasRows(profile && profile->isMas());
    updateFormState();
}

bool MainWindow::currentProfileIsMas() const
{
    const std::optional<store::Profile> profile = currentProfile();
    return profile && profile->isMas();
}

void MainWindow::showMasRows(bool mas)
{
    for (QWidget *field :
            {static_cast<QWidget *>(m_ui->emailsEdit), static_cast<QWidget *>(m_ui->emailsMessage),
                    static_cast<QWidget *>(m_ui->skipPasswordCheck),
                    static_cast<QWidget *>(m_ui->adminNote)}) {
        m_ui->accountLayout->setRowVisible(field, mas);
    }
    // MAS has no user types: the row stays, so that the form says why there is no choice.
    m_ui->userTypeCombo->setVisible(!mas);
    m_ui->userTypeNote->setVisible(mas);
    m_ui->userTypeLabel->setBuddy(mas ? nullptr : m_ui->userTypeCombo);
    m_ui->userTypeLabel->setText(mas ? tr("User type:") : tr("User &type:"));
    // Admin on MAS is not the shared-secret API's flag: the box and the line under it say what.
    m_ui->adminCheck->setText(
            mas ? tr("Ma&ke an admin (may request admin rights)") : tr("Ma&ke a server admin"));
    if (!mas) {
        m_ui->emailsEdit->clear();
        m_ui->skipPasswordCheck->setChecked(false);
    }
    updateAdminNote();
}

void MainWindow::updateAdminNote()
{
    m_ui->adminNote->setText(m_ui->signInCheck->isChecked()
                    ? tr("On MAS, admin rights belong to a login: the user may request them "
                         "when signing in interactively, and the access token made here "
                         "carries them.")
                    : tr("On MAS, admin rights belong to a login: the user may request them "
                         "when signing in interactively. No access token is made here, as "
                         "signing in is off."));
}

void MainWindow::manageProfiles()
{
    ProfileManagerDialog dialog(m_profiles, m_secrets, m_manager, this);
    dialog.exec();
    applyProfile(); // an edit of the selected profile shows in its summary
}

QString MainWindow::demoWindowTitle()
{
    // The demo profile's own name, translated in main.cpp's context.
    return QCoreApplication::translate("main", "Local demo server");
}

void MainWindow::showWhatMasNeeds()
{
    const std::optional<store::Profile> profile = currentProfile();
    if (!profile) {
        return;
    }
    ProfileDialog dialog(m_profiles, m_secrets, m_manager, profile, this);
    dialog.showWhatMasNeeds();
    if (dialog.exec() == QDialog::Accepted) {
        applyProfile();
    }
}

void MainWindow::offerFirstProfile()
{
    if (!m_profiles->profiles().isEmpty()) {
        return;
    }
    ProfileDialog dialog(m_profiles, m_secrets, m_manager, std::nullopt, this);
    dialog.setWindowTitle(tr("Welcome: add your first homeserver"));
    if (dialog.exec() == QDialog::Accepted) {
        selectProfile(dialog.profile().id);
    }
}

MainWindow::~MainWindow()
{
    // A batch window records into this window's history when it goes: before the history goes.
    qDeleteAll(findChildren<BatchWindow *>(QString(), Qt::FindDirectChildrenOnly));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (BatchWindow *batch : findChildren<BatchWindow *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (batch->isRunning()) {
            // Quitting now would drop the rows in flight before they are recorded.
            QMessageBox::information(this, tr("A batch run is still going"),
                    tr("A batch run is still creating accounts. Stop it in its window: the "
                       "running rows finish and are recorded. Then close again."));
            batch->raise();
            batch->activateWindow();
            event->ignore();
            return;
        }
    }
    QStringList unseen = m_ui->accountsPane->usersWithSecretsNotHandedOver();
    if (m_unfinished && m_unfinished->generated) {
        unseen.append(m_unfinished->localpart); // no card has its password yet
    }
    if (!unseen.isEmpty() && !confirmCloseWithUnseenSecret(unseen)) {
        event->ignore();
        return;
    }
    m_clipboard->clearIfStillOurs();
    QSettings().setValue(QLatin1String(kSplitterStateKey), m_ui->mainSplitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_fittedToScreen || !screen()) {
        return;
    }
    m_fittedToScreen = true;
    // The default size holds the whole form with an error above it; a smaller screen (or a
    // large scale factor) gets the window at its size instead, the form then scrolls.
    const QSize frame = frameGeometry().size() - geometry().size();
    const QSize room = screen()->availableGeometry().size() - frame;
    const QSize fitted = size().boundedTo(room).expandedTo(minimumSize());
    if (fitted != size()) {
        resize(fitted);
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Synapse Registrar"),
            tr("Synapse Registrar %1").arg(QStringLiteral(REGISTRAR_VERSION))
                    + QStringLiteral("\n\n")
                    + tr("Creates Matrix accounts on a Synapse homeserver through its "
                         "shared-secret registration API.")
                    + QStringLiteral("\n\n")
                    + tr("Licence: GPL-3.0-or-later. It comes with no warranty.")
                    + QStringLiteral("\n\n")
                    + tr("The user guide is README.md in the source tree; the manual pages are "
                         "\u201cman synapse-registrar\u201d for this app and \u201cman "
                         "synapse-registrar-cli\u201d for the command-line tool."));
}

bool MainWindow::confirmCloseWithUnseenSecret(const QStringList &users)
{
    return confirmed(this, tr("Close without the credentials?"),
            tr("The access token or the generated password of %1 was never copied or shown.")
                    .arg(QLocale().createSeparatedList(users)),
            tr("Once the window is closed, they cannot be shown again: this app stores neither."),
            tr("&Close anyway"), QMessageBox::DestructiveRole, tr("&Keep the window open"));
}

void MainWindow::showBanner(const QString &text)
{
    m_ui->demoBanner->setText(text);
    m_ui->demoBanner->setVisible(!text.isEmpty());
}

core::RegistrationRequest MainWindow::currentRequest() const
{
    core::RegistrationRequest request;
    request.username = m_ui->usernameEdit->text();
    request.setPassword(m_ui->passwordEdit->text()); // the field keeps its own QString
    request.displayName = m_ui->displayNameEdit->text();
    request.admin = m_ui->adminCheck->isChecked();
    request.inhibitLogin = !m_ui->signInCheck->isChecked();
    if (currentProfileIsMas()) {
        request.emails = emailsInForm();
        request.skipPasswordCheck = m_ui->skipPasswordCheck->isChecked();
    } else {
        request.userType = m_ui->userTypeCombo->currentData().toString();
    }
    return request;
}

QStringList MainWindow::emailsInForm(QStringList *problems) const
{
    QStringList emails;
    for (const QString &word : core::EmailAddress::split(m_ui->emailsEdit->text())) {
        if (const std::optional<QString> problem = core::EmailAddress::problem(word)) {
            if (problems) {
                problems->append(*problem);
            }
        } else if (!emails.contains(word, Qt::CaseInsensitive)) {
            emails.append(word); // MAS refuses an address the account already has
        }
    }
    return emails;
}

void MainWindow::updateEmailsFeedback()
{
    QStringList problems;
    emailsInForm(&problems);
    QStringList lines;
    for (const QString &problem : std::as_const(problems)) {
        lines.append(feedbackLine(problem, true));
    }
    setMessage(m_ui->emailsMessage, lines, m_ui->emailsMessage->width());
}

void MainWindow::updateFormState()
{
    const core::RegistrationRequest request = currentRequest();
    const QString serverName = m_ui->serverNameEdit->text().trimmed();
    const QList<InputProblem> problems = request.check(serverName);
    updateUsernameFeedback(problems, serverName);
    updatePasswordFeedback(problems);

    const bool passwordsMatch = m_ui->passwordEdit->text() == m_ui->confirmEdit->text();
    QString urlError;
    const QUrl url = core::ServerUrl::parse(m_ui->urlEdit->text(), &urlError);
    const bool secretKnown =
            !m_ui->secretEdit->text().isEmpty() || (url.isValid() && m_flow->keepsSecretFor(url));
    const bool serverReady = currentProfile().has_value()
            || (!m_ui->urlEdit->text().trimmed().isEmpty() && secretKnown);
    QStringList invalidEmails;
    if (currentProfileIsMas()) {
        emailsInForm(&invalidEmails);
        updateEmailsFeedback();
    }
    const bool ready = serverReady && !InputProblem::anyBlocking(problems) && passwordsMatch
            && invalidEmails.isEmpty();
    m_ui->registerButton->setEnabled(ready && !m_busy);
}

void MainWindow::updateUsernameFeedback(
        const QList<InputProblem> &problems, const QString &serverName)
{
    const QString username = m_ui->usernameEdit->text();
    bool blocking = false;
    const QStringList lines = username.isEmpty()
            ? QStringList()
            : feedbackFor(problems, InputProblem::Field::Username, &blocking);
    // The message may be hidden until now: its room is as wide as its reserved area.
    setMessage(m_ui->usernameMessage, lines, m_ui->usernameFeedback->width());
    m_ui->usernameMessage->setVisible(!lines.isEmpty());

    const core::UsernameCheck check = core::UsernameRules::check(username, serverName);
    QString preview;
    QString explanation;
    if (check.localpart.isEmpty() || blocking) {
        preview.clear();
    } else if (!serverName.isEmpty() || !check.serverName.isEmpty()) {
        const QString server = serverName.isEmpty() ? check.serverName : serverName;
        preview = tr("New user ID: %1").arg(core::UsernameRules::userId(check.localpart, server));
        explanation = preview; // a long user ID can be wider than its line
    } else {
        // Short enough for one line; the rest is a tooltip away.
        preview = tr("New user ID: @%1:\u2026 (server name not known yet)").arg(check.localpart);
        explanation = tr("The server name is not known yet: enter it above, or it is learned "
                         "from the first registration.");
    }
    m_ui->previewLabel->setText(preview);
    m_ui->previewLabel->setToolTip(explanation);
    m_ui->previewLabel->setVisible(!preview.isEmpty());
}

void MainWindow::updatePasswordFeedback(const QList<InputProblem> &problems)
{
    const QString password = m_ui->passwordEdit->text();
    const QString confirm = m_ui->confirmEdit->text();
    QStringList lines;
    bool blocking = false;
    if (!password.isEmpty()) {
        lines = feedbackFor(problems, InputProblem::Field::Password, &blocking);
    }
    if (!confirm.isEmpty() || (!password.isEmpty() && m_generatedPassword.isEmpty())) {
        lines.append(password == confirm
                        ? ProblemMarking::okSign() + tr("The passwords match.").toHtmlEscaped()
                        : feedbackLine(tr("The passwords do not match."), true));
    }
    setMessage(m_ui->passwordMessage, lines, m_ui->passwordMessage->width());
}

void MainWindow::confirmAdmin(bool checked)
{
    if (!checked) {
        return;
    }
    const QString localpart = core::UsernameRules::check(m_ui->usernameEdit->text()).localpart;
    const QString who = localpart.isEmpty() ? tr("the new user")
                                            : QStringLiteral("\u201c%1\u201d").arg(localpart);
    const bool mas = currentProfileIsMas();
    const QString question =
            mas ? tr("Make %1 an admin?").arg(who) : tr("Make %1 a server admin?").arg(who);
    const QString detail = mas
            ? tr("On MAS, the user may then request admin rights when signing in "
                 "interactively, and the access token made here carries them. With them, "
                 "everything on this server can be read and changed: every account, room and "
                 "setting, through the admin APIs.")
            : tr("A server admin can read and change everything on this server: "
                 "every account, room and setting, through the admin API.");
    if (!confirmed(this, mas ? tr("Make an admin?") : tr("Make a server admin?"), question, detail,
                tr("Make &admin"), QMessageBox::AcceptRole, tr("&Regular user"))) {
        m_ui->adminCheck->setChecked(false);
        return;
    }
    m_adminConfirmedFor = localpart;
}

bool MainWindow::confirmAdminFor(const QString &localpart)
{
    if (!m_ui->adminCheck->isChecked() || m_adminConfirmedFor == localpart) {
        return true;
    }
    confirmAdmin(true);
    return m_ui->adminCheck->isChecked() && m_adminConfirmedFor == localpart;
}

void MainWindow::generatePassword()
{
    // An unfinished account's generated password is kept in m_unfinished, not only here.
    m_generatedPassword = core::PasswordGenerator::generate(m_ui->lengthSpin->value());
    m_ui->passwordEdit->setText(m_generatedPassword);
    m_ui->confirmEdit->setText(m_generatedPassword);
    statusBar()->showMessage(
            tr("Generated a password of %n characters; it is shown with the result.", nullptr,
                    int(m_generatedPassword.size())),
            5000);
}

void MainWindow::setPasswordsRevealed(bool revealed)
{
    const QLineEdit::EchoMode mode = revealed ? QLineEdit::Normal : QLineEdit::Password;
    m_ui->passwordEdit->setEchoMode(mode);
    m_ui->confirmEdit->setEchoMode(mode);
    m_ui->revealButton->defaultAction()->setText(revealed ? tr("Hide") : tr("Show"));
    m_ui->revealButton->defaultAction()->setIcon(ActionIcons::revealOrConceal(revealed));
}

void MainWindow::startRegistration()
{
    if (m_busy || !m_ui->registerButton->isEnabled()) {
        return;
    }
    clearError();
    const core::RegistrationRequest request = currentRequest();
    if (!confirmAdminFor(request.localpart())) {
        return;
    }
    if (const std::optional<store::Profile> profile = currentProfile()) {
        setBusy(m_flow->start(flows::ServerTarget::fromProfile(*profile), request));
        return;
    }
    QString error;
    const QUrl url = core::ServerUrl::parse(m_ui->urlEdit->text(), &error);
    if (!url.isValid()) {
        showError(tr("The server URL is not usable: %1").arg(error));
        markFault(m_ui->urlEdit);
        return;
    }
    // The field's text is a QString that Qt keeps; its UTF-8 goes straight into SecretBytes.
    setBusy(m_flow->start(flows::ServerTarget::fromUrl(url, m_ui->serverNameEdit->text().trimmed(),
                                  m_ui->insecureHttpCheck->isChecked()),
            request, core::SecretBytes::fromUtf8(m_ui->secretEdit->text())));
}

void MainWindow::showStage(flows::RegistrationFlow::Stage stage)
{
    using Stage = flows::RegistrationFlow::Stage;
    switch (stage) {
    case Stage::ReadingSecret:
        m_ui->busyLabel->setText(currentProfileIsMas() ? tr("Reading the MAS client secret\u2026")
                                                       : tr("Reading the shared secret\u2026"));
        break;
    case Stage::FetchingNonce:
        m_ui->busyLabel->setText(tr("Fetching a nonce\u2026"));
        break;
    case Stage::Registering:
        m_ui->busyLabel->setText(tr("Creating the account\u2026"));
        break;
    case Stage::GettingMasToken:
        m_ui->busyLabel->setText(tr("Getting an admin token from MAS\u2026"));
        break;
    case Stage::LookingUpMasUser:
        m_ui->busyLabel->setText(tr("Looking the username up in MAS\u2026"));
        break;
    case Stage::CreatingMasUser:
        m_ui->busyLabel->setText(tr("Creating the user in MAS\u2026"));
        break;
    case Stage::SettingMasPassword:
        m_ui->busyLabel->setText(tr("Setting the password\u2026"));
        break;
    case Stage::SettingMasAdmin:
        m_ui->busyLabel->setText(tr("Letting the user request admin rights\u2026"));
        break;
    case Stage::AddingMasEmails:
        m_ui->busyLabel->setText(tr("Adding the email addresses\u2026"));
        break;
    case Stage::SigningInMasUser:
        m_ui->busyLabel->setText(tr("Making an access token\u2026"));
        break;
    }
}

void MainWindow::offerSessionSecret(const store::Profile &profile, const QString &reason)
{
    // The keychain cannot be reached: offer to keep the secret in memory for this app run.
    bool ok = false;
    const QString secret = QInputDialog::getText(this, tr("The keychain cannot be used"),
            reason + QStringLiteral("\n\n")
                    + (profile.isMas() ? tr("MAS client secret of \u201c%1\u201d, kept in "
                                            "memory for this session only:")
                                       : tr("Shared secret of \u201c%1\u201d, kept in memory "
                                            "for this session only:"))
                              .arg(profile.name),
            QLineEdit::Password, QString(), &ok);
    if (!ok || secret.isEmpty()) {
        showError(reason);
        markFault(m_ui->profileCombo);
        return;
    }
    // The dialog hands back a QString, which Qt owns; its UTF-8 goes straight into SecretBytes.
    m_secrets->keepForThisRun(profile.id, core::SecretBytes::fromUtf8(secret), this,
            [this](const store::SecretStore::Result &) { startRegistration(); });
}

void MainWindow::cancelRegistration()
{
    if (m_busy) {
        m_flow->cancel();
    }
}

void MainWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->serverGroup->setEnabled(!busy);
    m_ui->accountGroup->setEnabled(!busy);
    m_ui->busyBar->setVisible(busy);
    m_ui->busyLabel->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    if (busy) {
        m_ui->cancelButton->setFocus();
    }
    updateFormState();
}

void MainWindow::handleSuccess(const flows::RegistrationFlow::Created &account)
{
    setBusy(false);
    const core::RegistrationResult &result = account.result;
    if (account.learnedServerName) {
        applyProfile();
    } else if (m_ui->serverNameEdit->text().trimmed().isEmpty()) {
        m_ui->serverNameEdit->setText(result.homeServer);
    }
    QString passwordNote;
    const QString password = passwordForCard(account, &passwordNote);
    auto *card = new CredentialsPanel(result, password,
            account.target.isSaved()
                    ? core::CliCommand::forProfile(account.request, account.target.profileName)
                    : core::CliCommand::forRegistration(account.request, account.target.adminUrl,
                            account.target.allowInsecureHttp),
            m_flow->openTokenSession(account), m_clipboard.get());
    m_ui->accountsPane->addCard(card);
    m_ui->resultTabs->setCurrentWidget(m_ui->accountsPane);
    // What went wrong beside the account belongs to its card, not to the next attempt.
    QStringList problems = account.problems;
    if (!passwordNote.isEmpty()) {
        problems.prepend(passwordNote);
    }
    if (!problems.isEmpty()) {
        card->showStatus(problems.join(QLatin1Char(' ')), false);
    }
    refreshHistory();

    if (account.typedSecretKept) {
        // The secret typed for an unsaved server left the widget: it is in memory instead.
        m_ui->secretEdit->clear();
        m_ui->secretEdit->setPlaceholderText(
                tr("kept in memory for this session; type to replace"));
    }
    if (m_unfinished && m_unfinished->profileId == account.target.profileId
            && m_unfinished->localpart == account.request.localpart()) {
        m_unfinished.reset(); // its password is on the card now
    }
    resetForNextAccount();
    if (account.confirmedBySignIn) {
        card->showStatus(tr("%1 was created by the attempt whose answer was lost: its password "
                            "signs in to it.")
                                 .arg(result.userId),
                true);
    }
    statusBar()->showMessage(tr("Created %1.").arg(result.userId), 10000);
}

QString MainWindow::passwordForCard(
        const flows::RegistrationFlow::Created &account, QString *note) const
{
    const QString inForm = m_ui->passwordEdit->text();
    const bool generated = !m_generatedPassword.isEmpty() && m_generatedPassword == inForm;
    if (!account.passwordSetEarlier) {
        return generated ? m_generatedPassword : QString();
    }
    // The password is the one an earlier attempt set; the form may hold another one by now.
    const bool unfinishedHere = m_unfinished && m_unfinished->profileId == account.target.profileId
            && m_unfinished->localpart == account.request.localpart();
    if (unfinishedHere && m_unfinished->password == inForm) {
        return m_unfinished->generated ? m_unfinished->password : QString();
    }
    if (unfinishedHere && m_unfinished->generated) {
        *note = tr("The password is the one generated for the first attempt, shown here, not "
                   "the one in the form: that attempt set it.");
        return m_unfinished->password;
    }
    *note = tr("The password was set by an earlier attempt and left as it was: it is not the "
               "one in the form.");
    return {};
}

void MainWindow::resetForNextAccount()
{
    // The account is in the result; what made it would only lead to a taken name next time.
    m_ui->usernameEdit->clear();
    m_ui->displayNameEdit->clear();
    m_ui->passwordEdit->clear();
    m_ui->confirmEdit->clear();
    m_generatedPassword.clear();
    const std::optional<store::Profile> profile = currentProfile();
    const int type = m_ui->userTypeCombo->findData(profile ? profile->defaultUserType : QString());
    m_ui->userTypeCombo->setCurrentIndex(type >= 0 ? type : 0);
    m_ui->adminCheck->setChecked(profile && profile->defaultAdmin);
    m_adminConfirmedFor.clear();
    m_ui->emailsEdit->clear();
    m_ui->skipPasswordCheck->setChecked(false); // each account opts out of MAS's check itself
    m_ui->usernameEdit->setFocus();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->formPanel || watched == m_ui->resultTabs) {
        if (event->type() == QEvent::LayoutRequest) {
            fitPanesToTheirContent();
        }
        return QMainWindow::eventFilter(watched, event);
    }
    // A main window has no default button: Enter on a box of the form registers as in a field.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            startRegistration();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::handleFailure(const core::RegistrationError &error)
{
    setBusy(false);
    using Code = RegistrationError::Code;
    const std::optional<store::Profile> profile = currentProfile();
    if (error.code() == Code::Cancelled) {
        // A cancel after the registration was sent comes as AccountMayExist instead.
        statusBar()->showMessage(tr("Cancelled before the account was requested: nothing was "
                                    "created."),
                10000);
        return;
    }
    if (error.code() == Code::AccountMayExist) {
        // The app settles it itself on the next attempt (RegistrationFlow), so it says so.
        // MAS's own words: the next attempt looks the name up, no password is involved.
        showError(error.isFromSignInCheck() || error.backend() == core::Backend::Kind::SynapseMas
                        ? error.fullText()
                        : tr("The request to create the account was sent, but no definite answer "
                             "came back (%1). The account may exist now, with the password in "
                             "the form (Show reveals it). Press Register again to settle it: a "
                             "free name is created; if the name is taken, this app signs in with "
                             "the password to find out whether it is the account just created.")
                                        .arg(error.whatCameBack())
                                + (error.serverSummary().isEmpty()
                                                ? QString()
                                                : QLatin1Char(' ') + error.serverSummary()));
        return;
    }
    if (error.code() == Code::AccountIncomplete) {
        offerToFinish(error);
        return;
    }
    if (error.code() == Code::DelegatedToMas) {
        showError(error.fullText());
        m_masCommandButton->show();
        return;
    }
    if (profile && profile->isMas()
            && (error.code() == Code::MasClientRejected || error.code() == Code::MasNotAdminClient
                    || error.code() == Code::MasAdminTokenRejected
                    || error.code() == Code::MasAdminApiMissing)) {
        showError(error.fullText());
        m_masNeedsButton->show();
        return;
    }
    if (profile && error.code() == Code::SecretMissing) {
        showError(profile->isMas() ? tr("No MAS client secret is stored for the profile "
                                        "\u201c%1\u201d. Open Manage\u2026 and edit the "
                                        "profile to enter it.")
                                             .arg(profile->name)
                                   : tr("No shared secret is stored for the profile "
                                        "\u201c%1\u201d. Open Manage\u2026 and edit the "
                                        "profile to enter it.")
                                             .arg(profile->name));
        markFault(m_ui->profileCombo);
        return;
    }
    if (profile && error.code() == Code::SecretUnavailable) {
        offerSessionSecret(*profile, error.detail());
        return;
    }
    // Named, so that it cannot be read as being about an account on a card beside it.
    const QString localpart = currentRequest().localpart();
    showError(localpart.isEmpty() ? error.fullText()
                                  : tr("\u201c%1\u201d was not created.").arg(localpart)
                            + QLatin1Char(' ') + error.fullText());
    QWidget *field = fieldAtFault(error.code());
    if (profile && (field == m_ui->urlEdit || field == m_ui->secretEdit)) {
        field = m_ui->profileCombo; // the profile holds the URL and the secret
    }
    markFault(field);
}

void MainWindow::offerToFinish(const core::RegistrationError &error)
{
    // The form stays as it is: the same registration again goes on from where this one stopped.
    const core::MasProgress &progress = error.masProgress();
    const std::optional<store::Profile> profile = currentProfile();
    const QString profileId = profile ? profile->id : QString();
    const QString localpart = currentRequest().localpart();
    const bool sameAccount = m_unfinished && m_unfinished->profileId == profileId
            && m_unfinished->localpart == localpart;
    if (progress.passwordSet && !sameAccount) {
        // From now on this is the account's password, whatever the form says later.
        const QString password = m_ui->passwordEdit->text();
        m_unfinished = UnfinishedAccount{profileId, localpart, password,
                !m_generatedPassword.isEmpty() && m_generatedPassword == password};
    }
    showError(error.fullText());
    m_finishButton->show();
    using Code = RegistrationError::Code;
    const Code cause = error.causeCode();
    markFault(cause == Code::PasswordInvalid || cause == Code::PasswordLoginDisabled
                    ? m_ui->passwordEdit
                    : nullptr);
    m_finishButton->setFocus();
}

void MainWindow::decideTrust(const core::RegistrationError &error)
{
    setBusy(false);
    const std::optional<store::Profile> profile = currentProfile();
    const QString name = profile ? QStringLiteral("\u201c%1\u201d").arg(profile->name)
                                 : tr("this server, for this session");
    CertificateDialog dialog(error.certificate(), name, this);
    if (dialog.exec() != QDialog::Accepted) {
        handleFailure(error);
        return;
    }
    QString problem;
    if (!m_flow->trust(error.certificate(), &problem)) {
        statusBar()->showMessage(problem);
        handleFailure(error);
        return;
    }
    if (profile) {
        applyProfile(); // it shows the pin
    }
    QTimer::singleShot(0, this, &MainWindow::startRegistration);
}

QWidget *MainWindow::fieldAtFault(RegistrationError::Code code) const
{
    using Code = RegistrationError::Code;
    switch (code) {
    case Code::InvalidInput:
    case Code::UsernameTaken:
    case Code::UsernameInvalid:
    case Code::UsernameReserved:
    case Code::RateLimited:
        return m_ui->usernameEdit;
    case Code::PasswordInvalid:
    case Code::PasswordLoginDisabled:
        return m_ui->passwordEdit;
    case Code::UserTypeInvalid:
        return m_ui->userTypeCombo;
    case Code::SharedSecretDisabled:
    case Code::MacRejected:
        return m_ui->secretEdit;
    case Code::None:
    case Code::Cancelled:
    case Code::AccessTokenRejected:
    case Code::AccountMayExist:
    case Code::AccountIncomplete:
        return nullptr;
    default:
        return m_ui->urlEdit;
    }
}

void MainWindow::showError(const QString &text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorFrame->show();
    m_ui->errorLabel->setAccessibleName(tr("Registration failed"));
    m_ui->errorLabel->setAccessibleDescription(text);
}

void MainWindow::clearError()
{
    m_ui->errorLabel->clear();
    m_ui->errorFrame->hide();
    m_masCommandButton->hide();
    m_finishButton->hide();
    m_masNeedsButton->hide();
    markFault(nullptr);
}

void MainWindow::clearErrorAbout(QWidget *field)
{
    // An error that names a field is answered by changing it; others wait for the next attempt.
    if (m_faultField == field) {
        clearError();
    }
}

void MainWindow::markFault(QWidget *field)
{
    if (m_faultField) {
        m_faultField->setProperty(kFaultProperty, false);
        m_faultField->style()->unpolish(m_faultField);
        m_faultField->style()->polish(m_faultField);
    }
    m_faultField = field;
    if (field) {
        field->setProperty(kFaultProperty, true);
        field->style()->unpolish(field);
        field->style()->polish(field);
        field->setFocus();
    }
}

void MainWindow::refreshHistory()
{
    m_historyModel->refresh();
    m_ui->clearHistoryButton->setEnabled(!m_history.entries().isEmpty());
}

void MainWindow::clearHistory()
{
    const auto answer = QMessageBox::question(this, tr("Clear the history?"),
            tr("Forget the %n account(s) listed? The accounts themselves stay on their servers.",
                    nullptr, int(m_history.entries().size())));
    if (answer != QMessageBox::Yes) {
        return;
    }
    QString error;
    if (!m_history.clear(&error)) {
        statusBar()->showMessage(error);
    }
    refreshHistory();
}

void MainWindow::showClipboardCountdown(int secondsLeft)
{
    if (secondsLeft > 0) {
        m_clipboardStatus->setText(tr("Clipboard clears in %n s", nullptr, secondsLeft));
        m_clipboardStatus->show();
    } else {
        m_clipboardStatus->hide();
    }
}

} // namespace registrar::widgets
