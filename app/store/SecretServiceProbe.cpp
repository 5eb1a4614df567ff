// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretServiceProbe.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>

namespace registrar::store {

namespace {

const QString kService = QStringLiteral("org.freedesktop.secrets");

} // namespace

SecretStore::Status SecretServiceProbe::check()
{
    using Status = SecretStore::Status;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()) {
        return Status::NoSessionBus;
    }
    if (!bus.interface()->isServiceRegistered(kService)) {
        const QDBusReply<QStringList> activatable =
                bus.interface()->call(QStringLiteral("ListActivatableNames"));
        if (!activatable.isValid() || !activatable.value().contains(kService)) {
            return Status::NoSecretService;
        }
    }
    QDBusInterface service(kService, QStringLiteral("/org/freedesktop/secrets"),
            QStringLiteral("org.freedesktop.Secret.Service"), bus);
    const QDBusReply<QDBusObjectPath> alias =
            service.call(QStringLiteral("ReadAlias"), QStringLiteral("default"));
    if (!alias.isValid()) {
        return Status::NoSecretService;
    }
    if (alias.value().path() == QLatin1String("/")) {
        // No default keyring yet: creating one needs a password prompt the app cannot answer.
        return Status::Locked;
    }
    QDBusInterface properties(
            kService, alias.value().path(), QStringLiteral("org.freedesktop.DBus.Properties"), bus);
    const QDBusReply<QDBusVariant> locked = properties.call(QStringLiteral("Get"),
            QStringLiteral("org.freedesktop.Secret.Collection"), QStringLiteral("Locked"));
    if (locked.isValid() && locked.value().variant().toBool()) {
        return Status::Locked;
    }
    return Status::Ok;
}

} // namespace registrar::store
