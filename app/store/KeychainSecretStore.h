// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

namespace registrar::store {

/*!
 * The OS keychain through QtKeychain, under the service "synapse-registrar". Its insecure
 * plain-text fallback stays off. QtKeychain 0.13 reports a missing session bus and a locked
 * keyring alike, and a read from a locked keyring as "not found", so failures are checked
 * against SecretServiceProbe to name the real cause.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static const QString kService;

    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const core::SecretBytes &secret, QObject *context,
            Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    QString placeName() const override { return tr("the keychain"); }
};

} // namespace registrar::store
