// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchSource.h"

#include <QLocale>

#include <unistd.h>

namespace registrar::core {

/*!
 * Reads a pipe on the check's behalf and keeps each byte it passes on, in one buffer reserved
 * at the bound: appending within it never moves the bytes, so no password is left behind in
 * freed memory. More than the bound is a read error, which the CSV reader reports with its line.
 */
class BatchSource::KeptCopy : public QIODevice
{
public:
    KeptCopy(QIODevice *source, QByteArray *kept)
        : m_source(source)
        , m_kept(kept)
    {
        m_kept->reserve(qsizetype(kMaxPipedBytes));
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 room = kMaxPipedBytes - m_kept->size();
        const qint64 got = m_source->read(data, qMin(maxSize, room + 1));
        if (got < 0) {
            setErrorString(m_source->errorString());
            return -1;
        }
        if (got > room) {
            setErrorString(BatchSource::tr("read from a pipe, it is kept in memory for the run, "
                                           "and it is longer than %1; save it to a file and give "
                                           "that file")
                                   .arg(QLocale().formattedDataSize(kMaxPipedBytes, 0)));
            return -1;
        }
        m_kept->append(data, qsizetype(got));
        return got;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    QByteArray *m_kept;
};

BatchSource::BatchSource(const QString &path)
    : m_path(path)
{ }

BatchSource::~BatchSource()
{
    m_copy.close();
    m_keeping.reset();
    m_kept.fill('\0');
}

QString BatchSource::name() const
{
    return m_path == QLatin1String("-") ? tr("stdin") : m_path;
}

bool BatchSource::open(QString *error)
{
    const bool opened = m_path == QLatin1String("-")
            ? m_file.open(STDIN_FILENO, QIODevice::ReadOnly | QIODevice::Unbuffered)
            : (m_file.setFileName(m_path),
                    m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    if (!opened) {
        *error = tr("Cannot read %1: %2").arg(name(), m_file.errorString());
        return false;
    }
    if (m_file.isSequential()) {
        m_keeping = std::make_unique<KeptCopy>(&m_file, &m_kept);
    }
    return true;
}

QIODevice *BatchSource::device()
{
    if (m_copy.isOpen()) {
        return &m_copy;
    }
    if (m_keeping) {
        return m_keeping.get();
    }
    return &m_file;
}

bool BatchSource::rewind(QString *error)
{
    if (!m_file.isOpen()) {
        *error = tr("Cannot read %1: %2").arg(name(), tr("it was not opened"));
        return false;
    }
    if (!m_file.isSequential()) {
        if (!m_file.seek(0)) {
            *error = tr("Cannot read %1: %2").arg(name(), m_file.errorString());
            return false;
        }
        return true;
    }
    m_keeping.reset(); // the check has read the pipe to its end: the copy is whole
    m_copy.close();
    m_copy.setBuffer(&m_kept);
    m_copy.open(QIODevice::ReadOnly);
    return true;
}

} // namespace registrar::core
