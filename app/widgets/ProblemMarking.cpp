// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemMarking.h"

#include <QLabel>

namespace registrar::widgets {

void ProblemMarking::show(
        QLabel *label, const QString &text, bool problem, const QString &otherSign)
{
    label->setText((problem ? sign() : otherSign) + text);
    label->setStyleSheet(problem ? QStringLiteral("color: %1;").arg(colour()) : QString());
}

} // namespace registrar::widgets
