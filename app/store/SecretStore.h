// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretBytes.h"

#include <QByteArray>
#include <QObject>

#include <functional>

namespace registrar::store {

/*!
 * Where shared secrets live, by key (a profile's ID). Every call answers through its callback,
 * later, never from inside the call, and only while \a context lives. No store writes a secret
 * to a settings file, a log or anywhere else on disk in plain text.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        NoSessionBus,
        NoSecretService,
        Locked,
        AccessDenied,
        Failed,
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::Ok;
        core::SecretBytes secret; //!< for reads that succeeded
        QString detail; //!< the backend's own words, for the expert line

        bool ok() const { return status == Status::Ok; }

        //! A second Result with its own copy of the secret, for holders that outlive the call.
        Result copy() const { return {status, secret.copy(), detail}; }

        //! What happened and what to do, for people.
        QString message() const;
    };

    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    //! Stores a copy of \a secret; the caller keeps (and wipes) its own.
    virtual void write(const QString &key, const core::SecretBytes &secret, QObject *context,
            Callback done) = 0;
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    //! Where this store keeps secrets, for sentences such as "stored in %1".
    virtual QString placeName() const = 0;
};

} // namespace registrar::store
