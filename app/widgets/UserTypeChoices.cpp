// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserTypeChoices.h"

#include <QComboBox>

namespace registrar::widgets {

void UserTypeChoices::fill(QComboBox *combo)
{
    combo->addItem(tr("Regular user"), QString());
    combo->addItem(tr("Bot"), QStringLiteral("bot"));
    combo->addItem(tr("Support"), QStringLiteral("support"));
}

} // namespace registrar::widgets
