// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputExcerpt.h"

namespace registrar::core {

QString InputExcerpt::of(const QString &text)
{
    // Counted in characters, not UTF-16 units: a cut inside a surrogate pair would leave a half
    // that shows as a replacement character.
    qsizetype end = 0;
    for (qsizetype characters = 0; end < text.size(); ++characters) {
        if (characters == kMaxCharacters) {
            return text.left(end) + QChar(0x2026);
        }
        end += text.at(end).isHighSurrogate() && end + 1 < text.size()
                        && text.at(end + 1).isLowSurrogate()
                ? 2
                : 1;
    }
    return text;
}

} // namespace registrar::core
