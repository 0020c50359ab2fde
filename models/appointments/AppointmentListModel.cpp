#include "models/appointments/AppointmentListModel.h"

#include "core/PhoneNumber.h"
#include "models/appointments/AppointmentEditing.h"

#include <QHash>
#include <QSqlQuery>

#include <array>

namespace Chairside {

namespace AP = AppointmentPresentation;

namespace {

AppointmentSortKey sortKeyFor(int column)
{
    switch (column) {
    case AppointmentListModel::CustomerColumn:
        return AppointmentSortKey::Customer;
    case AppointmentListModel::ServiceColumn:
        return AppointmentSortKey::Service;
    case AppointmentListModel::StaffColumn:
        return AppointmentSortKey::Staff;
    case AppointmentListModel::StatusColumn:
        return AppointmentSortKey::Status;
    case AppointmentListModel::SourceColumn:
        return AppointmentSortKey::Source;
    case AppointmentListModel::PriceColumn:
        return AppointmentSortKey::Price;
    default:
        return AppointmentSortKey::StartsAt;
    }
}

constexpr std::array<AP::Field, AppointmentListModel::ColumnCount> kFields{
    AP::Field::When,   AP::Field::Customer, AP::Field::Service, AP::Field::Staff,
    AP::Field::Status, AP::Field::Source,   AP::Field::Price};

// The rows' versions (expected_version of the edits made from the list), in one query per window.
void addVersions(QSqlDatabase &db, QList<AppointmentListEntry> &rows)
{
    if (rows.isEmpty())
        return;
    QStringList marks;
    marks.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, version FROM appointments WHERE id IN (%1)")
                  .arg(marks.join(u',')));
    for (const AppointmentListEntry &row : rows)
        q.addBindValue(row.raw.id);
    if (!q.exec())
        return;
    QHash<QString, qint64> versions;
    while (q.next())
        versions.insert(q.value(0).toString(), q.value(1).toLongLong());
    for (AppointmentListEntry &row : rows)
        row.version = versions.value(row.raw.id);
}

} // namespace

AppointmentListModel::AppointmentListModel(StoreExecutor *store, const BusinessContext &context,
                                           QObject *parent)
    : WindowedListModel(store, kWindow, ColumnCount, PriceColumn, parent)
    , m_context(context)
{
    m_filter.businessId = context.businessId;
}

AppointmentListModel::~AppointmentListModel() = default;

void AppointmentListModel::setFilter(const AppointmentFilter &filter)
{
    AppointmentFilter next = filter;
    next.businessId = m_context.businessId;
    next.sortKey = m_filter.sortKey;
    next.descending = m_filter.descending;
    if (next == m_filter && hasStarted())
        return;
    m_filter = next;
    reload();
}

auto AppointmentListModel::windowJob(const Row *, int offset, int limit) const -> WindowJob
{
    return [context = m_context, filter = m_filter, offset, limit](QSqlDatabase &db) {
        auto window = presentWindow<RowWindow<Row>>(
            AppointmentRepository(db).page(filter, offset, limit),
            [&context](AppointmentRow raw) { return AP::listEntry(std::move(raw), context); });
        addVersions(db, window.rows);
        return window;
    };
}

auto AppointmentListModel::countJob() const -> CountJob
{
    return [filter = m_filter](QSqlDatabase &db) {
        return countOf(AppointmentRepository(db).count(filter));
    };
}

void AppointmentListModel::firstWindowArrived(const RowWindow<Row> &)
{
    Q_EMIT reloaded();
}

void AppointmentListModel::loadingFailed(const QString &message)
{
    Q_EMIT loadFailed(message);
}

void AppointmentListModel::totalCountArrived(qint64 count)
{
    Q_EMIT totalCountChanged(count);
}

QVariant AppointmentListModel::rowData(const Row &row, int column, int role) const
{
    if (role == AppointmentVersionRole)
        return row.version;
    if (role == Qt::ToolTipRole) {
        if (column == CustomerColumn && !row.raw.customerPhone.isEmpty())
            return QString(row.raw.customerName + QStringLiteral(" · ")
                           + formatPhoneForDisplay(row.raw.customerPhone));
        if (column == StatusColumn && !row.raw.cancelReason.isEmpty())
            return QString(row.status + QStringLiteral(": ") + row.raw.cancelReason);
        role = Qt::DisplayRole; // the other tooltips repeat the cell
    }
    return AP::entryData(row, kFields[column], role);
}

QString AppointmentListModel::headerText(int column) const
{
    switch (column) {
    case DateTimeColumn:
        return tr("Date and time");
    case CustomerColumn:
        return tr("Customer");
    case ServiceColumn:
        return tr("Service");
    case StaffColumn:
        return tr("Staff");
    case StatusColumn:
        return tr("Status");
    case SourceColumn:
        return tr("Source");
    case PriceColumn:
        return tr("Price");
    default:
        return {};
    }
}

void AppointmentListModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < ColumnCount)
        sortBy(m_filter, sortKeyFor(column), order);
}

} // namespace Chairside
