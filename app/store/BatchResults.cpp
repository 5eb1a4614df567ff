// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchResults.h"

#include "CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace registrar::store {

namespace {

//! The results and the journal hold passwords: readable by their owner only.
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

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
    , m_file(path)
    , m_journal(path + QStringLiteral(".pending"))
{
    m_json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
}

BatchResults::~BatchResults()
{
    close();
}

bool BatchResults::readEarlier(QString *error)
{
    QFile existing(m_path);
    if (!existing.exists() || existing.size() == 0) {
        return true;
    }
    if (!existing.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the results file %1: %2").arg(m_path, existing.errorString());
        return false;
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
        QByteArray text = existing.readAll().trimmed();
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
        core::CsvReader reader(&existing);
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

bool BatchResults::open(QString *error)
{
    if (!readEarlier(error)) {
        return false;
    }
    if (m_journal.open(QIODevice::ReadOnly)) {
        core::CsvReader reader(&m_journal);
        while (const std::optional<QStringList> entry = reader.next()) {
            if (entry->size() == 2) {
                m_pending.insert(entry->at(0), entry->at(1));
            }
        }
        m_journal.close();
    }
    const bool existed = m_file.exists() && m_file.size() > 0;
    // An existing file is only ever appended to: earlier records are never rewritten.
    const QIODevice::OpenMode mode =
            existed ? QIODevice::ReadWrite : QIODevice::WriteOnly | QIODevice::Truncate;
    if (!m_file.open(mode, kOwnerOnly)) {
        *error = tr("Cannot write the results file %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_file.setPermissions(kOwnerOnly);
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
    if (m_file.write(line) != line.size() || !m_file.flush()) {
        *error = tr("Cannot write the results file %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    return true;
}

bool BatchResults::appendPending(const QString &username, const QString &password, QString *error)
{
    if (!m_journal.isOpen()
            && !m_journal.open(QIODevice::WriteOnly | QIODevice::Append, kOwnerOnly)) {
        *error = tr("Cannot write the journal %1: %2")
                         .arg(m_journal.fileName(), m_journal.errorString());
        return false;
    }
    const QByteArray line =
            csvField(username).toUtf8() + ',' + csvField(password).toUtf8() + "\r\n";
    if (m_journal.write(line) != line.size() || !m_journal.flush()) {
        *error = tr("Cannot write the journal %1: %2")
                         .arg(m_journal.fileName(), m_journal.errorString());
        return false;
    }
    return true;
}

void BatchResults::removeJournal()
{
    m_journal.close();
    m_journal.remove();
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
