// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CertificateInfo.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace registrar::core {

/*!
 * What came back for one HTTP request, with no network types in it: the transport fills it in,
 * the parsers in this library read it. Either \c failure is set (no usable HTTP answer) or
 * \c status holds the HTTP status, whatever it is; redirects are never followed, so a 3xx
 * arrives here as it was sent.
 */
struct HttpResponse
{
    enum class Failure {
        None,
        ConnectionRefused,
        HostNotFound,
        Tls,
        Timeout,
        Cancelled,
        TooLarge,
        InsecureHttpRefused,
        PinWithoutTls, //!< a certificate pin or CA file for an http:// URL: nothing to check
        CaFileUnusable, //!< the CA file cannot be read or holds no PEM certificate
        UnsafeToken, //!< a bearer token with a control character, which would split the header
        CertificateChanged, //!< the peer's certificate is not the pinned one
        InvalidUrl,
        Other,
    };

    Failure failure = Failure::None;
    QString failureDetail; //!< the transport's own words, for the expert detail line
    QString host; //!< host:port the request went to, for messages
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray location; //!< the Location header of a 3xx
    CertificateInfo certificate; //!< the peer's certificate, on TLS failures
    QByteArray pinnedSha256; //!< the expected fingerprint, when the certificate changed
};

} // namespace registrar::core

Q_DECLARE_METATYPE(registrar::core::HttpResponse)
