// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchFileCheck.h"

namespace registrar::core {

bool BatchFileCheck::check(BatchSource *source, const QString &serverName, int passwordLength,
        const RowVisitor &visit, Counts *counts, QString *error)
{
    if (!source->open(error)) {
        return false;
    }
    BatchInput input(source->device(), serverName, passwordLength, false);
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
