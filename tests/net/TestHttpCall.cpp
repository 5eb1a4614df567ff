// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTransport.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using registrar::core::HttpResponse;
using registrar::net::HttpCall;
using registrar::net::HttpTransport;
using registrar::net::TransportSettings;

/*!
 * A server on 127.0.0.1 that answers every request with a status line and then header lines
 * for as long as the client reads them, as fast as it reads them. Qt 6.4's network thread,
 * once inside such a header, reads until the process ends unless the call tears it down.
 */
class TestHttpCall : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void endlessHeaderIsCutAndItsConnectionClosed();
    void endlessHeaderAtTheDeadlineClosesItsConnection();
    void replyAfterAnEndlessHeaderStillWorks();

private:
    HttpResponse get(const TransportSettings &settings, const QUrl &url);
    QUrl hostileUrl() const;

    QTcpServer m_hostile;
    QPointer<QTcpSocket> m_client; //!< the hostile server's end of the last connection
    qint64 m_headerBytesWritten = 0;
    int m_connections = 0;
    QNetworkAccessManager *m_manager = nullptr;
};

void TestHttpCall::init()
{
    m_headerBytesWritten = 0;
    m_connections = 0;
    m_manager = new QNetworkAccessManager(this);
    QVERIFY(m_hostile.listen(QHostAddress::LocalHost));
    connect(&m_hostile, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_hostile.nextPendingConnection()) {
            ++m_connections;
            m_client = socket;
            const QByteArray line = "X-Padding: " + QByteArray(1000, 'a') + "\r\n";
            const auto feed = [this, socket, line] {
                while (socket->state() == QAbstractSocket::ConnectedState
                        && socket->bytesToWrite() < 64 * 1024) {
                    m_headerBytesWritten += socket->write(line);
                }
            };
            connect(socket, &QTcpSocket::readyRead, socket, [socket, feed] {
                if (socket->readAll().contains("\r\n\r\n")) {
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n");
                    feed();
                }
            });
            connect(socket, &QTcpSocket::bytesWritten, socket, feed);
        }
    });
}

void TestHttpCall::cleanup()
{
    m_hostile.close();
    delete m_manager;
    m_manager = nullptr;
}

QUrl TestHttpCall::hostileUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/_matrix/client/versions")
                        .arg(m_hostile.serverPort()));
}

HttpResponse TestHttpCall::get(const TransportSettings &settings, const QUrl &url)
{
    HttpTransport transport(m_manager, settings);
    HttpCall *call = transport.get(url);
    QSignalSpy finished(call, &HttpCall::finished);
    if (!finished.wait(settings.timeoutMs + 30000)) {
        return {};
    }
    return finished.constFirst().constFirst().value<HttpResponse>();
}

void TestHttpCall::endlessHeaderIsCutAndItsConnectionClosed()
{
    // The header is refused for its size, long before the deadline.
    TransportSettings settings;
    settings.timeoutMs = 20000;
    const HttpResponse response = get(settings, hostileUrl());
    QCOMPARE(response.failure, HttpResponse::Failure::TooLarge);
    QVERIFY(m_client);
    const qint64 writtenWhenCut = m_headerBytesWritten;
    // Qt's thread lets the connection go; before, it read on until the process ended.
    QSignalSpy closed(m_client.data(), &QTcpSocket::disconnected);
    if (m_client->state() == QAbstractSocket::ConnectedState) {
        QVERIFY(closed.wait(20000));
    }
    // What it still took after the cut is at most what the socket buffers held.
    QVERIFY2(m_headerBytesWritten - writtenWhenCut < 16 * 1024 * 1024,
            qPrintable(QString::number(m_headerBytesWritten - writtenWhenCut)));
}

void TestHttpCall::endlessHeaderAtTheDeadlineClosesItsConnection()
{
    // The deadline comes before the call ever looks at the size: the abort alone never reached
    // Qt's thread, which stayed inside the header.
    TransportSettings settings;
    settings.timeoutMs = 30;
    QSignalSpy connected(&m_hostile, &QTcpServer::newConnection);
    const HttpResponse response = get(settings, hostileUrl());
    QCOMPARE(response.failure, HttpResponse::Failure::Timeout);
    QVERIFY(m_connections > 0 || connected.wait(20000));
    QVERIFY(m_client);
    QSignalSpy closed(m_client.data(), &QTcpSocket::disconnected);
    if (m_client->state() == QAbstractSocket::ConnectedState) {
        QVERIFY(closed.wait(20000));
    }
}

void TestHttpCall::replyAfterAnEndlessHeaderStillWorks()
{
    // The access manager's one network thread is free again for the next request.
    TransportSettings settings;
    settings.timeoutMs = 20000;
    QCOMPARE(get(settings, hostileUrl()).failure, HttpResponse::Failure::TooLarge);

    QTcpServer honest;
    QVERIFY(honest.listen(QHostAddress::LocalHost));
    connect(&honest, &QTcpServer::newConnection, this, [&honest] {
        QTcpSocket *socket = honest.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (socket->readAll().contains("\r\n\r\n")) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 2\r\n\r\n{}");
            }
        });
    });
    settings.timeoutMs = 20000;
    const HttpResponse response = get(settings,
            QUrl(QStringLiteral("http://127.0.0.1:%1/_matrix/client/versions")
                            .arg(honest.serverPort())));
    QCOMPARE(response.failure, HttpResponse::Failure::None);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, QByteArray("{}"));
}

QTEST_GUILESS_MAIN(TestHttpCall)
#include "TestHttpCall.moc"
