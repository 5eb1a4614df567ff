// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace registrar::core {

/*!
 * The batch file as the check and then the run read it. A regular file is read twice from disk,
 * in constant memory. A pipe, a FIFO (`<(cat users.csv)`) or stdin can be read only once, so
 * what the check reads from it is kept in memory, up to kMaxPipedBytes, and the run reads that
 * copy: never a second read of the source, and never a copy on disk, since the file may hold
 * passwords. The copy is zeroed when the source goes.
 */
class BatchSource
{
    Q_DECLARE_TR_FUNCTIONS(BatchSource)

public:
    //! What a piped file may hold: 100,000 accounts of a few hundred bytes each.
    static constexpr qint64 kMaxPipedBytes = 64 * 1024 * 1024;

    //! \a path, or stdin for "-".
    explicit BatchSource(const QString &path);
    ~BatchSource();

    BatchSource(const BatchSource &) = delete;
    BatchSource &operator=(const BatchSource &) = delete;

    //! The name to show: the path, or "stdin".
    QString name() const;

    //! Opens the source for the check; false with \a error set (naming it) when it cannot.
    bool open(QString *error);

    //! Where to read from: the check reads the source, the run (after rewind()) reads it again.
    QIODevice *device();

    /*!
     * Makes device() start again at the first byte, for the run after the check: the file is
     * sought back, a pipe's copy read anew. False with \a error set when that cannot be done.
     */
    bool rewind(QString *error);

private:
    class KeptCopy;

    QString m_path;
    QFile m_file;
    QByteArray m_kept;
    std::unique_ptr<KeptCopy> m_keeping; //!< while the check reads a pipe
    QBuffer m_copy; //!< the run's reading of m_kept
};

} // namespace registrar::core
