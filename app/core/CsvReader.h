// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <optional>

namespace registrar::core {

/*!
 * Reads RFC 4180 CSV one record at a time from a device, so a file of any size is read in
 * constant memory: UTF-8 with or without a BOM, CRLF or LF, quoted fields with commas, doubled
 * quotes and line breaks inside. Lines that are empty are skipped. Nothing is changed silently:
 * bytes that are not UTF-8 and a CR outside quotes that is not part of a CRLF are errors that
 * name their line, as are a field or a record over the bounds given.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    //! The most one field and one record may hold, in bytes of the file; 0 is no bound.
    struct Limits
    {
        qsizetype fieldBytes = 0;
        qsizetype recordBytes = 0;
    };

    //! Without bounds: for this tool's own files, whose error texts can be long.
    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, Limits limits);

    //! The next record, or nothing at the end or on an error (then error() says which).
    std::optional<QStringList> next();

    //! The line the last record returned started on, counting from 1.
    qint64 recordLine() const { return m_recordLine; }

    QString error() const { return m_error; }

private:
    bool readChar(char32_t *c);
    bool byteAt(qsizetype offset, uchar *byte);
    bool fail(const QString &error);

    QIODevice *m_device;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qsizetype m_recordBytes = 0;
    bool m_bomChecked = false;
    std::optional<char32_t> m_pushedBack;
    QString m_error;
};

} // namespace registrar::core
