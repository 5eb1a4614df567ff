// SPDX-License-Identifier: GPL-3.0-or-later
#include "OneShotUpload.h"

#include <cstring>

namespace registrar::net {

OneShotUpload::OneShotUpload(const QByteArray &body, QObject *parent)
    : QIODevice(parent)
    , m_body(body)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered); // no unwiped copy in QIODevice's buffer
}

qint64 OneShotUpload::bytesAvailable() const
{
    return m_body.size() - m_read + QIODevice::bytesAvailable();
}

qint64 OneShotUpload::readData(char *data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_read);
    if (count <= 0) {
        return -1; // the end: there is nothing to read a second time
    }
    std::memcpy(data, m_body.data() + m_read, size_t(count));
    m_read += count;
    return count;
}

qint64 OneShotUpload::writeData(const char *, qint64)
{
    return -1;
}

} // namespace registrar::net
