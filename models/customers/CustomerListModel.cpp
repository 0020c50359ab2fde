#include "models/customers/CustomerListModel.h"

#include "core/PhoneNumber.h"
#include "models/appointments/AppointmentPresentation.h"

namespace Chairside {

namespace AP = AppointmentPresentation;

namespace {

CustomerSortKey sortKeyFor(int column)
{
    switch (column) {
    case CustomerListModel::PhoneColumn:
        return CustomerSortKey::Phone;
    case CustomerListModel::TierColumn:
        return CustomerSortKey::Tier;
    case CustomerListModel::PointsColumn:
        return CustomerSortKey::Points;
    case CustomerListModel::LastVisitColumn:
        return CustomerSortKey::LastVisit;
    default:
        return CustomerSortKey::Name;
    }
}

// Runs on the store worker: the texts are prepared there, once per row.
CustomerListEntry present(CustomerListRow raw, const BusinessContext &context)
{
    CustomerListEntry row;
    row.phone = formatPhoneForDisplay(raw.phone);
    row.points = context.locale.toString(raw.pointsBalance);
    if (raw.lastVisitAt > 0)
        row.lastVisit = AP::formatDate(raw.lastVisitAt, context);
    row.raw = std::move(raw);
    return row;
}

} // namespace

CustomerListModel::CustomerListModel(StoreExecutor *store, const BusinessContext &context,
                                     QObject *parent)
    : WindowedListModel(store, kWindow, ColumnCount, PointsColumn, parent)
    , m_context(context)
{
    m_filter.businessId = context.businessId;
}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_filter.text && hasStarted())
        return;
    m_filter.text = trimmed;
    reload();
}

auto CustomerListModel::windowJob(const Row *, int offset, int limit) const -> WindowJob
{
    return [context = m_context, filter = m_filter, offset, limit](QSqlDatabase &db) {
        return presentWindow<RowWindow<Row>>(
            CustomerRepository(db).page(filter, offset, limit),
            [&context](CustomerListRow raw) { return present(std::move(raw), context); });
    };
}

auto CustomerListModel::countJob() const -> CountJob
{
    return [filter = m_filter](QSqlDatabase &db) {
        return countOf(CustomerRepository(db).count(filter));
    };
}

void CustomerListModel::firstWindowArrived(const RowWindow<Row> &)
{
    Q_EMIT reloaded();
}

void CustomerListModel::loadingFailed(const QString &message)
{
    Q_EMIT loadFailed(message);
}

void CustomerListModel::totalCountArrived(qint64 count)
{
    Q_EMIT totalCountChanged(count);
}

int CustomerListModel::rowOf(const QString &customerId) const
{
    return findRow([&customerId](const Row &row) { return row.raw.id == customerId; });
}

QVariant CustomerListModel::rowData(const Row &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.raw.fullName;
        case PhoneColumn:
            return row.phone;
        case TierColumn:
            return row.raw.tierName;
        case PointsColumn:
            return row.points;
        case LastVisitColumn:
            return row.lastVisit;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == NameColumn && !row.raw.email.isEmpty())
            return QString(row.raw.fullName + QStringLiteral(" · ") + row.raw.email);
        if (column == LastVisitColumn && row.raw.lastVisitAt == 0)
            return tr("No completed visit yet");
        return {};
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return row.raw.fullName;
        case PhoneColumn:
            return row.raw.phone;
        case TierColumn:
            return row.raw.lifetimePoints;
        case PointsColumn:
            return row.raw.pointsBalance;
        case LastVisitColumn:
            return row.raw.lastVisitAt;
        default:
            return {};
        }
    case IdRole:
        return row.raw.id;
    default:
        return {};
    }
}

QString CustomerListModel::headerText(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case TierColumn:
        return tr("Tier");
    case PointsColumn:
        return tr("Points");
    case LastVisitColumn:
        return tr("Last visit");
    default:
        return {};
    }
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < ColumnCount)
        sortBy(m_filter, sortKeyFor(column), order);
}

} // namespace Chairside
