// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretServiceProbe.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
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
    // Plain method calls: QDBusInterface would introspect the service first, synchronously.
    QDBusMessage readAlias =
            QDBusMessage::createMethodCall(kService, QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("ReadAlias"));
    readAlias << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> alias = bus.call(readAlias);
    if (!alias.isValid()) {
        return Status::NoSecretService;
    }
    if (alias.value().path() == QLatin1String("/")) {
        // No default keyring yet: creating one needs a password prompt the app cannot answer.
        return Status::Locked;
    }
    QDBusMessage get = QDBusMessage::createMethodCall(kService, alias.value().path(),
            QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QDBusVariant> locked = bus.call(get);
    if (locked.isValid() && locked.value().variant().toBool()) {
        return Status::Locked;
    }
    return Status::Ok;
}

} // namespace registrar::store
