// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

namespace registrar::store {

QString SecretStore::Result::message() const
{
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No shared secret is stored for this profile yet.");
    case Status::NoSessionBus:
        return tr("There is no D-Bus session, so no keychain can be reached (a headless or SSH "
                  "session?). Use the secret for this session only, or give it to the "
                  "command-line tool with --secret-file or -c.");
    case Status::NoSecretService:
        return tr("No Secret Service is running: install and start gnome-keyring or KWallet to "
                  "store shared secrets, or use the secret for this session only.");
    case Status::Locked:
        return tr("The keyring is locked. Unlock it (usually by logging in to the desktop, or "
                  "with your keyring's password) and try again, or use the secret for this "
                  "session only.");
    case Status::AccessDenied:
        return tr("The keychain refused access to the secret. Allow Synapse Registrar in the "
                  "keychain's prompt or settings, or use the secret for this session only.");
    case Status::Failed:
        return tr("The keychain failed: %1").arg(detail);
    }
    return {};
}

} // namespace registrar::store
