// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RegistrationError.h"

namespace registrar::core {

//! Either a value or the RegistrationError that explains why there is none.
template <typename T>
class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    { }

    Outcome(RegistrationError error)
        : m_error(std::move(error))
    { }

    bool isOk() const { return !m_error.isError(); }

    const T &value() const { return m_value; }

    const RegistrationError &error() const { return m_error; }

private:
    T m_value{};
    RegistrationError m_error;
};

} // namespace registrar::core
