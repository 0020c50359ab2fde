#include "store/demo/DemoSalon.h"

#include "store/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

// Placeholder generator: one business and its owner. Replaced by the full generator.
namespace Chairside {

namespace {
QString optionsKey(const DemoSalonOptions &options)
{
    const QDate anchor = options.anchorDate.isValid() ? options.anchorDate : QDate::currentDate();
    return QStringLiteral("%1|%2|%3|%4")
        .arg(options.scale)
        .arg(options.region, anchor.toString(Qt::ISODate))
        .arg(options.seed);
}
} // namespace

bool needsDemoSalon(QSqlDatabase &db, const DemoSalonOptions &options)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = 'demo_recipe'"));
    if (!query.exec() || !query.next())
        return true;
    return query.value(0).toString() != optionsKey(options);
}

std::optional<StoreError> generateDemoSalon(QSqlDatabase &db, const DemoSalonOptions &options,
                                            DemoSalonSummary *summary)
{
    if (!db.transaction())
        return Database::errorFrom(db.lastError(), StoreError::Kind::Query);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO businesses (id, name, time_zone, currency, "
                             "locale, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QStringLiteral("00000000-0000-4000-8000-000000000001"));
    q.addBindValue(QStringLiteral("Protea Hair & Beauty"));
    q.addBindValue(QStringLiteral("Africa/Johannesburg"));
    q.addBindValue(QStringLiteral("ZAR"));
    q.addBindValue(QStringLiteral("en_ZA"));
    q.addBindValue(now);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO staff_members (id, business_id, "
                                 "display_name, role, updated_at) VALUES (?, ?, ?, 'owner', ?)"));
        q.addBindValue(QStringLiteral("00000000-0000-4000-8000-000000000101"));
        q.addBindValue(QStringLiteral("00000000-0000-4000-8000-000000000001"));
        q.addBindValue(QStringLiteral("Thandi Mokoena"));
        q.addBindValue(now);
        ok = q.exec();
    }
    if (ok) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO sync_state (key, value) VALUES ('demo_recipe', ?)"));
        q.addBindValue(optionsKey(options));
        ok = q.exec();
    }
    if (!ok) {
        StoreError error = Database::errorFrom(q.lastError(), StoreError::Kind::Query);
        db.rollback();
        return error;
    }
    if (!db.commit())
        return Database::errorFrom(db.lastError(), StoreError::Kind::Query);
    if (summary)
        *summary = DemoSalonSummary{1, 0, 0, 0, 0, 0, 0, 0, 0};
    return std::nullopt;
}

} // namespace Chairside
