// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace registrar::store {
class AccountHistory;
}

namespace registrar::widgets {

/*!
 * The accounts of an AccountHistory, newest first, for a view that stays quick with a hundred
 * thousand of them: the cells are read from the history when shown, and accounts added since the
 * last refresh() are inserted at the top instead of the whole table being built again.
 */
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UserId, Server, Created, Admin, Type, ColumnCount };

    //! Shows \a history (not owned) as refresh() last found it.
    explicit HistoryTableModel(const store::AccountHistory *history, QObject *parent = nullptr);

    //! Shows the entries added to the history since the last call; a cleared history anew.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const store::AccountHistory *m_history;
    int m_shown = 0; //!< the first m_shown entries of the history are listed
};

} // namespace registrar::widgets
