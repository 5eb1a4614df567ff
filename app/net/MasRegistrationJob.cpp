// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasRegistrationJob.h"

#include "Log.h"
#include "MasAdminToken.h"
#include "MasReplyParser.h"
#include "ReplyParser.h"
#include "ServerUrl.h"
#include "SignInCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace registrar::net {

using core::MasReplyParser;
using core::RegistrationError;
using Code = RegistrationError::Code;

namespace {

//! MAS takes display names on creation from 1.18 (../shared/docs/mas-admin-api.md section 3.1).
const QVersionNumber kDisplayNameSince(1, 18, 0);

//! A create whose answer was lost owns a user of its name made within this time after it.
constexpr qint64 kCreateWindowSeconds = 600;

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

//! Like Synapse's own device IDs: ten capital letters.
QString newDeviceId()
{
    QString id;
    for (int i = 0; i < 10; ++i) {
        id += QChar(u'A' + QRandomGenerator::system()->bounded(26));
    }
    return id;
}

bool sentWithoutAnswer(const RegistrationError &error)
{
    // MAS rolls a failed create back itself (its 500s); only a lost answer leaves it open.
    return error.code() == Code::Timeout || error.code() == Code::Cancelled
            || error.code() == Code::NetworkFailure || error.code() == Code::ReplyTooLarge
            || (error.code() == Code::ServerError && error.serverMessage().isEmpty())
            || (error.code() == Code::MalformedReply && error.httpStatus() == 201);
}

} // namespace

MasRegistrationJob::MasRegistrationJob(HttpTransport *masTransport, HttpTransport *clientTransport,
        MasAdminToken *token, const core::MasAdminClient &client, const QUrl &clientUrl,
        const core::RegistrationRequest &request, QObject *parent)
    : QObject(parent)
    , m_masTransport(masTransport)
    , m_clientTransport(clientTransport)
    , m_token(token)
    , m_client(client)
    , m_clientUrl(clientUrl)
    , m_request(request)
    , m_displayNameChecked(request.displayName.isEmpty())
{
    m_progress.username = m_request.localpart();
}

MasRegistrationJob::~MasRegistrationJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->abort();
    }
    delete m_signIn;
    m_request.password.clear();
}

void MasRegistrationJob::setProgress(const core::MasProgress &progress)
{
    if (progress.username != m_request.localpart()) {
        return; // another account's
    }
    m_progress = progress;
    m_resumed = true;
}

void MasRegistrationJob::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        emit stageChanged(stage);
    }
}

void MasRegistrationJob::start()
{
    QString problem;
    for (const core::InputProblem &found : m_request.check(m_serverName)) {
        if (found.isBlocking()) {
            problem = found.message;
            break;
        }
    }
    if (problem.isEmpty() && !m_request.userType.isEmpty()) {
        problem = tr("MAS has no user types; leave the user type empty.");
    }
    if (problem.isEmpty() && !m_request.inhibitLogin && m_clientUrl.isEmpty()) {
        problem = tr("The homeserver's client URL is missing.");
    }
    if (!problem.isEmpty()) {
        QTimer::singleShot(
                0, this, [this, problem] { fail(RegistrationError(Code::InvalidInput, problem)); });
        return;
    }
    setStage(Stage::GettingToken);
    QTimer::singleShot(0, this, &MasRegistrationJob::lookUp);
}

void MasRegistrationJob::cancel()
{
    if (m_stage == Stage::Finished || m_cancelled) {
        return;
    }
    m_cancelled = true;
    if (m_signIn) {
        m_signIn->disconnect(this);
        m_signIn->deleteLater();
        m_signIn = nullptr;
        QTimer::singleShot(0, this, [this] { fail(RegistrationError(Code::Cancelled)); });
        return;
    }
    if (m_call) {
        m_call->abort(); // its handler reports Cancelled
        return;
    }
    // Waiting for a token, or between steps.
    QTimer::singleShot(0, this, [this] { fail(RegistrationError(Code::Cancelled)); });
}

void MasRegistrationJob::adminCall(
        const QString &path, const QByteArray &body, Handler handle, bool renewed)
{
    m_token->withToken(this,
            [this, path, body, handle = std::move(handle), renewed](
                    const QByteArray &token, const RegistrationError &error) mutable {
                if (m_cancelled || m_stage == Stage::Finished) {
                    if (m_stage != Stage::Finished && !m_call) {
                        fail(RegistrationError(Code::Cancelled));
                    }
                    return;
                }
                if (error.isError()) {
                    fail(error);
                    return;
                }
                if (m_stage == Stage::GettingToken) {
                    setStage(Stage::LookingUp); // the first call once the token is there
                }
                const QUrl url = m_client.adminApi(path);
                m_call = body.isEmpty() ? m_masTransport->get(url, token)
                                        : m_masTransport->post(url, body, token);
                connect(m_call, &HttpCall::finished, this,
                        [this, path, body, token, handle = std::move(handle), renewed](
                                const core::HttpResponse &response) {
                            m_call = nullptr;
                            if (!renewed && MasReplyParser::isExpiredToken(response)) {
                                // Admin tokens live minutes and cannot be refreshed.
                                m_token->discard(token);
                                adminCall(path, body, handle, true);
                                return;
                            }
                            handle(response);
                        });
            });
}

void MasRegistrationJob::lookUp()
{
    adminCall(QStringLiteral("users/by-username/")
                    + QString::fromLatin1(QUrl::toPercentEncoding(m_progress.username)),
            {}, [this](const core::HttpResponse &response) { handleLookup(response); });
}

void MasRegistrationJob::handleLookup(const core::HttpResponse &response)
{
    const core::Outcome<MasReplyParser::User> found = MasReplyParser::parseLookup(response);
    if (!found.isOk()) {
        fail(found.error());
        return;
    }
    const MasReplyParser::User &user = found.value();
    if (user.id.isEmpty()) {
        if (m_progress.exists()) {
            // The user an earlier attempt made is gone (deleted in MAS): start over.
            const QString username = m_progress.username;
            m_progress = core::MasProgress();
            m_progress.username = username;
            emitProgress();
        }
        checkPasswordLogin();
        return;
    }
    const bool earlierAttemptsUser = user.id == m_progress.masUserId
            || (!m_progress.exists() && m_progress.createSentAt > 0 && user.createdAt.isValid()
                    && user.createdAt.toSecsSinceEpoch() >= m_progress.createSentAt - 60
                    && user.createdAt.toSecsSinceEpoch()
                            <= m_progress.createSentAt + kCreateWindowSeconds);
    if (!earlierAttemptsUser) {
        RegistrationError taken = RegistrationError::fromServer(Code::UsernameTaken, 409, QString(),
                tr("MAS already has the user %1 (%2)").arg(m_progress.username, user.id));
        taken.setBackend(core::Backend::Kind::SynapseMas);
        fail(taken);
        return;
    }
    if (!m_progress.exists()) {
        m_progress.masUserId = user.id;
        m_progress.userCreated = true;
        m_progress.createSentAt = 0;
        emitProgress();
    }
    next();
}

void MasRegistrationJob::checkPasswordLogin()
{
    if (m_request.password.isEmpty()) {
        createUser();
        return;
    }
    if (const std::optional<bool> known = m_token->passwordLoginEnabled()) {
        if (!*known) {
            fail(RegistrationError(Code::PasswordLoginDisabled));
            return;
        }
        createUser();
        return;
    }
    // Asked before the user exists, so that a MAS without passwords leaves no user behind.
    adminCall(QStringLiteral("site-config"), {}, [this](const core::HttpResponse &response) {
        if (MasReplyParser::isUnknownRoute(response)) {
            m_token->setPasswordLoginEnabled(true); // MAS before 1.4 cannot say; set-password will
            createUser();
            return;
        }
        const core::Outcome<bool> enabled = MasReplyParser::parsePasswordLoginEnabled(response);
        if (!enabled.isOk()) {
            fail(enabled.error());
            return;
        }
        m_token->setPasswordLoginEnabled(enabled.value());
        if (!enabled.value()) {
            RegistrationError off(Code::PasswordLoginDisabled);
            off.setHttpStatus(response.status);
            fail(off);
            return;
        }
        createUser();
    });
}

void MasRegistrationJob::createUser()
{
    setStage(Stage::CreatingUser);
    QJsonObject body{{QStringLiteral("username"), m_progress.username}};
    if (!m_request.displayName.isEmpty()) {
        body.insert(QStringLiteral("displayname"), m_request.displayName);
    }
    if (m_request.adoptHomeserverAccount) {
        body.insert(QStringLiteral("skip_homeserver_check"), true);
    }
    // Kept before it is sent: should the answer be lost, the next attempt knows to look.
    m_progress.createSentAt = QDateTime::currentSecsSinceEpoch();
    emitProgress();
    adminCall(QStringLiteral("users"), json(body), [this](const core::HttpResponse &response) {
        const core::Outcome<MasReplyParser::User> created = MasReplyParser::parseUser(response);
        if (!created.isOk()) {
            RegistrationError error = created.error();
            if (sentWithoutAnswer(error)) {
                // MAS may have committed the user: the next attempt looks for it by name.
                fail(RegistrationError::accountMayExist(error));
                return;
            }
            m_progress.createSentAt = 0;
            fail(error);
            return;
        }
        m_progress.masUserId = created.value().id;
        m_progress.userCreated = true;
        m_progress.createSentAt = 0;
        emitProgress();
        next();
    });
}

void MasRegistrationJob::next()
{
    if (m_cancelled) {
        fail(RegistrationError(Code::Cancelled));
        return;
    }
    if (!m_progress.passwordSet && !m_request.password.isEmpty()) {
        setPassword();
        return;
    }
    if (m_request.admin && !m_progress.adminSet) {
        setAdmin();
        return;
    }
    for (const QString &email : std::as_const(m_request.emails)) {
        if (!m_progress.emailsAdded.contains(email, Qt::CaseInsensitive)) {
            addEmail(email);
            return;
        }
    }
    if (!m_displayNameChecked) {
        checkDisplayName();
        return;
    }
    if (!m_request.inhibitLogin && !m_progress.signedIn) {
        signIn();
        return;
    }
    if (m_progress.signedIn && !m_request.inhibitLogin) {
        m_warnings.append(tr("An earlier attempt made this account's access token; no other was "
                             "made."));
    }
    finishWith({}, {}, std::nullopt);
}

void MasRegistrationJob::setPassword()
{
    setStage(Stage::SettingPassword);
    QJsonObject body{{QStringLiteral("password"), m_request.passwordText()}};
    if (m_request.skipPasswordCheck) {
        body.insert(QStringLiteral("skip_password_check"), true);
    }
    adminCall(QStringLiteral("users/%1/set-password").arg(m_progress.masUserId), json(body),
            [this](const core::HttpResponse &response) {
                const RegistrationError error = MasReplyParser::parseNoContent(response);
                if (error.isError()) {
                    fail(error);
                    return;
                }
                m_progress.passwordSet = true;
                emitProgress();
                next();
            });
}

void MasRegistrationJob::setAdmin()
{
    setStage(Stage::SettingAdmin);
    adminCall(QStringLiteral("users/%1/set-admin").arg(m_progress.masUserId),
            json({{QStringLiteral("admin"), true}}), [this](const core::HttpResponse &response) {
                const core::Outcome<MasReplyParser::User> user =
                        MasReplyParser::parseUser(response);
                if (!user.isOk()) {
                    fail(user.error());
                    return;
                }
                m_progress.adminSet = true;
                emitProgress();
                next();
            });
}

void MasRegistrationJob::addEmail(const QString &email)
{
    setStage(Stage::AddingEmails);
    const auto add = [this, email] {
        adminCall(QStringLiteral("user-emails"),
                json({{QStringLiteral("user_id"), m_progress.masUserId},
                        {QStringLiteral("email"), email}}),
                [this, email](const core::HttpResponse &response) {
                    if (MasReplyParser::isUnknownRoute(response)) {
                        fail(RegistrationError(Code::MasFeatureMissing,
                                tr("adding email addresses needs MAS 0.15 or newer. Register "
                                   "without them, or upgrade MAS.")));
                        return;
                    }
                    if (response.failure != core::HttpResponse::Failure::None
                            || response.status != 201) {
                        fail(MasReplyParser::errorFor(response));
                        return;
                    }
                    m_progress.emailsAdded.append(email);
                    emitProgress();
                    next();
                });
    };
    if (!m_resumed) {
        add();
        return;
    }
    // A repeated add is refused as "already in use": an earlier attempt may have added it.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("filter[user]"), m_progress.masUserId);
    query.addQueryItem(QStringLiteral("filter[email]"), email);
    adminCall(QStringLiteral("user-emails?") + query.toString(QUrl::FullyEncoded), {},
            [this, email, add](const core::HttpResponse &response) {
                const core::Outcome<bool> found = MasReplyParser::parseEmailFound(response);
                if (!found.isOk()) {
                    fail(found.error());
                    return;
                }
                if (found.value()) {
                    m_progress.emailsAdded.append(email);
                    emitProgress();
                    next();
                    return;
                }
                add();
            });
}

void MasRegistrationJob::checkDisplayName()
{
    m_displayNameChecked = true;
    adminCall(QStringLiteral("version"), {}, [this](const core::HttpResponse &response) {
        const core::Outcome<QVersionNumber> version = MasReplyParser::parseVersion(response);
        if (version.isOk() && version.value() >= kDisplayNameSince) {
            next();
            return;
        }
        // MAS before 1.18 drops the field without a word; older than 1.4 has no version route.
        m_warnings.append(version.isOk()
                        ? tr("MAS %1 does not take a display name when it creates a user (1.18 "
                             "does); set \u201c%2\u201d from a Matrix client.")
                                  .arg(version.value().toString(), m_request.displayName)
                        : tr("MAS did not say its version, so the display name \u201c%1\u201d "
                             "may not be set (MAS takes one from 1.18); check it from a Matrix "
                             "client.")
                                  .arg(m_request.displayName));
        next();
    });
}

void MasRegistrationJob::signIn()
{
    setStage(Stage::SigningIn);
    const QString deviceId = newDeviceId();
    QString scope = QStringLiteral("urn:matrix:client:api:* urn:matrix:client:device:") + deviceId;
    if (m_request.admin) {
        // As shared-secret registration's admin: the token carries Synapse admin rights.
        scope += QStringLiteral(" urn:synapse:admin:*");
    }
    adminCall(QStringLiteral("personal-sessions"),
            json({{QStringLiteral("actor_user_id"), m_progress.masUserId},
                    {QStringLiteral("human_name"), QStringLiteral("Synapse Registrar")},
                    {QStringLiteral("scope"), scope}}),
            [this, deviceId](const core::HttpResponse &response) {
                if (MasReplyParser::isUnknownRoute(response)) {
                    signInByPassword(); // MAS before 1.5
                    return;
                }
                const core::Outcome<MasReplyParser::PersonalSession> session =
                        MasReplyParser::parsePersonalSession(response);
                if (!session.isOk()) {
                    if (sentWithoutAnswer(session.error())) {
                        m_progress.sessionMayExist = true; // said when the account is done
                        emitProgress();
                    }
                    fail(session.error());
                    return;
                }
                m_progress.signedIn = true;
                emitProgress();
                finishWith(session.value().accessToken, deviceId, session.value().expiresInMs);
            });
}

void MasRegistrationJob::signInByPassword()
{
    if (m_request.password.isEmpty()) {
        fail(RegistrationError(Code::MasFeatureMissing,
                tr("personal sessions need MAS 1.5 or newer, and without a password the user "
                   "cannot sign in through the homeserver either. Register without signing "
                   "in.")));
        return;
    }
    // MAS's compatibility layer answers the homeserver's login with a never-expiring token.
    m_signIn = new SignInCheck(m_clientTransport, m_clientUrl, m_progress.username, m_serverName,
            m_request.passwordText(), this);
    m_signIn->setKeepSession(true);
    connect(m_signIn, &SignInCheck::confirmed, this,
            [this](const core::RegistrationResult &session, const QString &) {
                m_signIn->deleteLater();
                m_signIn = nullptr;
                m_progress.signedIn = true;
                emitProgress();
                if (m_serverName.isEmpty()) {
                    m_serverName = session.homeServer;
                }
                finishWith(session.accessToken, session.deviceId, session.expiresInMs);
            });
    const auto refused = [this](const RegistrationError &) {
        m_signIn->deleteLater();
        m_signIn = nullptr;
        fail(RegistrationError(Code::MasFeatureMissing,
                tr("personal sessions need MAS 1.5 or newer, and signing in through the "
                   "homeserver (MAS's compat resource) did not work either, so no access token "
                   "could be made. Register without signing in, or mount MAS's compat "
                   "resource.")));
    };
    connect(m_signIn, &SignInCheck::refused, this, refused);
    connect(m_signIn, &SignInCheck::failed, this, refused);
    m_signIn->start();
}

void MasRegistrationJob::finishWith(
        const QString &accessToken, const QString &deviceId, std::optional<qint64> expiresInMs)
{
    core::RegistrationResult result;
    result.masUserId = m_progress.masUserId;
    result.accessToken = accessToken;
    result.deviceId = deviceId;
    result.expiresInMs = expiresInMs;
    const auto done = [this, result](const QString &serverName) {
        core::RegistrationResult account = result;
        account.homeServer = serverName;
        account.userId = QLatin1Char('@') + m_progress.username;
        if (serverName.isEmpty()) {
            m_warnings.append(tr("The homeserver's name is not known, so the user ID is shown "
                                 "without it; give the server name to see it whole."));
        } else {
            account.userId += QLatin1Char(':') + serverName;
        }
        setStage(Stage::Finished);
        emit succeeded(account);
    };
    if (m_progress.sessionMayExist) {
        m_warnings.append(tr("An earlier attempt may have made a personal session for %1 too "
                             "(its answer was lost). If MAS lists one, revoke it "
                             "(POST /api/admin/v1/personal-sessions/ID/revoke).")
                                  .arg(m_progress.masUserId));
    }
    if (accessToken.isEmpty()) {
        done(m_serverName);
        return;
    }
    // The homeserver itself confirms the token, and says the account's server name.
    m_call = m_clientTransport->get(core::ServerUrl::endpoint(m_clientUrl,
                                            QStringLiteral("/_matrix/client/v3/account/whoami")),
            accessToken.toUtf8());
    connect(m_call, &HttpCall::finished, this, [this, done](const core::HttpResponse &response) {
        m_call = nullptr;
        const core::Outcome<core::WhoamiResult> who = core::ReplyParser::parseWhoami(response);
        const QString prefix = QLatin1Char('@') + m_progress.username + QLatin1Char(':');
        if (who.isOk() && who.value().userId.startsWith(prefix)) {
            const QString serverName = who.value().userId.mid(prefix.size());
            if (!m_serverName.isEmpty() && serverName != m_serverName) {
                m_warnings.append(tr("The homeserver names the account %1, not one on %2 as "
                                     "the server name given says; that server name is wrong.")
                                          .arg(who.value().userId, m_serverName));
            }
            done(serverName);
            return;
        }
        if (!who.isOk() && who.error().code() == Code::AccessTokenRejected) {
            // The token works nowhere it is meant to: perhaps another homeserver's MAS.
            fail(who.error());
            return;
        }
        m_warnings.append(tr("The homeserver did not confirm the new token (whoami): %1")
                                  .arg(who.isOk() ? who.value().userId : who.error().message()));
        done(QString());
    });
}

void MasRegistrationJob::fail(RegistrationError error)
{
    if (m_stage == Stage::Finished) {
        return;
    }
    setStage(Stage::Finished);
    if (error.code() == Code::MasAdminApiMissing && error.detail().isEmpty()) {
        error.setDetail(m_client.masUrl.toString());
    }
    error.setBackend(core::Backend::Kind::SynapseMas);
    if (m_progress.exists() && error.code() != Code::UsernameTaken) {
        error = RegistrationError::accountIncomplete(error, m_progress);
    }
    error.setMasProgress(m_progress);
    qCInfo(lcNet) << "MAS registration failed:" << error.code() << "after"
                  << core::MasProgress::stepName(m_progress.lastStep());
    emit failed(error);
}

} // namespace registrar::net
