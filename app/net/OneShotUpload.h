// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"

#include <QIODevice>

namespace registrar::net {

/*!
 * A request body that can be read once only. Qt sends a request again by itself when a kept-alive
 * connection closes before the answer; for a registration POST that had reached the server, the
 * second copy would meet a used nonce and hide an account that now exists. Given as a sequential
 * device the access manager may not buffer, a body cannot be sent twice: Qt fails the reply with
 * ContentReSendError instead. It holds its bytes as a secret, wiped when it is destroyed.
 */
class OneShotUpload : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUpload(const QByteArray &body, QObject *parent = nullptr);

    bool isSequential() const override { return true; }

    //! It cannot start again: that is its point (and Qt then asks nothing of seek()).
    bool reset() override { return false; }

    qint64 bytesAvailable() const override;

    qint64 size() const override { return m_body.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    core::SecretBytes m_body;
    qint64 m_read = 0;
};

} // namespace registrar::net
