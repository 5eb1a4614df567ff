// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretFileText.h"

namespace registrar::core {

std::optional<SecretBytes> SecretFileText::take(
        QByteArray &contents, Kind kind, const QString &path, QString *error)
{
    const SecretBytes file = SecretBytes::takeFrom(contents);
    QByteArrayView value = file.view();
    if (kind == Kind::Secret) {
        value = value.trimmed();
    } else if (value.endsWith("\r\n")) {
        value.chop(2);
    } else if (value.endsWith('\n')) {
        value.chop(1);
    }
    const bool secret = kind == Kind::Secret;
    if (secret && value.isEmpty()) {
        *error = tr("The secret in %1 is empty.").arg(path);
        return std::nullopt;
    }
    if (value.contains('\r') || value.contains('\n')) {
        *error = secret ? tr("The secret in %1 has a line break (CR or LF) inside it; a secret is "
                             "one line, so the file is refused rather than read as another "
                             "secret.")
                                  .arg(path)
                        : tr("The password file %1 has a line break (CR or LF) besides one at its "
                             "end; a password is one line, so the file is refused rather than "
                             "read as another password.")
                                  .arg(path);
        return std::nullopt;
    }
    if (!value.isValidUtf8()) {
        // QString would turn such bytes into U+FFFD: the value would be another than the file's.
        *error = secret
                ? tr("The secret in %1 is not UTF-8 text; Synapse cannot read it either.").arg(path)
                : tr("The password file %1 is not UTF-8 text; save it as UTF-8.").arg(path);
        return std::nullopt;
    }
    return SecretBytes(value);
}

} // namespace registrar::core
