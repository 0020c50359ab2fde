#include "core/Role.h"
#include "models/customers/CustomerAppointmentsModel.h"
#include "models/customers/CustomerListModel.h"
#include "models/customers/CustomerProfileLoader.h"
#include "models/customers/LoyaltyLedgerModel.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "store/repositories/CustomerRepository.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
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

class TestCustomerModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreExecutor> m_store;
    QString m_path;

    // QVERIFY in a helper only leaves the helper: callers check the result.
    bool openStore(int extraCustomers = 0)
    {
        m_store.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_path = m_dir->filePath(QStringLiteral("chairside.sqlite"));
        if (!DeskFixture::build(m_path, 0, extraCustomers))
            return false;
        m_store = std::make_unique<StoreExecutor>(m_path);
        return true;
    }

    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, CustomerListModel::NameColumn).data().toString());
        return result;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void listShowsCustomersWithLoyalty()
    {
        QVERIFY(openStore());
        CustomerListModel model(m_store.get(), DeskFixture::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &CustomerListModel::reloaded);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(model.columnCount(), int(CustomerListModel::ColumnCount));
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Johan van der Merwe"), QStringLiteral("Priya Naidoo"),
                              QStringLiteral("Thandi Mokoena")}));
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(3), 10000);

        const int thandi = model.rowOf(DeskFixture::kThandi);
        QCOMPARE(thandi, 2);
        QCOMPARE(model.index(thandi, CustomerListModel::PointsColumn).data(RawValueRole),
                 QVariant(qint64(500)));
        QCOMPARE(model.index(thandi, CustomerListModel::PointsColumn).data().toString(),
                 QStringLiteral("500"));
        QVERIFY(model.index(thandi, CustomerListModel::PointsColumn)
                    .data(Qt::TextAlignmentRole)
                    .value<Qt::Alignment>()
                & Qt::AlignRight);
        QCOMPARE(model.index(thandi, CustomerListModel::TierColumn).data().toString(),
                 QStringLiteral("Silver")); // 700 lifetime points
        QCOMPARE(model.index(thandi, CustomerListModel::PhoneColumn).data().toString(),
                 QStringLiteral("+27 82 555 0101"));
        // The last completed visit: a2 is Priya's; Thandi's is a5, the evening before the day.
        QCOMPARE(model.index(thandi, CustomerListModel::LastVisitColumn).data(RawValueRole),
                 QVariant(DeskFixture::at(DeskFixture::kDay.addDays(-1), 23, 30)));
        QCOMPARE(model.index(0, CustomerListModel::LastVisitColumn).data(RawValueRole),
                 QVariant(qint64(0))); // Johan: never completed a visit
        QCOMPARE(model.index(0, CustomerListModel::TierColumn).data().toString(),
                 QStringLiteral("Bronze"));
    }

    void listSearches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prefix") << QStringLiteral("pri")
                                << QStringList{QStringLiteral("Priya Naidoo")};
        QTest::newRow("surname") << QStringLiteral("mokoena")
                                 << QStringList{QStringLiteral("Thandi Mokoena")};
        QTest::newRow("later word")
            << QStringLiteral("van der") << QStringList{QStringLiteral("Johan van der Merwe")};
        QTest::newRow("e-mail") << QStringLiteral("priya@ex")
                                << QStringList{QStringLiteral("Priya Naidoo")};
        QTest::newRow("international phone")
            << QStringLiteral("+27 84 555") << QStringList{QStringLiteral("Johan van der Merwe")};
        QTest::newRow("local phone")
            << QStringLiteral("0825550101") << QStringList{QStringLiteral("Thandi Mokoena")};
        QTest::newRow("shared digits")
            << QStringLiteral("555")
            << QStringList{QStringLiteral("Johan van der Merwe"), QStringLiteral("Priya Naidoo"),
                           QStringLiteral("Thandi Mokoena")};
        QTest::newRow("no match") << QStringLiteral("xavier") << QStringList{};
        QTest::newRow("percent is literal") << QStringLiteral("%a") << QStringList{};
        QTest::newRow("spaces only")
            << QStringLiteral("   ")
            << QStringList{QStringLiteral("Johan van der Merwe"), QStringLiteral("Priya Naidoo"),
                           QStringLiteral("Thandi Mokoena")};
    }

    void listSearches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(openStore());
        CustomerListModel model(m_store.get(), DeskFixture::context());
        QSignalSpy reloaded(&model, &CustomerListModel::reloaded);
        model.setSearchText(text);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(names(model), expected);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(expected.size()), 10000);
    }

    void nameSearchUsesTheNameIndex()
    {
        // The prefix terms are answered from idx_customers_name / idx_customers_email; the
        // statement must at least prepare and run with the ESCAPE clause.
        QVERIFY(openStore());
        m_store.reset();
        {
            QSqlDatabase db = Database::connectionForThisThread(m_path);
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM customers c "
                                             "WHERE c.full_name LIKE ? ESCAPE '\\'")));
            q.addBindValue(QStringLiteral("tha%"));
            QVERIFY(q.exec());
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(QStringLiteral("idx_customers_name")), qPrintable(plan));
        }
        Database::closeForThisThread(m_path);
    }

    void listSortsInSql()
    {
        QVERIFY(openStore());
        CustomerListModel model(m_store.get(), DeskFixture::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &CustomerListModel::reloaded);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        model.sort(CustomerListModel::PointsColumn, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Thandi Mokoena"), QStringLiteral("Priya Naidoo"),
                              QStringLiteral("Johan van der Merwe")}));
        model.sort(CustomerListModel::NameColumn, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 3, 10000);
        QCOMPARE(names(model).first(), QStringLiteral("Thandi Mokoena"));
    }

    void listFetchesLazilyAndDropsStaleSearches()
    {
        QVERIFY(openStore(650));
        // No tester here: it fetches more by itself after every change (see the next test).
        CustomerListModel model(m_store.get(), DeskFixture::context());
        QSignalSpy reloaded(&model, &CustomerListModel::reloaded);
        model.setSearchText(QStringLiteral("zz bulk"));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(model.rowCount(), CustomerListModel::kWindow);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(650), 10000);
        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
        }
        QCOMPARE(model.rowCount(), 650);
        QCOMPARE(model.index(649, 0).data().toString(), QStringLiteral("Zz Bulk 0649"));

        // Two searches typed quickly: the second wins, the first reply is dropped.
        model.setSearchText(QStringLiteral("zz bulk 01"));
        model.setSearchText(QStringLiteral("thandi"));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        m_store->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(reloaded.size(), 2);
        QCOMPARE(names(model), QStringList{QStringLiteral("Thandi Mokoena")});
    }

    void listGrowsUnderTheTester()
    {
        QVERIFY(openStore(650));
        CustomerListModel model(m_store.get(), DeskFixture::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= CustomerListModel::kWindow, 10000);
        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
        }
        QCOMPARE(model.rowCount(), 653);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Johan van der Merwe"));
    }

    void profileReadsEverythingInOneCall()
    {
        QVERIFY(openStore());
        m_store.reset();
        const qint64 now = DeskFixture::at(DeskFixture::kDay, 9, 30);
        {
            QSqlDatabase db = Database::connectionForThisThread(m_path);
            CustomerProfileResult result =
                CustomerRepository(db).profile(DeskFixture::kBusiness, DeskFixture::kThandi, now);
            QVERIFY(!result.error);
            QVERIFY(result.profile);
            const CustomerProfile &p = *result.profile;
            QCOMPARE(p.fullName, QStringLiteral("Thandi Mokoena"));
            QVERIFY(p.consentWhatsApp);
            QVERIFY(!p.consentSms);
            QVERIFY(p.consentEmail);
            QCOMPARE(p.allergyNotes, QStringLiteral("Latex"));
            QCOMPARE(p.referralCode, QStringLiteral("THANDI10"));
            QCOMPARE(p.visits, 2);  // a5, a7
            QCOMPARE(p.noShows, 1); // a8
            QCOMPARE(p.lateCancels, 0);
            QCOMPARE(p.totalSpendMinor, qint64(40000 + 90000));
            QCOMPARE(p.lastVisitAt, DeskFixture::at(DeskFixture::kDay.addDays(-1), 23, 30));
            // a1 started at 09:00, before `now`: history. a4 at 14:00: upcoming.
            QCOMPARE(p.upcoming.size(), 1);
            QCOMPARE(p.upcoming[0].id, QStringLiteral("a4"));
            QCOMPARE(p.history.size(), 4);
            QCOMPARE(p.history[0].id, QStringLiteral("a1")); // latest first
            QCOMPARE(p.loyalty.balance, qint64(500));
            QCOMPARE(p.loyalty.lifetimePoints, qint64(700));
            QCOMPARE(p.tiers.size(), 3);
            QCOMPARE(p.ledger.size(), 3);
            QCOMPARE(p.ledger[0].kindKey, QStringLiteral("redeem"));
            QCOMPARE(p.ledger[0].points, qint64(-200));

            // Johan's cancellation came three hours before the start: a late cancel.
            CustomerProfileResult johan =
                CustomerRepository(db).profile(DeskFixture::kBusiness, DeskFixture::kJohan, now);
            QVERIFY(johan.profile);
            QCOMPARE(johan.profile->lateCancels, 1);
            QCOMPARE(johan.profile->visits, 0);

            // Another business cannot read the customer.
            CustomerProfileResult other = CustomerRepository(db).profile(
                QStringLiteral("someone-else"), DeskFixture::kThandi, now);
            QVERIFY(!other.error);
            QVERIFY(!other.profile);
        }
        Database::closeForThisThread(m_path);
    }

    void profileLoaderFillsItsTables()
    {
        QVERIFY(openStore());
        CustomerProfileLoader loader(m_store.get(), DeskFixture::context());
        QAbstractItemModelTester upcomingTester(
            loader.upcomingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(
            loader.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ledgerTester(
            loader.ledgerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&loader, &CustomerProfileLoader::profileLoaded);
        loader.load(DeskFixture::kThandi);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(loader.profile());
        QCOMPARE(loader.profile()->loyalty.balance, qint64(500));

        LoyaltyLedgerModel *ledger = loader.ledgerModel();
        QCOMPARE(ledger->rowCount(), 3);
        QCOMPARE(ledger->columnCount(), int(LoyaltyLedgerModel::ColumnCount));
        QCOMPARE(ledger->index(0, LoyaltyLedgerModel::KindColumn).data().toString(),
                 QStringLiteral("Redeemed"));
        QCOMPARE(ledger->index(0, LoyaltyLedgerModel::PointsColumn).data().toString(),
                 QStringLiteral("-200"));
        QCOMPARE(ledger->index(1, LoyaltyLedgerModel::PointsColumn).data().toString(),
                 QStringLiteral("+100"));
        QCOMPARE(ledger->index(1, LoyaltyLedgerModel::ReasonColumn).data().toString(),
                 QStringLiteral("Birthday"));

        // The fixture's day lies in the past, so everything is history.
        CustomerAppointmentsModel *history = loader.historyModel();
        QCOMPARE(loader.upcomingModel()->rowCount(), 0);
        QCOMPARE(history->rowCount(), 5);
        QCOMPARE(history->index(0, CustomerAppointmentsModel::StatusColumn).data().toString(),
                 QStringLiteral("Requested"));
        QCOMPARE(history->index(0, CustomerAppointmentsModel::StaffColumn).data().toString(),
                 QStringLiteral("Gone Person"));

        // A stale answer never replaces a newer customer.
        QSignalSpy missing(&loader, &CustomerProfileLoader::profileMissing);
        loader.load(DeskFixture::kPriya);
        loader.load(QStringLiteral("no-such-customer"));
        QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, 10000);
        m_store->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(ledger->rowCount(), 0);
    }
};

QTEST_MAIN(TestCustomerModels)
#include "tst_customermodels.moc"
