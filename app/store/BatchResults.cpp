// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchResults.h"

#include "CsvReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace registrar::store {

namespace {

//! The results and the journal hold passwords: readable by their owner only.
constexpr mode_t kOwnerOnly = S_IRUSR | S_IWUSR;

//! Where each field is in BatchResults::fields() and in a CSV record.
enum Field {
    Username,
    UserId,
    Status,
    Error,
    Password,
    AccessToken,
    DeviceId,
    Line,
    MasUserId,
    MasLastStep,
    FieldCount
};

//! The columns of the results CSVs of older versions: without the line, then without MAS's.
constexpr qsizetype kOlderColumnCounts[] = {Line, MasUserId};

//! The second field of a journal entry with a MAS account's progress (the first is the username).
const QString kMasProgressEntry = QStringLiteral("mas");

const QByteArray kUtf8Bom("\xef\xbb\xbf");

/*!
 * Whether a CSV cell of \a field holds text the tool did not make: what the batch file or a
 * server gave. Such a cell never starts a spreadsheet formula. The status and the line are the
 * tool's own, and a password is the account's, written as it is.
 */
bool isForeignText(qsizetype field)
{
    // A user ID is recorded only once it is checked to be the one asked for, so it stays as it
    // is: scripts read that column, and its few characters cannot make a formula. So does a MAS
    // user ID, which is a ULID, checked as one before it is kept.
    return field == Username || field == Error || field == AccessToken || field == DeviceId;
}

//! What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
bool startsFormula(QChar c)
{
    return QStringView(u"=+-@\t\r").contains(c);
}

/*!
 * Whether \a text gets a leading single quote in the CSV: it would start a formula, or it starts
 * with a quote that marks such a cell, so reading back always gives the text that was written.
 */
bool isNeutralised(QStringView text)
{
    if (text.isEmpty()) {
        return false;
    }
    return startsFormula(text.front())
            || (text.front() == u'\'' && text.size() > 1
                    && (startsFormula(text.at(1)) || text.at(1) == u'\''));
}

//! The text a cell written by csvField() with \a neutralise holds; the inverse of neutralising.
QString textOfCell(const QString &cell)
{
    // A cell that starts with a quote before a formula character, or before another quote, was
    // neutralised; any other leading quote is part of the text.
    if (cell.startsWith(QLatin1Char('\'')) && isNeutralised(QStringView(cell).mid(1))) {
        return cell.mid(1);
    }
    return cell;
}

/*!
 * \a value as one CSV field, quoted when it must be. With \a neutralise, a value a spreadsheet
 * would run as a formula gets a leading single quote and is quoted (as OWASP advises).
 */
QByteArray csvField(const QString &value, bool neutralise)
{
    const bool formula = neutralise && isNeutralised(value);
    if (!formula && !value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
            && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r'))) {
        return value.toUtf8();
    }
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + QByteArray(formula ? "'" : "") + quoted.toUtf8() + '"';
}

/*!
 * Where the last whole record of CSV \a bytes ends: just after its line break, the last one
 * outside quotes. What follows is a record cut short, or nothing.
 */
qsizetype wholeCsvRecordsEnd(const QByteArray &bytes)
{
    qsizetype end = 0;
    bool quoted = false;
    bool fieldStart = true;
    bool quoteClosed = false; // just after a closing quote, where a second one is a doubled quote
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"') {
                quoted = false;
                quoteClosed = true;
            }
            continue;
        }
        if (c == '"' && (fieldStart || quoteClosed)) {
            quoted = true;
            fieldStart = false;
            quoteClosed = false;
            continue;
        }
        quoteClosed = false;
        if (c == ',') {
            fieldStart = true;
        } else if (c == '\n') {
            fieldStart = true;
            end = i + 1;
        } else if (c != '\r') {
            fieldStart = false;
        }
    }
    return end;
}

//! Where a results array's parts are in JSON text: its records are objects at the top level.
struct JsonShape
{
    qsizetype lastObjectEnd = -1; //!< just after the last whole object in the array
    qsizetype arrayOpened = -1; //!< just after the opening bracket
    qsizetype arrayClosed = -1; //!< at the closing bracket
};

JsonShape shapeOf(const QByteArray &text)
{
    JsonShape shape;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (depth == 0 && c == '[' && shape.arrayOpened < 0) {
                shape.arrayOpened = i + 1;
            }
            ++depth;
        } else if (c == ']' || c == '}') {
            --depth;
            if (depth == 1 && c == '}') {
                shape.lastObjectEnd = i + 1;
            } else if (depth <= 0) {
                shape.arrayClosed = i;
                break;
            }
        }
    }
    return shape;
}

/*!
 * Writes \a bytes at \a offset of \a fd, in one write unless the disk fills on the way. A record
 * is there whole or not at all: when a write fails, what it put there is cut off again. Returns
 * the error, 0 when all was written.
 */
int writeWhole(int fd, qint64 offset, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t wrote = ::pwrite(fd, bytes.constData() + written,
                size_t(bytes.size() - written), off_t(offset + written));
        if (wrote < 0 && errno == EINTR) {
            continue;
        }
        if (wrote <= 0) {
            const int failure = wrote < 0 ? errno : ENOSPC;
            if (written > 0 && ::ftruncate(fd, off_t(offset)) != 0) {
                // Left as it is: the next open cuts the partial record off.
            }
            return failure;
        }
        written += wrote;
    }
    return 0;
}

QStringList valuesOf(const BatchResults::Record &record)
{
    return {record.username, record.userId, BatchResults::wordOf(record.status), record.error,
            record.password, record.accessToken, record.deviceId,
            record.line > 0 ? QString::number(record.line) : QString(), record.masUserId,
            record.masLastStep};
}

//! The record of \a values in the order of BatchResults::fields(); nothing without a status.
std::optional<BatchResults::Record> recordOf(const QStringList &values)
{
    const QString word = values.value(Status);
    if (word.isEmpty()) {
        return std::nullopt;
    }
    return BatchResults::Record{values.value(Username), values.value(UserId),
            BatchResults::statusOf(word).value_or(core::BatchRowStatus::Failed),
            values.value(Error), values.value(Password), values.value(AccessToken),
            values.value(DeviceId), values.value(Line).toLongLong(), values.value(MasUserId),
            values.value(MasLastStep)};
}

QJsonObject jsonOf(const BatchResults::Record &record)
{
    QJsonObject json;
    const QStringList values = valuesOf(record);
    for (qsizetype i = 0; i < Line; ++i) {
        if (!values.at(i).isEmpty() || i <= Error) {
            json.insert(BatchResults::fields().at(i), values.at(i));
        }
    }
    if (record.line > 0) {
        json.insert(BatchResults::fields().at(Line), record.line);
    }
    for (const qsizetype field : {MasUserId, MasLastStep}) {
        if (!values.at(field).isEmpty()) {
            json.insert(BatchResults::fields().at(field), values.at(field));
        }
    }
    return json;
}

} // namespace

const QStringList &BatchResults::fields()
{
    static const QStringList names{QStringLiteral("username"), QStringLiteral("user_id"),
            QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("password"),
            QStringLiteral("access_token"), QStringLiteral("device_id"), QStringLiteral("line"),
            QStringLiteral("mas_user_id"), QStringLiteral("mas_last_step")};
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

std::optional<QHash<QString, BatchResults::Record>> BatchResults::readRecords(
        const QString &path, QString *error)
{
    bool exists = false;
    if (!isPrivateFile(path, &exists, error)) {
        return std::nullopt;
    }
    if (!exists) {
        return QHash<QString, Record>();
    }
    BatchResults reader(path);
    const bool read = openPrivateFile(path, O_RDONLY, QIODevice::ReadOnly, &reader.m_file, error)
            && reader.readEarlier(error);
    reader.m_file.close(); // before close() could end a JSON array in a file opened to read
    if (!read) {
        return std::nullopt;
    }
    return reader.m_earlier;
}

BatchResults::BatchResults(const QString &path)
    : m_path(path)
    , m_journalPath(path + QStringLiteral(".pending"))
    , m_csvColumns(fields().size())
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

void BatchResults::remember(const QStringList &values)
{
    // The last record of a username wins: a retried row is recorded again.
    if (const std::optional<Record> record = recordOf(values)) {
        m_earlier.insert(record->username, *record);
    } else {
        m_earlier.remove(values.value(Username));
    }
}

void BatchResults::notePartialRecord(qint64 wholeRecords)
{
    m_repairNote = tr("The results file %1 ended in a partial record, as a full disk or an "
                      "interrupted run leaves it: the partial record was cut off, and the %n "
                      "whole record(s) before it are kept. Its row has no record, so it runs "
                      "again, with the password the journal %2 kept for it if one was generated.",
            nullptr, int(wholeRecords))
                           .arg(m_path, m_journalPath);
}

bool BatchResults::readEarlier(QString *error)
{
    const QByteArray bytes = m_file.readAll();
    return m_json ? readEarlierJson(bytes, error) : readEarlierCsv(bytes, error);
}

bool BatchResults::readEarlierCsv(QByteArray bytes, QString *error)
{
    if (bytes.isEmpty()) {
        return true;
    }
    QList<QByteArray> headers{fields().join(QLatin1Char(',')).toUtf8()};
    for (const qsizetype columns : kOlderColumnCounts) {
        headers.append(fields().mid(0, columns).join(QLatin1Char(',')).toUtf8());
    }
    const qsizetype bom = bytes.startsWith(kUtf8Bom) ? kUtf8Bom.size() : 0;
    const qsizetype headerEnd = bytes.indexOf('\n', bom);
    const QString notOurs =
            tr("The results file %1 is not a results file of this tool; use another file.")
                    .arg(m_path);
    if (headerEnd < 0) {
        // Not even a whole header: a run that stopped while writing it, so nothing to keep.
        const QByteArray start = bytes.mid(bom);
        if (std::none_of(headers.cbegin(), headers.cend(), [&start](const QByteArray &header) {
                return (header + "\r\n").startsWith(start);
            })) {
            *error = notOurs;
            return false;
        }
        m_end = 0;
        return true;
    }
    QByteArray first = bytes.mid(bom, headerEnd - bom);
    if (first.endsWith('\r')) {
        first.chop(1);
    }
    if (!headers.contains(first)) {
        *error = notOurs;
        return false;
    }
    // A file of an older version keeps its columns: its records get no line, or no MAS user ID
    // and last step (a row that stopped on the way says both in its error).
    m_csvColumns = first.count(',') + 1;
    const qsizetype columns = m_csvColumns;

    // Only whole records are read: one cut short at the end is never glued onto the next.
    const qsizetype whole = wholeCsvRecordsEnd(bytes);
    const bool cut = whole < bytes.size();
    bytes.truncate(whole);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    core::CsvReader reader(&buffer);
    reader.next(); // the header, checked above
    qint64 records = 0;
    while (const std::optional<QStringList> row = reader.next()) {
        if (row->size() != columns) {
            continue;
        }
        QStringList values;
        for (qsizetype i = 0; i < columns; ++i) {
            values.append(isForeignText(i) ? textOfCell(row->at(i)) : row->at(i));
        }
        remember(values);
        ++records;
    }
    if (!reader.error().isEmpty()) {
        *error = tr("The results file %1 cannot be read: %2 If an earlier run wrote it, it holds "
                    "the passwords of the accounts it records: keep it, and do not start again "
                    "with another results file (those accounts would then be taken, with no "
                    "password for them). Mend that line from a copy or in a text editor, then run "
                    "again with this file.")
                         .arg(m_path, reader.error());
        return false;
    }
    m_end = whole;
    if (cut) {
        notePartialRecord(records);
    }
    return true;
}

bool BatchResults::readEarlierJson(const QByteArray &bytes, QString *error)
{
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.isEmpty()) {
        return true;
    }
    const auto refuse = [this, error](const QString &why) {
        *error = tr("The results file %1 cannot be read as results of this tool: %2. If an "
                    "earlier run wrote it, it holds the passwords of the accounts it records: "
                    "keep it, and do not start again with another results file (those accounts "
                    "would then be taken, with no password for them). Mend it from a copy or in "
                    "a text editor, then run again with this file. Otherwise give another file.")
                         .arg(m_path, why);
        return false;
    };
    if (!trimmed.startsWith('[')) {
        return refuse(tr("it is not a JSON array"));
    }
    const JsonShape shape = shapeOf(bytes);
    QByteArray text;
    bool cut = false;
    if (shape.arrayClosed >= 0) {
        if (!bytes.mid(shape.arrayClosed + 1).trimmed().isEmpty()) {
            return refuse(
                    tr("text follows the end of the array at byte %1").arg(shape.arrayClosed + 1));
        }
        text = bytes.left(shape.arrayClosed + 1);
    } else {
        // A run that stopped before it closed the array: read up to its last whole record, and
        // cut off what follows, a partial record never glued onto the next.
        const qsizetype whole = shape.lastObjectEnd >= 0 ? shape.lastObjectEnd : shape.arrayOpened;
        cut = !bytes.mid(whole).trimmed().isEmpty();
        text = bytes.left(whole) + ']';
    }
    QJsonParseError parsed{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &parsed);
    if (parsed.error != QJsonParseError::NoError) {
        return refuse(tr("%1 at byte %2").arg(parsed.errorString()).arg(parsed.offset));
    }
    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            return refuse(tr("its element %1 is not an object").arg(i + 1));
        }
        const QJsonObject json = array.at(i).toObject();
        QStringList values;
        for (qsizetype field = 0; field < FieldCount; ++field) {
            values.append(field == Line
                            ? QString::number(json.value(fields().at(field)).toInteger())
                            : json.value(fields().at(field)).toString());
        }
        remember(values);
    }
    m_jsonEmpty = array.isEmpty();
    m_end = m_jsonEmpty ? 0 : shape.lastObjectEnd;
    if (cut) {
        notePartialRecord(array.size());
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
    // An entry cut short is left out (and cut off before the next is written): its request was
    // never sent, since a request waits for its entry to be written.
    QByteArray entries = journal.readAll();
    m_journalEnd = wholeCsvRecordsEnd(entries);
    entries.truncate(m_journalEnd);
    QBuffer buffer(&entries);
    buffer.open(QIODevice::ReadOnly);
    core::CsvReader reader(&buffer);
    while (const std::optional<QStringList> entry = reader.next()) {
        if (entry->size() == 2) {
            m_pending.insert(entry->at(0), entry->at(1));
        } else if (entry->size() == 3 && entry->at(1) == kMasProgressEntry) {
            // The last entry of a username is how far its account got.
            m_masProgress.insert(entry->at(0),
                    core::MasProgress::fromJson(
                            QJsonDocument::fromJson(entry->at(2).toUtf8()).object()));
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
    // Records go after the last whole one: what follows it (a JSON array's closing bracket, a
    // partial record) is cut off. A file without any starts again with its header.
    const int fd = m_file.handle();
    int failure = m_file.size() > m_end && ::ftruncate(fd, off_t(m_end)) != 0 ? errno : 0;
    if (failure == 0 && m_end == 0) {
        m_csvColumns = FieldCount;
        const QByteArray start = m_json
                ? QByteArray("[\n")
                : fields().join(QLatin1Char(',')).toUtf8() + QByteArray("\r\n");
        failure = writeWhole(fd, 0, start);
        m_end = start.size();
    }
    if (failure != 0) {
        *error = tr("Cannot write the results file %1: %2").arg(m_path, qt_error_string(failure));
        m_file.close();
        return false;
    }
    return true;
}

bool BatchResults::append(const Record &record, QString *error)
{
    QByteArray bytes;
    if (m_json) {
        bytes = (m_jsonEmpty ? QByteArray() : QByteArray(",\n"))
                + QJsonDocument(jsonOf(record)).toJson(QJsonDocument::Compact);
    } else {
        const QStringList values = valuesOf(record);
        for (qsizetype i = 0; i < m_csvColumns; ++i) {
            bytes += (i > 0 ? "," : "") + csvField(values.at(i), isForeignText(i));
        }
        bytes += "\r\n";
    }
    if (const int failure = writeWhole(m_file.handle(), m_end, bytes)) {
        *error = tr("Cannot write the results file %1: %2").arg(m_path, qt_error_string(failure));
        return false;
    }
    m_end += bytes.size();
    m_jsonEmpty = false;
    m_recordedNow.insert(record.username, record.status);
    return true;
}

bool BatchResults::appendPending(const QString &username, const QString &password, QString *error)
{
    return appendToJournal(
            csvField(username, false) + ',' + csvField(password, false) + "\r\n", error);
}

bool BatchResults::appendMasProgress(
        const QString &username, const core::MasProgress &progress, QString *error)
{
    const QString json =
            QString::fromUtf8(QJsonDocument(progress.toJson()).toJson(QJsonDocument::Compact));
    if (!appendToJournal(csvField(username, false) + ',' + kMasProgressEntry.toUtf8() + ','
                        + csvField(json, false) + "\r\n",
                error)) {
        return false;
    }
    m_masProgress.insert(username, progress);
    return true;
}

bool BatchResults::appendToJournal(const QByteArray &entry, QString *error)
{
    if (!m_journal.isOpen()) {
        if (!openPrivateFile(m_journalPath, O_WRONLY | O_CREAT,
                    QIODevice::WriteOnly | QIODevice::Append, &m_journal, error)) {
            return false;
        }
        if (m_journal.size() > m_journalEnd
                && ::ftruncate(m_journal.handle(), off_t(m_journalEnd)) != 0) {
            *error = tr("Cannot write the journal %1: %2")
                             .arg(m_journalPath, qt_error_string(errno));
            m_journal.close();
            return false;
        }
    }
    if (const int failure = writeWhole(m_journal.handle(), m_journalEnd, entry)) {
        *error = tr("Cannot write the journal %1: %2").arg(m_journalPath, qt_error_string(failure));
        return false;
    }
    m_journalEnd += entry.size();
    return true;
}

QStringList BatchResults::unrecordedPending() const
{
    // A MAS account's progress is kept like a password: a run that resumes its row needs it.
    QSet<QString> journalled(m_pending.keyBegin(), m_pending.keyEnd());
    for (auto it = m_masProgress.constBegin(); it != m_masProgress.constEnd(); ++it) {
        journalled.insert(it.key());
    }
    QStringList unrecorded;
    for (const QString &username : std::as_const(journalled)) {
        const auto now = m_recordedNow.constFind(username);
        const auto before = m_earlier.constFind(username);
        const std::optional<core::BatchRowStatus> status = now != m_recordedNow.constEnd()
                ? std::optional(*now)
                : before != m_earlier.constEnd() ? std::optional(before->status)
                                                 : std::nullopt;
        if (!status || *status == core::BatchRowStatus::Unknown) {
            unrecorded.append(username);
        }
    }
    unrecorded.sort();
    return unrecorded;
}

bool BatchResults::removeJournal()
{
    if (!unrecordedPending().isEmpty()) {
        return false; // those passwords live nowhere else
    }
    // The records that make the journal needless reach the disk before it goes.
    if (m_file.isOpen() && ::fdatasync(m_file.handle()) != 0) {
        return false; // kept: a resumed run finds the passwords there
    }
    m_journal.close();
    QFile::remove(m_journalPath);
    m_journalEnd = 0;
    m_pending.clear();
    m_masProgress.clear();
    return true;
}

void BatchResults::close()
{
    if (m_file.isOpen()) {
        if (m_json) {
            // Should it fail, the array stays open, which the next open reads all the same.
            writeWhole(m_file.handle(), m_end, "\n]\n");
        }
        m_file.close();
    }
}

} // namespace registrar::store
