// Editing bookings from the Appointments pane: the booking dialog, the overlap warning, status
// changes, cancelling with a reason and rescheduling, on a real store file through DeskEdits and
// real widgets (offscreen).

#include "models/ModelRoles.h"
#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/DayScheduleModel.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/appointments/CancelAppointmentDialog.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/panes/AppointmentsPane.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

#include <cmath>
#include <memory>
#include <optional>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;

class TestAppointmentEdits final : public DeskSalonTest
{
    Q_OBJECT

    std::unique_ptr<DeskEdits> m_edits; // replaced by each openPane()

    QVariant value(const QString &sql)
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
        return QTest::qWaitFor([&] { return answer.has_value(); }, 10000) ? *answer : QVariant();
    }

    // A pane showing kDay with its four bookings, editing as Anna (owner), locally.
    std::unique_ptr<AppointmentsPane> openPane(bool editable = true)
    {
        m_edits = std::make_unique<DeskEdits>(store(), LocalActor{Desk::kAnna, StaffRole::Owner},
                                              Outbox::Mode::LocalOnly);
        auto pane = std::make_unique<AppointmentsPane>(store(), Desk::context(),
                                                       editable ? m_edits.get() : nullptr);
        pane->resize(1400, 860);
        pane->show();
        pane->setShownDate(Desk::kDay);
        pane->activateWindow();
        if (!QTest::qWaitForWindowExposed(pane.get()) || !QTest::qWaitForWindowActive(pane.get())
            || !QTest::qWaitFor([&] { return pane->dayModel()->rowCount() == 4; }, 10000))
            return nullptr;
        return pane;
    }

    static QModelIndex rowOf(DayScheduleModel *model, const QString &id)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(IdRole).toString() == id)
                return model->index(row, 0);
        }
        return {};
    }

    static QStringList menuActions(QMenu *menu)
    {
        QStringList names;
        for (QAction *action : menu->actions()) {
            if (!action->objectName().isEmpty())
                names.append(action->objectName());
        }
        return names;
    }

    // CHAIRSIDE_SHOTS=dir: pictures of the dialogs and the pane, to look at.
    static void shot(QWidget *widget, const char *name)
    {
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOTS"))
            widget->grab().save(qEnvironmentVariable("CHAIRSIDE_SHOTS") + u'/'
                                + QString::fromLatin1(name) + QStringLiteral(".png"));
    }

    // Ben's services (Business, Staff) are just `service`.
    bool benOnlyDoes(const QString &service)
    {
        return store()
            ->run([service](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "INSERT INTO staff_services (id, business_id, staff_id, service_id, "
                    "updated_at) VALUES ('ss1', ?, ?, ?, 1)"));
                q.addBindValue(Desk::kBusiness);
                q.addBindValue(Desk::kBen);
                q.addBindValue(service);
                return q.exec();
            })
            .result();
    }

    static AppointmentDialog *waitForDialog(QWidget *pane)
    {
        AppointmentDialog *dialog = nullptr;
        const bool ready = QTest::qWaitFor(
            [&] {
                dialog = pane->findChild<AppointmentDialog *>();
                return dialog && dialog->isReady();
            },
            10000);
        return ready ? dialog : nullptr;
    }

private Q_SLOTS:
    void booksThroughTheDialog()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        pane->newAppointment(Desk::kBen, QDateTime(Desk::kDay, QTime(13, 0), Desk::zone()));
        QPointer<AppointmentDialog> dialog = waitForDialog(pane.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), AppointmentDialog::Mode::New);
        auto *staff = dialog->findChild<QComboBox *>(QStringLiteral("dialogStaff"));
        QCOMPARE(staff->currentData().toString(), Desk::kBen);
        QCOMPARE(dialog->findChild<QTimeEdit *>(QStringLiteral("dialogTime"))->time(),
                 QTime(13, 0));

        // The customer, found as you type (by surname), picked from the list.
        auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("dialogCustomerSearch"));
        auto *matches = dialog->findChild<QListWidget *>(QStringLiteral("dialogCustomerMatches"));
        QTest::keyClicks(search, QStringLiteral("mokoena"));
        QTRY_COMPARE_WITH_TIMEOUT(matches->count(), 1, 10000);
        QVERIFY(matches->isVisible());
        QVERIFY(matches->item(0)->text().startsWith(QStringLiteral("Thandi Mokoena")));
        QTest::mouseClick(matches->viewport(), Qt::LeftButton, {},
                          matches->visualItemRect(matches->item(0)).center());
        QCOMPARE(dialog->customerId(), Desk::kThandi);

        // The service fills the length and the price, in the business's currency.
        auto *service = dialog->findChild<QComboBox *>(QStringLiteral("dialogService"));
        service->setCurrentIndex(service->findData(Desk::kColour));
        auto *details = dialog->findChild<QLabel *>(QStringLiteral("dialogServiceDetails"));
        QVERIFY2(details->text().contains(QStringLiteral("1 h 30 min")),
                 qPrintable(details->text()));
        QVERIFY2(details->text().contains(QStringLiteral("950")), qPrintable(details->text()));
        QCOMPARE(*dialog->endsAt(), Desk::at(Desk::kDay, 14, 30));
        shot(dialog, "dialog-new");
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("dialogNotes"))
            ->setPlainText(QStringLiteral("Bring the swatch"));

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM appointments WHERE staff_id = '%1' AND "
                                      "customer_id = '%2' AND starts_at = %3 AND ends_at = %4 AND "
                                      "source = 'desk' AND status = 'confirmed' AND "
                                      "price_minor = 95000 AND notes = 'Bring the swatch'")
                           .arg(Desk::kBen, Desk::kThandi)
                           .arg(Desk::at(Desk::kDay, 13, 0))
                           .arg(Desk::at(Desk::kDay, 14, 30)))
                     .toInt(),
                 1);
        DayScheduleModel *model = pane->dayModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 10000);
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            found = found
                    || (index.data(DayScheduleModel::CustomerNameRole).toString()
                            == QStringLiteral("Thandi Mokoena")
                        && index.data(DayScheduleModel::StaffNameRole)
                               .toString()
                               .startsWith(QStringLiteral("Ben"))
                        && index.data(DayScheduleModel::StartMinuteRole).toInt() == 13 * 60);
        }
        QVERIFY(found);
    }

    // Ben only does cuts (Business, Staff): the dialog says so for a colour, and books it all
    // the same (the owner may know better; the server accepts it too).
    void notesAServiceTheStylistDoesNotDo()
    {
        QVERIFY(openStore());
        QVERIFY(benOnlyDoes(Desk::kCut));
        auto pane = openPane();
        QVERIFY(pane);
        pane->newAppointment(Desk::kBen, QDateTime(Desk::kDay, QTime(13, 0), Desk::zone()));
        QPointer<AppointmentDialog> dialog = waitForDialog(pane.get());
        QVERIFY(dialog);
        auto *service = dialog->findChild<QComboBox *>(QStringLiteral("dialogService"));
        auto *staff = dialog->findChild<QComboBox *>(QStringLiteral("dialogStaff"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("dialogStaffNote"));
        service->setCurrentIndex(service->findData(Desk::kCut));
        QVERIFY(note->isHidden());
        service->setCurrentIndex(service->findData(Desk::kColour));
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().startsWith(staff->currentText()
                                         + QStringLiteral(" does not do Full colour")),
                 qPrintable(note->text()));
        shot(dialog, "dialog-staff-note");
        // Anna has no list: she does every service.
        staff->setCurrentIndex(staff->findData(Desk::kAnna));
        QVERIFY(note->isHidden());
        staff->setCurrentIndex(staff->findData(Desk::kBen));
        QVERIFY(!note->isHidden());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM appointments WHERE staff_id = '%1' AND "
                                      "service_id = '%2' AND starts_at = %3")
                           .arg(Desk::kBen, Desk::kColour)
                           .arg(Desk::at(Desk::kDay, 13, 0)))
                     .toInt(),
                 1);
    }

    // The note can be there as the dialog opens (the first service is one the preset stylist
    // does not do). The form made its row one line high, measuring the note at the field's
    // width, and gave the note only the staff list's width, where it took two: the second line
    // was cut off.
    void theStaffNoteShowsWholeAsTheDialogOpens()
    {
        QVERIFY(openStore());
        QVERIFY(benOnlyDoes(Desk::kColour));
        auto pane = openPane();
        QVERIFY(pane);
        AppointmentDialog dialog(store(), m_edits.get(), Desk::context(),
                                 AppointmentDialog::Mode::New);
        dialog.setStaff(Desk::kBen);
        dialog.resize(700, dialog.sizeHint().height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("dialogStaffNote"));
        QVERIFY(note);
        QTRY_VERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QStringLiteral(" does not do ")), qPrintable(note->text()));
        // Once the layouts have settled (they take several rounds of events; right after the
        // note appeared it was briefly whole, then squeezed).
        QTest::qWait(100);
        QVERIFY2(note->height() >= note->heightForWidth(note->width()),
                 qPrintable(QStringLiteral("%1 px high at %2 px wide, needs %3")
                                .arg(note->height())
                                .arg(note->width())
                                .arg(note->heightForWidth(note->width()))));
    }

    void warnsAboutAnOverlap()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        // Anna has Thandi 09:00–10:00 and Priya 10:00–11:30.
        pane->newAppointment(Desk::kAnna, QDateTime(Desk::kDay, QTime(9, 30), Desk::zone()));
        QPointer<AppointmentDialog> dialog = waitForDialog(pane.get());
        QVERIFY(dialog);
        auto *service = dialog->findChild<QComboBox *>(QStringLiteral("dialogService"));
        service->setCurrentIndex(service->findData(Desk::kCut));
        auto *message = dialog->findChild<QLabel *>(QStringLiteral("dialogMessage"));
        QVERIFY(!message->isVisible());
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("dialogSave"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QVERIFY2(message->text().contains(QStringLiteral("already has Thandi Mokoena 09:00–10:00")),
                 qPrintable(message->text()));
        QVERIFY(dialog->isVisible());
        shot(dialog, "dialog-overlap");
        QTRY_VERIFY(save->isEnabled());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM appointments WHERE staff_id = '%1' "
                                      "AND starts_at = %2")
                           .arg(Desk::kAnna)
                           .arg(Desk::at(Desk::kDay, 9, 30)))
                     .toInt(),
                 0); // nothing written

        // Back to back after Priya is fine (half-open ranges): a walk-in without a customer.
        dialog->findChild<QTimeEdit *>(QStringLiteral("dialogTime"))->setTime(QTime(11, 30));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM appointments WHERE staff_id = '%1' "
                                      "AND starts_at = %2 AND customer_id IS NULL")
                           .arg(Desk::kAnna)
                           .arg(Desk::at(Desk::kDay, 11, 30)))
                     .toInt(),
                 1);
    }

    void changesStatusFromTheMenu()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        auto *view = pane->findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        DayScheduleModel *model = pane->dayModel();

        // a1 is confirmed: it may arrive, be a no-show, be moved or cancelled; not be confirmed
        // again, started or completed.
        view->setCurrentIndex(rowOf(model, QStringLiteral("a1")));
        std::unique_ptr<QMenu> menu(pane->createBookingMenu(pane.get()));
        QCOMPARE(menuActions(menu.get()),
                 QStringList({QStringLiteral("appointmentDetailsAction"),
                              QStringLiteral("appointmentArrivedAction"),
                              QStringLiteral("appointmentNoShowAction"),
                              QStringLiteral("appointmentNotifyAction"),
                              QStringLiteral("appointmentRescheduleAction"),
                              QStringLiteral("appointmentCancelAction")}));
        menu->popup(view->mapToGlobal(view->blockRect(view->currentIndex()).center()));
        shot(menu.get(), "menu");
        shot(pane.get(), "pane");
        menu->hide();
        QAction *arrived = menu->actions().at(2);
        QCOMPARE(arrived->objectName(), QStringLiteral("appointmentArrivedAction"));
        arrived->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, QStringLiteral("a1")).data(StatusKeyRole).toString(),
                                  QStringLiteral("arrived"), 10000);
        QCOMPARE(
            value(QStringLiteral("SELECT status FROM appointments WHERE id = 'a1'")).toString(),
            QStringLiteral("arrived"));

        // The selection survives the reload; now start service by its shortcut.
        QCOMPARE(view->currentIndex().data(IdRole).toString(), QStringLiteral("a1"));
        menu.reset(pane->createBookingMenu(pane.get()));
        QVERIFY(menuActions(menu.get()).contains(QStringLiteral("appointmentStartAction")));
        QVERIFY(!menuActions(menu.get()).contains(QStringLiteral("appointmentConfirmAction")));
        QVERIFY(!menuActions(menu.get()).contains(QStringLiteral("appointmentCancelAction")));
        pane->activateWindow(); // back from the menu
        QVERIFY(QTest::qWaitForWindowActive(pane.get()));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(
            value(QStringLiteral("SELECT status FROM appointments WHERE id = 'a1'")).toString(),
            QStringLiteral("in_service"), 10000);

        // A completed booking offers no change at all, and its shortcuts do nothing.
        view->setCurrentIndex(rowOf(model, QStringLiteral("a2")));
        menu.reset(pane->createBookingMenu(pane.get()));
        QCOMPARE(menuActions(menu.get()), QStringList{QStringLiteral("appointmentDetailsAction")});
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(200);
        store()->waitForIdle();
        QCOMPARE(
            value(QStringLiteral("SELECT status FROM appointments WHERE id = 'a2'")).toString(),
            QStringLiteral("completed"));
    }

    void showsARefusalInTheBanner()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        auto *view = pane->findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        view->setCurrentIndex(rowOf(pane->dayModel(), QStringLiteral("a1")));
        // a1 was cancelled behind the pane's back (no reload yet): the pane's stale row still
        // offers Arrived, and the cache refuses it with a sentence.
        store()
            ->run([](QSqlDatabase &db) {
                QSqlQuery q(db);
                return q.exec(QStringLiteral(
                    "UPDATE appointments SET status = 'cancelled', version = version + 1 "
                    "WHERE id = 'a1'"));
            })
            .waitForFinished();
        auto *banner = pane->findChild<QWidget *>(QStringLiteral("appointmentBanner"));
        QVERIFY(!banner->isVisible());
        pane->setSelectedStatus(AppointmentStatus::Arrived);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        auto *text = pane->findChild<QLabel *>(QStringLiteral("appointmentBannerText"));
        QVERIFY2(text->text().contains(QStringLiteral("cancelled")), qPrintable(text->text()));
        // It reads as a problem: dark red words on a pale red band (styled when first shown).
        QCOMPARE(text->palette().color(text->foregroundRole()), QColor(0x61, 0x1a, 0x15));
        const QImage band = banner->grab().toImage();
        QCOMPARE(band.pixelColor(band.width() - 3, band.height() / 2), QColor(0xfd, 0xec, 0xea));
        shot(pane.get(), "pane-banner");
        QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("appointmentBannerClose")),
                          Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }

    void cancelsWithAReason()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        auto *view = pane->findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        view->setCurrentIndex(rowOf(pane->dayModel(), QStringLiteral("a4"))); // requested
        std::unique_ptr<QMenu> menu(pane->createBookingMenu(pane.get()));
        QVERIFY(menuActions(menu.get()).contains(QStringLiteral("appointmentConfirmAction")));
        QVERIFY(!menuActions(menu.get()).contains(QStringLiteral("appointmentArrivedAction")));
        auto *cancel = pane->findChild<QAction *>(QStringLiteral("appointmentCancelAction"));
        QVERIFY(menu->actions().contains(cancel));
        cancel->trigger();
        QPointer<CancelAppointmentDialog> dialog = pane->findChild<CancelAppointmentDialog *>();
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("cancelConfirm"));
        QVERIFY(!confirm->isEnabled()); // the reason is required
        shot(dialog, "dialog-cancel");
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cancelReason")),
                         QStringLiteral("Customer unwell"));
        QVERIFY(confirm->isEnabled());
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            value(QStringLiteral("SELECT status || '|' || cancel_reason FROM appointments WHERE "
                                 "id = 'a4'"))
                .toString(),
            QStringLiteral("cancelled|Customer unwell"), 10000);
    }

    // The week is drawn by the day view too: what is chosen there is what the actions, the
    // booking menu and Enter act on (they looked at the hidden list's row instead).
    void weekViewActsOnTheBookingChosenThere()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        pane->setCurrentView(AppointmentsPane::View::Week);
        // The week is in once the next day's booking is (the day shown holds a4 already).
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(pane->dayModel(), QStringLiteral("a6")).isValid(), 10000);
        auto *view = pane->findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        auto *cancel = pane->findChild<QAction *>(QStringLiteral("appointmentCancelAction"));
        QVERIFY(!cancel->isEnabled());                                        // nothing chosen yet
        view->setCurrentIndex(rowOf(pane->dayModel(), QStringLiteral("a4"))); // requested
        QVERIFY(cancel->isEnabled());
        shot(pane.get(), "pane-week-chosen");
        std::unique_ptr<QMenu> menu(pane->createBookingMenu(pane.get()));
        QVERIFY(menuActions(menu.get()).contains(QStringLiteral("appointmentConfirmAction")));
        QVERIFY(menu->actions().contains(cancel));
        cancel->trigger();
        QPointer<CancelAppointmentDialog> dialog = pane->findChild<CancelAppointmentDialog *>();
        QVERIFY(dialog);
        dialog->reject();
    }

    void reschedulesABooking()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        auto *view = pane->findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        view->setCurrentIndex(rowOf(pane->dayModel(), QStringLiteral("a1")));
        pane->findChild<QAction *>(QStringLiteral("appointmentRescheduleAction"))->trigger();
        QPointer<AppointmentDialog> dialog = waitForDialog(pane.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), AppointmentDialog::Mode::Reschedule);
        auto *staff = dialog->findChild<QComboBox *>(QStringLiteral("dialogStaff"));
        QCOMPARE(staff->currentData().toString(), Desk::kAnna);
        auto *time = dialog->findChild<QTimeEdit *>(QStringLiteral("dialogTime"));
        QCOMPARE(time->time(), QTime(9, 0));
        QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("dialogService"))->isEnabled());
        shot(dialog, "dialog-reschedule");

        staff->setCurrentIndex(staff->findData(Desk::kBen));
        dialog->findChild<QDateEdit *>(QStringLiteral("dialogDate"))
            ->setDate(Desk::kDay.addDays(1));
        time->setTime(QTime(13, 0));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(value(QStringLiteral("SELECT staff_id || '|' || starts_at || '|' || ends_at || "
                                      "'|' || version FROM appointments WHERE id = 'a1'"))
                     .toString(),
                 QStringLiteral("%1|%2|%3|1")
                     .arg(Desk::kBen)
                     .arg(Desk::at(Desk::kDay.addDays(1), 13, 0))
                     .arg(Desk::at(Desk::kDay.addDays(1), 14, 0)));
        // The pane follows the booking to its new day.
        QCOMPARE(pane->shownDate(), Desk::kDay.addDays(1));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(pane->dayModel(), QStringLiteral("a1")).isValid(), 10000);
    }

    void booksAWalkInNow()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        auto *view = pane->findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_W, Qt::ControlModifier);
        QPointer<AppointmentDialog> dialog = waitForDialog(pane.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), AppointmentDialog::Mode::WalkIn);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(std::abs(dialog->startsAt() - now) <= 150 + 60);
        QCOMPARE(dialog->startsAt() % 300, 0);
        auto *staff = dialog->findChild<QComboBox *>(QStringLiteral("dialogStaff"));
        staff->setCurrentIndex(staff->findData(Desk::kBen));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dialogSave")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM appointments WHERE source = 'walk_in' "
                                      "AND status = 'arrived' AND customer_id IS NULL AND "
                                      "staff_id = '%1'")
                           .arg(Desk::kBen))
                     .toInt(),
                 1);
    }

    void readOnlyWithoutEdits()
    {
        QVERIFY(openStore());
        auto pane = openPane(false);
        QVERIFY(pane);
        QVERIFY(
            !pane->findChild<QToolButton *>(QStringLiteral("appointmentNewButton"))->isEnabled());
        auto *view = pane->findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        view->setCurrentIndex(rowOf(pane->dayModel(), QStringLiteral("a1")));
        std::unique_ptr<QMenu> menu(pane->createBookingMenu(pane.get()));
        // Read-only: the details, nothing to change.
        QCOMPARE(menuActions(menu.get()), QStringList{QStringLiteral("appointmentDetailsAction")});
        pane->newAppointment();
        QVERIFY(!pane->findChild<AppointmentDialog *>());
    }
};

QTEST_MAIN(TestAppointmentEdits)
#include "tst_appointmentedits.moc"
