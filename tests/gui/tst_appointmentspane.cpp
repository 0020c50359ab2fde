#include "models/ModelRoles.h"
#include "models/appointments/AppointmentListModel.h"
#include "models/appointments/AppointmentPresentation.h"
#include "models/appointments/DayScheduleModel.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "tests/support/fixtures/FixtureContext.h"
#include "tests/support/fixtures/StoreFixture.h"
#include "ui/DarkPalette.h"
#include "ui/appointments/AppointmentListPanel.h"
#include "ui/appointments/DayColumnsDialog.h"
#include "ui/appointments/DayScheduleView.h"
#include "ui/appointments/StatusLegend.h"
#include "ui/panes/AppointmentsPane.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

#include <optional>
#include <utility>

using namespace Chairside;
using namespace Chairside::Fixtures;

class TestAppointmentsPane : public DeskSalonTest
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheDayAndSwitchesToTheList()
    {
        QVERIFY(openStore());
        AppointmentsPane pane(store(), DeskSalon::context());
        pane.resize(1440, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));

        pane.setShownDate(DeskSalon::kDay);
        auto *dayView = pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QVERIFY(dayView);
        QVERIFY(dayView->isVisible());
        QVERIFY(!dayView->accessibleName().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(dayView->model()->rowCount(), 4, 10000);
        QCOMPARE(dayView->model()->date(), DeskSalon::kDay);
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
        QCOMPARE(pane.shownDate(), DeskSalon::kDay.addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(dayView->model()->rowCount(), 1, 10000);
        QTest::keyClick(dayView, Qt::Key_PageUp);
        QCOMPARE(pane.shownDate(), DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(dayView->model()->rowCount(), 4, 10000);
        auto *next = pane.findChild<QToolButton *>(QStringLiteral("appointmentNextDay"));
        QVERIFY(next);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(pane.shownDate(), DeskSalon::kDay.addDays(1));
        auto *dateEdit = pane.findChild<QDateEdit *>(QStringLiteral("appointmentDate"));
        QVERIFY(dateEdit);
        QCOMPARE(dateEdit->date(), DeskSalon::kDay.addDays(1));
        dateEdit->setDate(DeskSalon::kDay);
        QCOMPARE(pane.shownDate(), DeskSalon::kDay);
        // Regression: the bold date was cut off ("Wednesday, 02 December 202"). The longest
        // date of the year fits in the field's text area.
        const QDate longest(2026, 9, 30); // "Wednesday, 30 September 2026"
        const int needed =
            QFontMetrics(dateEdit->font())
                .horizontalAdvance(dateEdit->locale().toString(longest, dateEdit->displayFormat()));
        auto *text = dateEdit->findChild<QLineEdit *>();
        QVERIFY(text);
        QVERIFY2(text->width() > needed,
                 qPrintable(QStringLiteral("%1 <= %2").arg(text->width()).arg(needed)));

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
        // The calendar's own count of its day does not stand above the list's other range.
        auto *daySummary = pane.findChild<QLabel *>(QStringLiteral("appointmentDaySummary"));
        QVERIFY(daySummary);
        QVERIFY(!daySummary->isVisible());

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

        // Service and source: Priya's colour (by phone) and the WhatsApp assistant's booking.
        auto *service = pane.findChild<QComboBox *>(QStringLiteral("appointmentListService"));
        QVERIFY(service);
        QTRY_VERIFY_WITH_TIMEOUT(service->findData(DeskSalon::kColour) > 0, 10000);
        service->setCurrentIndex(service->findData(DeskSalon::kColour));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QCOMPARE(table->model()->index(0, 0).data(IdRole).toString(), QStringLiteral("a2"));
        auto *source = pane.findChild<QComboBox *>(QStringLiteral("appointmentListSource"));
        QVERIFY(source);
        source->setCurrentIndex(source->findData(QStringLiteral("whatsapp_ai")));
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("0 appointments"), 10000);
        service->setCurrentIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
        QCOMPARE(table->model()->index(0, 0).data(IdRole).toString(), QStringLiteral("a1"));
        // The count arrives in its own reply, possibly after the rows.
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("1 appointment"), 10000);
        source->setCurrentIndex(0);
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
                 QDateTime::currentDateTime().toTimeZone(DeskSalon::zone()).date());

        auto *dayButton = pane.findChild<QToolButton *>(QStringLiteral("appointmentDayViewButton"));
        QTest::mouseClick(dayButton, Qt::LeftButton);
        QCOMPARE(pane.currentView(), AppointmentsPane::View::Day);
        QVERIFY(dayView->isVisible());
        QVERIFY(daySummary->isVisible());
    }

    void showsTheWeekOfOnePersonOrEveryone()
    {
        QVERIFY(openStore());
        const BusinessContext context = DeskSalon::context();
        AppointmentsPane pane(store(), context);
        pane.resize(1440, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setShownDate(DeskSalon::kDay);
        DayScheduleModel *model = pane.dayModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);

        auto *weekButton =
            pane.findChild<QToolButton *>(QStringLiteral("appointmentWeekViewButton"));
        QVERIFY(weekButton);
        QTest::mouseClick(weekButton, Qt::LeftButton);
        QCOMPARE(pane.currentView(), AppointmentsPane::View::Week);
        auto *whose = pane.findChild<QComboBox *>(QStringLiteral("appointmentWeekStaff"));
        QVERIFY(whose && whose->isVisible());
        const QDate first = DayScheduleModel::weekStart(DeskSalon::kDay, context.locale);
        QCOMPARE(first.dayOfWeek(), int(context.locale.firstDayOfWeek()));
        QTRY_COMPARE_WITH_TIMEOUT(model->span(), DayScheduleModel::Span::Week, 10000);
        // Everyone: the four bookings of the day, the evening before and the day after.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 10000);
        QCOMPARE(model->staff().size(), 7);
        for (int column = 0; column < 7; ++column) {
            QCOMPARE(model->columnDate(column), first.addDays(column));
            QVERIFY(model->columnStaffId(column).isEmpty()); // a drop keeps its own person
            QVERIFY(
                model->columnTitle(column).contains(QString::number(first.addDays(column).day())));
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QDate day = QDateTime::fromSecsSinceEpoch(index.data(RawValueRole).toLongLong(),
                                                            context.timeZone)
                                  .date();
            QCOMPARE(model->columnDate(index.data(DayScheduleModel::StaffColumnRole).toInt()), day);
        }
        auto *summary = pane.findChild<QLabel *>(QStringLiteral("appointmentDaySummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QStringLiteral("–")), 10000);

        // One person: Anna's three (the day's two and the evening before), her hours per day.
        QTRY_VERIFY_WITH_TIMEOUT(whose->count() >= 3, 10000);
        pane.setWeekStaff(DeskSalon::kAnna);
        QTRY_COMPARE_WITH_TIMEOUT(model->weekStaffId(), DeskSalon::kAnna, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        const int dayColumn = int(first.daysTo(DeskSalon::kDay));
        QVERIFY(model->staff()[dayColumn].works);
        QCOMPARE(model->columnStaffId(dayColumn), DeskSalon::kAnna);
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOT_DIR"))
            pane.grab().save(qEnvironmentVariable("CHAIRSIDE_SHOT_DIR")
                             + QStringLiteral("/week.png"));

        // Alt+Right moves a week; the day view comes back on the same day.
        pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"))->setFocus();
        QTest::keyClick(&pane, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(pane.shownDate(), DeskSalon::kDay.addDays(7));
        QTRY_COMPARE_WITH_TIMEOUT(model->date(), first.addDays(7), 10000);
        QTest::keyClick(&pane, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(pane.currentView(), AppointmentsPane::View::Day);
        QVERIFY(!whose->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(model->span(), DayScheduleModel::Span::Day, 10000);
        QCOMPARE(model->date(), DeskSalon::kDay.addDays(7));
    }

    void aCrowdedWeekDrawsEveryBookingAsABar()
    {
        // Thirty bookings at 10:00 on the day (a chain's week of everyone): too many side by
        // side for words, each a bar with its status stripe where the pointer finds it.
        QVERIFY(openStore());
        store()
            ->run([](QSqlDatabase &db) {
                RowWriter writer = DeskSalon::writer(db);
                for (int i = 0; i < 30; ++i) {
                    writer.appointment(DeskSalon::appointment(
                        QStringLiteral("crowd-%1").arg(i, 2, 10, QLatin1Char('0')),
                        DeskSalon::kJohan, DeskSalon::kBen, DeskSalon::kCut,
                        DeskSalon::at(DeskSalon::kDay, 10, 0),
                        DeskSalon::at(DeskSalon::kDay, 11, 0),
                        i % 5 == 4   ? QStringLiteral("cancelled")
                        : i % 3 == 0 ? QStringLiteral("requested")
                                     : QStringLiteral("confirmed"),
                        20000));
                }
            })
            .waitForFinished();
        AppointmentsPane pane(store(), DeskSalon::context());
        pane.resize(1440, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setShownDate(DeskSalon::kDay);
        pane.setCurrentView(AppointmentsPane::View::Week);
        DayScheduleModel *model = pane.dayModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 36, 10000);
        auto *view = pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QVERIFY(view);
        view->scrollToMinute(9 * 60);
        QCoreApplication::processEvents();

        const QImage image = view->viewport()->grab().toImage();
        int bars = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (!index.data(IdRole).toString().startsWith(u"crowd-")
                || index.data(DayScheduleModel::InactiveRole).toBool())
                continue;
            const QRect bar = view->blockRect(index);
            QVERIFY(bar.isValid() && bar.width() < 28);
            const QPoint stripe(bar.left() + 1, bar.center().y());
            QCOMPARE(image.pixelColor(stripe).name(),
                     index.data(ColourRole).value<QColor>().name());
            QCOMPARE(view->indexAt(stripe), index);
            ++bars;
        }
        QCOMPARE(bars, 24);

        // The chosen one is outlined, narrow as it is.
        const QModelIndex chosen = model->index(3, 0);
        view->setCurrentIndex(chosen);
        QCoreApplication::processEvents();
        const QRect bar = view->blockRect(chosen);
        const QImage outlined = view->viewport()->grab().toImage();
        QCOMPARE(outlined.pixelColor(bar.center().x(), bar.top() + 1).name(),
                 view->palette().highlight().color().name());
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOT_DIR"))
            pane.grab().save(qEnvironmentVariable("CHAIRSIDE_SHOT_DIR")
                             + QStringLiteral("/crowded-week.png"));
    }

    void theScrollBarComesWithTheDay()
    {
        // Seven columns of at least 170 px do not fit the pane, so the day needs a horizontal
        // scroll bar. It is there as the day arrives, not after a paint without it (which drew
        // the whole day twice).
        QVERIFY(openStore());
        QStringList newcomers;
        store()
            ->run([&newcomers](QSqlDatabase &db) {
                RowWriter writer = DeskSalon::writer(db);
                for (int i = 1; i <= 4; ++i) {
                    newcomers.append(writer.staff(
                        {.id = QStringLiteral("s0000000-0000-4000-8000-00000000010%1").arg(i),
                         .name = QStringLiteral("Newcomer %1").arg(i),
                         .sortOrder = 10 + i}));
                }
            })
            .waitForFinished();
        AppointmentsPane pane(store(), DeskSalon::context());
        pane.resize(1024, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *view = pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QVERIFY(view);
        DayScheduleModel *model = pane.dayModel();
        // First one column (the others hidden), which fits.
        model->setColumnChoice({}, newcomers + QStringList{DeskSalon::kBen, DeskSalon::kGone});
        pane.setShownDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(view->columnCount(), 1, 10000);
        QCoreApplication::processEvents();
        QVERIFY(!view->horizontalScrollBar()->isVisible());

        std::optional<bool> shownWithTheDay;
        connect(model, &QAbstractItemModel::modelReset, this, [&] {
            if (view->columnCount() == 7)
                shownWithTheDay = view->horizontalScrollBar()->isVisible();
        });
        model->setColumnChoice({}, {});
        QTRY_VERIFY_WITH_TIMEOUT(shownWithTheDay.has_value(), 10000);
        QVERIFY(*shownWithTheDay);
    }

    void todayOpensWhereTheDayBeginsBeforeItHas()
    {
        // Early in the morning (a desk opened at 03:00, or a clinic in another zone) the day
        // opened at the hour before now, clamped to the top: three empty hours before the first
        // booking at 11:00. It opens half an hour before that booking.
        const QDateTime utc = QDateTime::currentDateTimeUtc();
        int offsetHours = 3 - utc.time().hour();
        if (offsetHours < -12)
            offsetHours += 24;
        const QTimeZone zone(offsetHours * 3600);
        QVERIFY(zone.isValid());
        const QDateTime local = utc.toTimeZone(zone);
        QCOMPARE(local.time().hour(), 3);
        const Fixtures::BusinessRecord salon{.id = QStringLiteral("b1"),
                                             .timeZone = QString::fromUtf8(zone.id())};
        Fixtures::StoreFixture fixture;
        const bool written =
            fixture.write(salon, utc.toSecsSinceEpoch(), [&local](Fixtures::RowWriter &w) {
                const QString staff =
                    w.staff({.id = QStringLiteral("s1"), .name = QStringLiteral("Ama")});
                w.workingHours({.staffId = staff,
                                .weekday = local.date().dayOfWeek(),
                                .startMinute = 10 * 60,
                                .endMinute = 18 * 60});
                const QString service = w.service({.id = QStringLiteral("v1")});
                w.appointment({.id = QStringLiteral("a1"),
                               .staffId = staff,
                               .serviceId = service,
                               .startsAt = QDateTime(local.date(), QTime(11, 0), local.timeZone())
                                               .toSecsSinceEpoch()});
            });
        QVERIFY(written);
        AppointmentsPane pane(fixture.executor(),
                              Fixtures::contextFor(salon, QStringLiteral("s1")));
        pane.resize(1000, 500); // the day does not fit: it scrolls
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *view = pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(pane.dayModel()->rowCount(), 1, 10000);
        QTRY_VERIFY(view->verticalScrollBar()->value() > 0);
        const QRect booking = view->bookingRect(QStringLiteral("a1"));
        QVERIFY2(view->viewport()->rect().contains(booking.topLeft()),
                 qPrintable(QStringLiteral("the booking at %1,%2; the viewport %3 px high")
                                .arg(booking.x())
                                .arg(booking.y())
                                .arg(view->viewport()->height())));
    }

    void theHiddenListReadsOnlyWhenShown()
    {
        QVERIFY(openStore());
        AppointmentsPane pane(store(), DeskSalon::context());
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setShownDate(DeskSalon::kDay);
        QVERIFY(!pane.listPanel()->filter()); // never opened: "this list" is the day shown
        pane.setCurrentView(AppointmentsPane::View::List);
        AppointmentListModel *list = pane.listPanel()->model();
        QTRY_VERIFY_WITH_TIMEOUT(list->rowCount() > 0, 10000);
        QSignalSpy reloaded(list, &AppointmentListModel::reloaded);

        // Stepping through days behind the calendar reads no list...
        pane.setCurrentView(AppointmentsPane::View::Day);
        pane.setShownDate(DeskSalon::kDay.addDays(1));
        pane.setShownDate(DeskSalon::kDay.addDays(2));
        store()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(reloaded.size(), 0);
        QCOMPARE(list->filter().from, DeskSalon::at(DeskSalon::kDay, 0, 0));
        // What an export of "this list" takes meanwhile: the range of the day shown now.
        QCOMPARE(pane.listPanel()->filter()->from, DeskSalon::at(DeskSalon::kDay.addDays(2), 0, 0));

        // ...and the list shows the range of the day shown once it is back.
        pane.setCurrentView(AppointmentsPane::View::List);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(list->filter().from, DeskSalon::at(DeskSalon::kDay.addDays(2), 0, 0));

        // A change while hidden is read when the list shows again, once.
        pane.setCurrentView(AppointmentsPane::View::Day);
        store()->notifyTablesChanged({QStringLiteral("appointments")});
        QTRY_VERIFY_WITH_TIMEOUT(pane.dayModel()->isLoading(), 10000);
        store()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(reloaded.size(), 1);
        pane.setCurrentView(AppointmentsPane::View::List);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        store()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(reloaded.size(), 2);
    }

    void choosesAndOrdersTheStaffColumns()
    {
        QVERIFY(openStore());
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings settings(&qsettings);
        AppointmentsPane pane(store(), DeskSalon::context());
        pane.useSettings(&settings);
        pane.resize(1300, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setShownDate(DeskSalon::kDay);
        DayScheduleModel *model = pane.dayModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);
        QCOMPARE(model->columnStaffId(0), DeskSalon::kAnna);

        auto *button = pane.findChild<QToolButton *>(QStringLiteral("appointmentColumnsButton"));
        QVERIFY(button && button->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.findChild<QComboBox *>(QStringLiteral("appointmentWeekStaff"))->count() >= 3,
            10000);
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = pane.findChild<DayColumnsDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->order(), (QStringList{DeskSalon::kAnna, DeskSalon::kBen}));
        // Ben first (Move down on Anna), then accept.
        dialog->list()->setCurrentRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("dayColumnsDown")),
                          Qt::LeftButton);
        QCOMPARE(dialog->order(), (QStringList{DeskSalon::kBen, DeskSalon::kAnna}));
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(model->columnStaffId(0), DeskSalon::kBen, 10000);
        QCOMPARE(model->columnStaffId(1), DeskSalon::kAnna);
        QCOMPARE(settings.dayColumnOrder(DeskSalon::kBusiness),
                 (QStringList{DeskSalon::kBen, DeskSalon::kAnna}));

        // Ben hidden: his column and his bookings go; the former colleague's booking stays.
        QTest::mouseClick(button, Qt::LeftButton);
        dialog = pane.findChild<DayColumnsDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        dialog->list()->item(0)->setCheckState(Qt::Unchecked);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
        QCOMPARE(model->columnStaffId(0), DeskSalon::kAnna);
        QCOMPARE(settings.hiddenDayColumns(DeskSalon::kBusiness), QStringList{DeskSalon::kBen});

        // A new pane starts from what was kept.
        AppointmentsPane again(store(), DeskSalon::context());
        again.useSettings(&settings);
        again.setShownDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(again.dayModel()->rowCount(), 3, 10000);
        QCOMPARE(again.dayModel()->hiddenColumns(), QStringList{DeskSalon::kBen});
    }

    void reloadsWhenAppointmentsChange()
    {
        QVERIFY(openStore());
        AppointmentsPane pane(store(), DeskSalon::context());
        pane.resize(1200, 800);
        pane.show();
        pane.setShownDate(DeskSalon::kDay);
        DayScheduleModel *model = pane.dayModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 4, 10000);

        store()
            ->run([](QSqlDatabase &db) {
                RowWriter writer = DeskSalon::writer(db);
                writer.appointment(DeskSalon::appointment(
                    QStringLiteral("late"), DeskSalon::kPriya, DeskSalon::kBen, DeskSalon::kCut,
                    DeskSalon::at(DeskSalon::kDay, 16, 0), DeskSalon::at(DeskSalon::kDay, 17, 0),
                    QStringLiteral("arrived"), 45000));
                return writer.ok();
            })
            .waitForFinished();
        store()->notifyTablesChanged({QStringLiteral("outbox")});
        store()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(model->rowCount(), 4); // an unrelated table: no reload
        store()->notifyTablesChanged({QStringLiteral("appointments")});
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 5, 10000);
        QCOMPARE(model->index(4, 0).data(StatusKeyRole).toString(), QStringLiteral("arrived"));
    }

    // On a dark desktop theme the day stays readable as on a light one: the working day is the
    // palette's own (dark) surface and hours off (here Anna's lunch) are shaded darker than it,
    // not painted light grey; the grid's lines are faint, not glaring.
    void theDayFollowsADarkPalette()
    {
        QVERIFY(openStore());
        AppointmentsPane pane(store(), DeskSalon::context());
        pane.resize(1200, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setShownDate(DeskSalon::kDay);
        auto *dayView = pane.findChild<DayScheduleView *>(QStringLiteral("appointmentDayView"));
        QVERIFY(dayView);
        QTRY_COMPARE_WITH_TIMEOUT(dayView->model()->rowCount(), 4, 10000);
        dayView->scrollToMinute(11 * 60);

        // The colour most of a 15x15 square around a point has: the shading, not its stripes.
        const auto surfaceAt = [](const QImage &image, const QPoint &centre) {
            QHash<QRgb, int> counts;
            for (int y = centre.y() - 7; y <= centre.y() + 7; ++y) {
                for (int x = centre.x() - 7; x <= centre.x() + 7; ++x)
                    ++counts[image.pixel(x, y)];
            }
            QRgb most = 0;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (it.value() > counts.value(most))
                    most = it.key();
            }
            return QColor(most);
        };
        const QPoint working = dayView->pointAt(0, 14 * 60 + 30); // Anna, free
        const QPoint lunch = dayView->pointAt(0, 12 * 60 + 40);
        const auto surfaces = [&] {
            const QImage image = dayView->viewport()->grab().toImage();
            return std::pair{surfaceAt(image, working).lightness(),
                             surfaceAt(image, lunch).lightness()};
        };
        const auto [lightWorking, lightLunch] = surfaces();
        QVERIFY2(lightWorking > 200, qPrintable(QString::number(lightWorking)));
        QVERIFY2(lightLunch < lightWorking, qPrintable(QString::number(lightLunch)));

        pane.setPalette(darkDeskPalette());
        const auto [darkWorking, darkLunch] = surfaces();
        QVERIFY2(darkWorking < 60, qPrintable(QString::number(darkWorking)));
        QVERIFY2(darkLunch < darkWorking, qPrintable(QString::number(darkLunch)));
        // The hour line through the working day: visible on the surface, far from the text's
        // brightness.
        const QImage image = dayView->viewport()->grab().toImage();
        const int hourLine =
            image.pixelColor(working.x(), dayView->pointAt(0, 15 * 60).y()).lightness();
        QVERIFY2(hourLine > darkWorking && hourLine < 110, qPrintable(QString::number(hourLine)));
    }

    // The legend paints every status's swatch and name in a row that fits them all, in either
    // reading direction, and names them for screen readers.
    void theLegendShowsEveryStatus_data()
    {
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("left to right") << Qt::LeftToRight;
        QTest::newRow("right to left") << Qt::RightToLeft;
    }

    void theLegendShowsEveryStatus()
    {
        QFETCH(Qt::LayoutDirection, direction);
        namespace AP = AppointmentPresentation;
        StatusLegend legend;
        legend.setLayoutDirection(direction);
        const QStringList keys = AP::statusKeys();
        QVERIFY(keys.size() >= 7);
        int textWidth = 0;
        QFont small = legend.font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        for (const QString &key : keys) {
            QVERIFY(legend.accessibleDescription().contains(AP::statusLabel(key)));
            textWidth += QFontMetrics(small).horizontalAdvance(AP::statusLabel(key));
        }
        QVERIFY(legend.sizeHint().width() >= textWidth + int(keys.size()) * 12);
        QCOMPARE(legend.minimumSizeHint(), legend.sizeHint());

        legend.resize(legend.sizeHint());
        const QImage image = legend.grab().toImage().convertToFormat(QImage::Format_RGB32);
        // Each swatch's bar (two whole pixels wide, the swatch's height, in the status's strong
        // colour; no letter's stroke is a block that size), once per status, in reading order.
        const auto near = [&image](int x, int y, const QColor &colour) {
            const QColor seen = image.pixelColor(x, y);
            return qAbs(seen.red() - colour.red()) < 8 && qAbs(seen.green() - colour.green()) < 8
                   && qAbs(seen.blue() - colour.blue()) < 8;
        };
        const int middle = image.height() / 2;
        QList<int> columns;
        for (const QString &key : keys) {
            const QColor colour = AP::statusColour(key);
            int found = -1;
            for (int x = 0; x + 1 < image.width() && found < 0; ++x) {
                bool bar = true;
                for (int dx = 0; dx < 2 && bar; ++dx) {
                    for (int y = middle - 4; y <= middle + 4 && bar; ++y)
                        bar = near(x + dx, y, colour);
                }
                if (bar)
                    found = x;
            }
            QVERIFY2(found >= 0, qPrintable(key));
            columns.append(found);
        }
        QList<int> ordered = columns;
        if (direction == Qt::LeftToRight)
            std::sort(ordered.begin(), ordered.end());
        else
            std::sort(ordered.begin(), ordered.end(), std::greater<>());
        QCOMPARE(columns, ordered);
    }
};

QTEST_MAIN(TestAppointmentsPane)
#include "tst_appointmentspane.moc"
