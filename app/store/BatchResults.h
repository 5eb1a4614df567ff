// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchRowStatus.h"
#include "MasProgress.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <optional>

namespace registrar::store {

/*!
 * The results of a batch, one record a row: username, user_id, status (created, failed,
 * invalid), error, for created rows the password when it was generated, and access_token and
 * device_id when tokens were asked for, and line, the batch file's line the row starts on (rows
 * end in any order when several are in flight), and for accounts made through MAS mas_user_id (the
 * user's ULID, once MAS has it) and mas_last_step (MasProgress's words). CSV or JSON (an array of
 * such objects), by the file's extension. Each record goes to the file with one write, at once, and
 * a write that fails is undone, so a record is there whole or not at all, and a crash keeps every
 * generated password of every account created. The file and its journal hold passwords: each must
 * be a regular file of this user (never a link, a device or a pipe), and is made readable by its
 * owner only before anything is written to it. Opening an existing file keeps its records, which is
 * how a run resumes; a partial record at its end (a crash or a full disk while it was written) is
 * cut off and repairNote() says so. While open, the file is locked (an advisory lock): a second run
 * on it is refused.
 *
 * In CSV, a cell of text the tool did not make (a username, an error, what a server sent) that a
 * spreadsheet would take for a formula gets a leading single quote, as OWASP advises against CSV
 * injection; reading the file back removes it. Passwords are written as they are.
 */
class BatchResults
{
    Q_DECLARE_TR_FUNCTIONS(BatchResults)

public:
    struct Record
    {
        QString username;
        QString userId;
        core::BatchRowStatus status =
                core::BatchRowStatus::Failed; //!< Created, Failed, Invalid or Unknown
        QString error;
        QString password;
        QString accessToken;
        QString deviceId;
        qint64 line = 0; //!< the batch file's line the row starts on; 0 in older files
        QString masUserId = {}; //!< MAS's ULID for the user; empty when MAS has none
        QString masLastStep = {}; //!< MasProgress::stepName(); empty without MAS
    };

    //! The fields of a record, in the order of the CSV's columns.
    static const QStringList &fields();

    //! How the file spells \a status: "created", "failed", "invalid" ("ready" is never written).
    static QString wordOf(core::BatchRowStatus status);
    //! The status the file means by \a word; nothing for an empty or unknown word.
    static std::optional<core::BatchRowStatus> statusOf(const QString &word);

    //! Whether \a path names a results file this class can write: one ending in .csv or .json.
    static bool hasKnownFormat(const QString &path);

    /*!
     * The records of the results file at \a path, as earlier() would give them, read without
     * locking, repairing or creating it: for counting what a run would resume, also while
     * another run holds it. Empty when there is no such file; nothing, with \a error set, when
     * it cannot be read or is not a results file.
     */
    static std::optional<QHash<QString, Record>> readRecords(const QString &path, QString *error);

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

    /*!
     * Notes in the journal how far \a username's account got through MAS, after each step that
     * changed something there, so a run killed on the way resumes it from that step. No secret:
     * the password has its own entry, when it was generated.
     */
    bool appendMasProgress(
            const QString &username, const core::MasProgress &progress, QString *error);

    //! What the journal last noted of \a username's account in MAS; nothing when it noted none.
    std::optional<core::MasProgress> pendingMasProgress(const QString &username) const
    {
        const auto found = m_masProgress.constFind(username);
        return found == m_masProgress.constEnd() ? std::nullopt : std::optional(*found);
    }

    /*!
     * Removes the journal once every password and MAS progress in it has a settled record (not
     * unknown), in the file as opened or appended since; false, keeping it, while one has none
     * (a row of another batch file, say). unrecordedPending() names those rows.
     */
    bool removeJournal();

    //! The usernames whose journalled password or MAS progress has no settled record yet.
    QStringList unrecordedPending() const;

    const QString &path() const { return m_path; }

    /*!
     * What open() repaired, for the user: a partial record it cut off the end of the file; empty
     * when the file was whole.
     */
    const QString &repairNote() const { return m_repairNote; }

    const QString &journalPath() const { return m_journalPath; }

private:
    bool readEarlier(QString *error);
    bool readEarlierCsv(QByteArray bytes, QString *error);
    bool readEarlierJson(const QByteArray &bytes, QString *error);
    //! Takes the record of \a values, in the order of fields(), as the last of its username.
    void remember(const QStringList &values);
    //! Says that a partial record after \a wholeRecords whole ones is cut off.
    void notePartialRecord(qint64 wholeRecords);
    bool readJournal(QString *error);
    //! Writes one whole \a entry at the journal's end, opening it first if need be.
    bool appendToJournal(const QByteArray &entry, QString *error);

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
    qint64 m_end = 0; //!< where the file's last whole record (or its header) ends
    bool m_json = false;
    bool m_jsonEmpty = true; //!< the JSON array holds no record yet
    //! The CSV's columns: all of fields(), or fewer in a file an older version started.
    qsizetype m_csvColumns;
    QHash<QString, Record> m_earlier;
    QString m_repairNote;
    QFile m_journal;
    qint64 m_journalEnd = 0; //!< where the journal's last whole entry ends
    QHash<QString, QString> m_pending;
    QHash<QString, core::MasProgress> m_masProgress; //!< the last progress journalled, by username
    QHash<QString, core::BatchRowStatus> m_recordedNow; //!< the last status appended, by username
};

} // namespace registrar::store
