#include "core/AppointmentStatus.h"
#include "models/appointments/AppointmentListModel.h"
#include "models/appointments/AppointmentPresentation.h"
#include "models/appointments/DayScheduleModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/AppointmentRepository.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "tests/support/fixtures/ModelValues.h"

#include <QAbstractItemModelTester>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;

class TestAppointmentModels : public DeskSalonTest
{
    Q_OBJECT

private:
    static AppointmentFilter monthFilter()
    {
        AppointmentFilter filter;
        filter.from = DeskSalon::at(DeskSalon::kDay, 0, 0);
        filter.to = DeskSalon::at(DeskSalon::kDay.addDays(31), 0, 0);
        return filter;
    }

    // A booking "late" for Priya with Ben at 14:00 on `day`, written as an edit or a sync would.
    void bookLateOn(const QDate &day)
    {
        store()
            ->run([day](QSqlDatabase &db) {
                DeskSalon::writer(db).appointment(DeskSalon::appointment(
                    QStringLiteral("late"), DeskSalon::kPriya, DeskSalon::kBen, DeskSalon::kCut,
                    DeskSalon::at(day, 14, 0), DeskSalon::at(day, 15, 0),
                    QStringLiteral("confirmed"), 25000));
            })
            .waitForFinished();
    }

private Q_SLOTS:
    void dayModelShowsTheDayInTheBusinessZone()
    {
        QVERIFY(openStore());
        DayScheduleModel model(store(), DeskSalon::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        model.setDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);

        // a1..a4 start on the day; a5 (the evening before) and a6 (the day after) do not.
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("a1"), QStringLiteral("a2"),
                                            QStringLiteral("a3"), QStringLiteral("a4")}));
        // Two active staff plus a column for the inactive person who still has a booking.
        QCOMPARE(model.staff().size(), 3);
        QCOMPARE(model.staff()[0].member.name, QStringLiteral("Anna Smith"));
        QVERIFY(model.staff()[0].works);
        QCOMPARE(model.staff()[0].workStart, 9 * 60);
        QCOMPARE(model.staff()[0].workEnd, 17 * 60);
        QVERIFY(model.staff()[0].lunchBreak.has_value());
        QCOMPARE(model.staff()[0].lunchBreak->start, 12 * 60);
        QCOMPARE(model.staff()[1].member.name, QStringLiteral("Ben Dlamini"));
        QCOMPARE(model.staff()[1].timeOff.size(), 1);
        QCOMPARE(model.staff()[1].timeOff[0].start, 15 * 60);
        QCOMPARE(model.staff()[1].timeOff[0].label, QStringLiteral("Dentist"));
        QCOMPARE(model.staff()[2].member.name, QStringLiteral("Gone Person"));
        QVERIFY(!model.staff()[2].works);

        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(DayScheduleModel::StaffColumnRole).toInt(), 0);
        QCOMPARE(first.data(DayScheduleModel::StartMinuteRole).toInt(), 9 * 60);
        QCOMPARE(first.data(DayScheduleModel::EndMinuteRole).toInt(), 10 * 60);
        QCOMPARE(first.data(DayScheduleModel::CustomerNameRole).toString(),
                 QStringLiteral("Thandi Mokoena"));
        QCOMPARE(first.data(DayScheduleModel::ServiceNameRole).toString(),
                 QStringLiteral("Cut & blow-dry"));
        QCOMPARE(first.data(DayScheduleModel::BufferMinutesRole).toInt(), 15);
        QCOMPARE(first.data(StatusKeyRole).toString(), QStringLiteral("confirmed"));
        QCOMPARE(first.data(DayScheduleModel::StatusLabelRole).toString(),
                 QStringLiteral("Confirmed"));
        QCOMPARE(first.data(DayScheduleModel::TimeTextRole).toString(),
                 QStringLiteral("09:00–10:00"));
        QVERIFY(first.data(ColourRole).value<QColor>().isValid());
        QVERIFY(!first.data(DayScheduleModel::InactiveRole).toBool());
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Anna Smith")));

        const QModelIndex cancelled = model.index(2, 0);
        QCOMPARE(cancelled.data(DayScheduleModel::StaffColumnRole).toInt(), 1);
        QVERIFY(cancelled.data(DayScheduleModel::InactiveRole).toBool());
        QCOMPARE(model.index(3, 0).data(DayScheduleModel::StaffColumnRole).toInt(), 2);

        // The next day: the no-show a6 only; the inactive person's column is gone again.
        model.setDate(DeskSalon::kDay.addDays(1));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QCOMPARE(idsOf(model), QStringList{QStringLiteral("a6")});
        QCOMPARE(model.staff().size(), 2);
    }

    // A desk computer on London time in a Johannesburg salon: the business's times lead, the
    // computer's follow (09:00 SAST is 07:00 GMT on kDay in March).
    void dayModelAddsTheDeskClockWhenItDiffers()
    {
        QVERIFY(openStore());
        BusinessContext context = DeskSalon::context();
        const qint64 nine = DeskSalon::at(DeskSalon::kDay, 9, 0);
        const qint64 ten = DeskSalon::at(DeskSalon::kDay, 10, 0);
        QVERIFY(AppointmentPresentation::deskTimeRange(nine, ten,
                                                       [&] {
                                                           BusinessContext same = context;
                                                           same.deskTimeZone = context.timeZone;
                                                           return same;
                                                       }())
                    .isEmpty());
        context.deskTimeZone = QTimeZone("Europe/London");
        QVERIFY(AppointmentPresentation::showsTwoZones(nine, context));
        QCOMPARE(AppointmentPresentation::deskTimeRange(nine, ten, context),
                 QStringLiteral("07:00–08:00 GMT"));
        // Sydney is already on the next day for an evening booking.
        BusinessContext sydney = context;
        sydney.deskTimeZone = QTimeZone("Australia/Sydney");
        const qint64 evening = DeskSalon::at(DeskSalon::kDay, 18, 0);
        QCOMPARE(AppointmentPresentation::deskTimeRange(evening, evening + 3600, sydney),
                 QStringLiteral("03:00–04:00 11 Mar AEDT"));

        DayScheduleModel model(store(), context);
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        model.setDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(IdRole).toString(), QStringLiteral("a1"));
        QCOMPARE(first.data(DayScheduleModel::TimeTextRole).toString(),
                 QStringLiteral("09:00–10:00"));
        QVERIFY(first.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("On this computer: 07:00–08:00 GMT")));
    }

    void dayModelDropsStaleDays()
    {
        QVERIFY(openStore());
        DayScheduleModel model(store(), DeskSalon::context());
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        // Three days asked for in a row: only the last one may be applied.
        model.setDate(DeskSalon::kDay.addDays(-1));
        model.setDate(DeskSalon::kDay.addDays(1));
        model.setDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        store()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toDate(), DeskSalon::kDay);
        QCOMPARE(model.rowCount(), 4);
    }

    void dayModelReadsTheDaysAroundAhead()
    {
        QVERIFY(openStore());
        DayScheduleModel model(store(), DeskSalon::context());
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        QSignalSpy readAhead(&model, &DayScheduleModel::readAheadFinished);
        model.setDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(readAhead.size(), 1, 10000);
        QVERIFY(model.isReadAhead(DeskSalon::kDay.addDays(1)));
        QVERIFY(model.isReadAhead(DeskSalon::kDay.addDays(-1)));
        QVERIFY(!model.isReadAhead(DeskSalon::kDay.addDays(2)));

        // The next day shows at once, with the rows a read of it gives.
        model.setDate(DeskSalon::kDay.addDays(1));
        QCOMPARE(loaded.size(), 2);
        QVERIFY(!model.isLoading());
        QCOMPARE(idsOf(model), QStringList{QStringLiteral("a6")});
        QCOMPARE(model.staff().size(), 2);

        // And back: the day shown before was kept.
        model.setDate(DeskSalon::kDay);
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(model.rowCount(), 4);

        // A week of everyone reads the weeks around it as well.
        model.setWeek(DeskSalon::kDay, {});
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isReadAhead(DeskSalon::kDay.addDays(7)), 10000);
        QVERIFY(model.isReadAhead(DeskSalon::kDay.addDays(-7)));
        QVERIFY(!model.isReadAhead(DeskSalon::kDay.addDays(14)));
        const int shownRows = model.rowCount();
        model.setWeek(DeskSalon::kDay.addDays(-7), {});
        QCOMPARE(loaded.size(), 5);
        model.setWeek(DeskSalon::kDay, {});
        QCOMPARE(loaded.size(), 6);
        QCOMPARE(model.rowCount(), shownRows);
    }

    void dayModelForgetsWhatItReadAheadWhenTheStoreChanges()
    {
        QVERIFY(openStore());
        DayScheduleModel model(store(), DeskSalon::context());
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        QSignalSpy readAhead(&model, &DayScheduleModel::readAheadFinished);
        model.setDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(readAhead.size(), 1, 10000);
        QVERIFY(model.isReadAhead(DeskSalon::kDay.addDays(1)));

        // A booking on the next day arrives (an edit or a sync); the pane reloads.
        const QDate next = DeskSalon::kDay.addDays(1);
        bookLateOn(next);
        model.reload();
        QVERIFY(!model.isReadAhead(next));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isReadAhead(next), 10000);
        model.setDate(next);
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("a6"), QStringLiteral("late")}));
    }

    void dayModelReadsAheadAroundWhereTheDeskMovedTo()
    {
        QVERIFY(openStore());
        DayScheduleModel model(store(), DeskSalon::context());
        model.setReadAheadDelay(std::chrono::milliseconds(0)); // the gate sets the order
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        StoreExecutor *reader = store()->companion();
        QVERIFY(reader);
        QSemaphore gate;
        reader->run([&gate](QSqlDatabase &) { gate.acquire(); });
        // The days around the first one wait behind the gate while the desk jumps two days on:
        // they start out of date and are skipped, and the day between is still read for the new
        // one (it was asked for already, so the new day did not ask again).
        model.setDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        model.setDate(DeskSalon::kDay.addDays(2));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        gate.release();
        QTRY_VERIFY_WITH_TIMEOUT(model.isReadAhead(DeskSalon::kDay.addDays(3)), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isReadAhead(DeskSalon::kDay.addDays(1)), 10000);
        QVERIFY(!model.isReadAhead(DeskSalon::kDay.addDays(-1))); // skipped, not read
    }

    void dayModelDropsAReadAheadThatStartedBeforeAChange()
    {
        QVERIFY(openStore());
        DayScheduleModel model(store(), DeskSalon::context());
        model.setReadAheadDelay(std::chrono::milliseconds(0)); // the gate sets the order
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        // The second reader holds the read ahead back until the day has been shown...
        StoreExecutor *reader = store()->companion();
        QVERIFY(reader);
        QSemaphore gate;
        reader->run([&gate](QSqlDatabase &) { gate.acquire(); });
        model.setDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        // ...then reads the days around, and their replies wait in this thread's queue while
        // the store changes and the model is told: what they bring is out of date.
        gate.release();
        reader->waitForIdle();
        const QDate next = DeskSalon::kDay.addDays(1);
        bookLateOn(next);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(model.isReadAhead(next), 10000);
        model.setDate(next);
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("a6"), QStringLiteral("late")}));
    }

    void theCalendarReadsItsBookingsFromTheIndexAlone()
    {
        // A busy day's bookings are scattered over a large store's file; read from the period
        // index alone they are a few pages side by side (store migration 15).
        QVERIFY(openStore());
        const QString plan =
            store()
                ->run([](QSqlDatabase &db) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ")
                              + AppointmentRepository::rangeStatement());
                    q.addBindValue(DeskSalon::kBusiness);
                    q.addBindValue(DeskSalon::at(DeskSalon::kDay, 0, 0));
                    q.addBindValue(DeskSalon::at(DeskSalon::kDay.addDays(1), 0, 0));
                    QString text;
                    if (q.exec()) {
                        while (q.next())
                            text += q.value(3).toString() + u'\n';
                    }
                    return text;
                })
                .result();
        QVERIFY2(plan.contains(QStringLiteral("COVERING INDEX idx_appointments_business_period")),
                 qPrintable(plan));
    }

    void aHugeNoteComesThroughTheIndexWhole()
    {
        // The notes and cancel reason are in the period index now (store migration 15): a note
        // of 200,000 characters with emoji, combining marks and right-to-left text is written
        // and read back whole.
        QVERIFY(openStore());
        const QString unit = QStringLiteral("Latex allergy ✂️ e\u0301 שלום 🧴 ");
        QString note;
        while (note.size() < 200000)
            note += unit;
        store()
            ->run([&note](QSqlDatabase &db) {
                AppointmentRecord record = DeskSalon::appointment(
                    QStringLiteral("huge"), DeskSalon::kPriya, DeskSalon::kBen, DeskSalon::kCut,
                    DeskSalon::at(DeskSalon::kDay, 16, 0), DeskSalon::at(DeskSalon::kDay, 17, 0),
                    QStringLiteral("cancelled"), 25000);
                record.notes = note;
                record.cancelReason = note.left(5000);
                DeskSalon::writer(db).appointment(record);
            })
            .waitForFinished();

        DayScheduleModel model(store(), DeskSalon::context());
        QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
        model.setDate(DeskSalon::kDay);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        const int row = int(idsOf(model).indexOf(QStringLiteral("huge")));
        QVERIFY(row >= 0);
        QCOMPARE(model.item(row).row.notes, note);
        QCOMPARE(model.item(row).row.cancelReason, note.left(5000));
        // The tooltip shows the start of each and stays a tooltip (the details show it all).
        const QString tip = model.index(row, 0).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("Latex allergy")));
        QVERIFY2(tip.size() < 2000, qPrintable(QString::number(tip.size())));
        QVERIFY(tip.contains(u'…'));
        for (qsizetype i = 0; i < tip.size(); ++i) // no character cut in two
            QVERIFY(!tip.at(i).isHighSurrogate()
                    || (i + 1 < tip.size() && tip.at(i + 1).isLowSurrogate()));
    }

    void customerNamesOnBookingsFollowTheirCustomers()
    {
        // The calendar reads a booking's customer name and phone from the booking's own copy
        // (store migration 16), kept by triggers: a booking synced before its customer, a
        // renamed customer and a booking moved to another customer all show the right name.
        QVERIFY(openStore());
        const QString late = QStringLiteral("c0000000-0000-4000-8000-0000000000ff");
        auto exec = [this](const QString &sql, const QVariantList &values = {}) {
            return store()
                ->run([sql, values](QSqlDatabase &db) {
                    QSqlQuery q(db);
                    q.prepare(sql);
                    for (const QVariant &value : values)
                        q.addBindValue(value);
                    return q.exec() ? QString() : q.lastError().text();
                })
                .result();
        };
        auto shownName = [this](const QString &id) -> std::optional<QString> {
            DayScheduleModel model(store(), DeskSalon::context());
            QSignalSpy loaded(&model, &DayScheduleModel::dayLoaded);
            model.setDate(DeskSalon::kDay);
            if (!loaded.wait(10000))
                return std::nullopt;
            const int row = int(idsOf(model).indexOf(id));
            if (row < 0)
                return std::nullopt;
            return model.item(row).row.customerName + u'|' + model.item(row).row.customerPhone;
        };

        // A pull page may bring a booking before its customer (foreign keys off while it runs).
        QCOMPARE(exec(QStringLiteral("PRAGMA foreign_keys=OFF")), QString());
        store()
            ->run([late](QSqlDatabase &db) {
                DeskSalon::writer(db).appointment(DeskSalon::appointment(
                    QStringLiteral("early"), late, DeskSalon::kBen, DeskSalon::kCut,
                    DeskSalon::at(DeskSalon::kDay, 16, 0), DeskSalon::at(DeskSalon::kDay, 17, 0),
                    QStringLiteral("confirmed"), 25000));
            })
            .waitForFinished();
        QCOMPARE(exec(QStringLiteral("PRAGMA foreign_keys=ON")), QString());
        QCOMPARE(shownName(QStringLiteral("early")), std::optional<QString>(QStringLiteral("|")));

        QCOMPARE(exec(QStringLiteral("INSERT INTO customers (id, business_id, full_name, phone, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)"),
                      {late, DeskSalon::kBusiness, QStringLiteral("Zoë Ndlovu-Øster"),
                       QStringLiteral("+27 82 555 0101")}),
                 QString());
        QCOMPARE(shownName(QStringLiteral("early")),
                 std::optional<QString>(QStringLiteral("Zoë Ndlovu-Øster|+27 82 555 0101")));

        QCOMPARE(
            exec(QStringLiteral("UPDATE customers SET full_name = ?, phone = NULL WHERE id = ?"),
                 {QStringLiteral("Zoë Øster"), late}),
            QString());
        QCOMPARE(shownName(QStringLiteral("early")),
                 std::optional<QString>(QStringLiteral("Zoë Øster|")));

        QCOMPARE(exec(QStringLiteral("UPDATE appointments SET customer_id = ? WHERE id = ?"),
                      {DeskSalon::kPriya, QStringLiteral("early")}),
                 QString());
        const QString priya =
            store()
                ->run([](QSqlDatabase &db) {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("SELECT full_name || '|' || "
                                             "COALESCE(phone, '') FROM "
                                             "customers WHERE id = ?"));
                    q.addBindValue(DeskSalon::kPriya);
                    return q.exec() && q.next() ? q.value(0).toString() : QString();
                })
                .result();
        QVERIFY(!priya.isEmpty());
        QCOMPARE(shownName(QStringLiteral("early")), std::optional<QString>(priya));
    }

    void tooltipExcerptKeepsCharactersWhole()
    {
        const QString shortNote = QStringLiteral("Prefers the window seat");
        QCOMPARE(AppointmentPresentation::tooltipExcerpt(shortNote), shortNote);
        // The 280th and 281st UTF-16 units are one emoji: it goes whole, not half.
        const QString note = QString(279, u'a') + QStringLiteral("🧴") + QString(10, u'b');
        QCOMPARE(AppointmentPresentation::tooltipExcerpt(note), QString(279, u'a') + u'…');
        QCOMPARE(AppointmentPresentation::tooltipExcerpt(note, 281),
                 QString(279, u'a') + QStringLiteral("🧴…"));
    }

    void listModelFiltersAndFormats()
    {
        QVERIFY(openStore());
        AppointmentListModel model(store(), DeskSalon::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        model.setFilter(monthFilter());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(model.columnCount(), int(AppointmentListModel::ColumnCount));
        QCOMPARE(idsOf(model),
                 (QStringList{QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("a3"),
                              QStringLiteral("a4"), QStringLiteral("a6")}));
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(5), 10000);
        QVERIFY(!model.canFetchMore(QModelIndex()));

        const QModelIndex price = model.index(0, AppointmentListModel::PriceColumn);
        QCOMPARE(price.data(RawValueRole).toLongLong(), qint64(45000));
        QVERIFY(price.data().toString().contains(QStringLiteral("450")));
        QVERIFY(price.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
        QCOMPARE(model.index(0, AppointmentListModel::SourceColumn).data().toString(),
                 QStringLiteral("WhatsApp AI"));
        QCOMPARE(model.index(0, AppointmentListModel::DateTimeColumn).data(RawValueRole),
                 QVariant(DeskSalon::at(DeskSalon::kDay, 9, 0)));
        QVERIFY(model.index(0, AppointmentListModel::DateTimeColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("09:00")));

        AppointmentFilter byStaff = monthFilter();
        byStaff.staffId = DeskSalon::kBen;
        model.setFilter(byStaff);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("a3"), QStringLiteral("a6")}));

        AppointmentFilter byStatus = monthFilter();
        byStatus.statusKey = QStringLiteral("cancelled");
        model.setFilter(byStatus);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 3, 10000);
        QCOMPARE(idsOf(model), QStringList{QStringLiteral("a3")});
        QCOMPARE(model.index(0, AppointmentListModel::StatusColumn).data().toString(),
                 QStringLiteral("Cancelled"));
    }

    void listModelSearchesCustomers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList thandi{QStringLiteral("a1"), QStringLiteral("a4")};
        QTest::newRow("first name prefix") << QStringLiteral("than") << thandi;
        QTest::newRow("any case") << QStringLiteral("THANDI") << thandi;
        QTest::newRow("surname") << QStringLiteral("naidoo")
                                 << QStringList{QStringLiteral("a2"), QStringLiteral("a6")};
        QTest::newRow("local phone") << QStringLiteral("082 555 0101") << thandi;
        QTest::newRow("e-mail prefix")
            << QStringLiteral("johan@") << QStringList{QStringLiteral("a3")};
        QTest::newRow("wildcards are literal") << QStringLiteral("%") << QStringList{};
        QTest::newRow("underscore is literal") << QStringLiteral("_hand") << QStringList{};
        QTest::newRow("quote") << QStringLiteral("o'") << QStringList{};
        QTest::newRow("middle of a word") << QStringLiteral("handi") << QStringList{};
    }

    void listModelSearchesCustomers()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(openStore());
        AppointmentListModel model(store(), DeskSalon::context());
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        AppointmentFilter filter = monthFilter();
        filter.text = text;
        model.setFilter(filter);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(idsOf(model), expected);
    }

    void listModelSortsInSql()
    {
        QVERIFY(openStore());
        AppointmentListModel model(store(), DeskSalon::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        model.setFilter(monthFilter());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);

        model.sort(AppointmentListModel::PriceColumn, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        QCOMPARE(model.index(0, 0).data(IdRole).toString(), QStringLiteral("a2")); // R 950
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row - 1, AppointmentListModel::PriceColumn)
                        .data(RawValueRole)
                        .toLongLong()
                    >= model.index(row, AppointmentListModel::PriceColumn)
                           .data(RawValueRole)
                           .toLongLong());
        }

        model.sort(AppointmentListModel::CustomerColumn, Qt::AscendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 3, 10000);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, AppointmentListModel::CustomerColumn).data().toString());
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Johan van der Merwe"), QStringLiteral("Priya Naidoo"),
                              QStringLiteral("Priya Naidoo"), QStringLiteral("Thandi Mokoena"),
                              QStringLiteral("Thandi Mokoena")}));
        // Ties are broken by start time.
        QCOMPARE(model.index(1, 0).data(IdRole).toString(), QStringLiteral("a2"));
        QCOMPARE(model.index(2, 0).data(IdRole).toString(), QStringLiteral("a6"));
    }

    void listModelIgnoresStaleReplies()
    {
        QVERIFY(openStore());
        AppointmentListModel model(store(), DeskSalon::context());
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        AppointmentFilter first = monthFilter();
        first.text = QStringLiteral("thandi");
        AppointmentFilter second = monthFilter();
        second.text = QStringLiteral("johan");
        model.setFilter(first);
        model.setFilter(second); // issued before the first reply arrived
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        store()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(reloaded.size(), 1);
        QCOMPARE(idsOf(model), QStringList{QStringLiteral("a3")});
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(1), 10000);
    }

    void listModelFetchesLazilyInWindows()
    {
        QVERIFY(openStore(650));
        // No tester on this model: the tester itself calls fetchMore() after every change, which
        // would hide the window sizes checked here (the next test runs the tester over it).
        AppointmentListModel model(store(), DeskSalon::context());
        QSignalSpy reloaded(&model, &AppointmentListModel::reloaded);
        model.setFilter(monthFilter());
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(model.rowCount(), AppointmentListModel::kWindow);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(655), 10000);
        QVERIFY(model.canFetchMore(QModelIndex()));

        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            model.fetchMore(QModelIndex()); // a second call while one is running is ignored
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
            QVERIFY(model.rowCount() - before <= AppointmentListModel::kWindow);
        }
        QCOMPARE(model.rowCount(), 655);

        // Every row once, in start order.
        QSet<QString> seen;
        qint64 previous = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, AppointmentListModel::DateTimeColumn);
            QVERIFY(!seen.contains(index.data(IdRole).toString()));
            seen.insert(index.data(IdRole).toString());
            QVERIFY(index.data(RawValueRole).toLongLong() >= previous);
            previous = index.data(RawValueRole).toLongLong();
        }

        // A refresh after a change keeps everything loaded.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(reset.size(), 1, 10000);
        QCOMPARE(model.rowCount(), 655);
    }

    void listModelGrowsUnderTheTester()
    {
        QVERIFY(openStore(650));
        AppointmentListModel model(store(), DeskSalon::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setFilter(monthFilter());
        // Fetches asked for from inside the reset and insert signals (as the tester does) are
        // ignored while a window is on its way, so each fetchMore() below brings one window.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= AppointmentListModel::kWindow, 10000);
        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
        }
        QCOMPARE(model.rowCount(), 655);
        QCOMPARE(inserted.size(), 3); // windows of 200, 200 and 55 after the first 200
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void presentationNamesEveryStatus()
    {
        const QStringList keys = AppointmentPresentation::statusKeys();
        QCOMPARE(keys.size(), kAppointmentStatusCount);
        QSet<QRgb> colours;
        for (const QString &key : keys) {
            QVERIFY(appointmentStatusFromKey(key).has_value());
            QVERIFY(AppointmentPresentation::statusLabel(key) != key);
            colours.insert(AppointmentPresentation::statusColour(key).rgb());
        }
        QCOMPARE(colours.size(), keys.size()); // no two statuses share a colour
        QVERIFY(AppointmentPresentation::isInactiveStatus(QStringLiteral("no_show")));
        QVERIFY(!AppointmentPresentation::isInactiveStatus(QStringLiteral("arrived")));
    }
};

QTEST_MAIN(TestAppointmentModels)
#include "tst_appointmentmodels.moc"
