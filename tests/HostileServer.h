// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A server on 127.0.0.1 that speaks just enough HTTP to be the registration endpoint: it hands
// out a nonce to every GET and answers every POST with what the test wants a hostile or broken
// server to say, which the local homeserver would never say.

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace registrar::test {

class HostileServer
{
public:
    HostileServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }

    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    //! The answer to every POST.
    void setPostReply(int status, const QByteArray &jsonBody)
    {
        m_postStatus = status;
        m_postBody = jsonBody;
    }

    //! The answer to every GET in place of a nonce.
    void setGetReply(int status, const QByteArray &jsonBody)
    {
        m_getStatus = status;
        m_getBody = jsonBody;
    }

    int postCount() const { return m_posts; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                    [this, socket] { serveIfComplete(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    //! Answers once the whole request (headers and Content-Length bytes of body) has arrived.
    void serveIfComplete(QTcpSocket *socket)
    {
        const QByteArray received = socket->peek(socket->bytesAvailable());
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        qsizetype contentLength = 0;
        for (const QByteArray &line : received.left(headerEnd).split('\n')) {
            const QByteArray header = line.trimmed().toLower();
            const QByteArray name = "content-length:";
            if (header.startsWith(name)) {
                contentLength = header.mid(name.size()).trimmed().toLongLong();
            }
        }
        if (received.size() < headerEnd + 4 + contentLength) {
            return;
        }
        socket->read(headerEnd + 4 + contentLength);
        if (received.startsWith("POST ")) {
            ++m_posts;
            reply(socket, m_postStatus, m_postBody);
        } else {
            reply(socket, m_getStatus, m_getBody);
        }
    }

    static void reply(QTcpSocket *socket, int status, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status)
                + " Whatever\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_postStatus = 200;
    QByteArray m_postBody;
    int m_getStatus = 200;
    QByteArray m_getBody = "{\"nonce\":\"" + QByteArray(128, 'a') + "\"}";
    int m_posts = 0;
};

} // namespace registrar::test
