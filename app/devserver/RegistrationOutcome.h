// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace registrar::devserver {

/*!
 * What one flavour's checks made of a registration POST: either the answer that refuses it, or
 * what the local homeserver is to create. The account, its session and the 200 body are the
 * server's part; the checks, their order and their texts are the flavour's.
 */
struct RegistrationOutcome
{
    int status = 200;
    QByteArray refusal; //!< the whole error body; empty when the registration is accepted
    QString localpart; //!< lowercased
    QString password;
    bool admin = false;
    QString userType;
    bool inhibitLogin = false;
    QString deviceId; //!< empty: a new random one
    bool refreshToken = false;

    bool accepted() const { return refusal.isEmpty(); }

    static RegistrationOutcome refused(int status, const QJsonObject &body)
    {
        RegistrationOutcome outcome;
        outcome.status = status;
        outcome.refusal = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return outcome;
    }

    static RegistrationOutcome matrixError(int status, const char *errcode, const QString &message)
    {
        return refused(status,
                {{QStringLiteral("errcode"), QLatin1String(errcode)},
                        {QStringLiteral("error"), message}});
    }
};

//! Compares two MACs in time that does not depend on where they differ.
inline bool sameMac(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference |= char(a[i] ^ b[i]);
    }
    return difference == 0;
}

//! What a flavour's checks may ask of the server: whether a nonce is valid (a flavour whose
//! nonces are single-use has it used up by asking), and whether a localpart is taken.
struct RegistrationContext
{
    QByteArray secret;
    QString serverName;
    std::function<bool(const QString &nonce)> takeNonce;
    std::function<bool(const QString &localpart)> isTaken;
};

} // namespace registrar::devserver
