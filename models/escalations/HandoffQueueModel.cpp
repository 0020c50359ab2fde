#include "models/escalations/HandoffQueueModel.h"

#include "store/repositories/EscalationRepository.h"

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

// "3 Mar, 14:05" in the salon's time zone, for tooltips.
QString shortDateTime(qint64 seconds, const BusinessContext &context)
{
    return context.locale.toString(QDateTime::fromSecsSinceEpoch(seconds, context.timeZone),
                                   QStringLiteral("d MMM, HH:mm"));
}

// "Sat 09:20" in the salon's time zone.
QString dayTime(qint64 seconds, const BusinessContext &context)
{
    return context.locale.toString(QDateTime::fromSecsSinceEpoch(seconds, context.timeZone),
                                   QStringLiteral("ddd HH:mm"));
}

void updateAge(HandoffQueueEntry &entry, const BusinessContext &context, const BusinessHours &hours,
               const SlaPolicy &policy, qint64 now)
{
    using Model = HandoffQueueModel;
    const HandoffRow &row = entry.row;
    const std::optional<qint64> resolvedAt =
        row.resolved ? std::optional(row.resolvedAt > 0 ? row.resolvedAt : row.createdAt)
                     : std::nullopt;
    const SlaReading sla = readSla(hours, policy, row.createdAt, now, resolvedAt);
    entry.ageSeconds = sla.businessSeconds;
    entry.ageText = Model::formatAge(entry.ageSeconds);
    const QString since = shortDateTime(row.createdAt, context);
    QStringList tip;
    if (row.resolved) {
        entry.severity = 0;
        entry.clockPaused = false;
        tip.append(HandoffQueueModel::tr("Raised %1, resolved after %2")
                       .arg(since, Model::formatAge(sla.elapsedSeconds)));
        if (!hours.isUnknown())
            tip.append(HandoffQueueModel::tr("%1 of it in opening hours").arg(entry.ageText));
        entry.ageToolTip = tip.join(u'\n');
        return;
    }
    entry.severity = sla.level == SlaLevel::Red ? 2 : sla.level == SlaLevel::Amber ? 1 : 0;
    entry.clockPaused = !sla.openNow && !hours.isUnknown();
    tip.append(HandoffQueueModel::tr("Waiting since %1").arg(since));
    if (!hours.isUnknown()) {
        tip.append(HandoffQueueModel::tr("%1 in opening hours (%2 in all)")
                       .arg(entry.ageText, Model::formatAge(sla.elapsedSeconds)));
        if (!sla.openNow)
            tip.append(HandoffQueueModel::tr("The salon is closed: the clock is paused."));
    }
    if (sla.level == SlaLevel::Red)
        tip.append(
            HandoffQueueModel::tr("Over %1 — overdue").arg(Model::formatAge(policy.redSeconds)));
    else if (sla.level == SlaLevel::Amber)
        tip.append(HandoffQueueModel::tr("Over %1").arg(Model::formatAge(policy.amberSeconds)));
    if (sla.amberAt)
        tip.append(HandoffQueueModel::tr("Turns amber %1").arg(dayTime(*sla.amberAt, context)));
    if (sla.redAt)
        tip.append(HandoffQueueModel::tr("Turns red %1").arg(dayTime(*sla.redAt, context)));
    entry.ageToolTip = tip.join(u'\n');
}

// Runs on the store worker: the texts are prepared there, once per row.
HandoffQueueEntry makeEntry(HandoffRow row, const BusinessContext &context,
                            const BusinessHours &hours, const SlaPolicy &policy, qint64 now)
{
    HandoffQueueEntry entry;
    entry.level = priorityFromHandoff(row.priority);
    if (!row.customerName.isEmpty())
        entry.customerText = row.customerName;
    else
        entry.customerText = row.channel == u"web" ? HandoffQueueModel::tr("Web visitor")
                                                   : HandoffQueueModel::tr("Unknown customer");
    entry.channelText = channelLabel(row.channel);
    entry.assigneeText =
        row.assigneeName.isEmpty() ? HandoffQueueModel::tr("Unassigned") : row.assigneeName;
    entry.row = std::move(row);
    updateAge(entry, context, hours, policy, now);
    return entry;
}

} // namespace

HandoffQueueModel::HandoffQueueModel(StoreExecutor *store, BusinessContext context, QObject *parent)
    : WindowedListModel(store, kWindowSize, ColumnCount, AgeColumn, parent)
    , m_context(std::move(context))
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
    reloadOnChangesTo({QStringLiteral("ai_handoffs"), QStringLiteral("customers"),
                       QStringLiteral("staff_members"), QStringLiteral("ai_conversations"),
                       QStringLiteral("working_hours")});
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

auto HandoffQueueModel::windowJob(const Entry *after, int, int limit) const -> WindowJob
{
    std::optional<HandoffCursor> cursor;
    if (after)
        cursor = HandoffRepository::cursorAfter(after->row);
    return [context = m_context, filter = m_filter, cursor, limit, policy = m_policy,
            now = m_clock()](QSqlDatabase &db) {
        const BusinessHours hours =
            EscalationRepository(db).businessHours(context.businessId, context.timeZone);
        auto window = presentWindow<HandoffQueueWindow>(
            HandoffRepository(db).window(context.businessId, filter, context.staffId, cursor,
                                         limit),
            [&](HandoffRow row) { return makeEntry(std::move(row), context, hours, policy, now); });
        window.hours = hours;
        return window;
    };
}

void HandoffQueueModel::firstWindowArrived(const HandoffQueueWindow &window)
{
    m_hours = window.hours;
    Q_EMIT loaded();
}

void HandoffQueueModel::setSlaPolicy(const SlaPolicy &policy)
{
    m_policy = policy;
    refreshAges();
}

void HandoffQueueModel::loadingFailed(const QString &message)
{
    Q_EMIT loadFailed(message);
}

void HandoffQueueModel::refreshAges()
{
    if (rows().isEmpty())
        return;
    const qint64 now = m_clock();
    for (Entry &entry : rowsForUpdate())
        updateAge(entry, m_context, m_hours, m_policy, now);
    Q_EMIT dataChanged(index(0, AgeColumn), index(int(rows().size()) - 1, AgeColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::ForegroundRole, Qt::FontRole,
                        Qt::DecorationRole, RawValueRole, Qt::AccessibleTextRole});
}

int HandoffQueueModel::rowOfId(const QString &handoffId) const
{
    return findRow([&handoffId](const Entry &entry) { return entry.row.id == handoffId; });
}

QVariant HandoffQueueModel::rowData(const Entry &entry, int columnIndex, int role) const
{
    const HandoffRow &row = entry.row;
    const auto column = static_cast<Column>(columnIndex);

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
            return tr("Claimed %1").arg(shortDateTime(row.claimedAt, m_context));
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
    default:
        break;
    }
    return {};
}

QString HandoffQueueModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
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
