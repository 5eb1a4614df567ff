// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpCall.h"

#include "Log.h"
#include "ReplyParser.h"
#include "TcpConnections.h"

#include <QHostInfo>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <algorithm>

namespace registrar::net {

using core::HttpResponse;
using core::ReplyParser;

namespace {

//! How often the connections are looked at while a header is awaited; most replies come first.
constexpr int kHeaderWatchMs = 100;
//! Brought by one connection to the server while our header is awaited, this is no header: the
//! server's replies are a few hundred bytes, and browsers refuse a header set of this size.
constexpr quint64 kFloodBytes = 256 * 1024;

/*!
 * The calls of this thread still waiting for their header. Qt's thread sends a GET again on a
 * new connection when one closes before the header ended, unless its call was aborted first:
 * so when connections to a server are shut down, every call to it that waits is aborted too.
 */
QList<HttpCall *> &callsAwaitingHeader()
{
    thread_local QList<HttpCall *> calls;
    return calls;
}

} // namespace

HttpCall::HttpCall(QNetworkReply *reply, const TransportSettings &settings, const QString &host,
        QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_pinnedSha256(settings.pinnedSha256)
    , m_pinTrustedEarlier(settings.pinTrustedEarlier)
    , m_host(host)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpCall::handleDeadline);
    m_deadline.start(settings.timeoutMs);
    // Without a bound Qt's network thread reads as fast as the server sends and queues it all
    // for this thread: an endless chunked body took gigabytes before checkSize() saw the cap.
    reply->setReadBufferSize(ReplyParser::kMaxReplyBytes + 1);
    // A request with a body (a POST) reaches Qt's network thread only after this returns, and
    // that thread never hears of a bound set before: it is set again once the request is there.
    QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_reply) {
                    m_reply->setReadBufferSize(ReplyParser::kMaxReplyBytes + 1);
                }
            },
            Qt::QueuedConnection);
    const QUrl url = reply->url();
    m_serverPort = quint16(url.port(
            url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80));
    QHostAddress literal;
    const QString name = url.host().toLower();
    if (literal.setAddress(name)) {
        m_serverAddresses.append(literal);
    } else {
        m_serverIsLoopbackName =
                name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"));
    }
    m_headerWatch.setInterval(kHeaderWatchMs);
    connect(&m_headerWatch, &QTimer::timeout, this, &HttpCall::watchHeader);
    m_headerWatch.start();
    callsAwaitingHeader().append(this);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::handleReplyFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::checkSize);
    connect(reply, &QIODevice::readyRead, this, &HttpCall::checkSize);
    connect(reply, &QNetworkReply::sslErrors, this, &HttpCall::handleSslErrors);
    connect(reply, &QNetworkReply::encrypted, this, &HttpCall::handleEncrypted);
}

HttpCall::HttpCall(
        HttpResponse::Failure failure, const QString &detail, const QString &host, QObject *parent)
    : QObject(parent)
    , m_host(host)
{
    HttpResponse response;
    response.failure = failure;
    response.failureDetail = detail;
    response.host = host;
    QTimer::singleShot(0, this, [this, response] { finish(response); });
}

HttpCall::~HttpCall()
{
    callsAwaitingHeader().removeAll(this);
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

namespace {

core::CertificateInfo describe(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    core::CertificateInfo info;
    info.subject = certificate.subjectDisplayName();
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    for (const QSslError &error : errors) {
        info.errors.append(error.errorString());
    }
    return info;
}

} // namespace

void HttpCall::handleSslErrors(const QList<QSslError> &errors)
{
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (!m_pinnedSha256.isEmpty() && peer.digest(QCryptographicHash::Sha256) == m_pinnedSha256) {
        // The admin trusted exactly this certificate for this server.
        m_reply->ignoreSslErrors(errors);
        return;
    }
    // Never ignored: the handshake fails, and the certificate is shown to the admin.
    m_untrusted = describe(peer, errors);
    m_tlsErrors = m_untrusted.errors.join(QStringLiteral("; "));
}

void HttpCall::handleEncrypted()
{
    // A CA the admin trusts may vouch for a certificate other than the pinned one: the pin wins,
    // and the request (a token, a password) is stopped before it is sent.
    if (!pinMatches()) {
        m_untrusted = describe(m_reply->sslConfiguration().peerCertificate(), {});
        m_abortReason = pinMismatch();
        m_pinMismatched = true;
        m_reply->abort();
    }
}

HttpResponse::Failure HttpCall::pinMismatch() const
{
    // Only a pin from an earlier trust decision saw another certificate before; a fingerprint
    // typed for this command that does not match names a certificate that is simply not trusted.
    return m_pinTrustedEarlier ? HttpResponse::Failure::CertificateChanged
                               : HttpResponse::Failure::Tls;
}

bool HttpCall::pinMatches() const
{
    if (m_pinnedSha256.isEmpty() || m_reply->url().scheme() != QLatin1String("https")) {
        return true;
    }
    return m_reply->sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256)
            == m_pinnedSha256;
}

void HttpCall::abort()
{
    if (m_reply && !m_finished) {
        m_abortReason = HttpResponse::Failure::Cancelled;
        m_reply->abort();
    }
}

void HttpCall::handleDeadline()
{
    if (m_reply && !m_finished) {
        qCInfo(lcNet) << "request to" << m_host << "timed out";
        if (!m_headerSeen) {
            shutDownFloodingConnections(true);
            return;
        }
        m_abortReason = HttpResponse::Failure::Timeout;
        m_reply->abort();
    }
}

bool HttpCall::isServerAddress(const QHostAddress &address) const
{
    if (m_serverIsLoopbackName) {
        bool isMappedV4 = false;
        const quint32 v4 = address.toIPv4Address(&isMappedV4);
        return isMappedV4 ? (v4 >> 24) == 127 : address.isLoopback();
    }
    return std::any_of(m_serverAddresses.cbegin(), m_serverAddresses.cend(),
            [&address](const QHostAddress &server) {
                return server.isEqual(address, QHostAddress::ConvertV4MappedToIPv4);
            });
}

void HttpCall::watchHeader()
{
    if (m_headerSeen || !m_reply || m_abortReason != HttpResponse::Failure::None) {
        m_headerWatch.stop();
        return;
    }
    if (!m_firstLookTaken && m_serverAddresses.isEmpty() && !m_serverIsLoopbackName) {
        // Once, at the first look; answered from the cache Qt's own lookup filled just before.
        QHostInfo::lookupHost(m_reply->url().host(), this,
                [this](const QHostInfo &info) { m_serverAddresses = info.addresses(); });
    }
    shutDownFloodingConnections(false);
}

void HttpCall::shutDownFloodingConnections(bool atDeadline)
{
    const QList<TcpConnections::Connection> connections = TcpConnections::ofThisProcess();
    if (!m_firstLookTaken && !atDeadline) {
        // Counted from the first look, not from the start: most calls end before it, and a batch
        // would pay a look for each. A connection kept alive from earlier requests, or opened
        // before, counts only what it brings from now on.
        m_firstLookTaken = true;
        for (const TcpConnections::Connection &connection : connections) {
            m_receivedAtFirstLook.insert(
                    {connection.descriptor, connection.localPort}, connection.received);
        }
        return;
    }
    QList<int> flooding;
    QList<int> unread;
    QHostAddress floodingPeer;
    for (const TcpConnections::Connection &connection : connections) {
        if (connection.peerPort != m_serverPort || !isServerAddress(connection.peer)) {
            continue;
        }
        const QPair<int, quint16> key(connection.descriptor, connection.localPort);
        if (m_firstLookTaken
                && connection.received - m_receivedAtFirstLook.value(key, 0) > kFloodBytes) {
            flooding.append(connection.descriptor);
            floodingPeer = connection.peer;
        } else if (connection.waiting > 0) {
            // Qt's thread does not read it: it is held by another endless header, and would
            // go on to this one before it heard of the aborts.
            unread.append(connection.descriptor);
            floodingPeer = connection.peer;
        }
    }
    if (!flooding.isEmpty() || atDeadline) {
        flooding.append(unread);
    }
    if (!atDeadline && flooding.isEmpty()) {
        return;
    }
    const HttpResponse::Failure reason =
            atDeadline ? HttpResponse::Failure::Timeout : HttpResponse::Failure::TooLarge;
    const QPointer<HttpCall> self(this);
    if (!flooding.isEmpty()) {
        qCInfo(lcNet) << "header from" << m_host << "does not end; closing" << flooding.size()
                      << "connection(s)";
        // The aborts are queued for Qt's thread before the shutdown wakes it, so it sends no GET
        // again. A finished() slot may delete calls, this one too: each is checked before use.
        QList<QPointer<HttpCall>> waiting;
        for (HttpCall *other : callsAwaitingHeader()) {
            if (other != this && other->isServerAddress(floodingPeer)
                    && other->m_serverPort == m_serverPort) {
                waiting.append(other);
            }
        }
        for (const QPointer<HttpCall> &other : waiting) {
            if (other && other->m_reply && other->m_abortReason == HttpResponse::Failure::None) {
                other->m_abortReason = HttpResponse::Failure::TooLarge;
                other->m_reply->abort();
            }
        }
    }
    if (self && m_reply && m_abortReason == HttpResponse::Failure::None) {
        m_abortReason = reason;
        m_reply->abort();
    }
    TcpConnections::shutDown(flooding);
}

void HttpCall::checkSize()
{
    if (!m_reply || m_abortReason != HttpResponse::Failure::None) {
        return;
    }
    if (!m_headerSeen) {
        m_headerSeen = true;
        callsAwaitingHeader().removeAll(this);
    }
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    // Taken as it comes: Qt reads on only when its buffer has room, and a body without a length
    // (chunked, or ended by closing) is counted here.
    m_body.append(m_reply->readAll());
    if (announced > ReplyParser::kMaxReplyBytes || m_body.size() > ReplyParser::kMaxReplyBytes) {
        qCInfo(lcNet) << "reply from" << m_host << "exceeds" << ReplyParser::kMaxReplyBytes
                      << "bytes";
        m_abortReason = HttpResponse::Failure::TooLarge;
        m_reply->abort();
    }
}

void HttpCall::handleReplyFinished()
{
    m_deadline.stop();
    m_headerWatch.stop();
    callsAwaitingHeader().removeAll(this);
    HttpResponse response;
    response.host = m_host;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);

    if (m_pinMismatched) {
        response.failure = m_abortReason;
        response.certificate = m_untrusted;
        response.pinnedSha256 = m_pinnedSha256;
    } else if (m_abortReason != HttpResponse::Failure::None) {
        response.failure = m_abortReason;
    } else if (status.isValid() && status.toInt() > 0 && !pinMatches()) {
        // Checked on every reply: a reused connection raises no sslErrors.
        response.failure = pinMismatch();
        response.certificate = describe(m_reply->sslConfiguration().peerCertificate(), {});
        response.pinnedSha256 = m_pinnedSha256;
    } else if (status.isValid() && status.toInt() > 0) {
        response.status = status.toInt();
        m_body.append(m_reply->readAll());
        response.body = m_body.left(ReplyParser::kMaxReplyBytes + 1);
        response.contentType = m_reply->rawHeader("Content-Type").toLower();
        response.location = m_reply->rawHeader("Location");
    } else {
        switch (m_reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            response.failure = HttpResponse::Failure::ConnectionRefused;
            break;
        case QNetworkReply::HostNotFoundError:
            response.failure = HttpResponse::Failure::HostNotFound;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            response.failure = HttpResponse::Failure::Tls;
            break;
        case QNetworkReply::TimeoutError:
            response.failure = HttpResponse::Failure::Timeout;
            break;
        default:
            response.failure = m_tlsErrors.isEmpty() ? HttpResponse::Failure::Other
                                                     : HttpResponse::Failure::Tls;
            break;
        }
        response.failureDetail = m_tlsErrors.isEmpty() ? m_reply->errorString() : m_tlsErrors;
        if (m_reply->error() == QNetworkReply::RemoteHostClosedError
                || m_reply->error() == QNetworkReply::ContentReSendError) {
            // Qt's words for these ("Unknown error" for the second) say nothing to an admin.
            response.failureDetail = tr("the server closed the connection before it answered");
        }
        if (!m_untrusted.isNull()) {
            response.failure = HttpResponse::Failure::Tls;
            response.certificate = m_untrusted;
            if (!m_pinnedSha256.isEmpty()) {
                response.failure = pinMismatch();
                response.pinnedSha256 = m_pinnedSha256;
            }
        }
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    finish(response);
}

void HttpCall::finish(const HttpResponse &response)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    qCDebug(lcNet) << "request to" << m_host << "finished: status" << response.status << "failure"
                   << int(response.failure);
    emit finished(response);
    deleteLater();
}

} // namespace registrar::net
