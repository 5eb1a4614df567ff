// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>

class QNetworkAccessManager;

namespace registrar::net {

/*!
 * One QNetworkAccessManager per trust setting (pin and CA certificates), owned by the injected
 * manager. A TLS connection keeps what was trusted when it was opened, and a manager reuses it
 * for any request to the same host: giving each trust setting its own manager keeps reuse within
 * one trust and never needs clearConnectionCache(), which blocks and would drop the connections
 * of every other window. The default trust gets the injected manager itself.
 */
class AccessManagerPerTrust : public QObject
{
    Q_OBJECT

public:
    /*!
     * The manager for requests under \a trustKey (empty: the system's trust, no pin): \a shared
     * itself, or one made for that key the first time and deleted with \a shared.
     */
    static QNetworkAccessManager *managerFor(
            QNetworkAccessManager *shared, const QByteArray &trustKey);

private:
    explicit AccessManagerPerTrust(QNetworkAccessManager *shared);

    QHash<QByteArray, QNetworkAccessManager *> m_managers;
};

} // namespace registrar::net
