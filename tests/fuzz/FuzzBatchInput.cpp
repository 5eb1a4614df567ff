// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a batch CSV file, read row by row with every check.
#include "BatchInput.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    registrar::core::BatchInput input(&buffer, QStringLiteral("example.com"), 12, false);
    if (input.readHeader()) {
        while (const auto row = input.next()) {
            (void)row->request.localpart();
        }
    }
    return 0;
}
