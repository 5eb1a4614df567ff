// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchResults.h"

#include "CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace registrar::store {

namespace {

//! The results and the journal hold passwords: readable by their owner only.
constexpr mode_t kOwnerOnly = S_IRUSR | S_IWUSR;

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
            && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        return value;
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/*!
 * Why a write to \a file just failed. A write done in part leaves Qt without an error of its own
 * ("Unknown error"), while the system's (a full disk, a file size limit) says why.
 */
QString failureOf(const QFile &file)
{
    return errno != 0 ? qt_error_string(errno) : file.errorString();
}

QStringList valuesOf(const BatchResults::Record &record)
{
    return {record.username, record.userId, BatchResults::wordOf(record.status), record.error,
            record.password, record.accessToken, record.deviceId};
}

//! The record of \a values in the order of BatchResults::fields(); nothing without a status.
std::optional<BatchResults::Record> recordOf(const QStringList &values)
{
    const QString word = values.value(2);
    if (word.isEmpty()) {
        return std::nullopt;
    }
    return BatchResults::Record{values.value(0), values.value(1),
            BatchResults::statusOf(word).value_or(core::BatchRowStatus::Failed), values.value(3),
            values.value(4), values.value(5), values.value(6)};
}

QJsonObject jsonOf(const BatchResults::Record &record)
{
    QJsonObject json;
    const QStringList values = valuesOf(record);
    for (int i = 0; i < values.size(); ++i) {
        if (!values.at(i).isEmpty() || i < 4) {
            json.insert(BatchResults::fields().at(i), values.at(i));
        }
    }
    return json;
}

} // namespace

const QStringList &BatchResults::fields()
{
    static const QStringList names{QStringLiteral("username"), QStringLiteral("user_id"),
            QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("password"),
            QStringLiteral("access_token"), QStringLiteral("device_id")};
    return names;
}

QString BatchResults::wordOf(core::BatchRowStatus status)
{
    switch (status) {
    case core::BatchRowStatus::Ready:
        return QStringLiteral("ready");
    case core::BatchRowStatus::Invalid:
        return QStringLiteral("invalid");
    case core::BatchRowStatus::Created:
        return QStringLiteral("created");
    case core::BatchRowStatus::Failed:
        return QStringLiteral("failed");
    case core::BatchRowStatus::Unknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<core::BatchRowStatus> BatchResults::statusOf(const QString &word)
{
    for (const core::BatchRowStatus status : core::kBatchRowStatuses) {
        if (word == wordOf(status)) {
            return status;
        }
    }
    return std::nullopt;
}

bool BatchResults::hasKnownFormat(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

BatchResults::BatchResults(const QString &path)
    : m_path(path)
    , m_journalPath(path + QStringLiteral(".pending"))
{
    m_json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

BatchResults::~BatchResults()
{
    close();
}

bool BatchResults::isPrivateFile(const QString &path, bool *exists, QString *error)
{
    struct stat info
    {
    };

    *exists = ::lstat(QFile::encodeName(path).constData(), &info) == 0;
    if (!*exists) {
        if (errno == ENOENT) {
            return true;
        }
        *error = tr("Cannot use %1: %2").arg(path, qt_error_string(errno));
        return false;
    }
    const QString must = tr("The results file and its journal hold passwords and must be regular "
                            "files of yours.");
    if (S_ISLNK(info.st_mode)) {
        *error = tr("%1 is a symbolic link. %2").arg(path, must);
    } else if (!S_ISREG(info.st_mode)) {
        *error = tr("%1 is not a regular file (a device, a pipe or a folder). %2").arg(path, must);
    } else if (info.st_uid != ::geteuid()) {
        *error = tr("%1 belongs to another user. %2").arg(path, must);
    } else {
        return true;
    }
    return false;
}

bool BatchResults::openPrivateFile(
        const QString &path, int flags, QIODevice::OpenMode mode, QFile *file, QString *error)
{
    bool exists = false;
    if (!isPrivateFile(path, &exists, error)) {
        return false;
    }
    // No link is followed and a pipe does not block the open; what was opened is checked again,
    // in case the path changed since it was looked at.
    const int fd = ::open(QFile::encodeName(path).constData(),
            flags | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, kOwnerOnly);
    if (fd < 0) {
        *error = tr("Cannot open %1: %2").arg(path, qt_error_string(errno));
        return false;
    }

    struct stat info
    {
    };

    bool usable = ::fstat(fd, &info) == 0;
    if (!usable) {
        *error = tr("Cannot open %1: %2").arg(path, qt_error_string(errno));
    } else if (!S_ISREG(info.st_mode) || info.st_uid != ::geteuid()) {
        usable = false;
        *error =
                tr("%1 changed while it was opened; it must be a regular file of yours.").arg(path);
    } else if ((info.st_mode & 07777) != kOwnerOnly && ::fchmod(fd, kOwnerOnly) != 0) {
        usable = false;
        *error = tr("Cannot make %1 readable by you only: %2").arg(path, qt_error_string(errno));
    } else if (::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
        usable = false;
        *error = tr("Cannot open %1: %2").arg(path, qt_error_string(errno));
    }
    if (!usable || !file->open(fd, mode, QFileDevice::AutoCloseHandle)) {
        if (usable) {
            *error = tr("Cannot open %1: %2").arg(path, file->errorString());
        }
        ::close(fd);
        return false;
    }
    return true;
}

bool BatchResults::readEarlier(QString *error)
{
    if (m_file.size() == 0) {
        return true;
    }
    // The last record of a username wins: a retried row is recorded again.
    const auto remember = [this](const QStringList &values) {
        if (const std::optional<Record> record = recordOf(values)) {
            m_earlier.insert(record->username, *record);
        } else {
            m_earlier.remove(values.value(0));
        }
    };
    if (m_json) {
        QByteArray text = m_file.readAll().trimmed();
        if (!text.endsWith(']')) {
            text += "]"; // a run that was killed before it could close the array
        }
        const QJsonDocument document = QJsonDocument::fromJson(text);
        if (!document.isArray()) {
            *error = tr("The results file %1 is not a JSON array of results; use another file.")
                             .arg(m_path);
            return false;
        }
        for (const QJsonValue &value : document.array()) {
            const QJsonObject json = value.toObject();
            QStringList values;
            for (const QString &field : fields()) {
                values.append(json.value(field).toString());
            }
            remember(values);
        }
    } else {
        core::CsvReader reader(&m_file);
        const std::optional<QStringList> header = reader.next();
        if (!header || *header != fields()) {
            *error = tr("The results file %1 is not a results file of this tool; use another file.")
                             .arg(m_path);
            return false;
        }
        while (const std::optional<QStringList> row = reader.next()) {
            if (row->size() == fields().size()) {
                remember(*row);
            }
        }
    }
    return true;
}

bool BatchResults::readJournal(QString *error)
{
    bool exists = false;
    if (!isPrivateFile(m_journalPath, &exists, error)) {
        return false;
    }
    if (!exists) {
        return true;
    }
    QFile journal;
    if (!openPrivateFile(m_journalPath, O_RDONLY, QIODevice::ReadOnly, &journal, error)) {
        return false;
    }
    core::CsvReader reader(&journal);
    while (const std::optional<QStringList> entry = reader.next()) {
        if (entry->size() == 2) {
            m_pending.insert(entry->at(0), entry->at(1));
        }
    }
    return true;
}

bool BatchResults::open(QString *error)
{
    // Both files are looked at before either is created or changed.
    bool exists = false;
    if (!isPrivateFile(m_path, &exists, error) || !isPrivateFile(m_journalPath, &exists, error)) {
        return false;
    }
    // An existing file is only ever appended to: earlier records are never rewritten.
    if (!openPrivateFile(m_path, O_RDWR | O_CREAT, QIODevice::ReadWrite, &m_file, error)) {
        return false;
    }
    // One run a file: another would garble its records and remove its journal. The kernel drops
    // the lock when its process ends, however it ends, so no stale lock is ever left behind.
    if (::flock(m_file.handle(), LOCK_EX | LOCK_NB) != 0) {
        *error = errno == EWOULDBLOCK
                ? tr("The results file %1 is in use by another run; wait for it to end or give "
                     "another file.")
                          .arg(m_path)
                : tr("Cannot lock the results file %1: %2").arg(m_path, qt_error_string(errno));
        m_file.close();
        return false;
    }
    if (!readEarlier(error) || !readJournal(error)) {
        m_file.close();
        return false;
    }
    const bool existed = m_file.size() > 0;
    if (m_json && existed) {
        // Reopen the array: cut the closing bracket (and what follows it) and append after it.
        const qint64 size = m_file.size();
        const qint64 tail = qMin<qint64>(size, 16);
        m_file.seek(size - tail);
        const QByteArray end = m_file.read(tail);
        // Only a bracket that closes the file counts; one inside the last record's text does not.
        qsizetype last = end.size() - 1;
        while (last >= 0 && QChar::isSpace(uchar(end.at(last)))) {
            --last;
        }
        if (last >= 0 && end.at(last) == ']') {
            qsizetype cut = last;
            while (cut > 0 && QChar::isSpace(uchar(end.at(cut - 1)))) {
                --cut;
            }
            m_file.resize(size - tail + cut);
        }
        m_file.seek(m_file.size());
        m_firstJsonRecord = m_earlier.isEmpty();
        if (m_earlier.isEmpty() && m_file.size() == 0) {
            m_file.write("[\n");
        }
    } else if (m_json) {
        m_file.write("[\n");
    } else if (!existed) {
        m_file.write(fields().join(QLatin1Char(',')).toUtf8() + "\r\n");
    } else {
        m_file.seek(m_file.size());
    }
    m_file.flush();
    return true;
}

bool BatchResults::append(const Record &record, QString *error)
{
    QByteArray line;
    if (m_json) {
        line = (m_firstJsonRecord ? QByteArray() : QByteArray(",\n"))
                + QJsonDocument(jsonOf(record)).toJson(QJsonDocument::Compact);
        m_firstJsonRecord = false;
    } else {
        QStringList values;
        for (const QString &value : valuesOf(record)) {
            values.append(csvField(value));
        }
        line = values.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    errno = 0;
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        *error = tr("Cannot write the results file %1: %2").arg(m_path, failureOf(m_file));
        return false;
    }
    return true;
}

bool BatchResults::appendPending(const QString &username, const QString &password, QString *error)
{
    if (!m_journal.isOpen()
            && !openPrivateFile(m_journalPath, O_WRONLY | O_APPEND | O_CREAT,
                    QIODevice::WriteOnly | QIODevice::Append, &m_journal, error)) {
        return false;
    }
    const QByteArray line =
            csvField(username).toUtf8() + ',' + csvField(password).toUtf8() + "\r\n";
    errno = 0;
    if (m_journal.write(line) != line.size() || !m_journal.flush()) {
        *error = tr("Cannot write the journal %1: %2").arg(m_journalPath, failureOf(m_journal));
        return false;
    }
    return true;
}

void BatchResults::removeJournal()
{
    m_journal.close();
    QFile::remove(m_journalPath);
    m_pending.clear();
}

void BatchResults::close()
{
    if (m_file.isOpen()) {
        if (m_json) {
            m_file.write("\n]\n");
        }
        m_file.close();
    }
}

} // namespace registrar::store
