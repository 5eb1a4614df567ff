// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InputProblem.h"

#include <QCoreApplication>

#include <optional>

namespace registrar::core {

//! What UsernameRules::check() made of a username as typed.
struct UsernameCheck
{
    QString localpart; //!< lowercased, without "@" and ":server"; what is sent and signed
    QString serverName; //!< the server part when a full user ID was typed, else empty
    QList<InputProblem> problems;

    bool isBlocked() const { return InputProblem::anyBlocking(problems); }
};

/*!
 * Synapse's rules for a new localpart, applied before anything is sent so that a typo does not
 * cost a round trip and a nonce. Blocking: what no Synapse accepts. Warnings: what only some
 * versions or configurations accept (a leading "_", "+"), and the lowercasing we do ourselves.
 */
class UsernameRules
{
    Q_DECLARE_TR_FUNCTIONS(UsernameRules)

public:
    static constexpr int kMaxCodePoints = 512;
    static constexpr int kMaxUserIdLength = 255;

    /*!
     * Checks \a input, a localpart or a full user ID "@name:server". \a knownServerName, when not
     * empty, enables the 255-character check of the full user ID and the check that a full user
     * ID belongs to that server.
     */
    static UsernameCheck check(const QString &input, const QString &knownServerName = {});

    /*!
     * A full user ID when no server name is known before sending: nothing could tell whether
     * it names the server the account would be created on, so it is refused. Nothing for a
     * localpart, or when \a knownServerName is known (check() then compares the two).
     */
    static std::optional<InputProblem> userIdOfUnknownServer(
            const QString &input, const QString &knownServerName);

    //! True for the characters every Synapse version accepts in a lowercased localpart.
    static bool isPortableCharacter(char32_t codePoint);

    //! The full user ID "@localpart:serverName".
    static QString userId(const QString &localpart, const QString &serverName);
};

} // namespace registrar::core
