// The Notifications pane on a fixture store: the list, the unread header and the filter.
#include "models/notifications/NotificationListModel.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "ui/panes/NotificationsPane.h"

#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
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

const QString kBusiness = QStringLiteral("b1");

} // namespace

class TestNotificationsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listHeaderAndFilter()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chairside.sqlite"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        {
            QSqlDatabase d = Database::connectionForThisThread(path);
            QVERIFY(d.isOpen());
            insertRow(d, "businesses",
                      {{"id", kBusiness},
                       {"name", QStringLiteral("Salon")},
                       {"time_zone", QStringLiteral("Africa/Johannesburg")},
                       {"currency", QStringLiteral("ZAR")},
                       {"locale", QStringLiteral("en_ZA")},
                       {"updated_at", now}});
            insertRow(d, "staff_members",
                      {{"id", QStringLiteral("me")},
                       {"business_id", kBusiness},
                       {"display_name", QStringLiteral("Me")},
                       {"role", QStringLiteral("owner")},
                       {"updated_at", now}});
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
                insertRow(d, "notifications",
                          {{"id", QString::fromLatin1(n.id)},
                           {"business_id", kBusiness},
                           {"recipient_staff_id", QStringLiteral("me")},
                           {"kind", QStringLiteral("info")},
                           {"priority", QString::fromLatin1(n.priority)},
                           {"title", QString::fromLatin1(n.title)},
                           {"body", QStringLiteral("Details")},
                           {"created_at", now - n.ago},
                           {"read_at", n.read ? QVariant(now) : QVariant()},
                           {"dismissed", n.dismissed ? 1 : 0},
                           {"updated_at", now}});
        }
        Database::closeForThisThread(path);

        StoreExecutor store(path);
        BusinessContext context;
        context.businessId = kBusiness;
        context.timeZone = QTimeZone("Africa/Johannesburg");
        context.currency = QStringLiteral("ZAR");
        context.locale = QLocale(QStringLiteral("en_ZA"));
        context.staffId = QStringLiteral("me");

        NotificationsPane pane(&store, context);
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

        pane.findChild<QPushButton *>(QStringLiteral("filterUnread"))->click();
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QTRY_VERIFY(!pane.listModel()->isLoading());
        pane.findChild<QPushButton *>(QStringLiteral("filterAll"))->click();
        QTRY_COMPARE(list->model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestNotificationsPane)
#include "tst_notificationspane.moc"
