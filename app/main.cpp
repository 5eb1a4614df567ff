// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the desktop app: builds the access manager and the window, and for
// --demo a local homeserver in this process.
#include "DevServer.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProcessHardening.h"
#include "ProfileStore.h"
#include "SecretVault.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Before anything can hold a secret: no core dumps, not dumpable.
    registrar::core::ProcessHardening::apply();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SynapseRegistrar"));
    QCoreApplication::setApplicationName(QStringLiteral("synapse-registrar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGISTRAR_VERSION));
    registrar::core::Translations::install(&app,
            registrar::core::Translations::localeFor(
                    QSettings().value(registrar::core::Translations::settingsKey()).toString()));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Synapse Registrar"));
    QGuiApplication::setDesktopFileName(QStringLiteral(REGISTRAR_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(REGISTRAR_APP_ID),
            QIcon(QStringLiteral(":/icons/synapse-registrar.png"))));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
            "Create accounts on a Synapse homeserver through its shared-secret registration API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
            QCoreApplication::translate("main",
                    "Start a local demo homeserver on a loopback port in this process and open "
                    "the app on it. Its accounts live in memory and vanish when the app quits."));
    parser.addOption(demo);
    parser.process(app);

    QNetworkAccessManager manager;
    const bool demoMode = parser.isSet(demo);
    // The demo keeps its profile in a throw-away file and its secret in memory: it leaves
    // nothing behind in the admin's settings or keychain.
    QTemporaryDir demoDir;
    std::unique_ptr<registrar::store::SecretStore> keychain;
    std::unique_ptr<registrar::store::ProfileStore> profiles;
    if (demoMode) {
        keychain = std::make_unique<registrar::store::MemorySecretStore>();
        profiles = std::make_unique<registrar::store::ProfileStore>(std::make_unique<QSettings>(
                demoDir.filePath(QStringLiteral("demo-profiles.ini")), QSettings::IniFormat));
    } else {
        keychain = std::make_unique<registrar::store::KeychainSecretStore>();
        profiles = std::make_unique<registrar::store::ProfileStore>();
    }
    registrar::store::SecretVault secrets(keychain.get());
    registrar::widgets::MainWindow window(&manager, profiles.get(), &secrets,
            demoMode ? demoDir.filePath(QStringLiteral("history.json"))
                     : registrar::store::AccountHistory::defaultFilePath());

    std::unique_ptr<registrar::devserver::DevServer> demoServer;
    if (demoMode) {
        demoServer = std::make_unique<registrar::devserver::DevServer>();
        QByteArray secret(24, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), 6);
        secret = secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        demoServer->setSharedSecret(secret);
        demoServer->setServerName(QStringLiteral("demo.localhost"));
        if (demoServer->listen() == 0) {
            std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate(
                            "main", "Cannot start the demo server on 127.0.0.1.")));
            return 1;
        }
        registrar::store::Profile demoProfile;
        demoProfile.name = QCoreApplication::translate("main", "Local demo server");
        demoProfile.clientUrl = demoServer->baseUrl();
        demoProfile.serverName = demoServer->serverName();
        QString error;
        if (!profiles->add(demoProfile, &error)) {
            std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate(
                            "main", "Cannot set up the demo server's profile: %1")
                                       .arg(error)));
            return 1;
        }
        secrets.keepForThisRun(
                demoProfile.id, registrar::core::SecretBytes(secret), &window, [](const auto &) {});
        window.selectProfile(demoProfile.id);
        window.showBanner(QCoreApplication::translate("main",
                "Local demo server at %1: not a real Synapse. Accounts live in memory and vanish "
                "when the app quits.")
                                  .arg(demoServer->baseUrl().toString()));
        window.setWindowTitle(registrar::widgets::MainWindow::demoWindowTitle());
    }

    window.show();
    if (!demoMode) {
        QTimer::singleShot(0, &window, &registrar::widgets::MainWindow::offerFirstProfile);
    }
    return app.exec();
}
