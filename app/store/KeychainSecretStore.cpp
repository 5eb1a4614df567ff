// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include "Log.h"
#include "SecretServiceProbe.h"

#include <QPointer>
#include <QTimer>

#include <memory>
#include <qt6keychain/keychain.h>

namespace registrar::store {

const QString KeychainSecretStore::kService = QStringLiteral("synapse-registrar");

namespace {

SecretStore::Result resultOf(QKeychain::Job *job)
{
    using Status = SecretStore::Status;
    SecretStore::Result result;
    result.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        result.detail.clear();
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
            // QtKeychain hands the bytes over in a QByteArray of its own, freed with the job.
            result.secret = core::SecretBytes(read->binaryData());
        }
        return result;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.status = Status::AccessDenied;
        return result;
    case QKeychain::EntryNotFound: {
        // A locked keyring answers reads with "not found" too.
        const Status probed = SecretServiceProbe::check();
        result.status = probed == Status::Ok ? Status::NotFound : probed;
        return result;
    }
    default: {
        const Status probed = SecretServiceProbe::check();
        result.status = probed == Status::Ok ? Status::Failed : probed;
        return result;
    }
    }
}

//! Runs \a job and hands its result to \a done on a later turn of the event loop: starting
//! another keychain job from inside a job's finished signal misbehaves.
void run(QKeychain::Job *job, const QString &key, QObject *context, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context,
            [context, done = std::move(done)](QKeychain::Job *finished) {
                auto result = std::make_shared<SecretStore::Result>(resultOf(finished));
                qCDebug(lcStore) << "keychain job finished:" << int(result->status);
                QTimer::singleShot(0, context, [done, result] { done(*result); });
            });
    job->start();
}

} // namespace

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::ReadPasswordJob(kService, this), key, context, std::move(done));
}

void KeychainSecretStore::write(
        const QString &key, const core::SecretBytes &secret, QObject *context, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    // QtKeychain forces a copy: the job keeps a QByteArray until it has written it.
    job->setBinaryData(QByteArray(secret.data(), secret.size()));
    run(job, key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    run(new QKeychain::DeletePasswordJob(kService, this), key, context, std::move(done));
}

} // namespace registrar::store
