// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MemorySecretStore.h"
#include "SecretStore.h"

namespace registrar::store {

/*!
 * The app's secrets: the keychain, and for when it cannot be reached, secrets kept for this
 * app run only. Reads look in memory first; write() goes to the keychain, so
 * placeName() is the keychain's. Never writes anything to disk itself.
 */
class SecretVault : public SecretStore
{
    Q_OBJECT

public:
    //! \a keychain is not owned.
    explicit SecretVault(SecretStore *keychain, QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const core::SecretBytes &secret, QObject *context,
            Callback done) override;
    //! Removes the secret from both stores; reports the keychain's answer.
    void remove(const QString &key, QObject *context, Callback done) override;

    QString placeName() const override { return m_keychain->placeName(); }

    //! Keeps \a secret in memory for this app run only, for when the keychain cannot be used.
    void keepForThisRun(
            const QString &key, const core::SecretBytes &secret, QObject *context, Callback done);

    //! True when \a status means the keychain cannot be used at all, so memory may help.
    static bool isUnavailable(Status status);

private:
    SecretStore *m_keychain;
    MemorySecretStore m_memory;
};

} // namespace registrar::store
