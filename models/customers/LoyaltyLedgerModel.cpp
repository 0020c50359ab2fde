#include "models/customers/LoyaltyLedgerModel.h"

#include "models/appointments/AppointmentPresentation.h"

#include <QColor>

namespace Chairside {

LoyaltyLedgerModel::LoyaltyLedgerModel(const BusinessContext &context, QObject *parent)
    : RowTableModel(ColumnCount, PointsColumn, parent)
    , m_context(context)
{}

LoyaltyLedgerModel::~LoyaltyLedgerModel() = default;

QString LoyaltyLedgerModel::kindLabel(const QString &kindKey)
{
    if (kindKey == u"earn")
        return tr("Earned");
    if (kindKey == u"award")
        return tr("Awarded");
    if (kindKey == u"redeem")
        return tr("Redeemed");
    if (kindKey == u"adjust")
        return tr("Adjusted");
    if (kindKey == u"expire")
        return tr("Expired");
    return kindKey;
}

void LoyaltyLedgerModel::setEntries(const QList<LoyaltyLedgerEntry> &entries)
{
    QList<Row> rows;
    rows.reserve(entries.size());
    for (const LoyaltyLedgerEntry &entry : entries) {
        // Signed, so gains and losses read apart without colour.
        const QString points = entry.points > 0
                                   ? QString(u'+' + m_context.locale.toString(entry.points))
                                   : m_context.locale.toString(entry.points);
        rows.append(Row{entry, AppointmentPresentation::formatDate(entry.createdAt, m_context),
                        kindLabel(entry.kindKey), points});
    }
    resetRows(std::move(rows));
}

QVariant LoyaltyLedgerModel::rowData(const Row &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case DateColumn:
            return row.date;
        case KindColumn:
            return row.kind;
        case PointsColumn:
            return row.points;
        case ReasonColumn:
            return row.raw.reason;
        case ByColumn:
            return row.raw.byName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return column == ReasonColumn && !row.raw.reason.isEmpty() ? QVariant(row.raw.reason)
                                                                   : QVariant();
    case RawValueRole:
        switch (column) {
        case DateColumn:
            return row.raw.createdAt;
        case KindColumn:
            return row.raw.kindKey;
        case PointsColumn:
            return row.raw.points;
        case ReasonColumn:
            return row.raw.reason;
        case ByColumn:
            return row.raw.byName;
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == PointsColumn)
            return QColor(row.raw.points > 0 ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        return {};
    case IdRole:
        return row.raw.id;
    default:
        return {};
    }
}

QString LoyaltyLedgerModel::headerText(int column) const
{
    switch (column) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case PointsColumn:
        return tr("Points");
    case ReasonColumn:
        return tr("Reason");
    case ByColumn:
        return tr("By");
    default:
        return {};
    }
}

} // namespace Chairside
