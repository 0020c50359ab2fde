#pragma once

#include "models/ModelRoles.h"
#include "store/BusinessContext.h"
#include "store/repositories/LoyaltyRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Chairside {

// A customer's loyalty points ledger, newest first: date, kind, signed points, reason.
class LoyaltyLedgerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyLedgerModel)

public:
    enum Column : int { DateColumn, KindColumn, PointsColumn, ReasonColumn, ColumnCount };

    explicit LoyaltyLedgerModel(const BusinessContext &context, QObject *parent = nullptr);
    ~LoyaltyLedgerModel() override;

    void setEntries(const QList<LoyaltyLedgerEntry> &entries);
    static QString kindLabel(const QString &kindKey);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        LoyaltyLedgerEntry raw;
        QString date;
        QString kind;
        QString points;
    };

    BusinessContext m_context;
    QList<Row> m_rows;
};

} // namespace Chairside
