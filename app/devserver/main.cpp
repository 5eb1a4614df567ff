// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedRead.h"
#include "DevServer.h"
#include "SecretFileText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

using registrar::core::BoundedRead;
using registrar::core::SecretBytes;
using registrar::core::SecretFileText;
using registrar::devserver::DevServer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // A person watching the standalone server wants to see accounts being created.
    QLoggingCategory::setFilterRules(QStringLiteral("registrar.devserver.info=true"));
    QCoreApplication::setApplicationName(QStringLiteral("synapse-registrar-devserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGISTRAR_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
            "A local homeserver on 127.0.0.1 that answers Synapse's shared-secret registration "
            "API, for trying Synapse Registrar without a Synapse. Accounts live in memory."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
            QCoreApplication::translate("main", "Port to listen on (default: a free one)."),
            QStringLiteral("PORT"), QStringLiteral("0"));
    const QCommandLineOption secret(QStringLiteral("secret"),
            QCoreApplication::translate("main", "The registration shared secret."),
            QStringLiteral("SECRET"));
    const QCommandLineOption secretFile(QStringLiteral("secret-file"),
            QCoreApplication::translate("main",
                    "Read the shared secret from FILE, stripped as Synapse strips "
                    "registration_shared_secret_path."),
            QStringLiteral("FILE"));
    const QCommandLineOption serverName(QStringLiteral("server-name"),
            QCoreApplication::translate("main", "The server_name (default: localhost)."),
            QStringLiteral("NAME"), QStringLiteral("localhost"));
    const QCommandLineOption fault(QStringLiteral("fault"),
            QCoreApplication::translate(
                    "main", "Misbehave on the requests --fault-target names: %1.")
                    .arg(DevServer::faultNames().join(QStringLiteral(", "))),
            QStringLiteral("FAULT"), QStringLiteral("none"));
    const QCommandLineOption mas(QStringLiteral("delegate-auth"),
            QCoreApplication::translate(
                    "main", "Behave as a server whose auth is delegated to MAS."));
    const QCommandLineOption faultTarget(QStringLiteral("fault-target"),
            QCoreApplication::translate("main",
                    "Which requests misbehave: %1 (after-register creates the account, then "
                    "misbehaves, as a proxy that loses the answer).")
                    .arg(DevServer::faultTargetNames().join(QStringLiteral(", "))),
            QStringLiteral("TARGET"), QStringLiteral("all"));
    const QCommandLineOption flavour(QStringLiteral("flavour"),
            QCoreApplication::translate("main",
                    "Which homeserver to answer as: %1 (default: synapse). Each has its own "
                    "nonces, checks, error texts and reply shapes.")
                    .arg(DevServer::flavourNames().join(QStringLiteral(", "))),
            QStringLiteral("FLAVOUR"), QStringLiteral("synapse"));
    const QCommandLineOption noFederation(QStringLiteral("no-federation"),
            QCoreApplication::translate("main",
                    "Tuwunel without allow_federation: the federation version probe is not "
                    "routed."));
    const QCommandLineOption masUrl(QStringLiteral("mas-url"),
            QCoreApplication::translate("main",
                    "With --delegate-auth on Synapse: the MAS issuer its auth_metadata reports "
                    "(default: this server's /mas/)."),
            QStringLiteral("URL"));
    const QCommandLineOption unstableAuthMetadata(QStringLiteral("unstable-auth-metadata-only"),
            QCoreApplication::translate("main",
                    "With --delegate-auth on Synapse: behave as Synapse before 1.138, which "
                    "serves only the unstable MSC2965 auth_metadata path."));
    const QCommandLineOption oidcServer(QStringLiteral("oidc-server"),
            QCoreApplication::translate("main",
                    "Tuwunel with its own OIDC server configured: auth_metadata answers with "
                    "its /_tuwunel/oidc/ issuer."));
    parser.addOptions({port, secret, secretFile, serverName, fault, faultTarget, mas, flavour,
            noFederation, masUrl, unstableAuthMetadata, oidcServer});
    parser.process(app);

    DevServer server;
    const auto flavourValue = DevServer::flavourFromName(parser.value(flavour));
    if (!flavourValue) {
        std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Unknown flavour \u201c%1\u201d.")
                                   .arg(parser.value(flavour))));
        return 1;
    }
    server.setFlavour(*flavourValue);
    server.setServerName(parser.value(serverName));
    server.setAuthDelegated(parser.isSet(mas));
    server.setFederationAllowed(!parser.isSet(noFederation));
    server.setStableAuthMetadata(!parser.isSet(unstableAuthMetadata));
    server.setOidcServerConfigured(parser.isSet(oidcServer));
    if (parser.isSet(masUrl)) {
        const QUrl url(parser.value(masUrl), QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("main", "Not a URL: \u201c%1\u201d.")
                                       .arg(parser.value(masUrl))));
            return 1;
        }
        server.setMasUrl(url);
    }
    if (parser.isSet(secretFile)) {
        // Bounded and by the rule the CLI reads its --secret-file with, so both get one secret.
        const QString path = parser.value(secretFile);
        QFile file(path);
        QString error;
        std::optional<QByteArray> contents;
        if (file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            contents = BoundedRead::readAll(&file, BoundedRead::kSecretBytes, &error);
        } else {
            error = file.errorString();
        }
        if (!contents) {
            std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("main", "Cannot read %1: %2")
                                       .arg(path, error)));
            return 1;
        }
        const std::optional<SecretBytes> fromFile =
                SecretFileText::take(*contents, SecretFileText::Kind::Secret, path, &error);
        if (!fromFile) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        server.setSharedSecret(fromFile->view().toByteArray());
    } else {
        server.setSharedSecret(parser.value(secret).toUtf8());
    }
    const auto faultValue = DevServer::faultFromName(parser.value(fault));
    if (!faultValue) {
        std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Unknown fault \u201c%1\u201d.")
                                   .arg(parser.value(fault))));
        return 1;
    }
    const auto targetValue = DevServer::faultTargetFromName(parser.value(faultTarget));
    if (!targetValue) {
        std::fprintf(stderr, "%s\n",
                qPrintable(
                        QCoreApplication::translate("main", "Unknown fault target \u201c%1\u201d.")
                                .arg(parser.value(faultTarget))));
        return 1;
    }
    server.setFault(*faultValue, *targetValue, 2000);

    bool portOk = false;
    const uint requestedPort = parser.value(port).toUInt(&portOk);
    if (!portOk || requestedPort > 65535 || server.listen(quint16(requestedPort)) == 0) {
        std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Cannot listen on 127.0.0.1:%1.")
                                   .arg(parser.value(port))));
        return 1;
    }
    std::printf("%s\n",
            qPrintable(QCoreApplication::translate(
                    "main", "Listening on %1 (%4, server name %2, shared-secret registration %3)")
                               .arg(server.baseUrl().toString(), server.serverName(),
                                       // Delegated to MAS, the route is gone (Dendrite ignores it).
                                       parser.isSet(mas)
                                                       && parser.value(flavour)
                                                               != QLatin1String("dendrite")
                                               ? QCoreApplication::translate(
                                                       "main", "gone: delegated to MAS")
                                               : parser.value(secret).isEmpty()
                                                       && !parser.isSet(secretFile)
                                               ? QCoreApplication::translate("main", "disabled")
                                               : QCoreApplication::translate("main", "enabled"),
                                       parser.value(flavour))));
    std::fflush(stdout);
    return app.exec();
}
