// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MasProgress.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace registrar::store {

/*!
 * How far each unfinished MAS account got (core::MasProgress), kept between runs in one small
 * JSON file, so that the same command run again, or "Finish the remaining steps", continues an
 * account instead of reporting its name as taken. An entry is removed once its account is
 * complete. No secret is written: only ULIDs, usernames and which steps are done. The file is
 * written whole and renamed into place, readable by its owner only; reading it is bounded.
 */
class MasProgressStore
{
    Q_DECLARE_TR_FUNCTIONS(MasProgressStore)

public:
    //! Reading refuses a larger file and leaves it alone.
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    explicit MasProgressStore(QString filePath);

    //! synapse-registrar/mas-progress.json in the user's data directory, for the app and the CLI.
    static QString defaultPath();

    QString filePath() const { return m_filePath; }

    //! The progress kept for \a username on the MAS at \a masUrl; nothing when none is.
    std::optional<core::MasProgress> find(const QUrl &masUrl, const QString &username) const;

    //! Keeps \a progress (its username is the key, with \a masUrl); false with \a error set.
    bool save(const QUrl &masUrl, const core::MasProgress &progress, QString *error);

    //! Forgets \a username's progress on \a masUrl; true when nothing was kept either.
    bool remove(const QUrl &masUrl, const QString &username, QString *error);

private:
    struct Entries
    {
        //! key() -> the entry as it is written: MasProgress::toJson() and the MAS URL.
        QHash<QString, QJsonObject> byKey;
        //! Elements without a username, written back as they were: not this version's to drop.
        QJsonArray unread;
    };

    static QString key(const QUrl &masUrl, const QString &username);
    //! The whole file; false with \a error set when it exists and cannot be read.
    bool load(Entries *entries, QString *error) const;
    bool store(const Entries &entries, QString *error) const;

    QString m_filePath;
};

} // namespace registrar::store
