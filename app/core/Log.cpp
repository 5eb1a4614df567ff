// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

Q_LOGGING_CATEGORY(lcCore, "registrar.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "registrar.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "registrar.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcDevServer, "registrar.devserver", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "registrar.cli", QtWarningMsg)
