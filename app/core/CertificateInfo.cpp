// SPDX-License-Identifier: GPL-3.0-or-later
#include "CertificateInfo.h"

#include <QLocale>
#include <QRegularExpression>

namespace registrar::core {

QString CertificateInfo::formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray CertificateInfo::parseFingerprint(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression sha256Hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!sha256Hex.match(hex).hasMatch()) {
        return {};
    }
    return QByteArray::fromHex(hex.toLatin1());
}

QString CertificateInfo::toText() const
{
    QStringList lines{tr("Subject: %1").arg(subject), tr("Issuer: %1").arg(issuer),
            tr("Valid from %1 to %2")
                    .arg(QLocale().toString(notBefore, QLocale::ShortFormat),
                            QLocale().toString(notAfter, QLocale::ShortFormat)),
            tr("SHA-256 fingerprint:"), formatFingerprint(sha256)};
    for (const QString &error : errors) {
        lines.append(tr("Problem: %1").arg(error));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace registrar::core
