// SPDX-License-Identifier: GPL-3.0-or-later
// Peak resident memory of a process that shows the main window and registers one account
// against the local homeserver, as the app does. Prints figures; asserts nothing.
#include "DevServer.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ProcStatus.h"
#include "ProfileStore.h"
#include "SecretVault.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    registrar::devserver::DevServer server;
    server.setSharedSecret("bench-secret");
    if (server.listen() == 0) {
        return 1;
    }
    QNetworkAccessManager manager;
    registrar::store::ProfileStore profiles(std::make_unique<QSettings>(
            dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat));
    registrar::store::MemorySecretStore keychain;
    registrar::store::SecretVault secrets(&keychain);
    registrar::widgets::MainWindow window(
            &manager, &profiles, &secrets, dir.filePath(QStringLiteral("history.json")));
    const auto field = [&window](const char *name) {
        return window.findChild<QLineEdit *>(QLatin1String(name));
    };
    // The server that is not saved as a profile, typed in as an admin would.
    field("urlEdit")->setText(server.baseUrl().toString());
    field("secretEdit")->setText(QStringLiteral("bench-secret"));
    field("serverNameEdit")->setText(server.serverName());
    window.show();
    std::printf("after the window is shown: VmHWM %s\n",
            registrar::bench::procStatusField("VmHWM:").constData());

    field("usernameEdit")->setText(QStringLiteral("memory"));
    field("passwordEdit")->setText(QStringLiteral("bench-password-1"));
    field("confirmEdit")->setText(QStringLiteral("bench-password-1"));
    QLineEdit *userId = field("userIdEdit");
    QElapsedTimer timer;
    timer.start();
    QTimer::singleShot(0, &window, [&window] {
        window.findChild<QPushButton *>(QStringLiteral("registerButton"))->click();
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (!userId->text().isEmpty() || timer.elapsed() > 10000) {
            app.quit();
        }
    });
    poll.start(5);
    app.exec();
    if (userId->text().isEmpty()) {
        std::fprintf(stderr, "the registration did not finish\n");
        return 1;
    }
    std::printf("after one registration (%lld ms): VmHWM %s, VmRSS %s\n",
            static_cast<long long>(timer.elapsed()),
            registrar::bench::procStatusField("VmHWM:").constData(),
            registrar::bench::procStatusField("VmRSS:").constData());
    return 0;
}
