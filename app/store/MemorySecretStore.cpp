// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemorySecretStore.h"

#include <QTimer>

#include <memory>

namespace registrar::store {

void MemorySecretStore::answer(QObject *context, Callback done, Result result)
{
    // Shared, so the callable stays copyable; the one Result is destroyed (and wiped) once.
    auto answered = std::make_shared<Result>(std::move(result));
    QTimer::singleShot(0, context, [done = std::move(done), answered] { done(*answered); });
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.find(key);
    if (it == m_secrets.end()) {
        answer(context, std::move(done), Result{Status::NotFound, {}, {}});
        return;
    }
    answer(context, std::move(done), Result{Status::Ok, it->second.copy(), {}});
}

void MemorySecretStore::write(
        const QString &key, const core::SecretBytes &secret, QObject *context, Callback done)
{
    m_secrets[key] = secret.copy();
    answer(context, std::move(done), {});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (m_secrets.erase(key) == 0) {
        answer(context, std::move(done), {Status::NotFound, {}, {}});
        return;
    }
    answer(context, std::move(done), {});
}

} // namespace registrar::store
