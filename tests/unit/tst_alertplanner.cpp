// What the desk alerts about: a new high priority notification once, a booking starting soon
// once, nothing for what was there at start; and how action links are read.
#include "models/notifications/ActionLink.h"
#include "models/notifications/AlertPlanner.h"

#include <QTest>

using namespace Chairside;

namespace {

AlertSnapshot::Notice notice(const char *id)
{
    return {QString::fromLatin1(id), QStringLiteral("Title"), QStringLiteral("Body"),
            QStringLiteral("chairside://handoff/h1")};
}

} // namespace

class TestAlertPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldNoticesAreQuietNewOnesAlertOnce()
    {
        AlertPlanner planner;
        AlertSnapshot snapshot;
        snapshot.now = 1000;
        snapshot.urgentNotices = {notice("old1"), notice("old2")};
        QVERIFY(planner.plan(snapshot).isEmpty());
        QVERIFY(planner.plan(snapshot).isEmpty());

        snapshot.urgentNotices.prepend(notice("new1"));
        const QList<DeskAlert> alerts = planner.plan(snapshot);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, DeskAlert::Kind::Notice);
        QCOMPARE(alerts.first().id, QStringLiteral("new1"));
        QCOMPARE(alerts.first().actionUrl, QStringLiteral("chairside://handoff/h1"));
        QVERIFY(planner.plan(snapshot).isEmpty());
        // Read (gone from the snapshot) and back: still once.
        snapshot.urgentNotices = {notice("old1")};
        QVERIFY(planner.plan(snapshot).isEmpty());
        snapshot.urgentNotices = {notice("new1"), notice("old1")};
        QVERIFY(planner.plan(snapshot).isEmpty());
    }

    void upcomingBookingAlertsOnceWithinTheLead()
    {
        AlertPlanner planner;
        AlertSnapshot snapshot;
        snapshot.now = 10'000;
        const qint64 lead = AlertPlanner::kBookingLeadSeconds;
        snapshot.upcoming = {{QStringLiteral("soon"), 10'000 + lead - 60, QStringLiteral("Thandi"),
                              QStringLiteral("Cut")},
                             {QStringLiteral("later"), 10'000 + lead + 600, QString(), QString()},
                             {QStringLiteral("started"), 9'900, QString(), QString()}};
        QList<DeskAlert> alerts = planner.plan(snapshot);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().kind, DeskAlert::Kind::Booking);
        QCOMPARE(alerts.first().id, QStringLiteral("soon"));
        QCOMPARE(alerts.first().title, QStringLiteral("Thandi"));
        QCOMPARE(alerts.first().actionUrl, QStringLiteral("chairside://appointment/soon"));
        QVERIFY(planner.plan(snapshot).isEmpty());

        snapshot.now += 660; // "later" is now 9 minutes away
        alerts = planner.plan(snapshot);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().id, QStringLiteral("later"));
        QVERIFY(planner.plan(snapshot).isEmpty());
    }

    void actionLinks()
    {
        const ActionLink a = ActionLink::parse(QStringLiteral("chairside://appointment/a-1"));
        QCOMPARE(a.target, ActionLink::Target::Appointment);
        QCOMPARE(a.id, QStringLiteral("a-1"));
        QCOMPARE(ActionLink::parse(QStringLiteral("chairside://appointments/x")).target,
                 ActionLink::Target::Appointment);
        QCOMPARE(ActionLink::parse(QStringLiteral("chairside://customer/c")).target,
                 ActionLink::Target::Customer);
        QCOMPARE(ActionLink::parse(QStringLiteral("chairside://handoffs/h")).id,
                 QStringLiteral("h"));
        QVERIFY(!ActionLink::parse(QStringLiteral("https://example.com/appointment/1")).isValid());
        QVERIFY(!ActionLink::parse(QStringLiteral("chairside://appointment/")).isValid());
        QVERIFY(!ActionLink::parse(QString()).isValid());
    }
};

QTEST_MAIN(TestAlertPlanner)
#include "tst_alertplanner.moc"
