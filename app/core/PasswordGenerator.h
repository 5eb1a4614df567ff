// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace registrar::core {

/*!
 * Passwords to hand out: letters, digits and -_.!@#%^*+= without look-alikes (0 O 1 l I), drawn
 * from QRandomGenerator::system() with rejection sampling, because reducing a 32-bit draw modulo
 * the alphabet size (as bounded() effectively does) favours the first symbols slightly.
 */
class PasswordGenerator
{
public:
    static constexpr int kDefaultLength = 20;
    static constexpr int kMinLength = 12;
    static constexpr int kMaxLength = 64;

    static const QString &alphabet();

    //! A new password of \a length characters, clamped to kMinLength..kMaxLength.
    static QString generate(int length = kDefaultLength);

    /*!
     * The alphabet index for one uniform 32-bit draw, or nothing when the draw falls in the
     * incomplete last block and must be redrawn.
     */
    static std::optional<int> indexForDraw(quint32 draw, int alphabetSize);
};

} // namespace registrar::core
