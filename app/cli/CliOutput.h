// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace registrar::cli {

//! Where the command-line tool writes: results to stdout, everything else to stderr.
class CliOutput
{
public:
    static void result(const QString &text);
    static void note(const QString &text);
    static void warning(const QString &text);
    static void error(const QString &text);
};

} // namespace registrar::cli
