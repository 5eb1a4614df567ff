// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordGenerator.h"

#include <QRandomGenerator>

namespace registrar::core {

const QString &PasswordGenerator::alphabet()
{
    static const QString symbols = QStringLiteral("abcdefghijkmnopqrstuvwxyz"
                                                  "ABCDEFGHJKLMNPQRSTUVWXYZ"
                                                  "23456789"
                                                  "-_.!@#%^*+=");
    return symbols;
}

const QString &PasswordGenerator::firstAlphabet()
{
    static const QString symbols = [] {
        QString safe = alphabet();
        // OWASP's CSV injection characters; tab and CR are not in the alphabet at all.
        for (QChar formula : {u'-', u'+', u'=', u'@'}) {
            safe.remove(formula);
        }
        return safe;
    }();
    return symbols;
}

std::optional<int> PasswordGenerator::indexForDraw(quint32 draw, int alphabetSize)
{
    const quint64 range = quint64(1) << 32;
    const quint64 limit = range - range % quint64(alphabetSize);
    if (draw >= limit) {
        return std::nullopt;
    }
    return int(draw % quint32(alphabetSize));
}

QString PasswordGenerator::generate(int length)
{
    length = qBound(kMinLength, length, kMaxLength);
    QString password;
    password.reserve(length);
    while (password.size() < length) {
        const QString &symbols = password.isEmpty() ? firstAlphabet() : alphabet();
        if (const auto index =
                        indexForDraw(QRandomGenerator::system()->generate(), int(symbols.size()))) {
            password.append(symbols.at(*index));
        }
    }
    return password;
}

} // namespace registrar::core
