// Moving bookings in the day view with the mouse (drag to another time or staff column, drag the
// bottom edge to change the length) and with Alt+arrows, on a real store file through DeskEdits
// and real widgets (offscreen).

#include "models/ModelRoles.h"
#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/DayScheduleModel.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/panes/AppointmentsPane.h"

#include <QFrame>
#include <QLabel>
#include <QSqlQuery>
#include <QTest>

#include <memory>
#include <optional>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;

class TestAppointmentDrag final : public DeskSalonTest
{
    Q_OBJECT

    std::unique_ptr<DeskEdits> m_edits;

    QString value(const QString &sql)
    {
        std::optional<QVariant> answer;
        store()->run(
            this,
            [sql](QSqlDatabase &db) {
                QSqlQuery query(db);
                return query.exec(sql) && query.next() ? query.value(0)
                                                       : QVariant(QStringLiteral("<none>"));
            },
            [&answer](QVariant v) { answer = v; });
        return QTest::qWaitFor([&] { return answer.has_value(); }, 10000) ? answer->toString()
                                                                          : QString();
    }

    // "staff|starts_at|ends_at" of a booking.
    QString placeOf(const QString &id)
    {
        return value(QStringLiteral("SELECT staff_id || '|' || starts_at || '|' || ends_at FROM "
                                    "appointments WHERE id = '%1'")
                         .arg(id));
    }

    static QString place(const QString &staff, int fromH, int fromM, int toH, int toM)
    {
        return QStringLiteral("%1|%2|%3")
            .arg(staff)
            .arg(Desk::at(Desk::kDay, fromH, fromM))
            .arg(Desk::at(Desk::kDay, toH, toM));
    }

    // The pane on kDay (Anna 09:00 Thandi confirmed, 10:00 Priya completed; Ben 11:00 Johan
    // cancelled; Gone 14:00 Thandi requested), editing as Anna, locally.
    std::unique_ptr<AppointmentsPane> openPane(bool editable = true)
    {
        m_edits = std::make_unique<DeskEdits>(store(), LocalActor{Desk::kAnna, StaffRole::Owner},
                                              Outbox::Mode::LocalOnly);
        auto pane = std::make_unique<AppointmentsPane>(store(), Desk::context(),
                                                       editable ? m_edits.get() : nullptr);
        pane->resize(1400, 900);
        pane->show();
        pane->setShownDate(Desk::kDay);
        pane->activateWindow();
        if (!QTest::qWaitForWindowExposed(pane.get()) || !QTest::qWaitForWindowActive(pane.get())
            || !QTest::qWaitFor([&] { return pane->dayModel()->rowCount() == 4; }, 10000))
            return nullptr;
        view(pane.get())->scrollToMinute(8 * 60 + 30);
        return pane;
    }

    static DayScheduleView *view(AppointmentsPane *pane)
    {
        return pane->findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
    }

    static int columnOf(AppointmentsPane *pane, const QString &staffId)
    {
        const auto &staff = pane->dayModel()->staff();
        for (qsizetype i = 0; i < staff.size(); ++i) {
            if (staff[i].member.id == staffId)
                return int(i);
        }
        return -1;
    }

    static QModelIndex rowOf(DayScheduleModel *model, const QString &id)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(IdRole).toString() == id)
                return model->index(row, 0);
        }
        return {};
    }

    // Presses at `from`, moves in steps to `to` (as a hand does) and leaves the button down.
    static void dragTo(QWidget *viewport, const QPoint &from, const QPoint &to)
    {
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(viewport, from + (to - from) * step / 4);
    }

    static bool bannerShown(AppointmentsPane *pane)
    {
        return pane->findChild<QFrame *>(QStringLiteral("appointmentBanner"))->isVisible();
    }

    // CHAIRSIDE_SHOTS=dir: pictures to look at.
    static void shot(QWidget *widget, const char *name)
    {
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOTS"))
            widget->grab().save(qEnvironmentVariable("CHAIRSIDE_SHOTS") + u'/'
                                + QString::fromLatin1(name) + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void dragsABookingOneHourLater()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        DayScheduleView *day = view(pane.get());
        // Gone's 14:00–15:00 (requested) to 15:00–16:00: nobody else in that column.
        const QRect block = day->bookingRect(QStringLiteral("a4"));
        QVERIFY(!block.isEmpty());
        const QPoint from = block.center();
        const QPoint to =
            from + (day->pointAt(0, 15 * 60) - day->pointAt(0, 14 * 60)).y() * QPoint(0, 1);
        dragTo(day->viewport(), from, to);
        QVERIFY(day->isDragging());
        QVERIFY(!day->dragClashes());
        shot(pane.get(), "drag-move");
        QTest::mouseRelease(day->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(!day->isDragging());
        QTRY_COMPARE_WITH_TIMEOUT(placeOf(QStringLiteral("a4")), place(Desk::kGone, 15, 0, 16, 0),
                                  10000);
        QVERIFY(!bannerShown(pane.get()));
        // The view follows the reload.
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(pane->dayModel(), QStringLiteral("a4"))
                                      .data(DayScheduleModel::StartMinuteRole)
                                      .toInt(),
                                  15 * 60, 10000);
    }

    void dragsABookingToAnotherStaffMember()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        DayScheduleView *day = view(pane.get());
        const int anna = columnOf(pane.get(), Desk::kAnna);
        const int ben = columnOf(pane.get(), Desk::kBen);
        QVERIFY(anna >= 0 && ben >= 0 && anna != ben);
        // Anna's 09:00 Thandi to Ben at 11:00, over Johan's cancelled booking (which frees it).
        const QRect block = day->bookingRect(QStringLiteral("a1"));
        const QPoint from(block.center().x(), block.top() + 10);
        const QPoint to(day->pointAt(ben, 0).x(),
                        from.y() + day->pointAt(ben, 11 * 60).y() - day->pointAt(ben, 9 * 60).y());
        dragTo(day->viewport(), from, to);
        QVERIFY(day->isDragging());
        QVERIFY(!day->dragClashes());
        shot(pane.get(), "drag-column");
        QTest::mouseRelease(day->viewport(), Qt::LeftButton, {}, to);
        QTRY_COMPARE_WITH_TIMEOUT(placeOf(QStringLiteral("a1")), place(Desk::kBen, 11, 0, 12, 0),
                                  10000);
    }

    void resizesByTheBottomEdge()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        DayScheduleView *day = view(pane.get());
        // Thandi 09:00–10:00 made 15 minutes shorter.
        const QRect block = day->bookingRect(QStringLiteral("a1"));
        const QPoint from(block.center().x(), block.bottom() - 1);
        const int quarter = day->pointAt(0, 10 * 60).y() - day->pointAt(0, 9 * 60 + 45).y();
        dragTo(day->viewport(), from, from - QPoint(0, quarter));
        QVERIFY(day->isDragging());
        QCOMPARE(day->viewport()->cursor().shape(), Qt::SizeVerCursor);
        QTest::mouseRelease(day->viewport(), Qt::LeftButton, {}, from - QPoint(0, quarter));
        QTRY_COMPARE_WITH_TIMEOUT(placeOf(QStringLiteral("a1")), place(Desk::kAnna, 9, 0, 9, 45),
                                  10000);
    }

    void refusesAnOverlap()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        DayScheduleView *day = view(pane.get());
        // Thandi 09:00–10:00 moved half an hour later runs into Priya 10:00–11:30 (completed,
        // still holding the time).
        const QString updatedAt =
            value(QStringLiteral("SELECT updated_at FROM appointments WHERE id = 'a1'"));
        const QRect block = day->bookingRect(QStringLiteral("a1"));
        const QPoint from = block.center();
        const int half = day->pointAt(0, 9 * 60 + 30).y() - day->pointAt(0, 9 * 60).y();
        dragTo(day->viewport(), from, from + QPoint(0, half));
        QVERIFY(day->isDragging());
        QVERIFY(day->dragClashes()); // the ghost warns
        shot(pane.get(), "drag-overlap");
        QTest::mouseRelease(day->viewport(), Qt::LeftButton, {}, from + QPoint(0, half));
        QTRY_VERIFY_WITH_TIMEOUT(bannerShown(pane.get()), 10000);
        const QString message =
            pane->findChild<QLabel *>(QStringLiteral("appointmentBannerText"))->text();
        QVERIFY2(message.contains(QStringLiteral("already booked")), qPrintable(message));
        QCOMPARE(placeOf(QStringLiteral("a1")), place(Desk::kAnna, 9, 0, 10, 0));
        QCOMPARE(value(QStringLiteral("SELECT updated_at FROM appointments WHERE id = 'a1'")),
                 updatedAt); // not written at all
    }

    void escapeCancelsTheDrag()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        DayScheduleView *day = view(pane.get());
        const QRect block = day->bookingRect(QStringLiteral("a4"));
        const QPoint from = block.center();
        const QPoint to = from + QPoint(0, 90);
        dragTo(day->viewport(), from, to);
        QVERIFY(day->isDragging());
        QTest::keyClick(day, Qt::Key_Escape);
        QVERIFY(!day->isDragging());
        QTest::mouseMove(day->viewport(), to + QPoint(0, 30));
        QVERIFY(!day->isDragging());
        QTest::mouseRelease(day->viewport(), Qt::LeftButton, {}, to + QPoint(0, 30));
        // Give a wrongly sent edit the time to land, then check nothing moved.
        QTest::qWait(300);
        QCOMPARE(placeOf(QStringLiteral("a4")), place(Desk::kGone, 14, 0, 15, 0));
        QCOMPARE(day->bookingRect(QStringLiteral("a4")), block);
    }

    void onlyOpenBookingsMove()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        DayScheduleView *day = view(pane.get());
        // Priya's completed 10:00 booking: a not-allowed cursor, no drag, nothing written.
        const QRect block = day->bookingRect(QStringLiteral("a2"));
        const QPoint from = block.center();
        dragTo(day->viewport(), from, from + QPoint(0, 200));
        QVERIFY(!day->isDragging());
        QCOMPARE(day->viewport()->cursor().shape(), Qt::ForbiddenCursor);
        QTest::mouseRelease(day->viewport(), Qt::LeftButton, {}, from + QPoint(0, 200));
        QTest::qWait(300);
        QCOMPARE(placeOf(QStringLiteral("a2")), place(Desk::kAnna, 10, 0, 11, 30));
    }

    void readOnlyDoesNotDrag()
    {
        QVERIFY(openStore());
        auto pane = openPane(false);
        QVERIFY(pane);
        DayScheduleView *day = view(pane.get());
        QVERIFY(!day->isEditable());
        const QRect block = day->bookingRect(QStringLiteral("a4"));
        dragTo(day->viewport(), block.center(), block.center() + QPoint(0, 90));
        QVERIFY(!day->isDragging());
        QTest::mouseRelease(day->viewport(), Qt::LeftButton, {}, block.center() + QPoint(0, 90));
        day->setCurrentIndex(rowOf(pane->dayModel(), QStringLiteral("a4")));
        QTest::keyClick(day, Qt::Key_Down, Qt::AltModifier);
        QTest::qWait(300);
        QCOMPARE(placeOf(QStringLiteral("a4")), place(Desk::kGone, 14, 0, 15, 0));
    }

    void movesWithTheKeyboard()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        DayScheduleView *day = view(pane.get());
        day->setFocus();
        day->setCurrentIndex(rowOf(pane->dayModel(), QStringLiteral("a4")));
        QTest::keyClick(day, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(placeOf(QStringLiteral("a4")), place(Desk::kGone, 14, 5, 15, 5),
                                  10000);
        // The day was read again before the next edit is made from it.
        QTRY_COMPARE_WITH_TIMEOUT(
            day->currentIndex().data(DayScheduleModel::StartMinuteRole).toInt(), 14 * 60 + 5,
            10000);
        QTest::keyClick(day, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(placeOf(QStringLiteral("a4")), place(Desk::kGone, 14, 5, 15, 0),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(day->currentIndex().data(DayScheduleModel::EndMinuteRole).toInt(),
                                  15 * 60, 10000);
        QTest::keyClick(day, Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(placeOf(QStringLiteral("a4")), place(Desk::kGone, 14, 5, 15, 5),
                                  10000);
    }
};

QTEST_MAIN(TestAppointmentDrag)
#include "tst_appointmentdrag.moc"
