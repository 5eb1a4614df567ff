// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationError.h"

#include "ReplyParser.h"

namespace registrar::core {

RegistrationError::RegistrationError(Code code, QString detail)
    : m_code(code)
    , m_detail(std::move(detail))
{ }

RegistrationError RegistrationError::fromServer(
        Code code, int httpStatus, const QString &errcode, const QString &serverMessage)
{
    RegistrationError error(code);
    error.m_httpStatus = httpStatus;
    error.m_errcode = errcode;
    error.m_serverMessage = serverMessage;
    return error;
}

RegistrationError RegistrationError::accountMayExist(const RegistrationError &cause)
{
    RegistrationError error = cause;
    error.m_code = Code::AccountMayExist;
    error.m_causeCode = cause.m_code;
    return error;
}

RegistrationError RegistrationError::signInCheckFailed(const RegistrationError &cause)
{
    RegistrationError error(Code::AccountMayExist);
    error.m_causeCode = cause.m_code;
    error.m_signInProblem = cause.fullText();
    error.m_retryAfterMs = cause.m_retryAfterMs;
    return error;
}

RegistrationError RegistrationError::accountIncomplete(
        const RegistrationError &cause, const MasProgress &progress)
{
    RegistrationError error = cause;
    error.m_code = Code::AccountIncomplete;
    error.m_causeCode = cause.m_code;
    error.m_causeMessage = cause.message();
    error.m_masProgress = progress;
    error.m_backend = Backend::Kind::SynapseMas;
    return error;
}

bool RegistrationError::leavesAccountOpen(const RegistrationError &cause)
{
    switch (cause.m_code) {
    case Code::Timeout:
    case Code::Cancelled:
    case Code::NetworkFailure:
    case Code::ReplyTooLarge:
        return true;
    case Code::ServerError:
        // Synapse's own 500 may come after the account was stored, and a proxy that timed out
        // or lost Synapse (502-504, Cloudflare's 520-524) may have done so after Synapse took it.
        return cause.m_httpStatus >= 500;
    case Code::MalformedReply:
        return cause.m_httpStatus == 200;
    default:
        return false;
    }
}

RegistrationError::Category RegistrationError::category() const
{
    switch (m_code) {
    case Code::None:
        return Category::None;
    case Code::InvalidInput:
    case Code::InvalidUrl:
    case Code::InsecureHttp:
    case Code::TrustNeedsTls:
    case Code::CaFileUnusable:
    case Code::SecretMissing:
    case Code::SecretUnavailable:
        return Category::Input;
    case Code::UsernameTaken:
    case Code::UsernameInvalid:
    case Code::UsernameReserved:
    case Code::UserTypeInvalid:
    case Code::PasswordInvalid:
    case Code::RateLimited:
        return Category::Account;
    case Code::SharedSecretDisabled:
    case Code::MacRejected:
    case Code::NonceRejected:
    case Code::EndpointUnavailable:
    case Code::DelegatedToMas:
    case Code::EndpointUnknown:
    case Code::AdminApiNotProxied:
    case Code::AccessTokenRejected:
    case Code::MasClientRejected:
    case Code::MasNotAdminClient:
    case Code::MasAdminTokenRejected:
    case Code::MasAdminApiMissing:
    case Code::PasswordLoginDisabled:
        return Category::Authorisation;
    case Code::ConnectionRefused:
    case Code::HostNotFound:
    case Code::TlsFailure:
    case Code::CertificateChanged:
    case Code::Timeout:
    case Code::Cancelled:
    case Code::NetworkFailure:
        return Category::Network;
    case Code::Redirect:
    case Code::MalformedReply:
    case Code::ReplyTooLarge:
    case Code::ServerError:
    case Code::RequestRejected:
    case Code::UnexpectedStatus:
        return Category::Protocol;
    case Code::AccountMayExist:
    case Code::AccountIncomplete:
        return Category::MayExist;
    }
    return Category::Protocol;
}

QString RegistrationError::message() const
{
    switch (m_code) {
    case Code::None:
        return {};
    case Code::InvalidInput:
        return tr("The form has a problem that must be fixed before anything is sent: %1")
                .arg(m_detail);
    case Code::InvalidUrl:
        return tr("The server URL is not usable: %1").arg(m_detail);
    case Code::InsecureHttp:
        return tr("Refused to send the password and the shared secret's MAC over plain HTTP to "
                  "%1, which is not this machine: anyone on the way could read them. Use "
                  "https://, an SSH tunnel to the local listener, or allow insecure HTTP "
                  "explicitly.")
                .arg(m_detail);
    case Code::TrustNeedsTls:
        return tr("A pinned certificate or a CA file is set for %1, but the URL is plain "
                  "http://, where no certificate is checked: nothing was sent. Use the server's "
                  "https:// URL, or remove the pin and the CA file.")
                .arg(m_detail);
    case Code::CaFileUnusable:
        // Bad input like a CA file given on the command line, whether it is gone or garbage.
        return tr("The CA file cannot be used, so nothing was sent: %1. Give a readable PEM file "
                  "with the certificates of the CA that signed the server's certificate, or "
                  "remove the CA file.")
                .arg(m_detail);
    case Code::SecretMissing:
        if (m_backend == Backend::Kind::SynapseMas) {
            return tr("No MAS client secret is stored for this server.");
        }
        return tr("No shared secret is stored for this server.");
    case Code::SecretUnavailable:
        if (m_backend == Backend::Kind::SynapseMas) {
            return tr("The MAS client secret cannot be read: %1").arg(m_detail);
        }
        return tr("The shared secret cannot be read: %1").arg(m_detail);
    case Code::UsernameTaken:
        return tr("This username is already taken on the server (names are compared without "
                  "regard to case). Choose another one; an existing account is never "
                  "overwritten.");
    case Code::UsernameInvalid:
        if (m_backend == Backend::Kind::Tuwunel || m_backend == Backend::Kind::Dendrite) {
            return tr("%1 refused the username; its words below say why. A username has only "
                      "a-z, 0-9 and . _ = - /, and does not start with \u201c_\u201d.")
                    .arg(Backend::title(m_backend));
        }
        return tr("The server refused the username. Check the characters (a-z, 0-9 and "
                  ". _ = - / +, and \u201c+\u201d only from Synapse 1.89), the length and that it "
                  "is not all digits.");
    case Code::UsernameReserved:
        if (m_backend == Backend::Kind::SynapseMas) {
            return tr("The homeserver refuses this name for MAS: it has an account of that name, "
                      "the name is all digits, or an application service reserves it. Choose "
                      "another name. If an earlier attempt ended in a MAS server error, the "
                      "account may be the one MAS provisioned then: once you have checked that on "
                      "the homeserver, register again taking over the homeserver's account "
                      "(synapse-registrar-cli register --adopt-homeserver-account).");
        }
        return tr("This username is reserved on the server, for server notices or by an "
                  "application service (a bridge). Choose another one.");
    case Code::UserTypeInvalid:
        if (m_backend == Backend::Kind::Dendrite) {
            return tr("Dendrite has no user types: it neither reads nor signs the field, so a "
                      "request with one fails as a wrong secret. Nothing was created; create the "
                      "account as a regular user.");
        }
        return tr("The server does not accept this user type. Use a regular user, “bot” "
                  "or \u201csupport\u201d, or add the type to user_types.extra_user_types "
                  "(Synapse 1.132 or newer).");
    case Code::PasswordInvalid:
        if (m_backend == Backend::Kind::SynapseMas) {
            return tr("MAS refused the password as too weak for its "
                      "passwords.minimum_complexity. Choose a longer one (the generator's are "
                      "strong enough), or skip MAS's password check.");
        }
        if (m_errcode == QLatin1String("M_WEAK_PASSWORD")) {
            return tr("The server refused the password as too weak; its words below say what it "
                      "asks for (Dendrite: at least 8 characters).");
        }
        return tr("The server refused the password: it must have at most 512 characters and no "
                  "NUL character.");
    case Code::RateLimited:
        if (m_retryAfterMs >= 0) {
            return tr("The server refused the request (429): a spam-checker module or a rate "
                      "limit. Try again in %n second(s).",
                    nullptr, int((m_retryAfterMs + 999) / 1000));
        }
        return tr("The server refused the request (429): usually a spam-checker module denied "
                  "this account. Check the server's modules and its log.");
    case Code::SharedSecretDisabled:
        if (m_backend == Backend::Kind::Tuwunel) {
            return tr("Shared-secret registration is not enabled on this Tuwunel server. Set "
                      "registration_shared_secret (or registration_shared_secret_file) in its "
                      "configuration.");
        }
        if (m_backend == Backend::Kind::Dendrite) {
            return tr("Shared-secret registration is not enabled on this Dendrite server: "
                      "without client_api.registration_shared_secret in dendrite.yaml it has no "
                      "registration endpoint at all. Set it and restart Dendrite.");
        }
        return tr("Shared-secret registration is not enabled on this server. Set "
                  "registration_shared_secret (or registration_shared_secret_path) in "
                  "homeserver.yaml, in a file Synapse really loads, and restart Synapse.");
    case Code::MacRejected:
        if (m_backend == Backend::Kind::Tuwunel || m_backend == Backend::Kind::Dendrite) {
            return tr("The server rejected the request's signature: the shared secret is not the "
                      "one %1 uses (%2). Check for a trailing newline or space and for another "
                      "service's secret.")
                    .arg(Backend::title(m_backend),
                            m_backend == Backend::Kind::Dendrite
                                    ? QStringLiteral("client_api.registration_shared_secret")
                                    : QStringLiteral("registration_shared_secret"));
        }
        return tr("The server rejected the request's signature (\u201cHMAC incorrect\u201d): the "
                  "shared secret is not the one the running server uses. Check for a trailing "
                  "newline or space, YAML escapes in a double-quoted secret, another service's "
                  "secret, or a secret changed without restarting Synapse.");
    case Code::NonceRejected:
        if (m_backend == Backend::Kind::Dendrite) {
            return tr("Dendrite did not recognise the nonce: it expired (after 5 minutes) or "
                      "Dendrite restarted. Nothing was created; try again.");
        }
        if (m_backend == Backend::Kind::Tuwunel) {
            return tr("Tuwunel did not recognise the nonce: it expired (after 60 s), was already "
                      "used, or Tuwunel restarted. Nothing was created; try again.");
        }
        return tr("The server did not recognise the nonce: it expired (after 60 s), was already "
                  "used, or came from another listener or worker, or Synapse restarted. Try "
                  "again; if it keeps failing, point the admin URL at the main process.");
    case Code::EndpointUnavailable:
        return tr("The server has no shared-secret registration endpoint (404 M_UNRECOGNIZED). "
                  "Either authentication is delegated to the Matrix Authentication Service "
                  "(create accounts with \u201cmas-cli manage register-user\u201d), or the "
                  "request reached a Synapse worker (use the main process's listener), or it is "
                  "a Dendrite without client_api.registration_shared_secret. "
                  "\u201csynapse-registrar-cli check\u201d tells which.");
    case Code::DelegatedToMas:
        return (m_detail.isEmpty() ? tr("This server delegates authentication to the Matrix "
                                        "Authentication Service (MAS), so it has no shared-secret "
                                        "registration.")
                                   : tr("This server delegates authentication to the Matrix "
                                        "Authentication Service (MAS) at %1, so it has no "
                                        "shared-secret registration.")
                                             .arg(m_detail))
                + QLatin1Char(' ')
                + tr("Accounts are created by MAS: with its admin API, or on the MAS host with "
                     "\u201cmas-cli manage register-user\u201d.");
    case Code::EndpointUnknown:
        return tr("Synapse does not recognise the request path. Give the server's base URL "
                  "only (no path, no trailing /_synapse or /_matrix part) and check that it is "
                  "the main process.");
    case Code::AdminApiNotProxied:
        return tr("The server answered 404 with a page that is not from Synapse: the reverse "
                  "proxy does not forward /_synapse/admin. Use the local listener (such as "
                  "http://127.0.0.1:8008) or an SSH tunnel to it as the admin URL.");
    case Code::AccessTokenRejected:
        return tr("The server does not accept the access token: it was logged out, expired, or "
                  "belongs to another server.");
    case Code::MasClientRejected:
        return tr("MAS refused the admin client: the client ID or secret is wrong, the "
                  "authentication method is not the client's client_auth_method, or the client "
                  "is not in MAS's clients: section.");
    case Code::MasNotAdminClient:
        return tr("MAS does not let this client use its admin API: add the client ID to "
                  "policy.data.admin_clients in MAS's configuration and restart MAS.");
    case Code::MasAdminTokenRejected:
        return tr("MAS's admin API refused the admin token. Check that the client is in "
                  "policy.data.admin_clients and try again.");
    case Code::MasAdminApiMissing:
        return tr("MAS has no admin API at %1: add the adminapi resource to a listener in "
                  "MAS's http.listeners (MAS 0.15 or newer, 1.5 for tokens), or give the URL of "
                  "the listener that has it.")
                .arg(m_detail);
    case Code::PasswordLoginDisabled:
        return tr("MAS has password login turned off (passwords.enabled: false), so no "
                  "password can be set. Turn it on in MAS's configuration, or leave the password "
                  "to the upstream identity provider its users sign in with.");
    case Code::ConnectionRefused:
        return tr("Nothing accepted the connection at %1. Is Synapse running, and is this the "
                  "port of its client listener?")
                .arg(m_detail);
    case Code::HostNotFound:
        return tr("The host name %1 could not be resolved. Check the spelling of the server URL "
                  "and the DNS.")
                .arg(m_detail);
    case Code::TlsFailure:
        if (!m_certificate.isNull() && !m_pinnedSha256.isEmpty()) {
            // A fingerprint given for this attempt, never confirmed by a connection: nothing
            // changed that was known, the certificate is just not the one named.
            return tr("The server's certificate does not have the fingerprint given (%1), so it "
                      "is not trusted and nothing was sent. Check the fingerprint with the "
                      "server's administrator: it may be mistyped, or another server answers at "
                      "this address.\n%2")
                    .arg(CertificateInfo::formatFingerprint(m_pinnedSha256),
                            m_certificate.toText());
        }
        if (!m_certificate.isNull()) {
            return tr("The server's certificate is not trusted, so nothing was sent. Check its "
                      "fingerprint with the server's administrator; you can trust this one "
                      "certificate for the profile, or give the profile the CA file that signed "
                      "it.\n%1")
                    .arg(m_certificate.toText());
        }
        return tr("The secure connection failed and nothing was sent: %1").arg(m_detail);
    case Code::CertificateChanged:
        return tr("The server's certificate changed, so nothing was sent. Pinned: %1. Now: %2. "
                  "If the server really got a new certificate, check the new fingerprint with "
                  "its administrator and pin it again; otherwise someone may be intercepting "
                  "the connection.")
                .arg(CertificateInfo::formatFingerprint(m_pinnedSha256),
                        CertificateInfo::formatFingerprint(m_certificate.sha256));
    case Code::Timeout:
        return tr("The server did not answer in time. It may be overloaded, or a firewall drops "
                  "the connection; try again or raise the timeout.");
    case Code::Cancelled:
        return tr("Cancelled.");
    case Code::NetworkFailure:
        return tr("The connection failed: %1").arg(m_detail);
    case Code::Redirect:
        return tr("The server answered with a redirect to %1, which was not followed: the "
                  "password would have gone to another address. Use that address as the server "
                  "URL if you trust it.")
                .arg(m_detail.isEmpty() ? tr("an unnamed location") : m_detail);
    case Code::MalformedReply:
        return tr("The server's reply is not what the Matrix protocol promises (%1), so nothing "
                  "is assumed about the account. Check that the URL points at Synapse.")
                .arg(m_detail);
    case Code::ReplyTooLarge:
        return tr("The server's reply was larger than %1 MiB and was discarded. Check that the "
                  "URL points at Synapse.")
                .arg(ReplyParser::kMaxReplyBytes / (1024 * 1024));
    case Code::ServerError:
        if (m_backend == Backend::Kind::SynapseMas && !m_serverMessage.isEmpty()) {
            return tr("MAS failed with an internal error (HTTP %1); its words below say why. If "
                      "it failed while creating the user, MAS kept nothing, but the homeserver "
                      "may have the account it provisioned: try again once the cause is fixed.")
                    .arg(m_httpStatus);
        }
        if (m_httpStatus >= 502 && m_httpStatus <= 504) {
            return tr("The proxy in front of Synapse could not reach it (HTTP %1). Is Synapse "
                      "running?")
                    .arg(m_httpStatus);
        }
        if (m_backend == Backend::Kind::Tuwunel || m_backend == Backend::Kind::Dendrite) {
            return tr("%1 failed with an internal error (HTTP %2). Its log says why.")
                    .arg(Backend::title(m_backend))
                    .arg(m_httpStatus);
        }
        return tr("Synapse failed with an internal error (HTTP %1). Its log says why; a shared "
                  "secret that YAML reads as a number is a known cause.")
                .arg(m_httpStatus);
    case Code::RequestRejected:
        return tr("The server could not read the request (HTTP %1). This is a bug in Synapse "
                  "Registrar or a proxy that changed the request; please report it.")
                .arg(m_httpStatus);
    case Code::UnexpectedStatus:
        return tr("The server answered with an unexpected HTTP status %1.").arg(m_httpStatus);
    case Code::AccountIncomplete:
        return tr("MAS created \u201c%1\u201d (MAS user ID %2), but the next step failed; "
                  "so far %3. %4 Finish the remaining steps (in the app) or run the same "
                  "command again: what is done is not done twice.")
                .arg(m_masProgress.username, m_masProgress.masUserId,
                        MasProgress::stepTitle(m_masProgress.lastStep()), m_causeMessage);
    case Code::AccountMayExist:
        if (!m_signInProblem.isEmpty()) {
            return tr("The name is taken, and signing in with the password an earlier attempt "
                      "sent, to find out whether that attempt created the account, did not "
                      "work: %1 The account may still be that one: keep the password and try "
                      "again later.")
                    .arg(m_signInProblem);
        }
        return tr("The request to create the account was sent, but no definite answer came back "
                  "(%1). The account may exist now, with the password that was sent: keep that "
                  "password. Registering the name again with it is safe: a free name is created; "
                  "if it is reported as taken, sign in with the password to find out whether it "
                  "is this account.")
                .arg(whatCameBack());
    }
    return {};
}

QString RegistrationError::whatCameBack() const
{
    switch (m_causeCode) {
    case Code::Timeout:
        return tr("no answer in time");
    case Code::Cancelled:
        return tr("cancelled after it was sent");
    case Code::NetworkFailure:
        return tr("the connection ended: %1").arg(m_detail);
    case Code::ServerError:
        if (m_backend == Backend::Kind::Tuwunel || m_backend == Backend::Kind::Dendrite) {
            // Dendrite's own 500s carry {"message":…} and no errcode.
            return m_errcode.isEmpty() && m_serverMessage.isEmpty()
                    ? tr("a proxy answered HTTP %1 in place of %2")
                              .arg(QString::number(m_httpStatus), Backend::title(m_backend))
                    : tr("%1 failed with an internal error, HTTP %2; its log says why")
                              .arg(Backend::title(m_backend), QString::number(m_httpStatus));
        }
        if (m_errcode.isEmpty()) {
            return tr("a proxy answered HTTP %1 in place of Synapse").arg(m_httpStatus);
        }
        return tr("Synapse failed with an internal error, HTTP %1; its log says why")
                .arg(m_httpStatus);
    case Code::ReplyTooLarge:
        return tr("a reply too large to read");
    default:
        return tr("a success reply that cannot be read: %1").arg(m_detail);
    }
}

QString RegistrationError::serverSummary() const
{
    if (m_errcode.isEmpty() && m_serverMessage.isEmpty()) {
        return {};
    }
    QString summary = tr("Server said: %1").arg(m_httpStatus);
    if (!m_errcode.isEmpty()) {
        summary += QLatin1Char(' ') + m_errcode;
    }
    if (!m_serverMessage.isEmpty()) {
        summary += QLatin1String(": ") + m_serverMessage;
    }
    return summary;
}

QString RegistrationError::fullText() const
{
    const QString server = serverSummary();
    return server.isEmpty() ? message() : message() + QLatin1Char('\n') + server;
}

} // namespace registrar::core
