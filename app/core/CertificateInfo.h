// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace registrar::core {

//! What an admin needs to decide about a server's TLS certificate, without network types.
struct CertificateInfo
{
    Q_DECLARE_TR_FUNCTIONS(CertificateInfo)

public:
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; //!< of the DER certificate, 32 raw bytes
    QStringList errors; //!< why it was not trusted

    bool isNull() const { return sha256.isEmpty(); }

    //! "AB:CD:…", the usual way fingerprints are compared by eye.
    static QString formatFingerprint(const QByteArray &sha256);
    /*!
     * Reads a SHA-256 fingerprint typed by a person: 64 hex digits, colons (or spaces) optional,
     * any case. Returns the 32 raw bytes, or nothing when it is not one.
     */
    static QByteArray parseFingerprint(const QString &text);

    //! Subject, issuer, validity, fingerprint and errors as lines for people.
    QString toText() const;
};

} // namespace registrar::core
