// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include <QCoreApplication>

#include <cstdio>

namespace registrar::cli {

namespace {

void writeLine(FILE *stream, const QString &text)
{
    QByteArray bytes = text.toLocal8Bit();
    if (!bytes.endsWith('\n')) {
        bytes.append('\n');
    }
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void CliOutput::result(const QString &text)
{
    writeLine(stdout, text);
}

void CliOutput::note(const QString &text)
{
    writeLine(stderr, text);
}

void CliOutput::warning(const QString &text)
{
    writeLine(stderr, QCoreApplication::translate("CliOutput", "warning: %1").arg(text));
}

void CliOutput::error(const QString &text)
{
    writeLine(stderr, QCoreApplication::translate("CliOutput", "error: %1").arg(text));
}

} // namespace registrar::cli
