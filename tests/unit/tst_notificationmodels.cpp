// Which notifications the list shows (not dismissed, not expired, addressed to me or to all)
// and in what order, against a fixture store.
#include "models/ModelRoles.h"
#include "models/notifications/NotificationListModel.h"
#include "models/notifications/PriorityStyle.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "store/repositories/NotificationRepository.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <memory>
#include <utility>

using namespace Chairside;

namespace {

using Row = std::initializer_list<std::pair<const char *, QVariant>>;

void insertRow(QSqlDatabase &db, const char *table, Row values)
{
    QStringList columns;
    QStringList marks;
    for (const auto &[column, value] : values) {
        columns.append(QString::fromLatin1(column));
        marks.append(QStringLiteral("?"));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(QString::fromLatin1(table), columns.join(u','), marks.join(u',')));
    for (const auto &[column, value] : values)
        q.addBindValue(value);
    if (!q.exec())
        qFatal("insert into %s failed: %s", table, qPrintable(q.lastError().text()));
}

constexpr qint64 kNow = 1'795'000'000;
const QString kBusiness = QStringLiteral("b1");
const QString kMe = QStringLiteral("me");

} // namespace

class TestNotificationModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreExecutor> m_store;

    BusinessContext context() const
    {
        BusinessContext c;
        c.businessId = kBusiness;
        c.timeZone = QTimeZone("Africa/Johannesburg");
        c.currency = QStringLiteral("ZAR");
        c.locale = QLocale(QStringLiteral("en_ZA"));
        c.staffId = kMe;
        return c;
    }

    void add(QSqlDatabase &d, const char *id, const QVariant &recipient, const char *priority,
             qint64 createdAgo, const QVariant &readAt = {}, const QVariant &expiresAt = {},
             int dismissed = 0, const QVariant &deletedAt = {})
    {
        insertRow(d, "notifications",
                  {{"id", QString::fromLatin1(id)},
                   {"business_id", kBusiness},
                   {"recipient_staff_id", recipient},
                   {"kind", QStringLiteral("handoff")},
                   {"priority", QString::fromLatin1(priority)},
                   {"title", QString(QStringLiteral("Title ") + QString::fromLatin1(id))},
                   {"body", QString(QStringLiteral("Body of\n") + QString::fromLatin1(id))},
                   {"created_at", kNow - createdAgo},
                   {"read_at", readAt},
                   {"expires_at", expiresAt},
                   {"dismissed", dismissed},
                   {"updated_at", kNow},
                   {"deleted_at", deletedAt}});
    }

    static QStringList ids(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, 0).data(IdRole).toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("chairside.sqlite"));
        QSqlDatabase d = Database::connectionForThisThread(m_path);
        QVERIFY(d.isOpen());
        insertRow(d, "businesses",
                  {{"id", kBusiness},
                   {"name", QStringLiteral("Salon")},
                   {"time_zone", QStringLiteral("Africa/Johannesburg")},
                   {"currency", QStringLiteral("ZAR")},
                   {"locale", QStringLiteral("en_ZA")},
                   {"updated_at", kNow}});
        for (const char *staff : {"me", "someone"})
            insertRow(d, "staff_members",
                      {{"id", QString::fromLatin1(staff)},
                       {"business_id", kBusiness},
                       {"display_name", QString::fromLatin1(staff)},
                       {"role", QStringLiteral("staff")},
                       {"updated_at", kNow}});
        add(d, "n1", kMe, "normal", 3600);                     // unread, mine
        add(d, "n2", kMe, "high", 2 * 3600, kNow - 60);        // read
        add(d, "n3", kMe, "urgent", 60, {}, {}, 1);            // dismissed
        add(d, "n4", kMe, "urgent", 120, {}, kNow - 10);       // expired
        add(d, "n5", QStringLiteral("someone"), "urgent", 30); // someone else's
        add(d, "n6", {}, "urgent", 300);                       // to everyone
        add(d, "n7", kMe, "low", 90, {}, {}, 0, kNow - 5);     // deleted
        add(d, "n8", kMe, "low", 3 * 3600, {}, kNow + 3600);   // expires later
        m_store = std::make_unique<StoreExecutor>(m_path);
    }

    void cleanupTestCase()
    {
        m_store.reset();
        Database::closeForThisThread(m_path);
    }

    void repositoryFiltersAndPages()
    {
        QSqlDatabase d = Database::connectionForThisThread(m_path);
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
        NotificationListModel model(m_store.get(), context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy unread(&model, &NotificationListModel::unreadCountChanged);
        model.setClock([] { return kNow; });
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(ids(model), (QStringList{QStringLiteral("n6"), QStringLiteral("n1"),
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
        QCOMPARE(ids(model),
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
