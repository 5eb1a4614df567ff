// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedRead.h"
#include "DevServer.h"
#include "SecretFileText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QVersionNumber>

#include <cstdio>

using registrar::core::BoundedRead;
using registrar::core::SecretBytes;
using registrar::core::SecretFileText;
using registrar::devserver::DevServer;
using registrar::devserver::MasAdminApi;

namespace {

const char kSynapseMas[] = "synapse-mas";

} // namespace

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
                    "nonces, checks, error texts and reply shapes. synapse-mas is synapse with "
                    "--delegate-auth: MAS under /mas/ on the same port.")
                    .arg((DevServer::flavourNames() << QString::fromLatin1(kSynapseMas))
                                    .join(QStringLiteral(", "))),
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
    // The MAS listener under /mas/ (mas-admin-api.md sections 2 to 4).
    const QCommandLineOption masClientId(QStringLiteral("mas-client-id"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: the admin client's ID (default: "
                    "01JBX3Q7R5M2N8P4T6V9W0Y1Z2)."),
            QStringLiteral("ID"));
    const QCommandLineOption masClientSecret(QStringLiteral("mas-client-secret"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: the admin client's secret (default: s3cret-example)."),
            QStringLiteral("SECRET"));
    const QCommandLineOption masClientAuth(QStringLiteral("mas-client-auth"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: the client_auth_method the admin client is "
                    "registered with, basic or post (default: basic)."),
            QStringLiteral("METHOD"), QStringLiteral("basic"));
    const QCommandLineOption masNotAdminClient(QStringLiteral("mas-not-admin-client"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: the client is missing from policy.data.admin_clients, "
                    "so urn:mas:admin is refused."));
    const QCommandLineOption masPasswordLoginOff(QStringLiteral("mas-password-login-off"),
            QCoreApplication::translate(
                    "main", "With --delegate-auth: passwords.enabled is false in MAS."));
    const QCommandLineOption masWeakPasswords(QStringLiteral("mas-weak-passwords"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: every password is too weak for MAS unless "
                    "skip_password_check is set."));
    const QCommandLineOption masReservedName(QStringLiteral("mas-reserved-name"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: the homeserver reserves this localpart, so MAS "
                    "answers 409 reserved (repeatable)."),
            QStringLiteral("LOCALPART"));
    const QCommandLineOption masNoPersonalSessions(QStringLiteral("mas-no-personal-sessions"),
            QCoreApplication::translate(
                    "main", "With --delegate-auth: an old MAS (1.4.0) without personal sessions."));
    const QCommandLineOption masNoAdminApi(QStringLiteral("mas-no-admin-api"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: the adminapi resource is not mounted; its paths get "
                    "MAS's HTML 404."));
    const QCommandLineOption masVersion(QStringLiteral("mas-version"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: the MAS version to answer as (default: 1.22.0); "
                    "older versions lack newer routes and fields."),
            QStringLiteral("VERSION"));
    const QCommandLineOption masCompatLogin(QStringLiteral("mas-compat-login"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: MAS's compat resource is mounted, so a user whose "
                    "password is set can sign in with m.login.password on the client URL."));
    const QCommandLineOption masProvisioningFails(QStringLiteral("mas-provisioning-fails"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: MAS's POST /api/admin/v1/users fails with a 500 as "
                    "the homeserver lets it down: check-unreachable or check-error while it "
                    "checks the localpart, provision-unreachable or provision-error while it "
                    "provisions the Synapse account (MAS rolls back), or orphan: Synapse "
                    "provisioned the account and MAS's commit failed, so a retry gets 409 "
                    "reserved unless it sets skip_homeserver_check. Every time, unless "
                    "--mas-provisioning-fails-once."),
            QStringLiteral("FAILURE"));
    const QCommandLineOption masProvisioningFailsOnce(QStringLiteral("mas-provisioning-fails-once"),
            QCoreApplication::translate("main",
                    "With --mas-provisioning-fails: only the first request that gets that far "
                    "fails; the next one works."));
    const QCommandLineOption masTokenTtl(QStringLiteral("mas-token-ttl"),
            QCoreApplication::translate("main",
                    "With --delegate-auth: how long admin tokens live, in seconds "
                    "(experimental.access_token_ttl; default 300, at most 86400; MAS itself "
                    "takes no less than 60)."),
            QStringLiteral("SECONDS"));
    parser.addOptions({port, secret, secretFile, serverName, fault, faultTarget, mas, flavour,
            noFederation, masUrl, unstableAuthMetadata, oidcServer, masClientId, masClientSecret,
            masClientAuth, masNotAdminClient, masPasswordLoginOff, masWeakPasswords,
            masReservedName, masNoPersonalSessions, masNoAdminApi, masVersion, masCompatLogin,
            masProvisioningFails, masProvisioningFailsOnce, masTokenTtl});
    parser.process(app);

    DevServer server;
    // The alias names the backend as `check` reports it.
    const bool synapseMas = parser.value(flavour) == QLatin1String(kSynapseMas);
    const bool delegated = parser.isSet(mas) || synapseMas;
    const auto flavourValue = synapseMas ? std::optional(DevServer::Flavour::Synapse)
                                         : DevServer::flavourFromName(parser.value(flavour));
    if (!flavourValue) {
        std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate("main", "Unknown flavour \u201c%1\u201d.")
                                   .arg(parser.value(flavour))));
        return 1;
    }
    server.setFlavour(*flavourValue);
    server.setServerName(parser.value(serverName));
    server.setAuthDelegated(delegated);
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
    MasAdminApi &masApi = server.mas();
    if (parser.isSet(masClientId)) {
        masApi.setClientId(parser.value(masClientId));
    }
    if (parser.isSet(masClientSecret)) {
        masApi.setClientSecret(parser.value(masClientSecret));
    }
    bool authMethodOk = false;
    const MasAdminApi::ClientAuthMethod authMethod =
            MasAdminApi::authMethodFromName(parser.value(masClientAuth), &authMethodOk);
    masApi.setClientAuthMethod(authMethod);
    if (!authMethodOk) {
        std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                        "main", "Unknown client authentication method \u201c%1\u201d.")
                                   .arg(parser.value(masClientAuth))));
        return 1;
    }
    masApi.setAdminClient(!parser.isSet(masNotAdminClient));
    masApi.setPasswordLoginEnabled(!parser.isSet(masPasswordLoginOff));
    masApi.setWeakPasswords(parser.isSet(masWeakPasswords));
    masApi.setAdminApiMounted(!parser.isSet(masNoAdminApi));
    masApi.setCompatibilityLogin(parser.isSet(masCompatLogin));
    for (const QString &name : parser.values(masReservedName)) {
        server.reserveLocalpart(name);
    }
    if (parser.isSet(masNoPersonalSessions)) {
        masApi.setMasVersion(QVersionNumber(1, 4, 0));
    }
    if (parser.isSet(masVersion)) {
        const QVersionNumber version = QVersionNumber::fromString(parser.value(masVersion));
        if (version.isNull()) {
            std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("main", "Not a version: \u201c%1\u201d.")
                                       .arg(parser.value(masVersion))));
            return 1;
        }
        masApi.setMasVersion(version);
    }
    if (parser.isSet(masTokenTtl)) {
        bool ttlOk = false;
        const qint64 ttl = parser.value(masTokenTtl).toLongLong(&ttlOk);
        if (!ttlOk || ttl < 1 || ttl > 86400) {
            std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate(
                            "main", "Not a token lifetime: \u201c%1\u201d (1 to 86400 seconds).")
                                       .arg(parser.value(masTokenTtl))));
            return 1;
        }
        masApi.setAccessTokenTtl(ttl);
    }
    if (parser.isSet(masProvisioningFails)) {
        const auto failure =
                MasAdminApi::provisioningFailureFromName(parser.value(masProvisioningFails));
        if (!failure) {
            std::fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate(
                            "main", "Unknown provisioning failure \u201c%1\u201d; known: %2.")
                                       .arg(parser.value(masProvisioningFails),
                                               MasAdminApi::provisioningFailureNames().join(
                                                       QStringLiteral(", ")))));
            return 1;
        }
        masApi.setProvisioningFailure(*failure,
                parser.isSet(masProvisioningFailsOnce) ? MasAdminApi::FailureRepeat::Once
                                                       : MasAdminApi::FailureRepeat::Always);
    } else if (parser.isSet(masProvisioningFailsOnce)) {
        std::fprintf(stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                        "main", "--mas-provisioning-fails-once needs --mas-provisioning-fails.")));
        return 1;
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
            qPrintable(
                    QCoreApplication::translate("main",
                            "Listening on %1 (%4, server name %2, shared-secret registration %3)")
                            .arg(server.baseUrl().toString(), server.serverName(),
                                    // Delegated to MAS, the route is gone (Dendrite ignores it).
                                    delegated && parser.value(flavour) != QLatin1String("dendrite")
                                            ? QCoreApplication::translate(
                                                    "main", "gone: delegated to MAS")
                                            : parser.value(secret).isEmpty()
                                                    && !parser.isSet(secretFile)
                                            ? QCoreApplication::translate("main", "disabled")
                                            : QCoreApplication::translate("main", "enabled"),
                                    parser.value(flavour))));
    if (delegated && *flavourValue == DevServer::Flavour::Synapse) {
        // The MAS URL and admin client a MAS profile takes; the secret stays out of the output.
        std::printf("%s\n",
                qPrintable(QCoreApplication::translate(
                        "main", "MAS on %1 (admin client %2, client_secret_%3)")
                                   .arg(server.baseUrl().toString() + QLatin1String("/mas"),
                                           masApi.clientId(),
                                           authMethod == MasAdminApi::ClientAuthMethod::Basic
                                                   ? QStringLiteral("basic")
                                                   : QStringLiteral("post"))));
    }
    std::fflush(stdout);
    return app.exec();
}
