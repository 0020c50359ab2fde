#include "models/customers/CustomerAppointmentsModel.h"
#include "models/customers/CustomerListModel.h"
#include "models/customers/CustomerProfileLoader.h"
#include "models/customers/LoyaltyLedgerModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/CustomerRepository.h"
#include "store/repositories/CustomerSearch.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "tests/support/fixtures/ModelValues.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;

class TestCustomerModels : public DeskSalonTest
{
    Q_OBJECT

private:
    static QStringList names(const QAbstractItemModel &model)
    {
        return columnValues(model, CustomerListModel::NameColumn);
    }

private Q_SLOTS:
    void listShowsCustomersWithLoyalty()
    {
        QVERIFY(openStore());
        CustomerListModel model(store(), DeskSalon::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &CustomerListModel::reloaded);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(model.columnCount(), int(CustomerListModel::ColumnCount));
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Johan van der Merwe"), QStringLiteral("Priya Naidoo"),
                              QStringLiteral("Thandi Mokoena")}));
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(3), 10000);

        const int thandi = model.rowOf(DeskSalon::kThandi);
        QCOMPARE(thandi, 2);
        QCOMPARE(model.index(thandi, CustomerListModel::PointsColumn).data(RawValueRole),
                 QVariant(qint64(500)));
        QCOMPARE(model.index(thandi, CustomerListModel::PointsColumn).data().toString(),
                 QStringLiteral("500"));
        QVERIFY(model.index(thandi, CustomerListModel::PointsColumn)
                    .data(Qt::TextAlignmentRole)
                    .value<Qt::Alignment>()
                & Qt::AlignRight);
        QCOMPARE(model.index(thandi, CustomerListModel::TierColumn).data().toString(),
                 QStringLiteral("Silver")); // 700 lifetime points
        QCOMPARE(model.index(thandi, CustomerListModel::PhoneColumn).data().toString(),
                 QStringLiteral("+27 82 555 0101"));
        // The last completed visit: a2 is Priya's; Thandi's is a5, the evening before the day.
        QCOMPARE(model.index(thandi, CustomerListModel::LastVisitColumn).data(RawValueRole),
                 QVariant(DeskSalon::at(DeskSalon::kDay.addDays(-1), 23, 30)));
        QCOMPARE(model.index(0, CustomerListModel::LastVisitColumn).data(RawValueRole),
                 QVariant(qint64(0))); // Johan: never completed a visit
        QCOMPARE(model.index(0, CustomerListModel::TierColumn).data().toString(),
                 QStringLiteral("Bronze"));
    }

    void listSearches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("prefix") << QStringLiteral("pri")
                                << QStringList{QStringLiteral("Priya Naidoo")};
        QTest::newRow("surname") << QStringLiteral("mokoena")
                                 << QStringList{QStringLiteral("Thandi Mokoena")};
        QTest::newRow("later word")
            << QStringLiteral("van der") << QStringList{QStringLiteral("Johan van der Merwe")};
        QTest::newRow("e-mail") << QStringLiteral("priya@ex")
                                << QStringList{QStringLiteral("Priya Naidoo")};
        QTest::newRow("international phone")
            << QStringLiteral("+27 84 555") << QStringList{QStringLiteral("Johan van der Merwe")};
        QTest::newRow("local phone")
            << QStringLiteral("0825550101") << QStringList{QStringLiteral("Thandi Mokoena")};
        QTest::newRow("shared digits")
            << QStringLiteral("555")
            << QStringList{QStringLiteral("Johan van der Merwe"), QStringLiteral("Priya Naidoo"),
                           QStringLiteral("Thandi Mokoena")};
        QTest::newRow("no match") << QStringLiteral("xavier") << QStringList{};
        QTest::newRow("percent is literal") << QStringLiteral("%") << QStringList{};
        QTest::newRow("words in any order")
            << QStringLiteral("naidoo pri") << QStringList{QStringLiteral("Priya Naidoo")};
        QTest::newRow("spaces only")
            << QStringLiteral("   ")
            << QStringList{QStringLiteral("Johan van der Merwe"), QStringLiteral("Priya Naidoo"),
                           QStringLiteral("Thandi Mokoena")};
    }

    void listSearches()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QVERIFY(openStore());
        CustomerListModel model(store(), DeskSalon::context());
        QSignalSpy reloaded(&model, &CustomerListModel::reloaded);
        model.setSearchText(text);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(names(model), expected);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(expected.size()), 10000);
    }

    void searchReadsTheFullTextIndex()
    {
        // The search finds its customers through customer_search and fetches them by rowid: it
        // never walks the customers table (tst_customersearch checks what it finds).
        QVERIFY(openStore());
        fixture().stopExecutor();
        {
            QSqlDatabase db = fixture().database();
            const CustomerSearch search = CustomerSearch::fromText(QStringLiteral("tha"));
            QSqlQuery q(db);
            QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM customers c "
                                             "WHERE c.business_id = ? AND c.deleted_at IS NULL "
                                             "AND ")
                              + search.condition(u"c")));
            q.addBindValue(DeskSalon::context().businessId);
            for (const QVariant &value : search.bindValues())
                q.addBindValue(value);
            QVERIFY(q.exec());
            QString plan;
            while (q.next())
                plan += q.value(3).toString() + u'\n';
            QVERIFY2(plan.contains(QStringLiteral("customer_search VIRTUAL TABLE")),
                     qPrintable(plan));
            QVERIFY2(plan.contains(QStringLiteral("SEARCH c USING INTEGER PRIMARY KEY")),
                     qPrintable(plan));
        }
        fixture().closeDatabase();
    }

    void listSortsInSql()
    {
        QVERIFY(openStore());
        CustomerListModel model(store(), DeskSalon::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reloaded(&model, &CustomerListModel::reloaded);
        model.reload();
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        model.sort(CustomerListModel::PointsColumn, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Thandi Mokoena"), QStringLiteral("Priya Naidoo"),
                              QStringLiteral("Johan van der Merwe")}));
        model.sort(CustomerListModel::NameColumn, Qt::DescendingOrder);
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 3, 10000);
        QCOMPARE(names(model).first(), QStringLiteral("Thandi Mokoena"));
    }

    void listFetchesLazilyAndDropsStaleSearches()
    {
        QVERIFY(openStore(0, 650));
        // No tester here: it fetches more by itself after every change (see the next test).
        CustomerListModel model(store(), DeskSalon::context());
        QSignalSpy reloaded(&model, &CustomerListModel::reloaded);
        model.setSearchText(QStringLiteral("zz bulk"));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 1, 10000);
        QCOMPARE(model.rowCount(), CustomerListModel::kWindow);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalCount(), qint64(650), 10000);
        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
        }
        QCOMPARE(model.rowCount(), 650);
        QCOMPARE(model.index(649, 0).data().toString(), QStringLiteral("Zz Bulk 0649"));

        // Two searches typed quickly: the second wins, the first reply is dropped.
        model.setSearchText(QStringLiteral("zz bulk 01"));
        model.setSearchText(QStringLiteral("thandi"));
        QTRY_COMPARE_WITH_TIMEOUT(reloaded.size(), 2, 10000);
        store()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(reloaded.size(), 2);
        QCOMPARE(names(model), QStringList{QStringLiteral("Thandi Mokoena")});
    }

    void listGrowsUnderTheTester()
    {
        QVERIFY(openStore(0, 650));
        CustomerListModel model(store(), DeskSalon::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= CustomerListModel::kWindow, 10000);
        while (model.canFetchMore(QModelIndex())) {
            const int before = model.rowCount();
            model.fetchMore(QModelIndex());
            QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before || !model.canFetchMore({}), 10000);
        }
        QCOMPARE(model.rowCount(), 653);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Johan van der Merwe"));
    }

    void profileReadsEverythingInOneCall()
    {
        QVERIFY(openStore());
        fixture().stopExecutor();
        const qint64 now = DeskSalon::at(DeskSalon::kDay, 9, 30);
        {
            QSqlDatabase db = fixture().database();
            CustomerProfileResult result =
                CustomerRepository(db).profile(DeskSalon::kBusiness, DeskSalon::kThandi, now);
            QVERIFY(!result.error);
            QVERIFY(result.profile);
            const CustomerProfile &p = *result.profile;
            QCOMPARE(p.fullName, QStringLiteral("Thandi Mokoena"));
            QVERIFY(p.consentWhatsApp);
            QVERIFY(!p.consentSms);
            QVERIFY(p.consentEmail);
            QCOMPARE(p.allergyNotes, QStringLiteral("Latex"));
            QCOMPARE(p.referralCode, QStringLiteral("THANDI10"));
            QCOMPARE(p.visits, 2);  // a5, a7
            QCOMPARE(p.noShows, 1); // a8
            QCOMPARE(p.lateCancels, 0);
            QCOMPARE(p.totalSpendMinor, qint64(40000 + 90000));
            QCOMPARE(p.lastVisitAt, DeskSalon::at(DeskSalon::kDay.addDays(-1), 23, 30));
            // a1 started at 09:00, before `now`: history. a4 at 14:00: upcoming.
            QCOMPARE(p.upcoming.size(), 1);
            QCOMPARE(p.upcoming[0].id, QStringLiteral("a4"));
            QCOMPARE(p.history.size(), 4);
            QCOMPARE(p.history[0].id, QStringLiteral("a1")); // latest first
            QCOMPARE(p.loyalty.balance, qint64(500));
            QCOMPARE(p.loyalty.lifetimePoints, qint64(700));
            QCOMPARE(p.tiers.size(), 3);
            QCOMPARE(p.ledger.size(), 3);
            QCOMPARE(p.ledger[0].kindKey, QStringLiteral("redeem"));
            QCOMPARE(p.ledger[0].points, qint64(-200));

            // Johan's cancellation came three hours before the start: a late cancel.
            CustomerProfileResult johan =
                CustomerRepository(db).profile(DeskSalon::kBusiness, DeskSalon::kJohan, now);
            QVERIFY(johan.profile);
            QCOMPARE(johan.profile->lateCancels, 1);
            QCOMPARE(johan.profile->visits, 0);

            // Another business cannot read the customer.
            CustomerProfileResult other = CustomerRepository(db).profile(
                QStringLiteral("someone-else"), DeskSalon::kThandi, now);
            QVERIFY(!other.error);
            QVERIFY(!other.profile);
        }
        fixture().closeDatabase();
    }

    void profileLoaderFillsItsTables()
    {
        QVERIFY(openStore());
        CustomerProfileLoader loader(store(), DeskSalon::context());
        QAbstractItemModelTester upcomingTester(
            loader.upcomingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester historyTester(
            loader.historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester ledgerTester(
            loader.ledgerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&loader, &CustomerProfileLoader::profileLoaded);
        loader.load(DeskSalon::kThandi);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 10000);
        QVERIFY(loader.profile());
        QCOMPARE(loader.profile()->loyalty.balance, qint64(500));

        LoyaltyLedgerModel *ledger = loader.ledgerModel();
        QCOMPARE(ledger->rowCount(), 3);
        QCOMPARE(ledger->columnCount(), int(LoyaltyLedgerModel::ColumnCount));
        QCOMPARE(ledger->index(0, LoyaltyLedgerModel::KindColumn).data().toString(),
                 QStringLiteral("Redeemed"));
        QCOMPARE(ledger->index(0, LoyaltyLedgerModel::PointsColumn).data().toString(),
                 QStringLiteral("-200"));
        QCOMPARE(ledger->index(1, LoyaltyLedgerModel::PointsColumn).data().toString(),
                 QStringLiteral("+100"));
        QCOMPARE(ledger->index(1, LoyaltyLedgerModel::ReasonColumn).data().toString(),
                 QStringLiteral("Birthday"));

        // The fixture's day lies in the past, so everything is history.
        CustomerAppointmentsModel *history = loader.historyModel();
        QCOMPARE(loader.upcomingModel()->rowCount(), 0);
        QCOMPARE(history->rowCount(), 5);
        QCOMPARE(history->index(0, CustomerAppointmentsModel::StatusColumn).data().toString(),
                 QStringLiteral("Requested"));
        QCOMPARE(history->index(0, CustomerAppointmentsModel::StaffColumn).data().toString(),
                 QStringLiteral("Gone Person"));

        // A stale answer never replaces a newer customer.
        QSignalSpy missing(&loader, &CustomerProfileLoader::profileMissing);
        loader.load(DeskSalon::kPriya);
        loader.load(QStringLiteral("no-such-customer"));
        QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, 10000);
        store()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(ledger->rowCount(), 0);
    }
};

QTEST_MAIN(TestCustomerModels)
#include "tst_customermodels.moc"
