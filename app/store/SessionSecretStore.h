// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QHash>

namespace registrar::store {

//! Secrets for this session only: kept in memory, overwritten when removed or when the app ends.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~SessionSecretStore() override;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(
            const QString &key, const QByteArray &secret, QObject *context, Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    QString placeName() const override { return tr("memory, for this session only"); }

private:
    void answer(QObject *context, Callback done, Result result);

    QHash<QString, QByteArray> m_secrets;
};

} // namespace registrar::store
