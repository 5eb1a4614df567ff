// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace registrar::core {

/*!
 * The `mac` field of Synapse's shared-secret registration: HMAC-SHA1, keyed with the shared
 * secret's bytes, over
 *   nonce NUL username NUL password NUL ("admin" | "notadmin") [NUL user_type]
 * each part UTF-8 encoded exactly as it goes into the JSON body (no trimming, no case folding,
 * no normalisation). The user-type part is present only when \a userType is not empty.
 * Returns 40 lowercase hex characters.
 */
QByteArray registrationMac(QByteArrayView sharedSecret, const QString &nonce,
        const QString &username, const QString &password, bool admin, const QString &userType);
//! The same with the password's UTF-8 as it is held, so no second copy of it is made.
QByteArray registrationMac(QByteArrayView sharedSecret, const QString &nonce,
        const QString &username, QByteArrayView passwordUtf8, bool admin, const QString &userType);

} // namespace registrar::core
