// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DevServer.h"
#include "MemorySecretStore.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretVault.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

/*!
 * What the widget tests build their windows on: a local homeserver with \a secret on loopback,
 * profiles in a throw-away INI file, and the session store standing in for the keychain (the
 * keychain itself is tested against a real Secret Service elsewhere).
 */
class WidgetFixture
{
public:
    WidgetFixture(const QByteArray &secret, const QString &serverName);

    //! Saves a profile for the local homeserver, with its secret in the session store if asked.
    registrar::store::Profile addProfile(const QString &name, bool withSecret);

    const QByteArray secret;
    QTemporaryDir dir;
    registrar::devserver::DevServer server;
    QNetworkAccessManager manager;
    std::unique_ptr<registrar::store::ProfileStore> profiles;
    registrar::store::MemorySecretStore keychain;
    registrar::store::SecretVault secrets;
};

//! The child of \a parent named \a name; a test that asks for a widget the form lacks stops.
template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget) {
        qFatal("no widget %s", name);
    }
    return widget;
}
