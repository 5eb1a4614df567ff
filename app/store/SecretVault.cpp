// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretVault.h"

namespace registrar::store {

SecretVault::SecretVault(SecretStore *keychain, QObject *parent)
    : SecretStore(parent)
    , m_keychain(keychain)
{ }

bool SecretVault::isUnavailable(Status status)
{
    // Anything but an answer: the secret may exist, but this keychain cannot give it.
    return status != Status::Ok && status != Status::NotFound;
}

void SecretVault::read(const QString &key, QObject *context, Callback done)
{
    m_memory.read(key, context, [this, key, context, done](const Result &result) {
        if (result.ok()) {
            done(result);
        } else {
            m_keychain->read(key, context, done);
        }
    });
}

void SecretVault::write(
        const QString &key, const core::SecretBytes &secret, QObject *context, Callback done)
{
    m_keychain->write(key, secret, context, std::move(done));
}

void SecretVault::keepForThisRun(
        const QString &key, const core::SecretBytes &secret, QObject *context, Callback done)
{
    m_memory.write(key, secret, context, std::move(done));
}

void SecretVault::remove(const QString &key, QObject *context, Callback done)
{
    m_memory.remove(key, context, [](const Result &) {});
    m_keychain->remove(key, context, std::move(done));
}

} // namespace registrar::store
