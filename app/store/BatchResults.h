// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchRowStatus.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <optional>

namespace registrar::store {

/*!
 * The results of a batch, one record a row: username, user_id, status (created, failed,
 * invalid), error, and for created rows the password when it was generated, and access_token and
 * device_id when tokens were asked for. CSV or JSON (an array of such objects), by the file's
 * extension. Each record is written and flushed at once, so a crash keeps every generated
 * password of every account created. The file and its journal hold passwords: each must be a
 * regular file of this user (never a link, a device or a pipe), and is made readable by its owner
 * only before anything is written to it. Opening an existing file keeps its records, which is how
 * a run resumes. While open, the file is locked (an advisory lock): a second run on it is refused.
 */
class BatchResults
{
    Q_DECLARE_TR_FUNCTIONS(BatchResults)

public:
    struct Record
    {
        QString username;
        QString userId;
        core::BatchRowStatus status = core::BatchRowStatus::Failed; //!< Created, Failed or Invalid
        QString error;
        QString password;
        QString accessToken;
        QString deviceId;
    };

    static const QStringList &fields();

    //! How the file spells \a status: "created", "failed", "invalid" ("ready" is never written).
    static QString wordOf(core::BatchRowStatus status);
    //! The status the file means by \a word; nothing for an empty or unknown word.
    static std::optional<core::BatchRowStatus> statusOf(const QString &word);

    //! Whether \a path names a results file this class can write: one ending in .csv or .json.
    static bool hasKnownFormat(const QString &path);

    explicit BatchResults(const QString &path);
    ~BatchResults();

    bool open(QString *error);
    bool append(const Record &record, QString *error);
    //! Ends a JSON array; the file is valid JSON again. Called by the destructor too.
    void close();

    /*!
     * The last record of each username (as written in the batch file) the file held when opened.
     * A record without a status does not count; one with a word this tool does not write counts
     * as failed.
     */
    const QHash<QString, Record> &earlier() const { return m_earlier; }

    /*!
     * Notes in a journal next to the results (FILE.pending, owner-only) the generated password a
     * request is about to be sent with, so a run killed before the answer keeps it.
     */
    bool appendPending(const QString &username, const QString &password, QString *error);

    //! The password an interrupted run sent for \a username without recording the outcome.
    QString pendingPassword(const QString &username) const { return m_pending.value(username); }

    //! Removes the journal once every row has its record.
    void removeJournal();

    const QString &path() const { return m_path; }

    const QString &journalPath() const { return m_journalPath; }

private:
    bool readEarlier(QString *error);
    bool readJournal(QString *error);

    /*!
     * Whether \a path may hold passwords: it does not exist, or it is a regular file of this user
     * (the path itself, never where a link points). \a exists tells which.
     */
    static bool isPrivateFile(const QString &path, bool *exists, QString *error);
    /*!
     * Opens \a path with the POSIX \a flags into \a file without following a link, refuses what
     * isPrivateFile() refuses (checked again on what was opened), and makes it readable by its
     * owner only before anything is written to it.
     */
    static bool openPrivateFile(
            const QString &path, int flags, QIODevice::OpenMode mode, QFile *file, QString *error);

    QString m_path;
    QString m_journalPath;
    QFile m_file;
    bool m_json = false;
    bool m_firstJsonRecord = true;
    QHash<QString, Record> m_earlier;
    QFile m_journal;
    QHash<QString, QString> m_pending;
};

} // namespace registrar::store
