#include "models/customers/CustomerAppointmentsModel.h"

#include "models/appointments/AppointmentPresentation.h"

#include <array>

namespace Chairside {

namespace AP = AppointmentPresentation;

namespace {

constexpr std::array<AP::Field, CustomerAppointmentsModel::ColumnCount> kFields{
    AP::Field::When, AP::Field::Service, AP::Field::Staff, AP::Field::Status, AP::Field::Price};

} // namespace

CustomerAppointmentsModel::CustomerAppointmentsModel(const BusinessContext &context,
                                                     QObject *parent)
    : RowTableModel(ColumnCount, PriceColumn, parent)
    , m_context(context)
{}

CustomerAppointmentsModel::~CustomerAppointmentsModel() = default;

void CustomerAppointmentsModel::setAppointments(const QList<AppointmentRow> &rows)
{
    QList<Row> entries;
    entries.reserve(rows.size());
    for (const AppointmentRow &raw : rows)
        entries.append(AP::listEntry(raw, m_context));
    resetRows(std::move(entries));
}

QVariant CustomerAppointmentsModel::rowData(const Row &row, int column, int role) const
{
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn && !row.raw.cancelReason.isEmpty())
            return row.raw.cancelReason;
        if (!row.raw.notes.isEmpty())
            return row.raw.notes;
        return {};
    }
    return AP::entryData(row, kFields[column], role);
}

QString CustomerAppointmentsModel::headerText(int column) const
{
    switch (column) {
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
