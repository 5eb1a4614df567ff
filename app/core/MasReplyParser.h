// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"
#include "Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVersionNumber>

#include <optional>

namespace registrar::core {

/*!
 * Reads the answers of MAS's token endpoint and admin API (../shared/docs/mas-admin-api.md
 * sections 2 to 4) with no network code. MAS's errors carry no codes, so they are told apart by
 * status first and the first title second; plain-text and HTML answers, which MAS and proxies
 * give, are reported as such. Every error comes back with the Synapse-with-MAS backend set, so
 * that its message speaks of MAS.
 */
class MasReplyParser
{
    Q_DECLARE_TR_FUNCTIONS(MasReplyParser)

public:
    //! What the token endpoint granted.
    struct TokenGrant
    {
        QByteArray accessToken;
        qint64 expiresInSeconds = 0; //!< 0: the reply named no lifetime
    };

    //! A user as MAS describes it.
    struct User
    {
        QString id; //!< ULID; empty for a lookup that found nobody
        QDateTime createdAt;
    };

    //! A personal session's token, as the admin API made it.
    struct PersonalSession
    {
        QString accessToken;
        std::optional<qint64> expiresInMs;
    };

    //! A token request's 200, or its §2.3 error.
    static Outcome<TokenGrant> parseToken(const HttpResponse &response);

    //! A user document (201 from create, 200 from by-username and set-admin).
    static Outcome<User> parseUser(const HttpResponse &response);

    /*!
     * by-username: the user; one with an empty ID when MAS has no such user (404 with MAS's
     * "not found" title), which is not an error.
     */
    static Outcome<User> parseLookup(const HttpResponse &response);

    //! set-password's 204.
    static RegistrationError parseNoContent(const HttpResponse &response);

    //! user-emails listed with a filter: whether any matched.
    static Outcome<bool> parseEmailFound(const HttpResponse &response);

    static Outcome<PersonalSession> parsePersonalSession(const HttpResponse &response);

    static Outcome<QVersionNumber> parseVersion(const HttpResponse &response);

    //! Whether the admin API refused the token only because it expired (401 Access token expired).
    static bool isExpiredToken(const HttpResponse &response);

    //! Whether MAS does not know the route: its HTML 404 (no adminapi, or an older MAS).
    static bool isUnknownRoute(const HttpResponse &response);

    //! The error for an admin API answer that is not a success.
    static RegistrationError errorFor(const HttpResponse &response);

private:
    //! The titles of MAS's {"errors":[{"title":…}]}, the error first and its causes after.
    static QStringList titles(const HttpResponse &response);
};

} // namespace registrar::core
