// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace registrar::store {

/*!
 * The accounts this app created, kept across runs in a JSON file: user ID, server, time, admin
 * flag, user type. It has no field for a token or a password, so none can reach it.
 */
class AccountHistory
{
    Q_DECLARE_TR_FUNCTIONS(AccountHistory)

public:
    struct Entry
    {
        QString userId;
        QString homeServer;
        QDateTime createdAt;
        bool admin = false;
        QString userType;
    };

    //! The history in \a filePath; nothing is read until load().
    explicit AccountHistory(QString filePath);

    //! The default file in the app's data directory.
    static QString defaultFilePath();

    QString filePath() const { return m_filePath; }

    const QList<Entry> &entries() const { return m_entries; }

    /*!
     * The largest file load() reads: about half a million entries. A larger one is refused as a
     * bad file is, and left as it is.
     */
    static constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;

    /*!
     * Reads the file; a missing file is an empty history. False with \a error on a bad file,
     * which is then left as it is: until a load succeeds, nothing is written over it.
     */
    bool load(QString *error);
    //! Adds \a entry and writes the file (owner-only permissions).
    bool append(const Entry &entry, QString *error);
    /*!
     * Adds \a entries and writes the file once: a batch of many accounts is recorded in one
     * write, not one write per account. On a failed write the entries stay added in memory.
     */
    bool appendAll(const QList<Entry> &entries, QString *error);
    //! Forgets every entry and removes the file.
    bool clear(QString *error);

    //! How many times this object wrote the file: one per append() or appendAll().
    qint64 writeCount() const { return m_writeCount; }

private:
    static QByteArray serialized(const Entry &entry);
    bool save(QString *error);

    QString m_filePath;
    QList<Entry> m_entries;
    /*!
     * The file's elements as load() read them, then each entry added since as its line, each
     * followed by ",\n": a write of many thousand entries copies bytes instead of building every
     * entry's JSON again.
     */
    QByteArray m_lines;
    qsizetype m_linesCount = 0; //!< how many entries m_lines holds
    bool m_unreadable = false; //!< the last load() refused the file
    qint64 m_writeCount = 0;
};

} // namespace registrar::store
