// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace registrar::core {

/*!
 * How far the creation of one account through MAS's admin API got. MAS's calls are not one
 * transaction (../shared/docs/mas-admin-api.md section 3.7): each step's result is its own state,
 * kept here so that a later attempt continues from it without doing anything twice. No secret.
 */
struct MasProgress
{
    Q_DECLARE_TR_FUNCTIONS(MasProgress)

public:
    //! The steps in MAS's call order.
    enum class Step { None, UserCreated, PasswordSet, AdminSet, EmailsAdded, SignedIn };

    QString username; //!< the localpart sent to MAS
    QString masUserId; //!< the user's ULID once it exists; every later call needs it
    bool userCreated = false; //!< this tool created it, in this attempt or an earlier one
    bool passwordSet = false;
    bool adminSet = false;
    QStringList emailsAdded;
    bool signedIn = false; //!< a personal session (or a compatibility login) made a token
    //! When a create was sent whose answer never came (seconds since the epoch), else 0: a user
    //! of this name that MAS created soon after is taken for that attempt's.
    qint64 createSentAt = 0;

    bool exists() const { return !masUserId.isEmpty(); }

    //! The latest step in call order that is done; None before the user exists.
    Step lastStep() const;

    //! The contract words of results files and --json: "none", "user-created", "password-set",
    //! "admin-set", "emails-added", "signed-in".
    static QString stepName(Step step);
    static std::optional<Step> stepFromName(const QString &name);

    //! A few translated words for \a step: "the user was created", "the password was set"…
    static QString stepTitle(Step step);

    //! mas_user_id, mas_username, mas_user_created, mas_password_set, mas_admin_set,
    //! mas_emails_added, mas_signed_in, mas_last_step, mas_create_sent_at.
    QJsonObject toJson() const;
    static MasProgress fromJson(const QJsonObject &json);
};

} // namespace registrar::core

Q_DECLARE_METATYPE(registrar::core::MasProgress)
