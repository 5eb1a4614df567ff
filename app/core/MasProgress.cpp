// SPDX-License-Identifier: GPL-3.0-or-later
#include "MasProgress.h"

#include <QJsonArray>

namespace registrar::core {

namespace {
const char *const kStepNames[] = {
        "none", "user-created", "password-set", "admin-set", "emails-added", "signed-in"};
} // namespace

MasProgress::Step MasProgress::lastStep() const
{
    if (signedIn) {
        return Step::SignedIn;
    }
    if (!emailsAdded.isEmpty()) {
        return Step::EmailsAdded;
    }
    if (adminSet) {
        return Step::AdminSet;
    }
    if (passwordSet) {
        return Step::PasswordSet;
    }
    return exists() ? Step::UserCreated : Step::None;
}

QString MasProgress::stepName(Step step)
{
    return QString::fromLatin1(kStepNames[int(step)]);
}

std::optional<MasProgress::Step> MasProgress::stepFromName(const QString &name)
{
    for (int i = 0; i <= int(Step::SignedIn); ++i) {
        if (name == QLatin1String(kStepNames[i])) {
            return Step(i);
        }
    }
    return std::nullopt;
}

QString MasProgress::stepTitle(Step step)
{
    switch (step) {
    case Step::None:
        return tr("nothing was done yet");
    case Step::UserCreated:
        return tr("the user was created");
    case Step::PasswordSet:
        return tr("the password was set");
    case Step::AdminSet:
        return tr("the admin flag was set");
    case Step::EmailsAdded:
        return tr("the email addresses were added");
    case Step::SignedIn:
        return tr("the access token was made");
    }
    return {};
}

QJsonObject MasProgress::toJson() const
{
    return {
            {QStringLiteral("mas_user_id"), masUserId},
            {QStringLiteral("mas_username"), username},
            {QStringLiteral("mas_user_created"), userCreated},
            {QStringLiteral("mas_password_set"), passwordSet},
            {QStringLiteral("mas_admin_set"), adminSet},
            {QStringLiteral("mas_emails_added"), QJsonArray::fromStringList(emailsAdded)},
            {QStringLiteral("mas_signed_in"), signedIn},
            {QStringLiteral("mas_last_step"), stepName(lastStep())},
            {QStringLiteral("mas_create_sent_at"), double(createSentAt)},
    };
}

MasProgress MasProgress::fromJson(const QJsonObject &json)
{
    MasProgress progress;
    progress.masUserId = json.value(QStringLiteral("mas_user_id")).toString();
    progress.username = json.value(QStringLiteral("mas_username")).toString();
    progress.userCreated = json.value(QStringLiteral("mas_user_created")).toBool();
    progress.passwordSet = json.value(QStringLiteral("mas_password_set")).toBool();
    progress.adminSet = json.value(QStringLiteral("mas_admin_set")).toBool();
    for (const QJsonValue &email : json.value(QStringLiteral("mas_emails_added")).toArray()) {
        progress.emailsAdded.append(email.toString());
    }
    progress.signedIn = json.value(QStringLiteral("mas_signed_in")).toBool();
    progress.createSentAt = json.value(QStringLiteral("mas_create_sent_at")).toInteger();
    return progress;
}

} // namespace registrar::core
