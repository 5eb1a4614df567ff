// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: any bytes as homeserver.yaml.
#include "SynapseConfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const auto config = registrar::store::SynapseConfig::parse(
            QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
            QStringLiteral("fuzz.yaml"), &error);
    if (config) {
        QString secretError;
        // A _path secret would read a file; only the inline form is exercised here.
        if (config->secretSource != registrar::store::SynapseConfig::SecretSource::File) {
            (void)config->sharedSecret(&secretError);
        }
        (void)config->localClientUrl();
    }
    return 0;
}
