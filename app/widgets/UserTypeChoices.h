// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QComboBox;

namespace registrar::widgets {

//! The user types an account can be created with, as every combo box offers them.
class UserTypeChoices
{
    Q_DECLARE_TR_FUNCTIONS(UserTypeChoices)

public:
    //! Adds the choices to \a combo; each item's data is the user_type sent ("" for a regular user).
    static void fill(QComboBox *combo);
};

} // namespace registrar::widgets
