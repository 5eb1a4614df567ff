// SPDX-License-Identifier: GPL-3.0-or-later
// Profiles in the app, driven with QTest on offscreen against the local homeserver. CTest runs
// this with a session bus address that leads nowhere, so the real KeychainSecretStore fails as
// on a headless machine; the other tests use the session store as the keychain.
#include "../TestCertificates.h"
#include "BatchWindow.h"
#include "CertificateDialog.h"
#include "CertificateInfo.h"
#include "CreatedAccountsPane.h"
#include "CredentialsPanel.h"
#include "DevServer.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProfileDialog.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "SecretVault.h"
#include "WidgetFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSslCertificate>
#include <QSslKey>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/file.h>
#include <sys/resource.h>

using registrar::core::MasAdminClient;
using registrar::devserver::DevServer;
using registrar::store::KeychainSecretStore;
using registrar::store::MemorySecretStore;
using registrar::store::Profile;
using registrar::store::ProfileStore;
using registrar::store::SecretStore;
using registrar::store::SecretVault;
using registrar::widgets::MainWindow;
using registrar::widgets::ProfileDialog;
using registrar::widgets::ProfileManagerDialog;

namespace {

const QByteArray kSecret = "widget-profile-secret-0123456789";
const QString kMasClientId = QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1Z2");
const QByteArray kMasSecret = "mas-admin-client-secret-0123456789";

//! The user ID on the card of the account \a window created last; empty before the first.
QString newestUserId(QWidget *window)
{
    const auto *card =
            child<registrar::widgets::CreatedAccountsPane>(window, "accountsPane")->currentCard();
    return card ? card->userId() : QString();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

//! Shows the batch \a window and checks \a csvPath in it, as a user picking the file does.
void showAndCheckFile(QWidget *window, const QString &csvPath)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    typeInto(child<QLineEdit>(window, "fileEdit"), csvPath);
    QTest::mouseClick(child<QPushButton>(window, "checkButton"), Qt::LeftButton);
}

//! A reply that fails as a DNS lookup of an unknown name does, without any DNS.
class HostNotFoundReply : public QNetworkReply
{
public:
    HostNotFoundReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
            QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly);
        QTimer::singleShot(0, this, [this] {
            const QString text = QStringLiteral("Host %1 not found").arg(url().host());
            setError(QNetworkReply::HostNotFoundError, text);
            emit errorOccurred(QNetworkReply::HostNotFoundError);
            setFinished(true);
            emit finished();
        });
    }

    void abort() override { }

protected:
    qint64 readData(char *, qint64) override { return -1; }
};

class HostNotFoundManager : public QNetworkAccessManager
{
protected:
    QNetworkReply *createRequest(
            Operation operation, const QNetworkRequest &request, QIODevice *) override
    {
        return new HostNotFoundReply(request, operation, this);
    }
};

} // namespace

class TestProfileWidgets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registerWithAProfile();
    void profileWithoutSecret();
    void noKeychainOffersThisSessionOnly();
    void dialogStoresTheSecretAndNeverShowsIt();
    void dialogWithoutKeychainSavesForTheSession();
    void dialogRefusesAGarbageCaFileAsAMissingOne();
    void wellKnownLookUp();
    void importHomeserverYaml();
    void importFillsNameAndListenerThenChecks();
    void checkServer();
    void aCheckWhereRegistrationCannotWorkIsMarked();
    void caFileBrowseAndSecretShow();
    void checkNamesTheHostThatDidNotResolve();
    void managerDuplicatesDeletesReordersExports();
    void firstStartOpensTheAddFlow();
    void lastProfileIsRemembered();
    void trustACertificateOnFirstUse();
    void batchWindowChecksConfirmsRunsAndRecords();
    void batchWindowRefusesAResultsFileInUse();
    void batchWindowShowsUnknownRowsAndSettlesThem();
    void batchWindowKeepsShowingAFailedWrite();
    void batchWindowSaysItCutAPartialRecord();
    void windowsFollowTheProfileStore();
    void importedPlainHttpNeedsAnExplicitYes();
    void checkResultsAndFieldsAreShownWhole();
    void unreachableServerHasNoMasLine();
    void newCheckReplacesThePrevious();
    void windowTitlesAreWhole();
    void lookUpDuringACheckKeepsTheCheck();
    void masProfileRoundTripsThroughTheDialog();
    void checkOnMasFillsTheMasUrlAndOffersTheSwitch();
    void checkOnTuwunelWithMasAsksForTheMasUrl();
    void theOfferIsScrolledIntoView();
    void masClientIdIsRefusedBesideTheField();
    void aNewClientIdIsAFreshUlid();
    void switchingTheKindDropsTheOtherKindsSecret();
    void masHelpIsShownWhole();
    void anImportedSharedSecretNeverBecomesMasSecret();
    void managerTellsMasProfilesApart();

private:
    //! Runs \a act on the next modal widget of type T, from inside its exec().
    template <typename T>
    void onNextModal(std::function<void(T *)> act, bool *seen = nullptr);

    Profile addProfile(const QString &name, bool withSecret)
    {
        return m_env->addProfile(name, withSecret);
    }

    QByteArray settingsBytes() const;
    /*!
     * Clicks \a button and, in the file dialog it opens, types \a path into the name field and
     * presses Enter, or Escape when \a path is empty. Returns the folder the dialog opened in.
     */
    QString chooseFile(QAbstractButton *button, const QString &path);
    std::unique_ptr<MainWindow> openWindow();
    //! The secret the session store keeps under \a id; empty when none.
    QByteArray storedSecret(const QString &id);
    //! Fills in a MAS profile named \a name for the local homeserver's MAS, not saved yet.
    void fillMasProfile(ProfileDialog *dialog, const QString &name, const QString &clientId);

    std::unique_ptr<WidgetFixture> m_env;
    QList<QPointer<QTimer>> m_modalWatchers;
};

template <typename T>
void TestProfileWidgets::onNextModal(std::function<void(T *)> act, bool *seen)
{
    auto *timer = new QTimer(this);
    m_modalWatchers.append(timer); // stopped at the end of the test, whatever happened
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, act, seen] {
        if (T *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            if (seen) {
                *seen = true;
            }
            act(modal);
        }
    });
    timer->start();
}

void TestProfileWidgets::init()
{
    m_env = std::make_unique<WidgetFixture>(kSecret, QStringLiteral("profiles.test"));
}

void TestProfileWidgets::cleanup()
{
    for (const QPointer<QTimer> &watcher : std::as_const(m_modalWatchers)) {
        delete watcher.data();
    }
    m_modalWatchers.clear();
    m_env.reset();
}

QByteArray TestProfileWidgets::settingsBytes() const
{
    QFile file(m_env->dir.filePath(QStringLiteral("profiles.ini")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestProfileWidgets::chooseFile(QAbstractButton *button, const QString &path)
{
    QString openedIn;
    bool shown = false;
    onNextModal<QFileDialog>(
            [&openedIn, &path](QFileDialog *files) {
                openedIn = files->directory().absolutePath();
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (path.isEmpty()) {
                    QTest::keyClick(name, Qt::Key_Escape);
                    return;
                }
                name->setText(path);
                QTest::keyClick(name, Qt::Key_Return);
            },
            &shown);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!QTest::qWaitFor([&shown] { return shown; })) {
        qWarning("no file dialog");
    }
    return openedIn;
}

std::unique_ptr<MainWindow> TestProfileWidgets::openWindow()
{
    auto window = std::make_unique<MainWindow>(&m_env->manager, m_env->profiles.get(),
            &m_env->secrets, m_env->dir.filePath(QStringLiteral("history.json")));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("window not exposed");
    }
    return window;
}

void TestProfileWidgets::registerWithAProfile()
{
    const Profile profile = addProfile(QStringLiteral("Home"), true);
    auto window = openWindow();
    auto *combo = child<QComboBox>(window.get(), "profileCombo");
    QCOMPARE(combo->currentData().toString(), profile.id);
    QVERIFY(!child<QLineEdit>(window.get(), "urlEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(window.get(), "secretEdit")->isVisible());
    QVERIFY(child<QLabel>(window.get(), "profileSummary")
                    ->text()
                    .contains(m_env->server.baseUrl().toString()));

    typeInto(child<QLineEdit>(window.get(), "usernameEdit"), QStringLiteral("viaprofile"));
    typeInto(child<QLineEdit>(window.get(), "passwordEdit"), QStringLiteral("pw-123456789"));
    typeInto(child<QLineEdit>(window.get(), "confirmEdit"), QStringLiteral("pw-123456789"));
    auto *registerButton = child<QPushButton>(window.get(), "registerButton");
    QVERIFY(registerButton->isEnabled());
    QTest::mouseClick(registerButton, Qt::LeftButton);
    QTRY_COMPARE(newestUserId(window.get()), QStringLiteral("@viaprofile:profiles.test"));
    // The server name was learned from the reply and saved with the profile.
    QCOMPARE(m_env->profiles->find(profile.id)->serverName, QStringLiteral("profiles.test"));
    QVERIFY(!settingsBytes().contains(kSecret));
}

void TestProfileWidgets::profileWithoutSecret()
{
    addProfile(QStringLiteral("Bare"), false);
    auto window = openWindow();
    typeInto(child<QLineEdit>(window.get(), "usernameEdit"), QStringLiteral("nosecret"));
    typeInto(child<QLineEdit>(window.get(), "passwordEdit"), QStringLiteral("pw-123456789"));
    typeInto(child<QLineEdit>(window.get(), "confirmEdit"), QStringLiteral("pw-123456789"));
    QTest::mouseClick(child<QPushButton>(window.get(), "registerButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(window.get(), "errorLabel")
                        ->text()
                        .contains(QLatin1String("No shared secret is stored")));
    QVERIFY(child<QComboBox>(window.get(), "profileCombo")->property("fault").toBool());
    QCOMPARE(m_env->server.requestCount(), 0);
}

void TestProfileWidgets::noKeychainOffersThisSessionOnly()
{
    KeychainSecretStore keychain; // on this test's dead bus it cannot work
    SecretVault secrets(&keychain);
    const Profile profile = addProfile(QStringLiteral("Headless"), false);
    MainWindow window(&m_env->manager, m_env->profiles.get(), &secrets,
            m_env->dir.filePath(QStringLiteral("h.json")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    typeInto(child<QLineEdit>(&window, "usernameEdit"), QStringLiteral("headless"));
    typeInto(child<QLineEdit>(&window, "passwordEdit"), QStringLiteral("pw-123456789"));
    typeInto(child<QLineEdit>(&window, "confirmEdit"), QStringLiteral("pw-123456789"));
    bool asked = false;
    QString question;
    onNextModal<QInputDialog>(
            [&question](QInputDialog *dialog) {
                question = dialog->labelText();
                dialog->setTextValue(QString::fromLatin1(kSecret));
                dialog->accept();
            },
            &asked);
    QTest::mouseClick(child<QPushButton>(&window, "registerButton"), Qt::LeftButton);
    QTRY_VERIFY(asked);
    QVERIFY2(question.contains(QLatin1String("no D-Bus session")), qPrintable(question));
    QTRY_COMPARE(newestUserId(&window), QStringLiteral("@headless:profiles.test"));
    // Kept for the session: the next registration does not ask again.
    typeInto(child<QLineEdit>(&window, "usernameEdit"), QStringLiteral("headless2"));
    typeInto(child<QLineEdit>(&window, "passwordEdit"), QStringLiteral("pw-123456789"));
    typeInto(child<QLineEdit>(&window, "confirmEdit"), QStringLiteral("pw-123456789"));
    QTest::mouseClick(child<QPushButton>(&window, "registerButton"), Qt::LeftButton);
    QTRY_COMPARE(newestUserId(&window), QStringLiteral("@headless2:profiles.test"));
    QVERIFY(!settingsBytes().contains(kSecret));
    Q_UNUSED(profile)
}

void TestProfileWidgets::dialogStoresTheSecretAndNeverShowsIt()
{
    {
        ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
        dialog.show();
        typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Work"));
        typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
        typeInto(child<QLineEdit>(&dialog, "secretEdit"), QString::fromLatin1(kSecret));
        QCOMPARE(child<QLineEdit>(&dialog, "secretEdit")->echoMode(), QLineEdit::Password);
        QTest::mouseClick(
                child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save),
                Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const Profile work = *m_env->profiles->findByName(QStringLiteral("work"));
    std::optional<SecretStore::Result> stored;
    m_env->keychain.read(
            work.id, this, [&stored](const SecretStore::Result &r) { stored = r.copy(); });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->secret.borrowed(), kSecret);
    QVERIFY(!settingsBytes().contains(kSecret));

    ProfileDialog edit(m_env->profiles.get(), &m_env->secrets, &m_env->manager, work);
    edit.show();
    QTRY_VERIFY(child<QLabel>(&edit, "secretStatusLabel")
                        ->text()
                        .contains(QLatin1String("A secret is stored")));
    QVERIFY(child<QLineEdit>(&edit, "secretEdit")->text().isEmpty());
    auto *remove = child<QPushButton>(&edit, "removeSecretButton");
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&edit, "secretStatusLabel")
                        ->text()
                        .contains(QLatin1String("No shared secret is stored")));

    // A name that is taken is refused, whatever its case.
    ProfileDialog duplicate(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    typeInto(child<QLineEdit>(&duplicate, "nameEdit"), QStringLiteral("WORK"));
    typeInto(child<QLineEdit>(&duplicate, "clientUrlEdit"), m_env->server.baseUrl().toString());
    duplicate.accept();
    QVERIFY(child<QLabel>(&duplicate, "messageLabel")
                    ->text()
                    .contains(QLatin1String("exists already")));
    QCOMPARE(m_env->profiles->profiles().size(), 1);
}

void TestProfileWidgets::dialogWithoutKeychainSavesForTheSession()
{
    KeychainSecretStore keychain;
    SecretVault secrets(&keychain);
    ProfileDialog dialog(m_env->profiles.get(), &secrets, &m_env->manager, std::nullopt);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Offline"));
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
    typeInto(child<QLineEdit>(&dialog, "secretEdit"), QString::fromLatin1(kSecret));
    bool asked = false;
    QString cause;
    onNextModal<QMessageBox>(
            [&cause](QMessageBox *box) {
                cause = box->text();
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text().contains(QLatin1String("session only"))) {
                        button->click();
                    }
                }
            },
            &asked);
    dialog.accept();
    QTRY_VERIFY(asked);
    QVERIFY2(cause.contains(QLatin1String("no D-Bus session")), qPrintable(cause));
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    const Profile offline = *m_env->profiles->findByName(QStringLiteral("Offline"));
    std::optional<SecretStore::Result> kept;
    secrets.read(offline.id, this, [&kept](const SecretStore::Result &r) { kept = r.copy(); });
    QTRY_VERIFY(kept.has_value());
    QCOMPARE(kept->secret.borrowed(), kSecret);
    QVERIFY(!settingsBytes().contains(kSecret));
}

void TestProfileWidgets::dialogRefusesAGarbageCaFileAsAMissingOne()
{
    QTemporaryDir dir;
    QFile garbage(dir.filePath(QStringLiteral("garbage.pem")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("not a certificate\n");
    garbage.close();
    const QList<QPair<QString, QString>> cases{
            {dir.filePath(QStringLiteral("missing.pem")), QStringLiteral("Cannot read")},
            {garbage.fileName(), QStringLiteral("holds no PEM certificate")}};
    for (const auto &[path, says] : cases) {
        ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
        typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Vouched"));
        typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"),
                QStringLiteral("https://matrix.example.org"));
        typeInto(child<QLineEdit>(&dialog, "caFileEdit"), path);
        dialog.accept();
        const QString message = child<QLabel>(&dialog, "messageLabel")->text();
        QVERIFY2(message.contains(says) && message.contains(path), qPrintable(message));
        QVERIFY(m_env->profiles->profiles().isEmpty());
    }
}

void TestProfileWidgets::wellKnownLookUp()
{
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    const QString name = QStringLiteral("localhost:%1").arg(m_env->server.baseUrl().port());
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), name);
    QTest::mouseClick(child<QPushButton>(&dialog, "lookupButton"), Qt::LeftButton);
    QTRY_COMPARE(
            child<QLineEdit>(&dialog, "clientUrlEdit")->text(), m_env->server.baseUrl().toString());
    QCOMPARE(child<QLineEdit>(&dialog, "serverNameEdit")->text(), name);
    QVERIFY(child<QLabel>(&dialog, "messageLabel")
                    ->text()
                    .contains(QLatin1String("local listener")));

    DevServer none;
    none.setFault(DevServer::Fault::HtmlNotFound);
    QVERIFY(none.listen() != 0);
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"),
            QStringLiteral("localhost:%1").arg(none.baseUrl().port()));
    QTest::mouseClick(child<QPushButton>(&dialog, "lookupButton"), Qt::LeftButton);
    QTRY_VERIFY(
            child<QLabel>(&dialog, "messageLabel")->text().contains(QLatin1String("publishes no")));
}

void TestProfileWidgets::importHomeserverYaml()
{
    const QString path = m_env->dir.filePath(QStringLiteral("homeserver.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("server_name: yaml.test\n"
               "public_baseurl: https://matrix.yaml.test/\n"
               "registration_shared_secret: \"short-secret\"\n"
               "listeners:\n  - port: 8008\n    type: http\n    resources: [{names: [client]}]\n");
    file.close();
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.importConfig({path});
    QCOMPARE(child<QLineEdit>(&dialog, "serverNameEdit")->text(), QStringLiteral("yaml.test"));
    QCOMPARE(child<QLineEdit>(&dialog, "clientUrlEdit")->text(),
            QStringLiteral("https://matrix.yaml.test/"));
    QCOMPARE(child<QLineEdit>(&dialog, "adminUrlEdit")->text(),
            QStringLiteral("http://localhost:8008"));
    QVERIFY(child<QLineEdit>(&dialog, "secretEdit")->text().isEmpty()); // never shown
    const QString message = child<QLabel>(&dialog, "messageLabel")->text();
    QVERIFY2(message.contains(QLatin1String("goes straight to")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("only 12 characters")), qPrintable(message));
    typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Yaml"));
    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    std::optional<SecretStore::Result> stored;
    m_env->keychain.read(dialog.profile().id, this,
            [&stored](const SecretStore::Result &r) { stored = r.copy(); });
    QTRY_VERIFY(stored.has_value());
    QCOMPARE(stored->secret.borrowed(), QByteArray("short-secret"));
    QVERIFY(!settingsBytes().contains("short-secret"));

    ProfileDialog broken(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    QFile bad(m_env->dir.filePath(QStringLiteral("bad.yaml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("server_name: [unclosed\n");
    bad.close();
    broken.importConfig({bad.fileName()});
    QVERIFY(child<QLabel>(&broken, "messageLabel")
                    ->text()
                    .contains(QLatin1String("not valid YAML")));
    QFile nosecret(m_env->dir.filePath(QStringLiteral("nosecret.yaml")));
    QVERIFY(nosecret.open(QIODevice::WriteOnly));
    nosecret.write("server_name: x.test\n");
    nosecret.close();
    broken.importConfig({nosecret.fileName()});
    QVERIFY(child<QLabel>(&broken, "messageLabel")
                    ->text()
                    .contains(QLatin1String("No 'registration_shared_secret'")));
}

void TestProfileWidgets::importFillsNameAndListenerThenChecks()
{
    QTemporaryDir configFolder;
    QVERIFY(configFolder.isValid());
    const QString path = configFolder.filePath(QStringLiteral("homeserver.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // No public_baseurl: the listener is the client URL, and it is the local homeserver.
    file.write(QStringLiteral("server_name: listener.test\n"
                              "registration_shared_secret: \"%1\"\n"
                              "listeners:\n  - port: %2\n    type: http\n"
                              "    resources: [{names: [client]}]\n")
                       .arg(QString::fromLatin1(kSecret))
                       .arg(m_env->server.baseUrl().port())
                       .toUtf8());
    file.close();
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.setConfigFolder(configFolder.path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString openedIn = chooseFile(child<QPushButton>(&dialog, "importButton"), path);
    QCOMPARE(openedIn, QDir(configFolder.path()).absolutePath());
    QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(), QStringLiteral("listener.test"));
    QCOMPARE(child<QLineEdit>(&dialog, "serverNameEdit")->text(), QStringLiteral("listener.test"));
    QCOMPARE(child<QLineEdit>(&dialog, "clientUrlEdit")->text(),
            QStringLiteral("http://localhost:%1").arg(m_env->server.baseUrl().port()));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&dialog, "checkResultLabel")
                        ->text()
                        .contains(QLatin1String("Shared-secret registration:  enabled")));

    // A folder that is not there leaves the dialog's own start.
    ProfileDialog elsewhere(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    elsewhere.setConfigFolder(configFolder.filePath(QStringLiteral("missing")));
    elsewhere.show();
    QVERIFY(!chooseFile(child<QPushButton>(&elsewhere, "importButton"), QString())
                     .contains(QLatin1String("missing")));
    QVERIFY(child<QLineEdit>(&elsewhere, "nameEdit")->text().isEmpty());
}

void TestProfileWidgets::aCheckWhereRegistrationCannotWorkIsMarked()
{
    m_env->server.setSharedSecret({});
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    auto *result = child<QLabel>(&dialog, "checkResultLabel");
    QTRY_VERIFY(result->text().contains(QLatin1String("Shared-secret registration:")));
    // Not enabled: the lines carry the problem's sign, not only a "no" among them.
    QVERIFY2(result->text().startsWith(QStringLiteral("\u2717")), qPrintable(result->text()));
    QVERIFY(result->text().contains(QLatin1String("not enabled")));
}

void TestProfileWidgets::checkServer()
{
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&dialog, "checkResultLabel")
                        ->text()
                        .contains(QLatin1String("Shared-secret registration:  enabled")));
    QVERIFY(m_env->server.noncesIssued().isEmpty());
}

void TestProfileWidgets::caFileBrowseAndSecretShow()
{
    const QString caPath = m_env->dir.filePath(QStringLiteral("private-ca.pem"));
    QFile ca(caPath);
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write("not read here\n");
    ca.close();
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    chooseFile(child<QPushButton>(&dialog, "browseCaFileButton"), caPath);
    QCOMPARE(child<QLineEdit>(&dialog, "caFileEdit")->text(), caPath);

    auto *secret = child<QLineEdit>(&dialog, "secretEdit");
    auto *show = child<QPushButton>(&dialog, "showSecretButton");
    typeInto(secret, QStringLiteral("typed-secret"));
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(show->text(), QStringLiteral("Hide"));
    show->setFocus();
    QTest::keyClick(show, Qt::Key_Space);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QCOMPARE(show->text(), QStringLiteral("Show"));
}

void TestProfileWidgets::checkNamesTheHostThatDidNotResolve()
{
    HostNotFoundManager unresolved;
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &unresolved, std::nullopt);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), QStringLiteral("https://peer.test"));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    auto *result = child<QLabel>(&dialog, "checkResultLabel");
    QTRY_VERIFY(result->text().contains(QLatin1String("could not be resolved")));
    QVERIFY2(result->text().contains(QLatin1String("The host name peer.test could")),
            qPrintable(result->text()));
    QVERIFY2(!result->text().contains(QLatin1String("peer.test:443")), qPrintable(result->text()));
}

void TestProfileWidgets::managerDuplicatesDeletesReordersExports()
{
    const Profile a = addProfile(QStringLiteral("Alpha"), true);
    const Profile b = addProfile(QStringLiteral("Beta"), true);
    ProfileManagerDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "profileList");
    QCOMPARE(list->count(), 2);

    list->setCurrentRow(0);
    onNextModal<QInputDialog>([](QInputDialog *input) {
        input->setTextValue(QStringLiteral("Alpha staging"));
        input->accept();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "duplicateButton"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 3);
    const Profile copy = *m_env->profiles->findByName(QStringLiteral("Alpha staging"));
    QVERIFY(copy.id != a.id);
    QCOMPARE(copy.clientUrl, a.clientUrl);
    std::optional<SecretStore::Result> copied;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        m_env->keychain.read(
                copy.id, this, [&copied](const SecretStore::Result &r) { copied = r.copy(); });
        return QTest::qWaitFor([&] { return copied.has_value(); }) && copied->ok();
    }()),
            5000);
    QCOMPARE(copied->secret.borrowed(), kSecret);
    QVERIFY(!settingsBytes().contains(kSecret));

    list->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>(&dialog, "upButton"), Qt::LeftButton);
    QCOMPARE(m_env->profiles->profiles().at(1).name, QStringLiteral("Alpha staging"));
    QVERIFY(!settingsBytes().contains(kSecret));

    const QString exported = m_env->dir.filePath(QStringLiteral("export.json"));
    QVERIFY(dialog.exportTo(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("Alpha staging"));
    QVERIFY(!json.contains(kSecret));

    list->setCurrentRow(0);
    bool confirmed = false;
    onNextModal<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); }, &confirmed);
    QTest::mouseClick(child<QPushButton>(&dialog, "deleteButton"), Qt::LeftButton);
    QTRY_VERIFY(confirmed);
    QCOMPARE(list->count(), 2);
    QVERIFY(!m_env->profiles->find(a.id));
    std::optional<SecretStore::Result> gone;
    m_env->keychain.read(a.id, this, [&gone](const SecretStore::Result &r) { gone = r.copy(); });
    QTRY_VERIFY(gone.has_value());
    QCOMPARE(gone->status, SecretStore::Status::NotFound);
    QVERIFY(!settingsBytes().contains(kSecret));

    dialog.importFrom(exported);
    QVERIFY(child<QLabel>(&dialog, "messageLabel")
                    ->text()
                    .contains(QLatin1String("Imported 1 profile")));
    QCOMPARE(list->count(), 3);
    QVERIFY(!settingsBytes().contains(kSecret));
    Q_UNUSED(b)
}

void TestProfileWidgets::firstStartOpensTheAddFlow()
{
    auto window = openWindow();
    bool shown = false;
    onNextModal<ProfileDialog>(
            [this](ProfileDialog *dialog) {
                typeInto(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("First"));
                typeInto(child<QLineEdit>(dialog, "clientUrlEdit"),
                        m_env->server.baseUrl().toString());
                typeInto(child<QLineEdit>(dialog, "secretEdit"), QString::fromLatin1(kSecret));
                dialog->accept();
            },
            &shown);
    window->offerFirstProfile();
    QVERIFY(shown);
    const std::optional<Profile> first = m_env->profiles->findByName(QStringLiteral("First"));
    QVERIFY(first);
    QCOMPARE(child<QComboBox>(window.get(), "profileCombo")->currentData().toString(), first->id);
    // With a profile there, nothing is offered again. A dialog would run modally inside the call
    // (the watcher would see and close it there) or stay open after it: neither happened.
    bool again = false;
    onNextModal<ProfileDialog>([](ProfileDialog *dialog) { dialog->reject(); }, &again);
    window->offerFirstProfile();
    QVERIFY(!again);
    QVERIFY(window->findChildren<ProfileDialog *>().isEmpty());
    QVERIFY(!QApplication::activeModalWidget());
}

void TestProfileWidgets::lastProfileIsRemembered()
{
    addProfile(QStringLiteral("One"), true);
    const Profile two = addProfile(QStringLiteral("Two"), true);
    {
        auto window = openWindow();
        auto *combo = child<QComboBox>(window.get(), "profileCombo");
        combo->setCurrentIndex(combo->findData(two.id));
    }
    auto window = openWindow();
    QCOMPARE(child<QComboBox>(window.get(), "profileCombo")->currentData().toString(), two.id);

    // A profile added after the window was built (as --demo does) can be selected at once.
    const Profile late = addProfile(QStringLiteral("Late"), true);
    window->selectProfile(late.id);
    QCOMPARE(child<QComboBox>(window.get(), "profileCombo")->currentData().toString(), late.id);
    QVERIFY(child<QLabel>(window.get(), "profileSummary")->isVisible());
}

void TestProfileWidgets::trustACertificateOnFirstUse()
{
    QTemporaryDir certificates;
    QVERIFY(registrar::test::makeTestCertificates(certificates.path()));
    const auto tlsServer = [&certificates](const char *name) {
        QFile certificate(certificates.filePath(QLatin1String(name) + QStringLiteral(".pem")));
        QFile key(certificates.filePath(QLatin1String(name) + QStringLiteral(".key")));
        if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            qFatal("no certificate %s", name);
        }
        auto server = std::make_unique<DevServer>();
        server->setSharedSecret(kSecret);
        server->setServerName(QStringLiteral("tls.test"));
        server->listenTls(QSslCertificate(certificate.readAll()), QSslKey(key.readAll(), QSsl::Ec));
        return server;
    };
    const auto first = tlsServer("first");
    Profile profile;
    profile.name = QStringLiteral("Self-signed");
    profile.clientUrl = first->baseUrl();
    QString error;
    QVERIFY(m_env->profiles->add(profile, &error));
    bool written = false;
    m_env->keychain.write(profile.id, registrar::core::SecretBytes(kSecret), this,
            [&written](const SecretStore::Result &) { written = true; });
    QTRY_VERIFY(written);

    auto window = openWindow();
    window->selectProfile(profile.id);
    const auto fill = [&window](const QString &user) {
        typeInto(child<QLineEdit>(window.get(), "usernameEdit"), user);
        typeInto(child<QLineEdit>(window.get(), "passwordEdit"), QStringLiteral("pw-123456789"));
        typeInto(child<QLineEdit>(window.get(), "confirmEdit"), QStringLiteral("pw-123456789"));
    };
    fill(QStringLiteral("tofu"));
    bool shown = false;
    bool trustWasDisabled = false;
    QString details;
    onNextModal<QDialog>(
            [&](QDialog *dialog) {
                auto *buttons = child<QDialogButtonBox>(dialog, "buttonBox");
                QPushButton *trust = buttons->button(QDialogButtonBox::Ok);
                trustWasDisabled = !trust->isEnabled();
                details = child<QPlainTextEdit>(dialog, "detailsEdit")->toPlainText();
                child<QCheckBox>(dialog, "checkedBox")->setChecked(true);
                QTest::mouseClick(trust, Qt::LeftButton);
            },
            &shown);
    QTest::mouseClick(child<QPushButton>(window.get(), "registerButton"), Qt::LeftButton);
    QTRY_VERIFY(shown);
    QVERIFY(trustWasDisabled);
    const QByteArray fingerprint =
            QSslCertificate::fromPath(certificates.filePath(QStringLiteral("first.pem")))
                    .constFirst()
                    .digest(QCryptographicHash::Sha256);
    QVERIFY2(details.contains(registrar::core::CertificateInfo::formatFingerprint(fingerprint)),
            qPrintable(details));
    QVERIFY(details.contains(QLatin1String("registrar-test-first")));
    QTRY_COMPARE(newestUserId(window.get()), QStringLiteral("@tofu:tls.test"));
    QCOMPARE(m_env->profiles->find(profile.id)->pinnedSha256, fingerprint);
    QVERIFY(child<QLabel>(window.get(), "profileSummary")
                    ->text()
                    .contains(QLatin1String("certificate pinned")));

    // The same profile now meets another certificate: a hard failure naming both, no offer.
    const auto second = tlsServer("second");
    Profile moved = *m_env->profiles->find(profile.id);
    moved.clientUrl = second->baseUrl();
    QVERIFY(m_env->profiles->update(moved, &error));
    window->selectProfile(profile.id);
    fill(QStringLiteral("intercepted"));
    bool offered = false;
    onNextModal<QDialog>([](QDialog *dialog) { dialog->reject(); }, &offered);
    QTest::mouseClick(child<QPushButton>(window.get(), "registerButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(window.get(), "errorLabel")
                        ->text()
                        .contains(QLatin1String("certificate changed")));
    QVERIFY(!offered);
    QCOMPARE(second->requestCount(), 0);
}

void TestProfileWidgets::batchWindowChecksConfirmsRunsAndRecords()
{
    const Profile profile = addProfile(QStringLiteral("Batch"), true);
    Profile named = profile;
    named.serverName = QStringLiteral("profiles.test");
    QString error;
    QVERIFY(m_env->profiles->update(named, &error));
    QFile csv(m_env->dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username,displayname,admin,user_type\n"
              "ann,Ann,no,\n"
              "ben,Ben,yes,\n"
              "botty,,,bot\n"
              "42,,,\n");
    csv.close();
    const QString results = m_env->dir.filePath(QStringLiteral("results.json"));

    registrar::widgets::BatchWindow window(
            m_env->profiles.get(), &m_env->secrets, &m_env->manager, profile.id);
    showAndCheckFile(&window, csv.fileName());
    auto *view = child<QTableView>(&window, "rowsView");
    QCOMPARE(view->model()->rowCount(), 4);
    QVERIFY(child<QLabel>(&window, "summaryLabel")
                    ->text()
                    .contains(QLatin1String("3 valid, 1 of them admins")));
    auto *create = child<QPushButton>(&window, "createButton");
    QVERIFY(create->isEnabled());
    QVERIFY(create->text().remove(QLatin1Char('&')).startsWith(QLatin1String("Create 3 account")));
    QVERIFY(child<QLabel>(&window, "resultsNote")->text().contains(QLatin1String("credentials")));

    typeInto(child<QLineEdit>(&window, "resultsEdit"), results);
    QString question;
    bool asked = false;
    onNextModal<QMessageBox>(
            [&question](QMessageBox *box) {
                question = box->text();
                box->button(QMessageBox::Yes)->click();
            },
            &asked);
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(asked);
    QVERIFY2(question.contains(QLatin1String("Create 3 account"))
                    && question.contains(QLatin1String("1 of them will be server admins")),
            qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(&window, "summaryLabel")->text().startsWith(QLatin1String("Done")),
            15000);

    QCOMPARE(view->model()->index(0, registrar::widgets::BatchTableModel::Status).data().toString(),
            QStringLiteral("created"));
    QCOMPARE(view->model()->index(3, registrar::widgets::BatchTableModel::Status).data().toString(),
            QStringLiteral("invalid"));
    QVERIFY(m_env->server.account(QStringLiteral("ben"))->admin);
    QCOMPARE(m_env->server.account(QStringLiteral("botty"))->userType, QStringLiteral("bot"));
    QFile file(results);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray array = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(array.size(), 4);
    for (const QJsonValue &value : array) {
        const QJsonObject record = value.toObject();
        if (record.value(QStringLiteral("status")).toString() == QLatin1String("created")) {
            QVERIFY(m_env->server.passwordMatches(
                    record.value(QStringLiteral("username")).toString(),
                    record.value(QStringLiteral("password")).toString()));
        }
    }
    QCOMPARE(QFileInfo(results).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
    QVERIFY(!child<QPushButton>(&window, "retryButton")->isVisible());
    // Every row has its outcome: nothing is left to create.
    QVERIFY(!create->isEnabled());
}

void TestProfileWidgets::batchWindowShowsUnknownRowsAndSettlesThem()
{
    const Profile profile = addProfile(QStringLiteral("Batch"), true);
    QFile csv(m_env->dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username\nann\n");
    csv.close();
    const QString results = m_env->dir.filePath(QStringLiteral("results.csv"));
    // A proxy that answers 504 after Synapse created the account.
    m_env->server.setFault(
            DevServer::Fault::HtmlGatewayTimeout, DevServer::FaultTarget::AfterRegistering);

    registrar::widgets::BatchWindow window(
            m_env->profiles.get(), &m_env->secrets, &m_env->manager, profile.id);
    showAndCheckFile(&window, csv.fileName());
    typeInto(child<QLineEdit>(&window, "resultsEdit"), results);
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(&window, "createButton"), Qt::LeftButton);
    auto *summary = child<QLabel>(&window, "summaryLabel");
    QTRY_VERIFY2_WITH_TIMEOUT(
            summary->text().contains(QLatin1String("Done")), qPrintable(summary->text()), 15000);
    QVERIFY2(summary->text().contains(QLatin1String("may have been created"))
                    && summary->text().contains(QLatin1String("Retry failed")),
            qPrintable(summary->text()));
    auto *view = child<QTableView>(&window, "rowsView");
    const QModelIndex status = view->model()->index(0, registrar::widgets::BatchTableModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("unknown"));
    QVERIFY(m_env->server.account(QStringLiteral("ann")));

    m_env->server.setFault(DevServer::Fault::None);
    auto *retry = child<QPushButton>(&window, "retryButton");
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(status.data().toString(), QStringLiteral("created"), 15000);
    QCOMPARE(m_env->server.loginCount(), 1);
    QTRY_VERIFY(!window.isRunning());
    QVERIFY(!retry->isVisible());
}

void TestProfileWidgets::batchWindowRefusesAResultsFileInUse()
{
    const Profile profile = addProfile(QStringLiteral("Batch"), true);
    QFile csv(m_env->dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username\nann\n");
    csv.close();
    // Another run (the command-line tool, another window) holds the results file.
    QFile running(m_env->dir.filePath(QStringLiteral("results.csv")));
    QVERIFY(running.open(QIODevice::ReadWrite));
    QVERIFY(::flock(running.handle(), LOCK_EX | LOCK_NB) == 0);

    registrar::widgets::BatchWindow window(
            m_env->profiles.get(), &m_env->secrets, &m_env->manager, profile.id);
    showAndCheckFile(&window, csv.fileName());
    typeInto(child<QLineEdit>(&window, "resultsEdit"), running.fileName());
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(&window, "createButton"), Qt::LeftButton);
    const QString summary = child<QLabel>(&window, "summaryLabel")->text();
    QVERIFY2(summary.contains(QLatin1String("in use by another run"))
                    && summary.contains(running.fileName()),
            qPrintable(summary));
    QVERIFY(!window.isRunning());
    QCOMPARE(m_env->server.requestCount(), 0);
}

void TestProfileWidgets::batchWindowKeepsShowingAFailedWrite()
{
    const Profile profile = addProfile(QStringLiteral("Batch"), true);
    QFile csv(m_env->dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username\n");
    for (int i = 10; i < 50; ++i) {
        csv.write("user" + QByteArray::number(i) + "\n");
    }
    csv.close();
    const QString results = m_env->dir.filePath(QStringLiteral("results.csv"));
    registrar::widgets::BatchWindow window(
            m_env->profiles.get(), &m_env->secrets, &m_env->manager, profile.id);
    showAndCheckFile(&window, csv.fileName());
    typeInto(child<QLineEdit>(&window, "resultsEdit"), results);
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });

    // Files of this process may grow to 1 KiB during the run, as on a full disk: the results file
    // fills; a write beyond fails with EFBIG instead of a signal.
    rlimit before{};
    QVERIFY(::getrlimit(RLIMIT_FSIZE, &before) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = before;
    limited.rlim_cur = 1024;
    QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
    {
        const auto restore = qScopeGuard([&before, oldHandler] {
            ::setrlimit(RLIMIT_FSIZE, &before);
            std::signal(SIGXFSZ, oldHandler);
        });
        QTest::mouseClick(child<QPushButton>(&window, "createButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 15000);
    }

    auto *summary = child<QLabel>(&window, "summaryLabel");
    QVERIFY2(summary->text().contains(QLatin1String("Cannot write the results file"))
                    && summary->text().contains(QLatin1String("The run stopped")),
            qPrintable(summary->text()));
    QVERIFY(QFile::exists(results + QStringLiteral(".pending")));
}

void TestProfileWidgets::batchWindowSaysItCutAPartialRecord()
{
    const Profile profile = addProfile(QStringLiteral("Batch"), true);
    QFile csv(m_env->dir.filePath(QStringLiteral("users.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("username\nann\nben\n");
    csv.close();
    // An earlier run recorded ann and was killed while it wrote ben's record.
    QFile results(m_env->dir.filePath(QStringLiteral("results.json")));
    QVERIFY(results.open(QIODevice::WriteOnly));
    results.write("[\n{\"error\":\"\",\"line\":2,\"password\":\"pw-ann-0123456789\","
                  "\"status\":\"created\",\"user_id\":\"@ann:localhost\",\"username\":\"ann\"},\n"
                  "{\"error\":\"\",\"line\":3,\"passw");
    results.close();

    registrar::widgets::BatchWindow window(
            m_env->profiles.get(), &m_env->secrets, &m_env->manager, profile.id);
    showAndCheckFile(&window, csv.fileName());
    typeInto(child<QLineEdit>(&window, "resultsEdit"), results.fileName());
    onNextModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(&window, "createButton"), Qt::LeftButton);
    auto *summary = child<QLabel>(&window, "summaryLabel");
    QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("Done.")), 15000);
    // Said with the outcome, which counts ann as created earlier and ben as created now.
    QVERIFY2(summary->text().contains(QLatin1String("ended in a partial record"))
                    && summary->text().contains(results.fileName())
                    && summary->text().contains(QLatin1String("Created 1 (and 1 earlier)")),
            qPrintable(summary->text()));
    QVERIFY(results.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(results.readAll()).array().size(), 2);
}

void TestProfileWidgets::windowsFollowTheProfileStore()
{
    const Profile one = addProfile(QStringLiteral("One"), false);
    ProfileManagerDialog manager(m_env->profiles.get(), &m_env->secrets, &m_env->manager);
    registrar::widgets::BatchWindow batch(
            m_env->profiles.get(), &m_env->secrets, &m_env->manager, one.id);
    auto *list = child<QListWidget>(&manager, "profileList");
    auto *combo = child<QComboBox>(&batch, "profileCombo");
    QCOMPARE(list->count(), 1);
    QCOMPARE(combo->count(), 1);

    // Changed elsewhere (the main window, the CLI's import): both lists follow, selections kept.
    const Profile two = addProfile(QStringLiteral("Two"), false);
    QCOMPARE(list->count(), 2);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentData().toString(), one.id);
    Profile renamed = one;
    renamed.name = QStringLiteral("Uno");
    QString error;
    QVERIFY(m_env->profiles->update(renamed, &error));
    QCOMPARE(combo->currentText(), QStringLiteral("Uno"));
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("Uno")));

    // The batch's profile going away leaves no profile picked rather than another server.
    QVERIFY(m_env->profiles->remove(one.id));
    QCOMPARE(list->count(), 1);
    QCOMPARE(combo->count(), 1);
    QCOMPARE(combo->currentIndex(), -1);
    QVERIFY(!child<QPushButton>(&batch, "createButton")->isEnabled());
    QCOMPARE(combo->itemData(0).toString(), two.id);
}

void TestProfileWidgets::importedPlainHttpNeedsAnExplicitYes()
{
    // Data only: nothing is sent to the remote address.
    const auto exportOf = [this](const QString &name, const QString &url) {
        Profile remote;
        remote.name = name;
        remote.clientUrl = QUrl(url);
        remote.allowInsecureHttp = true;
        const QByteArray json = QJsonDocument(
                QJsonObject{
                        {QStringLiteral("format"), QStringLiteral("synapse-registrar-profiles")},
                        {QStringLiteral("profiles"), QJsonArray{remote.toJson()}}})
                                        .toJson();
        const QString path = m_env->dir.filePath(name + QStringLiteral(".json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    };
    ProfileManagerDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager);
    const auto answer = [this](const QString &buttonText, bool *asked) {
        onNextModal<QMessageBox>(
                [buttonText](QMessageBox *box) {
                    for (QAbstractButton *button : box->buttons()) {
                        if (button->text().remove(QLatin1Char('&')).contains(buttonText)) {
                            button->click();
                            return;
                        }
                    }
                    box->reject();
                },
                asked);
    };

    bool asked = false;
    answer(QStringLiteral("without it"), &asked);
    dialog.importFrom(
            exportOf(QStringLiteral("Refused"), QStringLiteral("http://203.0.113.5:8008")));
    QVERIFY(asked);
    QVERIFY(!m_env->profiles->findByName(QStringLiteral("Refused"))->allowInsecureHttp);

    asked = false;
    answer(QStringLiteral("Allow plain HTTP"), &asked);
    dialog.importFrom(
            exportOf(QStringLiteral("Allowed"), QStringLiteral("http://203.0.113.6:8008")));
    QVERIFY(asked);
    QVERIFY(m_env->profiles->findByName(QStringLiteral("Allowed"))->allowInsecureHttp);

    asked = false;
    answer(QStringLiteral("Cancel"), &asked);
    dialog.importFrom(
            exportOf(QStringLiteral("Dropped"), QStringLiteral("http://203.0.113.7:8008")));
    QVERIFY(asked);
    QVERIFY(!m_env->profiles->findByName(QStringLiteral("Dropped")));

    // This machine is not "another machine": no question.
    dialog.importFrom(exportOf(QStringLiteral("Local"), QStringLiteral("http://127.0.0.1:8008")));
    QVERIFY(m_env->profiles->findByName(QStringLiteral("Local"))->allowInsecureHttp);
}

namespace {

QString placed(const QWidget *widget, const QRect &rect, const QWidget *in)
{
    return QStringLiteral("%1 at %2,%3 %4x%5 in %6x%7")
            .arg(widget->objectName())
            .arg(rect.x())
            .arg(rect.y())
            .arg(rect.width())
            .arg(rect.height())
            .arg(in->width())
            .arg(in->height());
}

//! Scrolls to \a widget when it sits in a scroll area; what keeps it from being seen whole.
QString problemShowing(QDialog *dialog, QWidget *widget)
{
    if (!widget->isVisible()) {
        return widget->objectName() + QStringLiteral(" is hidden");
    }
    QScrollArea *scroll = nullptr;
    for (QWidget *up = widget->parentWidget(); up && up != dialog; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(up)) {
            scroll = area;
        }
    }
    if (scroll) {
        // All of it: ensureWidgetVisible() would settle for a text field's cursor.
        const QRect inContents(widget->mapTo(scroll->widget(), QPoint(0, 0)), widget->size());
        scroll->ensureVisible(inContents.center().x(), inContents.center().y(),
                inContents.width() / 2 + 1, inContents.height() / 2 + 1);
        const QRect inViewport(widget->mapTo(scroll->viewport(), QPoint(0, 0)), widget->size());
        if (!scroll->viewport()->rect().contains(inViewport)) {
            return placed(widget, inViewport, scroll->viewport());
        }
    }
    const QRect inDialog(widget->mapTo(dialog, QPoint(0, 0)), widget->size());
    if (!dialog->rect().contains(inDialog)) {
        return placed(widget, inDialog, dialog);
    }
    const int needed = widget->hasHeightForWidth() ? widget->heightForWidth(widget->width())
                                                   : widget->sizeHint().height();
    if (widget->height() < std::min(needed, widget->maximumHeight())
            || widget->height() < widget->fontMetrics().height()) {
        return QStringLiteral("%1: %2 high, needs %3")
                .arg(widget->objectName())
                .arg(widget->height())
                .arg(needed);
    }
    return {};
}

//! What keeps a check line or a field of \a dialog from being seen whole; empty when none.
QString problemShowingAll(QDialog *dialog)
{
    QList<QWidget *> shown;
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->objectName().isEmpty()
                || widget->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        if ((qobject_cast<QLabel *>(widget)
                    && widget->objectName().endsWith(QLatin1String("Label")))
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QComboBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget)) {
            shown.append(widget);
        }
    }
    if (shown.size() < 20) {
        return QStringLiteral("only %1 widgets shown").arg(shown.size());
    }
    for (QWidget *widget : std::as_const(shown)) {
        const QString problem = problemShowing(dialog, widget);
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return {};
}

} // namespace

void TestProfileWidgets::checkResultsAndFieldsAreShownWhole()
{
    QTemporaryDir certificates;
    QVERIFY(registrar::test::makeTestCertificates(certificates.path()));
    QFile certificate(certificates.filePath(QStringLiteral("first.pem")));
    QFile key(certificates.filePath(QStringLiteral("first.key")));
    QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    DevServer tls;
    tls.setSharedSecret(kSecret);
    tls.listenTls(QSslCertificate(certificate.readAll()), QSslKey(key.readAll(), QSsl::Ec));

    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *result = child<QLabel>(&dialog, "checkResultLabel");
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), tls.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY(result->text().contains(QLatin1String("SHA-256")));
    // Once the new lines are laid out, as the admin sees them.
    QTRY_VERIFY2(problemShowingAll(&dialog).isEmpty(), qPrintable(problemShowingAll(&dialog)));

    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY(result->text().contains(QLatin1String("Shared-secret registration:  enabled")));
    QVERIFY(result->text().contains(QLatin1String("Admin API reachable:")));
    QVERIFY(result->text().contains(QLatin1String("Auth delegated to MAS:")));
    QTRY_VERIFY2(problemShowingAll(&dialog).isEmpty(), qPrintable(problemShowingAll(&dialog)));
}

void TestProfileWidgets::unreachableServerHasNoMasLine()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"),
            QStringLiteral("http://127.0.0.1:%1").arg(port));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    auto *result = child<QLabel>(&dialog, "checkResultLabel");
    QTRY_VERIFY(result->text().contains(QLatin1String("Nothing accepted the connection")));
    QVERIFY2(!result->text().contains(QLatin1String("MAS")), qPrintable(result->text()));
    QVERIFY2(!result->text().contains(QLatin1String("Shared-secret registration")),
            qPrintable(result->text()));
}

void TestProfileWidgets::newCheckReplacesThePrevious()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString down = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    auto *url = child<QLineEdit>(&dialog, "clientUrlEdit");
    auto *check = child<QPushButton>(&dialog, "checkButton");
    auto *result = child<QLabel>(&dialog, "checkResultLabel");
    auto *message = child<QLabel>(&dialog, "messageLabel");
    const auto shownText = [&result, &message] {
        return (result->isVisible() ? result->text() : QString()) + QLatin1Char('\n')
                + (message->isVisible() ? message->text() : QString());
    };

    // A URL that cannot be checked, then a server that is down, then one that works.
    typeInto(url, QStringLiteral("ftp://example.com"));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(shownText().contains(QLatin1String("not usable")));
    typeInto(url, down);
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(shownText().contains(QLatin1String("Nothing accepted the connection")));
    QVERIFY2(!shownText().contains(QLatin1String("not usable")), qPrintable(shownText()));
    typeInto(url, m_env->server.baseUrl().toString());
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(shownText().contains(QLatin1String("Shared-secret registration:  enabled")));
    QVERIFY2(!shownText().contains(QLatin1String("Nothing accepted")), qPrintable(shownText()));

    // And back: the working server's lines do not stay beside a check that could not start.
    typeInto(url, QStringLiteral("ftp://example.com"));
    QTest::mouseClick(check, Qt::LeftButton);
    QTRY_VERIFY(shownText().contains(QLatin1String("not usable")));
    QVERIFY2(!shownText().contains(QLatin1String("enabled")), qPrintable(shownText()));
}

void TestProfileWidgets::windowTitlesAreWhole()
{
    // The window manager shows "<title> — <display name>" and its buttons beside it.
    const auto verifyWhole = [](QWidget *window) {
        QString shown = window->windowTitle();
        const QString app = QGuiApplication::applicationDisplayName();
        if (!app.isEmpty() && shown != app) {
            shown += QStringLiteral(" \u2014 ") + app;
        }
        const int needed = QFontMetrics(QApplication::font()).horizontalAdvance(shown) + 150;
        QVERIFY2(window->width() >= needed,
                qPrintable(QStringLiteral("%1: %2 wide, needs %3")
                                   .arg(shown)
                                   .arg(window->width())
                                   .arg(needed)));
        QVERIFY2(window->minimumWidth() >= needed, qPrintable(shown));
    };
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Synapse Registrar"));
    const auto restore = qScopeGuard([] { QGuiApplication::setApplicationDisplayName({}); });

    Profile existing =
            addProfile(QStringLiteral("The family server in the house by the lake"), false);
    ProfileDialog edit(m_env->profiles.get(), &m_env->secrets, &m_env->manager, existing);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    verifyWhole(&edit);

    ProfileManagerDialog manager(m_env->profiles.get(), &m_env->secrets, &m_env->manager);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    verifyWhole(&manager);

    registrar::core::CertificateInfo certificate;
    registrar::widgets::CertificateDialog trust(certificate, existing.name);
    trust.show();
    QVERIFY(QTest::qWaitForWindowExposed(&trust));
    verifyWhole(&trust);

    // The welcome title is set after the dialog was built.
    QVERIFY(m_env->profiles->remove(existing.id));
    auto window = openWindow();
    bool shown = false;
    onNextModal<ProfileDialog>(
            [&verifyWhole](ProfileDialog *dialog) {
                QCOMPARE(dialog->windowTitle(),
                        QStringLiteral("Welcome: add your first homeserver"));
                verifyWhole(dialog);
                dialog->reject();
            },
            &shown);
    window->offerFirstProfile();
    QVERIFY(shown);

    // The demo window is named once: Qt appends the display name to any other title.
    QCOMPARE(MainWindow::demoWindowTitle(), QStringLiteral("Local demo server"));
    QVERIFY(!MainWindow::demoWindowTitle().contains(QGuiApplication::applicationDisplayName()));
}

void TestProfileWidgets::lookUpDuringACheckKeepsTheCheck()
{
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    auto *url = child<QLineEdit>(&dialog, "clientUrlEdit");
    typeInto(url, m_env->server.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    // While the check's requests are out, a look-up of another name starts.
    typeInto(url, QStringLiteral("localhost"));
    QTest::mouseClick(child<QPushButton>(&dialog, "lookupButton"), Qt::LeftButton);
    QTRY_VERIFY2(child<QLabel>(&dialog, "checkResultLabel")
                         ->text()
                         .contains(QLatin1String("Shared-secret registration:  enabled")),
            qPrintable(child<QLabel>(&dialog, "checkResultLabel")->text()));
    QVERIFY(child<QPushButton>(&dialog, "checkButton")->isEnabled());
}

QByteArray TestProfileWidgets::storedSecret(const QString &id)
{
    std::optional<SecretStore::Result> stored;
    m_env->keychain.read(id, this, [&stored](const SecretStore::Result &r) { stored = r.copy(); });
    if (!QTest::qWaitFor([&stored] { return stored.has_value(); })) {
        qWarning("the session store did not answer");
        return {};
    }
    // A copy of its own: the store's bytes are wiped when the result goes.
    return stored->ok()
            ? QByteArray(stored->secret.borrowed().constData(), stored->secret.borrowed().size())
            : QByteArray();
}

void TestProfileWidgets::fillMasProfile(
        ProfileDialog *dialog, const QString &name, const QString &clientId)
{
    QTest::mouseClick(child<QRadioButton>(dialog, "masRadio"), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog, "nameEdit"), name);
    typeInto(child<QLineEdit>(dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
    typeInto(child<QLineEdit>(dialog, "masUrlEdit"),
            m_env->server.baseUrl().toString() + QStringLiteral("/mas"));
    typeInto(child<QLineEdit>(dialog, "masClientIdEdit"), clientId);
}

void TestProfileWidgets::masProfileRoundTripsThroughTheDialog()
{
    {
        ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A new profile starts as a shared-secret one, without the MAS fields.
        QVERIFY(child<QRadioButton>(&dialog, "sharedSecretRadio")->isChecked());
        QVERIFY(!child<QLineEdit>(&dialog, "masClientIdEdit")->isVisible());
        QVERIFY(child<QComboBox>(&dialog, "defaultUserTypeCombo")->isVisible());
        fillMasProfile(&dialog, QStringLiteral("Delegated"), kMasClientId);
        // MAS has no user types, and its secret is the admin client's.
        QVERIFY(!child<QComboBox>(&dialog, "defaultUserTypeCombo")->isVisible());
        QCOMPARE(child<QGroupBox>(&dialog, "secretGroup")->title(),
                QStringLiteral("MAS admin client secret"));
        auto *method = child<QComboBox>(&dialog, "masAuthCombo");
        method->setCurrentIndex(method->findText(QStringLiteral("client_secret_post")));
        typeInto(child<QLineEdit>(&dialog, "secretEdit"), QString::fromLatin1(kMasSecret));
        QTest::mouseClick(
                child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save),
                Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    }
    const std::optional<Profile> saved = m_env->profiles->findByName(QStringLiteral("Delegated"));
    QVERIFY(saved && saved->isMas());
    QCOMPARE(saved->mas.clientId, kMasClientId);
    QCOMPARE(saved->mas.masUrl.toString(),
            m_env->server.baseUrl().toString() + QStringLiteral("/mas"));
    QCOMPARE(saved->mas.authMethod, MasAdminClient::AuthMethod::Post);
    // In the keychain under the profile's ID, as a shared secret is, and nowhere else.
    QCOMPARE(storedSecret(saved->id), kMasSecret);
    QVERIFY(!settingsBytes().contains(kMasSecret));
    QVERIFY(settingsBytes().contains(kMasClientId.toLatin1()));

    ProfileDialog edit(m_env->profiles.get(), &m_env->secrets, &m_env->manager, *saved);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QVERIFY(child<QRadioButton>(&edit, "masRadio")->isChecked());
    QVERIFY(child<QLineEdit>(&edit, "masClientIdEdit")->isVisible());
    QCOMPARE(child<QLineEdit>(&edit, "masClientIdEdit")->text(), kMasClientId);
    QCOMPARE(child<QLineEdit>(&edit, "masUrlEdit")->text(), saved->mas.masUrl.toString());
    QCOMPARE(child<QComboBox>(&edit, "masAuthCombo")->currentText(),
            QStringLiteral("client_secret_post"));
    QTRY_VERIFY(child<QLabel>(&edit, "secretStatusLabel")
                        ->text()
                        .contains(QLatin1String("A secret is stored")));
    QVERIFY(child<QLineEdit>(&edit, "secretEdit")->text().isEmpty());
    edit.accept();
    QTRY_COMPARE(edit.result(), int(QDialog::Accepted));
    QCOMPARE(m_env->profiles->find(saved->id)->mas.clientId, kMasClientId);
    QCOMPARE(m_env->profiles->find(saved->id)->mas.authMethod, MasAdminClient::AuthMethod::Post);
    QCOMPARE(storedSecret(saved->id), kMasSecret);

    // Opened on what MAS needs, as after MAS refused the client, and scrolled to it.
    ProfileDialog help(m_env->profiles.get(), &m_env->secrets, &m_env->manager, *saved);
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    help.showWhatMasNeeds();
    auto *yaml = child<QLabel>(&help, "masYamlLabel");
    QVERIFY(yaml->isVisible());
    auto *scroll = child<QScrollArea>(&help, "formScroll");
    QTRY_VERIFY(scroll->viewport()->rect().contains(
            QRect(yaml->mapTo(scroll->viewport(), QPoint(0, 0)), yaml->size())));
    // A shared-secret profile has none to show.
    ProfileDialog plain(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    plain.showWhatMasNeeds();
    QVERIFY(!child<QWidget>(&plain, "masHelp")->isVisibleTo(&plain));
}

void TestProfileWidgets::checkOnMasFillsTheMasUrlAndOffersTheSwitch()
{
    m_env->server.setAuthDelegated(true);
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
    auto *result = child<QLabel>(&dialog, "checkResultLabel");
    auto *offer = child<QWidget>(&dialog, "switchKindRow");
    auto *masUrl = child<QLineEdit>(&dialog, "masUrlEdit");
    const QString masAtServer = m_env->server.baseUrl().toString() + QStringLiteral("/mas");
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY(result->text().contains(QLatin1String("Auth delegated to MAS:       yes")));
    QCOMPARE(masUrl->text(), masAtServer);
    // Offered, never switched behind the admin's back; shared-secret cannot work here.
    QVERIFY(child<QRadioButton>(&dialog, "sharedSecretRadio")->isChecked());
    QVERIFY(offer->isVisible());
    QVERIFY(child<QLabel>(&dialog, "switchKindLabel")
                    ->text()
                    .contains(QLatin1String("delegates authentication to MAS")));
    QVERIFY2(result->text().startsWith(QStringLiteral("\u2717")), qPrintable(result->text()));

    QTest::mouseClick(child<QPushButton>(&dialog, "switchKindButton"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>(&dialog, "masRadio")->isChecked());
    QVERIFY(!offer->isVisible());
    QVERIFY(masUrl->isVisible());
    QCOMPARE(masUrl->text(), masAtServer);
    // Through MAS, accounts can be created here: no longer marked as a problem.
    QVERIFY2(!result->text().startsWith(QStringLiteral("\u2717")), qPrintable(result->text()));

    // A URL the admin typed, such as an internal listener, stays; the found one is named.
    typeInto(masUrl, QStringLiteral("http://127.0.0.1:1/internal"));
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    auto *note = child<QLabel>(&dialog, "masUrlNoteLabel");
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(masUrl->text(), QStringLiteral("http://127.0.0.1:1/internal"));
    QVERIFY2(note->text().contains(masAtServer), qPrintable(note->text()));

    // And back: a server with shared-secret registration offers it to a MAS profile.
    m_env->server.setAuthDelegated(false);
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY(result->text().contains(QLatin1String("Shared-secret registration:  enabled")));
    QVERIFY(offer->isVisible());
    QVERIFY(child<QRadioButton>(&dialog, "masRadio")->isChecked());
    QTest::mouseClick(child<QPushButton>(&dialog, "switchKindButton"), Qt::LeftButton);
    QVERIFY(child<QRadioButton>(&dialog, "sharedSecretRadio")->isChecked());
    QVERIFY(!offer->isVisible());
}

void TestProfileWidgets::checkOnTuwunelWithMasAsksForTheMasUrl()
{
    // Tuwunel's issuer is its own: where MAS is, only its admin knows.
    m_env->server.setFlavour(DevServer::Flavour::Tuwunel);
    m_env->server.setAuthDelegated(true);
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&dialog, "checkResultLabel")
                        ->text()
                        .contains(QLatin1String("Auth delegated to MAS:       yes")));
    QVERIFY(child<QWidget>(&dialog, "switchKindRow")->isVisible());
    const QString offer = child<QLabel>(&dialog, "switchKindLabel")->text();
    QVERIFY2(offer.contains(QLatin1String("type the MAS URL")), qPrintable(offer));
    QVERIFY(child<QLineEdit>(&dialog, "masUrlEdit")->text().isEmpty());
}

void TestProfileWidgets::theOfferIsScrolledIntoView()
{
    m_env->server.setAuthDelegated(true);
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    // A small window, where the check's lines and the offer below them do not fit together.
    dialog.setMaximumHeight(420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    typeInto(child<QLineEdit>(&dialog, "clientUrlEdit"), m_env->server.baseUrl().toString());
    QTest::mouseClick(child<QPushButton>(&dialog, "checkButton"), Qt::LeftButton);
    auto *row = child<QWidget>(&dialog, "switchKindRow");
    QTRY_VERIFY(row->isVisible());
    auto *scroll = child<QScrollArea>(&dialog, "formScroll");
    // Whole, with a line of room below it: scaled fonts paint a little past a label's rect.
    const auto inView = [row, scroll] {
        const QRect shown(row->mapTo(scroll->viewport(), QPoint(0, 0)), row->size());
        return scroll->viewport()->rect().contains(
                shown.adjusted(0, 0, 0, row->fontMetrics().height()));
    };
    QTRY_VERIFY(inView());
}

void TestProfileWidgets::masClientIdIsRefusedBesideTheField()
{
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *problem = child<QLabel>(&dialog, "masClientIdProblemLabel");
    auto *clientId = child<QLineEdit>(&dialog, "masClientIdEdit");
    for (const QString &wrong : {QStringLiteral("synapse-registrar"), kMasClientId.toLower(),
                 QStringLiteral("01JBX3Q7R5M2N8P4T6V9W0Y1ZU"), QString()}) {
        fillMasProfile(&dialog, QStringLiteral("Refused"), wrong);
        dialog.accept();
        QVERIFY2(problem->isVisible(), qPrintable(wrong));
        QVERIFY2(problem->text().contains(MasAdminClient::clientIdProblem(wrong)),
                qPrintable(problem->text()));
        QVERIFY(clientId->hasFocus());
        QVERIFY(m_env->profiles->profiles().isEmpty());
    }
    // Gone once the ID is one.
    typeInto(clientId, kMasClientId);
    QVERIFY(!problem->isVisible());

    // A MAS profile needs MAS's URL too.
    typeInto(child<QLineEdit>(&dialog, "masUrlEdit"), QString());
    dialog.accept();
    QVERIFY(child<QLabel>(&dialog, "messageLabel")
                    ->text()
                    .contains(QLatin1String("Enter the MAS URL, or let Check server find it")));
    QVERIFY(m_env->profiles->profiles().isEmpty());
    typeInto(child<QLineEdit>(&dialog, "masUrlEdit"), QStringLiteral("ftp://auth.example.org"));
    dialog.accept();
    QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QLatin1String("not usable")));
    QVERIFY(m_env->profiles->profiles().isEmpty());
}

void TestProfileWidgets::aNewClientIdIsAFreshUlid()
{
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    fillMasProfile(&dialog, QStringLiteral("Fresh"), QStringLiteral("not-an-id"));
    dialog.accept();
    auto *problem = child<QLabel>(&dialog, "masClientIdProblemLabel");
    QVERIFY(problem->isVisible());
    auto *clientId = child<QLineEdit>(&dialog, "masClientIdEdit");
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QTest::mouseClick(child<QPushButton>(&dialog, "newClientIdButton"), Qt::LeftButton);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const QString first = clientId->text();
    QVERIFY2(MasAdminClient::isUlid(first), qPrintable(first));
    QVERIFY(!problem->isVisible());
    QVERIFY(child<QLabel>(&dialog, "masYamlLabel")->text().contains(first));
    // The first ten digits are the milliseconds it was made at, as ULIDs sort by time.
    qint64 made = 0;
    for (const QChar digit : first.left(10)) {
        made = made * 32 + QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ").indexOf(digit);
    }
    QVERIFY2(made >= before && made <= after, qPrintable(QString::number(made)));
    // The other 80 bits are random: a second one differs.
    QTest::mouseClick(child<QPushButton>(&dialog, "newClientIdButton"), Qt::LeftButton);
    QVERIFY(MasAdminClient::isUlid(clientId->text()));
    QVERIFY(clientId->text().mid(10) != first.mid(10));
    typeInto(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Fresh"));
    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.profile().mas.clientId, clientId->text());
}

void TestProfileWidgets::switchingTheKindDropsTheOtherKindsSecret()
{
    // The shared secret would otherwise go to MAS's token endpoint as the client secret.
    const Profile shared = addProfile(QStringLiteral("Migrated"), true);
    {
        ProfileDialog edit(m_env->profiles.get(), &m_env->secrets, &m_env->manager, shared);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        auto *status = child<QLabel>(&edit, "secretStatusLabel");
        QTRY_VERIFY(status->text().contains(QLatin1String("A secret is stored")));
        QTest::mouseClick(child<QRadioButton>(&edit, "masRadio"), Qt::LeftButton);
        QVERIFY2(status->text().contains(QLatin1String("removed when you save")),
                qPrintable(status->text()));
        typeInto(child<QLineEdit>(&edit, "masUrlEdit"),
                m_env->server.baseUrl().toString() + QStringLiteral("/mas"));
        typeInto(child<QLineEdit>(&edit, "masClientIdEdit"), kMasClientId);
        edit.accept();
        QTRY_COMPARE(edit.result(), int(QDialog::Accepted));
    }
    QVERIFY(m_env->profiles->find(shared.id)->isMas());
    QVERIFY(storedSecret(shared.id).isEmpty());

    // Back to shared-secret with a new secret typed: that one is stored, the MAS fields go.
    ProfileDialog back(m_env->profiles.get(), &m_env->secrets, &m_env->manager,
            m_env->profiles->find(shared.id));
    back.show();
    QTest::mouseClick(child<QRadioButton>(&back, "sharedSecretRadio"), Qt::LeftButton);
    typeInto(child<QLineEdit>(&back, "secretEdit"), QString::fromLatin1(kSecret));
    back.accept();
    QTRY_COMPARE(back.result(), int(QDialog::Accepted));
    QVERIFY(!m_env->profiles->find(shared.id)->isMas());
    QCOMPARE(storedSecret(shared.id), kSecret);
}

void TestProfileWidgets::masHelpIsShownWhole()
{
    const QFont original = QApplication::font();
    const auto restore = qScopeGuard([&original] { QApplication::setFont(original); });
    for (const qreal scale : {1.0, 2.0}) {
        QFont font = original;
        font.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(font);
        ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QRadioButton>(&dialog, "masRadio"), Qt::LeftButton);
        typeInto(child<QLineEdit>(&dialog, "masClientIdEdit"), kMasClientId);
        QTest::mouseClick(child<QPushButton>(&dialog, "masHelpButton"), Qt::LeftButton);
        auto *yaml = child<QLabel>(&dialog, "masYamlLabel");
        QVERIFY(yaml->isVisible());
        QVERIFY(child<QLabel>(&dialog, "masHelpLabel")
                        ->text()
                        .contains(QLatin1String("policy.data.admin_clients")));
        // Filled with the client ID, twice: in clients: and in admin_clients.
        QCOMPARE(yaml->text().count(kMasClientId), 2);
        QVERIFY(yaml->text().contains(QLatin1String("client_auth_method: client_secret_basic")));
        QVERIFY(yaml->text().contains(QLatin1String("- name: adminapi")));
        QTest::mouseClick(child<QPushButton>(&dialog, "copyYamlButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), yaml->text());
        QTRY_VERIFY2(problemShowingAll(&dialog).isEmpty(), qPrintable(problemShowingAll(&dialog)));
        // At the smallest size the dialog allows, everything is still there, one scroll away.
        dialog.resize(1, 1);
        QTRY_VERIFY2(problemShowingAll(&dialog).isEmpty(),
                qPrintable(QStringLiteral("at %1x%2, scale %3: ")
                                   .arg(dialog.width())
                                   .arg(dialog.height())
                                   .arg(scale)
                        + problemShowingAll(&dialog)));
    }
}

void TestProfileWidgets::anImportedSharedSecretNeverBecomesMasSecret()
{
    const QString path = m_env->dir.filePath(QStringLiteral("homeserver.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
            QByteArray("server_name: mas.test\nregistration_shared_secret: \"") + kSecret + "\"\n");
    file.close();

    // Imported as a shared secret, then the admin chooses MAS: MAS is not sent Synapse's secret.
    ProfileDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    dialog.show();
    dialog.importConfig({path});
    QCOMPARE(child<QLineEdit>(&dialog, "secretEdit")->placeholderText(),
            QStringLiteral("(imported from the configuration)"));
    fillMasProfile(&dialog, QStringLiteral("Imported"), kMasClientId);
    QVERIFY(child<QLineEdit>(&dialog, "secretEdit")->placeholderText().isEmpty());
    dialog.accept();
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.profile().isMas());
    QVERIFY(storedSecret(dialog.profile().id).isEmpty());

    // Imported while MAS is chosen: the shared secret is not read at all.
    ProfileDialog mas(m_env->profiles.get(), &m_env->secrets, &m_env->manager, std::nullopt);
    mas.show();
    QTest::mouseClick(child<QRadioButton>(&mas, "masRadio"), Qt::LeftButton);
    mas.importConfig({path});
    QCOMPARE(child<QLineEdit>(&mas, "serverNameEdit")->text(), QStringLiteral("mas.test"));
    QVERIFY(child<QLabel>(&mas, "messageLabel")
                    ->text()
                    .contains(QLatin1String("The shared secret was not read")));
    QTest::mouseClick(child<QRadioButton>(&mas, "sharedSecretRadio"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(&mas, "secretEdit")->placeholderText().isEmpty());
}

void TestProfileWidgets::managerTellsMasProfilesApart()
{
    addProfile(QStringLiteral("Plain"), true);
    Profile delegated;
    delegated.name = QStringLiteral("Delegated");
    delegated.clientUrl = m_env->server.baseUrl();
    delegated.mas.masUrl = QUrl(m_env->server.baseUrl().toString() + QStringLiteral("/mas"));
    delegated.mas.clientId = kMasClientId;
    QString error;
    QVERIFY2(m_env->profiles->add(delegated, &error), qPrintable(error));
    ProfileManagerDialog dialog(m_env->profiles.get(), &m_env->secrets, &m_env->manager);
    dialog.show();
    auto *list = child<QListWidget>(&dialog, "profileList");
    QCOMPARE(list->count(), 2);
    QVERIFY(!list->item(0)->text().contains(QLatin1String("MAS")));
    QVERIFY2(list->item(1)->text().contains(QLatin1String("(accounts through MAS)")),
            qPrintable(list->item(1)->text()));

    // A copy is a MAS profile too; without a stored secret, it says which secret it lacks.
    list->setCurrentRow(1);
    onNextModal<QInputDialog>([](QInputDialog *input) {
        input->setTextValue(QStringLiteral("Delegated copy"));
        input->accept();
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "duplicateButton"), Qt::LeftButton);
    QTRY_COMPARE(list->count(), 3);
    QCOMPARE(m_env->profiles->findByName(QStringLiteral("Delegated copy"))->mas.clientId,
            kMasClientId);
    QTRY_VERIFY2(
            child<QLabel>(&dialog, "messageLabel")
                    ->text()
                    .contains(QLatin1String("without a client secret: No client secret is stored")),
            qPrintable(child<QLabel>(&dialog, "messageLabel")->text()));
}

QTEST_MAIN(TestProfileWidgets)
#include "TestProfileWidgets.moc"
