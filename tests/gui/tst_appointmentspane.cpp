#include "core/Role.h"
#include "models/ModelRoles.h"
#include "models/appointments/AppointmentListModel.h"
#include "models/appointments/DayScheduleModel.h"
#include "store/BusinessContext.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/panes/AppointmentsPane.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

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

class TestAppointmentsPane : public QObject
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

    void showsTheDayAndSwitchesToTheList()
    {
        QVERIFY(openStore());
        AppointmentsPane pane(m_store.get(), DeskFixture::context());
        pane.resize(1440, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));

        pane.setShownDate(DeskFixture::kDay);
        auto *dayView = pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QVERIFY(dayView);
        QVERIFY(dayView->isVisible());
        QVERIFY(!dayView->accessibleName().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(dayView->model()->rowCount(), 4, 10000);
        QCOMPARE(dayView->model()->date(), DeskFixture::kDay);
        QCOMPARE(dayView->columnCount(), 3);
        QVERIFY(dayView->firstMinute() <= 9 * 60);
        QVERIFY(dayView->lastMinute() >= 18 * 60);

        auto *summary = pane.findChild<QLabel *>(QStringLiteral("appointmentDaySummary"));
        QVERIFY(summary);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("3 bookings")), 10000);
        QVERIFY(summary->text().contains(QStringLiteral("1 cancelled")));
        QVERIFY(summary->text().contains(QStringLiteral("1 to confirm")));

        // The 09:00 booking is drawn where the view says, in its status colour.
        dayView->scrollToMinute(8 * 60);
        const QModelIndex first = dayView->model()->index(0, 0);
        const QRect block = dayView->blockRect(first);
        QVERIFY(block.isValid());
        QVERIFY(dayView->viewport()->rect().contains(block));
        QCOMPARE(dayView->indexAt(block.center()), first);
        QCOMPARE(dayView->indexAt(QPoint(2, 2)), QModelIndex()); // the time axis corner
        const QImage image = dayView->viewport()->grab().toImage();
        QCOMPARE(image.pixelColor(block.left() + 2, block.center().y()).name(),
                 first.data(ColourRole).value<QColor>().name());

        // Keyboard: Alt+Right / PageUp move the day, Ctrl+T goes back to today.
        dayView->setFocus();
        QTest::keyClick(dayView, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(pane.shownDate(), DeskFixture::kDay.addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(dayView->model()->rowCount(), 1, 10000);
        QTest::keyClick(dayView, Qt::Key_PageUp);
        QCOMPARE(pane.shownDate(), DeskFixture::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(dayView->model()->rowCount(), 4, 10000);
        auto *next = pane.findChild<QToolButton *>(QStringLiteral("appointmentNextDay"));
        QVERIFY(next);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(pane.shownDate(), DeskFixture::kDay.addDays(1));
        auto *dateEdit = pane.findChild<QDateEdit *>(QStringLiteral("appointmentDate"));
        QVERIFY(dateEdit);
        QCOMPARE(dateEdit->date(), DeskFixture::kDay.addDays(1));
        dateEdit->setDate(DeskFixture::kDay);
        QCOMPARE(pane.shownDate(), DeskFixture::kDay);

        // The list: the shown day to 30 days later.
        auto *listButton =
            pane.findChild<QToolButton *>(QStringLiteral("appointmentListViewButton"));
        QVERIFY(listButton);
        QTest::mouseClick(listButton, Qt::LeftButton);
        QCOMPARE(pane.currentView(), AppointmentsPane::View::List);
        auto *table = pane.findChild<QTableView *>(QStringLiteral("appointmentList"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), 10000);
        QVERIFY(!dayView->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);
        auto *count = pane.findChild<QLabel *>(QStringLiteral("appointmentListCount"));
        QVERIFY(count);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("5 appointments"), 10000);

        auto *search = pane.findChild<QLineEdit *>(QStringLiteral("appointmentListSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("johan"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QCOMPARE(table->model()->index(0, AppointmentListModel::CustomerColumn).data().toString(),
                 QStringLiteral("Johan van der Merwe"));
        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);

        auto *status = pane.findChild<QComboBox *>(QStringLiteral("appointmentListStatus"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(QStringLiteral("no_show")));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QCOMPARE(table->model()->index(0, 0).data(IdRole).toString(), QStringLiteral("a6"));
        status->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);

        // Sorting by a header click reorders in SQL.
        const int priceX =
            table->horizontalHeader()->sectionViewportPosition(AppointmentListModel::PriceColumn)
            + 10;
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(priceX, 5));
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()->index(0, AppointmentListModel::PriceColumn).data(RawValueRole),
            QVariant(qint64(45000)), 10000);
        QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(priceX, 5));
        QTRY_COMPARE_WITH_TIMEOUT(
            table->model()->index(0, AppointmentListModel::PriceColumn).data(RawValueRole),
            QVariant(qint64(95000)), 10000);

        table->setFocus();
        QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(pane.shownDate(),
                 QDateTime::currentDateTime().toTimeZone(DeskFixture::zone()).date());

        auto *dayButton = pane.findChild<QToolButton *>(QStringLiteral("appointmentDayViewButton"));
        QTest::mouseClick(dayButton, Qt::LeftButton);
        QCOMPARE(pane.currentView(), AppointmentsPane::View::Day);
        QVERIFY(dayView->isVisible());
    }

    void reloadsWhenAppointmentsChange()
    {
        QVERIFY(openStore());
        AppointmentsPane pane(m_store.get(), DeskFixture::context());
        pane.resize(1200, 800);
        pane.show();
        pane.setShownDate(DeskFixture::kDay);
        DayScheduleModel *model = pane.dayModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);

        m_store
            ->run([](QSqlDatabase &db) {
                return DeskFixture::appointment(
                    db, QStringLiteral("late"), DeskFixture::kPriya, DeskFixture::kBen,
                    DeskFixture::kCut, DeskFixture::at(DeskFixture::kDay, 16, 0),
                    DeskFixture::at(DeskFixture::kDay, 17, 0), QStringLiteral("arrived"), 45000);
            })
            .waitForFinished();
        m_store->notifyTablesChanged({QStringLiteral("outbox")});
        m_store->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(model->rowCount(), 4); // an unrelated table: no reload
        m_store->notifyTablesChanged({QStringLiteral("appointments")});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 10000);
        QCOMPARE(model->index(4, 0).data(StatusKeyRole).toString(), QStringLiteral("arrived"));
    }
};

QTEST_MAIN(TestAppointmentsPane)
#include "tst_appointmentspane.moc"
