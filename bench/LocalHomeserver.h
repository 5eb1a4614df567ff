// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The local homeserver as its own process, for the benches that measure against it.

#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

#include <cstdio>

namespace registrar::bench {

/*!
 * Starts the local homeserver in \a server with \a arguments and returns the URL it listens on;
 * an empty URL when it did not start. Its log goes nowhere: nobody reads it in a bench.
 */
inline QUrl startLocalHomeserver(QProcess &server, const QStringList &arguments)
{
    server.start(QStringLiteral(REGISTRAR_DEVSERVER_PATH), arguments);
    if (!server.waitForReadyRead(10000)) {
        std::fprintf(stderr, "the local homeserver did not start\n");
        return {};
    }
    const QRegularExpressionMatch listening =
            QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"))
                    .match(QString::fromUtf8(server.readLine()));
    server.setStandardOutputFile(QProcess::nullDevice());
    server.closeReadChannel(QProcess::StandardError);
    return QUrl(listening.captured(1));
}

} // namespace registrar::bench
