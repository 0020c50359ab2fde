#include "core/AppointmentStatus.h"

#include <QTest>

using namespace Chairside;

class TestAppointmentStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip()
    {
        for (int i = 0; i < kAppointmentStatusCount; ++i) {
            const auto status = static_cast<AppointmentStatus>(i);
            QCOMPARE(appointmentStatusFromKey(toKey(status)), status);
        }
        QCOMPARE(appointmentStatusFromKey(u"done"), std::nullopt);
    }

    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("requested->confirmed") << "requested"
                                              << "confirmed" << true;
        QTest::newRow("confirmed->arrived") << "confirmed"
                                            << "arrived" << true;
        QTest::newRow("arrived->in_service") << "arrived"
                                             << "in_service" << true;
        QTest::newRow("in_service->completed") << "in_service"
                                               << "completed" << true;
        QTest::newRow("confirmed->no_show") << "confirmed"
                                            << "no_show" << true;
        QTest::newRow("requested->cancelled") << "requested"
                                              << "cancelled" << true;
        QTest::newRow("requested->completed skips steps") << "requested"
                                                          << "completed" << false;
        QTest::newRow("completed is final") << "completed"
                                            << "cancelled" << false;
        QTest::newRow("no_show is final") << "no_show"
                                          << "arrived" << false;
        QTest::newRow("in_service cannot be cancelled") << "in_service"
                                                        << "cancelled" << false;
        QTest::newRow("no going back") << "arrived"
                                       << "confirmed" << false;
    }

    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, allowed);
        QCOMPARE(canTransition(*appointmentStatusFromKey(from), *appointmentStatusFromKey(to)),
                 allowed);
    }

    void onlyActiveBookingsHoldTime()
    {
        QVERIFY(occupiesTime(AppointmentStatus::Confirmed));
        QVERIFY(occupiesTime(AppointmentStatus::Completed));
        QVERIFY(!occupiesTime(AppointmentStatus::Cancelled));
        QVERIFY(!occupiesTime(AppointmentStatus::NoShow));
    }
};

QTEST_APPLESS_MAIN(TestAppointmentStatus)
#include "tst_appointmentstatus.moc"
