#include "models/appointments/AppointmentListModel.h"

#include "models/appointments/AppointmentPresentation.h"
#include "store/StoreExecutor.h"

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

} // namespace

AppointmentListModel::AppointmentListModel(StoreExecutor *store, const BusinessContext &context,
                                           QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
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
    if (next == m_filter && m_started)
        return;
    m_filter = next;
    restart(kWindow);
}

void AppointmentListModel::reload()
{
    restart(kWindow);
}

void AppointmentListModel::refresh()
{
    // Keeps at least as many rows as are loaded now, so a refresh after a change does not
    // shrink the list under the reader's eyes.
    restart(std::max<int>(kWindow, int(m_rows.size())));
}

void AppointmentListModel::restart(int limit)
{
    m_started = true;
    m_total = -1;
    ++m_generation;
    m_resetPending = true;
    m_fetching = false;
    requestWindow(0, limit, true);

    const quint64 generation = m_generation;
    m_store
        ->run([filter = m_filter](QSqlDatabase &db) {
            return AppointmentRepository(db).count(filter);
        })
        .then(this, [this, generation](CountResult result) {
            if (generation != m_generation || result.error)
                return;
            m_total = result.count;
            Q_EMIT totalCountChanged(m_total);
        });
}

void AppointmentListModel::requestWindow(int offset, int limit, bool reset)
{
    const quint64 generation = m_generation;
    m_store
        ->run([context = m_context, filter = m_filter, offset, limit](QSqlDatabase &db) {
            return loadPage(db, context, filter, offset, limit);
        })
        .then(this, [this, generation, offset, reset](Page page) {
            if (generation != m_generation)
                return; // stale: a newer filter or sort was issued
            if (page.error) {
                m_fetching = false;
                m_resetPending = false;
                Q_EMIT loadFailed(page.error->message);
                return;
            }
            if (reset) {
                beginResetModel();
                m_rows = std::move(page.rows);
                m_hasMore = page.hasMore;
                m_resetPending = false;
                endResetModel();
                Q_EMIT reloaded();
                return;
            }
            m_fetching = false;
            if (offset != m_rows.size())
                return;
            m_hasMore = page.hasMore;
            if (page.rows.isEmpty())
                return;
            beginInsertRows(QModelIndex(), int(m_rows.size()),
                            int(m_rows.size() + page.rows.size() - 1));
            m_rows.append(std::move(page.rows));
            endInsertRows();
        });
}

AppointmentListModel::Page AppointmentListModel::loadPage(QSqlDatabase &db,
                                                          const BusinessContext &context,
                                                          const AppointmentFilter &filter,
                                                          int offset, int limit)
{
    Page page;
    AppointmentRowsResult result = AppointmentRepository(db).page(filter, offset, limit);
    if (result.error) {
        page.error = result.error;
        return page;
    }
    page.hasMore = result.hasMore;
    page.rows.reserve(result.rows.size());
    for (AppointmentRow &raw : result.rows) {
        Row row;
        row.when = AP::formatDateTime(raw.startsAt, context);
        row.status = AP::statusLabel(raw.statusKey);
        row.source = AP::sourceLabel(raw.sourceKey);
        row.price = AP::formatPrice(raw.priceMinor, context);
        row.statusColour = AP::statusColour(raw.statusKey);
        row.raw = std::move(raw);
        page.rows.append(std::move(row));
    }
    return page;
}

int AppointmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AppointmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case DateTimeColumn:
            return row.when;
        case CustomerColumn:
            if (role == Qt::ToolTipRole && !row.raw.customerPhone.isEmpty())
                return QString(row.raw.customerName + QStringLiteral(" · ")
                               + row.raw.customerPhone);
            return row.raw.customerName;
        case ServiceColumn:
            return row.raw.serviceName;
        case StaffColumn:
            return row.raw.staffName;
        case StatusColumn:
            if (role == Qt::ToolTipRole && !row.raw.cancelReason.isEmpty())
                return QString(row.status + QStringLiteral(": ") + row.raw.cancelReason);
            return row.status;
        case SourceColumn:
            return row.source;
        case PriceColumn:
            return row.price;
        default:
            return {};
        }
    case RawValueRole:
        switch (column) {
        case DateTimeColumn:
            return row.raw.startsAt;
        case CustomerColumn:
            return row.raw.customerName;
        case ServiceColumn:
            return row.raw.serviceName;
        case StaffColumn:
            return row.raw.staffId;
        case StatusColumn:
            return row.raw.statusKey;
        case SourceColumn:
            return row.raw.sourceKey;
        case PriceColumn:
            return row.raw.priceMinor;
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (column == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return row.statusColour;
        return {};
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

QVariant AppointmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == PriceColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                          : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
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

bool AppointmentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_resetPending;
}

void AppointmentListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_resetPending || m_fetching)
        return;
    m_fetching = true;
    requestWindow(int(m_rows.size()), kWindow, false);
}

void AppointmentListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const AppointmentSortKey key = sortKeyFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_filter.sortKey && descending == m_filter.descending)
        return;
    m_filter.sortKey = key;
    m_filter.descending = descending;
    if (m_started)
        reload();
}

} // namespace Chairside
