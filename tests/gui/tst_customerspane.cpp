#include "core/Role.h"
#include "models/ModelRoles.h"
#include "models/customers/CustomerListModel.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "ui/panes/CustomersPane.h"

#include <QDateTime>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
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

class TestCustomersPane : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StoreExecutor> m_store;

    // QVERIFY in a helper only leaves the helper: callers check the result.
    bool openStore()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        const QString path = m_dir->filePath(QStringLiteral("chairside.sqlite"));
        if (!DeskFixture::build(path))
            return false;
        m_store = std::make_unique<StoreExecutor>(path);
        return true;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void searchesAndShowsTheProfile()
    {
        QVERIFY(openStore());
        CustomersPane pane(m_store.get(), DeskFixture::context());
        pane.resize(1440, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        auto *list = pane.findChild<QTableView *>(QStringLiteral("customerList"));
        auto *search = pane.findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        auto *profile = pane.findChild<QWidget *>(QStringLiteral("customerProfile"));
        auto *name = pane.findChild<QLabel *>(QStringLiteral("customerProfileName"));
        auto *balance = pane.findChild<QLabel *>(QStringLiteral("customerPointsBalance"));
        QVERIFY(list && search && profile && name && balance);
        QVERIFY(!search->accessibleName().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 10000);
        // The first customer opens by itself, so the profile side is never empty.
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Johan van der Merwe"), 10000);
        QCOMPARE(list->selectionModel()->currentIndex().row(), 0);

        // Typing narrows the list; a single match opens at once.
        QTest::keyClicks(search, QStringLiteral("prI"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Priya Naidoo"));
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Priya Naidoo"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(name->isVisible(), 10000);
        QCOMPARE(balance->text(), QStringLiteral("95 points"));

        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 10000);

        // Choosing Thandi in the list shows her profile and loyalty.
        auto *model = pane.listModel();
        const int row = model->rowOf(DeskFixture::kThandi);
        QVERIFY(row >= 0);
        const QRect rect = list->visualRect(model->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Thandi Mokoena"), 10000);
        QCOMPARE(balance->text(), QStringLiteral("500 points"));
        auto *tier = pane.findChild<QLabel *>(QStringLiteral("customerTier"));
        QVERIFY(tier);
        QCOMPARE(tier->text(), QStringLiteral("Tier: Silver"));
        auto *progress = pane.findChild<QProgressBar *>(QStringLiteral("customerTierProgress"));
        QVERIFY(progress);
        QCOMPARE(progress->value(), 20); // (700 - 500) / (1500 - 500)
        auto *next = pane.findChild<QLabel *>(QStringLiteral("customerNextTier"));
        QCOMPARE(next->text(), QStringLiteral("800 more lifetime points to Gold"));
        auto *allergies = pane.findChild<QLabel *>(QStringLiteral("customerAllergies"));
        QVERIFY(allergies->isVisible());
        QVERIFY(allergies->text().contains(QStringLiteral("Latex")));
        auto *whatsapp = pane.findChild<QLabel *>(QStringLiteral("customerConsentWhatsApp"));
        auto *sms = pane.findChild<QLabel *>(QStringLiteral("customerConsentSms"));
        QVERIFY(whatsapp->text().startsWith(QStringLiteral("✓")));
        QVERIFY(sms->text().startsWith(QStringLiteral("✕")));
        auto *visits = pane.findChild<QLabel *>(QStringLiteral("customerVisits"));
        QCOMPARE(visits->text(), QStringLiteral("2"));
        auto *noShows = pane.findChild<QLabel *>(QStringLiteral("customerNoShows"));
        QCOMPARE(noShows->text(), QStringLiteral("1"));
        auto *spend = pane.findChild<QLabel *>(QStringLiteral("customerTotalSpend"));
        QVERIFY(spend->text().contains(QStringLiteral("300")));
        auto *ledger = pane.findChild<QTableView *>(QStringLiteral("customerLedger"));
        QVERIFY(ledger);
        QCOMPARE(ledger->model()->rowCount(), 3);
        auto *referral = pane.findChild<QLabel *>(QStringLiteral("customerReferralCode"));
        QVERIFY(referral->text().contains(QStringLiteral("THANDI10")));

        // New points arrive (a sync or an award): the list and the profile follow.
        m_store
            ->run([](QSqlDatabase &db) {
                return DeskFixture::exec(
                    db,
                    QStringLiteral("INSERT INTO loyalty_ledger (id, business_id, customer_id, "
                                   "kind, points, reason, created_at, updated_at) VALUES "
                                   "(?,?,?,?,?,?,?,?)"),
                    {QStringLiteral("l9"), DeskFixture::kBusiness, DeskFixture::kThandi,
                     QStringLiteral("award"), 50, QStringLiteral("Referral"),
                     QDateTime::currentSecsSinceEpoch(), QDateTime::currentSecsSinceEpoch()});
            })
            .waitForFinished();
        m_store->notifyTablesChanged({QStringLiteral("loyalty_ledger")});
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), QStringLiteral("550 points"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOf(DeskFixture::kThandi), CustomerListModel::PointsColumn)
                .data(RawValueRole),
            QVariant(qint64(550)), 10000);
        QCOMPARE(ledger->model()->rowCount(), 4);
        // The selection survived the refresh.
        QCOMPARE(list->selectionModel()->currentIndex().row(), model->rowOf(DeskFixture::kThandi));

        // A search without matches empties the list but keeps the open profile.
        QTest::keyClicks(search, QStringLiteral("nobody here"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 0, 10000);
        QCOMPARE(name->text(), QStringLiteral("Thandi Mokoena"));
    }
};

QTEST_MAIN(TestCustomersPane)
#include "tst_customerspane.moc"
