// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"

#include <QList>
#include <QObject>
#include <QSettings>

#include <memory>

namespace registrar::store {

/*!
 * The saved profiles, in the admin's order, in QSettings (organisation SynapseRegistrar,
 * application synapse-registrar) with a schema version for later migrations. Holds no secret:
 * profiles name their secret by ID only. Says when the profiles change, so that windows showing
 * them need not reload by hand.
 */
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 1;

    //! Uses \a settings, or the platform's default settings file when null.
    explicit ProfileStore(std::unique_ptr<QSettings> settings = nullptr, QObject *parent = nullptr);

    QString settingsFile() const { return m_settings->fileName(); }

    const QList<Profile> &profiles() const { return m_profiles; }

    std::optional<Profile> find(const QString &id) const;
    //! The profile of that name, compared without regard to case.
    std::optional<Profile> findByName(const QString &name) const;

    /*!
     * Why \a name cannot name a profile (empty, or taken by a profile other than \a exceptId),
     * or nothing when it can.
     */
    QString nameProblem(const QString &name, const QString &exceptId = {}) const;

    //! Adds \a profile (an ID is assigned when it has none). False when the name is taken.
    bool add(Profile &profile, QString *error);
    bool update(const Profile &profile, QString *error);
    bool remove(const QString &id);
    //! Moves the profile to \a index in the order.
    bool move(const QString &id, int index);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    /*!
     * The profiles of \a ids (all when empty) as JSON for another machine. Secrets are not
     * part of profiles, so they are not in it.
     */
    QByteArray exportJson(const QStringList &ids = {}) const;
    /*!
     * Adds the profiles of an export. A profile whose name is taken here is skipped and named in
     * \a skipped. Returns the names added, or nothing with \a error set when the file is not an
     * export of this app.
     */
    std::optional<QStringList> importJson(
            const QByteArray &json, QStringList *skipped, QString *error);
    //! The profiles of an export, not added yet; unusable ones are named in \a skipped.
    static std::optional<QList<Profile>> readExport(
            const QByteArray &json, QStringList *skipped, QString *error);
    //! Adds \a profiles as importJson() does, saving once for all of them.
    QStringList addAll(QList<Profile> profiles, QStringList *skipped);

signals:
    /*!
     * A profile was added, updated, removed or moved, or an import added some (once per
     * import). profiles() already holds the new state.
     */
    void profilesChanged();

private:
    void load();
    void save();
    bool addWithoutSaving(Profile &profile, QString *error);

    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles;
};

} // namespace registrar::store
