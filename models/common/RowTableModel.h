#pragma once

#include "models/ModelRoles.h"

#include <QAbstractTableModel>
#include <QList>

#include <utility>

namespace Chairside {

// A table over rows held in memory: one Row struct per line, its display texts prepared when the
// row arrived, so data() only hands out stored values. The subclass names its columns and presents
// one row; rows change only through resetRows() and appendRows(), which make the exact reset and
// insert calls. One column of numbers (price, points, time) is right-aligned, the rest left.
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        switch (role) {
        case Qt::TextAlignmentRole:
            return alignment(index.column());
        case LoadedRole:
            return true; // rows arrive whole
        default:
            return rowData(m_rows.at(index.row()), index.column(), role);
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
            return QAbstractTableModel::headerData(section, orientation, role);
        if (role == Qt::TextAlignmentRole)
            return alignment(section);
        if (role == Qt::DisplayRole)
            return headerText(section);
        return {};
    }

protected:
    RowTableModel(int columnCount, int numberColumn, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
        , m_numberColumn(numberColumn)
    {}

    // The title of a column.
    virtual QString headerText(int column) const = 0;
    // One cell of one row for every role but alignment and LoadedRole.
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;

    const QList<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

    // The first row for which matches(row) holds, or -1.
    template<typename Predicate>
    int findRow(Predicate matches) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (matches(m_rows.at(i)))
                return i;
        }
        return -1;
    }

    void resetRows(QList<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    void appendRows(QList<Row> rows)
    {
        if (rows.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    }

    // For updating prepared texts in place; the caller emits dataChanged().
    QList<Row> &rowsForUpdate() { return m_rows; }

private:
    Q_DISABLE_COPY_MOVE(RowTableModel)

    QVariant alignment(int column) const
    {
        return QVariant::fromValue(column == m_numberColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                            : Qt::AlignLeft | Qt::AlignVCenter);
    }

    QList<Row> m_rows;
    const int m_columnCount;
    const int m_numberColumn;
};

} // namespace Chairside
