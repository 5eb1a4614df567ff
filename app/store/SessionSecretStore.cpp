// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSecretStore.h"

#include <QPointer>
#include <QTimer>

namespace registrar::store {

SessionSecretStore::~SessionSecretStore()
{
    for (QByteArray &secret : m_secrets) {
        secret.fill('\0');
    }
}

void SessionSecretStore::answer(QObject *context, Callback done, Result result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void SessionSecretStore::read(const QString &key, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(key);
    answer(context, std::move(done),
            it == m_secrets.constEnd() ? Result{Status::NotFound, {}, {}}
                                       : Result{Status::Ok, *it, {}});
}

void SessionSecretStore::write(
        const QString &key, const QByteArray &secret, QObject *context, Callback done)
{
    QByteArray &stored = m_secrets[key];
    stored.fill('\0');
    stored = secret;
    stored.detach();
    answer(context, std::move(done), {});
}

void SessionSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    auto it = m_secrets.find(key);
    if (it == m_secrets.end()) {
        answer(context, std::move(done), {Status::NotFound, {}, {}});
        return;
    }
    it->fill('\0');
    m_secrets.erase(it);
    answer(context, std::move(done), {});
}

} // namespace registrar::store
