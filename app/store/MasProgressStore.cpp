// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasProgressStore.h"

#include "BoundedRead.h"
#include "ServerUrl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace registrar::store {

namespace {
const QString kMasUrlKey = QStringLiteral("mas_url");
} // namespace

MasProgressStore::MasProgressStore(QString filePath)
    : m_filePath(std::move(filePath))
{ }

QString MasProgressStore::defaultPath()
{
    // One file for the app and the command-line tool, whose application names differ: an
    // account either left unfinished is finished by the other.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
            .filePath(QStringLiteral("synapse-registrar/mas-progress.json"));
}

QString MasProgressStore::key(const QUrl &masUrl, const QString &username)
{
    QString path = masUrl.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    return core::ServerUrl::hostAndPort(masUrl) + path + QLatin1Char('\n') + username;
}

bool MasProgressStore::load(Entries *entries, QString *error) const
{
    QFile file(m_filePath);
    if (!file.exists()) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the MAS progress file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    QString reason;
    const std::optional<QByteArray> contents =
            core::BoundedRead::readAll(&file, kMaxFileBytes, &reason);
    if (!contents) {
        *error = tr("Cannot read the MAS progress file %1: %2").arg(m_filePath, reason);
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(*contents);
    if (!document.isArray()) {
        *error = tr("The MAS progress file %1 is not a JSON array; it was left as it is.")
                         .arg(m_filePath);
        return false;
    }
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        const QString username = core::MasProgress::fromJson(object).username;
        if (username.isEmpty()) {
            entries->unread.append(value);
        } else {
            entries->byKey.insert(key(QUrl(object.value(kMasUrlKey).toString()), username), object);
        }
    }
    return true;
}

bool MasProgressStore::store(const Entries &entries, QString *error) const
{
    QJsonArray array = entries.unread;
    for (const QJsonObject &object : entries.byKey) {
        array.append(object);
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
                tr("Cannot write the MAS progress file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    // Which accounts an admin is making is nobody else's business on a shared machine.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(array).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error =
                tr("Cannot write the MAS progress file %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

std::optional<core::MasProgress> MasProgressStore::find(
        const QUrl &masUrl, const QString &username) const
{
    Entries entries;
    QString ignored; // an unreadable file holds nothing to continue
    if (!load(&entries, &ignored)) {
        return std::nullopt;
    }
    const auto found = entries.byKey.constFind(key(masUrl, username));
    if (found == entries.byKey.constEnd()) {
        return std::nullopt;
    }
    return core::MasProgress::fromJson(*found);
}

bool MasProgressStore::save(const QUrl &masUrl, const core::MasProgress &progress, QString *error)
{
    Entries entries;
    if (!load(&entries, error)) {
        return false;
    }
    QJsonObject object = progress.toJson();
    object.insert(kMasUrlKey, masUrl.toString());
    entries.byKey.insert(key(masUrl, progress.username), object);
    return store(entries, error);
}

bool MasProgressStore::remove(const QUrl &masUrl, const QString &username, QString *error)
{
    Entries entries;
    if (!load(&entries, error)) {
        return false;
    }
    if (entries.byKey.remove(key(masUrl, username)) == 0) {
        return true;
    }
    return store(entries, error);
}

} // namespace registrar::store
