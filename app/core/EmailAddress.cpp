// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailAddress.h"

#include "InputExcerpt.h"

#include <QRegularExpression>

namespace registrar::core {

QStringList EmailAddress::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

std::optional<QString> EmailAddress::problem(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1) {
        return tr("\u201c%1\u201d is not an email address: it needs a name, an @ and a domain.")
                .arg(InputExcerpt::of(address));
    }
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return tr("The email address \u201c%1\u201d holds a space or a control character.")
                    .arg(InputExcerpt::of(address));
        }
    }
    if (address.toUtf8().size() > kMaxLength) {
        return tr("The email address \u201c%1\u201d is longer than %2 bytes.")
                .arg(InputExcerpt::of(address))
                .arg(kMaxLength);
    }
    return std::nullopt;
}

} // namespace registrar::core
