// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchInput.h"
#include "BatchSource.h"

#include <functional>

namespace registrar::core {

/*!
 * The check of a batch file before a run, the same in the app and the CLI: opens the file, reads
 * its header and every row by BatchInput's rules, and counts the accounts and the admins a run
 * would create. Nothing is generated or sent.
 */
class BatchFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(BatchFileCheck)

public:
    struct Counts
    {
        qint64 rows = 0;
        qint64 valid = 0;
        qint64 admins = 0; //!< among the valid rows

        qint64 invalid() const { return rows - valid; }
    };

    //! Gets every row as it is read, valid or not.
    using RowVisitor = std::function<void(const BatchRow &row)>;

    /*!
     * Opens \a source for reading and checks it, reading it to its end, so that a run can
     * read it again after BatchSource::rewind(); \a serverName and \a passwordLength as for
     * BatchInput. \a counts is reset once the header is read and then counts each row read.
     * False with \a error set when the file cannot be read, its header is wrong or a row is not
     * CSV; the rows up to there have been counted and visited.
     */
    static bool check(BatchSource *source, const QString &serverName, int passwordLength,
            const RowVisitor &visit, Counts *counts, QString *error);
};

} // namespace registrar::core
