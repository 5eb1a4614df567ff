// SPDX-License-Identifier: GPL-3.0-or-later
#include "BatchTableModel.h"

namespace registrar::widgets {

void BatchTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfLine.clear();
    endResetModel();
}

void BatchTableModel::append(const core::BatchRow &row)
{
    const int index = int(m_rows.size());
    beginInsertRows({}, index, index);
    m_rows.append({row.line, row.username, row.request.displayName, row.request.admin,
            row.request.userType,
            row.isValid() ? core::BatchRowStatus::Ready : core::BatchRowStatus::Invalid,
            row.problems.join(QLatin1Char(' '))});
    m_rowOfLine.insert(row.line, index);
    endInsertRows();
}

void BatchTableModel::setOutcome(qint64 line, core::BatchRowStatus status, const QString &message)
{
    const auto it = m_rowOfLine.constFind(line);
    if (it == m_rowOfLine.constEnd()) {
        return;
    }
    Entry &entry = m_rows[*it];
    entry.status = status;
    entry.message = message;
    emit dataChanged(index(*it, Status), index(*it, Message));
}

QString BatchTableModel::statusText(core::BatchRowStatus status)
{
    // The results file and the CLI keep the English words; only the table translates them.
    switch (status) {
    case core::BatchRowStatus::Ready:
        return tr("ready");
    case core::BatchRowStatus::Invalid:
        return tr("invalid");
    case core::BatchRowStatus::Created:
        return tr("created");
    case core::BatchRowStatus::Failed:
        return tr("failed");
    case core::BatchRowStatus::Unknown:
        return tr("unknown");
    }
    Q_UNREACHABLE();
    return {};
}

int BatchTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole)) {
        return {};
    }
    const Entry &entry = m_rows.at(index.row());
    switch (index.column()) {
    case Line:
        return entry.line;
    case Username:
        return entry.username;
    case DisplayName:
        return entry.displayName;
    case Admin:
        return entry.admin ? tr("yes") : tr("no");
    case UserType:
        return entry.userType.isEmpty() ? tr("regular") : entry.userType;
    case Status:
        return statusText(entry.status);
    case Message:
        return entry.message;
    default:
        return {};
    }
}

QVariant BatchTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Line:
        return tr("Line");
    case Username:
        return tr("Username");
    case DisplayName:
        return tr("Display name");
    case Admin:
        return tr("Admin");
    case UserType:
        return tr("Type");
    case Status:
        return tr("Status");
    case Message:
        return tr("Problem or reason");
    default:
        return {};
    }
}

} // namespace registrar::widgets
