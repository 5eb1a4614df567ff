// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QString>

namespace registrar::devserver {

//! One answer of the local homeserver or of its MAS listener, written as it is.
struct HttpReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;
};

//! \a length characters drawn from \a alphabet, for tokens, device IDs and ULIDs.
inline QString randomString(int length, QLatin1String alphabet)
{
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i) {
        text.append(
                QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(alphabet.size()))]));
    }
    return text;
}

} // namespace registrar::devserver
