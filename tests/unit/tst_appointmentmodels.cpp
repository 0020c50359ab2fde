#include "core/AppointmentStatus.h"
#include "core/Role.h"
#include "models/appointments/AppointmentListModel.h"
#include "models/appointments/AppointmentPresentation.h"
#include "models/appointments/DayScheduleModel.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

// ---- Desk fixture: a small salon written with prepared statements (shared by the desk tests).
namespace DeskFixture {

const QString kBusiness = QStringLiteral("b0000000-0000-4000-8000-000000000001");
const QString kAnna = QStringLiteral("s0000000-0000-4000-8000-000000000001");
const QString kBen = QStringLiteral("s0000000-0000-4000-8000-000000000002");
const QString kGone = QStringLiteral("s0000000-0000-4000-8000-000000000003");
const QString kCut = QStringLiteral("v0000000-0000-4000-8000-000000000001");
const QString kColour = QStringLiteral("v0000000-0000-4000-8000-000000000002");
const QString kThandi = QStringLiteral("c0000000-0000-4000-8000-000000000001");
const QString kPriya = QStringLiteral("c0000000-0000-4000-8000-000000000002");
const QString kJohan = QStringLiteral("c0000000-0000-4000-8000-000000000003");
const QDate kDay(2026, 3, 10); // a Tuesday

inline QTimeZone zone()
{
    return QTimeZone(QByteArrayLiteral("Africa/Johannesburg"));
}

inline qint64 at(const QDate &date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), zone()).toSecsSinceEpoch();
}

inline Chairside::BusinessContext context()
{
    Chairside::BusinessContext c;
    c.businessId = kBusiness;
    c.businessName = QStringLiteral("Fixture Salon");
    c.timeZone = zone();
    c.currency = QStringLiteral("ZAR");
    c.locale = QLocale(QStringLiteral("en_ZA"));
    c.staffId = kAnna;
    c.staffName = QStringLiteral("Anna Smith");
    c.role = Chairside::StaffRole::Owner;
    return c;
}

inline bool exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << "prepare failed" << q.lastError().text() << sql;
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << "exec failed" << q.lastError().text() << sql;
        return false;
    }
    return true;
}

inline bool appointment(QSqlDatabase &db, const QString &id, const QVariant &customer,
                        const QString &staff, const QString &service, qint64 start, qint64 end,
                        const QString &status, qint64 price,
                        const QString &source = QStringLiteral("desk"), qint64 updatedAt = 0)
{
    return exec(db,
                QStringLiteral("INSERT INTO appointments (id, business_id, customer_id, staff_id, "
                               "service_id, starts_at, ends_at, status, source, price_minor, "
                               "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"),
                {id, kBusiness, customer, staff, service, start, end, status, source, price,
                 start - 86400 * 7, updatedAt ? updatedAt : start - 86400 * 7});
}

// Writes the salon into `path`; `extraAppointments` bookings for Anna on the days after kDay and
// `extraCustomers` customers named "Zz Bulk 0001"... are added for the window tests.
inline bool build(const QString &path, int extraAppointments = 0, int extraCustomers = 0)
{
    bool ok = true;
    {
        std::optional<Chairside::StoreError> error;
        QSqlDatabase db = Chairside::Database::connectionForThisThread(path, &error);
        if (!db.isOpen())
            return false;
        db.transaction();
        const qint64 t = at(kDay, 0, 0);
        ok = ok
             && exec(db,
                     QStringLiteral("INSERT INTO businesses (id, name, time_zone, currency, "
                                    "locale, updated_at) VALUES (?,?,?,?,?,?)"),
                     {kBusiness, QStringLiteral("Fixture Salon"),
                      QStringLiteral("Africa/Johannesburg"), QStringLiteral("ZAR"),
                      QStringLiteral("en_ZA"), t});
        const QString staffSql =
            QStringLiteral("INSERT INTO staff_members (id, business_id, display_name, role, "
                           "colour, active, sort_order, updated_at) VALUES (?,?,?,?,?,?,?,?)");
        ok = ok
             && exec(db, staffSql,
                     {kAnna, kBusiness, QStringLiteral("Anna Smith"), QStringLiteral("owner"),
                      QStringLiteral("#e91e63"), 1, 1, t});
        ok = ok
             && exec(db, staffSql,
                     {kBen, kBusiness, QStringLiteral("Ben Dlamini"), QStringLiteral("staff"),
                      QStringLiteral("#3f51b5"), 1, 2, t});
        ok = ok
             && exec(db, staffSql,
                     {kGone, kBusiness, QStringLiteral("Gone Person"), QStringLiteral("staff"),
                      QStringLiteral("#999999"), 0, 3, t});
        const QString hoursSql =
            QStringLiteral("INSERT INTO working_hours (id, business_id, staff_id, weekday, "
                           "start_minute, end_minute, break_start_minute, break_end_minute, "
                           "updated_at) VALUES (?,?,?,?,?,?,?,?,?)");
        ok = ok
             && exec(db, hoursSql,
                     {QStringLiteral("wh1"), kBusiness, kAnna, kDay.dayOfWeek(), 9 * 60, 17 * 60,
                      12 * 60, 13 * 60, t});
        ok = ok
             && exec(db, hoursSql,
                     {QStringLiteral("wh2"), kBusiness, kBen, kDay.dayOfWeek(), 10 * 60, 18 * 60,
                      QVariant(), QVariant(), t});
        ok = ok
             && exec(db,
                     QStringLiteral("INSERT INTO time_off (id, business_id, staff_id, starts_at, "
                                    "ends_at, reason, updated_at) VALUES (?,?,?,?,?,?,?)"),
                     {QStringLiteral("to1"), kBusiness, kBen, at(kDay, 15, 0), at(kDay, 16, 0),
                      QStringLiteral("Dentist"), t});
        const QString serviceSql =
            QStringLiteral("INSERT INTO services (id, business_id, name, duration_minutes, "
                           "buffer_minutes, price_minor, updated_at) VALUES (?,?,?,?,?,?,?)");
        ok = ok
             && exec(db, serviceSql,
                     {kCut, kBusiness, QStringLiteral("Cut & blow-dry"), 60, 15, 45000, t});
        ok = ok
             && exec(db, serviceSql,
                     {kColour, kBusiness, QStringLiteral("Full colour"), 90, 0, 95000, t});
        const QString customerSql = QStringLiteral(
            "INSERT INTO customers (id, business_id, full_name, phone, email, consent_whatsapp, "
            "consent_sms, consent_email, notes, allergy_notes, referral_code, created_at, "
            "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ok = ok
             && exec(db, customerSql,
                     {kThandi, kBusiness, QStringLiteral("Thandi Mokoena"),
                      QStringLiteral("+27 82 555 0101"), QStringLiteral("thandi@example.com"), 1, 0,
                      1, QStringLiteral("Likes tea"), QStringLiteral("Latex"),
                      QStringLiteral("THANDI10"), t - 86400 * 400, t});
        ok = ok
             && exec(db, customerSql,
                     {kPriya, kBusiness, QStringLiteral("Priya Naidoo"),
                      QStringLiteral("+27 83 555 0202"), QStringLiteral("priya@example.com"), 0, 1,
                      0, QStringLiteral(""), QStringLiteral(""), QVariant(), t - 86400 * 100, t});
        ok = ok
             && exec(db, customerSql,
                     {kJohan, kBusiness, QStringLiteral("Johan van der Merwe"),
                      QStringLiteral("+27 84 555 0303"), QStringLiteral("johan@example.com"), 0, 0,
                      0, QStringLiteral(""), QStringLiteral(""), QVariant(), t - 86400 * 50, t});

        // The day: Anna 09:00 Thandi (confirmed), Anna 10:00 Priya (completed),
        // Ben 11:00 Johan (cancelled late), Gone 14:00 Thandi (requested; inactive staff).
        ok = ok
             && appointment(db, QStringLiteral("a1"), kThandi, kAnna, kCut, at(kDay, 9, 0),
                            at(kDay, 10, 0), QStringLiteral("confirmed"), 45000,
                            QStringLiteral("whatsapp_ai"));
        ok = ok
             && appointment(db, QStringLiteral("a2"), kPriya, kAnna, kColour, at(kDay, 10, 0),
                            at(kDay, 11, 30), QStringLiteral("completed"), 95000,
                            QStringLiteral("phone"));
        ok = ok
             && appointment(db, QStringLiteral("a3"), kJohan, kBen, kCut, at(kDay, 11, 0),
                            at(kDay, 12, 0), QStringLiteral("cancelled"), 45000,
                            QStringLiteral("web"), at(kDay, 8, 0));
        ok = ok
             && appointment(db, QStringLiteral("a4"), kThandi, kGone, kCut, at(kDay, 14, 0),
                            at(kDay, 15, 0), QStringLiteral("requested"), 45000);
        // Outside the day: the evening before and the day after.
        ok = ok
             && appointment(db, QStringLiteral("a5"), kThandi, kAnna, kCut,
                            at(kDay.addDays(-1), 23, 30), at(kDay, 0, 30),
                            QStringLiteral("completed"), 40000);
        ok = ok
             && appointment(db, QStringLiteral("a6"), kPriya, kBen, kCut, at(kDay.addDays(1), 9, 0),
                            at(kDay.addDays(1), 10, 0), QStringLiteral("no_show"), 45000);
        // Thandi's past: a completed visit and a no-show.
        ok = ok
             && appointment(db, QStringLiteral("a7"), kThandi, kBen, kColour,
                            at(kDay.addDays(-30), 9, 0), at(kDay.addDays(-30), 10, 30),
                            QStringLiteral("completed"), 90000);
        ok = ok
             && appointment(db, QStringLiteral("a8"), kThandi, kBen, kCut,
                            at(kDay.addDays(-20), 9, 0), at(kDay.addDays(-20), 10, 0),
                            QStringLiteral("no_show"), 45000);

        const QString tierSql =
            QStringLiteral("INSERT INTO loyalty_tiers (id, business_id, rank, name, "
                           "threshold_points, updated_at) VALUES (?,?,?,?,?,?)");
        ok = ok
             && exec(db, tierSql,
                     {QStringLiteral("t1"), kBusiness, 1, QStringLiteral("Bronze"), 0, t});
        ok = ok
             && exec(db, tierSql,
                     {QStringLiteral("t2"), kBusiness, 2, QStringLiteral("Silver"), 500, t});
        ok = ok
             && exec(db, tierSql,
                     {QStringLiteral("t3"), kBusiness, 3, QStringLiteral("Gold"), 1500, t});
        const QString ledgerSql =
            QStringLiteral("INSERT INTO loyalty_ledger (id, business_id, customer_id, kind, "
                           "points, reason, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)");
        ok = ok
             && exec(db, ledgerSql,
                     {QStringLiteral("l1"), kBusiness, kThandi, QStringLiteral("earn"), 600,
                      QStringLiteral("Colour"), t - 86400 * 30, t});
        ok = ok
             && exec(db, ledgerSql,
                     {QStringLiteral("l2"), kBusiness, kThandi, QStringLiteral("award"), 100,
                      QStringLiteral("Birthday"), t - 86400 * 20, t});
        ok = ok
             && exec(db, ledgerSql,
                     {QStringLiteral("l3"), kBusiness, kThandi, QStringLiteral("redeem"), -200,
                      QStringLiteral("Free treatment"), t - 86400 * 10, t});
        ok = ok
             && exec(db, ledgerSql,
                     {QStringLiteral("l4"), kBusiness, kPriya, QStringLiteral("earn"), 95,
                      QStringLiteral("Colour"), t, t});

        for (int i = 0; ok && i < extraAppointments; ++i) {
            const QDate day = kDay.addDays(1 + i % 20);
            const int minute = 8 * 60 + (i / 20) * 15;
            ok = appointment(db, QStringLiteral("bulk-%1").arg(i, 4, 10, QLatin1Char('0')), kPriya,
                             kAnna, kCut, at(day, minute / 60, minute % 60),
                             at(day, minute / 60, minute % 60) + 900, QStringLiteral("confirmed"),
                             1000 + i);
        }
        for (int i = 0; ok && i < extraCustomers; ++i) {
            ok = exec(db, customerSql,
                      {QStringLiteral("bulk-c-%1").arg(i, 4, 10, QLatin1Char('0')), kBusiness,
                       QStringLiteral("Zz Bulk %1").arg(i, 4, 10, QLatin1Char('0')),
                       QStringLiteral("+27 60 000 %1").arg(i, 4, 10, QLatin1Char('0')), QVariant(),
                       0, 0, 0, QStringLiteral(""), QStringLiteral(""), QVariant(), t, t});
        }
        ok = ok && db.commit();
    }
    Chairside::Database::closeForThisThread(path);
    return ok;
}

} // namespace DeskFixture
// ---- end of the desk fixture

using namespace Chairside;

class TestAppointmentModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreExecutor> m_store;

    // QVERIFY in a helper only leaves the helper: callers check the result.
    bool openStore(int extraAppointments = 0)
    {
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        const QString path = m_dir->filePath(QStringLiteral("chairside.sqlite"));
        if (!DeskFixture::build(path, extraAppointments))
            return false;
        m_store = std::make_unique<StoreExecutor>(path);
        return true;
    }

    static AppointmentFilter monthFilter()
    {
        AppointmentFilter filter;
        filter.from = DeskFixture::at(DeskFixture::kDay, 0, 0);
        filter.to = DeskFixture::at(DeskFixture::kDay.addDays(31), 0, 0);
        return filter;
    }

    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(IdRole).toString());
        return result;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void dayModelShowsTheDayInTheBusinessZone()
    {
        QVERIFY(openStore());
        DayScheduleModel model(m_store.get(), DeskFixture::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        model.setDate(DeskFixture::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);

        // a1..a4 start on the day; a5 (the evening before) and a6 (the day after) do not.
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"),
                                          QStringLiteral("a3"), QStringLiteral("a4")}));
        // Two active staff plus a column for the inactive person who still has a booking.
        QCOMPARE(model.staff().size(), 3);
        QCOMPARE(model.staff()[0].member.name, QStringLiteral("Anna Smith"));
        QVERIFY(model.staff()[0].works);
        QCOMPARE(model.staff()[0].workStart, 9 * 60);
        QCOMPARE(model.staff()[0].workEnd, 17 * 60);
        QVERIFY(model.staff()[0].lunchBreak.has_value());
        QCOMPARE(model.staff()[0].lunchBreak->start, 12 * 60);
        QCOMPARE(model.staff()[1].member.name, QStringLiteral("Ben Dlamini"));
        QCOMPARE(model.staff()[1].timeOff.size(), 1);
        QCOMPARE(model.staff()[1].timeOff[0].start, 15 * 60);
        QCOMPARE(model.staff()[1].timeOff[0].label, QStringLiteral("Dentist"));
        QCOMPARE(model.staff()[2].member.name, QStringLiteral("Gone Person"));
        QVERIFY(!model.staff()[2].works);

        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(DayScheduleModel::StaffColumnRole).toInt(), 0);
        QCOMPARE(first.data(DayScheduleModel::StartMinuteRole).toInt(), 9 * 60);
        QCOMPARE(first.data(DayScheduleModel::EndMinuteRole).toInt(), 10 * 60);
        QCOMPARE(first.data(DayScheduleModel::CustomerNameRole).toString(),
                 QStringLiteral("Thandi Mokoena"));
        QCOMPARE(first.data(DayScheduleModel::ServiceNameRole).toString(),
                 QStringLiteral("Cut & blow-dry"));
        QCOMPARE(first.data(DayScheduleModel::BufferMinutesRole).toInt(), 15);
        QCOMPARE(first.data(StatusKeyRole).toString(), QStringLiteral("confirmed"));
        QCOMPARE(first.data(DayScheduleModel::StatusLabelRole).toString(),
                 QStringLiteral("Confirmed"));
        QCOMPARE(first.data(DayScheduleModel::TimeTextRole).toString(),
                 QStringLiteral("09:00–10:00"));
        QVERIFY(first.data(ColourRole).value<QColor>().isValid());
        QVERIFY(!first.data(DayScheduleModel::InactiveRole).toBool());
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Anna Smith")));

        const QModelIndex cancelled = model.index(2, 0);
        QCOMPARE(cancelled.data(DayScheduleModel::StaffColumnRole).toInt(), 1);
        QVERIFY(cancelled.data(DayScheduleModel::InactiveRole).toBool());
        QCOMPARE(model.index(3, 0).data(DayScheduleModel::StaffColumnRole).toInt(), 2);

        // The next day: the no-show a6 only; the inactive person's column is gone again.
        model.setDate(DeskFixture::kDay.addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(ids(model), QStringList{QStringLiteral("a6")});
        QCOMPARE(model.staff().size(), 2);
    }

    void dayModelDropsStaleDays()
    {
        QVERIFY(openStore());
        DayScheduleModel model(m_store.get(), DeskFixture::context());
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        // Three days asked for in a row: only the last one may be applied.
        model.setDate(DeskFixture::kDay.addDays(-1));
        model.setDate(DeskFixture::kDay.addDays(1));
        model.setDate(DeskFixture::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        m_store->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toDate(), DeskFixture::kDay);
        QCOMPARE(model.rowCount(), 4);
    }

    void listModelFiltersAndFormats()
    {
        QVERIFY(openStore());
        AppointmentListModel model(m_store.get(), DeskFixture::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        model.setFilter(monthFilter());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(model.columnCount(), int(AppointmentListModel::ColumnCount));
        QCOMPARE(ids(model),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                              QStringLiteral("a4"), QStringLiteral("a6")}));
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(5), 10000);
        QVERIFY(!model.canFetchMore(QModelIndex()));

        const QModelIndex price = model.index(0, AppointmentListModel::PriceColumn);
        QCOMPARE(price.data(RawValueRole).toLongLong(), qint64(45000));
        QVERIFY(price.data().toString().contains(QStringLiteral("450")));
        QVERIFY(price.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QCOMPARE(model.index(0, AppointmentListModel::SourceColumn).data().toString(),
                 QStringLiteral("WhatsApp AI"));
        QCOMPARE(model.index(0, AppointmentListModel::DateTimeColumn).data(RawValueRole),
                 QVariant(DeskFixture::at(DeskFixture::kDay, 9, 0)));
        QVERIFY(model.index(0, AppointmentListModel::DateTimeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("09:00")));

        AppointmentFilter byStaff = monthFilter();
        byStaff.staffId = DeskFixture::kBen;
        model.setFilter(byStaff);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        QCOMPARE(ids(model), (QStringList{QStringLiteral("a3"), QStringLiteral("a6")}));

        AppointmentFilter byStatus = monthFilter();
        byStatus.statusKey = QStringLiteral("cancelled");
        model.setFilter(byStatus);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 3, 10000);
        QCOMPARE(ids(model), QStringList{QStringLiteral("a3")});
        QCOMPARE(model.index(0, AppointmentListModel::StatusColumn).data().toString(),
                 QStringLiteral("Cancelled"));
    }

    void listModelSearchesCustomers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList thandi{QStringLiteral("a1"), QStringLiteral("a4")};
        QTest::newRow("first name prefix") << QStringLiteral("than") << thandi;
        QTest::newRow("any case") << QStringLiteral("THANDI") << thandi;
        QTest::newRow("surname") << QStringLiteral("naidoo")
                                 << QStringList{QStringLiteral("a2"), QStringLiteral("a6")};
        QTest::newRow("local phone") << QStringLiteral("082 555 0101") << thandi;
        QTest::newRow("e-mail prefix")
            << QStringLiteral("johan@") << QStringList{QStringLiteral("a3")};
        QTest::newRow("wildcards are literal") << QStringLiteral("%") << QStringList{};
        QTest::newRow("underscore is literal") << QStringLiteral("_hand") << QStringList{};
        QTest::newRow("quote") << QStringLiteral("o'") << QStringList{};
        QTest::newRow("middle of a word") << QStringLiteral("handi") << QStringList{};
    }

    void listModelSearchesCustomers()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(openStore());
        AppointmentListModel model(m_store.get(), DeskFixture::context());
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        AppointmentFilter filter = monthFilter();
        filter.text = text;
        model.setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(ids(model), expected);
    }

    void listModelSortsInSql()
    {
        QVERIFY(openStore());
        AppointmentListModel model(m_store.get(), DeskFixture::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        model.setFilter(monthFilter());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);

        model.sort(AppointmentListModel::PriceColumn, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        QCOMPARE(model.index(0, 0).data(IdRole).toString(), QStringLiteral("a2")); // R 950
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, AppointmentListModel::PriceColumn)
                        .data(RawValueRole)
                        .toLongLong()
                    >= model.index(row, AppointmentListModel::PriceColumn)
                           .data(RawValueRole)
                           .toLongLong());
        }

        model.sort(AppointmentListModel::CustomerColumn, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 3, 10000);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, AppointmentListModel::CustomerColumn).data().toString());
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Johan van der Merwe"), QStringLiteral("Priya Naidoo"),
                              QStringLiteral("Priya Naidoo"), QStringLiteral("Thandi Mokoena"),
                              QStringLiteral("Thandi Mokoena")}));
        // Ties are broken by start time.
        QCOMPARE(model.index(1, 0).data(IdRole).toString(), QStringLiteral("a2"));
        QCOMPARE(model.index(2, 0).data(IdRole).toString(), QStringLiteral("a6"));
    }

    void listModelIgnoresStaleReplies()
    {
        QVERIFY(openStore());
        AppointmentListModel model(m_store.get(), DeskFixture::context());
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        AppointmentFilter first = monthFilter();
        first.text = QStringLiteral("thandi");
        AppointmentFilter second = monthFilter();
        second.text = QStringLiteral("johan");
        model.setFilter(first);
        model.setFilter(second); // issued before the first reply arrived
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        m_store->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(ids(model), QStringList{QStringLiteral("a3")});
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(1), 10000);
    }

    void listModelFetchesLazilyInWindows()
    {
        QVERIFY(openStore(650));
        // No tester on this model: the tester itself calls fetchMore() after every change, which
        // would hide the window sizes checked here (the next test runs the tester over it).
        AppointmentListModel model(m_store.get(), DeskFixture::context());
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        model.setFilter(monthFilter());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(model.rowCount(), AppointmentListModel::kWindow);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(655), 10000);
        QVERIFY(model.canFetchMore(QModelIndex()));

        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            model.fetchMore(QModelIndex()); // a second call while one is running is ignored
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
            QVERIFY(model.rowCount() - before <= AppointmentListModel::kWindow);
        }
        QCOMPARE(model.rowCount(), 655);

        // Every row once, in start order.
        QSet<QString> seen;
        qint64 previous = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, AppointmentListModel::DateTimeColumn);
            QVERIFY(!seen.contains(index.data(IdRole).toString()));
            seen.insert(index.data(IdRole).toString());
            QVERIFY(index.data(RawValueRole).toLongLong() >= previous);
            previous = index.data(RawValueRole).toLongLong();
        }

        // A refresh after a change keeps everything loaded.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 10000);
        QCOMPARE(model.rowCount(), 655);
    }

    void listModelGrowsUnderTheTester()
    {
        QVERIFY(openStore(650));
        AppointmentListModel model(m_store.get(), DeskFixture::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setFilter(monthFilter());
        // The tester fetches the second window after the reset; the rest come by fetchMore().
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= AppointmentListModel::kWindow, 10000);
        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
        }
        QCOMPARE(model.rowCount(), 655);
        QCOMPARE(inserted.size(), 3); // windows of 200, 200 and 55 after the first 200
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void presentationNamesEveryStatus()
    {
        const QStringList keys = AppointmentPresentation::statusKeys();
        QCOMPARE(keys.size(), kAppointmentStatusCount);
        QSet<QRgb> colours;
        for (const QString &key : keys) {
            QVERIFY(appointmentStatusFromKey(key).has_value());
            QVERIFY(AppointmentPresentation::statusLabel(key) != key);
            colours.insert(AppointmentPresentation::statusColour(key).rgb());
        }
        QCOMPARE(colours.size(), keys.size()); // no two statuses share a colour
        QVERIFY(AppointmentPresentation::isInactiveStatus(QStringLiteral("no_show")));
        QVERIFY(!AppointmentPresentation::isInactiveStatus(QStringLiteral("arrived")));
    }
};

QTEST_MAIN(TestAppointmentModels)
#include "tst_appointmentmodels.moc"
