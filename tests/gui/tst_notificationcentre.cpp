// The notifications centre in the main window on the generated demo salon: mark read, dismiss
// and open sync through the desk's edits into the cache, the unread count follows in the pane
// header and the navigation, expired ones stay hidden, and only new urgent ones alert.
#include "models/notifications/NotificationListModel.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"
#include "tests/support/demodesk/DemoDesk.h"
#include "ui/MainWindow.h"
#include "ui/appointments/AppointmentDetailsDialog.h"
#include "ui/notifications/DeskAlerts.h"
#include "ui/panes/AppointmentsPane.h"
#include "ui/panes/NotificationsPane.h"

#include <QDateTime>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Chairside;

namespace {

const QString kOpen = QStringLiteral("c0000000-0000-4000-8000-000000000001");
const QString kRead = QStringLiteral("c0000000-0000-4000-8000-000000000002");
const QString kDismiss = QStringLiteral("c0000000-0000-4000-8000-000000000003");
const QString kExpired = QStringLiteral("c0000000-0000-4000-8000-000000000004");
const QString kLater = QStringLiteral("c0000000-0000-4000-8000-000000000005");

} // namespace

class TestNotificationCentre : public QObject
{
    Q_OBJECT

private:
    Fixtures::DemoDesk m_desk;
    BusinessContext m_context;
    QString m_appointmentId;

    bool insert(const QString &id, const QString &priority, qint64 createdAt, qint64 expiresAt,
                const QString &url)
    {
        return m_desk.store()
            ->run([=, business = m_context.businessId](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "INSERT INTO notifications (id, business_id, kind, priority, title, body, "
                    "action_url, created_at, expires_at, updated_at) "
                    "VALUES (?, ?, 'test', ?, ?, 'Body', ?, ?, ?, ?)"));
                q.addBindValue(id);
                q.addBindValue(business);
                q.addBindValue(priority);
                q.addBindValue(QString(QStringLiteral("Test ") + id.right(1)));
                q.addBindValue(url.isEmpty() ? QVariant() : QVariant(url));
                q.addBindValue(createdAt);
                q.addBindValue(expiresAt > 0 ? QVariant(expiresAt) : QVariant());
                q.addBindValue(createdAt);
                return q.exec();
            })
            .result();
    }

    QVariantList cached(const QString &id)
    {
        return m_desk.store()
            ->run([id](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral(
                    "SELECT COALESCE(read_at, 0), dismissed FROM notifications WHERE id = ?"));
                q.addBindValue(id);
                if (!q.exec() || !q.next())
                    return QVariantList();
                return QVariantList{q.value(0), q.value(1)};
            })
            .result();
    }

    static int rowOf(NotificationListModel *model, const QString &id)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->notificationAt(row).id == id)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_desk.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_context = m_desk.context();
        m_appointmentId = m_desk.store()
                              ->run([](QSqlDatabase &db) {
                                  QSqlQuery q(db);
                                  q.exec(QStringLiteral("SELECT id FROM appointments LIMIT 1"));
                                  return q.next() ? q.value(0).toString() : QString();
                              })
                              .result();
        QVERIFY(!m_appointmentId.isEmpty());
        // Newer than the demo's own: the first rows of the list.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(insert(kOpen, QStringLiteral("urgent"), now + 30, 0,
                       QStringLiteral("chairside://appointment/") + m_appointmentId));
        QVERIFY(insert(kRead, QStringLiteral("normal"), now + 20, 0, {}));
        QVERIFY(insert(kDismiss, QStringLiteral("low"), now + 10, 0, {}));
        QVERIFY(insert(kExpired, QStringLiteral("high"), now + 40, now - 5, {}));
    }

    void markDismissOpenAndAlerts()
    {
        MainWindow window(m_desk.store(), m_desk.settings(), m_context);
        QSignalSpy alerts(window.alerts(), &DeskAlerts::alert);
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPane(PaneId::Notifications);
        auto *pane = qobject_cast<NotificationsPane *>(window.pane(PaneId::Notifications));
        QVERIFY(pane);
        NotificationListModel *model = pane->listModel();
        auto *list = pane->findChild<QTableView *>(QStringLiteral("notificationList"));
        auto *header = pane->findChild<QLabel *>(QStringLiteral("unreadCount"));
        auto *navigation = window.findChild<QListWidget *>();
        QVERIFY(list && header && navigation);
        QTRY_VERIFY(model->rowCount() > 3 && !model->isLoading());
        QTRY_VERIFY(window.alerts()->unreadCount() >= 3);
        QCOMPARE(model->notificationAt(0).id, kOpen);
        QCOMPARE(rowOf(model, kExpired), -1);

        const qint64 unread = model->unreadCount();
        QCOMPARE(window.alerts()->unreadCount(), unread);
        QVERIFY(header->text().contains(QString::number(unread)));
        QTRY_VERIFY(navigation->item(int(PaneId::Notifications))
                        ->text()
                        .contains(QStringLiteral("(%1)").arg(unread)));

        // Mark read.
        list->setCurrentIndex(model->index(rowOf(model, kRead), 0));
        auto *markRead = pane->findChild<QPushButton *>(QStringLiteral("markRead"));
        QVERIFY(markRead->isEnabled());
        markRead->click();
        QTRY_COMPARE(model->unreadCount(), unread - 1);
        QVERIFY(cached(kRead).value(0).toLongLong() > 0);
        QTRY_COMPARE(window.alerts()->unreadCount(), unread - 1);
        QTRY_VERIFY(header->text().contains(QString::number(unread - 1)));
        QTRY_VERIFY(navigation->item(int(PaneId::Notifications))
                        ->text()
                        .contains(QStringLiteral("(%1)").arg(unread - 1)));

        // The selection stays on it across the reload.
        QTRY_VERIFY(!model->isLoading() && list->currentIndex().isValid());
        QCOMPARE(model->notificationAt(list->currentIndex().row()).id, kRead);

        // Dismiss (the Delete key): gone from the list, read and dismissed in the cache.
        QTRY_VERIFY(rowOf(model, kDismiss) >= 0 && !model->isLoading());
        list->setFocus();
        list->setCurrentIndex(model->index(rowOf(model, kDismiss), 0));
        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_COMPARE(rowOf(model, kDismiss), -1);
        QCOMPARE(cached(kDismiss).value(1).toInt(), 1);
        QTRY_COMPARE(model->unreadCount(), unread - 2);

        // Open (Enter): the appointment's details over the calendar, and the notification read.
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(model->notificationAt(0).id, kOpen);
        list->setFocus();
        list->setCurrentIndex(model->index(0, NotificationListModel::TitleColumn));
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(window.currentPane(), PaneId::Appointments);
        auto *dialog =
            window.findChild<AppointmentDetailsDialog *>(QStringLiteral("linkedAppointment"));
        QVERIFY(dialog);
        // Behind the details the calendar shows the booking's day.
        QTRY_VERIFY(dialog->isLoaded());
        auto *appointments = qobject_cast<AppointmentsPane *>(window.pane(PaneId::Appointments));
        QVERIFY(appointments);
        QCOMPARE(appointments->shownDate(),
                 QDateTime::fromSecsSinceEpoch(dialog->details().appointment.startsAt,
                                               m_context.timeZone)
                     .date());
        QTRY_VERIFY(cached(kOpen).value(0).toLongLong() > 0);
        QTRY_COMPARE(model->unreadCount(), unread - 3);
        dialog->close();

        // The urgent one there at start never alerted; a new one does, once.
        auto notices = [&alerts] {
            int count = 0;
            for (const auto &args : std::as_const(alerts)) {
                if (args.at(0).value<DeskAlert>().kind == DeskAlert::Kind::Notice)
                    ++count;
            }
            return count;
        };
        QCOMPARE(notices(), 0);
        QVERIFY(insert(kLater, QStringLiteral("high"), QDateTime::currentSecsSinceEpoch(), 0,
                       QStringLiteral("chairside://handoff/none")));
        m_desk.store()->notifyTablesChanged({QStringLiteral("notifications")});
        QTRY_COMPARE(notices(), 1);
        m_desk.store()->notifyTablesChanged({QStringLiteral("notifications")});
        QTest::qWait(200);
        m_desk.store()->waitForIdle();
        QTest::qWait(50);
        QCOMPARE(notices(), 1);

        // Mark all read: every visible one, in the cache too.
        QTRY_VERIFY(!model->isLoading() && model->unreadCount() > 0);
        auto *markAll = pane->findChild<QPushButton *>(QStringLiteral("markAllRead"));
        QTRY_VERIFY(markAll->isEnabled());
        markAll->click();
        QTRY_COMPARE(model->unreadCount(), 0);
        QTRY_COMPARE(window.alerts()->unreadCount(), 0);
        QCOMPARE(cached(kLater).value(0).toLongLong() > 0, true);
        QTRY_VERIFY(!navigation->item(int(PaneId::Notifications))->text().contains(u'('));
    }
};

QTEST_MAIN(TestNotificationCentre)
#include "tst_notificationcentre.moc"
