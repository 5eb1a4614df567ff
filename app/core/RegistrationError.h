// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "CertificateInfo.h"
#include "MasProgress.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace registrar::core {

/*!
 * Every way a registration, a server check or a token call can fail, as a value: a code, the
 * HTTP status and Matrix errcode/error when the server sent them, and a sentence for the user
 * that says what happened and what to do (message()). Errors are mapped from the status and the
 * errcode, never from the error text alone (it changed between Synapse versions).
 */
class RegistrationError
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(RegistrationError)

public:
    enum class Code {
        None,
        // Stopped before anything was sent.
        InvalidInput,
        InvalidUrl,
        InsecureHttp,
        TrustNeedsTls, //!< a pinned certificate or CA file for an http:// URL
        CaFileUnusable, //!< missing, unreadable or without a PEM certificate; detail() says which
        SecretMissing, //!< no shared secret is stored for the profile
        SecretUnavailable, //!< the keychain cannot be reached; detail() says why
        // The server refused this account.
        UsernameTaken,
        UsernameInvalid,
        UsernameReserved,
        UserTypeInvalid,
        PasswordInvalid,
        RateLimited,
        // The server refused us: secret, configuration, endpoint.
        SharedSecretDisabled,
        MacRejected,
        NonceRejected,
        EndpointUnavailable,
        //! Authentication is delegated to MAS, which creates the accounts; detail() is its URL.
        DelegatedToMas,
        EndpointUnknown,
        AdminApiNotProxied,
        AccessTokenRejected,
        // MAS's token endpoint and admin API refused us: its configuration.
        MasClientRejected, //!< unknown client, wrong secret or auth method, no client_credentials
        MasNotAdminClient, //!< the client is not in policy.data.admin_clients
        MasAdminTokenRejected, //!< the admin API refused our token (unknown, revoked, no scope)
        MasAdminApiMissing, //!< no listener serves adminapi, or MAS is older than the call
        PasswordLoginDisabled, //!< MAS has passwords.enabled: false
        MasFeatureMissing, //!< this MAS version lacks what was asked; detail() says what
        // The network.
        ConnectionRefused,
        HostNotFound,
        TlsFailure,
        CertificateChanged,
        Timeout,
        Cancelled,
        NetworkFailure,
        // The reply is not what the protocol says.
        Redirect,
        MalformedReply,
        ReplyTooLarge,
        ServerError,
        RequestRejected,
        UnexpectedStatus,
        // The request to create the account was sent and no definite answer came back.
        AccountMayExist, //!< causeCode() says what happened instead of an answer
        //! MAS has the account, but a later step failed; causeCode() and masProgress() say which.
        AccountIncomplete,
    };
    Q_ENUM(Code)

    //! The families of errors; their numbers are the command-line tool's exit codes.
    enum class Category {
        None = 0,
        Input = 1,
        Account = 2,
        Authorisation = 3,
        Network = 4,
        Protocol = 5,
        MayExist = 6, //!< the account may have been created: the outcome is not known
    };
    Q_ENUM(Category)

    RegistrationError() = default;
    explicit RegistrationError(Code code, QString detail = {});

    static RegistrationError fromServer(
            Code code, int httpStatus, const QString &errcode, const QString &serverMessage);

    /*!
     * The registration POST was sent, and \a cause (a timeout, a closed connection, a proxy's
     * 502/503/504, a 200 that cannot be read, a cancel) is all that came back: the server may
     * have created the account.
     */
    static RegistrationError accountMayExist(const RegistrationError &cause);

    /*!
     * The name is taken, and signing in with the password an earlier attempt sent, to find out
     * whether it made the account, gave no answer either way: \a cause says why. Still
     * AccountMayExist.
     */
    static RegistrationError signInCheckFailed(const RegistrationError &cause);

    /*!
     * Whether \a cause, the answer to a registration POST, leaves it open whether the account was
     * created; a refusal, a redirect or a connection never made does not.
     */
    static bool leavesAccountOpen(const RegistrationError &cause);

    /*!
     * MAS has the account \a progress describes, and the next step failed with \a cause:
     * the account exists with what is done. Exit code 6, as the account is not what was asked.
     */
    static RegistrationError accountIncomplete(
            const RegistrationError &cause, const MasProgress &progress);

    bool isError() const { return m_code != Code::None; }

    Code code() const { return m_code; }

    //! For AccountMayExist and AccountIncomplete: what came back instead of an answer.
    Code causeCode() const { return m_causeCode; }

    //! For MAS: how far the account got; for AccountIncomplete where it stopped.
    const MasProgress &masProgress() const { return m_masProgress; }

    void setMasProgress(const MasProgress &progress) { m_masProgress = progress; }

    Category category() const;

    int exitCode() const { return int(category()); }

    int httpStatus() const { return m_httpStatus; }

    QString errcode() const { return m_errcode; }

    QString serverMessage() const { return m_serverMessage; }

    //! Extra facts: the redirect target, the host, the transport's words, which check failed.
    QString detail() const { return m_detail; }

    qint64 retryAfterMs() const { return m_retryAfterMs; }

    //! The server's certificate, for TLS failures: what the admin may choose to trust.
    const CertificateInfo &certificate() const { return m_certificate; }

    QByteArray pinnedSha256() const { return m_pinnedSha256; }

    void setHttpStatus(int status) { m_httpStatus = status; }

    //! The server software that answered, so that message() gives its own configuration words.
    void setBackend(Backend::Kind backend) { m_backend = backend; }

    Backend::Kind backend() const { return m_backend; }

    void setDetail(const QString &detail) { m_detail = detail; }

    //! Replaces the server's errcode and error text, for a copy that shows them differently.
    void setServerText(const QString &errcode, const QString &serverMessage)
    {
        m_errcode = errcode;
        m_serverMessage = serverMessage;
    }

    void setRetryAfterMs(qint64 ms) { m_retryAfterMs = ms; }

    void setCertificate(const CertificateInfo &certificate, const QByteArray &pinnedSha256 = {})
    {
        m_certificate = certificate;
        m_pinnedSha256 = pinnedSha256;
    }

    //! What happened and what to do, in one or two sentences, translated.
    QString message() const;

    //! The server's own words, when it sent any: "400 M_USER_IN_USE: User ID already taken."
    QString serverSummary() const;

    //! message() followed by serverSummary() when there is one.
    QString fullText() const;

    //! For AccountMayExist: a few words on what came back instead of an answer.
    QString whatCameBack() const;

    //! For AccountMayExist: whether it comes from signInCheckFailed().
    bool isFromSignInCheck() const { return !m_signInProblem.isEmpty(); }

private:
    Code m_code = Code::None;
    Code m_causeCode = Code::None;
    QString m_signInProblem; //!< for signInCheckFailed(): the check's own error, in words
    QString m_causeMessage; //!< for accountIncomplete(): what the failed step's error said
    int m_httpStatus = 0;
    Backend::Kind m_backend = Backend::Kind::Unknown;
    QString m_errcode;
    QString m_serverMessage;
    QString m_detail;
    qint64 m_retryAfterMs = -1;
    CertificateInfo m_certificate;
    QByteArray m_pinnedSha256;
    MasProgress m_masProgress;
};

} // namespace registrar::core

Q_DECLARE_METATYPE(registrar::core::RegistrationError)
