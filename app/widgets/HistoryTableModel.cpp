// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryTableModel.h"

#include "AccountHistory.h"

#include <QLocale>

namespace registrar::widgets {

HistoryTableModel::HistoryTableModel(const store::AccountHistory *history, QObject *parent)
    : QAbstractTableModel(parent)
    , m_history(history)
{
    refresh();
}

void HistoryTableModel::refresh()
{
    const int size = int(m_history->entries().size());
    if (size > m_shown) {
        // Newest first: what was added goes on top, and the rows below keep their entries.
        beginInsertRows({}, 0, size - m_shown - 1);
        m_shown = size;
        endInsertRows();
    } else if (size < m_shown) {
        beginResetModel();
        m_shown = size;
        endResetModel();
    }
}

int HistoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

int HistoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryTableModel::data(const QModelIndex &index, int role) const
{
    const int entryIndex = m_shown - 1 - index.row();
    if (role != Qt::DisplayRole || !index.isValid() || entryIndex < 0
            || entryIndex >= m_history->entries().size()) {
        return {};
    }
    const store::AccountHistory::Entry &entry = m_history->entries().at(entryIndex);
    switch (Column(index.column())) {
    case UserId:
        return entry.userId;
    case Server:
        return entry.homeServer;
    case Created:
        return QLocale().toString(entry.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Admin:
        return entry.admin ? tr("yes") : tr("no");
    case Type:
        return entry.userType.isEmpty() ? tr("regular") : entry.userType;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant HistoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case UserId:
        return tr("User ID");
    case Server:
        return tr("Server");
    case Created:
        return tr("Created");
    case Admin:
        return tr("Admin");
    case Type:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace registrar::widgets
