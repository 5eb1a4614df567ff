// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>

namespace registrar::net {

/*!
 * The TCP connections of this process as the kernel sees them, Qt's network threads' included:
 * what HttpCall needs to stop a server that never ends its header, which Qt 6.4 reads without a
 * bound and without returning to its event loop. Linux only; elsewhere there are none.
 */
class TcpConnections
{
public:
    struct Connection
    {
        int descriptor = -1;
        QHostAddress peer;
        quint16 peerPort = 0;
        quint16 localPort = 0;
        quint64 received = 0; //!< all the bytes the kernel took in on it
        int waiting = 0; //!< of those, the ones nobody has read yet
    };

    //! The connected TCP sockets of this process.
    static QList<Connection> ofThisProcess();

    /*!
     * Shuts the connections down without closing their descriptors: they stay their owner's,
     * which then reads the end of the stream and lets go.
     */
    static void shutDown(const QList<int> &descriptors);
};

} // namespace registrar::net
