#pragma once

#include "models/common/RowTableModel.h"
#include "store/BusinessContext.h"
#include "store/repositories/LoyaltyRepository.h"

namespace Chairside {

// One ledger entry with its display texts.
struct LoyaltyLedgerLine
{
    LoyaltyLedgerEntry raw;
    QString date;
    QString kind;
    QString points;
};

// A customer's loyalty points ledger, newest first: date, kind, signed points, reason and who
// booked it (the audit trail the desk can see).
class LoyaltyLedgerModel final : public RowTableModel<LoyaltyLedgerLine>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyLedgerModel)

public:
    enum Column : int { DateColumn, KindColumn, PointsColumn, ReasonColumn, ByColumn, ColumnCount };

    explicit LoyaltyLedgerModel(const BusinessContext &context, QObject *parent = nullptr);
    ~LoyaltyLedgerModel() override;

    void setEntries(const QList<LoyaltyLedgerEntry> &entries);
    static QString kindLabel(const QString &kindKey);

private:
    using Row = LoyaltyLedgerLine;

    QString headerText(int column) const override;
    QVariant rowData(const Row &row, int column, int role) const override;

    BusinessContext m_context;
};

} // namespace Chairside
