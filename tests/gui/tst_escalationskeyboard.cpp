// The Escalations pane on the generated demo salon, driven from the keyboard the way an admin
// works the queue: J/K and Ctrl+Down/Up move, C claims (and is told who has it when someone
// else does), R goes to the reply box and Ctrl+Enter queues the reply, E resolves with an
// outcome and "resolve and next" opens the next handoff. Also: the queue's order is the one
// core/ defines, a new handoff raises the badge and the notification signal, the offline
// notice, and a staff member never gets the pane or its data.
#include "core/escalations/HandoffQueueOrder.h"
#include "models/ModelRoles.h"
#include "models/common/DeskEdits.h"
#include "models/escalations/HandoffQueueModel.h"
#include "models/escalations/HandoffWatch.h"
#include "models/escalations/TranscriptModel.h"
#include "store/AppSettings.h"
#include "store/StoreExecutor.h"
#include "tests/support/demodesk/DemoDesk.h"
#include "ui/MainWindow.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/escalations/ResolveHandoffDialog.h"
#include "ui/escalations/StatTile.h"
#include "ui/panes/EscalationsPane.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Chairside;

class TestEscalationsKeyboard : public QObject
{
    Q_OBJECT

    Fixtures::DemoDesk m_desk{QDate(2026, 11, 22)};
    BusinessContext m_context;

    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        std::optional<QVariant> answer;
        m_desk.store()->run(
            this,
            [sql, binds](QSqlDatabase &db) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (const QVariant &bind : binds)
                    query.addBindValue(bind);
                return query.exec() && query.next() ? query.value(0)
                                                    : QVariant(QStringLiteral("<none>"));
            },
            [&answer](QVariant v) { answer = v; });
        return QTest::qWaitFor([&] { return answer.has_value(); }, 10000) ? *answer : QVariant();
    }

    bool exec(const QString &sql, const QVariantList &binds)
    {
        std::optional<bool> done;
        m_desk.store()->run(
            this,
            [sql, binds](QSqlDatabase &db) {
                QSqlQuery query(db);
                query.prepare(sql);
                for (const QVariant &bind : binds)
                    query.addBindValue(bind);
                return query.exec();
            },
            [&done](bool ok) { done = ok; });
        return QTest::qWaitFor([&] { return done.has_value(); }, 10000) && *done;
    }

    static int firstRow(HandoffQueueModel *queue, const std::function<bool(const HandoffRow &)> &f)
    {
        for (int row = 0; row < queue->rowCount(); ++row) {
            if (f(queue->handoffAt(row)))
                return row;
        }
        return -1;
    }

    // CHAIRSIDE_SHOTS=dir: pictures of the pane and the dialog, to look at.
    static void shot(QWidget *widget, const char *name)
    {
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOTS"))
            widget->grab().save(qEnvironmentVariable("CHAIRSIDE_SHOTS") + u'/'
                                + QString::fromLatin1(name) + QStringLiteral(".png"));
    }

    static void select(QTableView *view, int row)
    {
        view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect
                                                    | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_desk.open();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_context = m_desk.context();
    }

    void keyboardFlow()
    {
        BusinessContext admin = m_context;
        admin.role = StaffRole::Admin;
        DeskEdits edits(m_desk.store(), LocalActor{admin.staffId, admin.role},
                        Outbox::Mode::LocalOnly);
        EscalationsPane pane(m_desk.store(), &edits, admin);
        pane.resize(1366, 860);
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(QTest::qWaitForWindowActive(&pane));

        auto *queueView = pane.findChild<QTableView *>(QStringLiteral("handoffQueue"));
        auto *replyBox = pane.findChild<QPlainTextEdit *>(QStringLiteral("replyBox"));
        QVERIFY(queueView && replyBox);
        HandoffQueueModel *queue = pane.queueModel();
        QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() >= 4, 10000);
        QTRY_COMPARE(pane.selectedHandoffId(), queue->handoffAt(0).id);

        // The queue is in the order core/ defines, and its clock knows the opening hours.
        for (int row = 1; row < queue->rowCount(); ++row) {
            const auto key = [queue](int r) {
                const HandoffRow &h = queue->handoffAt(r);
                return HandoffQueueKey{h.resolved, h.priority, h.createdAt, h.resolvedAt, h.id};
            };
            QVERIFY(!handoffQueueLess(key(row), key(row - 1)));
        }
        QVERIFY(!queue->businessHours().isUnknown());

        // Next / previous.
        queueView->setFocus();
        QTest::keyClick(queueView, Qt::Key_J);
        QCOMPARE(pane.selectedHandoffId(), queue->handoffAt(1).id);
        QTest::keyClick(queueView, Qt::Key_K);
        QCOMPARE(pane.selectedHandoffId(), queue->handoffAt(0).id);
        QTest::keyClick(queueView, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(pane.selectedHandoffId(), queue->handoffAt(1).id);
        QTest::keyClick(queueView, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(pane.selectedHandoffId(), queue->handoffAt(0).id);

        // Someone else's handoff: C says who has it, and nothing changes.
        const int taken = firstRow(queue, [&admin](const HandoffRow &h) {
            return !h.assignedTo.isEmpty() && h.assignedTo != admin.staffId;
        });
        QVERIFY(taken >= 0);
        const HandoffRow other = queue->handoffAt(taken);
        select(queueView, taken);
        QTest::keyClick(queueView, Qt::Key_C);
        QCOMPARE(
            pane.bannerText(),
            QStringLiteral("%1 is already handling this conversation.").arg(other.assigneeName));
        QCOMPARE(
            value(QStringLiteral("SELECT assigned_to FROM ai_handoffs WHERE id = ?"), {other.id})
                .toString(),
            other.assignedTo);

        // A free one: C claims it.
        const int free =
            firstRow(queue, [](const HandoffRow &h) { return h.assignedTo.isEmpty(); });
        QVERIFY(free >= 0);
        const QString claimed = queue->handoffAt(free).id;
        select(queueView, free);
        queueView->setFocus();
        QTest::keyClick(queueView, Qt::Key_C);
        QTRY_COMPARE(
            value(QStringLiteral("SELECT assigned_to FROM ai_handoffs WHERE id = ?"), {claimed})
                .toString(),
            admin.staffId);
        QTRY_COMPARE(queue->handoffAt(queue->rowOfId(claimed)).assignedTo, admin.staffId);
        QCOMPARE(pane.selectedHandoffId(), claimed);

        // R: to the reply box; letters typed there are text, not shortcuts; Ctrl+Enter queues.
        QTest::keyClick(queueView, Qt::Key_R);
        QTRY_COMPARE(QApplication::focusWidget(), replyBox);
        const QString reply = QStringLiteral("Jeremy can take you at 3, check the rebook");
        QTest::keyClicks(replyBox, reply);
        QCOMPARE(replyBox->toPlainText(), reply);
        QCOMPARE(pane.selectedHandoffId(), claimed);
        QTest::keyClick(replyBox, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(value(QStringLiteral("SELECT status || ' ' || kind FROM outbound_messages "
                                          "WHERE handoff_id = ? AND body = ?"),
                           {claimed, reply})
                         .toString(),
                     QStringLiteral("queued reply"));
        QTRY_VERIFY(replyBox->toPlainText().isEmpty());
        shot(&pane, "escalations-replied");
        // The transcript shows it with its delivery status.
        TranscriptModel *transcript = pane.transcriptModel();
        QTRY_VERIFY([&] {
            for (int row = 0; row < transcript->rowCount(); ++row) {
                const QModelIndex index = transcript->index(row, 0);
                if (index.data().toString() == reply)
                    return index.data(TranscriptModel::DeliveryStatusRole).toString()
                           == QStringLiteral("queued");
            }
            return false;
        }());

        // Esc back to the queue, E resolves: the outcome is required, then "resolve and next".
        QTest::keyClick(replyBox, Qt::Key_Escape);
        QTRY_COMPARE(QApplication::focusWidget(), queueView);
        const int row = queue->rowOfId(claimed);
        QTest::keyClick(queueView, Qt::Key_E);
        ResolveHandoffDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<ResolveHandoffDialog *>()) != nullptr);
        // The offscreen platform has no window manager to activate the dialog.
        QApplication::setActiveWindow(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
        auto *resolveNext = dialog->findChild<QPushButton *>(QStringLiteral("resolveAndNext"));
        QVERIFY(resolveNext);
        QVERIFY(!resolveNext->isEnabled());
        QTest::keyClick(dialog, Qt::Key_4); // Answered
        QCOMPARE(dialog->outcome(), std::optional(HandoffOutcome::Answered));
        QVERIFY(resolveNext->isEnabled());
        shot(dialog, "escalations-resolve-dialog");
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("resolveNote")),
                         QStringLiteral("Told her about the 3 pm slot."));
        resolveNext->click();
        QTRY_COMPARE(value(QStringLiteral("SELECT outcome || ' | ' || resolution_note FROM "
                                          "ai_handoffs WHERE id = ? AND resolved = 1"),
                           {claimed})
                         .toString(),
                     QStringLiteral("answered | Told her about the 3 pm slot."));
        // The resolved one left the open queue; the one after it is open now.
        QTRY_COMPARE(queue->rowOfId(claimed), -1);
        QTRY_COMPARE(pane.selectedHandoffId(),
                     queue->handoffAt(std::min(row, queue->rowCount() - 1)).id);

        // Return to the assistant: resolved with that outcome.
        const int back = firstRow(queue, [&admin](const HandoffRow &h) {
            return h.assignedTo.isEmpty() || h.assignedTo == admin.staffId;
        });
        QVERIFY(back >= 0);
        const QString returned = queue->handoffAt(back).id;
        select(queueView, back);
        pane.findChild<QPushButton *>(QStringLiteral("returnToAiButton"))->click();
        QTRY_COMPARE(
            value(QStringLiteral("SELECT outcome FROM ai_handoffs WHERE id = ?"), {returned})
                .toString(),
            QStringLiteral("returned_to_ai"));
    }

    // B books for the handoff's customer: the appointment dialog opens with them chosen.
    void bookFromHandoff()
    {
        DeskEdits edits(m_desk.store(), LocalActor{m_context.staffId, m_context.role},
                        Outbox::Mode::LocalOnly);
        EscalationsPane pane(m_desk.store(), &edits, m_context);
        pane.resize(1366, 860);
        pane.show();
        pane.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&pane));
        auto *queueView = pane.findChild<QTableView *>(QStringLiteral("handoffQueue"));
        HandoffQueueModel *queue = pane.queueModel();
        QTRY_VERIFY_WITH_TIMEOUT(queue->rowCount() > 0, 10000);
        const int row = firstRow(queue, [](const HandoffRow &h) {
            return !h.customerId.isEmpty() && !h.customerPhone.isEmpty();
        });
        QVERIFY(row >= 0);
        const HandoffRow handoff = queue->handoffAt(row);
        select(queueView, row);
        queueView->setFocus();
        QTest::keyClick(queueView, Qt::Key_B);
        AppointmentDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<AppointmentDialog *>()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->customerId() == handoff.customerId, 10000);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("dialogCustomer"))
                    ->text()
                    .contains(handoff.customerName));
        dialog->reject();
    }

    // A pane made hidden reads nothing: the queue and the figures wait until it shows (the
    // navigation's badge comes from HandoffWatch).
    void hiddenPaneReadsNothingUntilShown()
    {
        EscalationsPane pane(m_desk.store(), nullptr, m_context);
        QCOMPARE(m_desk.store()->pendingJobs(), 0);
        m_desk.store()->waitForIdle();
        QCoreApplication::processEvents();
        auto *queue = pane.findChild<QTableView *>(QStringLiteral("handoffQueue"));
        QVERIFY(queue);
        QCOMPARE(queue->model()->rowCount(), 0);
        StatTile *open = nullptr;
        for (StatTile *tile : pane.findChildren<StatTile *>()) {
            if (tile->accessibleName() == QStringLiteral("Open now"))
                open = tile;
        }
        QVERIFY(open);
        const QString count = m_context.locale.toString(
            value(QStringLiteral(
                      "SELECT count(*) FROM ai_handoffs WHERE resolved = 0 AND deleted_at IS NULL"))
                .toLongLong());
        QVERIFY(open->value() != count);

        pane.resize(1240, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTRY_VERIFY(queue->model()->rowCount() > 0);
        QTRY_COMPARE(open->value(), count);
    }

    // A handoff raised while the desk runs: the badge's count goes up and the notification
    // signal carries the customer and the first line of the reason. What was waiting when the
    // watch started is not news.
    void newHandoffArrives()
    {
        HandoffWatch watch(m_desk.store(), m_context);
        QSignalSpy arrived(&watch, &HandoffWatch::handoffArrived);
        QSignalSpy count(&watch, &HandoffWatch::openCountChanged);
        QTRY_VERIFY(watch.openCount() > 0);
        QCOMPARE(arrived.count(), 0);
        const qint64 before = watch.openCount();
        const QString conversation =
            value(QStringLiteral("SELECT conversation_id FROM ai_handoffs h JOIN customers c ON "
                                 "c.id = h.customer_id LIMIT 1"))
                .toString();
        const QString customer =
            value(QStringLiteral("SELECT c.full_name FROM ai_conversations cv JOIN customers c "
                                 "ON c.id = cv.customer_id WHERE cv.id = ?"),
                  {conversation})
                .toString();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(exec(QStringLiteral("INSERT INTO ai_handoffs (id, business_id, conversation_id, "
                                    "customer_id, reason, priority, created_at, updated_at) "
                                    "SELECT 'new-handoff', business_id, id, customer_id, ?, 1, "
                                    "?, ? FROM ai_conversations WHERE id = ?"),
                     {QStringLiteral("Wants a refund\nsecond line"), now, now, conversation}));
        m_desk.store()->notifyTablesChanged({QStringLiteral("ai_handoffs")});
        QTRY_COMPARE(arrived.count(), 1);
        QCOMPARE(arrived.first().at(0).toString(), customer);
        QCOMPARE(arrived.first().at(1).toString(), QStringLiteral("Wants a refund"));
        QTRY_COMPARE(watch.openCount(), before + 1);
        QCOMPARE(count.count(), 2); // the first read, then the new handoff
    }

    void offlineNotice()
    {
        EscalationsPane pane(m_desk.store(), nullptr, m_context);
        auto *notice = pane.findChild<QLabel *>(QStringLiteral("escalationsSyncState"));
        QVERIFY(notice);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(!notice->isVisible());
        SyncStatus status;
        status.connection = SyncStatus::Connection::Offline;
        status.lastSyncedAt =
            QDateTime(QDate(2026, 11, 22), QTime(14, 5), m_context.timeZone).toUTC();
        pane.setSyncStatusSource([&status] { return status; });
        QVERIFY(notice->isVisible());
        QCOMPARE(notice->text(), QStringLiteral("Offline — last updated 14:05"));
        status.connection = SyncStatus::Connection::Online;
        pane.setSyncStatusSource([&status] { return status; });
        QVERIFY(!notice->isVisible());
    }

    // The navigation shows the open count; a staff member has neither the pane nor its data,
    // and the desk refuses handoff edits in their name.
    void badgeAndRoles()
    {
        QSettings qsettings(m_desk.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        AppSettings settings(&qsettings);
        {
            MainWindow window(m_desk.store(), &settings, m_context);
            auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
            QVERIFY(nav);
            const qint64 open =
                value(QStringLiteral("SELECT COUNT(*) FROM ai_handoffs WHERE resolved = 0"))
                    .toLongLong();
            QVERIFY(open > 0);
            QTRY_COMPARE(nav->item(int(PaneId::Escalations))->text(),
                         QStringLiteral("Escalations  (%1)").arg(open));
            // The badge needs no pane: it is made when first shown.
            QVERIFY(window.findChildren<EscalationsPane *>().isEmpty());
            window.showPane(PaneId::Escalations);
            QCOMPARE(window.findChildren<EscalationsPane *>().size(), 1);
        }

        BusinessContext staff = m_context;
        staff.role = StaffRole::Staff;
        MainWindow window(m_desk.store(), &settings, staff);
        QVERIFY(!window.isPaneAvailable(PaneId::Escalations));
        QVERIFY(!window.pane(PaneId::Escalations));
        QVERIFY(window.findChildren<EscalationsPane *>().isEmpty());
        QVERIFY(window.findChildren<HandoffWatch *>().isEmpty());
        QVERIFY(window.findChildren<HandoffQueueModel *>().isEmpty());
        QVERIFY(window.findChildren<TranscriptModel *>().isEmpty());
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav->item(int(PaneId::Escalations))->isHidden());
        window.showPane(PaneId::Escalations);
        QVERIFY(window.currentPane() != PaneId::Escalations);

        const QString open =
            value(QStringLiteral("SELECT id FROM ai_handoffs WHERE resolved = 0 AND "
                                 "assigned_to IS NULL LIMIT 1"))
                .toString();
        std::optional<OutboxResult> result;
        window.edits()->submit(Mutations::claimHandoff(open), this,
                               [&result](const OutboxResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(!result->ok);
        QCOMPARE(result->error,
                 QStringLiteral("Only admins and owners can work on handed-off conversations."));
    }
};

QTEST_MAIN(TestEscalationsKeyboard)
#include "tst_escalationskeyboard.moc"
