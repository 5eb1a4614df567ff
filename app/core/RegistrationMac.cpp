// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistrationMac.h"

#include "SecretBytes.h"

#include <QMessageAuthenticationCode>

namespace registrar::core {

QByteArray registrationMac(QByteArrayView sharedSecret, const QString &nonce,
        const QString &username, QByteArrayView passwordUtf8, bool admin, const QString &userType)
{
    static const QByteArray separator(1, '\0');
    // Read in place; Qt keeps its own copy of the key for as long as this object lives.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha1,
            QByteArray::fromRawData(sharedSecret.data(), sharedSecret.size()));
    mac.addData(nonce.toUtf8());
    mac.addData(separator);
    mac.addData(username.toUtf8());
    mac.addData(separator);
    mac.addData(QByteArray::fromRawData(passwordUtf8.data(), passwordUtf8.size()));
    mac.addData(separator);
    mac.addData(admin ? QByteArrayLiteral("admin") : QByteArrayLiteral("notadmin"));
    if (!userType.isEmpty()) {
        mac.addData(separator);
        mac.addData(userType.toUtf8());
    }
    return mac.result().toHex();
}

QByteArray registrationMac(QByteArrayView sharedSecret, const QString &nonce,
        const QString &username, const QString &password, bool admin, const QString &userType)
{
    const SecretBytes passwordUtf8 = SecretBytes::fromUtf8(password);
    return registrationMac(sharedSecret, nonce, username, passwordUtf8.view(), admin, userType);
}

} // namespace registrar::core
