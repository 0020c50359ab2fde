#include "models/notifications/NotificationListModel.h"

#include "models/ModelRoles.h"
#include "store/StoreExecutor.h"

#include <QDateTime>
#include <QFont>

namespace Chairside {

namespace {

struct FirstWindow
{
    NotificationWindow window;
    qint64 unread = 0;
};

} // namespace

NotificationListModel::NotificationListModel(StoreExecutor *store, BusinessContext context,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_context(std::move(context))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("notifications")))
            reload();
    });
}

NotificationListModel::~NotificationListModel() = default;

void NotificationListModel::setUnreadOnly(bool unreadOnly)
{
    if (unreadOnly == m_unreadOnly)
        return;
    m_unreadOnly = unreadOnly;
    reload();
}

void NotificationListModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
}

void NotificationListModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_fetching = false;
    m_store
        ->run([businessId = m_context.businessId, staffId = m_context.staffId,
               unreadOnly = m_unreadOnly, now = m_clock()](QSqlDatabase &db) {
            NotificationRepository repository(db);
            return FirstWindow{
                repository.window(businessId, staffId, unreadOnly, now, std::nullopt, kWindowSize),
                repository.unreadCount(businessId, staffId, now)};
        })
        .then(this, [this, generation](const FirstWindow &first) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (first.window.error) {
                Q_EMIT loadFailed(first.window.error->message);
                return;
            }
            beginResetModel();
            m_entries.clear();
            m_entries.reserve(first.window.rows.size());
            for (const NotificationRow &row : first.window.rows)
                m_entries.append(makeEntry(row));
            m_atEnd = first.window.atEnd;
            endResetModel();
            if (m_unreadCount != first.unread) {
                m_unreadCount = first.unread;
                Q_EMIT unreadCountChanged(m_unreadCount);
            }
            Q_EMIT loaded();
        });
}

bool NotificationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_fetching;
}

void NotificationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const NotificationCursor cursor{m_entries.constLast().row.createdAt,
                                    m_entries.constLast().row.id};
    m_store
        ->run([businessId = m_context.businessId, staffId = m_context.staffId,
               unreadOnly = m_unreadOnly, now = m_clock(), cursor](QSqlDatabase &db) {
            return NotificationRepository(db).window(businessId, staffId, unreadOnly, now, cursor,
                                                     kWindowSize);
        })
        .then(this, [this, generation](const NotificationWindow &window) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (window.error) {
                Q_EMIT loadFailed(window.error->message);
                return;
            }
            m_atEnd = window.atEnd;
            if (window.rows.isEmpty())
                return;
            const int first = int(m_entries.size());
            beginInsertRows({}, first, first + int(window.rows.size()) - 1);
            for (const NotificationRow &row : window.rows)
                m_entries.append(makeEntry(row));
            endInsertRows();
        });
}

NotificationListModel::Entry NotificationListModel::makeEntry(NotificationRow row) const
{
    Entry entry;
    entry.level = priorityFromKey(row.priority);
    entry.bodyText = row.body.simplified();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(row.createdAt, m_context.timeZone);
    entry.timeText = m_context.locale.toString(at, QStringLiteral("d MMM, HH:mm"));
    entry.timeToolTip = m_context.locale.toString(at, QLocale::LongFormat);
    entry.row = std::move(row);
    return entry;
}

int NotificationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int NotificationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const NotificationRow &row = entry.row;
    const auto column = static_cast<Column>(index.column());
    const bool unread = row.readAt == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case PriorityColumn:
            return priorityLabel(entry.level);
        case TitleColumn:
            return row.title;
        case BodyColumn:
            return entry.bodyText;
        case TimeColumn:
            return entry.timeText;
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case PriorityColumn:
            return row.priority;
        case TitleColumn:
            return row.title;
        case BodyColumn:
            return row.body;
        case TimeColumn:
            return row.createdAt;
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return row.id;
    case StatusKeyRole:
        return unread ? QStringLiteral("unread") : QStringLiteral("read");
    case Qt::DecorationRole:
        if (column == PriorityColumn)
            return priorityIcon(entry.level);
        break;
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return entry.timeToolTip;
        if (column == BodyColumn || column == TitleColumn)
            return row.body.isEmpty() ? row.title : row.body;
        break;
    case Qt::AccessibleTextRole:
        if (column == TitleColumn)
            return unread ? tr("Unread: %1").arg(row.title) : row.title;
        break;
    case Qt::FontRole:
        if (unread && column != BodyColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == TimeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant NotificationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == TimeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case PriorityColumn:
        return tr("Priority");
    case TitleColumn:
        return tr("Title");
    case BodyColumn:
        return tr("Message");
    case TimeColumn:
        return tr("Received");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Chairside
