// What the booking editor reads from the cache: customers found as you type (LIMITed), the
// booking in the way of a new one (the same rule the cache and the server enforce), and the
// statuses the desk may offer next.

#include "models/appointments/AppointmentEditing.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"

#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;
namespace AE = Chairside::AppointmentEditing;

class TestAppointmentEditing final : public DeskSalonTest
{
    Q_OBJECT

private Q_SLOTS:
    void findsCustomersAsYouType()
    {
        QVERIFY(openStore(0, 30));
        auto found =
            store()
                ->run([](QSqlDatabase &db) {
                    return AE::findCustomers(db, Desk::kBusiness, QStringLiteral("zz bulk"), 8);
                })
                .result();
        QCOMPARE(found.size(), 8); // LIMITed, not all 30
        found = store()
                    ->run([](QSqlDatabase &db) {
                        return AE::findCustomers(db, Desk::kBusiness, QStringLiteral("mokoena"), 8);
                    })
                    .result();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].id, Desk::kThandi);
        // A single letter (the name-order plan): the first by name, within the limit.
        found = store()
                    ->run([](QSqlDatabase &db) {
                        return AE::findCustomers(db, Desk::kBusiness, QStringLiteral("z"), 3);
                    })
                    .result();
        QCOMPARE(found.size(), 3);
        QCOMPARE(found[0].name, QStringLiteral("Zz Bulk 0000"));
        QCOMPARE(found[2].name, QStringLiteral("Zz Bulk 0002"));
        found = store()
                    ->run([](QSqlDatabase &db) {
                        return AE::findCustomers(db, Desk::kBusiness, QString(), 8);
                    })
                    .result();
        QVERIFY(found.isEmpty());
    }

    void findsTheBookingInTheWay()
    {
        QVERIFY(openStore());
        auto clash = [this](const QString &staff, const QString &self, int h, int m, int minutes) {
            const qint64 start = Desk::at(Desk::kDay, h, m);
            return store()
                ->run([staff, self, start, minutes](QSqlDatabase &db) {
                    return AE::findClash(db, staff, self, start, start + minutes * 60);
                })
                .result();
        };
        // Anna: Thandi 09:00–10:00, Priya 10:00–11:30.
        const auto hit = clash(Desk::kAnna, QString(), 9, 30, 60);
        QVERIFY(hit);
        QCOMPARE(hit->appointmentId, QStringLiteral("a1"));
        QCOMPARE(AE::clashSentence(*hit, Desk::context()),
                 QStringLiteral("Anna already has Thandi Mokoena 09:00–10:00."));
        QVERIFY(!clash(Desk::kAnna, QString(), 11, 30, 60));          // back to back
        QVERIFY(!clash(Desk::kAnna, QStringLiteral("a1"), 9, 0, 60)); // itself, when moved
        QVERIFY(!clash(Desk::kBen, QString(), 11, 0, 60));            // a3 is cancelled
    }

    void offersOnlyAllowedStatuses()
    {
        using S = AppointmentStatus;
        QVERIFY(AE::nextStatuses(S::Requested) == QList<S>({S::Confirmed}));
        QVERIFY(AE::nextStatuses(S::Confirmed) == QList<S>({S::Arrived, S::NoShow}));
        QVERIFY(AE::nextStatuses(S::Arrived) == QList<S>({S::InService, S::NoShow}));
        QVERIFY(AE::nextStatuses(S::InService) == QList<S>({S::Completed}));
        QVERIFY(AE::nextStatuses(S::Completed).isEmpty());
        QVERIFY(AE::canCancel(S::Confirmed));
        QVERIFY(!AE::canCancel(S::Arrived));
        QVERIFY(!AE::canReschedule(S::Cancelled));
        QCOMPARE(AE::roundedToFiveMinutes(1000 * 300 + 149), 1000 * 300);
        QCOMPARE(AE::roundedToFiveMinutes(1000 * 300 + 150), 1001 * 300);
    }
};

QTEST_MAIN(TestAppointmentEditing)
#include "tst_appointmentediting.moc"
