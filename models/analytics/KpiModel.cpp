#include "models/analytics/KpiModel.h"

#include "core/Money.h"
#include "models/ModelRoles.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace Chairside {

KpiModel::KpiModel(QString currency, QLocale locale, QObject *parent)
    : QAbstractTableModel(parent)
    , m_currency(std::move(currency))
    , m_locale(std::move(locale))
    , m_entries(kKpiCount)
{
    clear();
}

KpiModel::~KpiModel() = default;

QString KpiModel::kpiName(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Bookings:
        return tr("Bookings");
    case Kpi::Revenue:
        return tr("Revenue");
    case Kpi::AverageBill:
        return tr("Average bill");
    case Kpi::CompletionRate:
        return tr("Completion rate");
    case Kpi::NoShowRate:
        return tr("No-show rate");
    case Kpi::CancellationRate:
        return tr("Cancellation rate");
    case Kpi::LateCancellationRate:
        return tr("Late cancellation rate");
    case Kpi::AverageLeadTime:
        return tr("Average booking lead time");
    case Kpi::Utilisation:
        return tr("Utilisation");
    case Kpi::RebookingRate:
        return tr("Rebooking rate");
    case Kpi::NewClients:
        return tr("New clients");
    case Kpi::ReturningClients:
        return tr("Returning clients");
    case Kpi::AiResolutionRate:
        return tr("AI resolution rate");
    case Kpi::HandoffRate:
        return tr("Handoff rate");
    case Kpi::Handoffs:
        return tr("Handoffs");
    case Kpi::HandoffConversion:
        return tr("Handoff → booking");
    case Kpi::PointsIssued:
        return tr("Points issued");
    case Kpi::PointsRedeemed:
        return tr("Points redeemed");
    }
    return {};
}

QString KpiModel::formula(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Bookings:
        return tr("Appointments starting in the period, whatever their status.");
    case Kpi::Revenue:
        return tr("Sum of the prices of completed appointments in the period.");
    case Kpi::AverageBill:
        return tr("Revenue ÷ completed appointments.");
    case Kpi::CompletionRate:
        return tr("Completed appointments ÷ bookings.");
    case Kpi::NoShowRate:
        return tr("No-shows ÷ bookings.");
    case Kpi::CancellationRate:
        return tr("Cancelled appointments ÷ bookings.");
    case Kpi::LateCancellationRate:
        return tr("Bookings cancelled less than 24 hours before their start (the time of the "
                  "cancellation in the appointment's history, else its last change) ÷ "
                  "bookings.");
    case Kpi::AverageLeadTime:
        return tr("Mean of (start − time the booking was made) over bookings in the period, "
                  "walk-ins excluded; a booking entered after its start counts as zero.");
    case Kpi::Utilisation:
        return tr("Booked minutes of appointments that hold time (not cancelled, not no-shows) ÷ "
                  "rostered minutes (working hours minus breaks of active staff, every day of "
                  "the period).");
    case Kpi::RebookingRate:
        return tr("Completed visits of known clients after which the client already had their "
                  "next appointment booked by the end of the visit's day ÷ those visits.");
    case Kpi::NewClients:
        return tr("Distinct clients with a completed visit in the period whose first completed "
                  "visit ever falls in the period.");
    case Kpi::ReturningClients:
        return tr("Distinct clients with a completed visit in the period who had completed a "
                  "visit before it.");
    case Kpi::AiResolutionRate:
        return tr("AI conversations the assistant resolved alone ÷ all AI conversations started "
                  "in the period.");
    case Kpi::HandoffRate:
        return tr("AI conversations handed to a person ÷ all AI conversations started in the "
                  "period.");
    case Kpi::Handoffs:
        return tr("Handoffs the assistant raised in the period.");
    case Kpi::HandoffConversion:
        return tr("Handoffs raised in the period that staff resolved with the outcome "
                  "\"booked\" ÷ handoffs raised in the period.");
    case Kpi::PointsIssued:
        return tr("Loyalty points earned on visits plus points awarded by staff.");
    case Kpi::PointsRedeemed:
        return tr("Loyalty points spent on rewards.");
    }
    return {};
}

QString KpiModel::formatValue(Kpi kpi, const std::optional<double> &value) const
{
    if (!value)
        return tr("—");
    switch (kpiUnit(kpi)) {
    case KpiUnit::Count:
        return m_locale.toString(qint64(std::llround(*value)));
    case KpiUnit::Money:
        return formatMoney(Money{qint64(std::llround(*value)), m_currency}, m_locale);
    case KpiUnit::Fraction:
        return tr("%1 %").arg(m_locale.toString(*value * 100.0, 'f', 1));
    case KpiUnit::Duration:
        return formatDuration(*value, m_locale);
    }
    return {};
}

QString KpiModel::formatDuration(double seconds, const QLocale &locale)
{
    // Lead times range from minutes (same-day bookings) to weeks; days read best above two.
    const double hours = seconds / 3600.0;
    if (hours < 1.0)
        return tr("%1 min").arg(locale.toString(qint64(std::llround(seconds / 60.0))));
    if (hours < 48.0)
        return tr("%1 h").arg(locale.toString(hours, 'f', 1));
    return tr("%1 days").arg(locale.toString(hours / 24.0, 'f', 1));
}

QString KpiModel::formatChange(Kpi kpi, const std::optional<double> &change, const QLocale &locale)
{
    if (!change)
        return tr("no earlier data");
    const bool points = kpiUnit(kpi) == KpiUnit::Fraction;
    const double magnitude = std::abs(*change);
    const QString number = locale.toString(magnitude, 'f', 1);
    if (magnitude < 0.05)
        return tr("= no change");
    const QString arrow = *change > 0 ? QStringLiteral("▲") : QStringLiteral("▼");
    return points ? tr("%1 %2 pts").arg(arrow, number) : tr("%1 %2 %").arg(arrow, number);
}

void KpiModel::clear()
{
    for (int row = 0; row < kKpiCount; ++row) {
        Entry &entry = m_entries[row];
        entry = Entry{};
        entry.valueText = tr("—");
        entry.previousText = tr("—");
        entry.toolTip = tr("%1: %2").arg(kpiName(kpiAt(row)), formula(kpiAt(row)));
    }
    m_hasData = false;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(kKpiCount - 1, ColumnCount - 1));
}

void KpiModel::setCounts(const PeriodCounts &previous, const PeriodCounts &current, int days)
{
    m_days = days;
    for (int row = 0; row < kKpiCount; ++row) {
        const Kpi kpi = kpiAt(row);
        Entry &entry = m_entries[row];
        entry.value = kpiValue(kpi, current);
        entry.previous = kpiValue(kpi, previous);
        entry.change = kpiChange(kpi, previous, current);
        entry.valueText = formatValue(kpi, entry.value);
        entry.previousText = formatValue(kpi, entry.previous);
        entry.changeText = formatChange(kpi, entry.change, m_locale);
        entry.toolTip = tr("%1: %2\nThis period: %3 · previous %4 days: %5")
                            .arg(kpiName(kpi), formula(kpi), entry.valueText)
                            .arg(days)
                            .arg(entry.previousText);
    }
    m_hasData = true;
    Q_EMIT dataChanged(index(0, 0), index(kKpiCount - 1, ColumnCount - 1));
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kKpiCount;
}

int KpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kpi kpi = kpiAt(index.row());
    const Entry &entry = m_entries.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const int direction = !entry.change || std::abs(*entry.change) < 0.05 ? 0
                          : *entry.change > 0                             ? 1
                                                                          : -1;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return kpiName(kpi);
        case ValueColumn:
            return entry.valueText;
        case PreviousColumn:
            return entry.previousText;
        case ChangeColumn:
            return entry.changeText;
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return kpiKey(kpi);
        case ValueColumn:
            return entry.value ? QVariant(*entry.value) : QVariant();
        case PreviousColumn:
            return entry.previous ? QVariant(*entry.previous) : QVariant();
        case ChangeColumn:
            return entry.change ? QVariant(*entry.change) : QVariant();
        case ColumnCount:
            break;
        }
        break;
    case StatusKeyRole:
        return kpiKey(kpi);
    case Qt::ToolTipRole:
        return entry.toolTip;
    case FormulaRole:
        return formula(kpi);
    case ChangeDirectionRole:
        return direction;
    case ChangeIsGoodRole:
        return direction != 0 && ((direction > 0) == higherIsBetter(kpi));
    case Qt::ForegroundRole:
        if (column == ChangeColumn && direction != 0)
            return QBrush((direction > 0) == higherIsBetter(kpi) ? QColor(0x2e, 0x7d, 0x32)
                                                                 : QColor(0xc6, 0x28, 0x28));
        break;
    case Qt::TextAlignmentRole:
        if (column != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant KpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return {};
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Measure");
    case ValueColumn:
        return tr("This period");
    case PreviousColumn:
        return tr("Previous period");
    case ChangeColumn:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Chairside
