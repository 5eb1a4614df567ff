// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root of the desktop app: builds the access manager and the window, and for
// --demo a local homeserver in this process.
#include "DevServer.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

#include <cstdio>

namespace {

//! Prints when the window's first frame is painted, then quits: for bench/ (startup time).
class FirstFrameProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_reported) {
            m_reported = true;
            std::printf("first-frame-epoch-ms %lld\n",
                    static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SynapseRegistrar"));
    QCoreApplication::setApplicationName(QStringLiteral("synapse-registrar"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGISTRAR_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Synapse Registrar"));

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
    registrar::widgets::MainWindow window(
            &manager, registrar::store::AccountHistory::defaultFilePath());

    std::unique_ptr<registrar::devserver::DevServer> demoServer;
    if (parser.isSet(demo)) {
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
        window.setServer(demoServer->baseUrl(), secret, demoServer->serverName());
        window.showBanner(QCoreApplication::translate("main",
                "Local demo server at %1: not a real Synapse. Accounts live in memory and vanish "
                "when the app quits.")
                                  .arg(demoServer->baseUrl().toString()));
        window.setWindowTitle(
                QCoreApplication::translate("main", "Synapse Registrar \u2014 local demo server"));
    }

    FirstFrameProbe probe;
    if (qEnvironmentVariableIsSet("SYNAPSE_REGISTRAR_FIRST_FRAME_PROBE")) {
        window.installEventFilter(&probe);
    }
    window.show();
    return app.exec();
}
