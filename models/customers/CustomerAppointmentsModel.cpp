#include "models/customers/CustomerAppointmentsModel.h"

#include "models/appointments/AppointmentPresentation.h"

namespace Chairside {

namespace AP = AppointmentPresentation;

CustomerAppointmentsModel::CustomerAppointmentsModel(const BusinessContext &context,
                                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

CustomerAppointmentsModel::~CustomerAppointmentsModel() = default;

void CustomerAppointmentsModel::setAppointments(const QList<AppointmentRow> &rows)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(rows.size());
    for (const AppointmentRow &raw : rows) {
        m_rows.append(
            Row{raw, AP::formatDateTime(raw.startsAt, m_context), AP::statusLabel(raw.statusKey),
                AP::formatPrice(raw.priceMinor, m_context), AP::statusColour(raw.statusKey)});
    }
    endResetModel();
}

int CustomerAppointmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerAppointmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerAppointmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhenColumn:
            return row.when;
        case ServiceColumn:
            return row.raw.serviceName;
        case StaffColumn:
            return row.raw.staffName;
        case StatusColumn:
            return row.status;
        case PriceColumn:
            return row.price;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == StatusColumn && !row.raw.cancelReason.isEmpty())
            return row.raw.cancelReason;
        if (!row.raw.notes.isEmpty())
            return row.raw.notes;
        return {};
    case RawValueRole:
        switch (column) {
        case WhenColumn:
            return row.raw.startsAt;
        case ServiceColumn:
            return row.raw.serviceName;
        case StaffColumn:
            return row.raw.staffId;
        case StatusColumn:
            return row.raw.statusKey;
        case PriceColumn:
            return row.raw.priceMinor;
        default:
            return {};
        }
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(row.statusColour) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(column == PriceColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                         : Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.raw.id;
    case StatusKeyRole:
        return row.raw.statusKey;
    case ColourRole:
        return row.statusColour;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant CustomerAppointmentsModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == PriceColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                          : Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ServiceColumn:
        return tr("Service");
    case StaffColumn:
        return tr("With");
    case StatusColumn:
        return tr("Status");
    case PriceColumn:
        return tr("Price");
    default:
        return {};
    }
}

} // namespace Chairside
