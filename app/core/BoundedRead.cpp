// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedRead.h"

#include <QIODevice>
#include <QLocale>

namespace registrar::core {

std::optional<QByteArray> BoundedRead::readAll(QIODevice *device, qint64 maxBytes, QString *error)
{
    // One buffer, filled in place: growing it would leave copies of a secret in freed memory.
    // One byte more than allowed tells "exactly the bound" from "more".
    QByteArray contents(qsizetype(maxBytes + 1), Qt::Uninitialized);
    qint64 filled = 0;
    qint64 got = 0;
    while (filled <= maxBytes
            && (got = device->read(contents.data() + filled, maxBytes + 1 - filled)) > 0) {
        filled += got;
    }
    if (got >= 0 && filled <= maxBytes) {
        contents.truncate(qsizetype(filled)); // read() gave 0: the end, also of a pipe
        return contents;
    }
    *error = got < 0 ? device->errorString()
                     : tr("it is longer than %1, the most this file may hold")
                               .arg(QLocale().formattedDataSize(maxBytes, 0));
    contents.fill('\0'); // the buffer is this one's alone, so it is zeroed in place
    return std::nullopt;
}

} // namespace registrar::core
