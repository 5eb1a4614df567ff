// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsPanel.h"

#include "ui_CredentialsPanel.h"

#include "ActionIcons.h"
#include "ClipboardGuard.h"
#include "ProblemMarking.h"
#include "TokenSession.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>

namespace registrar::widgets {

namespace {

void bindReveal(QToolButton *button, QLineEdit *edit)
{
    button->setIcon(ActionIcons::reveal());
    QObject::connect(button, &QToolButton::toggled, edit, [button, edit](bool shown) {
        edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        button->setText(shown ? CredentialsPanel::tr("Hide") : CredentialsPanel::tr("Show"));
        button->setIcon(ActionIcons::revealOrConceal(shown));
    });
}

void setAllVisible(std::initializer_list<QWidget *> widgets, bool visible)
{
    for (QWidget *widget : widgets) {
        widget->setVisible(visible);
    }
}

} // namespace

CredentialsPanel::CredentialsPanel(const core::RegistrationResult &result,
        const QString &generatedPassword, const QString &cliCommand,
        std::unique_ptr<net::TokenSession> session, ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CredentialsPanel>())
    , m_session(std::move(session))
    , m_clipboard(clipboard)
    , m_result(result)
    , m_createdAt(QDateTime::currentDateTime())
    , m_generatedPassword(generatedPassword)
    , m_cliCommand(cliCommand)
{
    m_ui->setupUi(this);
    bindReveal(m_ui->accessTokenRevealButton, m_ui->accessTokenEdit);
    bindReveal(m_ui->passwordRevealButton, m_ui->passwordEdit);

    const auto copyOnClick = [this](QToolButton *button, QLineEdit *edit, bool secret) {
        button->setIcon(ActionIcons::copy());
        connect(button, &QToolButton::clicked, this,
                [this, edit, secret] { m_clipboard->copy(edit->text(), secret); });
    };
    copyOnClick(m_ui->userIdCopyButton, m_ui->userIdEdit, false);
    copyOnClick(m_ui->masUserIdCopyButton, m_ui->masUserIdEdit, false);
    copyOnClick(m_ui->accessTokenCopyButton, m_ui->accessTokenEdit, true);
    copyOnClick(m_ui->deviceIdCopyButton, m_ui->deviceIdEdit, false);
    copyOnClick(m_ui->homeServerCopyButton, m_ui->homeServerEdit, false);
    copyOnClick(m_ui->expiryCopyButton, m_ui->expiryEdit, false);
    copyOnClick(m_ui->passwordCopyButton, m_ui->passwordEdit, true);
    for (QToolButton *button : {m_ui->accessTokenCopyButton, m_ui->accessTokenRevealButton}) {
        connect(button, &QToolButton::clicked, this, [this] { m_tokenHandedOver = true; });
    }
    for (QToolButton *button : {m_ui->passwordCopyButton, m_ui->passwordRevealButton}) {
        connect(button, &QToolButton::clicked, this, [this] { m_passwordHandedOver = true; });
    }

    auto *copyAllMenu = new QMenu(this);
    copyAllMenu->addAction(tr("As key: value lines"), this, [this] { copyAll(false); });
    copyAllMenu->addAction(tr("As JSON"), this, [this] { copyAll(true); });
    m_ui->copyAllButton->setMenu(copyAllMenu);
    connect(m_ui->copyAllButton, &QToolButton::clicked, this, [this] { copyAll(false); });
    connect(m_ui->copyCommandButton, &QPushButton::clicked, this,
            [this] { m_clipboard->copy(m_cliCommand, false); });
    m_ui->copyAllButton->setIcon(ActionIcons::copy());
    m_ui->copyCommandButton->setIcon(ActionIcons::copy());
    m_ui->verifyButton->setIcon(ActionIcons::verify());
    m_ui->logoutButton->setIcon(ActionIcons::logOut());
    // Tool buttons show only their icon unless told: the words stay beside it.
    for (QToolButton *button : findChildren<QToolButton *>()) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &CredentialsPanel::verify);
    connect(m_ui->logoutButton, &QPushButton::clicked, this, &CredentialsPanel::confirmLogout);

    // Room for the label it gets after a logout, so that the fields do not move then.
    m_ui->accessTokenLabel->setMinimumWidth(qMax(m_ui->accessTokenLabel->sizeHint().width(),
            m_ui->accessTokenLabel->fontMetrics().horizontalAdvance(loggedOutLabel())));
    m_ui->userIdEdit->setText(result.userId);
    // MAS's own ID of the account beside the Matrix one: its admin API and mas-cli take it.
    const bool mas = !result.masUserId.isEmpty();
    if (mas) {
        m_ui->userIdLabel->setText(tr("Matrix user ID:"));
    }
    m_ui->masUserIdEdit->setText(result.masUserId);
    if (mas) {
        // A ULID is read and typed whole (mas-cli, the admin API): its field never cuts it.
        QLineEdit *edit = m_ui->masUserIdEdit;
        const QMargins margins = edit->textMargins();
        const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(result.masUserId)
                + margins.left() + margins.right() + 2 * frame + 8);
        edit->setCursorPosition(0);
    }
    setAllVisible({m_ui->masUserIdLabel, m_ui->masUserIdEdit, m_ui->masUserIdCopyButton}, mas);
    m_ui->homeServerEdit->setText(result.homeServer);
    m_ui->accessTokenEdit->setText(result.accessToken);
    m_ui->deviceIdEdit->setText(result.deviceId);
    const bool signedIn = result.hasSession() && m_session;
    setAllVisible({m_ui->accessTokenLabel, m_ui->accessTokenEdit, m_ui->accessTokenRevealButton,
                          m_ui->accessTokenCopyButton, m_ui->deviceIdLabel, m_ui->deviceIdEdit,
                          m_ui->deviceIdCopyButton, m_ui->verifyButton, m_ui->logoutButton},
            signedIn);
    m_ui->noSessionLabel->setVisible(!signedIn);

    const bool expires = result.expiresInMs.has_value();
    if (expires) {
        const QDateTime at = m_createdAt.addMSecs(*result.expiresInMs);
        m_ui->expiryEdit->setText(QLocale().toString(at, QLocale::ShortFormat));
    } else if (mas) {
        // A personal session without expires_in lasts until it is revoked: said, not left out.
        m_ui->expiryEdit->setText(tr("never expires"));
    }
    setAllVisible({m_ui->expiryLabel, m_ui->expiryEdit}, expires || (mas && signedIn));
    m_ui->expiryCopyButton->setVisible(expires);

    const bool generated = !generatedPassword.isEmpty();
    m_ui->passwordEdit->setText(generatedPassword);
    setAllVisible({m_ui->passwordLabel, m_ui->passwordEdit, m_ui->passwordRevealButton,
                          m_ui->passwordCopyButton},
            generated);
    m_ui->sessionStatusLabel->hide();

    if (!m_session) {
        return;
    }
    connect(m_session.get(), &net::TokenSession::whoamiSucceeded, this,
            [this](const core::WhoamiResult &whoami) {
                setSessionBusy(false);
                showStatus(tr("The token works: it belongs to %1, device %2.")
                                   .arg(whoami.userId, whoami.deviceId),
                        true);
            });
    connect(m_session.get(), &net::TokenSession::loggedOut, this, [this] {
        m_sessionEnded = true;
        setSessionBusy(false);
        m_ui->accessTokenLabel->setText(loggedOutLabel());
        showStatus(tr("Logged out: the device was ended and its token no longer works. The "
                      "account stays."),
                true);
    });
    connect(m_session.get(), &net::TokenSession::failed, this,
            [this](const core::RegistrationError &error) {
                setSessionBusy(false);
                showStatus(error.fullText(), false);
            });
}

CredentialsPanel::~CredentialsPanel() = default;

QString CredentialsPanel::loggedOutLabel()
{
    return tr("Access token (logged out):");
}

void CredentialsPanel::showStatus(const QString &text, bool ok)
{
    // Text and a sign, so that colour is not the only carrier of the outcome.
    m_ui->sessionStatusLabel->setText(
            (ok ? ProblemMarking::okSign() : ProblemMarking::warningSign()) + text);
    m_ui->sessionStatusLabel->show();
}

void CredentialsPanel::setSessionBusy(bool busy)
{
    m_ui->verifyButton->setEnabled(!busy && !m_sessionEnded);
    m_ui->logoutButton->setEnabled(!busy && !m_sessionEnded);
    emit sessionStateChanged();
}

void CredentialsPanel::verify()
{
    setSessionBusy(true);
    m_session->whoami();
}

void CredentialsPanel::confirmLogout()
{
    // The token stops working for good: one slip of a click must not end the session.
    QMessageBox box(QMessageBox::Warning, tr("Log out this device?"),
            tr("Log out %1 on device %2?").arg(m_result.userId, m_result.deviceId),
            QMessageBox::NoButton, this);
    box.setInformativeText(tr("The access token stops working for good. The account stays and "
                              "can sign in again with its password."));
    QPushButton *logout = box.addButton(tr("&Log out"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == logout) {
        setSessionBusy(true);
        m_session->logout();
    }
}

bool CredentialsPanel::holdsSecretNotHandedOver() const
{
    const bool liveToken = !m_result.accessToken.isEmpty() && !m_sessionEnded;
    return (liveToken && !m_tokenHandedOver)
            || (!m_generatedPassword.isEmpty() && !m_passwordHandedOver);
}

QJsonObject CredentialsPanel::allValues() const
{
    QJsonObject values = m_result.toJson();
    if (!m_generatedPassword.isEmpty()) {
        values.insert(QStringLiteral("password"), m_generatedPassword);
    }
    return values;
}

void CredentialsPanel::copyAll(bool asJson)
{
    QString text;
    if (asJson) {
        text = QString::fromUtf8(QJsonDocument(allValues()).toJson(QJsonDocument::Indented));
    } else {
        text = m_result.toKeyValueLines();
        if (!m_generatedPassword.isEmpty()) {
            text += QStringLiteral("password: ") + m_generatedPassword + QLatin1Char('\n');
        }
    }
    const bool secret = m_result.hasSession() || !m_generatedPassword.isEmpty();
    m_clipboard->copy(text, secret);
    m_tokenHandedOver = true;
    m_passwordHandedOver = true;
}

} // namespace registrar::widgets
