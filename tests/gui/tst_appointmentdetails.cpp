#include "models/ModelRoles.h"
#include "models/appointments/AppointmentDetails.h"
#include "models/appointments/DayScheduleModel.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "ui/appointments/AppointmentDetailsDialog.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/panes/AppointmentsPane.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Chairside;
using namespace Chairside::Fixtures;

// A booking's details: its history in the desk's words and the state of its two reminders,
// opened from the day view with Enter.
class TestAppointmentDetails : public DeskSalonTest
{
    Q_OBJECT

private:
    // Thandi's 09:00 (a1): booked as requested, confirmed, moved from 08:00; the 24 h reminder
    // failed by SMS, the 2 h one has not gone out.
    bool writeHistory()
    {
        return store()
            ->run([](QSqlDatabase &db) {
                RowWriter w = DeskSalon::writer(db);
                const qint64 t = DeskSalon::at(DeskSalon::kDay.addDays(-7), 10, 0);
                const QString insertEvent = QStringLiteral(
                    "INSERT INTO appointment_events (id, business_id, appointment_id, at, "
                    "actor_staff_id, kind, detail, updated_at) VALUES (?, ?, 'a1', ?, ?, ?, ?, ?)");
                w.exec(insertEvent,
                       {QStringLiteral("e1"), DeskSalon::kBusiness, t, DeskSalon::kAnna,
                        QStringLiteral("created"), QStringLiteral("requested"), t});
                w.exec(insertEvent, {QStringLiteral("e2"), DeskSalon::kBusiness, t + 60, QVariant(),
                                     QStringLiteral("status"),
                                     QStringLiteral("requested -> confirmed"), t + 60});
                w.exec(insertEvent,
                       {QStringLiteral("e3"), DeskSalon::kBusiness, t + 120, DeskSalon::kAnna,
                        QStringLiteral("rescheduled"),
                        QStringLiteral("2026-03-10T06:00Z -> 2026-03-10T07:00Z"), t + 120});
                w.exec(QStringLiteral(
                           "INSERT INTO outbound_messages (id, business_id, customer_id, "
                           "appointment_id, channel, kind, body, status, error, created_at, "
                           "updated_at) VALUES ('m1', ?, ?, 'a1', 'sms', 'reminder_24h', "
                           "'Reminder', 'failed', 'Recipient phone unreachable', ?, ?)"),
                       {DeskSalon::kBusiness, DeskSalon::kThandi, t + 500, t + 500});
                return w.ok();
            })
            .result();
    }

private Q_SLOTS:
    void historyAndRemindersReadAsSentences()
    {
        QVERIFY(openStore());
        QVERIFY(writeHistory());
        const AppointmentDetails::Details details =
            store()
                ->run([](QSqlDatabase &db) {
                    return AppointmentDetails::load(db, QStringLiteral("a1"));
                })
                .result();
        QVERIFY2(details.error.isEmpty(), qPrintable(details.error));
        QCOMPARE(details.appointment.customerName, QStringLiteral("Thandi Mokoena"));
        QCOMPARE(details.history.size(), 3);
        const BusinessContext context = DeskSalon::context();
        QCOMPARE(AppointmentDetails::describe(details.history[0], context),
                 QStringLiteral("Booked (Requested)"));
        QCOMPARE(details.history[0].actorName, QStringLiteral("Anna Smith"));
        QCOMPARE(AppointmentDetails::describe(details.history[1], context),
                 QStringLiteral("Requested → Confirmed"));
        const QString moved = AppointmentDetails::describe(details.history[2], context);
        // 06:00Z and 07:00Z are 08:00 and 09:00 in Johannesburg.
        QVERIFY2(moved.startsWith(QStringLiteral("Moved from"))
                     && moved.contains(QStringLiteral("08:00"))
                     && moved.contains(QStringLiteral("09:00")),
                 qPrintable(moved));

        QCOMPARE(details.dayBefore.state, AppointmentDetails::Reminder::State::Failed);
        QCOMPARE(AppointmentDetails::describe(details.dayBefore, context),
                 QStringLiteral("Failed (SMS): Recipient phone unreachable"));
        QCOMPARE(details.twoHours.state, AppointmentDetails::Reminder::State::NotSent);

        const AppointmentDetails::Details missing =
            store()
                ->run([](QSqlDatabase &db) {
                    return AppointmentDetails::load(db, QStringLiteral("nope"));
                })
                .result();
        QCOMPARE(missing.error, QStringLiteral("This appointment is no longer in the local copy."));
    }

    void theListFindsFailedReminders()
    {
        QVERIFY(openStore());
        QVERIFY(writeHistory());
        AppointmentsPane pane(store(), DeskSalon::context());
        pane.resize(1300, 800);
        pane.show();
        pane.setShownDate(DeskSalon::kDay);
        pane.setCurrentView(AppointmentsPane::View::List);
        auto *table = pane.findChild<QTableView *>(QStringLiteral("appointmentList"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);
        auto *failed =
            pane.findChild<QCheckBox *>(QStringLiteral("appointmentListFailedReminders"));
        QVERIFY(failed);
        failed->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QCOMPARE(table->model()->index(0, 0).data(IdRole).toString(), QStringLiteral("a1"));
        failed->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 10000);
    }

    void enterOnABookingOpensItsDetails()
    {
        QVERIFY(openStore());
        QVERIFY(writeHistory());
        AppointmentsPane pane(store(), DeskSalon::context()); // read-only: no edits offered
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setShownDate(DeskSalon::kDay);
        auto *view = pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 4, 10000);
        view->setCurrentIndex(view->model()->index(0, 0));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);

        AppointmentDetailsDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = pane.findChild<AppointmentDetailsDialog *>()) != nullptr,
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("appointmentDetailsTitle"))->text(),
                 QStringLiteral("Thandi Mokoena"));
        const QString dayBefore =
            dialog->findChild<QLabel *>(QStringLiteral("appointmentReminder24h"))->text();
        QVERIFY2(dayBefore.startsWith(QStringLiteral("⚠ Failed (SMS)")), qPrintable(dayBefore));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("appointmentReminder2h"))->text(),
                 QStringLiteral("Not sent"));
        QCOMPARE(dialog->findChild<QTreeWidget *>(QStringLiteral("appointmentHistory"))
                     ->topLevelItemCount(),
                 3);
        // Read-only desk: nothing to change from here.
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("appointmentDetailsReschedule"))
                     ->isEnabled());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("appointmentDetailsCancel"))
                     ->isEnabled());
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOT_DIR")) {
            QCoreApplication::sendPostedEvents(); // the layout for the loaded text first
            dialog->grab().save(qEnvironmentVariable("CHAIRSIDE_SHOT_DIR")
                                + QStringLiteral("/details.png"));
        }
        dialog->reject();
    }

    // Phones are stored as the server keeps them (+27655507842): the details write them the way
    // the customer list and cards do, in groups.
    void thePhoneReadsInGroups()
    {
        QVERIFY(openStore());
        QVERIFY(store()->run(&DeskSalon::writeUngroupedPhoneBooking).result());
        AppointmentDetailsDialog dialog(store(), DeskSalon::context(),
                                        DeskSalon::kUngroupedPhoneBooking, true);
        dialog.QWidget::show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
        const QString summary =
            dialog.findChild<QLabel *>(QStringLiteral("appointmentDetailsSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("+27 65 550 7842")), qPrintable(summary));
    }

    void longNotesScrollInsideTheDialog()
    {
        // Notes pasted from elsewhere can be pages long: all of them are there to read and copy,
        // in a box that scrolls, and the dialog still fits a laptop screen with its buttons.
        QVERIFY(openStore());
        QString note;
        while (note.size() < 200000)
            note += QStringLiteral("Patch test 48 h before colour ✂️ e\u0301 שלום 🧴\n");
        QVERIFY(store()
                    ->run([&note](QSqlDatabase &db) {
                        AppointmentRecord record = DeskSalon::appointment(
                            QStringLiteral("long"), DeskSalon::kPriya, DeskSalon::kBen,
                            DeskSalon::kCut, DeskSalon::at(DeskSalon::kDay, 16, 0),
                            DeskSalon::at(DeskSalon::kDay, 17, 0), QStringLiteral("confirmed"),
                            25000);
                        record.notes = note;
                        RowWriter writer = DeskSalon::writer(db);
                        writer.appointment(record);
                        return writer.ok();
                    })
                    .result());

        AppointmentDetailsDialog dialog(store(), DeskSalon::context(), QStringLiteral("long"),
                                        true);
        dialog.QWidget::show();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
        auto *notes = dialog.findChild<QPlainTextEdit *>(QStringLiteral("appointmentDetailsNotes"));
        QVERIFY(notes);
        QVERIFY(notes->isVisible());
        QCOMPARE(notes->toPlainText(), note);
        QVERIFY(notes->isReadOnly());
        QVERIFY(dialog.sizeHint().height() < 760);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("appointmentDetailsSummary"))
                     ->text()
                     .contains(QStringLiteral("Patch test")));
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOT_DIR")) {
            QCoreApplication::sendPostedEvents();
            dialog.grab().save(qEnvironmentVariable("CHAIRSIDE_SHOT_DIR")
                               + QStringLiteral("/details-long-notes.png"));
        }

        // A short note gets a short box.
        QVERIFY(store()
                    ->run([](QSqlDatabase &db) {
                        QSqlQuery q(db);
                        return q.exec(QStringLiteral(
                            "UPDATE appointments SET notes = 'Bring the swatch' WHERE id = 'a3'"));
                    })
                    .result());
        AppointmentDetailsDialog shortNote(store(), DeskSalon::context(), QStringLiteral("a3"),
                                           true);
        shortNote.QWidget::show();
        QTRY_VERIFY_WITH_TIMEOUT(shortNote.isLoaded(), 10000);
        auto *shortBox =
            shortNote.findChild<QPlainTextEdit *>(QStringLiteral("appointmentDetailsNotes"));
        QCOMPARE(shortBox->toPlainText(), QStringLiteral("Bring the swatch"));
        QVERIFY(shortBox->height() * 3 < notes->height());
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOT_DIR")) {
            QCoreApplication::sendPostedEvents();
            shortNote.grab().save(qEnvironmentVariable("CHAIRSIDE_SHOT_DIR")
                                  + QStringLiteral("/details-short-note.png"));
        }

        // A booking without notes shows no empty box.
        AppointmentDetailsDialog plain(store(), DeskSalon::context(), QStringLiteral("a2"), true);
        plain.QWidget::show();
        QTRY_VERIFY_WITH_TIMEOUT(plain.isLoaded(), 10000);
        QVERIFY(plain.findChild<QPlainTextEdit *>(QStringLiteral("appointmentDetailsNotes"))
                    ->isHidden());
    }
};

QTEST_MAIN(TestAppointmentDetails)
#include "tst_appointmentdetails.moc"
