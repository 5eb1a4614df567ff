// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <memory>

class QString;

namespace registrar::core {

/*!
 * Secret bytes (a shared secret, a password, a token) in a buffer of their own that is zeroed on
 * wipe() and on destruction. Move-only, so a secret is never duplicated by accident: copy() says
 * so where a second holder is needed. QByteArray cannot promise this, since its copies share one
 * buffer until written and filling a copy zeroes a new buffer, not the one that held the secret.
 */
class SecretBytes
{
public:
    SecretBytes() = default;
    //! Copies \a bytes into a buffer of its own; the caller still owns (and wipes) the source.
    explicit SecretBytes(QByteArrayView bytes);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    /*!
     * Takes the bytes of \a bytes and zeroes its buffer where it can: when \a bytes shares its
     * buffer with other QByteArrays, only they can, and the buffer is left to them.
     */
    static SecretBytes takeFrom(QByteArray &bytes);
    //! The UTF-8 of \a text; the intermediate buffer Qt makes for it is zeroed.
    static SecretBytes fromUtf8(const QString &text);

    SecretBytes copy() const { return SecretBytes(view()); }

    bool isEmpty() const { return m_size == 0; }

    qsizetype size() const { return m_size; }

    const char *data() const { return m_data.get(); }

    QByteArrayView view() const { return QByteArrayView(m_data.get(), m_size); }

    /*!
     * A QByteArray that reads this buffer without copying it, for Qt calls that take one and
     * copy what they keep. It must not outlive this object, nor be written to.
     */
    QByteArray borrowed() const { return QByteArray::fromRawData(m_data.get(), m_size); }

    //! Zeroes the bytes; the buffer stays allocated (and zero) until destruction or clear().
    void wipe();
    //! Zeroes the bytes and frees the buffer.
    void clear();

    bool operator==(const SecretBytes &other) const { return view() == other.view(); }

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

} // namespace registrar::core
