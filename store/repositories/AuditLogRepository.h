#pragma once

#include "store/StoreError.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Chairside {

// Which audit lines to show: one person's (or only automatic ones: no person), of some tables,
// in [from, to) (Unix seconds). Empty members filter nothing.
struct AuditFilter
{
    QString businessId;
    QString actorStaffId;
    bool automaticOnly = false; // lines without a person (the assistant, reminders, imports)
    QStringList tables;         // audit_log.table_name
    std::optional<qint64> from;
    std::optional<qint64> to;

    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

// One audit line with the names it refers to, read from the cache.
struct AuditEntry
{
    QString id;
    qint64 at = 0;
    QString actorStaffId;
    QString actorName; // empty when nobody (or a person the cache does not know)
    QString action;    // e.g. loyalty_tiers.update, loyalty.award, handoff.claim
    QString table;
    QString rowId;
    QString detail;        // compact JSON of the changed columns
    QString subject;       // the record's name: a tier, a reward, a customer...
    QString subjectDetail; // a second name: the service of a staff member's services line
};

// Keyset position: the last line shown (newest first, so the next window is older).
struct AuditCursor
{
    qint64 at = 0;
    QString id;
};

struct AuditWindow
{
    QList<AuditEntry> rows;
    bool atEnd = true;
    std::optional<StoreError> error;
};

struct AuditCount
{
    qint64 count = 0;
    std::optional<StoreError> error;
};

struct AuditPerson
{
    QString staffId;
    QString name;
};

// The owners' audit log in the cache (store migration 7), newest first, in windows along
// idx_audit_log_at / _actor / _table: never the whole table at once.
class AuditLogRepository final
{
public:
    explicit AuditLogRepository(QSqlDatabase &db)
        : m_db(db)
    {}

    AuditWindow window(const AuditFilter &filter, const std::optional<AuditCursor> &after,
                       int limit);
    AuditCount count(const AuditFilter &filter);
    // The first and last time in the business's log (nullopt when it is empty).
    std::optional<std::pair<qint64, qint64>> span(const QString &businessId,
                                                  std::optional<StoreError> *error);
    // The staff of the business, for the person filter (by name).
    QList<AuditPerson> people(const QString &businessId, std::optional<StoreError> *error);

private:
    QSqlDatabase &m_db;
};

} // namespace Chairside
