// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegistrationRequest.h"

#include <QString>

namespace registrar::core {

/*!
 * The mas-cli line that creates the same account on the host of the Matrix Authentication
 * Service, for a server that delegates to MAS. The password is left out: mas-cli asks for it.
 */
class MasCliCommand
{
public:
    static QString forRegistration(const RegistrationRequest &request);
};

} // namespace registrar::core
