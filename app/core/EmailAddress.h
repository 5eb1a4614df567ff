// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace registrar::core {

/*!
 * The email addresses given for a MAS account (a form field, --email, a CSV column), checked
 * before anything is sent: MAS refuses a bad one only after it has created the user. Only the
 * shape is checked (a name, an @ and a domain, no space); MAS's own check decides the rest.
 */
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    //! The longest address SMTP carries (RFC 5321's path limit less its angle brackets).
    static constexpr qsizetype kMaxLength = 254;

    //! The addresses of \a text, separated by commas, semicolons or spaces.
    static QStringList split(const QString &text);

    //! Why \a address cannot be one, or nothing when it can.
    static std::optional<QString> problem(const QString &address);
};

} // namespace registrar::core
