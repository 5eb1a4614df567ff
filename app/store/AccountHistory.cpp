// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace registrar::store {

AccountHistory::AccountHistory(QString filePath)
    : m_filePath(std::move(filePath))
{ }

QString AccountHistory::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("history.json"));
}

bool AccountHistory::load(QString *error)
{
    m_entries.clear();
    QFile file(m_filePath);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the history %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isArray()) {
        *error = tr("The history %1 is not a JSON array; it was left as it is.").arg(m_filePath);
        return false;
    }
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        entry.userId = object.value(QStringLiteral("user_id")).toString();
        entry.homeServer = object.value(QStringLiteral("home_server")).toString();
        entry.createdAt = QDateTime::fromString(
                object.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
        entry.admin = object.value(QStringLiteral("admin")).toBool();
        entry.userType = object.value(QStringLiteral("user_type")).toString();
        if (!entry.userId.isEmpty()) {
            m_entries.append(entry);
        }
    }
    return true;
}

bool AccountHistory::append(const Entry &entry, QString *error)
{
    m_entries.append(entry);
    return save(error);
}

bool AccountHistory::clear(QString *error)
{
    m_entries.clear();
    if (QFile::exists(m_filePath) && !QFile::remove(m_filePath)) {
        *error = tr("Cannot remove the history %1.").arg(m_filePath);
        return false;
    }
    return true;
}

bool AccountHistory::save(QString *error) const
{
    QJsonArray array;
    for (const Entry &entry : m_entries) {
        array.append(QJsonObject{
                {QStringLiteral("user_id"), entry.userId},
                {QStringLiteral("home_server"), entry.homeServer},
                {QStringLiteral("created_at"), entry.createdAt.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("admin"), entry.admin},
                {QStringLiteral("user_type"), entry.userType},
        });
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the history %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("Cannot write the history %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    // Who was created when is nobody else's business on a shared machine.
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace registrar::store
