#include "models/business/AuditLogModel.h"

#include "models/ModelRoles.h"

namespace Chairside {

AuditLogModel::AuditLogModel(StoreExecutor *store, BusinessContext context, QObject *parent)
    : WindowedListModel(store, kWindowSize, ColumnCount, -1, parent)
    , m_context(std::move(context))
{
    m_filter.businessId = m_context.businessId;
    reloadOnChangesTo({QStringLiteral("audit_log"), QStringLiteral("staff_members")});
}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setFilter(AuditFilter filter)
{
    filter.businessId = m_context.businessId;
    if (filter == m_filter && hasStarted())
        return;
    m_filter = std::move(filter);
    reload();
}

auto AuditLogModel::windowJob(const Entry *after, int, int limit) const -> WindowJob
{
    std::optional<AuditCursor> cursor;
    if (after)
        cursor = AuditCursor{after->raw.at, after->raw.id};
    return [context = m_context, filter = m_filter, cursor, limit](QSqlDatabase &db) {
        return presentWindow<RowWindow<AuditLine>>(
            AuditLogRepository(db).window(filter, cursor, limit),
            [&context](AuditEntry entry) { return presentAudit(std::move(entry), context); });
    };
}

auto AuditLogModel::countJob() const -> CountJob
{
    return [filter = m_filter](QSqlDatabase &db) {
        return countOf(AuditLogRepository(db).count(filter));
    };
}

void AuditLogModel::firstWindowArrived(const RowWindow<AuditLine> &)
{
    Q_EMIT loaded();
}

void AuditLogModel::loadingFailed(const QString &message)
{
    Q_EMIT loadFailed(message);
}

void AuditLogModel::totalCountArrived(qint64 count)
{
    Q_EMIT counted(count);
}

QString AuditLogModel::headerText(int column) const
{
    switch (static_cast<Column>(column)) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case RecordColumn:
        return tr("Record");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditLogModel::rowData(const Entry &entry, int column, int role) const
{
    const auto c = static_cast<Column>(column);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (c) {
        case WhenColumn:
            return entry.when;
        case WhoColumn:
            return entry.who;
        case WhatColumn:
            return entry.what;
        case RecordColumn:
            return entry.record;
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        switch (c) {
        case WhenColumn:
            return entry.raw.at;
        case WhoColumn:
            return entry.raw.actorStaffId;
        case WhatColumn:
            return entry.raw.action;
        case RecordColumn:
            return entry.raw.rowId;
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return entry.raw.id;
    default:
        break;
    }
    return {};
}

} // namespace Chairside
