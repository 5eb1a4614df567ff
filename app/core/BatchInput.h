// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvReader.h"
#include "MasProgress.h"
#include "RegistrationRequest.h"

#include <QHash>
#include <QSet>

namespace registrar::core {

//! One data row of a batch file, read and checked.
struct BatchRow
{
    qint64 line = 0; //!< where the row starts in the file
    QString username; //!< as written in the file
    RegistrationRequest request;
    bool passwordGenerated = false;
    QStringList problems; //!< why the row is invalid; empty for a valid row
    //! An earlier run sent this row with this password and did not learn the outcome.
    bool mayExist = false;

    //! For a row that mayExist and was taken: whether its password signs in to the account.
    enum class SignIn { NotTried, Confirmed, Refused };
    SignIn signIn = SignIn::NotTried;
    QString signInNote; //!< why the check's own device could not be signed out, if it could not

    //! Through MAS: how far an earlier run got with this account, and then how far this one got.
    MasProgress masProgress;
    //! Through MAS: what did not happen though the account was made, in words for the admin.
    QStringList warnings;

    bool isValid() const { return problems.isEmpty(); }
};

/*!
 * Reads a batch CSV: a header naming the columns (username, required; displayname, password,
 * admin, user_type, email; any case), then one account a row. Each row is checked by the core's
 * rules, for its admin value, its user ID's server, its email addresses, and against the rows
 * before it for duplicates (usernames and addresses). Streams the file; only a hash of each
 * localpart and address seen is remembered, for the duplicate check.
 *
 * The email column (for accounts made through MAS) holds any number of addresses, separated by
 * semicolons or commas ("ann@example.org; ann@work.example"), as mail programs list them;
 * neither appears in an address outside a quoted local part, which MAS does not take anyway.
 */
class BatchInput
{
    Q_DECLARE_TR_FUNCTIONS(BatchInput)

public:
    /*!
     * The most one field and one row may hold. A field is a username, a password or a display
     * name, each far shorter than this, and still long enough for the core's checks to name one
     * that is too long; more is not a file of accounts (/dev/zero, a file with no line breaks),
     * which must end in a message, not in all the memory there is.
     */
    static constexpr qsizetype kMaxFieldBytes = 8 * 1024;
    static constexpr qsizetype kMaxRowBytes = 64 * 1024;

    /*!
     * \a serverName, when known, checks full user IDs and the user-ID length; rows without a
     * password get one of \a passwordLength characters when \a generatePasswords is set.
     */
    BatchInput(QIODevice *device, const QString &serverName, int passwordLength,
            bool generatePasswords);

    //! Reads the header; false with error() set when a column is missing or unknown.
    bool readHeader();
    //! The next row, or nothing at the end of the file or on a CSV error (see error()).
    std::optional<BatchRow> next();

    QString error() const { return m_error; }

    static const QStringList &columns();
    //! true/false, yes/no, 1/0 or empty (false), any case; nothing for anything else.
    static std::optional<bool> parseAdmin(const QString &text);

private:
    CsvReader m_reader;
    QString m_serverName;
    int m_passwordLength;
    bool m_generatePasswords;
    QHash<QString, int> m_columnOf;
    qsizetype m_columnCount = 0;
    //! 64-bit hashes of the localparts seen: a few bytes a row, so 100,000 rows stay small.
    QSet<size_t> m_seen;
    QSet<size_t> m_seenEmails; //!< likewise for the addresses, lowercased
    QString m_error;
};

} // namespace registrar::core

Q_DECLARE_METATYPE(registrar::core::BatchRow)
