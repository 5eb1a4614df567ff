// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace registrar::core {

/*!
 * Keeps secrets out of crash artefacts: no core dumps (RLIMIT_CORE 0) and, on Linux, a process
 * that is not dumpable (no core file, no ptrace attach by the same user). Called first thing by
 * the app and the command-line tool.
 */
class ProcessHardening
{
public:
    //! True when both settings took effect.
    static bool apply();
};

} // namespace registrar::core
