#include "store/Migrations.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Chairside {

// Local cache schema. Times are Unix seconds (UTC) as INTEGER so range queries use plain indexes;
// money is INTEGER minor units; ids are the server's UUIDs as TEXT. Every synced row carries
// version, updated_at and a deleted_at tombstone like its server twin (supabase/migrations).
namespace {

// customer_search's phone column for a row: every ending of the number's digits that is at least
// three long, separated by spaces, so that an FTS5 prefix query for typed digits finds them
// anywhere in the number. `digits` is an SQL expression; E.164 numbers have at most 15 digits.
QString phoneEndings(const QString &digits)
{
    QString sql = digits;
    for (int from = 2; from <= 13; ++from) {
        sql +=
            QStringLiteral(" || CASE WHEN length(%1) >= %2 THEN ' ' || substr(%1, %3) ELSE '' END")
                .arg(digits)
                .arg(from + 2)
                .arg(from);
    }
    return sql;
}

// The digits of a stored phone number, `phone` an SQL expression.
QString phoneDigitsOf(const QString &phone)
{
    return QStringLiteral("replace(replace(replace(replace(replace(replace(COALESCE(%1, ''), '+', "
                          "''), ' ', ''), '-', ''), '(', ''), ')', ''), '.', '')")
        .arg(phone);
}

// Adds a customer's search row: `row` is new or a table alias; `d` names its phone digits,
// computed once in the FROM clause.
QString insertSearchRow(const QString &row, const QString &from)
{
    return QStringLiteral(
               "INSERT INTO customer_search (rowid, name, email, phone) SELECT %1.rowid, "
               "%1.full_name, COALESCE(%1.email, ''), %2 FROM %3")
        .arg(row, phoneEndings(QStringLiteral("d")), from);
}

QString searchNotSetAside()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM sync_state WHERE key = '%1')")
        .arg(QLatin1String(kCustomerSearchAsideKey));
}

// The search row of a live customer as it is written or rewritten (`new` in a trigger).
QString newSearchRow()
{
    return insertSearchRow(
        QStringLiteral("new"),
        QStringLiteral("(SELECT %1 AS d)").arg(phoneDigitsOf(QStringLiteral("new.phone"))));
}

// `extraCondition`, when set, is ANDed to the trigger's WHEN (migration 14: not while a first
// sync has the search set aside).
QString searchInsertTrigger(const QString &extraCondition = {})
{
    const QString when = extraCondition.isEmpty()
                             ? QStringLiteral("new.deleted_at IS NULL")
                             : QStringLiteral("new.deleted_at IS NULL AND ") + extraCondition;
    // A rowid is only used again after its row is gone, but a row removed by REPLACE fires no
    // delete trigger: the insert clears the rowid first.
    return QStringLiteral("CREATE TRIGGER customer_search_insert AFTER INSERT ON customers WHEN "
                          "%1 BEGIN DELETE FROM customer_search WHERE rowid = new.rowid; %2; END")
        .arg(when, newSearchRow());
}

QString searchUpdateTrigger(const QString &extraCondition = {})
{
    const QString changed = QStringLiteral(
        "old.full_name IS NOT new.full_name OR old.email IS NOT new.email OR old.phone IS NOT "
        "new.phone OR old.deleted_at IS NOT new.deleted_at");
    const QString when = extraCondition.isEmpty()
                             ? changed
                             : u'(' + changed + QStringLiteral(") AND ") + extraCondition;
    // Pulls rewrite every column of a row: only a change to what is searched costs a rewrite of
    // the search row.
    return QStringLiteral(
               "CREATE TRIGGER customer_search_update AFTER UPDATE OF full_name, email, phone, "
               "deleted_at ON customers WHEN %1 BEGIN DELETE FROM customer_search WHERE rowid = "
               "old.rowid; %2 WHERE new.deleted_at IS NULL; END")
        .arg(when, newSearchRow());
}

// Migration 17: every table's CHECK constraints without IN lists (checksWithoutInLists), through
// SQLite's documented way to change a constraint that leaves the stored rows valid: the schema
// text itself, with writable_schema, and a new schema version so every connection reads it again
// (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"). Where SQLite
// refuses (a build that keeps the schema read-only), the constraints stay as they were: slower
// to write, not wrong.
bool rewriteInListChecks(QSqlDatabase &db, QString *error)
{
    QSqlQuery read(db);
    if (!read.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                  "AND sql LIKE '% IN (%'"))) {
        *error = read.lastError().text();
        return false;
    }
    QList<std::pair<QString, QString>> changed;
    while (read.next()) {
        const QString sql = read.value(1).toString();
        const QString rewritten = checksWithoutInLists(sql);
        if (rewritten != sql)
            changed.append({read.value(0).toString(), rewritten});
    }
    read.finish();
    if (changed.isEmpty())
        return true;

    QSqlQuery step(db);
    if (!step.exec(QStringLiteral("PRAGMA schema_version")) || !step.next()) {
        *error = step.lastError().text();
        return false;
    }
    const qint64 schemaVersion = step.value(0).toLongLong();
    step.finish();
    if (!step.exec(QStringLiteral("SAVEPOINT checks_without_in_lists"))) {
        *error = step.lastError().text();
        return false;
    }
    bool ok = step.exec(QStringLiteral("PRAGMA writable_schema = ON"));
    QSqlQuery update(db);
    ok = ok
         && update.prepare(
             QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?"));
    for (const auto &[table, sql] : std::as_const(changed)) {
        if (!ok)
            break;
        update.addBindValue(sql);
        update.addBindValue(table);
        ok = update.exec() && update.numRowsAffected() == 1;
    }
    // PRAGMA takes no bound values; the number was read from SQLite just above.
    ok = ok && step.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    step.exec(QStringLiteral("PRAGMA writable_schema = OFF"));
    // The new text must read back as a schema: each table answers a query.
    for (const auto &[table, sql] : std::as_const(changed)) {
        Q_UNUSED(sql)
        ok = ok
             && step.exec(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0")
                              .arg(QString(table).replace(u'"', QStringLiteral("\"\""))));
    }
    if (!ok) {
        qCWarning(lcStore) << "CHECK constraints kept with their IN lists:"
                           << (update.lastError().isValid() ? update.lastError().text()
                                                            : step.lastError().text());
        step.exec(QStringLiteral("ROLLBACK TO checks_without_in_lists"));
    }
    step.exec(QStringLiteral("RELEASE checks_without_in_lists"));
    return true;
}

QList<Migration> buildMigrations()
{
    QList<Migration> steps;

    steps.append(Migration{
        1,
        QStringLiteral("Business, staff, services, customers, appointments, AI conversations and "
                       "handoffs, loyalty and notifications"),
        {
            QStringLiteral(R"(CREATE TABLE businesses (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                currency TEXT NOT NULL,
                locale TEXT NOT NULL,
                phone TEXT, email TEXT, address TEXT,
                loyalty_minor_per_point INTEGER NOT NULL DEFAULT 1000,
                loyalty_expiry_months INTEGER NOT NULL DEFAULT 12,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE staff_members (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                user_id TEXT,
                display_name TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('staff','admin','owner')),
                colour TEXT NOT NULL DEFAULT '#607d8b',
                phone TEXT, email TEXT,
                active INTEGER NOT NULL DEFAULT 1,
                sort_order INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE working_hours (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                staff_id TEXT NOT NULL REFERENCES staff_members(id),
                weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
                start_minute INTEGER NOT NULL,
                end_minute INTEGER NOT NULL,
                break_start_minute INTEGER,
                break_end_minute INTEGER,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER,
                CHECK (0 <= start_minute AND start_minute < end_minute AND end_minute <= 1440),
                CHECK (break_start_minute IS NULL OR (start_minute <= break_start_minute
                       AND break_start_minute < break_end_minute AND break_end_minute <= end_minute))))"),
            QStringLiteral(R"(CREATE TABLE time_off (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                staff_id TEXT NOT NULL REFERENCES staff_members(id),
                starts_at INTEGER NOT NULL,
                ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
                reason TEXT,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE services (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                name TEXT NOT NULL,
                category TEXT NOT NULL DEFAULT '',
                duration_minutes INTEGER NOT NULL CHECK (duration_minutes > 0),
                processing_minutes INTEGER NOT NULL DEFAULT 0 CHECK (processing_minutes >= 0),
                buffer_minutes INTEGER NOT NULL DEFAULT 0 CHECK (buffer_minutes >= 0),
                price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
                colour TEXT NOT NULL DEFAULT '#8e7cc3',
                active INTEGER NOT NULL DEFAULT 1,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE customers (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                full_name TEXT NOT NULL,
                phone TEXT,
                email TEXT,
                consent_whatsapp INTEGER NOT NULL DEFAULT 0,
                consent_sms INTEGER NOT NULL DEFAULT 0,
                consent_email INTEGER NOT NULL DEFAULT 0,
                notes TEXT NOT NULL DEFAULT '',
                allergy_notes TEXT NOT NULL DEFAULT '',
                referral_code TEXT,
                created_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE appointments (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                customer_id TEXT REFERENCES customers(id),
                staff_id TEXT NOT NULL REFERENCES staff_members(id),
                service_id TEXT NOT NULL REFERENCES services(id),
                starts_at INTEGER NOT NULL,
                ends_at INTEGER NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('requested','confirmed','arrived',
                       'in_service','completed','cancelled','no_show')),
                source TEXT NOT NULL CHECK (source IN ('whatsapp_ai','web','phone','walk_in','desk')),
                price_minor INTEGER NOT NULL DEFAULT 0,
                notes TEXT NOT NULL DEFAULT '',
                cancel_reason TEXT,
                reminder_24h_sent_at INTEGER,
                reminder_2h_sent_at INTEGER,
                created_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER,
                CHECK (ends_at > starts_at)))"),
            QStringLiteral(R"(CREATE TABLE appointment_events (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                appointment_id TEXT NOT NULL REFERENCES appointments(id),
                at INTEGER NOT NULL,
                actor_staff_id TEXT,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE ai_conversations (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                customer_id TEXT REFERENCES customers(id),
                channel TEXT NOT NULL CHECK (channel IN ('whatsapp','web')),
                agent_name TEXT NOT NULL DEFAULT 'Assistant',
                status TEXT NOT NULL CHECK (status IN ('open','handed_off','resolved_by_ai','closed')),
                intent TEXT NOT NULL DEFAULT '',
                started_at INTEGER NOT NULL,
                last_message_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE ai_messages (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                conversation_id TEXT NOT NULL REFERENCES ai_conversations(id),
                sender TEXT NOT NULL CHECK (sender IN ('customer','assistant','staff','system')),
                body TEXT NOT NULL,
                metadata TEXT NOT NULL DEFAULT '{}',
                sent_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE ai_handoffs (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                conversation_id TEXT NOT NULL REFERENCES ai_conversations(id),
                customer_id TEXT REFERENCES customers(id),
                reason TEXT NOT NULL,
                priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 4),
                assigned_to TEXT REFERENCES staff_members(id),
                claimed_at INTEGER,
                resolved INTEGER NOT NULL DEFAULT 0,
                resolved_at INTEGER,
                resolved_by TEXT REFERENCES staff_members(id),
                outcome TEXT CHECK (outcome IS NULL OR outcome IN ('booked','rescheduled',
                       'cancelled','answered','complaint','no_action','spam','returned_to_ai')),
                resolution_note TEXT,
                created_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE outbound_messages (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                customer_id TEXT REFERENCES customers(id),
                conversation_id TEXT REFERENCES ai_conversations(id),
                handoff_id TEXT REFERENCES ai_handoffs(id),
                appointment_id TEXT REFERENCES appointments(id),
                channel TEXT NOT NULL CHECK (channel IN ('whatsapp','sms','email')),
                kind TEXT NOT NULL CHECK (kind IN ('reply','reminder_24h','reminder_2h','notice')),
                body TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('queued','sent','delivered','read','failed')),
                error TEXT,
                created_by TEXT,
                created_at INTEGER NOT NULL,
                sent_at INTEGER,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE loyalty_tiers (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                rank INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 5),
                name TEXT NOT NULL,
                threshold_points INTEGER NOT NULL CHECK (threshold_points >= 0),
                perks TEXT NOT NULL DEFAULT '',
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER,
                UNIQUE (business_id, rank)))"),
            QStringLiteral(R"(CREATE TABLE loyalty_rewards (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                name TEXT NOT NULL,
                cost_points INTEGER NOT NULL CHECK (cost_points > 0),
                active INTEGER NOT NULL DEFAULT 1,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE loyalty_ledger (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                customer_id TEXT NOT NULL REFERENCES customers(id),
                kind TEXT NOT NULL CHECK (kind IN ('earn','award','redeem','adjust','expire')),
                points INTEGER NOT NULL CHECK (points <> 0),
                reason TEXT NOT NULL DEFAULT '',
                appointment_id TEXT REFERENCES appointments(id),
                reward_id TEXT REFERENCES loyalty_rewards(id),
                created_by TEXT,
                created_at INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(R"(CREATE TABLE notifications (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                recipient_staff_id TEXT REFERENCES staff_members(id),
                kind TEXT NOT NULL,
                priority TEXT NOT NULL CHECK (priority IN ('low','normal','high','urgent')),
                title TEXT NOT NULL,
                body TEXT NOT NULL DEFAULT '',
                action_url TEXT,
                created_at INTEGER NOT NULL,
                read_at INTEGER,
                expires_at INTEGER,
                dismissed INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            // Balances are derived from the append-only ledger, never stored.
            QStringLiteral(R"(CREATE VIEW loyalty_balances AS
                SELECT customer_id,
                       SUM(points) AS balance,
                       SUM(CASE WHEN kind IN ('earn','award') THEN points ELSE 0 END) AS lifetime_points
                FROM loyalty_ledger WHERE deleted_at IS NULL GROUP BY customer_id)"),
            // Indexes for every query the panes make.
            QStringLiteral(
                "CREATE INDEX idx_staff_business ON staff_members(business_id, sort_order)"),
            QStringLiteral(
                "CREATE INDEX idx_working_hours_staff ON working_hours(staff_id, weekday)"),
            QStringLiteral("CREATE INDEX idx_time_off_staff ON time_off(staff_id, starts_at)"),
            QStringLiteral("CREATE INDEX idx_appointments_starts ON appointments(starts_at)"),
            QStringLiteral(
                "CREATE INDEX idx_appointments_staff_starts ON appointments(staff_id, starts_at)"),
            QStringLiteral("CREATE INDEX idx_appointments_customer_starts ON "
                           "appointments(customer_id, starts_at)"),
            QStringLiteral(
                "CREATE INDEX idx_appointments_status_starts ON appointments(status, starts_at)"),
            QStringLiteral("CREATE INDEX idx_appointment_events_appt ON "
                           "appointment_events(appointment_id, at)"),
            QStringLiteral(
                "CREATE INDEX idx_customers_name ON customers(full_name COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX idx_customers_phone ON customers(phone)"),
            QStringLiteral("CREATE INDEX idx_customers_email ON customers(email COLLATE NOCASE)"),
            QStringLiteral("CREATE INDEX idx_conversations_customer ON "
                           "ai_conversations(customer_id, started_at)"),
            QStringLiteral(
                "CREATE INDEX idx_messages_conversation ON ai_messages(conversation_id, sent_at)"),
            QStringLiteral(
                "CREATE INDEX idx_handoffs_queue ON ai_handoffs(resolved, priority, created_at)"),
            QStringLiteral(
                "CREATE INDEX idx_handoffs_conversation ON ai_handoffs(conversation_id)"),
            QStringLiteral(
                "CREATE INDEX idx_outbound_handoff ON outbound_messages(handoff_id, created_at)"),
            QStringLiteral(
                "CREATE INDEX idx_outbound_appointment ON outbound_messages(appointment_id)"),
            QStringLiteral(
                "CREATE INDEX idx_ledger_customer ON loyalty_ledger(customer_id, created_at)"),
            QStringLiteral("CREATE INDEX idx_notifications_created ON notifications(created_at)"),
        },
    });

    steps.append(Migration{
        2,
        QStringLiteral(
            "Local bookkeeping for sync: the outbox of pending edits and the pull cursor"),
        {
            QStringLiteral(R"(CREATE TABLE outbox (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                mutation_id TEXT NOT NULL UNIQUE,
                kind TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL DEFAULT 'pending'
                      CHECK (state IN ('pending','in_flight','conflict','rejected')),
                last_error TEXT))"),
            QStringLiteral(R"(CREATE TABLE sync_state (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX idx_outbox_state ON outbox(state, seq)"),
        },
    });

    steps.append(Migration{
        3,
        QStringLiteral("Indexes for the owner's period aggregates (conversations, ledger, handoffs "
                       "by time)"),
        {
            QStringLiteral(
                "CREATE INDEX idx_conversations_started ON ai_conversations(started_at)"),
            QStringLiteral("CREATE INDEX idx_ledger_created ON loyalty_ledger(created_at)"),
            QStringLiteral("CREATE INDEX idx_handoffs_created ON ai_handoffs(created_at)"),
        },
    });

    steps.append(Migration{
        4,
        QStringLiteral(
            "Outbox bookkeeping for the optimistic local apply and the Sync issues list"),
        {
            // What the desk tried in plain words, who tried it (so pending edits can be applied
            // again on top of pulled rows), the row it is about, and how to undo the local effect.
            QStringLiteral("ALTER TABLE outbox ADD COLUMN summary TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN actor_staff_id TEXT"),
            QStringLiteral(
                "ALTER TABLE outbox ADD COLUMN actor_role TEXT NOT NULL DEFAULT 'staff'"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN target_table TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN target_id TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN base_version INTEGER"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN local_undo TEXT NOT NULL DEFAULT '{}'"),
            // The server's answer for conflicts and rejections, kept as a Sync issue until the
            // person retries or discards it.
            QStringLiteral("ALTER TABLE outbox ADD COLUMN code TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN reason TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN server_row TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN answered_at INTEGER"),
        },
    });

    steps.append(Migration{
        5,
        QStringLiteral("Index for the appointment list filtered by service"),
        {
            QStringLiteral("CREATE INDEX idx_appointments_service_starts ON "
                           "appointments(service_id, starts_at)"),
        },
    });

    steps.append(Migration{
        6,
        QStringLiteral("Covering indexes for the analytics dashboard (docs/analytics.md)"),
        {
            // Every column the period aggregates read, so a 90-day pass never visits the table.
            QStringLiteral("CREATE INDEX idx_appointments_business_period ON "
                           "appointments(business_id, starts_at, status, source, ends_at, "
                           "price_minor, created_at, updated_at, deleted_at, customer_id, "
                           "staff_id, service_id, id)"),
            // A client's appointments in time order: rebooking and first-visit checks.
            QStringLiteral("CREATE INDEX idx_appointments_customer_history ON "
                           "appointments(customer_id, starts_at, created_at, status, deleted_at, "
                           "business_id)"),
            // Only the history steps the dashboard asks about: cancellations and moves.
            QStringLiteral("CREATE INDEX idx_appointment_events_changes ON "
                           "appointment_events(appointment_id, kind, at, detail, deleted_at) "
                           "WHERE deleted_at IS NULL "
                           "AND kind IN ('cancelled', 'status', 'rescheduled')"),
            // The conversation cards: conversations of the period and whether each was handed
            // off, without a table visit per conversation.
            QStringLiteral("CREATE INDEX idx_conversations_business_started ON "
                           "ai_conversations(business_id, started_at, status, deleted_at, id)"),
            QStringLiteral("CREATE INDEX idx_handoffs_conversation_live ON "
                           "ai_handoffs(conversation_id, deleted_at)"),
            QStringLiteral("CREATE INDEX idx_ledger_business_created ON "
                           "loyalty_ledger(business_id, created_at, kind, points, deleted_at)"),
            QStringLiteral("CREATE INDEX idx_ledger_business_customer ON "
                           "loyalty_ledger(business_id, customer_id, created_at, kind, points, "
                           "deleted_at)"),
        },
    });

    steps.append(Migration{
        7,
        QStringLiteral("Reminder rules and the owners' audit log, synced (docs/business-audit.md)"),
        {
            // One row per business: 24 h and 2 h reminders per channel, quiet hours in minutes
            // after local midnight (start > end wraps midnight; both NULL: none).
            QStringLiteral(R"(CREATE TABLE reminder_rules (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                reminder_24h_whatsapp INTEGER NOT NULL DEFAULT 1,
                reminder_24h_sms INTEGER NOT NULL DEFAULT 1,
                reminder_24h_email INTEGER NOT NULL DEFAULT 1,
                reminder_2h_whatsapp INTEGER NOT NULL DEFAULT 1,
                reminder_2h_sms INTEGER NOT NULL DEFAULT 1,
                reminder_2h_email INTEGER NOT NULL DEFAULT 0,
                quiet_start_minute INTEGER DEFAULT 1260,
                quiet_end_minute INTEGER DEFAULT 480,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            QStringLiteral(
                "CREATE INDEX idx_reminder_rules_business ON reminder_rules(business_id)"),
            // Who changed what, written by the server's audit trigger (owners receive it) or,
            // in the demo salon, next to each local edit. Never updated, only added to.
            QStringLiteral(R"(CREATE TABLE audit_log (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL,
                at INTEGER NOT NULL,
                actor_user_id TEXT,
                actor_staff_id TEXT,
                action TEXT NOT NULL,
                table_name TEXT NOT NULL,
                row_id TEXT,
                detail TEXT NOT NULL DEFAULT '{}',
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            // The viewer's windows: newest first, optionally one person's or one area's.
            QStringLiteral("CREATE INDEX idx_audit_log_at ON audit_log(business_id, at, id)"),
            QStringLiteral("CREATE INDEX idx_audit_log_actor ON audit_log(actor_staff_id, at, id)"),
            QStringLiteral("CREATE INDEX idx_audit_log_table ON audit_log(table_name, at, id)"),
            // Both tables hold rows older than any cursor a desk kept: pull everything again
            // once (merged by version; pending edits stay in the outbox).
            QStringLiteral("DELETE FROM sync_state WHERE key = 'pull_cursor'"),
        },
    });

    steps.append(Migration{
        8,
        QStringLiteral("Merged customers point at the customer they were merged into"),
        {
            // Set by customer.merge on the duplicate (a tombstone): a desk that still refers to
            // it follows this to the kept customer. Merges are new, so no row needs pulling again.
            QStringLiteral("ALTER TABLE customers ADD COLUMN merged_into TEXT"),
        },
    });

    steps.append(Migration{
        9,
        QStringLiteral("Which services each staff member performs (docs/business.md)"),
        {
            // A person without live rows performs every active service; with rows, only those.
            // A pair keeps one row for good (its id is derived from the pair, as on the server):
            // removed by deleted_at, brought back by clearing it.
            QStringLiteral(R"(CREATE TABLE staff_services (
                id TEXT PRIMARY KEY,
                business_id TEXT NOT NULL REFERENCES businesses(id),
                staff_id TEXT NOT NULL REFERENCES staff_members(id),
                service_id TEXT NOT NULL REFERENCES services(id),
                version INTEGER NOT NULL DEFAULT 1,
                updated_at INTEGER NOT NULL,
                deleted_at INTEGER))"),
            // Not UNIQUE: a pull may briefly hold a pair twice (a row the server made under
            // another id and the desk's pending one); the appliers match rows by pair.
            QStringLiteral("CREATE INDEX idx_staff_services_staff ON staff_services(staff_id, "
                           "service_id)"),
            QStringLiteral("CREATE INDEX idx_staff_services_business ON staff_services("
                           "business_id, staff_id)"),
            // Rows written before this desk knew the table may be older than its cursor: pull
            // everything again once (merged by version; pending edits stay in the outbox).
            QStringLiteral("DELETE FROM sync_state WHERE key = 'pull_cursor'"),
        },
    });

    steps.append(Migration{
        10,
        QStringLiteral("Customer search over a full-text index (docs/customers.md)"),
        {
            // Live customers only, under the customers row's rowid. The name and the e-mail are
            // matched by word prefixes without regard to case or accents; marks (M*) stay inside
            // words so Thai vowels and tone marks do not split a name. The phone column holds the
            // digits' endings (phoneEndings). Kept in step by the triggers below, whoever writes:
            // a pull, a local edit, the demo generator.
            QStringLiteral(
                "CREATE VIRTUAL TABLE customer_search USING fts5(name, email, phone, "
                "tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\")"),
            customerSearchFillStatement(),
            searchInsertTrigger(),
            searchUpdateTrigger(),
            QStringLiteral("CREATE TRIGGER customer_search_delete AFTER DELETE ON customers BEGIN "
                           "DELETE FROM customer_search WHERE rowid = old.rowid; END"),
        },
    });

    steps.append(Migration{
        11,
        QStringLiteral("Index for a conversation's outgoing messages"),
        {
            // Opening a handoff reads its conversation's replies and their delivery state
            // (EscalationRepository::replyContext): without this it read every outbound message
            // (136,000 on the bench store, a fifth of the desk's start with the escalations pane).
            QStringLiteral("CREATE INDEX idx_outbound_conversation ON outbound_messages("
                           "conversation_id)"),
        },
    });

    steps.append(Migration{
        12,
        QStringLiteral("Covering index for the dashboard's handoffs"),
        {
            // The handoff cards and the handoffs-per-day chart read both periods' handoffs in
            // one range (ActivityFigures): through idx_handoffs_created each was a visit to the
            // wide handoff row, 30 ms of a 90-day dashboard on the bench store.
            QStringLiteral("CREATE INDEX idx_handoffs_business_created ON ai_handoffs("
                           "business_id, created_at, resolved, outcome, deleted_at)"),
        },
    });

    steps.append(Migration{
        13,
        QStringLiteral("Covering index for the customers' names on the calendar"),
        {
            // A busy day names a thousand customers: by id through the primary key each was an
            // index page and a table page, far apart (a cold read of the first day at start-up
            // was 160 ms of page reads). Here the name and phone sit in the index, and
            // AppointmentRepository::inRange reads them in id order, page after page.
            QStringLiteral("CREATE INDEX idx_customers_card ON customers(id, full_name, phone)"),
        },
    });

    steps.append(Migration{
        14,
        QStringLiteral("Customer search set aside during a first sync"),
        {
            // Keeping the full-text index in step row by row was a third of writing a first
            // sync's rows (docs/benchmark-notes.md): while the key is in sync_state the triggers
            // skip it, and DeferredIndexes::restore fills it again from the customers at once.
            QStringLiteral("DROP TRIGGER customer_search_insert"),
            QStringLiteral("DROP TRIGGER customer_search_update"),
            searchInsertTrigger(searchNotSetAside()),
            searchUpdateTrigger(searchNotSetAside()),
        },
    });

    steps.append(Migration{
        15,
        QStringLiteral("The calendar's bookings read from the period index alone"),
        {
            // The day and week read every column here but the version, notes and cancel reason,
            // and fetched those from each booking's table row: a busy day's 1,600 rows scattered
            // over the file, a quarter of a large store's start. The three go last, so the
            // dashboard's scans read the same order of columns as before.
            QStringLiteral("DROP INDEX idx_appointments_business_period"),
            QStringLiteral("CREATE INDEX idx_appointments_business_period ON "
                           "appointments(business_id, starts_at, status, source, ends_at, "
                           "price_minor, created_at, updated_at, deleted_at, customer_id, "
                           "staff_id, service_id, id, version, notes, cancel_reason)"),
        },
    });

    steps.append(Migration{
        16,
        QStringLiteral("Customer names beside the calendar's bookings"),
        {
            // A busy day's 1,600 bookings looked their customers up one by one: a thousand
            // index pages scattered over the file, 31 ms of a large salon's 122 ms start. The
            // booking keeps a copy of its customer's name and phone (this computer's only; the
            // server never sees these columns) at the end of the period index, so the day is
            // one range of that index. Triggers keep the copy: a booking written or moved to
            // another customer takes the customer's, a customer written or renamed gives it to
            // their bookings (found through idx_appointments_customer_history, which a first
            // sync keeps). Removed and merged customers keep their names, as the join did. The
            // customers' card index (migration 13) served only that look-up.
            QStringLiteral("DROP INDEX idx_customers_card"),
            QStringLiteral("ALTER TABLE appointments ADD COLUMN customer_name TEXT"),
            QStringLiteral("ALTER TABLE appointments ADD COLUMN customer_phone TEXT"),
            QStringLiteral("UPDATE appointments SET (customer_name, customer_phone) = "
                           "(SELECT c.full_name, c.phone FROM customers c "
                           "WHERE c.id = appointments.customer_id) "
                           "WHERE customer_id IS NOT NULL"),
            QStringLiteral("DROP INDEX idx_appointments_business_period"),
            QStringLiteral("CREATE INDEX idx_appointments_business_period ON "
                           "appointments(business_id, starts_at, status, source, ends_at, "
                           "price_minor, created_at, updated_at, deleted_at, customer_id, "
                           "staff_id, service_id, id, version, notes, cancel_reason, "
                           "customer_name, customer_phone)"),
            QStringLiteral("CREATE TRIGGER appointment_customer_insert AFTER INSERT ON "
                           "appointments WHEN new.customer_id IS NOT NULL BEGIN "
                           "UPDATE appointments SET (customer_name, customer_phone) = "
                           "(SELECT c.full_name, c.phone FROM customers c "
                           "WHERE c.id = new.customer_id) WHERE rowid = new.rowid; END"),
            QStringLiteral("CREATE TRIGGER appointment_customer_update AFTER UPDATE OF "
                           "customer_id ON appointments "
                           "WHEN new.customer_id IS NOT old.customer_id BEGIN "
                           "UPDATE appointments SET (customer_name, customer_phone) = "
                           "(SELECT c.full_name, c.phone FROM customers c "
                           "WHERE c.id = new.customer_id) WHERE rowid = new.rowid; END"),
            QStringLiteral("CREATE TRIGGER customer_bookings_insert AFTER INSERT ON customers "
                           "BEGIN UPDATE appointments SET customer_name = new.full_name, "
                           "customer_phone = new.phone WHERE customer_id = new.id; END"),
            QStringLiteral("CREATE TRIGGER customer_bookings_update AFTER UPDATE OF full_name, "
                           "phone ON customers WHEN new.full_name IS NOT old.full_name OR "
                           "new.phone IS NOT old.phone BEGIN UPDATE appointments SET "
                           "customer_name = new.full_name, customer_phone = new.phone "
                           "WHERE customer_id = new.id; END"),
        },
    });

    steps.append(Migration{
        17,
        QStringLiteral("CHECK constraints without IN lists"),
        {},
        // A first sync's writing paid for building a temporary index of each CHECK's list of
        // allowed values for every row (docs/benchmark-notes.md); the partial index of
        // appointment_events keeps its IN list, which the dashboard's query must repeat to use it.
        rewriteInListChecks,
    });

    steps.append(Migration{
        18,
        QStringLiteral("Two indexes that longer ones already cover"),
        {
            // Each is the leading part of another index on its table (both longer ones from
            // migration 6), which serves every look-up they did with the same seek: they only
            // cost writes and a first sync's rebuild.
            QStringLiteral("DROP INDEX IF EXISTS idx_appointments_customer_starts"),
            QStringLiteral("DROP INDEX IF EXISTS idx_handoffs_conversation"),
        },
    });

    return steps;
}

} // namespace

QString checksWithoutInLists(const QString &createTable)
{
    // `column IN ('a', 'b', ...)`: a name, then a list of quoted constants ('' inside one).
    static const QRegularExpression inList(QStringLiteral(
        R"(\b([A-Za-z_][A-Za-z0-9_]*)\s+IN\s*\(\s*('(?:[^']|'')*'(?:\s*,\s*'(?:[^']|'')*')*)\s*\))"));
    static const QRegularExpression constant(QStringLiteral(R"('(?:[^']|'')*')"));
    QString result;
    qsizetype copied = 0;
    for (auto match = inList.globalMatch(createTable); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        if (found.capturedView(1).compare(u"NOT", Qt::CaseInsensitive) == 0)
            continue; // `x NOT IN (...)` stays as it is
        QStringList alternatives;
        for (auto value = constant.globalMatch(found.capturedView(2)); value.hasNext();)
            alternatives.append(found.captured(1) + QStringLiteral(" = ")
                                + value.next().captured());
        if (alternatives.size() <= 2)
            continue; // SQLite compares two or fewer in place
        result += createTable.mid(copied, found.capturedStart() - copied);
        result += u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
        copied = found.capturedEnd();
    }
    return result + createTable.mid(copied);
}

bool isLocalCopyColumn(QStringView table, QStringView column)
{
    return table == u"appointments" && (column == u"customer_name" || column == u"customer_phone");
}

QString customerSearchFillStatement()
{
    return insertSearchRow(QStringLiteral("c"),
                           QStringLiteral("(SELECT rowid, full_name, email, %1 AS d FROM customers "
                                          "WHERE deleted_at IS NULL) AS c")
                               .arg(phoneDigitsOf(QStringLiteral("phone"))));
}

const QList<Migration> &localMigrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

int latestSchemaVersion()
{
    return localMigrations().constLast().version;
}

} // namespace Chairside
