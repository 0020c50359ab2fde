// The Notifications pane on a fixture store: the list, the unread header and the filter.
#include "models/notifications/NotificationListModel.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/FixtureContext.h"
#include "tests/support/fixtures/StoreFixture.h"
#include "ui/panes/NotificationsPane.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;

namespace {

const BusinessRecord kSalon{.id = QStringLiteral("b1"), .name = QStringLiteral("Salon")};

} // namespace

class TestNotificationsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listHeaderAndFilter()
    {
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const bool written = fixture.write(kSalon, now, [now](RowWriter &w) {
            w.staff({.id = QStringLiteral("me"),
                     .name = QStringLiteral("Me"),
                     .role = QStringLiteral("owner")});
            const struct
            {
                const char *id;
                const char *priority;
                const char *title;
                qint64 ago;
                bool read;
                bool dismissed;
            } rows[] = {
                {"n1", "urgent", "Handoff waiting over 2 hours", 600, false, false},
                {"n2", "normal", "Tomorrow's reminders sent", 3600, false, false},
                {"n3", "low", "Weekly summary ready", 7200, true, false},
                {"n4", "high", "Dismissed already", 60, false, true},
            };
            for (const auto &n : rows)
                w.notification({.id = QString::fromLatin1(n.id),
                                .recipientStaffId = QStringLiteral("me"),
                                .priority = QString::fromLatin1(n.priority),
                                .title = QString::fromLatin1(n.title),
                                .body = QStringLiteral("Details"),
                                .createdAt = now - n.ago,
                                .readAt = n.read ? std::optional(now) : std::nullopt,
                                .dismissed = n.dismissed});
        });
        QVERIFY(written);

        const BusinessContext context = contextFor(kSalon, QStringLiteral("me"));
        NotificationsPane pane(fixture.executor(), context);
        pane.resize(1240, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *list = pane.findChild<QTableView *>(QStringLiteral("notificationList"));
        auto *unread = pane.findChild<QLabel *>(QStringLiteral("unreadCount"));
        QVERIFY(list && unread);
        QTRY_COMPARE(list->model()->rowCount(), 3);
        QCOMPARE(list->model()->index(0, NotificationListModel::TitleColumn).data().toString(),
                 QStringLiteral("Handoff waiting over 2 hours"));
        QTRY_COMPARE(unread->text(), QStringLiteral("2 unread"));

        auto *empty = pane.findChild<QLabel *>(QStringLiteral("notificationListEmpty"));
        QVERIFY(empty);
        QVERIFY(empty->isHidden());
        pane.findChild<QPushButton *>(QStringLiteral("filterUnread"))->click();
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QTRY_VERIFY(!pane.listModel()->isLoading());
        QVERIFY(empty->isHidden());

        // Everything read (here on another desk, come in by sync): the unread list says so
        // rather than showing a blank table.
        const bool marked =
            fixture.executor()
                ->run([now](QSqlDatabase &db) {
                    QSqlQuery update(db);
                    update.prepare(QStringLiteral(
                        "UPDATE notifications SET read_at = ? WHERE read_at IS NULL"));
                    update.addBindValue(now);
                    return update.exec();
                })
                .result();
        QVERIFY(marked);
        fixture.executor()->notifyTablesChanged({QStringLiteral("notifications")});
        QTRY_COMPARE(list->model()->rowCount(), 0);
        QTRY_VERIFY(!empty->isHidden());
        QCOMPARE(empty->text(), QStringLiteral("Nothing unread. You are all caught up."));
        QCOMPARE(empty->parentWidget(), list->viewport());
        pane.findChild<QPushButton *>(QStringLiteral("filterAll"))->click();
        QTRY_COMPARE(list->model()->rowCount(), 3);
        QTRY_VERIFY(empty->isHidden());
    }
};

QTEST_MAIN(TestNotificationsPane)
#include "tst_notificationspane.moc"
