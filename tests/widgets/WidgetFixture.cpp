// SPDX-License-Identifier: GPL-3.0-or-later
#include "WidgetFixture.h"

#include <QSettings>
#include <QTest>

using registrar::store::Profile;
using registrar::store::ProfileStore;
using registrar::store::SecretStore;

WidgetFixture::WidgetFixture(const QByteArray &secret, const QString &serverName)
    : secret(secret)
    , profiles(std::make_unique<ProfileStore>(std::make_unique<QSettings>(
              dir.filePath(QStringLiteral("profiles.ini")), QSettings::IniFormat)))
    , secrets(&keychain)
{
    server.setSharedSecret(secret);
    server.setServerName(serverName);
    if (server.listen() == 0) {
        qFatal("the local homeserver could not listen on loopback");
    }
}

Profile WidgetFixture::addProfile(const QString &name, bool withSecret)
{
    Profile profile;
    profile.name = name;
    profile.clientUrl = server.baseUrl();
    QString error;
    if (!profiles->add(profile, &error)) {
        qFatal("%s", qPrintable(error));
    }
    if (withSecret) {
        bool done = false;
        keychain.write(profile.id, registrar::core::SecretBytes(secret), &keychain,
                [&done](const SecretStore::Result &) { done = true; });
        if (!QTest::qWaitFor([&done] { return done; })) {
            qFatal("the session store did not answer");
        }
    }
    return profile;
}
