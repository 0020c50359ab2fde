// Visits with several services back to back and repeating visits, booked from the dialog on a
// real store through DeskEdits (locally), including a series refused for a clash on one date.
#include "models/ModelRoles.h"
#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/DayScheduleModel.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/appointments/CancelAppointmentDialog.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/customers/CustomerEditDialog.h"
#include "ui/panes/AppointmentsPane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;

class TestAppointmentSeries final : public DeskSalonTest
{
    Q_OBJECT

    std::unique_ptr<DeskEdits> m_edits;

    // The bookings of `staffId` starting in [from, to) as "serviceId@unix".
    QStringList bookings(const QString &staffId, qint64 from, qint64 to)
    {
        return store()
            ->run([=](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "SELECT service_id, starts_at, ends_at, customer_id FROM appointments WHERE "
                    "staff_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at"));
                q.addBindValue(staffId);
                q.addBindValue(from);
                q.addBindValue(to);
                QStringList found;
                if (q.exec()) {
                    while (q.next())
                        found.append(QStringLiteral("%1@%2-%3 %4")
                                         .arg(q.value(0).toString())
                                         .arg(q.value(1).toLongLong())
                                         .arg(q.value(2).toLongLong())
                                         .arg(q.value(3).toString()));
                }
                return found;
            })
            .result();
    }

    QString payloadOf(const QString &kind)
    {
        return store()
            ->run([kind](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = ?"));
                q.addBindValue(kind);
                return q.exec() && q.next() ? q.value(0).toString() : QString();
            })
            .result();
    }

    std::unique_ptr<AppointmentDialog> openDialog(const QString &staffId, const QDate &date,
                                                  int hour)
    {
        m_edits = std::make_unique<DeskEdits>(store(), LocalActor{Desk::kAnna, StaffRole::Owner},
                                              Outbox::Mode::LocalOnly);
        auto dialog = std::make_unique<AppointmentDialog>(store(), m_edits.get(), Desk::context(),
                                                          AppointmentDialog::Mode::New);
        dialog->setStaff(staffId);
        dialog->setStart(QDateTime::fromSecsSinceEpoch(Desk::at(date, hour, 0), Desk::zone()));
        dialog->show();
        if (!QTest::qWaitFor([&] { return dialog->isReady(); }, 10000))
            return nullptr;
        dialog->setCustomer({Desk::kThandi, QStringLiteral("Thandi Mokoena"), {}, {}});
        return dialog;
    }

    static void choose(QComboBox *box, const QString &id)
    {
        QVERIFY(box);
        box->setCurrentIndex(box->findData(id));
        QCOMPARE(box->currentData().toString(), id);
    }

private Q_SLOTS:
    void aVisitWithTwoServices()
    {
        QVERIFY(openStore());
        auto dialog = openDialog(Desk::kAnna, Desk::kDay, 13);
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox *>(QStringLiteral("dialogService")), Desk::kCut);
        auto *add = dialog->findChild<QPushButton *>(QStringLiteral("dialogAddService"));
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        choose(dialog->findChild<QComboBox *>(QStringLiteral("dialogExtraService1")),
               Desk::kColour);
        // Cut (60 + 15 clean-up) then colour (90): 13:00–14:15, 14:15–15:45.
        QCOMPARE(dialog->endsAt(), std::optional<qint64>(Desk::at(Desk::kDay, 15, 45)));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dialogEnds"))
                    ->text()
                    .contains(QStringLiteral("15:45")));

        QSignalSpy saved(dialog.get(), &AppointmentDialog::saved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const QStringList made =
            bookings(Desk::kAnna, Desk::at(Desk::kDay, 12, 59), Desk::at(Desk::kDay, 18, 0));
        QCOMPARE(made, (QStringList{QStringLiteral("%1@%2-%3 %4")
                                        .arg(Desk::kCut)
                                        .arg(Desk::at(Desk::kDay, 13, 0))
                                        .arg(Desk::at(Desk::kDay, 14, 15))
                                        .arg(Desk::kThandi),
                                    QStringLiteral("%1@%2-%3 %4")
                                        .arg(Desk::kColour)
                                        .arg(Desk::at(Desk::kDay, 14, 15))
                                        .arg(Desk::at(Desk::kDay, 15, 45))
                                        .arg(Desk::kThandi)}));
    }

    // Someone new at the desk: added from the booking dialog and booked in one go.
    void aNewCustomerFromTheBookingDialog()
    {
        QVERIFY(openStore());
        auto dialog = openDialog(Desk::kAnna, Desk::kDay, 13);
        QVERIFY(dialog);
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("dialogCustomerSearch"));
        search->setText(QStringLiteral("Nomsa Dube"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogNewCustomer")),
                          Qt::LeftButton);
        auto *add = dialog->findChild<CustomerEditDialog *>();
        QVERIFY(add);
        QCOMPARE(add->findChild<QLineEdit *>(QStringLiteral("customerNameEdit"))->text(),
                 QStringLiteral("Nomsa Dube"));
        add->findChild<QLineEdit *>(QStringLiteral("customerPhoneEdit"))
            ->setText(QStringLiteral("082 555 0199"));
        QSignalSpy added(add, &CustomerEditDialog::saved);
        add->save();
        QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 10000);
        const QString id = added.first().first().toString();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->customerId(), id, 10000);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dialogCustomer"))
                    ->text()
                    .contains(QStringLiteral("Nomsa Dube")));
        choose(dialog->findChild<QComboBox *>(QStringLiteral("dialogService")), Desk::kCut);
        QSignalSpy saved(dialog.get(), &AppointmentDialog::saved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const QStringList made =
            bookings(Desk::kAnna, Desk::at(Desk::kDay, 12, 59), Desk::at(Desk::kDay, 13, 1));
        QCOMPARE(made.size(), 1);
        QVERIFY2(made.first().endsWith(id), qPrintable(made.first()));
    }

    void aWeeklySeries()
    {
        QVERIFY(openStore());
        const QDate first = Desk::kDay.addDays(7);
        auto dialog = openDialog(Desk::kBen, first, 9);
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox *>(QStringLiteral("dialogService")), Desk::kCut);
        dialog->findChild<QCheckBox *>(QStringLiteral("dialogRepeat"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("dialogRepeatWeeks"))->setValue(1);
        dialog->findChild<QSpinBox *>(QStringLiteral("dialogRepeatCount"))->setValue(3);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dialogSeriesSummary"))
                    ->text()
                    .startsWith(QStringLiteral("3 visit")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogAddService")),
                          Qt::LeftButton);
        QCoreApplication::processEvents();
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOT_DIR"))
            dialog->grab().save(qEnvironmentVariable("CHAIRSIDE_SHOT_DIR")
                                + QStringLiteral("/series.png"));
        choose(dialog->findChild<QComboBox *>(QStringLiteral("dialogExtraService1")),
               Desk::kColour);
        QSignalSpy saved(dialog.get(), &AppointmentDialog::saved);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const QStringList made =
            bookings(Desk::kBen, Desk::at(first, 0, 0), Desk::at(first.addDays(30), 0, 0));
        // Three visits of cut then colour, each at 09:00.
        QCOMPARE(made.size(), 6);
        for (int week = 0; week < 3; ++week) {
            QVERIFY2(made[2 * week].startsWith(QStringLiteral("%1@%2-").arg(
                         Desk::kCut, QString::number(Desk::at(first.addDays(7 * week), 9, 0)))),
                     qPrintable(made[2 * week]));
            QVERIFY2(
                made[2 * week + 1].startsWith(QStringLiteral("%1@%2-").arg(
                    Desk::kColour, QString::number(Desk::at(first.addDays(7 * week), 10, 15)))),
                qPrintable(made[2 * week + 1]));
        }
    }

    // The desk's "let the customer know" travels to the server in the queued change.
    void cancelAndMoveCanTellTheCustomer()
    {
        QVERIFY(openStore());
        m_edits = std::make_unique<DeskEdits>(store(), LocalActor{Desk::kAnna, StaffRole::Owner},
                                              Outbox::Mode::Queue);
        AppointmentsPane pane(store(), Desk::context(), m_edits.get());
        pane.resize(1300, 800);
        pane.show();
        pane.setShownDate(Desk::kDay);
        auto *view = pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 10000);

        // Move a1 an hour later, not telling Thandi.
        view->setCurrentIndex(view->model()->index(0, 0));
        pane.rescheduleSelected();
        auto *move = pane.findChild<AppointmentDialog *>();
        QVERIFY(move);
        QTRY_VERIFY_WITH_TIMEOUT(move->isReady(), 10000);
        auto *notify = move->findChild<QCheckBox *>(QStringLiteral("dialogNotify"));
        QVERIFY(notify && notify->isChecked());
        notify->setChecked(false);
        move->setStart(QDateTime::fromSecsSinceEpoch(Desk::at(Desk::kDay, 16, 0), Desk::zone()));
        QTest::mouseClick(move->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(payloadOf(QStringLiteral("appointment.reschedule")).isEmpty(),
                                  false, 10000);
        QVERIFY(!payloadOf(QStringLiteral("appointment.reschedule"))
                     .contains(QStringLiteral("notify_customer")));

        // Cancel a4 (requested) with a reason, telling Thandi (the default).
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 10000);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(IdRole).toString() == QStringLiteral("a4"))
                view->setCurrentIndex(view->model()->index(row, 0));
        }
        pane.cancelSelected();
        auto *cancel = pane.findChild<CancelAppointmentDialog *>();
        QVERIFY(cancel);
        QVERIFY(cancel->notifyCustomer());
        QTest::keyClicks(cancel->findChild<QLineEdit *>(QStringLiteral("cancelReason")),
                         QStringLiteral("Stylist unwell"));
        QTest::mouseClick(cancel->findChild<QPushButton *>(QStringLiteral("cancelConfirm")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(payloadOf(QStringLiteral("appointment.cancel")).isEmpty(), false,
                                  10000);
        QVERIFY2(payloadOf(QStringLiteral("appointment.cancel"))
                     .contains(QStringLiteral("\"notify_customer\":true")),
                 qPrintable(payloadOf(QStringLiteral("appointment.cancel"))));

        // A no-show from the menu: "Let the customer know" is ticked by default.
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(IdRole).toString() == QStringLiteral("a1"))
                view->setCurrentIndex(view->model()->index(row, 0));
        }
        std::unique_ptr<QMenu> menu(pane.createBookingMenu(&pane));
        auto *tell = pane.findChild<QAction *>(QStringLiteral("appointmentNotifyAction"));
        QVERIFY(tell && tell->isChecked() && menu->actions().contains(tell));
        pane.setSelectedStatus(AppointmentStatus::NoShow);
        QTRY_VERIFY_WITH_TIMEOUT(payloadOf(QStringLiteral("appointment.set_status"))
                                     .contains(QStringLiteral("\"notify_customer\":true")),
                                 10000);
    }

    void aSeriesThatWouldOverlapIsNotBooked()
    {
        QVERIFY(openStore());
        // Weekly from a week before kDay: the second visit lands on Anna's 09:00 with Thandi.
        const QDate first = Desk::kDay.addDays(-7);
        auto dialog = openDialog(Desk::kAnna, first, 9);
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox *>(QStringLiteral("dialogService")), Desk::kCut);
        dialog->findChild<QCheckBox *>(QStringLiteral("dialogRepeat"))->setChecked(true);
        dialog->findChild<QSpinBox *>(QStringLiteral("dialogRepeatWeeks"))->setValue(1);
        dialog->findChild<QSpinBox *>(QStringLiteral("dialogRepeatCount"))->setValue(2);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("dialogMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QVERIFY2(message->text().startsWith(QStringLiteral("On "))
                     && message->text().contains(QStringLiteral("cannot overlap")),
                 qPrintable(message->text()));
        QVERIFY(dialog->isVisible());
        // Nothing of the series was booked.
        QCOMPARE(bookings(Desk::kAnna, Desk::at(first, 0, 0), Desk::at(first, 23, 0)),
                 QStringList());
    }
};

QTEST_MAIN(TestAppointmentSeries)
#include "tst_appointmentseries.moc"
