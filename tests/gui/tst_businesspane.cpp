// The Business settings pane on the desk salon store, through its real widgets (offscreen):
// the owner changes a service's price and a stylist's working hours and the cache holds the new
// values; a mistake is refused with the server's sentence and the form keeps what was typed;
// hours that would strand a booking ask first (no: nothing saved, yes: saved). Staff and admins
// do not get the pane at all.

#include "models/business/BusinessSetupModel.h"
#include "models/business/ServiceTableModel.h"
#include "models/business/SetupSubmitter.h"
#include "models/business/StaffTableModel.h"
#include "models/common/DeskEdits.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "ui/MainWindow.h"
#include "ui/business/ProfilePage.h"
#include "ui/business/ServicesPage.h"
#include "ui/business/StaffPage.h"
#include "ui/business/WorkingHoursEditor.h"
#include "ui/panes/BusinessPane.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <memory>
#include <optional>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;

class TestBusinessPane final : public DeskSalonTest
{
    Q_OBJECT

    std::unique_ptr<DeskEdits> m_edits;

    QVariant value(const QString &sql)
    {
        return store()
            ->run([sql](QSqlDatabase &db) {
                QSqlQuery query(db);
                return query.exec(sql) && query.next() ? query.value(0)
                                                       : QVariant(QStringLiteral("<none>"));
            })
            .result();
    }

    std::unique_ptr<BusinessPane> openPane()
    {
        m_edits = std::make_unique<DeskEdits>(store(), LocalActor{Desk::kAnna, StaffRole::Owner},
                                              Outbox::Mode::LocalOnly);
        auto pane = std::make_unique<BusinessPane>(store(), Desk::context(), m_edits.get());
        pane->resize(1200, 720);
        pane->show();
        if (!QTest::qWaitForWindowExposed(pane.get())
            || !QTest::qWaitFor([&] { return pane->setupModel()->isLoaded(); }, 10000))
            return nullptr;
        return pane;
    }

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    // The Staff page with `staffId` chosen, or nullptr when it does not get there.
    static StaffPage *showStaff(BusinessPane *pane, const QString &staffId)
    {
        pane->tabs()->setCurrentWidget(pane->staffPage());
        StaffPage *page = pane->staffPage();
        if (!QTest::qWaitFor([page] { return page->tableModel()->rowCount() == 3; }, 10000))
            return nullptr;
        page->selectStaff(staffId);
        return QTest::qWaitFor([&] { return page->currentStaffId() == staffId; }, 10000) ? page
                                                                                         : nullptr;
    }

    static void shot(QWidget *widget, const char *name)
    {
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOTS"))
            widget->grab().save(qEnvironmentVariable("CHAIRSIDE_SHOTS") + u'/'
                                + QString::fromLatin1(name) + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void servicePriceThroughTheForm()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        pane->tabs()->setCurrentWidget(pane->servicesPage());
        ServicesPage *page = pane->servicesPage();
        QTRY_COMPARE(page->tableModel()->rowCount(), 2);
        page->selectService(Desk::kCut);
        auto *name = child<QLineEdit>(page, "serviceNameEdit");
        auto *price = child<QDoubleSpinBox>(page, "servicePriceEdit");
        auto *save = child<QPushButton>(page, "serviceSaveButton");
        auto *notice = child<QLabel>(page, "serviceNotice");
        QTRY_COMPARE(name->text(), QStringLiteral("Cut & blow-dry"));
        QCOMPARE(price->value(), 450.0);
        QVERIFY(!save->isEnabled()); // nothing changed yet

        // A blank name is refused in the server's words and the typed price stays.
        name->clear();
        price->clear();
        QTest::keyClicks(price, QStringLiteral("480"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("The name cannot be empty."));
        QCOMPARE(price->value(), 480.0);
        QCOMPARE(value(QStringLiteral("SELECT price_minor FROM services WHERE id = '") + Desk::kCut
                       + u'\'')
                     .toLongLong(),
                 45000);

        QTest::keyClicks(name, QStringLiteral("Cut & blow-dry"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(value(QStringLiteral("SELECT price_minor FROM services WHERE id = '")
                           + Desk::kCut + u'\'')
                         .toLongLong(),
                     48000);
        QTRY_COMPARE(notice->text(), QStringLiteral("Service saved."));
        // The list shows the new price after the reload, and the form is clean again.
        const int row = page->tableModel()->rowOf(Desk::kCut);
        QTRY_COMPARE(page->tableModel()
                         ->index(row, ServiceTableModel::Price)
                         .data(RawValueRole)
                         .toLongLong(),
                     48000);
        QTRY_VERIFY(!save->isEnabled());
        shot(pane.get(), "business-services");
    }

    void workingHoursThroughTheEditor()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        StaffPage *page = showStaff(pane.get(), Desk::kBen);
        QVERIFY(page);
        child<QTabWidget>(page, "staffTabs")->setCurrentIndex(1);
        WorkingHoursEditor *editor = page->hoursEditor();
        const QString tuesday = QString::number(Desk::kDay.dayOfWeek());
        auto *end = editor->findChild<QTimeEdit *>(QStringLiteral("hoursEnd") + tuesday);
        auto *hasBreak = editor->findChild<QCheckBox *>(QStringLiteral("hoursBreak") + tuesday);
        auto *monday = editor->findChild<QCheckBox *>(QStringLiteral("hoursWorks1"));
        auto *save = child<QPushButton>(page, "hoursSaveButton");
        QCOMPARE(end->time(), QTime(18, 0));
        QVERIFY(!save->isEnabled());

        // Ben stops at 16:00 on Tuesdays, takes a break, and starts working Mondays.
        end->setTime(QTime(16, 0));
        hasBreak->setChecked(true);
        editor->findChild<QTimeEdit *>(QStringLiteral("hoursBreakStart") + tuesday)
            ->setTime(QTime(12, 30));
        editor->findChild<QTimeEdit *>(QStringLiteral("hoursBreakEnd") + tuesday)
            ->setTime(QTime(13, 0));
        monday->setChecked(true);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(value(QStringLiteral("SELECT start_minute || '-' || end_minute || ' ' || "
                                          "break_start_minute || '-' || break_end_minute FROM "
                                          "working_hours WHERE id = 'wh2'"))
                         .toString(),
                     QStringLiteral("600-960 750-780"));
        QTRY_COMPARE(value(QStringLiteral("SELECT start_minute || '-' || end_minute FROM "
                                          "working_hours WHERE staff_id = '")
                           + Desk::kBen
                           + QStringLiteral("' AND weekday = 1 AND deleted_at IS NULL"))
                         .toString(),
                     QStringLiteral("540-1020"));
        QTRY_COMPARE(child<QLabel>(page, "staffNotice")->text(),
                     QStringLiteral("Working hours saved."));
        QTRY_VERIFY(!save->isEnabled());
        const int row = page->tableModel()->rowOf(Desk::kBen);
        QTRY_VERIFY(page->tableModel()
                        ->index(row, StaffTableModel::Days)
                        .data()
                        .toString()
                        .contains(QLocale().dayName(1, QLocale::ShortFormat)));
        shot(pane.get(), "business-staff-hours");
    }

    // Ben only does cuts: "Every service" off, the colour unticked, saved with the details;
    // an empty list is refused (it would mean every service) and the ticks stay; every service
    // again clears his list.
    void servicesThroughTheStaffForm()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        StaffPage *page = showStaff(pane.get(), Desk::kBen);
        QVERIFY(page);
        auto *every = child<QCheckBox>(page, "staffEveryServiceCheck");
        auto *list = child<QListWidget>(page, "staffServicesList");
        auto *save = child<QPushButton>(page, "staffSaveButton");
        auto *notice = child<QLabel>(page, "staffNotice");
        const auto item = [list](const QString &id) -> QListWidgetItem * {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toString() == id)
                    return list->item(i);
            }
            return nullptr;
        };
        const auto live = [this] {
            return value(
                       QStringLiteral("SELECT count(*) || ':' || ifnull(group_concat(service_id), "
                                      "'') FROM staff_services WHERE deleted_at IS NULL AND "
                                      "staff_id = '")
                       + Desk::kBen + u'\'')
                .toString();
        };
        QVERIFY(every->isChecked());
        QVERIFY(!list->isEnabled());
        QCOMPARE(list->count(), 2);
        QVERIFY(!save->isEnabled());

        // Leaving "every service" starts from all of them ticked.
        QTest::mouseClick(every, Qt::LeftButton, {}, QPoint(6, every->height() / 2));
        QVERIFY(list->isEnabled());
        QCOMPARE(item(Desk::kCut)->checkState(), Qt::Checked);
        QCOMPARE(item(Desk::kColour)->checkState(), Qt::Checked);
        item(Desk::kColour)->setCheckState(Qt::Unchecked);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(live(), QStringLiteral("1:") + Desk::kCut);
        QTRY_COMPARE(notice->text(), QStringLiteral("Details saved."));
        QTRY_VERIFY(!save->isEnabled());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                      "'staff_services' AND action = 'staff_services.insert'"))
                     .toInt(),
                 1);

        // Someone else and back: the form shows the stored list.
        page->selectStaff(Desk::kAnna);
        QTRY_COMPARE(page->currentStaffId(), Desk::kAnna);
        QVERIFY(every->isChecked());
        page->selectStaff(Desk::kBen);
        QTRY_COMPARE(page->currentStaffId(), Desk::kBen);
        QTRY_VERIFY(!every->isChecked()); // once the setup has been read again
        QCOMPARE(item(Desk::kCut)->checkState(), Qt::Checked);
        QCOMPARE(item(Desk::kColour)->checkState(), Qt::Unchecked);
        shot(pane.get(), "business-staff-services");

        // Nothing ticked is refused, and what was typed stays.
        item(Desk::kCut)->setCheckState(Qt::Unchecked);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(notice->text(),
                     QStringLiteral("Tick the services this person does, or Every service."));
        QCOMPARE(item(Desk::kCut)->checkState(), Qt::Unchecked);
        QCOMPARE(live(), QStringLiteral("1:") + Desk::kCut);

        // Every service again.
        QTest::mouseClick(every, Qt::LeftButton, {}, QPoint(6, every->height() / 2));
        QVERIFY(every->isChecked());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(live(), QStringLiteral("0:"));
        QTRY_VERIFY(!save->isEnabled());
    }

    void hoursThatStrandABookingAskFirst()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        // The clock at midnight before kDay: Anna's 09:00 booking that day is upcoming.
        pane->submitter()->setClock([] { return Desk::at(Desk::kDay, 0, 0); });
        QStringList asked;
        bool answer = false;
        pane->submitter()->setConfirm([&](const QString &question) {
            asked.append(question);
            return answer;
        });
        StaffPage *page = pane->staffPage();
        pane->tabs()->setCurrentWidget(page);
        QTRY_COMPARE(page->tableModel()->rowCount(), 3);
        page->selectStaff(Desk::kAnna);
        QTRY_COMPARE(page->currentStaffId(), Desk::kAnna);
        const QString tuesday = QString::number(Desk::kDay.dayOfWeek());
        auto *start =
            page->hoursEditor()->findChild<QTimeEdit *>(QStringLiteral("hoursStart") + tuesday);
        auto *save = child<QPushButton>(page, "hoursSaveButton");
        auto *notice = child<QLabel>(page, "staffNotice");
        start->setTime(QTime(10, 0));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY2(asked.first().startsWith(QStringLiteral(
                     "1 upcoming appointment of Anna Smith would fall outside these hours")),
                 qPrintable(asked.first()));
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Not saved: the bookings were kept as they are."));
        QCOMPARE(start->time(), QTime(10, 0)); // the edit is still there to save or revert
        QVERIFY(save->isEnabled());
        QCOMPARE(value(QStringLiteral("SELECT start_minute FROM working_hours WHERE id = 'wh1'"))
                     .toInt(),
                 540);

        answer = true;
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(value(QStringLiteral("SELECT start_minute FROM working_hours WHERE id = "
                                          "'wh1'"))
                         .toInt(),
                     600);
        QCOMPARE(asked.size(), 2);
        QTRY_COMPARE(notice->text(), QStringLiteral("Working hours saved."));
    }

    // The profile shows the stored business (and changes it), and the pane fits a 1366 x 768
    // laptop screen inside the main window.
    void profileAndLaptopScreen()
    {
        QVERIFY(openStore());
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings settings(&qsettings);
        MainWindow window(store(), &settings, Desk::context(), MainWindow::DataSource::LocalDemo);
        window.resize(1366, 768);
        window.show();
        window.showPane(PaneId::Business);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pane = qobject_cast<BusinessPane *>(window.pane(PaneId::Business));
        QVERIFY(pane);
        QTRY_VERIFY(pane->setupModel()->isLoaded());
        auto *name = child<QLineEdit>(pane, "profileNameEdit");
        auto *email = child<QLineEdit>(pane, "profileEmailEdit");
        auto *save = child<QPushButton>(pane, "profileSaveButton");
        QTRY_COMPARE(name->text(), Desk::context().businessName);
        QCOMPARE(child<QLabel>(pane, "openingHours1")->text(), QStringLiteral("Closed"));
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("openingHours")
                                           + QString::number(Desk::kDay.dayOfWeek()))
                     ->text(),
                 QStringLiteral("09:00 – 18:00"));
        QVERIFY(!save->isEnabled());
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(
            least.width() <= 1366 && least.height() <= 768,
            qPrintable(QStringLiteral("at least %1 x %2").arg(least.width()).arg(least.height())));
        shot(&window, "business-profile");
        for (QWidget *page : {static_cast<QWidget *>(pane->staffPage()),
                              static_cast<QWidget *>(pane->servicesPage())}) {
            pane->tabs()->setCurrentWidget(page);
            QTest::qWait(50);
            shot(&window,
                 page == pane->staffPage() ? "business-staff" : "business-services-laptop");
        }
        pane->tabs()->setCurrentWidget(pane->profilePage());

        // A bad address is refused in the server's words; a good one is saved.
        email->setText(QStringLiteral("not an address"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto *notice = child<QLabel>(pane, "profileNotice");
        QTRY_COMPARE(notice->text(), QStringLiteral("That email address does not look right."));
        email->setText(QStringLiteral("hello@salon.example"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(value(QStringLiteral("SELECT email FROM businesses WHERE id = '")
                           + Desk::kBusiness + u'\'')
                         .toString(),
                     QStringLiteral("hello@salon.example"));
        QTRY_COMPARE(notice->text(), QStringLiteral("Profile saved."));
        QTRY_VERIFY(!save->isEnabled());
    }

    void onlyOwnersSeeThePane()
    {
        QVERIFY(openStore());
        QTemporaryDir dir;
        QSettings qsettings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings settings(&qsettings);
        for (StaffRole role : {StaffRole::Staff, StaffRole::Admin, StaffRole::Owner}) {
            BusinessContext context = Desk::context();
            context.role = role;
            MainWindow window(store(), &settings, context, MainWindow::DataSource::LocalDemo);
            const bool owner = role == StaffRole::Owner;
            QCOMPARE(window.isPaneAvailable(PaneId::Business), owner);
            QCOMPARE(window.pane(PaneId::Business) != nullptr, owner);
            window.showPane(PaneId::Business);
            QCOMPARE(window.currentPane() == PaneId::Business, owner);
            QCOMPARE(window.findChild<BusinessPane *>() != nullptr, owner);
            // Nor is there a way to it in the navigation.
            auto *navigation = window.findChild<QListWidget *>();
            QVERIFY(navigation);
            QCOMPARE(navigation->item(int(PaneId::Business))->isHidden(), !owner);
            QCOMPARE(navigation->item(int(PaneId::Business))->text(), QStringLiteral("Business"));
        }
    }
};

QTEST_MAIN(TestBusinessPane)
#include "tst_businesspane.moc"
