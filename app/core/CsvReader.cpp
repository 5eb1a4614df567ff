// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

namespace registrar::core {

CsvReader::CsvReader(QIODevice *device)
    : m_device(device)
{ }

bool CsvReader::readChar(char32_t *c)
{
    if (m_pushedBack) {
        *c = *m_pushedBack;
        m_pushedBack.reset();
        return true;
    }
    // Decode UTF-8 by hand from a small rolling buffer: the file is never held whole.
    const auto byteAt = [this](qsizetype offset, uchar *byte) {
        while (m_position + offset >= m_buffer.size()) {
            if (m_position > 0) {
                m_buffer.remove(0, m_position);
                m_position = 0;
            }
            const QByteArray more = m_device->read(64 * 1024);
            if (more.isEmpty()) {
                return false;
            }
            m_buffer += more;
        }
        *byte = uchar(m_buffer.at(m_position + offset));
        return true;
    };
    uchar first = 0;
    if (!byteAt(0, &first)) {
        return false;
    }
    int length = first < 0x80      ? 1
            : (first >> 5) == 0x6  ? 2
            : (first >> 4) == 0xe  ? 3
            : (first >> 3) == 0x1e ? 4
                                   : 0;
    if (length == 0) {
        *c = 0xfffd; // not UTF-8: the row will fail the username rules with a visible character
        ++m_position;
        return true;
    }
    char32_t value = length == 1 ? first : first & (0x7f >> length);
    for (int i = 1; i < length; ++i) {
        uchar next = 0;
        if (!byteAt(i, &next) || (next & 0xc0) != 0x80) {
            *c = 0xfffd;
            m_position += i;
            return true;
        }
        value = (value << 6) | (next & 0x3f);
    }
    m_position += length;
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
    bool quoted = false;
    bool fieldStarted = false;
    bool afterQuote = false;
    bool any = false;
    m_recordLine = m_line;
    while (readChar(&c)) {
        if (quoted) {
            if (c == U'"') {
                char32_t following = 0;
                const bool more = readChar(&following);
                if (more && following == U'"') {
                    field += QLatin1Char('"');
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
            field += QString::fromUcs4(&c, 1);
            continue;
        }
        if (c == U'\r') {
            continue; // CRLF ends a record at its LF
        }
        if (c == U'\n') {
            ++m_line;
            if (!any && !fieldStarted && fields.isEmpty()) {
                m_recordLine = m_line; // an empty line
                continue;
            }
            fields.append(field);
            return fields;
        }
        any = true;
        if (c == U',') {
            fields.append(field);
            field.clear();
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
            m_error = tr("Line %1: text after a closing quote; put the whole field in quotes.")
                              .arg(m_line);
            return std::nullopt;
        }
        fieldStarted = true;
        field += QString::fromUcs4(&c, 1);
    }
    if (quoted) {
        m_error = tr("Line %1: a quoted field is not closed before the end of the file.")
                          .arg(m_recordLine);
        return std::nullopt;
    }
    if (!any && fields.isEmpty()) {
        return std::nullopt;
    }
    fields.append(field);
    return fields;
}

} // namespace registrar::core
