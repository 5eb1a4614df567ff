// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QLocale>

namespace registrar::core {

namespace {

//! How much is read from the device at a time: the file is never held whole.
constexpr qsizetype kChunkBytes = 64 * 1024;

qsizetype utf8Length(char32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

QString sizeText(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 0);
}

} // namespace

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Limits{})
{ }

CsvReader::CsvReader(QIODevice *device, Limits limits)
    : m_device(device)
    , m_limits(limits)
{ }

bool CsvReader::fail(const QString &error)
{
    if (m_error.isEmpty()) {
        m_error = error;
    }
    return false;
}

bool CsvReader::byteAt(qsizetype offset, uchar *byte)
{
    while (m_position + offset >= m_buffer.size()) {
        if (m_position > 0) {
            m_buffer.remove(0, m_position);
            m_position = 0;
        }
        const qsizetype had = m_buffer.size();
        m_buffer.resize(had + kChunkBytes);
        const qint64 got = m_device->read(m_buffer.data() + had, kChunkBytes);
        m_buffer.resize(had + qsizetype(qMax<qint64>(got, 0)));
        if (got < 0) {
            // Not the end: a truncated file must not pass for a complete one.
            return fail(tr("Line %1: the file cannot be read further: %2")
                                .arg(m_line)
                                .arg(m_device->errorString()));
        }
        if (got == 0) {
            return false;
        }
    }
    *byte = uchar(m_buffer.at(m_position + offset));
    return true;
}

bool CsvReader::readChar(char32_t *c)
{
    if (m_pushedBack) {
        *c = *m_pushedBack;
        m_pushedBack.reset();
        return true;
    }
    uchar first = 0;
    if (!byteAt(0, &first)) {
        return false;
    }
    // Strict UTF-8: no overlong forms, no surrogates, nothing past U+10FFFF. Anything else would
    // become U+FFFD, and a password or a display name would be another than the file's.
    const int length = first < 0x80          ? 1
            : first >= 0xc2 && first <= 0xdf ? 2
            : (first >> 4) == 0xe            ? 3
            : first >= 0xf0 && first <= 0xf4 ? 4
                                             : 0;
    char32_t value = length == 1 ? first : first & (0x7f >> length);
    bool valid = length > 0;
    for (int i = 1; valid && i < length; ++i) {
        uchar next = 0;
        valid = byteAt(i, &next) && (next & 0xc0) == 0x80;
        value = (value << 6) | (next & 0x3f);
    }
    valid = valid && !(length == 3 && (value < 0x800 || (value >= 0xd800 && value <= 0xdfff)))
            && !(length == 4 && (value < 0x10000 || value > 0x10ffff));
    if (!valid) {
        return fail(tr("Line %1: the file is not UTF-8 text here (byte 0x%2); save it as UTF-8.")
                            .arg(m_line)
                            .arg(QString::number(first, 16).rightJustified(2, QLatin1Char('0'))));
    }
    m_position += length;
    m_recordBytes += length;
    *c = value;
    return true;
}

std::optional<QStringList> CsvReader::next()
{
    if (!m_error.isEmpty()) {
        return std::nullopt;
    }
    char32_t c = 0;
    if (!m_bomChecked) {
        m_bomChecked = true;
        if (readChar(&c) && c != 0xfeff) {
            m_pushedBack = c;
        }
    }
    QStringList fields;
    QString field;
    qsizetype fieldBytes = 0;
    bool quoted = false;
    bool fieldStarted = false;
    bool afterQuote = false;
    bool any = false;
    m_recordLine = m_line;
    m_recordBytes = 0;
    const auto append = [&](char32_t character) {
        field += QString::fromUcs4(&character, 1);
        fieldBytes += utf8Length(character);
        return m_limits.fieldBytes <= 0 || fieldBytes <= m_limits.fieldBytes
                || fail(tr("Line %1: a field is longer than %2, the most a field of this file "
                           "may hold.")
                                .arg(m_recordLine)
                                .arg(sizeText(m_limits.fieldBytes)));
    };
    while (readChar(&c)) {
        if (m_limits.recordBytes > 0 && m_recordBytes > m_limits.recordBytes) {
            fail(tr("Line %1: the row is longer than %2, the most a row of this file may hold.")
                            .arg(m_recordLine)
                            .arg(sizeText(m_limits.recordBytes)));
            return std::nullopt;
        }
        if (quoted) {
            if (c == U'"') {
                char32_t following = 0;
                const bool more = readChar(&following);
                if (more && following == U'"') {
                    if (!append(U'"')) {
                        return std::nullopt;
                    }
                    continue;
                }
                if (more) {
                    m_pushedBack = following;
                }
                quoted = false;
                afterQuote = true;
                continue;
            }
            if (c == U'\n') {
                ++m_line;
            }
            if (!append(c)) { // a CR in quotes is the field's own, as RFC 4180 has it
                return std::nullopt;
            }
            continue;
        }
        if (c == U'\r') {
            // Only CRLF ends a line. Skipping a bare CR would glue two rows into one or take it
            // out of a field unseen; reading it as a line end would split a field silently.
            char32_t following = 0;
            if (!readChar(&following) || following != U'\n') {
                fail(tr("Line %1: a carriage return (CR) without a line feed after it; save the "
                        "file with LF or CRLF line ends, or put a field that holds a CR in "
                        "quotes.")
                                .arg(m_line));
                return std::nullopt;
            }
            c = U'\n';
        }
        if (c == U'\n') {
            ++m_line;
            if (!any && !fieldStarted && fields.isEmpty()) {
                m_recordLine = m_line; // an empty line
                m_recordBytes = 0;
                continue;
            }
            fields.append(field);
            return fields;
        }
        any = true;
        if (c == U',') {
            fields.append(field);
            field.clear();
            fieldBytes = 0;
            fieldStarted = false;
            afterQuote = false;
            continue;
        }
        if (c == U'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            continue;
        }
        if (afterQuote) {
            fail(tr("Line %1: text after a closing quote; put the whole field in quotes.")
                            .arg(m_line));
            return std::nullopt;
        }
        fieldStarted = true;
        if (!append(c)) {
            return std::nullopt;
        }
    }
    if (!m_error.isEmpty()) {
        return std::nullopt;
    }
    if (quoted) {
        fail(tr("Line %1: a quoted field is not closed before the end of the file.")
                        .arg(m_recordLine));
        return std::nullopt;
    }
    if (!any && fields.isEmpty()) {
        return std::nullopt;
    }
    fields.append(field);
    return fields;
}

} // namespace registrar::core
