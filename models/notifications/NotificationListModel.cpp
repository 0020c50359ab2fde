#include "models/notifications/NotificationListModel.h"

#include <QDateTime>
#include <QFont>

namespace Chairside {

namespace {

// Runs on the store worker: the texts are prepared there, once per row.
NotificationListEntry makeEntry(NotificationRow row, const BusinessContext &context)
{
    NotificationListEntry entry;
    entry.level = priorityFromKey(row.priority);
    entry.bodyText = row.body.simplified();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(row.createdAt, context.timeZone);
    entry.timeText = context.locale.toString(at, QStringLiteral("d MMM, HH:mm"));
    entry.timeToolTip = context.locale.toString(at, QLocale::LongFormat);
    entry.row = std::move(row);
    return entry;
}

} // namespace

NotificationListModel::NotificationListModel(StoreExecutor *store, BusinessContext context,
                                             QObject *parent)
    : WindowedListModel(store, kWindowSize, ColumnCount, TimeColumn, parent)
    , m_context(std::move(context))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    reloadOnChangesTo({QStringLiteral("notifications")});
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

auto NotificationListModel::windowJob(const Entry *after, int, int limit) const -> WindowJob
{
    std::optional<NotificationCursor> cursor;
    if (after)
        cursor = NotificationCursor{after->row.createdAt, after->row.id};
    return [context = m_context, unreadOnly = m_unreadOnly, now = m_clock(), cursor,
            limit](QSqlDatabase &db) {
        NotificationRepository repository(db);
        auto entries = presentWindow<NotificationListWindow>(
            repository.window(context.businessId, context.staffId, unreadOnly, now, cursor, limit),
            [&context](NotificationRow row) { return makeEntry(std::move(row), context); });
        if (!cursor)
            entries.unread = repository.unreadCount(context.businessId, context.staffId, now);
        return entries;
    };
}

void NotificationListModel::firstWindowArrived(const NotificationListWindow &window)
{
    if (m_unreadCount != window.unread) {
        m_unreadCount = window.unread;
        Q_EMIT unreadCountChanged(m_unreadCount);
    }
    Q_EMIT loaded();
}

void NotificationListModel::loadingFailed(const QString &message)
{
    Q_EMIT loadFailed(message);
}

QVariant NotificationListModel::rowData(const Entry &entry, int columnIndex, int role) const
{
    const NotificationRow &row = entry.row;
    const auto column = static_cast<Column>(columnIndex);
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
    default:
        break;
    }
    return {};
}

QString NotificationListModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
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
