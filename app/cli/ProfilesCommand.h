// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeychainSecretStore.h"
#include "ProfileStore.h"

#include <memory>
#include <optional>

namespace registrar::cli {

/*!
 * `synapse-registrar-cli profiles list|add|remove`: the app's saved homeservers. Secrets go to
 * the keychain only; `list` shows none. Exit 0 on success, 1 on bad input or when the keychain
 * cannot take the secret (the message names why).
 */
class ProfilesCommand : public QObject
{
    Q_OBJECT

public:
    explicit ProfilesCommand(QObject *parent = nullptr);
    ~ProfilesCommand() override;

    //! As RegisterCommand::start().
    std::optional<int> start(const QStringList &arguments);

signals:
    void finished(int exitCode);

private:
    std::optional<int> list(const QStringList &arguments);
    std::optional<int> add(const QStringList &arguments);
    std::optional<int> remove(const QStringList &arguments);

    store::ProfileStore m_profiles;
    store::KeychainSecretStore m_secrets;
};

} // namespace registrar::cli
