// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as a profile export, imported into settings kept in memory.
#include "ProfileStore.h"

#include <QSettings>

#include <cstddef>
#include <cstdint>

namespace {

bool readNothing(QIODevice &, QSettings::SettingsMap &)
{
    return true;
}

bool writeNothing(QIODevice &, const QSettings::SettingsMap &)
{
    return true;
}

const QSettings::Format kMemoryFormat =
        QSettings::registerFormat(QStringLiteral("fuzzmemory"), readNothing, writeNothing);

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    registrar::store::ProfileStore store(std::make_unique<QSettings>(
            QStringLiteral("/nonexistent/registrar-fuzz.fuzzmemory"), kMemoryFormat));
    QStringList skipped;
    QString error;
    const auto added = store.importJson(
            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &skipped, &error);
    if (added) {
        (void)store.exportJson();
    }
    return 0;
}
