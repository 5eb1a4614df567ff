// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QString>

#include <map>

namespace registrar::store {

//! Secrets for this app run only: kept in memory, zeroed when removed or when the app ends.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const core::SecretBytes &secret, QObject *context,
            Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;

    QString placeName() const override { return tr("memory, for this session only"); }

private:
    void answer(QObject *context, Callback done, Result result);

    std::map<QString, core::SecretBytes> m_secrets; //!< each zeroed when it goes
};

} // namespace registrar::store
