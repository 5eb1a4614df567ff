// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchInput.h"

#include "EmailAddress.h"
#include "InputExcerpt.h"
#include "PasswordGenerator.h"
#include "UsernameRules.h"

#include <QRegularExpression>

namespace registrar::core {

BatchInput::BatchInput(
        QIODevice *device, const QString &serverName, int passwordLength, bool generatePasswords)
    : m_reader(device, {kMaxFieldBytes, kMaxRowBytes})
    , m_serverName(serverName)
    , m_passwordLength(passwordLength)
    , m_generatePasswords(generatePasswords)
{ }

const QStringList &BatchInput::columns()
{
    static const QStringList names{QStringLiteral("username"), QStringLiteral("displayname"),
            QStringLiteral("password"), QStringLiteral("admin"), QStringLiteral("user_type"),
            QStringLiteral("email")};
    return names;
}

std::optional<bool> BatchInput::parseAdmin(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value.isEmpty() || value == QLatin1String("false") || value == QLatin1String("no")
            || value == QLatin1String("0")) {
        return false;
    }
    if (value == QLatin1String("true") || value == QLatin1String("yes")
            || value == QLatin1String("1")) {
        return true;
    }
    return std::nullopt;
}

bool BatchInput::readHeader()
{
    const std::optional<QStringList> header = m_reader.next();
    if (!header) {
        m_error = m_reader.error().isEmpty()
                ? tr("The file is empty: it needs a header row such as "
                     "\u201cusername,displayname,password\u201d.")
                : m_reader.error();
        return false;
    }
    for (int i = 0; i < header->size(); ++i) {
        const QString name = header->at(i).trimmed().toLower();
        if (!columns().contains(name)) {
            m_error = tr("Unknown column \u201c%1\u201d in the header; the columns are %2.")
                              .arg(InputExcerpt::of(header->at(i).trimmed()),
                                      columns().join(QStringLiteral(", ")));
            return false;
        }
        if (m_columnOf.contains(name)) {
            m_error = tr("The column \u201c%1\u201d appears twice in the header.")
                              .arg(InputExcerpt::of(name));
            return false;
        }
        m_columnOf.insert(name, i);
    }
    if (!m_columnOf.contains(QStringLiteral("username"))) {
        m_error = tr("The header has no \u201cusername\u201d column.");
        return false;
    }
    m_columnCount = header->size();
    return true;
}

std::optional<BatchRow> BatchInput::next()
{
    const std::optional<QStringList> fields = m_reader.next();
    if (!fields) {
        m_error = m_reader.error();
        return std::nullopt;
    }
    BatchRow row;
    row.line = m_reader.recordLine();
    const auto value = [&](const char *column) {
        const int index = m_columnOf.value(QLatin1String(column), -1);
        return index >= 0 && index < fields->size() ? fields->at(index) : QString();
    };
    if (fields->size() != m_columnCount) {
        row.problems.append(tr("The row has %1 fields; the header has %2.")
                                    .arg(fields->size())
                                    .arg(m_columnCount));
    }
    row.username = value("username").trimmed();
    row.request.username = row.username;
    row.request.displayName = value("displayname");
    row.request.setPassword(value("password"));
    row.request.userType = value("user_type").trimmed();
    const std::optional<bool> admin = parseAdmin(value("admin"));
    if (!admin) {
        row.problems.append(
                tr("admin is \u201c%1\u201d; use true/false, yes/no, 1/0 or leave it empty.")
                        .arg(InputExcerpt::of(value("admin"))));
    }
    row.request.admin = admin.value_or(false);
    row.request.emails = EmailAddress::split(value("email"));
    QSet<QString> rowEmails;
    for (const QString &address : std::as_const(row.request.emails)) {
        if (const std::optional<QString> problem = EmailAddress::problem(address)) {
            row.problems.append(*problem);
            continue;
        }
        // MAS refuses an address that another account already has, after creating the user:
        // found here, the row is never sent.
        const QString folded = address.toLower();
        const size_t key = qHash(folded, size_t(0));
        if (rowEmails.contains(folded)) {
            row.problems.append(tr("The email address \u201c%1\u201d appears twice in the row.")
                                        .arg(InputExcerpt::of(address)));
        } else if (m_seenEmails.contains(key)) {
            row.problems.append(tr("The email address \u201c%1\u201d appears earlier in the file.")
                                        .arg(InputExcerpt::of(address)));
        }
        rowEmails.insert(folded);
        m_seenEmails.insert(key);
    }
    if (row.request.password.isEmpty()) {
        row.passwordGenerated = true;
        // Generated only when accounts are really created, so a check run draws nothing.
        row.request.setPassword(m_generatePasswords ? PasswordGenerator::generate(m_passwordLength)
                                                    : QStringLiteral("to-be-generated"));
    }
    if (const std::optional<InputProblem> unknownServer =
                    UsernameRules::userIdOfUnknownServer(row.username, m_serverName)) {
        row.problems.append(unknownServer->message);
    }
    for (const InputProblem &problem : row.request.check(m_serverName)) {
        if (problem.isBlocking()) {
            row.problems.append(problem.message);
        }
    }
    const QString localpart = row.request.localpart();
    if (!localpart.isEmpty()) {
        const size_t key = qHash(localpart, size_t(0));
        if (m_seen.contains(key)) {
            row.problems.append(tr("\u201c%1\u201d appears earlier in the file.")
                                        .arg(InputExcerpt::of(localpart)));
        } else {
            m_seen.insert(key);
        }
    }
    return row;
}

} // namespace registrar::core
