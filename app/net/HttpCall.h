// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"
#include "TransportSettings.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;
class QSslError;

namespace registrar::net {

/*!
 * One request in flight. Emits finished() exactly once, never from inside the call that created
 * it, and then deletes itself later. Owns the deadline (it covers connecting too), the size cap,
 * and tells a timeout apart from a cancel, which Qt reports alike.
 *
 * Qt 6.4 reads a reply's header on its network thread one byte at a time into a buffer without
 * a bound, and tells this thread nothing until the header ends. On plain HTTP that thread reads
 * straight from the socket and goes back to its event loop only when the socket is empty, so a
 * server that keeps sending header lines holds it there: QNetworkReply::abort() never reaches
 * it, and it reads (and grows) until the process ends. So while the header is awaited the
 * connections to the server are looked at from here, and one that brings more than 256 KiB, or
 * still has data waiting at the deadline, is shut down under Qt's feet (on Linux).
 */
class HttpCall : public QObject
{
    Q_OBJECT

public:
    //! Takes over \a reply, with the deadline and pin of \a settings and the parser's size cap.
    HttpCall(QNetworkReply *reply, const TransportSettings &settings, const QString &host,
            QObject *parent = nullptr);
    //! A call that fails at once (asynchronously) without touching the network.
    HttpCall(core::HttpResponse::Failure failure, const QString &detail, const QString &host,
            QObject *parent = nullptr);
    ~HttpCall() override;

    //! Stops the request; finished() reports Failure::Cancelled.
    void abort();

signals:
    void finished(const registrar::core::HttpResponse &response);

private:
    void handleReplyFinished();
    void handleDeadline();
    void checkSize();
    void watchHeader();
    void shutDownFloodingConnections(bool atDeadline);
    bool isServerAddress(const QHostAddress &address) const;
    void handleSslErrors(const QList<QSslError> &errors);
    void handleEncrypted();
    bool pinMatches() const;
    //! The failure of a certificate other than the pinned one: changed, or never trusted.
    core::HttpResponse::Failure pinMismatch() const;
    void finish(const core::HttpResponse &response);

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_headerWatch; //!< runs until the reply's header has arrived
    QList<QHostAddress> m_serverAddresses; //!< empty until known: literal, loopback or looked up
    quint16 m_serverPort = 0;
    bool m_serverIsLoopbackName = false;
    //! Bytes each connection had received at the first look, by descriptor and local port (a
    //! descriptor number can come back for another connection).
    QHash<QPair<int, quint16>, quint64> m_receivedAtFirstLook;
    bool m_firstLookTaken = false;
    bool m_headerSeen = false;
    QByteArray m_pinnedSha256;
    bool m_pinTrustedEarlier = true;
    core::CertificateInfo m_untrusted;
    QString m_host;
    QByteArray m_body; //!< what has arrived so far, at most one read past the size cap
    QString m_tlsErrors;
    core::HttpResponse::Failure m_abortReason = core::HttpResponse::Failure::None;
    bool m_finished = false;
    bool m_pinMismatched = false; //!< aborted after the handshake: not the pinned certificate
};

} // namespace registrar::net
