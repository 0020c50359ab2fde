#include "models/escalations/HandoffQueueModel.h"

#include "models/ModelRoles.h"
#include "store/StoreExecutor.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

namespace Chairside {

namespace {

QString channelLabel(const QString &channel)
{
    if (channel == u"whatsapp")
        return HandoffQueueModel::tr("WhatsApp");
    if (channel == u"web")
        return HandoffQueueModel::tr("Web chat");
    return channel;
}

bool touchesQueue(const QStringList &tables)
{
    for (const QString &table : tables) {
        if (table == u"ai_handoffs" || table == u"customers" || table == u"staff_members"
            || table == u"ai_conversations")
            return true;
    }
    return false;
}

} // namespace

HandoffQueueModel::HandoffQueueModel(StoreExecutor *store, BusinessContext context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_context(std::move(context))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (touchesQueue(tables))
            reload();
    });
}

HandoffQueueModel::~HandoffQueueModel() = default;

void HandoffQueueModel::setFilter(HandoffFilter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void HandoffQueueModel::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    refreshAges();
}

qint64 HandoffQueueModel::now() const
{
    return m_clock();
}

void HandoffQueueModel::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_fetching = false;
    m_store
        ->run([businessId = m_context.businessId, staffId = m_context.staffId,
               filter = m_filter](QSqlDatabase &db) {
            return HandoffRepository(db).window(businessId, filter, staffId, std::nullopt,
                                                kWindowSize);
        })
        .then(this, [this, generation](const HandoffWindow &window) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            m_loading = false;
            if (window.error) {
                Q_EMIT loadFailed(window.error->message);
                return;
            }
            beginResetModel();
            m_entries.clear();
            m_entries.reserve(window.rows.size());
            for (const HandoffRow &row : window.rows)
                m_entries.append(makeEntry(row));
            m_atEnd = window.atEnd;
            endResetModel();
            Q_EMIT loaded();
        });
}

bool HandoffQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading && !m_fetching;
}

void HandoffQueueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_entries.isEmpty())
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const HandoffCursor cursor = HandoffRepository::cursorAfter(m_entries.constLast().row);
    m_store
        ->run([businessId = m_context.businessId, staffId = m_context.staffId, filter = m_filter,
               cursor](QSqlDatabase &db) {
            return HandoffRepository(db).window(businessId, filter, staffId, cursor, kWindowSize);
        })
        .then(this, [this, generation](const HandoffWindow &window) {
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
            for (const HandoffRow &row : window.rows)
                m_entries.append(makeEntry(row));
            endInsertRows();
        });
}

HandoffQueueModel::Entry HandoffQueueModel::makeEntry(HandoffRow row) const
{
    Entry entry;
    entry.level = priorityFromHandoff(row.priority);
    if (!row.customerName.isEmpty())
        entry.customerText = row.customerName;
    else
        entry.customerText = row.channel == u"web" ? tr("Web visitor") : tr("Unknown customer");
    entry.channelText = channelLabel(row.channel);
    entry.assigneeText = row.assigneeName.isEmpty() ? tr("Unassigned") : row.assigneeName;
    entry.row = std::move(row);
    updateAge(entry);
    return entry;
}

void HandoffQueueModel::updateAge(Entry &entry) const
{
    const HandoffRow &row = entry.row;
    const qint64 from = row.createdAt;
    const qint64 to = row.resolved ? (row.resolvedAt > 0 ? row.resolvedAt : row.createdAt) : now();
    entry.ageSeconds = std::max<qint64>(0, to - from);
    entry.ageText = formatAge(entry.ageSeconds);
    const QString since =
        m_context.locale.toString(QDateTime::fromSecsSinceEpoch(row.createdAt, m_context.timeZone),
                                  QStringLiteral("d MMM, HH:mm"));
    if (row.resolved) {
        entry.severity = 0;
        entry.ageToolTip = tr("Raised %1, resolved after %2").arg(since, entry.ageText);
    } else {
        entry.severity = entry.ageSeconds >= kRedSeconds     ? 2
                         : entry.ageSeconds >= kAmberSeconds ? 1
                                                             : 0;
        entry.ageToolTip = entry.severity == 2 ? tr("Waiting since %1 — over 2 hours").arg(since)
                           : entry.severity == 1
                               ? tr("Waiting since %1 — over 30 minutes").arg(since)
                               : tr("Waiting since %1").arg(since);
    }
}

void HandoffQueueModel::refreshAges()
{
    if (m_entries.isEmpty())
        return;
    for (Entry &entry : m_entries)
        updateAge(entry);
    Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_entries.size()) - 1, AgeColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::FontRole,
                        Qt::DecorationRole, RawValueRole, Qt::AccessibleTextRole});
}

int HandoffQueueModel::rowOfId(const QString &handoffId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).row.id == handoffId)
            return i;
    }
    return -1;
}

int HandoffQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HandoffQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HandoffQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const HandoffRow &row = entry.row;
    const auto column = static_cast<Column>(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CustomerColumn:
            return entry.customerText;
        case ReasonColumn:
            return row.reason;
        case ChannelColumn:
            return entry.channelText;
        case AssigneeColumn:
            return entry.assigneeText;
        case AgeColumn:
            return entry.ageText;
        case PriorityColumn:
            return priorityLabel(entry.level);
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (column) {
        case CustomerColumn:
            return row.customerName;
        case ReasonColumn:
            return row.reason;
        case ChannelColumn:
            return row.channel;
        case AssigneeColumn:
            return row.assignedTo;
        case AgeColumn:
            return entry.ageSeconds;
        case PriorityColumn:
            return row.priority;
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return row.id;
    case StatusKeyRole:
        return row.resolved ? QStringLiteral("resolved") : QStringLiteral("open");
    case Qt::ToolTipRole:
        if (column == ReasonColumn)
            return row.reason;
        if (column == AgeColumn)
            return entry.ageToolTip;
        if (column == CustomerColumn && !row.customerPhone.isEmpty())
            return tr("%1 · %2").arg(entry.customerText, row.customerPhone);
        if (column == AssigneeColumn && row.claimedAt > 0)
            return tr("Claimed %1")
                .arg(m_context.locale.toString(
                    QDateTime::fromSecsSinceEpoch(row.claimedAt, m_context.timeZone),
                    QStringLiteral("d MMM, HH:mm")));
        break;
    case Qt::AccessibleTextRole:
        if (column == AgeColumn && entry.severity > 0)
            return tr("%1, overdue").arg(entry.ageText);
        break;
    case Qt::DecorationRole:
        if (column == PriorityColumn)
            return priorityIcon(entry.level);
        if (column == AgeColumn && entry.severity == 2)
            return priorityIcon(PriorityLevel::Urgent);
        break;
    case Qt::ForegroundRole:
        if (column == AgeColumn && entry.severity == 2)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (column == AgeColumn && entry.severity == 1)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (column == AssigneeColumn && row.assignedTo.isEmpty())
            return QBrush(QColor(0x75, 0x75, 0x75));
        break;
    case Qt::FontRole:
        if ((column == AgeColumn && entry.severity == 2)
            || (column == PriorityColumn && entry.level == PriorityLevel::Urgent)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (column == AssigneeColumn && row.assignedTo.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant HandoffQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole && section == AgeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case CustomerColumn:
        return tr("Customer");
    case ReasonColumn:
        return tr("Reason");
    case ChannelColumn:
        return tr("Channel");
    case AssigneeColumn:
        return tr("Who has it");
    case AgeColumn:
        return m_filter == HandoffFilter::Resolved ? tr("Took") : tr("Waiting");
    case PriorityColumn:
        return tr("Priority");
    case ColumnCount:
        break;
    }
    return {};
}

QString HandoffQueueModel::formatAge(qint64 seconds)
{
    const qint64 minutes = std::max<qint64>(0, seconds) / 60;
    if (minutes < 60)
        return tr("%1 m").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 m").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace Chairside
