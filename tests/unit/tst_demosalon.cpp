#include "core/AppointmentStatus.h"
#include "store/Database.h"
#include "store/demo/DemoClock.h"
#include "store/demo/DemoSalon.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Chairside;

namespace {

const QDate kAnchor(2026, 11, 23); // a Monday

// One value of a query, or an invalid QVariant when it fails (the test then fails too).
QVariant scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << "prepare failed:" << sql << q.lastError().text();
        return {};
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

qint64 count(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    const QVariant v = scalar(db, sql, values);
    return v.isValid() ? v.toLongLong() : -1;
}

// A fingerprint of every row of every table, in insertion order.
QByteArray checksum(QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    QSqlQuery list(db);
    list.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type "
                             "IN ('table', 'virtual') AND name NOT LIKE 'sqlite%' ORDER BY name"));
    while (list.next())
        tables.append(list.value(0).toString());
    for (const QString &table : std::as_const(tables)) {
        hash.addData(table.toUtf8());
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c) {
                const QVariant v = rows.value(c);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL")
                                        : QByteArray(v.toString().toUtf8() + '\x1f'));
            }
            hash.addData(QByteArrayLiteral("\x1e"));
        }
    }
    return hash.result().toHex();
}

struct Store
{
    ~Store()
    {
        db = QSqlDatabase();
        if (!path.isEmpty())
            Database::closeForThisThread(path);
    }
    QTemporaryDir dir;
    QString path;
    QSqlDatabase db;
    DemoSalonSummary summary;
    std::optional<StoreError> error;
    qint64 elapsedMs = 0;
};

std::unique_ptr<Store> makeStore(const DemoSalonOptions &options)
{
    auto store = std::make_unique<Store>();
    store->path = store->dir.filePath(QStringLiteral("chairside.sqlite"));
    std::optional<StoreError> openError;
    store->db = Database::connectionForThisThread(store->path, &openError);
    if (openError) {
        store->error = openError;
        return store;
    }
    QElapsedTimer timer;
    timer.start();
    store->error = generateDemoSalon(store->db, options, &store->summary);
    store->elapsedMs = timer.elapsed();
    return store;
}

DemoSalonOptions options(const QString &region = QStringLiteral("za"), int scale = 1,
                         quint32 seed = 20261122)
{
    DemoSalonOptions o;
    o.region = region;
    o.scale = scale;
    o.anchorDate = kAnchor;
    o.seed = seed;
    return o;
}

qint64 nowOf(QSqlDatabase &db)
{
    const QTimeZone zone(
        scalar(db, QStringLiteral("SELECT time_zone FROM businesses")).toString().toUtf8());
    return QDateTime(kAnchor, QTime(11, 0), zone).toSecsSinceEpoch();
}

} // namespace

class TestDemoSalon : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_za;
    std::unique_ptr<Store> m_th;

    void checkInvariants(Store &store);

private Q_SLOTS:
    void initTestCase()
    {
        m_za = makeStore(options());
        QVERIFY2(!m_za->error, qPrintable(m_za->error ? m_za->error->message : QString()));
        qInfo("za scale 1 generated in %lld ms", m_za->elapsedMs);
        m_th = makeStore(options(QStringLiteral("th")));
        QVERIFY2(!m_th->error, qPrintable(m_th->error ? m_th->error->message : QString()));
        qInfo("th scale 1 generated in %lld ms", m_th->elapsedMs);
    }

    void cleanupTestCase()
    {
        m_za.reset();
        m_th.reset();
    }

    void invariantsZa() { checkInvariants(*m_za); }
    void invariantsTh() { checkInvariants(*m_th); }

    void southAfrica()
    {
        QSqlDatabase &db = m_za->db;
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM businesses")).toString(),
                 QStringLiteral("Protea Hair & Beauty"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT currency FROM businesses")).toString(),
                 QStringLiteral("ZAR"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT time_zone FROM businesses")).toString(),
                 QStringLiteral("Africa/Johannesburg"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT locale FROM businesses")).toString(),
                 QStringLiteral("en_ZA"));
        const QRegularExpression mobile(QStringLiteral("^\\+27[678]\\d{8}$"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT phone FROM customers WHERE phone IS NOT NULL UNION "
                                      "ALL SELECT phone FROM staff_members")));
        int phones = 0;
        while (q.next()) {
            QVERIFY2(mobile.match(q.value(0).toString()).hasMatch(),
                     qPrintable(q.value(0).toString()));
            ++phones;
        }
        QVERIFY(phones >= 1900);
        // Names from the whole city: a few surnames of each community.
        for (const char *surname : {"Naidoo", "van der Merwe", "Nkosi", "Mokoena", "Petersen"})
            QVERIFY2(count(db,
                           QStringLiteral("SELECT COUNT(*) FROM customers WHERE full_name "
                                          "LIKE ?"),
                           {QString(QStringLiteral("%") + QString::fromUtf8(surname))})
                         > 0,
                     surname);
        // Services cost R150 to R2 200.
        QCOMPARE(count(db, QStringLiteral("SELECT MIN(price_minor) FROM services")), 15000);
        QCOMPARE(count(db, QStringLiteral("SELECT MAX(price_minor) FROM services")), 220000);
    }

    void thailand()
    {
        QSqlDatabase &db = m_th->db;
        QCOMPARE(scalar(db, QStringLiteral("SELECT currency FROM businesses")).toString(),
                 QStringLiteral("THB"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT time_zone FROM businesses")).toString(),
                 QStringLiteral("Asia/Bangkok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT locale FROM businesses")).toString(),
                 QStringLiteral("th_TH"));
        const QRegularExpression mobile(QStringLiteral("^\\+66[689]\\d{8}$"));
        const QRegularExpression thai(QStringLiteral("[\\x{0E00}-\\x{0E7F}]"));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT full_name, phone FROM customers")));
        int thaiScript = 0;
        int latin = 0;
        while (q.next()) {
            if (!q.value(1).isNull())
                QVERIFY2(mobile.match(q.value(1).toString()).hasMatch(),
                         qPrintable(q.value(1).toString()));
            if (thai.match(q.value(0).toString()).hasMatch())
                ++thaiScript;
            else
                ++latin;
        }
        QVERIFY2(thaiScript > 1500, qPrintable(QString::number(thaiScript)));
        QVERIFY(latin > 50); // transliterated Thai names and expatriate clients
        QVERIFY(count(db, QStringLiteral("SELECT MIN(price_minor) FROM services")) >= 50000);
        QVERIFY(count(db, QStringLiteral("SELECT MAX(price_minor) FROM services")) <= 1500000);
        // Thai customers chat in Thai.
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_messages WHERE sender = "
                                         "'customer' AND body LIKE '%ค่ะ%'"))
                > 100);
    }

    void deterministic()
    {
        const QByteArray first = checksum(m_za->db);
        auto again = makeStore(options());
        QVERIFY(!again->error);
        QCOMPARE(checksum(again->db), first);
        QCOMPARE(again->summary.customers, m_za->summary.customers);

        auto other = makeStore(options(QStringLiteral("za"), 1, 7));
        QVERIFY(!other->error);
        QVERIFY(checksum(other->db) != first);
    }

    void scaleTwoDoubles()
    {
        auto big = makeStore(options(QStringLiteral("za"), 2));
        QVERIFY(!big->error);
        qInfo("za scale 2 generated in %lld ms", big->elapsedMs);
        QCOMPARE(big->summary.customers, 2 * m_za->summary.customers);
        QCOMPARE(count(big->db, QStringLiteral("SELECT COUNT(*) FROM customers")), 4000);
        QCOMPARE(count(big->db, QStringLiteral("SELECT COUNT(*) FROM staff_members")), 12);
        QCOMPARE(count(big->db, QStringLiteral("SELECT COUNT(*) FROM staff_members WHERE role = "
                                               "'owner'")),
                 1);
        QVERIFY(count(big->db, QStringLiteral("SELECT COUNT(*) FROM ai_handoffs")) >= 600);
        QVERIFY(big->summary.appointments > int(1.8 * m_za->summary.appointments));
        checkInvariants(*big);
    }

    void regenerationReplacesEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QVERIFY(db.isOpen());
            QVERIFY(needsDemoSalon(db, options()));
            QVERIFY(!generateDemoSalon(db, options()));
            QVERIFY(!needsDemoSalon(db, options()));
            QVERIFY(needsDemoSalon(db, options(QStringLiteral("th"))));
            // A pending local edit and a sync cursor belong to the old data and go with it.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (mutation_id, kind, payload, "
                                          "created_at) VALUES ('m1', 'x', '{}', 1)")));
            QVERIFY(!generateDemoSalon(db, options(QStringLiteral("th"))));
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM businesses")), 1);
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM customers")), 2000);
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
            QCOMPARE(scalar(db, QStringLiteral("SELECT currency FROM businesses")).toString(),
                     QStringLiteral("THB"));
            QVERIFY(!needsDemoSalon(db, options(QStringLiteral("th"))));
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);
        }
        Database::closeForThisThread(path);
    }

    // Without --demo-date the salon is made for today and kept for a week: regenerating
    // replaces everything, so it must not happen every morning.
    void todaysSalonIsKeptForAWeek()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            DemoSalonOptions today; // no anchor date: today in the salon's zone
            QVERIFY(!generateDemoSalon(db, today));
            QVERIFY(!needsDemoSalon(db, today));
            QStringList recipe =
                scalar(db, QStringLiteral("SELECT value FROM sync_state WHERE key = 'demo_recipe'"))
                    .toString()
                    .split(u'|');
            QCOMPARE(recipe.size(), 5);
            const QDate made = QDate::fromString(recipe[3], Qt::ISODate);
            const auto storeRecipeMadeOn = [&](QDate date) {
                recipe[3] = date.toString(Qt::ISODate);
                QSqlQuery q(db);
                q.prepare(
                    QStringLiteral("UPDATE sync_state SET value = ? WHERE key = 'demo_recipe'"));
                q.addBindValue(recipe.join(u'|'));
                return q.exec();
            };
            QVERIFY(storeRecipeMadeOn(made.addDays(-3)));
            QVERIFY(!needsDemoSalon(db, today));
            QVERIFY(storeRecipeMadeOn(made.addDays(-10)));
            QVERIFY(needsDemoSalon(db, today));
            QVERIFY(storeRecipeMadeOn(made.addDays(2))); // a clock that went back
            QVERIFY(needsDemoSalon(db, today));
            QVERIFY(storeRecipeMadeOn(made));
            DemoSalonOptions bigger = today;
            bigger.scale = 2;
            QVERIFY(needsDemoSalon(db, bigger));
            DemoSalonOptions chosenDay = today;
            chosenDay.anchorDate = made.addDays(-1);
            QVERIFY(needsDemoSalon(db, chosenDay));
        }
        Database::closeForThisThread(path);
    }

    void failureRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        {
            QSqlDatabase db = Database::connectionForThisThread(path);
            QVERIFY(!generateDemoSalon(db, options()));
            const QByteArray before = checksum(db);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON "
                                          "ai_handoffs BEGIN SELECT RAISE(ABORT, 'disk "
                                          "trouble'); END")));
            const auto error = generateDemoSalon(db, options(QStringLiteral("th")));
            QVERIFY(error.has_value());
            QVERIFY(error->detail.contains(QStringLiteral("disk trouble")));
            QCOMPARE(checksum(db), before);
            QVERIFY(!needsDemoSalon(db, options()));
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        }
        Database::closeForThisThread(path);
    }

    void everyStatusOnAnyWeekday_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QDate>("anchor");
        for (const char *region : {"za", "th"}) {
            for (int day = 0; day < 7; ++day) {
                const QDate anchor = QDate(2027, 2, 1).addDays(day);
                QTest::addRow("%s %s", region, qPrintable(anchor.toString(QStringLiteral("ddd"))))
                    << QString::fromLatin1(region) << anchor;
            }
        }
    }

    void everyStatusOnAnyWeekday()
    {
        // "Today" may be a quiet Sunday: the desk still sees every kind of booking.
        QFETCH(QString, region);
        QFETCH(QDate, anchor);
        DemoSalonOptions o = options(region);
        o.anchorDate = anchor;
        auto store = makeStore(o);
        QVERIFY(!store->error);
        for (int i = 0; i < kAppointmentStatusCount; ++i) {
            const QString key = toKey(static_cast<AppointmentStatus>(i));
            QVERIFY2(count(store->db,
                           QStringLiteral("SELECT COUNT(*) FROM appointments WHERE status = ?"),
                           {key})
                         > 0,
                     qPrintable(key));
        }
        QCOMPARE(count(store->db, QStringLiteral("SELECT COUNT(*) FROM appointments a JOIN "
                                                 "appointments b ON a.staff_id = b.staff_id AND "
                                                 "a.id < b.id AND a.starts_at < b.ends_at AND "
                                                 "b.starts_at < a.ends_at WHERE a.status NOT IN "
                                                 "('cancelled','no_show') AND b.status NOT IN "
                                                 "('cancelled','no_show')")),
                 0);
    }

    void clockIsRightAcrossDaylightSaving()
    {
        const QTimeZone london("Europe/London");
        if (!london.isValid())
            QSKIP("No zone data for Europe/London on this system");
        DemoClock clock(london);
        // 29 March 2026: clocks go forward at 01:00; 25 October 2026: back at 02:00.
        for (const QDate day : {QDate(2026, 3, 28), QDate(2026, 3, 29), QDate(2026, 3, 30),
                                QDate(2026, 10, 25), QDate(2026, 7, 1)}) {
            for (const int minute : {0, 9 * 60, 11 * 60, 17 * 60 + 45, 23 * 60 + 59}) {
                const QDateTime expected(day, QTime(minute / 60, minute % 60), london);
                QCOMPARE(clock.toEpoch(day, minute), expected.toSecsSinceEpoch());
                QCOMPARE(clock.localDate(clock.toEpoch(day, minute)), day);
                QCOMPARE(clock.localMinute(clock.toEpoch(day, minute)), minute);
            }
        }
        // A day with an hour less: 09:00 to 17:00 is still eight hours of work.
        QCOMPARE(clock.toEpoch(QDate(2026, 3, 29), 17 * 60)
                     - clock.toEpoch(QDate(2026, 3, 29), 9 * 60),
                 8 * 3600);
    }

    void timings()
    {
        // Reported, never asserted: scale 10 is what a busy group of salons looks like.
        auto big = makeStore(options(QStringLiteral("za"), 10));
        QVERIFY(!big->error);
        qInfo("za scale 10 generated in %lld ms: %d customers, %d appointments, %d messages",
              big->elapsedMs, big->summary.customers, big->summary.appointments,
              big->summary.messages);
        QCOMPARE(big->summary.customers, 20000);
    }
};

void TestDemoSalon::checkInvariants(Store &store)
{
    QSqlDatabase &db = store.db;
    const qint64 now = nowOf(db);
    const DemoSalonSummary &s = store.summary;

    // Counts, and the summary agrees with the rows.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM staff_members")), s.staff);
    QVERIFY(s.staff >= 6);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM staff_members WHERE role='owner'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM staff_members WHERE role='admin'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT colour) FROM staff_members")),
             s.staff);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM services")), s.services);
    QVERIFY(s.services >= 25);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM customers")), s.customers);
    QVERIFY(s.customers >= 2000);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appointments")), s.appointments);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_conversations")), s.conversations);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_messages")), s.messages);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_handoffs")), s.handoffs);
    QVERIFY(s.handoffs >= 300 * s.staff / 6);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_ledger")), s.ledgerRows);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM notifications")), s.notifications);
    QVERIFY(s.notifications >= 30 && s.notifications <= 60);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_tiers")), 5);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_rewards")) >= 6);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM time_off")) >= 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM pragma_foreign_key_check")), 0);

    // Every status and source appears.
    for (int i = 0; i < kAppointmentStatusCount; ++i) {
        const QString key = toKey(static_cast<AppointmentStatus>(i));
        QVERIFY2(
            count(db, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE status = ?"), {key})
                > 0,
            qPrintable(key));
    }
    for (int i = 0; i < kAppointmentSourceCount; ++i) {
        const QString key = toKey(static_cast<AppointmentSource>(i));
        QVERIFY2(
            count(db, QStringLiteral("SELECT COUNT(*) FROM appointments WHERE source = ?"), {key})
                > 0,
            qPrintable(key));
    }
    // Plausible rates among past bookings.
    const double past = count(db,
                              QStringLiteral("SELECT COUNT(*) FROM appointments WHERE "
                                             "ends_at <= ?"),
                              {now});
    const auto share = [&](const char *status) {
        return count(db,
                     QStringLiteral("SELECT COUNT(*) FROM appointments WHERE ends_at <= ? "
                                    "AND status = ?"),
                     {now, QString::fromLatin1(status)})
               / past;
    };
    QVERIFY2(share("completed") > 0.72 && share("completed") < 0.88,
             qPrintable(QString::number(share("completed"))));
    QVERIFY2(share("no_show") > 0.04 && share("no_show") < 0.09,
             qPrintable(QString::number(share("no_show"))));
    QVERIFY2(share("cancelled") > 0.07 && share("cancelled") < 0.14,
             qPrintable(QString::number(share("cancelled"))));
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM appointments WHERE ends_at <= ? AND "
                                  "status IN ('requested','confirmed','arrived','in_service')"),
                   {now}),
             0);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM appointments WHERE starts_at > ? AND "
                                  "status IN ('completed','no_show','in_service')"),
                   {now}),
             0);

    // No staff member is double-booked.
    QCOMPARE(count(db, QStringLiteral(
                           "SELECT COUNT(*) FROM appointments a JOIN appointments b ON "
                           "a.staff_id = b.staff_id AND a.id < b.id AND a.starts_at < b.ends_at "
                           "AND b.starts_at < a.ends_at WHERE a.status NOT IN "
                           "('cancelled','no_show') AND b.status NOT IN ('cancelled','no_show')")),
             0);

    // Length and price come from the service.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appointments a JOIN services s ON "
                                      "s.id = a.service_id WHERE a.ends_at - a.starts_at <> 60 * "
                                      "(s.duration_minutes + s.processing_minutes + "
                                      "s.buffer_minutes) OR a.price_minor <> s.price_minor")),
             0);
    // Times are consistent and nothing happened after "now".
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM appointments WHERE created_at > "
                                  "starts_at OR created_at > ? OR updated_at > ? OR "
                                  "updated_at < created_at"),
                   {now, now}),
             0);
    QCOMPARE(
        count(db, QStringLiteral("SELECT COUNT(*) FROM appointment_events WHERE at > ?"), {now}),
        0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appointments a WHERE NOT EXISTS "
                                      "(SELECT 1 FROM appointment_events e WHERE "
                                      "e.appointment_id = a.id AND e.kind = 'created' AND e.at = "
                                      "a.created_at)")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appointments a JOIN customers c ON "
                                      "c.id = a.customer_id WHERE c.created_at > a.created_at")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appointment_events e JOIN "
                                      "appointments a ON a.id = e.appointment_id WHERE e.at < "
                                      "a.created_at OR (e.kind = 'completed' AND e.at < a.ends_at) "
                                      "OR (e.kind = 'cancelled' AND e.at > a.starts_at)")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_ledger l JOIN customers c ON "
                                      "c.id = l.customer_id WHERE l.created_at < c.created_at")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_conversations v JOIN customers c ON "
                                      "c.id = v.customer_id WHERE v.started_at < c.created_at")),
             0);
    // People who chat on WhatsApp agreed to WhatsApp messages.
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_conversations v JOIN customers c ON "
                                     "c.id = v.customer_id WHERE v.channel = 'whatsapp' AND "
                                     "c.consent_whatsapp = 0"))
            <= s.conversations / 100);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM appointments a JOIN customers c ON "
                                      "c.id = a.customer_id WHERE (a.reminder_24h_sent_at IS NOT "
                                      "NULL OR a.reminder_2h_sent_at IS NOT NULL) AND "
                                      "c.consent_whatsapp = 0 AND c.consent_sms = 0")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_messages WHERE sent_at > ?"), {now}),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_ledger WHERE created_at > ?"),
                   {now}),
             0);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM outbound_messages WHERE created_at > "
                                  "? OR (sent_at IS NOT NULL AND sent_at < created_at)"),
                   {now}),
             0);

    // Every appointment lies inside its staff member's hours of that local weekday, clear of
    // the break and of time off.
    const QTimeZone zone(
        scalar(db, QStringLiteral("SELECT time_zone FROM businesses")).toString().toUtf8());
    QVERIFY(zone.isValid());
    struct Hours
    {
        int start, end, breakStart, breakEnd;
    };
    QHash<QString, Hours> hours; // staff id + weekday
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT staff_id, weekday, start_minute, end_minute, "
                                  "COALESCE(break_start_minute, -1), COALESCE(break_end_minute, "
                                  "-1) FROM working_hours")));
    while (q.next()) {
        const int breakStart = q.value(4).toInt();
        const int breakEnd = q.value(5).toInt();
        QVERIFY(breakStart < 0 || (breakEnd - breakStart >= 30 && breakEnd - breakStart <= 45));
        hours.insert(q.value(0).toString() + u'/' + q.value(1).toString(),
                     {q.value(2).toInt(), q.value(3).toInt(), breakStart, breakEnd});
    }
    QHash<QString, QList<QPair<qint64, qint64>>> timeOff;
    QVERIFY(q.exec(QStringLiteral("SELECT staff_id, starts_at, ends_at FROM time_off")));
    while (q.next())
        timeOff[q.value(0).toString()].append({q.value(1).toLongLong(), q.value(2).toLongLong()});
    QVERIFY(q.exec(QStringLiteral("SELECT staff_id, starts_at, ends_at FROM appointments")));
    int checked = 0;
    while (q.next()) {
        const QString staff = q.value(0).toString();
        const qint64 startsAt = q.value(1).toLongLong();
        const qint64 endsAt = q.value(2).toLongLong();
        const QDateTime start = QDateTime::fromSecsSinceEpoch(startsAt, zone);
        const QDateTime end = QDateTime::fromSecsSinceEpoch(endsAt, zone);
        QCOMPARE(end.date(), start.date());
        const auto found =
            hours.constFind(staff + u'/' + QString::number(start.date().dayOfWeek()));
        QVERIFY2(found != hours.constEnd(), qPrintable(start.toString(Qt::ISODate)));
        const int from = start.time().hour() * 60 + start.time().minute();
        const int to = end.time().hour() * 60 + end.time().minute();
        QVERIFY2(from >= found->start && to <= found->end, qPrintable(start.toString()));
        if (found->breakStart >= 0)
            QVERIFY2(to <= found->breakStart || from >= found->breakEnd,
                     qPrintable(start.toString()));
        for (const auto &[offStart, offEnd] : timeOff.value(staff))
            QVERIFY2(!(startsAt < offEnd && offStart < endsAt), qPrintable(start.toString()));
        ++checked;
    }
    QCOMPARE(checked, s.appointments);

    // Occupancy of past days: the time-holding share of working time is realistic.
    qint64 worked = 0;
    qint64 booked = count(db,
                          QStringLiteral("SELECT SUM(ends_at - starts_at) FROM appointments "
                                         "WHERE ends_at <= ? AND starts_at >= ? AND status "
                                         "NOT IN ('cancelled','no_show')"),
                          {nowOf(db) - 11 * 3600, nowOf(db) - 11 * 3600 - 90 * 86400});
    for (QDate day = kAnchor.addDays(-90); day < kAnchor; day = day.addDays(1)) {
        for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
            if (it.key().endsWith(u'/' + QString::number(day.dayOfWeek()))) {
                const qint64 dayStart = QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
                const QString staff = it.key().section(u'/', 0, 0);
                bool away = false;
                for (const auto &[offStart, offEnd] : timeOff.value(staff))
                    away = away
                           || (offStart <= dayStart + it->start * 60
                               && offEnd >= dayStart + it->end * 60);
                if (!away)
                    worked += 60LL
                              * (it->end - it->start
                                 - (it->breakStart >= 0 ? it->breakEnd - it->breakStart : 0));
            }
        }
    }
    const double occupancy = double(booked) / double(worked);
    qInfo("past occupancy %.2f", occupancy);
    QVERIFY2(occupancy > 0.55 && occupancy < 0.88, qPrintable(QString::number(occupancy)));

    // Loyalty: a member's running balance never drops below zero, and the view agrees.
    QVERIFY(q.exec(QStringLiteral("SELECT customer_id, points FROM loyalty_ledger ORDER BY "
                                  "customer_id, created_at, rowid")));
    QString customer;
    qint64 balance = 0;
    QHash<QString, qint64> balances;
    while (q.next()) {
        if (q.value(0).toString() != customer) {
            customer = q.value(0).toString();
            balance = 0;
        }
        balance += q.value(1).toLongLong();
        QVERIFY2(balance >= 0, qPrintable(customer));
        balances[customer] = balance;
    }
    QVERIFY(balances.size() > 500);
    QVERIFY(q.exec(QStringLiteral("SELECT customer_id, balance FROM loyalty_balances")));
    int viewRows = 0;
    while (q.next()) {
        QCOMPARE(q.value(1).toLongLong(), balances.value(q.value(0).toString(), -1));
        ++viewRows;
    }
    QCOMPARE(viewRows, balances.size());
    for (const char *kind : {"earn", "award", "redeem", "adjust", "expire"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_ledger WHERE kind = ?"),
                       {QString::fromLatin1(kind)})
                     > 0,
                 kind);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_ledger l JOIN appointments a "
                                      "ON a.id = l.appointment_id WHERE l.kind = 'earn' AND "
                                      "a.status <> 'completed'")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_ledger WHERE kind = 'redeem' "
                                      "AND (points >= 0 OR reward_id IS NULL)")),
             0);
    // Members spread over the tiers, up to the top one.
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM loyalty_balances WHERE "
                                     "lifetime_points >= (SELECT threshold_points FROM "
                                     "loyalty_tiers WHERE rank = 5)"))
            > 0);

    // Conversations and handoffs.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_handoffs h LEFT JOIN "
                                      "ai_conversations c ON c.id = h.conversation_id WHERE "
                                      "c.id IS NULL OR c.status <> 'handed_off'")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_conversations c WHERE status = "
                                      "'handed_off' AND (SELECT COUNT(*) FROM ai_handoffs h WHERE "
                                      "h.conversation_id = c.id) <> 1")),
             0);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE claimed_at > "
                                  "resolved_at OR claimed_at < created_at OR resolved_at > ? "
                                  "OR (resolved = 1 AND (resolved_at IS NULL OR outcome IS "
                                  "NULL OR resolved_by IS NULL OR resolution_note IS NULL)) "
                                  "OR (resolved = 0 AND (resolved_at IS NOT NULL OR outcome "
                                  "IS NOT NULL)) OR ((assigned_to IS NULL) <> (claimed_at IS "
                                  "NULL))"),
                   {now}),
             0);
    const qint64 open = count(db, QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE resolved "
                                                 "= 0"));
    const int steps = s.staff / 6;
    QVERIFY2(open >= 20 * steps && open <= 40 * steps, qPrintable(QString::number(open)));
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE resolved = 0 AND "
                                  "created_at < ?"),
                   {now - 2 * 86400}),
             0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE resolved = 0 AND "
                                     "assigned_to IS NULL"))
            > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE resolved = 0 AND "
                                     "assigned_to IS NOT NULL"))
            > 0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT priority) FROM ai_handoffs")), 4);
    // A complaint comes from someone who was actually in recently.
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_handoffs h WHERE h.reason = "
                                     "'Complaint about last visit' AND NOT EXISTS (SELECT 1 FROM "
                                     "appointments a WHERE a.customer_id = h.customer_id AND "
                                     "a.status = 'completed' AND a.ends_at < h.created_at)"))
            <= count(db, QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE reason = "
                                        "'Complaint about last visit'"))
                   / 20);
    for (const char *status : {"handed_off", "resolved_by_ai", "closed", "open"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_conversations WHERE status = ?"),
                       {QString::fromLatin1(status)})
                     > 0,
                 status);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_conversations c WHERE (SELECT "
                                      "COUNT(*) FROM ai_messages m WHERE m.conversation_id = c.id) "
                                      "NOT BETWEEN 3 AND 12")),
             0);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_conversations c WHERE started_at <> "
                                      "(SELECT MIN(sent_at) FROM ai_messages m WHERE "
                                      "m.conversation_id = c.id) OR last_message_at <> (SELECT "
                                      "MAX(sent_at) FROM ai_messages m WHERE m.conversation_id = "
                                      "c.id)")),
             0);
    // Every placeholder of the phrase tables was filled in.
    QCOMPARE(count(db, QStringLiteral("SELECT (SELECT COUNT(*) FROM ai_messages WHERE body LIKE "
                                      "'%{%' OR body LIKE '%}%') + (SELECT COUNT(*) FROM "
                                      "outbound_messages WHERE body LIKE '%{%') + (SELECT COUNT(*) "
                                      "FROM ai_handoffs WHERE reason LIKE '%{%' OR "
                                      "resolution_note LIKE '%{%')")),
             0);
    QVERIFY(q.exec(QStringLiteral("SELECT metadata FROM ai_messages WHERE sender = 'assistant'")));
    while (q.next()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toByteArray(), &parseError);
        QVERIFY2(doc.isObject(), qPrintable(q.value(0).toString()));
    }
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM ai_messages WHERE metadata LIKE "
                                     "'%offered_slots%'"))
            > 100);

    // Outbound messages: replies to handoffs and reminders, in every state.
    for (const char *status : {"sent", "delivered", "read", "failed"})
        QVERIFY2(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM outbound_messages WHERE status = ?"),
                       {QString::fromLatin1(status)})
                     > 0,
                 status);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM outbound_messages WHERE kind = 'reply' "
                                     "AND handoff_id IS NOT NULL AND created_by IS NOT NULL"))
            > 100);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM outbound_messages WHERE kind = "
                                     "'reminder_24h'"))
            > 500);

    // Notifications link to real rows.
    QVERIFY(q.exec(QStringLiteral("SELECT action_url FROM notifications")));
    const QRegularExpression url(QStringLiteral(
        "^chairside://(handoff|appointment|customer)/([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-"
        "[89ab][0-9a-f]{3}-[0-9a-f]{12})$"));
    while (q.next()) {
        const auto match = url.match(q.value(0).toString());
        QVERIFY2(match.hasMatch(), qPrintable(q.value(0).toString()));
        const QString table = match.captured(1) == u"handoff"       ? QStringLiteral("ai_handoffs")
                              : match.captured(1) == u"appointment" ? QStringLiteral("appointments")
                                                                    : QStringLiteral("customers");
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(table),
                       {match.captured(2)}),
                 1);
    }
    for (const char *priority : {"urgent", "high", "normal", "low"})
        QVERIFY2(count(db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE priority = ?"),
                       {QString::fromLatin1(priority)})
                     > 0,
                 priority);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE read_at IS NOT "
                                     "NULL"))
            > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE dismissed = 1"))
            > 0);
    QVERIFY(
        count(db, QStringLiteral("SELECT COUNT(*) FROM notifications WHERE expires_at < ?"), {now})
        > 0);

    // Contact details: E.164 phones, e-mail only at the documentation domains, ~60% with one.
    const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{7,14}$"));
    QVERIFY(q.exec(QStringLiteral("SELECT phone FROM customers WHERE phone IS NOT NULL UNION ALL "
                                  "SELECT phone FROM staff_members UNION ALL SELECT phone FROM "
                                  "businesses")));
    while (q.next())
        QVERIFY2(e164.match(q.value(0).toString()).hasMatch(), qPrintable(q.value(0).toString()));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) - COUNT(DISTINCT phone) FROM customers "
                                      "WHERE phone IS NOT NULL")),
             0);
    const QRegularExpression mail(
        QStringLiteral("^[a-z0-9._+-]+@([a-z0-9-]+\\.)*example\\.(com|net|org)$"));
    QVERIFY(q.exec(QStringLiteral("SELECT email FROM customers WHERE email IS NOT NULL UNION ALL "
                                  "SELECT email FROM staff_members UNION ALL SELECT email FROM "
                                  "businesses")));
    int mails = 0;
    while (q.next()) {
        QVERIFY2(mail.match(q.value(0).toString()).hasMatch(), qPrintable(q.value(0).toString()));
        ++mails;
    }
    const double withMail =
        double(count(db, QStringLiteral("SELECT COUNT(email) FROM customers"))) / s.customers;
    QVERIFY2(withMail > 0.55 && withMail < 0.65, qPrintable(QString::number(withMail)));
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE consent_whatsapp = 1"))
            > s.customers / 2);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM customers WHERE consent_whatsapp = 0"))
            > 0);
}

QTEST_GUILESS_MAIN(TestDemoSalon)
#include "tst_demosalon.moc"
