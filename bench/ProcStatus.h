// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>

namespace registrar::bench {

//! The value of the field \a name (such as "VmHWM:") in /proc/self/status, empty when unknown.
inline QByteArray procStatusField(const char *name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name)) {
            return line.mid(int(qstrlen(name))).simplified();
        }
    }
    return {};
}

} // namespace registrar::bench
