// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

namespace registrar::store {

/*!
 * Asks D-Bus what QtKeychain 0.13 cannot tell: is there a session bus, is a Secret Service
 * (org.freedesktop.secrets) running or activatable, and is its default collection unlocked.
 * Returns Status::Ok when a keychain should work.
 */
class SecretServiceProbe
{
public:
    static SecretStore::Status check();
};

} // namespace registrar::store
