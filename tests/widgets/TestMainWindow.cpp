// SPDX-License-Identifier: GPL-3.0-or-later
// The real MainWindow, driven with keys and clicks, against the local homeserver on loopback.
#include "BatchTableModel.h"
#include "ClipboardGuard.h"
#include "CreatedAccountsPane.h"
#include "CredentialsPanel.h"
#include "HttpTransport.h"
#include "MainWindow.h"
#include "MasAdminClient.h"
#include "MasProgressStore.h"
#include "TokenSession.h"
#include "Translations.h"
#include "WidgetFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolButton>
#include <QVersionNumber>

using registrar::core::MasAdminClient;
using registrar::devserver::DevServer;
using registrar::widgets::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registerIsDisabledWhileTheFormIsInvalid();
    void previewAndLiveValidation();
    void registrationFillsThePanel();
    void enterSubmits();
    void enterSubmitsFromBoxes_data();
    void enterSubmitsFromBoxes();
    void theFormIsReadyForTheNextAccount();
    void copyTokenAndClearTheClipboard();
    void somethingCopiedMeanwhileIsNotCleared();
    void failuresKeepTheForm_data();
    void failuresKeepTheForm();
    void cancelWhileBusy();
    void lostAnswerKeepsTheGeneratedPassword();
    void adminNeedsConfirmation();
    void generatedPasswordIsShownOnce();
    void withoutSignInThereIsNoToken();
    void verifyAndLogout();
    void verifyAndLogoutUseTheClientUrl();
    void verifyStillWorksAfterAFailedAttempt();
    void registersOnTuwunelAndDendrite_data();
    void registersOnTuwunelAndDendrite();
    void aServerWithMasOffersTheMasWay();
    void everyAccountKeepsItsOwnCard();
    void formErrorsClearWhenTheirFieldChanges();
    void errorsWithoutAFieldWaitForTheNextAttemptOrProfile();
    void closingNamesEveryAccountNotHandedOver();
    void logoutAsksFirstAndHasNoMnemonic();
    void closingAsksWhileASecretWasNeverSeen();
    void closeAnywayAfterTheQuestion();
    void manageHasAMnemonicAndAboutSaysWhatItIs();
    void profileListFollowsTheStore();
    void historyHoldsNoSecret();
    void tabOrderFollowsTheForm();
    void copyAllAsJsonAndExpiry();
    void languageChoiceIsStored();
    void batchStatusesAreTranslatedOnlyOnScreen();
    // With a MAS profile.
    void masFormSaysWhatMasHasAndWhatItLacks();
    void masAddressThatIsNotOneBlocksRegister();
    void masCardShowsBothIdsAndTheExpiry();
    void masCreatesAnAccount();
    void masAdminIsConfirmedInMasWords();
    void masConfigurationErrorsLeadToWhatMasNeeds();
    void masPasswordLoginOffSaysNoPasswordCanBeSet();
    void masSkippingThePasswordCheckTakesAWeakPassword();
    void masFinishTheRemainingStepsCompletesTheSameUser();
    void masGeneratedPasswordOfAnUnfinishedAccountIsKept();
    void masProgressGoesWhereTheCommandLineFindsIt();
    void masMissingClientSecretIsCalledSo();
    void masClosingAsksWhileAnUnfinishedAccountHasAGeneratedPassword();

private:
    template <typename T>
    T *find(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no widget %s", name);
        }
        return widget;
    }

    //! A widget of the card in front: the account created last, unless another was chosen.
    template <typename T>
    T *card(const char *name) const
    {
        auto *pane = find<registrar::widgets::CreatedAccountsPane>("accountsPane");
        T *widget = pane->currentCard() ? pane->currentCard()->findChild<T *>(QLatin1String(name))
                                        : nullptr;
        if (!widget) {
            qFatal("no card widget %s", name);
        }
        return widget;
    }

    QString newestUserId() const
    {
        const auto *pane = find<registrar::widgets::CreatedAccountsPane>("accountsPane");
        return pane->currentCard() ? pane->currentCard()->userId() : QString();
    }

    void type(const char *name, const QString &text);
    void fillForm(const QString &username, const QString &password = QStringLiteral("pass-word-1"));
    void clickRegisterAndWait();
    /*!
     * Clicks \a buttonText in the next message box, and notes in \a asked that it came. Delete
     * the timer it returns when no box may come.
     */
    QPointer<QTimer> answerMessageBox(
            const QString &buttonText, bool *asked = nullptr, QString *text = nullptr);
    //! Keeps the text of the next message box in \a text and answers it with \a key.
    void readMessageBox(QString *text, Qt::Key key);

    static void clickCheckBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    }

    QString errorText() const { return find<QLabel>("errorLabel")->text(); }

    int cardCount() const
    {
        return find<registrar::widgets::CreatedAccountsPane>("accountsPane")->count();
    }

    //! Delegates auth to MAS, saves a MAS profile with MAS's client secret and selects it.
    registrar::store::Profile useMasProfile(bool withSecret = true);
    //! The account fields alone: a profile holds the server.
    void fillAccount(
            const QString &username, const QString &password = QStringLiteral("pass-word-1"));

    //! What a label shows, without its markup.
    QString shown(const char *label) const
    {
        return QTextDocumentFragment::fromHtml(find<QLabel>(label)->text()).toPlainText();
    }

    std::unique_ptr<WidgetFixture> m_env;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    // The language choice goes to the default QSettings: keep it out of the real user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(registrar::core::Translations::settingsKey());
}

void TestMainWindow::init()
{
    QApplication::clipboard()->clear();
    m_env = std::make_unique<WidgetFixture>("gui-secret", QStringLiteral("gui.test"));
    m_window = new MainWindow(&m_env->manager, m_env->profiles.get(), &m_env->secrets,
            m_env->dir.filePath(QStringLiteral("history.json")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_env.reset();
}

void TestMainWindow::type(const char *name, const QString &text)
{
    auto *edit = find<QLineEdit>(name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    for (QChar c : text) {
        if (c.unicode() < 128) {
            QTest::keyClick(edit, c.toLatin1());
        } else { // keyClick() knows ASCII only; a key event can carry any text
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void TestMainWindow::fillForm(const QString &username, const QString &password)
{
    type("urlEdit", m_env->server.baseUrl().toString());
    type("secretEdit", QStringLiteral("gui-secret"));
    type("usernameEdit", username);
    type("passwordEdit", password);
    type("confirmEdit", password);
}

void TestMainWindow::clickRegisterAndWait()
{
    auto *button = find<QPushButton>("registerButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!find<QPushButton>("cancelButton")->isVisible());
}

QPointer<QTimer> TestMainWindow::answerMessageBox(
        const QString &buttonText, bool *asked, QString *text)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, buttonText, asked, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                timer->stop();
                timer->deleteLater();
                if (asked) {
                    *asked = true;
                }
                if (text) {
                    *text = box->text() + QLatin1Char('\n') + box->informativeText();
                }
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
    });
    timer->start();
    return timer;
}

void TestMainWindow::readMessageBox(QString *text, Qt::Key key)
{
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, text, key] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            *text = box->text();
            QTest::keyClick(box, key);
        }
    });
    timer->start();
}

void TestMainWindow::registerIsDisabledWhileTheFormIsInvalid()
{
    auto *registerButton = find<QPushButton>("registerButton");
    QVERIFY(!registerButton->isEnabled());
    fillForm(QStringLiteral("alice"));
    QVERIFY(registerButton->isEnabled());
    type("usernameEdit", QStringLiteral("12345"));
    QVERIFY(!registerButton->isEnabled());
    type("usernameEdit", QStringLiteral("kim lee"));
    QVERIFY(!registerButton->isEnabled());
    type("usernameEdit", QStringLiteral("alice"));
    type("confirmEdit", QStringLiteral("something else"));
    QVERIFY(!registerButton->isEnabled());
    QVERIFY(shown("passwordMessage").contains(QLatin1String("do not match")));
    type("confirmEdit", QStringLiteral("pass-word-1"));
    QVERIFY(registerButton->isEnabled());
    type("secretEdit", QString());
    QVERIFY(!registerButton->isEnabled());
}

void TestMainWindow::previewAndLiveValidation()
{
    type("usernameEdit", QStringLiteral("Alice"));
    QVERIFY(find<QLabel>("previewLabel")->text().contains(QStringLiteral("@alice:\u2026")));
    QVERIFY(find<QLabel>("previewLabel")->text().contains(QLatin1String("not known")));
    QVERIFY(shown("usernameMessage").contains(QStringLiteral("\u201calice\u201d")));
    type("serverNameEdit", QStringLiteral("gui.test"));
    QCOMPARE(find<QLabel>("previewLabel")->text(), QStringLiteral("New user ID: @alice:gui.test"));
    type("usernameEdit", QStringLiteral("_bridge"));
    QVERIFY(shown("usernameMessage").startsWith(QStringLiteral("\u26a0")));
    type("usernameEdit", QStringLiteral("j\u00fcrgen"));
    QVERIFY(shown("usernameMessage").startsWith(QStringLiteral("\u2717")));
    QVERIFY(shown("usernameMessage").contains(QStringLiteral("\u201c\u00fc\u201d")));
    type("passwordEdit", QString(73, QLatin1Char('p')));
    QVERIFY(shown("passwordMessage").contains(QLatin1String("72 bytes")));
}

void TestMainWindow::registrationFillsThePanel()
{
    fillForm(QStringLiteral("Alice"));
    type("displayNameEdit", QStringLiteral("Alice Liddell"));
    clickRegisterAndWait();
    QVERIFY2(find<QLabel>("errorLabel")->text().isEmpty(), qPrintable(errorText()));
    QCOMPARE(card<QLineEdit>("userIdEdit")->text(), QStringLiteral("@alice:gui.test"));
    QCOMPARE(card<QLineEdit>("homeServerEdit")->text(), QStringLiteral("gui.test"));
    auto *token = card<QLineEdit>("accessTokenEdit");
    QVERIFY(token->text().startsWith(QLatin1String("syt_")));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!card<QLineEdit>("deviceIdEdit")->text().isEmpty());
    QCOMPARE(m_env->server.account(QStringLiteral("alice"))->displayName.value_or(QString()),
            QStringLiteral("Alice Liddell"));
    // The secret left its widget for memory, and the next registration still has it.
    QVERIFY(find<QLineEdit>("secretEdit")->text().isEmpty());
    // The server name was learned from the reply, and the password fields were emptied.
    QCOMPARE(find<QLineEdit>("serverNameEdit")->text(), QStringLiteral("gui.test"));
    QVERIFY(find<QLineEdit>("passwordEdit")->text().isEmpty());

    QTest::mouseClick(card<QToolButton>("accessTokenRevealButton"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);

    type("usernameEdit", QStringLiteral("second"));
    type("passwordEdit", QStringLiteral("pass-word-2"));
    type("confirmEdit", QStringLiteral("pass-word-2"));
    clickRegisterAndWait();
    QVERIFY2(errorText().isEmpty(), qPrintable(errorText()));
    QCOMPARE(card<QLineEdit>("userIdEdit")->text(), QStringLiteral("@second:gui.test"));
}

void TestMainWindow::enterSubmits()
{
    fillForm(QStringLiteral("entered"));
    QTest::keyClick(find<QLineEdit>("confirmEdit"), Qt::Key_Return);
    QTRY_VERIFY(m_env->server.account(QStringLiteral("entered")).has_value());
    QTRY_COMPARE(newestUserId(), QStringLiteral("@entered:gui.test"));
}

void TestMainWindow::enterSubmitsFromBoxes_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"userTypeCombo", "adminCheck", "signInCheck", "lengthSpin",
                 "insecureHttpCheck", "profileCombo"}) {
        QTest::newRow(field) << QString::fromLatin1(field);
    }
}

void TestMainWindow::enterSubmitsFromBoxes()
{
    QFETCH(QString, field);
    fillForm(QStringLiteral("boxed"));
    auto *box = find<QWidget>(qPrintable(field));
    box->setFocus();
    QCOMPARE(QApplication::focusWidget(), box);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(newestUserId(), QStringLiteral("@boxed:gui.test"));
    QVERIFY(m_env->server.account(QStringLiteral("boxed")).has_value());
}

void TestMainWindow::theFormIsReadyForTheNextAccount()
{
    // The username field has the focus from the start, not the profile selector.
    QCOMPARE(m_window->focusWidget(), find<QWidget>("usernameEdit"));

    registrar::store::Profile profile = m_env->addProfile(QStringLiteral("Bots"), true);
    profile.defaultUserType = QStringLiteral("bot");
    QString error;
    QVERIFY2(m_env->profiles->update(profile, &error), qPrintable(error));
    m_window->selectProfile(profile.id);
    auto *userType = find<QComboBox>("userTypeCombo");
    QCOMPARE(userType->currentData().toString(), QStringLiteral("bot"));

    type("usernameEdit", QStringLiteral("nextone"));
    type("displayNameEdit", QStringLiteral("Next One"));
    type("passwordEdit", QStringLiteral("pass-word-1"));
    type("confirmEdit", QStringLiteral("pass-word-1"));
    userType->setFocus();
    QTest::keyClick(userType, Qt::Key_Down); // Support
    QCOMPARE(userType->currentData().toString(), QStringLiteral("support"));
    answerMessageBox(QStringLiteral("Make admin"));
    clickCheckBox(find<QCheckBox>("adminCheck"));
    QVERIFY(find<QCheckBox>("adminCheck")->isChecked());
    clickRegisterAndWait();
    QVERIFY2(errorText().isEmpty(), qPrintable(errorText()));
    QVERIFY(m_env->server.account(QStringLiteral("nextone"))->admin);

    QCOMPARE(find<QLineEdit>("usernameEdit")->text(), QString());
    QCOMPARE(find<QLineEdit>("displayNameEdit")->text(), QString());
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString());
    QCOMPARE(find<QLineEdit>("confirmEdit")->text(), QString());
    QCOMPARE(userType->currentData().toString(), QStringLiteral("bot"));
    QVERIFY(!find<QCheckBox>("adminCheck")->isChecked());
    QCOMPARE(m_window->focusWidget(), find<QWidget>("usernameEdit"));

    // Typing goes straight into the empty username.
    QTest::keyClicks(m_window->focusWidget(), QStringLiteral("third"));
    QCOMPARE(find<QLineEdit>("usernameEdit")->text(), QStringLiteral("third"));
}

void TestMainWindow::copyTokenAndClearTheClipboard()
{
    m_window->clipboardGuard()->setClearDelayMs(400);
    fillForm(QStringLiteral("copier"));
    clickRegisterAndWait();
    const QString token = card<QLineEdit>("accessTokenEdit")->text();
    QTest::mouseClick(card<QToolButton>("accessTokenCopyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), token);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
            QByteArray("secret"));
    QTRY_COMPARE(QApplication::clipboard()->text(), QString());

    QTest::mouseClick(card<QPushButton>("copyCommandButton"), Qt::LeftButton);
    const QString command = QApplication::clipboard()->text();
    QVERIFY(command.startsWith(QLatin1String("synapse-registrar-cli register -u copier")));
    QVERIFY(!command.contains(QLatin1String("gui-secret"))
            && !command.contains(QLatin1String("pass-word-1")));

    QTest::mouseClick(card<QToolButton>("copyAllButton"), Qt::LeftButton);
    const QString all = QApplication::clipboard()->text();
    QVERIFY(all.startsWith(
            QStringLiteral("user_id: @copier:gui.test\nhome_server: gui.test\naccess_token: ")
            + token));
    QTRY_COMPARE(QApplication::clipboard()->text(), QString());
}

void TestMainWindow::somethingCopiedMeanwhileIsNotCleared()
{
    m_window->clipboardGuard()->setClearDelayMs(300);
    fillForm(QStringLiteral("keeper"));
    clickRegisterAndWait();
    registrar::widgets::ClipboardGuard *guard = m_window->clipboardGuard();
    QSignalSpy cleared(guard, &registrar::widgets::ClipboardGuard::cleared);
    QTest::mouseClick(card<QToolButton>("accessTokenCopyButton"), Qt::LeftButton);
    QVERIFY(guard->isCountingDown());
    QApplication::clipboard()->setText(QStringLiteral("copied elsewhere"));
    // The guard decides at its next tick and then runs no timer that could clear later.
    QTRY_VERIFY(!guard->isCountingDown());
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("copied elsewhere"));
    QCOMPARE(cleared.count(), 0);
}

void TestMainWindow::failuresKeepTheForm_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("faultField");
    QTest::newRow("taken") << "taken"
                           << "already taken"
                           << "usernameEdit";
    QTest::newRow("wrong secret") << "secret"
                                  << "HMAC incorrect"
                                  << "secretEdit";
    QTest::newRow("unreachable") << "unreachable"
                                 << "Nothing accepted the connection"
                                 << "urlEdit";
    QTest::newRow("timeout") << "timeout"
                             << "did not answer in time"
                             << "urlEdit";
    QTest::newRow("proxy 404") << "proxy"
                               << "does not forward /_synapse/admin"
                               << "urlEdit";
}

void TestMainWindow::failuresKeepTheForm()
{
    QFETCH(QString, scenario);
    QFETCH(QString, message);
    QFETCH(QString, faultField);
    if (scenario == QLatin1String("taken")) {
        fillForm(QStringLiteral("taken"));
        clickRegisterAndWait();
    }
    fillForm(QStringLiteral("Taken"), QStringLiteral("kept-password"));
    type("displayNameEdit", QStringLiteral("Kept Name"));
    if (scenario == QLatin1String("secret")) {
        type("secretEdit", QStringLiteral("not-the-secret"));
    } else if (scenario == QLatin1String("unreachable")) {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        type("urlEdit", QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
    } else if (scenario == QLatin1String("timeout")) {
        m_window->setRequestTimeoutMs(400);
        m_env->server.setFault(DevServer::Fault::Hang);
    } else if (scenario == QLatin1String("proxy")) {
        m_env->server.setFault(DevServer::Fault::HtmlNotFound);
    }
    const QString url = find<QLineEdit>("urlEdit")->text();
    clickRegisterAndWait();
    QVERIFY2(errorText().contains(message), qPrintable(errorText()));
    QVERIFY(find<QWidget>("errorFrame")->isVisible());
    QCOMPARE(find<QLineEdit>("usernameEdit")->text(), QStringLiteral("Taken"));
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QStringLiteral("kept-password"));
    QCOMPARE(find<QLineEdit>("confirmEdit")->text(), QStringLiteral("kept-password"));
    QCOMPARE(find<QLineEdit>("displayNameEdit")->text(), QStringLiteral("Kept Name"));
    QCOMPARE(find<QLineEdit>("urlEdit")->text(), url);
    QCOMPARE(find<QWidget>(qPrintable(faultField))->property("fault").toBool(), true);
    QVERIFY(find<QPushButton>("registerButton")->isEnabled());
}

void TestMainWindow::cancelWhileBusy()
{
    m_env->server.setFault(DevServer::Fault::Hang);
    fillForm(QStringLiteral("patient"));
    QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
    auto *cancel = find<QPushButton>("cancelButton");
    QTRY_VERIFY(cancel->isVisible());
    QVERIFY(!find<QWidget>("accountGroup")->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!cancel->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Cancelled")));
    // Only the nonce was asked for: no warning that the account may exist.
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("nothing was created")),
            qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(find<QWidget>("accountGroup")->isEnabled());
    QCOMPARE(find<QLineEdit>("usernameEdit")->text(), QStringLiteral("patient"));
    QVERIFY(!find<QWidget>("errorFrame")->isVisible());
}

void TestMainWindow::lostAnswerKeepsTheGeneratedPassword()
{
    // A proxy answers 504 after Synapse created the account.
    m_env->server.setFault(
            DevServer::Fault::HtmlGatewayTimeout, DevServer::FaultTarget::AfterRegistering);
    fillForm(QStringLiteral("maybe"), QString());
    QTest::keyClick(m_window, Qt::Key_G, Qt::ControlModifier);
    const QString password = find<QLineEdit>("passwordEdit")->text();
    QVERIFY(!password.isEmpty());
    clickRegisterAndWait();
    QVERIFY2(errorText().contains(QLatin1String("may exist"))
                    && errorText().contains(QLatin1String("504")),
            qPrintable(errorText()));
    QVERIFY2(errorText().contains(QLatin1String("password in the form")), qPrintable(errorText()));
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), password);
    QCOMPARE(find<QLineEdit>("confirmEdit")->text(), password);
    QVERIFY(m_env->server.passwordMatches(QStringLiteral("maybe"), password));
    QVERIFY(find<QPushButton>("registerButton")->isEnabled());
}

void TestMainWindow::adminNeedsConfirmation()
{
    fillForm(QStringLiteral("boss"));
    auto *admin = find<QCheckBox>("adminCheck");
    bool asked = false;
    answerMessageBox(QStringLiteral("Regular user"), &asked);
    clickCheckBox(admin);
    QVERIFY(asked);
    QVERIFY(!admin->isChecked());

    // The keyboard way: Space on the focused box.
    asked = false;
    answerMessageBox(QStringLiteral("Make admin"), &asked);
    admin->setFocus();
    QTest::keyClick(admin, Qt::Key_Space);
    QVERIFY(asked);
    QVERIFY(admin->isChecked());
    clickRegisterAndWait();
    QVERIFY(m_env->server.account(QStringLiteral("boss"))->admin);
}

void TestMainWindow::generatedPasswordIsShownOnce()
{
    fillForm(QStringLiteral("generated"), QString());
    auto *length = find<QSpinBox>("lengthSpin");
    length->setValue(32);
    QTest::keyClick(m_window, Qt::Key_G, Qt::ControlModifier);
    const QString password = find<QLineEdit>("passwordEdit")->text();
    QCOMPARE(password.size(), 32);
    QCOMPARE(find<QLineEdit>("confirmEdit")->text(), password);
    QCOMPARE(find<QLineEdit>("passwordEdit")->echoMode(), QLineEdit::Password);
    QTest::keyClick(m_window, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(find<QLineEdit>("passwordEdit")->echoMode(), QLineEdit::Normal);
    QCOMPARE(find<QLineEdit>("confirmEdit")->echoMode(), QLineEdit::Normal);
    clickRegisterAndWait();
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QString());
    const auto panelPassword = m_window->findChildren<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(panelPassword.size(), 2); // the form's and the panel's
    bool found = false;
    for (QLineEdit *edit : panelPassword) {
        found = found || (edit->text() == password && edit->isVisible());
    }
    QVERIFY(found);
    QVERIFY(m_env->server.passwordMatches(QStringLiteral("generated"), password));
}

void TestMainWindow::withoutSignInThereIsNoToken()
{
    fillForm(QStringLiteral("handout"));
    clickCheckBox(find<QCheckBox>("signInCheck"));
    QVERIFY(!find<QCheckBox>("signInCheck")->isChecked());
    clickRegisterAndWait();
    QCOMPARE(card<QLineEdit>("userIdEdit")->text(), QStringLiteral("@handout:gui.test"));
    QVERIFY(card<QLineEdit>("accessTokenEdit")->text().isEmpty());
    QVERIFY(!card<QLineEdit>("accessTokenEdit")->isVisible());
    QVERIFY(card<QLabel>("noSessionLabel")->isVisible());
    QCOMPARE(m_env->server.sessionCount(), 0);
}

void TestMainWindow::verifyAndLogout()
{
    fillForm(QStringLiteral("verified"));
    clickRegisterAndWait();
    const QString device = card<QLineEdit>("deviceIdEdit")->text();
    QTest::mouseClick(card<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(device));
    QVERIFY(card<QLabel>("sessionStatusLabel")
                    ->text()
                    .contains(QLatin1String("@verified:gui.test")));
    answerMessageBox(QStringLiteral("Log out"));
    QTest::mouseClick(card<QPushButton>("logoutButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(QLatin1String("Logged out")));
    QCOMPARE(m_env->server.sessionCount(), 0);
    QVERIFY(!card<QPushButton>("verifyButton")->isEnabled());
    QVERIFY(m_env->server.account(QStringLiteral("verified")));
}

void TestMainWindow::registersOnTuwunelAndDendrite_data()
{
    QTest::addColumn<DevServer::Flavour>("flavour");
    QTest::newRow("tuwunel") << DevServer::Flavour::Tuwunel;
    QTest::newRow("dendrite") << DevServer::Flavour::Dendrite;
}

void TestMainWindow::registersOnTuwunelAndDendrite()
{
    QFETCH(DevServer::Flavour, flavour);
    m_env->server.setFlavour(flavour);
    fillForm(QStringLiteral("first"));
    clickRegisterAndWait();
    QVERIFY2(errorText().isEmpty(), qPrintable(errorText()));
    QCOMPARE(newestUserId(), QStringLiteral("@first:gui.test"));
    QCOMPARE(card<QLineEdit>("homeServerEdit")->text(), QStringLiteral("gui.test"));
    const QString device = card<QLineEdit>("deviceIdEdit")->text();
    QTest::mouseClick(card<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(device));

    // A bot on Dendrite is refused with Dendrite's reason, the user type marked.
    fillForm(QStringLiteral("second"));
    auto *userType = find<QComboBox>("userTypeCombo");
    userType->setCurrentIndex(userType->findData(QStringLiteral("bot")));
    clickRegisterAndWait();
    if (flavour == DevServer::Flavour::Dendrite) {
        QVERIFY2(errorText().contains(QLatin1String("Dendrite has no user types")),
                qPrintable(errorText()));
        QVERIFY(userType->property("fault").toBool());
        QVERIFY(!m_env->server.account(QStringLiteral("second")));
    } else {
        QVERIFY2(errorText().isEmpty(), qPrintable(errorText()));
        QCOMPARE(m_env->server.account(QStringLiteral("second"))->userType, QStringLiteral("bot"));
    }
}

void TestMainWindow::aServerWithMasOffersTheMasWay()
{
    m_env->server.setAuthDelegated(true);
    fillForm(QStringLiteral("Masuser"));
    type("displayNameEdit", QStringLiteral("Mas User"));
    clickRegisterAndWait();
    QVERIFY2(errorText().contains(QLatin1String("Matrix Authentication Service")),
            qPrintable(errorText()));
    auto *offer = find<QPushButton>("masCommandButton");
    QVERIFY(offer->isVisible());
    QTest::mouseClick(offer, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
            QStringLiteral("mas-cli manage register-user masuser --display-name 'Mas User' "
                           "--no-admin"));
    // The offer belongs to that answer: another attempt's error does not carry it.
    m_env->server.setAuthDelegated(false);
    type("secretEdit", QStringLiteral("not-the-secret"));
    clickRegisterAndWait();
    QVERIFY(find<QWidget>("errorFrame")->isVisible());
    QVERIFY(!offer->isVisible());
}

void TestMainWindow::verifyStillWorksAfterAFailedAttempt()
{
    fillForm(QStringLiteral("first"));
    clickRegisterAndWait();
    const QString device = card<QLineEdit>("deviceIdEdit")->text();
    fillForm(QStringLiteral("first"), QStringLiteral("pass-word-2")); // taken now
    clickRegisterAndWait();
    QVERIFY2(errorText().contains(QLatin1String("already taken")), qPrintable(errorText()));
    // The failure names its own attempt, beside a card that is about another account.
    QVERIFY2(errorText().contains(QStringLiteral("\u201cfirst\u201d was not created")),
            qPrintable(errorText()));

    // The card of the account made before the failure still has its session.
    QCOMPARE(newestUserId(), QStringLiteral("@first:gui.test"));
    QTest::mouseClick(card<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_VERIFY2(card<QLabel>("sessionStatusLabel")->text().contains(device),
            qPrintable(card<QLabel>("sessionStatusLabel")->text()));
    QVERIFY(card<QLabel>("sessionStatusLabel")->isVisible());
}

void TestMainWindow::everyAccountKeepsItsOwnCard()
{
    fillForm(QStringLiteral("one"));
    clickRegisterAndWait();
    const QString firstToken = card<QLineEdit>("accessTokenEdit")->text();
    QApplication::processEvents(); // the new card's layout settles, as after the logout below
    const QPoint fieldBefore = card<QLineEdit>("userIdEdit")->mapTo(m_window, QPoint(0, 0));
    answerMessageBox(QStringLiteral("Log out"));
    QTest::mouseClick(card<QPushButton>("logoutButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(QLatin1String("Logged out")));
    QVERIFY(card<QLabel>("accessTokenLabel")->text().contains(QLatin1String("logged out")));
    // The longer label had its room from the start: the fields stay where they were.
    QApplication::processEvents();
    QCOMPARE(card<QLineEdit>("userIdEdit")->mapTo(m_window, QPoint(0, 0)).x(), fieldBefore.x());

    fillForm(QStringLiteral("two"));
    clickRegisterAndWait();
    QCOMPARE(newestUserId(), QStringLiteral("@two:gui.test"));
    // Nothing of the first account's logout is on the second's card.
    QCOMPARE(card<QLabel>("accessTokenLabel")->text(), QStringLiteral("Access token:"));
    QVERIFY(!card<QLabel>("sessionStatusLabel")->isVisible());
    QVERIFY(card<QPushButton>("verifyButton")->isEnabled());
    const QString secondDevice = card<QLineEdit>("deviceIdEdit")->text();
    QTest::mouseClick(card<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(secondDevice));

    fillForm(QStringLiteral("three"));
    clickRegisterAndWait();

    // The list of this run's accounts, newest first, leads back to the first one.
    auto *list = find<QListWidget>("accountList");
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("@three:gui.test")));
    QVERIFY(list->item(2)->text().startsWith(QLatin1String("@one:gui.test")));
    QVERIFY(list->item(2)->text().contains(QLatin1String("logged out")));
    QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(2)).center());
    QCOMPARE(newestUserId(), QStringLiteral("@one:gui.test"));
    QVERIFY(card<QLineEdit>("userIdEdit")->isVisible());
    QVERIFY(!card<QPushButton>("verifyButton")->isEnabled());
    QVERIFY(card<QLabel>("sessionStatusLabel")->text().contains(QLatin1String("Logged out")));
    QTest::mouseClick(card<QToolButton>("accessTokenCopyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), firstToken);

    // The second account's card kept what its Verify said.
    QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QCOMPARE(newestUserId(), QStringLiteral("@two:gui.test"));
    QVERIFY(card<QLabel>("sessionStatusLabel")->text().contains(secondDevice));
}

void TestMainWindow::formErrorsClearWhenTheirFieldChanges()
{
    fillForm(QStringLiteral("held"));
    clickRegisterAndWait();
    fillForm(QStringLiteral("held"));
    clickRegisterAndWait();
    auto *errorFrame = find<QWidget>("errorFrame");
    QVERIFY(errorFrame->isVisible());
    QVERIFY(find<QLineEdit>("usernameEdit")->property("fault").toBool());
    // Typing in another field leaves it: the name is still taken.
    type("displayNameEdit", QStringLiteral("Someone"));
    QVERIFY(errorFrame->isVisible());
    // Changing the name it is about answers it.
    QTest::keyClick(find<QLineEdit>("usernameEdit"), Qt::Key_X);
    QVERIFY(!errorFrame->isVisible());
    QVERIFY(!find<QLineEdit>("usernameEdit")->property("fault").toBool());

    // A wrong secret: the error goes when the secret is typed again.
    fillForm(QStringLiteral("other"));
    type("secretEdit", QStringLiteral("not-the-secret"));
    clickRegisterAndWait();
    QVERIFY(errorFrame->isVisible());
    type("usernameEdit", QStringLiteral("other2"));
    QVERIFY(errorFrame->isVisible());
    type("secretEdit", QStringLiteral("gui-secret"));
    QVERIFY(!errorFrame->isVisible());
}

void TestMainWindow::errorsWithoutAFieldWaitForTheNextAttemptOrProfile()
{
    m_env->addProfile(QStringLiteral("Saved"), true);
    m_env->server.setFault(DevServer::Fault::HtmlNotFound);
    fillForm(QStringLiteral("nowhere"));
    clickRegisterAndWait();
    auto *errorFrame = find<QWidget>("errorFrame");
    QVERIFY(errorFrame->isVisible());
    type("displayNameEdit", QStringLiteral("Someone"));
    QVERIFY(errorFrame->isVisible());
    // Another server is chosen: what this one answered is no longer about the form.
    auto *profiles = find<QComboBox>("profileCombo");
    profiles->setFocus();
    QTest::keyClick(profiles, Qt::Key_Home);
    QVERIFY(profiles->currentData().toString() != QString());
    QVERIFY(!errorFrame->isVisible());
    QVERIFY(!find<QLineEdit>("urlEdit")->property("fault").toBool());
}

void TestMainWindow::closingNamesEveryAccountNotHandedOver()
{
    fillForm(QStringLiteral("early"), QString());
    QTest::keyClick(m_window, Qt::Key_G, Qt::ControlModifier);
    clickRegisterAndWait();
    fillForm(QStringLiteral("late"));
    clickRegisterAndWait();
    // Only the first card holds something never seen once the second's token is copied.
    QTest::mouseClick(card<QToolButton>("accessTokenCopyButton"), Qt::LeftButton);
    QString question;
    readMessageBox(&question, Qt::Key_Escape);
    QVERIFY(!m_window->close());
    QVERIFY2(question.contains(QLatin1String("@early:gui.test")), qPrintable(question));
    QVERIFY2(!question.contains(QLatin1String("@late:gui.test")), qPrintable(question));
}

void TestMainWindow::verifyAndLogoutUseTheClientUrl()
{
    // A profile whose admin API is another listener of the same homeserver (an internal port).
    const quint16 clientPort = m_env->server.baseUrl().port();
    const quint16 adminPort = m_env->server.listen();
    QVERIFY(adminPort != 0);
    registrar::store::Profile profile = m_env->addProfile(QStringLiteral("Two listeners"), true);
    QUrl clientUrl = m_env->server.baseUrl();
    clientUrl.setPort(clientPort);
    profile.clientUrl = clientUrl;
    profile.adminUrl = m_env->server.baseUrl();
    QString error;
    QVERIFY2(m_env->profiles->update(profile, &error), qPrintable(error));
    m_window->selectProfile(profile.id);
    type("usernameEdit", QStringLiteral("twoports"));
    type("passwordEdit", QStringLiteral("pass-word-1"));
    type("confirmEdit", QStringLiteral("pass-word-1"));
    clickRegisterAndWait();
    QCOMPARE(m_env->server.portsReached(QStringLiteral("/_synapse/admin/v1/register")),
            (QList<quint16>{adminPort, adminPort}));

    QTest::mouseClick(card<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(QLatin1String("token works")));
    QCOMPARE(m_env->server.portsReached(QStringLiteral("/_matrix/client/v3/account/whoami")),
            QList<quint16>{clientPort});
    answerMessageBox(QStringLiteral("Log out"));
    QTest::mouseClick(card<QPushButton>("logoutButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(QLatin1String("Logged out")));
    QCOMPARE(m_env->server.portsReached(QStringLiteral("/_matrix/client/v3/logout")),
            QList<quint16>{clientPort});
}

void TestMainWindow::logoutAsksFirstAndHasNoMnemonic()
{
    fillForm(QStringLiteral("careful"));
    clickRegisterAndWait();
    const QString device = card<QLineEdit>("deviceIdEdit")->text();
    QCOMPARE(m_env->server.sessionCount(), 1);
    // Alt+G sat one key away from Ctrl+G (Generate) and logged out at once: no mnemonic now.
    QVERIFY(QKeySequence::mnemonic(card<QPushButton>("logoutButton")->text()).isEmpty());

    // The question names the user and the device; Cancel (the default) keeps the session.
    QString question;
    readMessageBox(&question, Qt::Key_Return);
    QTest::mouseClick(card<QPushButton>("logoutButton"), Qt::LeftButton);
    QVERIFY2(question.contains(QLatin1String("@careful:gui.test")) && question.contains(device),
            qPrintable(question));
    QTest::mouseClick(card<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(QLatin1String("token works")));
    QCOMPARE(m_env->server.sessionCount(), 1);

    answerMessageBox(QStringLiteral("Log out"));
    QTest::mouseClick(card<QPushButton>("logoutButton"), Qt::LeftButton);
    QTRY_VERIFY(card<QLabel>("sessionStatusLabel")->text().contains(QLatin1String("Logged out")));
    QCOMPARE(m_env->server.sessionCount(), 0);
}

void TestMainWindow::closingAsksWhileASecretWasNeverSeen()
{
    // Nothing created yet: Quit closes at once.
    {
        bool asked = false;
        QPointer<QTimer> answerer =
                answerMessageBox(QStringLiteral("Keep the window open"), &asked);
        QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!asked);
        QVERIFY(!m_window->isVisible());
        delete answerer;
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    fillForm(QStringLiteral("unseen"), QString());
    QTest::keyClick(m_window, Qt::Key_G, Qt::ControlModifier);
    clickRegisterAndWait();
    bool asked = false;
    answerMessageBox(QStringLiteral("Keep the window open"), &asked);
    QTest::keyClick(m_window, Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());

    // The token was copied, but the generated password never seen: closing still asks.
    QTest::mouseClick(card<QToolButton>("accessTokenCopyButton"), Qt::LeftButton);
    asked = false;
    answerMessageBox(QStringLiteral("Keep the window open"), &asked);
    QVERIFY(!m_window->close());
    QVERIFY(asked);
    QVERIFY(m_window->isVisible());

    // The password shown too: nothing would be lost, so the window closes without a question.
    auto *reveal = card<QToolButton>("passwordRevealButton");
    QTest::mouseClick(reveal, Qt::LeftButton);
    asked = false;
    QPointer<QTimer> answerer = answerMessageBox(QStringLiteral("Keep the window open"), &asked);
    QVERIFY(m_window->close());
    QVERIFY(!asked);
    delete answerer;
}

void TestMainWindow::closeAnywayAfterTheQuestion()
{
    fillForm(QStringLiteral("leaver"));
    clickRegisterAndWait();
    bool asked = false;
    answerMessageBox(QStringLiteral("Close anyway"), &asked);
    QVERIFY(m_window->close());
    QVERIFY(asked);
}

void TestMainWindow::manageHasAMnemonicAndAboutSaysWhatItIs()
{
    QCOMPARE(QKeySequence::mnemonic(find<QPushButton>("manageProfilesButton")->text()),
            QKeySequence(Qt::ALT | Qt::Key_G));

    auto *about = m_window->findChild<QAction *>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QString shownText;
    readMessageBox(&shownText, Qt::Key_Escape);
    about->trigger();
    QVERIFY2(shownText.contains(QStringLiteral(REGISTRAR_VERSION)), qPrintable(shownText));
    QVERIFY(shownText.contains(QLatin1String("GPL-3.0-or-later")));
    QVERIFY(shownText.contains(QLatin1String("README.md")));
    QVERIFY(shownText.contains(QLatin1String("man synapse-registrar-cli")));
}

void TestMainWindow::profileListFollowsTheStore()
{
    auto *combo = find<QComboBox>("profileCombo");
    const auto names = [combo] {
        QStringList shown;
        for (int i = 0; i < combo->count() - 1; ++i) { // the last entry is the unsaved server
            shown.append(combo->itemText(i));
        }
        return shown;
    };
    QCOMPARE(names(), QStringList());

    // Added from outside the window (another window, an import): no reload is called.
    const registrar::store::Profile first = m_env->addProfile(QStringLiteral("First"), true);
    QCOMPARE(names(), QStringList{QStringLiteral("First")});
    m_window->selectProfile(first.id);
    QCOMPARE(combo->currentData().toString(), first.id);

    registrar::store::Profile second = m_env->addProfile(QStringLiteral("Second"), false);
    QCOMPARE(names(), (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
    QCOMPARE(combo->currentData().toString(), first.id);

    second.name = QStringLiteral("Renamed");
    second.serverName = QStringLiteral("second.test");
    QString error;
    QVERIFY2(m_env->profiles->update(second, &error), qPrintable(error));
    QCOMPARE(names(), (QStringList{QStringLiteral("First"), QStringLiteral("Renamed")}));
    QCOMPARE(combo->currentData().toString(), first.id);

    // The selected profile goes: the form shows the fallback, not the removed profile's summary.
    QVERIFY(m_env->profiles->remove(first.id));
    QCOMPARE(names(), QStringList{QStringLiteral("Renamed")});
    QCOMPARE(combo->currentData().toString(), second.id);
    QVERIFY(find<QLabel>("profileSummary")->text().contains(QLatin1String("second.test")));
}

void TestMainWindow::historyHoldsNoSecret()
{
    fillForm(QStringLiteral("recorded"), QStringLiteral("history-password-1"));
    clickRegisterAndWait();
    const QString token = card<QLineEdit>("accessTokenEdit")->text();
    QFile file(m_env->dir.filePath(QStringLiteral("history.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("@recorded:gui.test"));
    QVERIFY(!contents.contains(token.toUtf8()));
    QVERIFY(!contents.contains("history-password-1"));
    QVERIFY(!contents.contains("gui-secret"));
    auto *table = find<QTableView>("historyTable");
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("@recorded:gui.test"));

    // A second window reads the history back; clearing it asks first.
    MainWindow second(&m_env->manager, m_env->profiles.get(), &m_env->secrets,
            m_env->dir.filePath(QStringLiteral("history.json")));
    QCOMPARE(
            second.findChild<QTableView *>(QStringLiteral("historyTable"))->model()->rowCount(), 1);
    bool asked = false;
    answerMessageBox(QStringLiteral("Yes"), &asked);
    QTest::mouseClick(find<QPushButton>("clearHistoryButton"), Qt::LeftButton);
    QVERIFY(asked);
    QTRY_COMPARE(table->model()->rowCount(), 0);
    QVERIFY(!QFile::exists(m_env->dir.filePath(QStringLiteral("history.json"))));
}

void TestMainWindow::tabOrderFollowsTheForm()
{
    fillForm(QStringLiteral("tabber"));
    find<QLineEdit>("urlEdit")->setFocus();
    QStringList visited;
    for (int i = 0; i < 16; ++i) {
        visited.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList expected{QStringLiteral("urlEdit"), QStringLiteral("secretEdit"),
            QStringLiteral("serverNameEdit"), QStringLiteral("insecureHttpCheck"),
            QStringLiteral("usernameEdit"), QStringLiteral("displayNameEdit"),
            QStringLiteral("passwordEdit"), QStringLiteral("confirmEdit"),
            QStringLiteral("revealButton"), QStringLiteral("generateButton"),
            QStringLiteral("lengthSpin"), QStringLiteral("userTypeCombo"),
            QStringLiteral("adminCheck"), QStringLiteral("signInCheck"),
            QStringLiteral("registerButton")};
    QVERIFY2(visited.mid(0, expected.size()) == expected,
            qPrintable(visited.join(QLatin1Char(' '))));
}

void TestMainWindow::copyAllAsJsonAndExpiry()
{
    m_env->server.setSessionLifetimeMs(3600 * 1000);
    fillForm(QStringLiteral("jsoned"));
    clickRegisterAndWait();
    QVERIFY(card<QLineEdit>("expiryEdit")->isVisible());
    QVERIFY(!card<QLineEdit>("expiryEdit")->text().isEmpty());
    QMenu *menu = card<QToolButton>("copyAllButton")->menu();
    QVERIFY(menu);
    menu->actions().at(1)->trigger();
    const QJsonObject json =
            QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("user_id")).toString(), QStringLiteral("@jsoned:gui.test"));
    QCOMPARE(json.value(QStringLiteral("access_token")).toString(),
            card<QLineEdit>("accessTokenEdit")->text());
    QCOMPARE(json.value(QStringLiteral("expires_in_ms")).toInteger(), 3600 * 1000);
    QCOMPARE(QApplication::clipboard()->mimeData()->data(
                     QStringLiteral("x-kde-passwordManagerHint")),
            QByteArray("secret"));
}

void TestMainWindow::languageChoiceIsStored()
{
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
    QVERIFY(menu);
    const QList<QAction *> actions = menu->actions();
    QStringList titles;
    for (const QAction *action : actions) {
        if (action->isCheckable()) {
            titles.append(action->text());
        }
    }
    // Each language by its own name, from Qt's CLDR data ("en" is en_US there).
    QCOMPARE(titles,
            QStringList({QStringLiteral("System default"), QStringLiteral("Deutsch"),
                    QStringLiteral("American English"), QStringLiteral("Français")}));
    // When it applies is said in the menu itself, a lasting place.
    const QAction *note = actions.constLast();
    QCOMPARE(note->objectName(), QStringLiteral("languageWhenNote"));
    QVERIFY(!note->isEnabled());
    QVERIFY2(note->text().contains(QLatin1String("next start")), qPrintable(note->text()));
    QVERIFY(actions.at(0)->isChecked());

    actions.at(1)->trigger();
    QCOMPARE(QSettings().value(registrar::core::Translations::settingsKey()).toString(),
            QStringLiteral("de"));
    QVERIFY(actions.at(1)->isChecked() && !actions.at(0)->isChecked());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("next time")));

    actions.at(0)->trigger();
    QVERIFY(!QSettings().contains(registrar::core::Translations::settingsKey()));
}

void TestMainWindow::batchStatusesAreTranslatedOnlyOnScreen()
{
    QObject german;
    QVERIFY(registrar::core::Translations::install(&german, QLocale(QLocale::German)) >= 2);
    using registrar::widgets::BatchTableModel;
    BatchTableModel model;
    registrar::core::BatchRow row;
    row.line = 2;
    row.username = QStringLiteral("anna");
    model.append(row);
    QCOMPARE(model.index(0, BatchTableModel::Status).data().toString(), QStringLiteral("bereit"));
    model.setOutcome(2, registrar::core::BatchRowStatus::Unknown, {});
    QCOMPARE(model.index(0, BatchTableModel::Status).data().toString(), QStringLiteral("unklar"));
    model.setOutcome(2, registrar::core::BatchRowStatus::Created, {});
    QCOMPARE(model.index(0, BatchTableModel::Status).data().toString(), QStringLiteral("angelegt"));
    // What the logic uses stays as it is.
    QCOMPARE(model.statusAt(0), registrar::core::BatchRowStatus::Created);
}

registrar::store::Profile TestMainWindow::useMasProfile(bool withSecret)
{
    m_env->server.setAuthDelegated(true);
    registrar::store::Profile profile;
    profile.name = QStringLiteral("With MAS");
    profile.clientUrl = m_env->server.baseUrl();
    profile.serverName = QStringLiteral("gui.test");
    profile.mas.masUrl = m_env->server.baseUrl().resolved(QUrl(QStringLiteral("/mas")));
    profile.mas.clientId = m_env->server.mas().clientId();
    profile.mas.authMethod = MasAdminClient::AuthMethod::Basic;
    QString error;
    if (!m_env->profiles->add(profile, &error)) {
        qFatal("%s", qPrintable(error));
    }
    if (withSecret) {
        bool done = false;
        m_env->keychain.write(profile.id,
                registrar::core::SecretBytes(QByteArray("s3cret-example")), &m_env->keychain,
                [&done](const registrar::store::SecretStore::Result &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; })) {
            qFatal("the session store did not answer");
        }
    }
    m_window->selectProfile(profile.id);
    return profile;
}

void TestMainWindow::fillAccount(const QString &username, const QString &password)
{
    type("usernameEdit", username);
    if (!password.isEmpty()) {
        type("passwordEdit", password);
        type("confirmEdit", password);
    }
}

void TestMainWindow::masFormSaysWhatMasHasAndWhatItLacks()
{
    m_env->addProfile(QStringLiteral("Shared secret"), true);
    useMasProfile();
    auto *admin = find<QCheckBox>("adminCheck");
    auto *adminNote = find<QLabel>("adminNote");
    // Said on the form, not in a tooltip: what admin is on MAS.
    QVERIFY(adminNote->isVisible());
    QVERIFY2(adminNote->text().contains(QLatin1String("may request them"))
                    && adminNote->text().contains(QLatin1String("access token made here carries")),
            qPrintable(adminNote->text()));
    QVERIFY2(admin->text().contains(QLatin1String("may request admin rights")),
            qPrintable(admin->text()));
    // Without a token made here, the line does not promise one.
    clickCheckBox(find<QCheckBox>("signInCheck"));
    QVERIFY2(adminNote->text().contains(QLatin1String("No access token is made here")),
            qPrintable(adminNote->text()));
    // No user type on MAS, and the reason where the choice was.
    QVERIFY(!find<QComboBox>("userTypeCombo")->isVisible());
    QVERIFY(find<QLabel>("userTypeNote")->isVisible());
    QVERIFY(find<QLabel>("userTypeNote")->text().contains(QLatin1String("MAS has no user types")));
    QVERIFY(find<QLineEdit>("emailsEdit")->isVisible());
    QVERIFY(find<QCheckBox>("skipPasswordCheck")->isVisible());
    QVERIFY(!find<QCheckBox>("skipPasswordCheck")->isChecked());
    QVERIFY2(find<QLabel>("profileSummary")
                     ->text()
                     .contains(QLatin1String("accounts through MAS at")),
            qPrintable(find<QLabel>("profileSummary")->text()));

    // A shared-secret profile has none of it.
    auto *profiles = find<QComboBox>("profileCombo");
    profiles->setCurrentIndex(profiles->findText(QStringLiteral("Shared secret")));
    QVERIFY(!adminNote->isVisible());
    QCOMPARE(admin->text(), QStringLiteral("Ma&ke a server admin"));
    QVERIFY(find<QComboBox>("userTypeCombo")->isVisible());
    QVERIFY(!find<QLabel>("userTypeNote")->isVisible());
    QVERIFY(!find<QLineEdit>("emailsEdit")->isVisible());
    QVERIFY(!find<QCheckBox>("skipPasswordCheck")->isVisible());
}

void TestMainWindow::masAddressThatIsNotOneBlocksRegister()
{
    useMasProfile();
    fillAccount(QStringLiteral("mailed"));
    auto *registerButton = find<QPushButton>("registerButton");
    QVERIFY(registerButton->isEnabled());
    type("emailsEdit", QStringLiteral("mailed@example.test, mailed-at-example.test"));
    QVERIFY(!registerButton->isEnabled());
    const QString message =
            QTextDocumentFragment::fromHtml(find<QLabel>("emailsMessage")->text()).toPlainText();
    QVERIFY2(message.contains(QStringLiteral("\u201cmailed-at-example.test\u201d is not an email")),
            qPrintable(message));
    type("emailsEdit", QStringLiteral("mailed@example.test  other@example.test;"));
    QVERIFY(registerButton->isEnabled());
    QVERIFY(find<QLabel>("emailsMessage")->text().isEmpty());
}

void TestMainWindow::masCardShowsBothIdsAndTheExpiry()
{
    registrar::widgets::ClipboardGuard clipboard(QApplication::clipboard());
    registrar::core::RegistrationResult result;
    result.userId = QStringLiteral("@carded:gui.test");
    result.homeServer = QStringLiteral("gui.test");
    result.masUserId = QStringLiteral("01JC0000000000000000000000");
    result.accessToken = QStringLiteral("mpt_card");
    result.deviceId = QStringLiteral("CARDDEVICE");
    registrar::net::HttpTransport transport(&m_env->manager, {});
    const auto session = [&] {
        return std::make_unique<registrar::net::TokenSession>(&transport, m_env->server.baseUrl(),
                registrar::core::SecretBytes::fromUtf8(result.accessToken));
    };
    registrar::widgets::CredentialsPanel never(result, {}, {}, session(), &clipboard);
    never.show();
    QCOMPARE(child<QLabel>(&never, "userIdLabel")->text(), QStringLiteral("Matrix user ID:"));
    QCOMPARE(child<QLineEdit>(&never, "userIdEdit")->text(), result.userId);
    QVERIFY(child<QLineEdit>(&never, "masUserIdEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(&never, "masUserIdEdit")->text(), result.masUserId);
    QVERIFY(child<QLineEdit>(&never, "accessTokenEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(&never, "deviceIdEdit")->text(), result.deviceId);
    QVERIFY(child<QLineEdit>(&never, "expiryEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(&never, "expiryEdit")->text(), QStringLiteral("never expires"));
    QTest::mouseClick(child<QToolButton>(&never, "masUserIdCopyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), result.masUserId);

    result.expiresInMs = 3600 * 1000;
    registrar::widgets::CredentialsPanel expiring(result, {}, {}, session(), &clipboard);
    expiring.show();
    const QString expiry = child<QLineEdit>(&expiring, "expiryEdit")->text();
    QVERIFY2(!expiry.isEmpty() && expiry != QLatin1String("never expires"), qPrintable(expiry));

    // A shared-secret account's card stays as it was: no MAS row, no expiry it was not given.
    result.masUserId.clear();
    result.expiresInMs.reset();
    registrar::widgets::CredentialsPanel shared(result, {}, {}, session(), &clipboard);
    shared.show();
    QCOMPARE(child<QLabel>(&shared, "userIdLabel")->text(), QStringLiteral("User ID:"));
    QVERIFY(!child<QLineEdit>(&shared, "masUserIdEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(&shared, "expiryEdit")->isVisible());
    QVERIFY(child<QLineEdit>(&shared, "accessTokenEdit")->isVisible());
}

void TestMainWindow::masCreatesAnAccount()
{
    useMasProfile();
    fillAccount(QStringLiteral("mas-alice"));
    type("emailsEdit", QStringLiteral("alice@example.test, alice@work.example.test"));
    clickRegisterAndWait();
    QVERIFY2(!find<QWidget>("errorFrame")->isVisible(), qPrintable(errorText()));
    const auto user = m_env->server.mas().userByUsername(QStringLiteral("mas-alice"));
    QVERIFY(user);
    QCOMPARE(user->emails,
            QStringList({QStringLiteral("alice@example.test"),
                    QStringLiteral("alice@work.example.test")}));
    QVERIFY(m_env->server.mas().passwordLoginMatches(
            QStringLiteral("mas-alice"), QStringLiteral("pass-word-1")));
    QCOMPARE(card<QLineEdit>("userIdEdit")->text(), QStringLiteral("@mas-alice:gui.test"));
    QCOMPARE(card<QLineEdit>("masUserIdEdit")->text(), user->id);
    QVERIFY(MasAdminClient::isUlid(user->id));
    // The ULID is read and typed whole: its field holds all of it in the window's default size.
    auto *ulid = card<QLineEdit>("masUserIdEdit");
    QTRY_VERIFY2(ulid->width() > ulid->fontMetrics().horizontalAdvance(user->id) + 4,
            qPrintable(QString::number(ulid->width())));
    QVERIFY(card<QLineEdit>("accessTokenEdit")->isVisible());
    QVERIFY(!card<QLineEdit>("accessTokenEdit")->text().isEmpty());
    QVERIFY(card<QLineEdit>("deviceIdEdit")->isVisible());
    QVERIFY(!card<QLineEdit>("deviceIdEdit")->text().isEmpty());
    QVERIFY(card<QLineEdit>("expiryEdit")->isVisible());
    QVERIFY(!card<QLineEdit>("expiryEdit")->text().isEmpty());
    // The token is the new account's, on the homeserver.
    QTest::mouseClick(card<QPushButton>("verifyButton"), Qt::LeftButton);
    QTRY_VERIFY(
            card<QLabel>("sessionStatusLabel")->text().contains(QLatin1String("The token works")));
    // Ready for the next account: the addresses were this one's.
    QVERIFY(find<QLineEdit>("emailsEdit")->text().isEmpty());
}

void TestMainWindow::masAdminIsConfirmedInMasWords()
{
    useMasProfile();
    fillAccount(QStringLiteral("mas-boss"));
    QString asked;
    answerMessageBox(QStringLiteral("Make admin"), nullptr, &asked);
    clickCheckBox(find<QCheckBox>("adminCheck"));
    QVERIFY2(asked.contains(QLatin1String("request admin rights"))
                    && asked.contains(QLatin1String("access token made here carries them")),
            qPrintable(asked));
    clickRegisterAndWait();
    QVERIFY2(!find<QWidget>("errorFrame")->isVisible(), qPrintable(errorText()));
    QVERIFY(m_env->server.mas().userByUsername(QStringLiteral("mas-boss"))->admin);
}

void TestMainWindow::masConfigurationErrorsLeadToWhatMasNeeds()
{
    useMasProfile();
    m_env->server.mas().setAdminClient(false);
    fillAccount(QStringLiteral("mas-notadmin"));
    clickRegisterAndWait();
    QVERIFY2(errorText().contains(QLatin1String("policy.data.admin_clients")),
            qPrintable(errorText()));
    auto *needs = find<QPushButton>("masNeedsButton");
    QVERIFY(needs->isVisible());
    bool helpShown = false;
    QTimer::singleShot(0, this, [&helpShown] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        auto *help = dialog->findChild<QAbstractButton *>(QStringLiteral("masHelpButton"));
        helpShown = help && help->isChecked();
        dialog->reject();
    });
    QTest::mouseClick(needs, Qt::LeftButton);
    QVERIFY(helpShown);

    // Another kind of error does not offer it.
    m_env->server.mas().setAdminClient(true);
    m_env->server.mas().setPasswordLoginEnabled(false);
    clickRegisterAndWait();
    QVERIFY(!needs->isVisible());
}

void TestMainWindow::masPasswordLoginOffSaysNoPasswordCanBeSet()
{
    useMasProfile();
    m_env->server.mas().setPasswordLoginEnabled(false);
    fillAccount(QStringLiteral("mas-nopass"));
    clickRegisterAndWait();
    QVERIFY(find<QWidget>("errorFrame")->isVisible());
    QVERIFY2(
            errorText().contains(QLatin1String("no password can be set")), qPrintable(errorText()));
    QCOMPARE(find<QLineEdit>("passwordEdit")->property("fault").toBool(), true);
    QCOMPARE(cardCount(), 0);
}

void TestMainWindow::masSkippingThePasswordCheckTakesAWeakPassword()
{
    useMasProfile();
    m_env->server.mas().setWeakPasswords(true);
    fillAccount(QStringLiteral("mas-weak"), QStringLiteral("weak-one"));
    clickCheckBox(find<QCheckBox>("skipPasswordCheck"));
    clickRegisterAndWait();
    QVERIFY2(!find<QWidget>("errorFrame")->isVisible(), qPrintable(errorText()));
    QVERIFY(m_env->server.mas().passwordLoginMatches(
            QStringLiteral("mas-weak"), QStringLiteral("weak-one")));
    // Each account opts out of MAS's check on its own.
    QVERIFY(!find<QCheckBox>("skipPasswordCheck")->isChecked());
}

void TestMainWindow::masFinishTheRemainingStepsCompletesTheSameUser()
{
    useMasProfile();
    // MAS creates the user, then finds the password too weak.
    m_env->server.mas().setWeakPasswords(true);
    fillAccount(QStringLiteral("mas-half"));
    clickRegisterAndWait();
    const auto created = m_env->server.mas().userByUsername(QStringLiteral("mas-half"));
    QVERIFY(created);
    QVERIFY(created->passwordDigest.isEmpty());
    QVERIFY2(errorText().contains(created->id)
                    && errorText().contains(QLatin1String("the user was created")),
            qPrintable(errorText()));
    auto *finish = find<QPushButton>("finishButton");
    QVERIFY(finish->isVisible());
    QCOMPARE(finish->text(), QStringLiteral("Finish the remaining steps"));
    QCOMPARE(cardCount(), 0);
    // The form stays filled.
    QCOMPARE(find<QLineEdit>("usernameEdit")->text(), QStringLiteral("mas-half"));
    QCOMPARE(find<QLineEdit>("passwordEdit")->text(), QStringLiteral("pass-word-1"));

    m_env->server.mas().setWeakPasswords(false); // the MAS admin lowered minimum_complexity
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY(!find<QPushButton>("cancelButton")->isVisible());
    QVERIFY2(!find<QWidget>("errorFrame")->isVisible(), qPrintable(errorText()));
    QCOMPARE(cardCount(), 1);
    const auto finished = m_env->server.mas().userByUsername(QStringLiteral("mas-half"));
    QCOMPARE(finished->id, created->id); // the same user, not a second one
    QCOMPARE(card<QLineEdit>("masUserIdEdit")->text(), created->id);
    QVERIFY(m_env->server.mas().passwordLoginMatches(
            QStringLiteral("mas-half"), QStringLiteral("pass-word-1")));
    QVERIFY(!card<QLineEdit>("accessTokenEdit")->text().isEmpty());
}

void TestMainWindow::masGeneratedPasswordOfAnUnfinishedAccountIsKept()
{
    useMasProfile();
    // An address another account has: MAS sets the password, then refuses the address.
    fillAccount(QStringLiteral("mas-first"));
    type("emailsEdit", QStringLiteral("shared@example.test"));
    clickRegisterAndWait();
    QCOMPARE(cardCount(), 1);

    fillAccount(QStringLiteral("mas-second"), QString());
    QTest::keyClick(m_window, Qt::Key_G, Qt::ControlModifier);
    const QString generated = find<QLineEdit>("passwordEdit")->text();
    QVERIFY(!generated.isEmpty());
    type("emailsEdit", QStringLiteral("shared@example.test"));
    clickRegisterAndWait();
    QVERIFY2(errorText().contains(QLatin1String("the password was set")), qPrintable(errorText()));
    QVERIFY(m_env->server.mas().passwordLoginMatches(QStringLiteral("mas-second"), generated));
    QVERIFY(find<QPushButton>("finishButton")->isVisible());

    // A new password generated meanwhile does not replace the one the account has.
    QTest::keyClick(m_window, Qt::Key_G, Qt::ControlModifier);
    QVERIFY(find<QLineEdit>("passwordEdit")->text() != generated);
    type("emailsEdit", QString());
    QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
    QTRY_VERIFY(!find<QPushButton>("cancelButton")->isVisible());
    QVERIFY2(!find<QWidget>("errorFrame")->isVisible(), qPrintable(errorText()));
    QCOMPARE(cardCount(), 2);
    QCOMPARE(card<QLineEdit>("passwordEdit")->text(), generated);
    QVERIFY(m_env->server.mas().passwordLoginMatches(QStringLiteral("mas-second"), generated));
    QVERIFY(card<QLabel>("sessionStatusLabel")
                    ->text()
                    .contains(QLatin1String("generated for the first attempt")));
}

void TestMainWindow::masProgressGoesWhereTheCommandLineFindsIt()
{
    // A throw-away history keeps the progress beside it, away from the user's.
    const registrar::store::Profile profile = useMasProfile();
    m_env->server.mas().setWeakPasswords(true);
    fillAccount(QStringLiteral("mas-beside"));
    clickRegisterAndWait();
    QVERIFY(find<QPushButton>("finishButton")->isVisible());
    registrar::store::MasProgressStore beside(
            m_env->dir.filePath(QStringLiteral("mas-progress.json")));
    QVERIFY(beside.find(profile.mas.masUrl, QStringLiteral("mas-beside")));

    // The user's own history: the file that synapse-registrar-cli register reads too.
    const QString history = registrar::store::AccountHistory::defaultFilePath();
    registrar::store::MasProgressStore shared(registrar::store::MasProgressStore::defaultPath());
    QVERIFY(!shared.find(profile.mas.masUrl, QStringLiteral("mas-shared")));
    delete m_window;
    m_window = new MainWindow(&m_env->manager, m_env->profiles.get(), &m_env->secrets, history);
    m_window->selectProfile(profile.id);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    fillAccount(QStringLiteral("mas-shared"));
    clickRegisterAndWait();
    const bool kept = shared.find(profile.mas.masUrl, QStringLiteral("mas-shared")).has_value();
    QString error;
    QVERIFY2(shared.remove(profile.mas.masUrl, QStringLiteral("mas-shared"), &error),
            qPrintable(error));
    QFile::remove(history);
    QVERIFY(kept);
}

void TestMainWindow::masMissingClientSecretIsCalledSo()
{
    useMasProfile(false);
    fillAccount(QStringLiteral("mas-nosecret"));
    clickRegisterAndWait();
    QVERIFY2(errorText().contains(QLatin1String("No MAS client secret is stored for the profile")),
            qPrintable(errorText()));
    QCOMPARE(find<QComboBox>("profileCombo")->property("fault").toBool(), true);
}

void TestMainWindow::masClosingAsksWhileAnUnfinishedAccountHasAGeneratedPassword()
{
    useMasProfile();
    m_env->server.mas().setCompatibilityLogin(false);
    m_env->server.mas().setMasVersion(QVersionNumber(1, 4, 0)); // no token: it stops after
    fillAccount(QStringLiteral("mas-unseen"), QString());
    QTest::keyClick(m_window, Qt::Key_G, Qt::ControlModifier);
    clickRegisterAndWait();
    QVERIFY2(find<QPushButton>("finishButton")->isVisible(), qPrintable(errorText()));
    QVERIFY(m_env->server.mas()
                    .userByUsername(QStringLiteral("mas-unseen"))
                    ->passwordDigest.size());
    QCOMPARE(cardCount(), 0);
    QString question;
    answerMessageBox(QStringLiteral("Keep the window open"), nullptr, &question);
    QVERIFY(!m_window->close());
    QVERIFY2(question.contains(QLatin1String("mas-unseen")), qPrintable(question));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
