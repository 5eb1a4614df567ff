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

    //! Reads the file; a missing file is an empty history. False with \a error on a bad file.
    bool load(QString *error);
    //! Adds \a entry and writes the file (owner-only permissions).
    bool append(const Entry &entry, QString *error);
    //! Forgets every entry and removes the file.
    bool clear(QString *error);

private:
    bool save(QString *error) const;

    QString m_filePath;
    QList<Entry> m_entries;
};

} // namespace registrar::store
