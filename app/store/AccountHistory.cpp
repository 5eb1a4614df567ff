// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountHistory.h"

#include "BoundedRead.h"

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
    m_lines.clear();
    m_linesCount = 0;
    m_unreadable = false;
    QFile file(m_filePath);
    if (!file.exists()) {
        return true;
    }
    // Whatever stops the read, the file is not written over: it may hold what was not read.
    m_unreadable = true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the history %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    QString reason;
    const std::optional<QByteArray> contents =
            core::BoundedRead::readAll(&file, kMaxFileBytes, &reason);
    if (!contents) {
        *error = tr("Cannot read the history %1: %2").arg(m_filePath, reason);
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(*contents);
    if (!document.isArray()) {
        *error = tr("The history %1 is not a JSON array; it was left as it is.").arg(m_filePath);
        return false;
    }
    m_unreadable = false;
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
    // The next write starts from the file's own text, between its brackets: writing again what
    // was read costs a copy, not a second serialization of every entry read.
    const QByteArray text = contents->trimmed();
    const QByteArray inside = text.mid(1, text.size() - 2).trimmed();
    m_lines = inside.isEmpty() ? QByteArray() : inside + ",\n";
    m_linesCount = m_entries.size();
    return true;
}

bool AccountHistory::append(const Entry &entry, QString *error)
{
    return appendAll({entry}, error);
}

bool AccountHistory::appendAll(const QList<Entry> &entries, QString *error)
{
    m_entries.append(entries);
    return save(error);
}

bool AccountHistory::clear(QString *error)
{
    m_entries.clear();
    m_lines.clear();
    m_linesCount = 0;
    m_unreadable = false;
    if (QFile::exists(m_filePath) && !QFile::remove(m_filePath)) {
        *error = tr("Cannot remove the history %1.").arg(m_filePath);
        return false;
    }
    return true;
}

QByteArray AccountHistory::serialized(const Entry &entry)
{
    return QJsonDocument(
            QJsonObject{
                    {QStringLiteral("user_id"), entry.userId},
                    {QStringLiteral("home_server"), entry.homeServer},
                    {QStringLiteral("created_at"), entry.createdAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("admin"), entry.admin},
                    {QStringLiteral("user_type"), entry.userType},
            })
            .toJson(QJsonDocument::Compact);
}

bool AccountHistory::save(QString *error)
{
    if (m_unreadable) {
        *error = tr("The history %1 could not be read, so it was not written: it may hold "
                    "accounts this list does not show.")
                         .arg(m_filePath);
        return false;
    }
    for (; m_linesCount < m_entries.size(); ++m_linesCount) {
        m_lines += serialized(m_entries.at(m_linesCount)) + ",\n";
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write the history %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    // One entry a line, so that a look at the file, or a diff of two, reads well.
    file.write("[\n");
    file.write(m_lines.constData(), qMax<qsizetype>(0, m_lines.size() - 2));
    file.write(m_lines.isEmpty() ? "]\n" : "\n]\n");
    ++m_writeCount;
    if (!file.commit()) {
        *error = tr("Cannot write the history %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    // Who was created when is nobody else's business on a shared machine.
    QFile::setPermissions(m_filePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace registrar::store
