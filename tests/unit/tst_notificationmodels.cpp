// Which notifications the list shows (not dismissed, not expired, addressed to me or to all)
// and in what order, against a fixture store.
#include "models/ModelRoles.h"
#include "models/notifications/NotificationListModel.h"
#include "models/notifications/PriorityStyle.h"
#include "store/StoreExecutor.h"
#include "store/repositories/NotificationRepository.h"
#include "tests/support/fixtures/FixtureContext.h"
#include "tests/support/fixtures/ModelValues.h"
#include "tests/support/fixtures/StoreFixture.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Chairside;
using namespace Chairside::Fixtures;

namespace {

constexpr qint64 kNow = 1'795'000'000;
const QString kBusiness = QStringLiteral("b1");
const QString kMe = QStringLiteral("me");

} // namespace

class TestNotificationModels : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fixture;

    BusinessContext context() const { return contextFor({.id = kBusiness}, kMe); }

    void add(RowWriter &w, const char *id, const QString &recipient, const char *priority,
             qint64 createdAgo, std::optional<qint64> readAt = {},
             std::optional<qint64> expiresAt = {}, bool dismissed = false,
             std::optional<qint64> deletedAt = {})
    {
        w.notification({.id = QString::fromLatin1(id),
                        .recipientStaffId = recipient,
                        .kind = QStringLiteral("handoff"),
                        .priority = QString::fromLatin1(priority),
                        .title = QString(QStringLiteral("Title ") + QString::fromLatin1(id)),
                        .body = QString(QStringLiteral("Body of\n") + QString::fromLatin1(id)),
                        .createdAt = kNow - createdAgo,
                        .readAt = readAt,
                        .expiresAt = expiresAt,
                        .dismissed = dismissed,
                        .deletedAt = deletedAt});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.isValid());
        RowWriter d = m_fixture.writer(kBusiness, kNow);
        d.business({.name = QStringLiteral("Salon")});
        for (const char *staff : {"me", "someone"})
            d.staff({.id = QString::fromLatin1(staff)});
        add(d, "n1", kMe, "normal", 3600);                     // unread, mine
        add(d, "n2", kMe, "high", 2 * 3600, kNow - 60);        // read
        add(d, "n3", kMe, "urgent", 60, {}, {}, true);         // dismissed
        add(d, "n4", kMe, "urgent", 120, {}, kNow - 10);       // expired
        add(d, "n5", QStringLiteral("someone"), "urgent", 30); // someone else's
        add(d, "n6", {}, "urgent", 300);                       // to everyone
        add(d, "n7", kMe, "low", 90, {}, {}, false, kNow - 5); // deleted
        add(d, "n8", kMe, "low", 3 * 3600, {}, kNow + 3600);   // expires later
        QVERIFY2(d.ok(), qPrintable(d.error()));
    }

    void repositoryFiltersAndPages()
    {
        QSqlDatabase d = m_fixture.database();
        NotificationRepository repository(d);
        const NotificationWindow all =
            repository.window(kBusiness, kMe, false, kNow, std::nullopt, 10);
        QVERIFY(!all.error);
        QStringList got;
        for (const NotificationRow &row : all.rows)
            got.append(row.id);
        QCOMPARE(got, (QStringList{QStringLiteral("n6"), QStringLiteral("n1"), QStringLiteral("n2"),
                                   QStringLiteral("n8")}));
        QVERIFY(all.atEnd);
        QCOMPARE(repository.unreadCount(kBusiness, kMe, kNow), 3);
        // After n8's expiry it disappears.
        QCOMPARE(repository.unreadCount(kBusiness, kMe, kNow + 7200), 2);

        const NotificationWindow page =
            repository.window(kBusiness, kMe, false, kNow, std::nullopt, 2);
        QCOMPARE(page.rows.size(), 2);
        QVERIFY(!page.atEnd);
        const NotificationWindow rest = repository.window(
            kBusiness, kMe, false, kNow,
            NotificationCursor{page.rows.constLast().createdAt, page.rows.constLast().id}, 2);
        QCOMPARE(rest.rows.size(), 2);
        QCOMPARE(rest.rows.at(0).id, QStringLiteral("n2"));
        QVERIFY(rest.atEnd);
    }

    void modelAllAndUnread()
    {
        NotificationListModel model(m_fixture.executor(), context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&model, &NotificationListModel::unreadCountChanged);
        model.setClock([] { return kNow; });
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("n6"), QStringLiteral("n1"),
                                            QStringLiteral("n2"), QStringLiteral("n8")}));
        QCOMPARE(model.unreadCount(), 3);
        QCOMPARE(unread.count(), 1);

        // Text and icon for the priority; unread titles bold, read ones not.
        QCOMPARE(model.index(0, NotificationListModel::PriorityColumn).data().toString(),
                 QStringLiteral("Urgent"));
        QVERIFY(!model.index(0, NotificationListModel::PriorityColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QVERIFY(model.index(1, NotificationListModel::TitleColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .bold());
        QVERIFY(!model.index(2, NotificationListModel::TitleColumn).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(1, NotificationListModel::BodyColumn).data().toString(),
                 QStringLiteral("Body of n1")); // one line in the list
        // "d MMM, HH:mm" in the business's zone (UTC+2).
        const QDateTime n1 =
            QDateTime::fromSecsSinceEpoch(kNow - 3600, QTimeZone("Africa/Johannesburg"));
        QCOMPARE(model.index(1, NotificationListModel::TimeColumn).data().toString(),
                 QLocale(QStringLiteral("en_ZA")).toString(n1, QStringLiteral("d MMM, HH:mm")));
        QCOMPARE(n1.offsetFromUtc(), 7200);

        model.setUnreadOnly(true);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(idsOf(model),
                 (QStringList{QStringLiteral("n6"), QStringLiteral("n1"), QStringLiteral("n8")}));
        model.setUnreadOnly(false);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 4);
    }

    void priorityMapping()
    {
        QCOMPARE(priorityFromKey(u"urgent"), PriorityLevel::Urgent);
        QCOMPARE(priorityFromKey(u"low"), PriorityLevel::Low);
        QCOMPARE(priorityFromKey(u"whatever"), PriorityLevel::Normal);
        QCOMPARE(priorityFromHandoff(1), PriorityLevel::Urgent);
        QCOMPARE(priorityFromHandoff(2), PriorityLevel::High);
        QCOMPARE(priorityFromHandoff(3), PriorityLevel::Normal);
        QCOMPARE(priorityFromHandoff(4), PriorityLevel::Low);
    }
};

QTEST_MAIN(TestNotificationModels)
#include "tst_notificationmodels.moc"
