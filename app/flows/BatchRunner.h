// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backend.h"
#include "BatchInput.h"
#include "HttpTransport.h"
#include "MasAdminClient.h"
#include "MasProgress.h"
#include "RegistrationError.h"
#include "RegistrationResult.h"
#include "SecretBytes.h"

#include <QPointer>
#include <QQueue>

#include <functional>

namespace registrar::net {
class MasAdminToken;
class MasRegistrationJob;
class RegistrationJob;
class SignInCheck;
} // namespace registrar::net

namespace registrar::flows {

/*!
 * Registers the valid rows of a batch with a few requests in flight, each its own
 * net::RegistrationJob and so its own nonce. Rows are pulled one at a time from a source, so a file
 * of any size runs in constant memory. cancel() stops starting new rows and lets the running ones
 * finish; finished() comes once every started row has ended. A row that an earlier run may have
 * created (BatchRow::mayExist) and that is now taken is settled by a sign-in with its password.
 *
 * Through MAS (setMas()), each row is a net::MasRegistrationJob, and the whole run shares one
 * net::MasAdminToken: one token request per token lifetime, not one per row. A row with the
 * progress of an earlier run (BatchRow::masProgress) goes on from there.
 */
class BatchRunner : public QObject
{
    Q_OBJECT

public:
    //! The next row to register, or nothing when there are no more.
    using RowSource = std::function<std::optional<core::BatchRow>()>;

    //! Where accounts made through MAS go, apart from MAS itself.
    struct MasTarget
    {
        core::MasAdminClient client;
        QUrl clientUrl; //!< the homeserver's client API: whoami, MAS's compatibility login
        //! Reaches clientUrl; not owned. Without one, the runner's transport does.
        net::HttpTransport *clientTransport = nullptr;
        bool skipPasswordCheck = false; //!< MAS's password strength check, for every row
        //! The admin token's clock (milliseconds), for tests; a steady clock when empty.
        std::function<qint64()> tokenClockMs;
    };

    /*!
     * \a transport reaches the admin API: Synapse's, or MAS's after setMas(), and then
     * \a sharedSecret is the MAS client's secret.
     */
    BatchRunner(net::HttpTransport *transport, const QUrl &adminBaseUrl,
            const core::SecretBytes &sharedSecret, const QString &serverName, int concurrency,
            bool withTokens, QObject *parent = nullptr);
    ~BatchRunner() override;

    //! Makes the accounts through MAS's admin API, before start().
    void setMas(const MasTarget &mas);

    bool isMas() const { return m_mas.client.isSet(); }

    //! How many admin tokens MAS was asked for so far; 0 without MAS.
    int masTokenRequests() const;

    void start(RowSource source);
    void cancel();

    bool isCancelled() const { return m_cancelled; }

signals:
    //! \a error is no error when the account was created.
    void rowFinished(const registrar::core::BatchRow &row,
            const registrar::core::RegistrationResult &result,
            const registrar::core::RegistrationError &error);
    //! Through MAS: \a row's account changed in MAS; \a progress is how far it got.
    void rowProgressed(
            const registrar::core::BatchRow &row, const registrar::core::MasProgress &progress);
    void finished();

private:
    void startMore();
    void startRow(const core::BatchRow &row);
    void startMasRow(const core::BatchRow &row);
    void endRow(const core::BatchRow &row, const core::RegistrationResult &result,
            const core::RegistrationError &error);
    /*!
     * For a row an earlier run may have created, now taken: whether its password signs in
     * decides between created and taken; anything else leaves it open.
     */
    void learnBackendFrom(const net::RegistrationJob *job);
    void checkSignIn(core::BatchRow row, const core::RegistrationError &taken);
    void startNextSignIn();

    net::HttpTransport *m_transport;
    QUrl m_adminBaseUrl;
    core::SecretBytes m_secret;
    core::Backend::Kind m_backend = core::Backend::Kind::Unknown;
    QString m_serverName;
    int m_concurrency;
    bool m_withTokens;
    RowSource m_source;
    int m_running = 0;
    bool m_exhausted = false;
    bool m_cancelled = false;
    bool m_finished = false;
    QQueue<QPointer<net::SignInCheck>> m_signInQueue;
    bool m_signInRunning = false;
    MasTarget m_mas;
    net::MasAdminToken *m_masToken = nullptr; //!< a child, made with the first MAS row
};

} // namespace registrar::flows
