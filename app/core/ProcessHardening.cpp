// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessHardening.h"

#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace registrar::core {

bool ProcessHardening::apply()
{
    const rlimit noCore{0, 0};
    bool ok = setrlimit(RLIMIT_CORE, &noCore) == 0;
#ifdef __linux__
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
    return ok;
}

} // namespace registrar::core
