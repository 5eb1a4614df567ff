// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretBytes.h"

#include <QString>

#include <cstring>
#include <string.h>

namespace registrar::core {

namespace {

//! Zeroes \a size bytes at \a data in a way the compiler may not drop as a dead store.
void zero(char *data, qsizetype size)
{
    if (data && size > 0) {
        explicit_bzero(data, std::size_t(size));
    }
}

} // namespace

SecretBytes::SecretBytes(QByteArrayView bytes)
    : m_size(bytes.size())
{
    if (m_size > 0) {
        m_data = std::make_unique<char[]>(std::size_t(m_size));
        std::memcpy(m_data.get(), bytes.data(), std::size_t(m_size));
    }
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::move(other.m_data))
    , m_size(other.m_size)
{
    other.m_size = 0;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = other.m_size;
        other.m_size = 0;
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes SecretBytes::takeFrom(QByteArray &bytes)
{
    SecretBytes taken(bytes);
    if (!bytes.isDetached()) {
        bytes = QByteArray(); // a shared buffer is wiped by its other holders
        return taken;
    }
    zero(bytes.data(), bytes.size());
    bytes.resize(0); // keeps the zeroed buffer, so nothing of it is freed unwiped

    return taken;
}

SecretBytes SecretBytes::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8(); // Qt forces this copy; it is ours alone, so it is zeroed
    return takeFrom(utf8);
}

void SecretBytes::wipe()
{
    zero(m_data.get(), m_size);
}

void SecretBytes::clear()
{
    wipe();
    m_data.reset();
    m_size = 0;
}

} // namespace registrar::core
