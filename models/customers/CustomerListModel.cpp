#include "models/customers/CustomerListModel.h"

#include "models/appointments/AppointmentPresentation.h"
#include "store/StoreExecutor.h"

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

} // namespace

CustomerListModel::CustomerListModel(StoreExecutor *store, const BusinessContext &context,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_context(context)
{
    m_filter.businessId = context.businessId;
}

CustomerListModel::~CustomerListModel() = default;

void CustomerListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_filter.text && m_started)
        return;
    m_filter.text = trimmed;
    restart(kWindow);
}

void CustomerListModel::reload()
{
    restart(kWindow);
}

void CustomerListModel::refresh()
{
    restart(std::max<int>(kWindow, int(m_rows.size())));
}

void CustomerListModel::restart(int limit)
{
    m_started = true;
    m_total = -1;
    ++m_generation;
    m_resetPending = true;
    m_fetching = false;
    requestWindow(0, limit, true);

    const quint64 generation = m_generation;
    m_store
        ->run(
            [filter = m_filter](QSqlDatabase &db) { return CustomerRepository(db).count(filter); })
        .then(this, [this, generation](CustomerCountResult result) {
            if (generation != m_generation || result.error)
                return;
            m_total = result.count;
            Q_EMIT totalCountChanged(m_total);
        });
}

void CustomerListModel::requestWindow(int offset, int limit, bool reset)
{
    const quint64 generation = m_generation;
    m_store
        ->run([context = m_context, filter = m_filter, offset, limit](QSqlDatabase &db) {
            return loadPage(db, context, filter, offset, limit);
        })
        .then(this, [this, generation, offset, reset](Page page) {
            if (generation != m_generation)
                return; // stale: the search changed meanwhile
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

CustomerListModel::Page CustomerListModel::loadPage(QSqlDatabase &db,
                                                    const BusinessContext &context,
                                                    const CustomerFilter &filter, int offset,
                                                    int limit)
{
    Page page;
    CustomerRowsResult result = CustomerRepository(db).page(filter, offset, limit);
    if (result.error) {
        page.error = result.error;
        return page;
    }
    page.hasMore = result.hasMore;
    page.rows.reserve(result.rows.size());
    for (CustomerListRow &raw : result.rows) {
        Row row;
        row.points = context.locale.toString(raw.pointsBalance);
        if (raw.lastVisitAt > 0)
            row.lastVisit = AP::formatDate(raw.lastVisitAt, context);
        row.raw = std::move(raw);
        page.rows.append(std::move(row));
    }
    return page;
}

int CustomerListModel::rowOf(const QString &customerId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].raw.id == customerId)
            return i;
    }
    return -1;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.raw.fullName;
        case PhoneColumn:
            return row.raw.phone;
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
    case Qt::TextAlignmentRole:
        if (column == PointsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.raw.id;
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(section == PointsColumn ? Qt::AlignRight | Qt::AlignVCenter
                                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
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

bool CustomerListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_resetPending;
}

void CustomerListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_hasMore || m_resetPending || m_fetching)
        return;
    m_fetching = true;
    requestWindow(int(m_rows.size()), kWindow, false);
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const CustomerSortKey key = sortKeyFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_filter.sortKey && descending == m_filter.descending)
        return;
    m_filter.sortKey = key;
    m_filter.descending = descending;
    if (m_started)
        reload();
}

} // namespace Chairside
