// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "HttpResponse.h"
#include "Outcome.h"
#include "RegistrationResult.h"

#include <QJsonObject>

#include <optional>

namespace registrar::core {

/*!
 * Turns HTTP answers into results or typed errors, with no network code: the same functions
 * read the literal bodies of a real Synapse in the tests and live replies in the app. A reply
 * that is not what the protocol promises is reported as such, never guessed at.
 */
class ReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(ReplyParser)

public:
    //! The largest reply read: the transport stops a longer one, the parsers refuse it.
    static constexpr qint64 kMaxReplyBytes = 1024 * 1024;

    static Outcome<QString> parseNonce(
            const HttpResponse &response, Backend::Kind backend = Backend::Kind::Unknown);
    /*!
     * The registration reply of \a backend, which decides what its own errors mean (Dendrite's
     * 500 for a bad nonce is definite) and whether a 200 may leave out home_server (Dendrite's
     * does). What leaves it open whether the account was created (see
     * RegistrationError::leavesAccountOpen) comes back as Code::AccountMayExist.
     */
    static Outcome<RegistrationResult> parseRegistration(
            const HttpResponse &response, Backend::Kind backend = Backend::Kind::Unknown);
    /*!
     * Whether \a result is the account that was asked for: "@<requestedLocalpart>:<server>",
     * the server being \a knownServerName when it was known before sending, else the reply's
     * home_server. A success for any other account is a protocol error, never "created".
     */
    static RegistrationError checkCreatedAccount(const RegistrationResult &result,
            const QString &requestedLocalpart, const QString &knownServerName);
    //! A password login's 200: user_id, access_token and device_id (home_server is optional).
    static Outcome<RegistrationResult> parseLogin(const HttpResponse &response);
    static Outcome<WhoamiResult> parseWhoami(const HttpResponse &response);
    //! No error when the token's session was ended.
    static RegistrationError parseLogout(const HttpResponse &response);

    /*!
     * The error for a response that is not a success: a transport failure, a redirect, a Matrix
     * error (mapped by status and errcode) or a page that is not Synapse's.
     */
    static RegistrationError errorFor(const HttpResponse &response);

    //! The body as a JSON object, or nothing when it is not one.
    static std::optional<QJsonObject> jsonObject(const QByteArray &body);

private:
    static Outcome<RegistrationResult> readRegistration(
            const HttpResponse &response, Backend::Kind backend);
    //! errorFor() with what a refusal of the registration endpoint means on \a backend.
    static RegistrationError registrationErrorFor(
            const HttpResponse &response, Backend::Kind backend);
};

} // namespace registrar::core
