// SPDX-License-Identifier: GPL-3.0-or-later
#include "TcpConnections.h"

#ifdef Q_OS_LINUX
#include <dirent.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace registrar::net {

QList<TcpConnections::Connection> TcpConnections::ofThisProcess()
{
    QList<Connection> connections;
#ifdef Q_OS_LINUX
    DIR *descriptors = ::opendir("/proc/self/fd");
    if (!descriptors) {
        return connections;
    }
    while (const dirent *entry = ::readdir(descriptors)) {
        bool isNumber = false;
        const int fd = QByteArray(entry->d_name).toInt(&isNumber);

        struct stat status
        {
        };

        if (!isNumber || fd == ::dirfd(descriptors) || ::fstat(fd, &status) != 0
                || !S_ISSOCK(status.st_mode)) {
            continue;
        }
        int type = 0;
        socklen_t length = sizeof(type);
        if (::getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) != 0 || type != SOCK_STREAM) {
            continue;
        }
        sockaddr_storage peer{};
        sockaddr_storage local{};
        socklen_t peerLength = sizeof(peer);
        socklen_t localLength = sizeof(local);
        if (::getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0
                || ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) != 0
                || (peer.ss_family != AF_INET && peer.ss_family != AF_INET6)) {
            continue;
        }
        Connection connection;
        connection.descriptor = fd;
        connection.peer = QHostAddress(reinterpret_cast<const sockaddr *>(&peer));
        const auto portOf = [](const sockaddr_storage &address) {
            return ntohs(address.ss_family == AF_INET
                            ? reinterpret_cast<const sockaddr_in &>(address).sin_port
                            : reinterpret_cast<const sockaddr_in6 &>(address).sin6_port);
        };
        connection.peerPort = portOf(peer);
        connection.localPort = portOf(local);
        tcp_info info{};
        socklen_t infoLength = sizeof(info);
        if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &infoLength) == 0) {
            connection.received = info.tcpi_bytes_received;
        }
        ::ioctl(fd, FIONREAD, &connection.waiting);
        connections.append(connection);
    }
    ::closedir(descriptors);
#endif
    return connections;
}

void TcpConnections::shutDown(const QList<int> &descriptors)
{
#ifdef Q_OS_LINUX
    // Not close(): the descriptor stays Qt's, which now reads the end of the stream and lets go.
    for (const int fd : descriptors) {
        ::shutdown(fd, SHUT_RDWR);
    }
#else
    Q_UNUSED(descriptors);
#endif
}

} // namespace registrar::net
