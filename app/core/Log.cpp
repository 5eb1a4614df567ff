// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

Q_LOGGING_CATEGORY(lcNet, "registrar.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "registrar.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDevServer, "registrar.devserver", QtWarningMsg)
