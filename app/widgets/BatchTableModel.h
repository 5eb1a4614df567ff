// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BatchInput.h"
#include "BatchRowStatus.h"

#include <QAbstractTableModel>
#include <QHash>

namespace registrar::widgets {

//! The rows of a batch file and what became of each, for a view that stays quick with many rows.
class BatchTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Line, Username, DisplayName, Admin, UserType, Status, Message, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const core::BatchRow &row);
    //! Updates the row that starts on \a line.
    void setOutcome(qint64 line, core::BatchRowStatus status, const QString &message);

    core::BatchRowStatus statusAt(int row) const { return m_rows.value(row).status; }

    //! How \a status reads in the table, in the user's language.
    static QString statusText(core::BatchRowStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Entry
    {
        qint64 line = 0;
        QString username;
        QString displayName;
        bool admin = false;
        QString userType;
        core::BatchRowStatus status = core::BatchRowStatus::Ready;
        QString message;
    };

    QList<Entry> m_rows;
    QHash<qint64, int> m_rowOfLine;
};

} // namespace registrar::widgets
