// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace registrar::core {

/*!
 * Passwords to hand out: letters, digits and -_.!@#%^*+= without look-alikes (0 O 1 l I), drawn
 * from QRandomGenerator::system() with rejection sampling, because reducing a 32-bit draw modulo
 * the alphabet size (as bounded() effectively does) favours the first symbols slightly. The first
 * character is drawn, just as uniformly, from the alphabet without - + = @, so that a password
 * written to a CSV results file never starts a spreadsheet formula.
 */
class PasswordGenerator
{
public:
    static constexpr int kDefaultLength = 20;
    static constexpr int kMinLength = 12;
    static constexpr int kMaxLength = 64;

    static const QString &alphabet();
    //! The alphabet of the first character: alphabet() without what starts a formula.
    static const QString &firstAlphabet();

    //! A new password of \a length characters, clamped to kMinLength..kMaxLength.
    static QString generate(int length = kDefaultLength);

    /*!
     * The alphabet index for one uniform 32-bit draw, or nothing when the draw falls in the
     * incomplete last block and must be redrawn.
     */
    static std::optional<int> indexForDraw(quint32 draw, int alphabetSize);
};

} // namespace registrar::core
