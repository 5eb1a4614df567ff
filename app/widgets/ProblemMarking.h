// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace registrar::widgets {

/*!
 * How the windows mark a problem: the ✗ sign and words, in one red. Colour never carries the
 * meaning alone, so every marking has the sign too.
 */
class ProblemMarking
{
public:
    static QLatin1String colour() { return QLatin1String("#b3261e"); }

    static QString sign() { return QStringLiteral("\u2717 "); }

    //! The signs of a warning and of a check that passed, for the lines that are not problems.
    static QString warningSign() { return QStringLiteral("\u26a0 "); }

    static QString okSign() { return QStringLiteral("\u2714 "); }

    //! Shows \a text in \a label: marked as a problem, or else led by \a otherSign.
    static void show(
            QLabel *label, const QString &text, bool problem, const QString &otherSign = {});
};

} // namespace registrar::widgets
