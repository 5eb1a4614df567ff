// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "Log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace registrar::store {

namespace {

const QString kExportFormat = QStringLiteral("synapse-registrar-profiles");

} // namespace

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings ? std::move(settings)
                          : std::make_unique<QSettings>(QStringLiteral("SynapseRegistrar"),
                                  QStringLiteral("synapse-registrar")))
{
    load();
}

void ProfileStore::load()
{
    m_profiles.clear();
    const int version = m_settings->value(QStringLiteral("schema_version"), 0).toInt();
    if (version > kSchemaVersion) {
        qCWarning(lcStore) << "profiles were saved by a newer version (schema" << version
                           << "); reading what this version knows";
    }
    const int count = m_settings->beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        QJsonObject json;
        for (const QString &key : m_settings->childKeys()) {
            json.insert(key, QJsonValue::fromVariant(m_settings->value(key)));
        }
        // QSettings' INI files keep every value as text.
        for (const char *flag : {"allow_insecure_http", "default_admin", "default_sign_in"}) {
            const QString key = QLatin1String(flag);
            if (json.value(key).isString()) {
                json.insert(key, json.value(key).toString() == QLatin1String("true"));
            }
        }
        if (json.value(QStringLiteral("default_password_length")).isString()) {
            json.insert(QStringLiteral("default_password_length"),
                    json.value(QStringLiteral("default_password_length")).toString().toInt());
        }
        QString error;
        if (std::optional<Profile> profile = Profile::fromJson(json, &error)) {
            m_profiles.append(*profile);
        } else {
            qCWarning(lcStore) << "skipped a saved profile:" << error;
        }
    }
    m_settings->endArray();
}

void ProfileStore::save()
{
    m_settings->setValue(QStringLiteral("schema_version"), kSchemaVersion);
    m_settings->remove(QStringLiteral("profiles"));
    m_settings->beginWriteArray(QStringLiteral("profiles"), int(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        const QJsonObject json = m_profiles.at(i).toJson();
        for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
            m_settings->setValue(it.key(), it.value().toVariant());
        }
    }
    m_settings->endArray();
    m_settings->sync();
}

std::optional<Profile> ProfileStore::find(const QString &id) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.id == id) {
            return profile;
        }
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return profile;
        }
    }
    return std::nullopt;
}

QString ProfileStore::nameProblem(const QString &name, const QString &exceptId) const
{
    if (name.trimmed().isEmpty()) {
        return tr("Give the profile a name.");
    }
    const std::optional<Profile> existing = findByName(name);
    if (existing && existing->id != exceptId) {
        return tr("A profile named \u201c%1\u201d exists already.").arg(name.trimmed());
    }
    return {};
}

bool ProfileStore::add(Profile &profile, QString *error)
{
    if (!addWithoutSaving(profile, error)) {
        return false;
    }
    save();
    emit profilesChanged();
    return true;
}

bool ProfileStore::addWithoutSaving(Profile &profile, QString *error)
{
    profile.name = profile.name.trimmed();
    if (const QString problem = nameProblem(profile.name); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (profile.id.isEmpty() || find(profile.id)) {
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    m_profiles.append(profile);
    return true;
}

bool ProfileStore::update(const Profile &profile, QString *error)
{
    if (const QString problem = nameProblem(profile.name, profile.id); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (Profile &existing : m_profiles) {
        if (existing.id == profile.id) {
            existing = profile;
            existing.name = existing.name.trimmed();
            save();
            emit profilesChanged();
            return true;
        }
    }
    *error = tr("The profile no longer exists.");
    return false;
}

bool ProfileStore::remove(const QString &id)
{
    const qsizetype before = m_profiles.size();
    m_profiles.removeIf([&id](const Profile &profile) { return profile.id == id; });
    if (m_profiles.size() == before) {
        return false;
    }
    if (lastUsedId() == id) {
        m_settings->remove(QStringLiteral("last_used_profile"));
    }
    save();
    emit profilesChanged();
    return true;
}

bool ProfileStore::move(const QString &id, int index)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            m_profiles.move(i, qBound(0, index, int(m_profiles.size()) - 1));
            save();
            emit profilesChanged();
            return true;
        }
    }
    return false;
}

QString ProfileStore::lastUsedId() const
{
    return m_settings->value(QStringLiteral("last_used_profile")).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    m_settings->setValue(QStringLiteral("last_used_profile"), id);
    m_settings->sync();
}

QByteArray ProfileStore::exportJson(const QStringList &ids) const
{
    QJsonArray profiles;
    for (const Profile &profile : m_profiles) {
        if (ids.isEmpty() || ids.contains(profile.id)) {
            profiles.append(profile.toJson());
        }
    }
    const QJsonObject document{{QStringLiteral("format"), kExportFormat},
            {QStringLiteral("version"), kSchemaVersion},
            {QStringLiteral("note"),
                    QStringLiteral("Shared secrets are not exported; enter them again on the other "
                                   "machine.")},
            {QStringLiteral("profiles"), profiles}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

std::optional<QList<Profile>> ProfileStore::readExport(
        const QByteArray &json, QStringList *skipped, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("The file is not valid JSON: %1 (at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    if (document.object().value(QStringLiteral("format")).toString() != kExportFormat) {
        *error = tr("The file is not a profile export of Synapse Registrar.");
        return std::nullopt;
    }
    QList<Profile> profiles;
    for (const QJsonValue &value : document.object().value(QStringLiteral("profiles")).toArray()) {
        QString profileError;
        if (std::optional<Profile> profile = Profile::fromJson(value.toObject(), &profileError)) {
            profiles.append(*profile);
        } else {
            skipped->append(profileError);
        }
    }
    return profiles;
}

QStringList ProfileStore::addAll(QList<Profile> profiles, QStringList *skipped)
{
    QStringList added;
    for (Profile &profile : profiles) {
        QString profileError;
        if (!addWithoutSaving(profile, &profileError)) {
            skipped->append(profileError);
            continue;
        }
        added.append(profile.name);
    }
    if (!added.isEmpty()) {
        save(); // once: saving after each profile made an import quadratic
        emit profilesChanged();
    }
    return added;
}

std::optional<QStringList> ProfileStore::importJson(
        const QByteArray &json, QStringList *skipped, QString *error)
{
    std::optional<QList<Profile>> profiles = readExport(json, skipped, error);
    if (!profiles) {
        return std::nullopt;
    }
    return addAll(std::move(*profiles), skipped);
}

} // namespace registrar::store
