// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchFileCheck.h"

namespace registrar::core {

bool BatchFileCheck::check(QFile *file, const QString &serverName, int passwordLength,
        const RowVisitor &visit, Counts *counts, QString *error)
{
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(file->fileName(), file->errorString());
        return false;
    }
    BatchInput input(file, serverName, passwordLength, false);
    if (!input.readHeader()) {
        *error = input.error();
        return false;
    }
    *counts = {};
    while (const std::optional<BatchRow> row = input.next()) {
        ++counts->rows;
        if (row->isValid()) {
            ++counts->valid;
            counts->admins += row->request.admin ? 1 : 0;
        }
        visit(*row);
    }
    if (!input.error().isEmpty()) {
        *error = input.error();
        return false;
    }
    return true;
}

} // namespace registrar::core
