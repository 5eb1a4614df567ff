// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessManagerPerTrust.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace registrar::net {

AccessManagerPerTrust::AccessManagerPerTrust(QNetworkAccessManager *shared)
    : QObject(shared)
{ }

QNetworkAccessManager *AccessManagerPerTrust::managerFor(
        QNetworkAccessManager *shared, const QByteArray &trustKey)
{
    if (trustKey.isEmpty()) {
        return shared;
    }
    auto *pool = shared->findChild<AccessManagerPerTrust *>(QString(), Qt::FindDirectChildrenOnly);
    if (!pool) {
        pool = new AccessManagerPerTrust(shared);
    }
    QNetworkAccessManager *&manager = pool->m_managers[trustKey];
    if (!manager) {
        manager = new QNetworkAccessManager(pool);
        // Requests under a pin or a CA go out the same way as all others.
        manager->setProxy(shared->proxy());
    }
    return manager;
}

} // namespace registrar::net
