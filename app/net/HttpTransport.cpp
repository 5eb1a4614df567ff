// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTransport.h"

#include "AccessManagerPerTrust.h"
#include "Log.h"
#include "OneShotUpload.h"
#include "ServerUrl.h"

#include <QFile>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>

namespace registrar::net {

using core::HttpResponse;

HttpTransport::HttpTransport(
        QNetworkAccessManager *manager, const TransportSettings &settings, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_settings(settings)
{ }

bool HttpTransport::isLoopbackHost(const QString &host)
{
    const QString name = host.toLower();
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"))) {
        return true;
    }
    QHostAddress address;
    if (!address.setAddress(name)) {
        return false;
    }
    bool isMappedV4 = false;
    const quint32 v4 = address.toIPv4Address(&isMappedV4);
    if (isMappedV4) {
        return (v4 >> 24) == 127;
    }
    return address.isLoopback();
}

bool HttpTransport::isSchemeAllowed(const QUrl &url, bool allowInsecureHttp)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return true;
    }
    return scheme == QLatin1String("http") && (allowInsecureHttp || isLoopbackHost(url.host()));
}

namespace {

QByteArray bearer(const QByteArray &token)
{
    return token.isEmpty() ? QByteArray() : QByteArrayLiteral("Bearer ") + token;
}

} // namespace

HttpCall *HttpTransport::get(const QUrl &url, const QByteArray &bearerToken)
{
    return send(QByteArrayLiteral("GET"), url, {}, {}, bearer(bearerToken));
}

HttpCall *HttpTransport::post(
        const QUrl &url, const QByteArray &jsonBody, const QByteArray &bearerToken)
{
    return send(QByteArrayLiteral("POST"), url, jsonBody, QByteArrayLiteral("application/json"),
            bearer(bearerToken));
}

HttpCall *HttpTransport::postForm(
        const QUrl &url, const QByteArray &formBody, const QByteArray &basicCredentials)
{
    return send(QByteArrayLiteral("POST"), url, formBody,
            QByteArrayLiteral("application/x-www-form-urlencoded"),
            basicCredentials.isEmpty() ? QByteArray()
                                       : QByteArrayLiteral("Basic ") + basicCredentials.toBase64());
}

HttpCall *HttpTransport::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
        const QByteArray &contentType, const QByteArray &authorization)
{
    const QString host = core::ServerUrl::hostAndPort(url);
    if (!url.isValid() || url.host().isEmpty()) {
        return new HttpCall(HttpResponse::Failure::InvalidUrl, url.toString(), host, this);
    }
    if (!isSchemeAllowed(url, m_settings.allowInsecureHttp)) {
        qCInfo(lcNet) << "refused plain HTTP to" << host;
        return new HttpCall(HttpResponse::Failure::InsecureHttpRefused, host, host, this);
    }

    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (!https && (!m_settings.pinnedSha256.isEmpty() || !m_settings.caFile.isEmpty())) {
        // The admin asked for certificates to be checked; plain HTTP would silently check none.
        return new HttpCall(HttpResponse::Failure::PinWithoutTls, host, host, this);
    }

    if (std::any_of(authorization.cbegin(), authorization.cend(),
                [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; })) {
        // A server's reply can carry such a token; in a header it would forge another header.
        return new HttpCall(HttpResponse::Failure::UnsafeToken,
                tr("the access token holds a control character, so it is not sent"), host, this);
    }

    QNetworkRequest request(url);
    QNetworkAccessManager *manager = m_manager;
    if (https) {
        QString caFileProblem;
        if (!applyTrust(request, &caFileProblem)) {
            return new HttpCall(HttpResponse::Failure::CaFileUnusable, caFileProblem, host, this);
        }
        manager = managerForTrust();
    }
    // A redirected POST is either re-sent to another host with the password, or turned into a
    // GET that "succeeds"; neither may happen, so every 3xx is handed back as it is.
    request.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
            QByteArrayLiteral("synapse-registrar/" REGISTRAR_VERSION));
    if (!authorization.isEmpty()) {
        // Qt forces a copy: the request keeps its headers in QByteArrays of its own.
        request.setRawHeader("Authorization", authorization);
    }
    QNetworkReply *reply = nullptr;
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        // Never sent twice: see OneShotUpload.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // HTTP/1.1 only: the tests prove that this body is never sent twice there, and HTTP/2
        // has ways of its own to ask for a request again.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *upload = new OneShotUpload(body);
        reply = manager->post(request, upload);
        upload->setParent(reply);
    } else {
        reply = manager->get(request);
    }
    qCDebug(lcNet) << verb.constData() << url.path() << "to" << host;
    return new HttpCall(reply, m_settings, host, this);
}

bool HttpTransport::applyTrust(QNetworkRequest &request, QString *error)
{
    if (m_settings.caFile.isEmpty()) {
        return true;
    }
    if (!m_authorities) {
        QFile file(m_settings.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            // Said apart from a file without a certificate, but the same failure: bad input.
            *error = tr("cannot read %1 (%2)").arg(m_settings.caFile, file.errorString());
            return false;
        }
        m_authorities = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
    }
    if (m_authorities->isEmpty()) {
        *error = tr("the CA file %1 holds no PEM certificate").arg(m_settings.caFile);
        return false;
    }
    QSslConfiguration configuration = request.sslConfiguration();
    configuration.setCaCertificates(*m_authorities);
    request.setSslConfiguration(configuration);
    return true;
}

QNetworkAccessManager *HttpTransport::managerForTrust()
{
    if (!m_trustedManager) {
        // Keyed by the certificates trusted, not by the file's name: a CA file rewritten between
        // two transports is another trust.
        QByteArray trustKey;
        if (!m_settings.pinnedSha256.isEmpty() || m_authorities) {
            trustKey = "pin:" + m_settings.pinnedSha256.toHex();
            for (const QSslCertificate &authority :
                    m_authorities.value_or(QList<QSslCertificate>())) {
                trustKey += " ca:" + authority.digest(QCryptographicHash::Sha256).toHex();
            }
        }
        m_trustedManager = AccessManagerPerTrust::managerFor(m_manager, trustKey);
    }
    return m_trustedManager;
}

} // namespace registrar::net
