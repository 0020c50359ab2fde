// What the Escalations pane reads beyond the queue rows: the salon's opening hours (the union of
// its active staff's working hours), the queue's waiting times counted in them, the numbers
// strip's figures, the open-queue glance behind the badge and the notification, a customer's
// next booking, and the transcript's delivery statuses.
#include "core/escalations/HandoffMetrics.h"
#include "models/ModelRoles.h"
#include "models/escalations/HandoffQueueModel.h"
#include "models/escalations/TranscriptModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/EscalationRepository.h"
#include "tests/support/fixtures/FixtureContext.h"
#include "tests/support/fixtures/StoreFixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;

namespace {

const QTimeZone kZone("Africa/Johannesburg");
const QString kBusiness = QStringLiteral("b1");
const QString kMe = QStringLiteral("me");

// 2026-03-09 is a Monday; at(0, 10) is that Monday 10:00 in Johannesburg, at(-2, 12) Saturday.
qint64 at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, 9).addDays(dayOffset), QTime(hour, minute), kZone)
        .toSecsSinceEpoch();
}

const qint64 kNow = at(0, 10);

} // namespace

class TestEscalationModels : public QObject
{
    Q_OBJECT

    StoreFixture m_fixture;

    BusinessContext context() const
    {
        return contextFor({.id = kBusiness}, kMe, QStringLiteral("Me"), StaffRole::Admin);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const bool written = m_fixture.write({.id = kBusiness}, kNow, [](RowWriter &w) {
            w.staff({.id = kMe, .role = QStringLiteral("admin")});
            w.staff({.id = QStringLiteral("ana")});
            w.staff({.id = QStringLiteral("gone"), .active = false});
            // Monday: 09:00–13:00 and 12:00–17:00 → open 09:00–17:00. Saturday 09:00–13:00.
            // The inactive member's Sunday does not open the salon; Friday nobody works.
            w.workingHours({.staffId = kMe, .weekday = 1, .startMinute = 540, .endMinute = 780});
            w.workingHours({.staffId = QStringLiteral("ana"),
                            .weekday = 1,
                            .startMinute = 720,
                            .endMinute = 1020,
                            .breakStartMinute = 780,
                            .breakEndMinute = 840});
            w.workingHours({.staffId = kMe, .weekday = 6, .startMinute = 540, .endMinute = 780});
            w.workingHours({.staffId = QStringLiteral("gone"),
                            .weekday = 7,
                            .startMinute = 600,
                            .endMinute = 840});

            w.customer({.id = QStringLiteral("c1"), .fullName = QStringLiteral("Thandi")});
            w.conversation({.id = QStringLiteral("cv1"),
                            .customerId = QStringLiteral("c1"),
                            .status = QStringLiteral("handed_off"),
                            .startedAt = at(-2, 12)});
            w.message({.id = QStringLiteral("m1"),
                       .conversationId = QStringLiteral("cv1"),
                       .body = QStringLiteral("Can someone call me?"),
                       .sentAt = at(-2, 12, 30)});
            w.message({.id = QStringLiteral("m2"),
                       .conversationId = QStringLiteral("cv1"),
                       .sender = QStringLiteral("assistant"),
                       .body = QStringLiteral("Sure."),
                       .sentAt = at(-2, 12, 35)});
            w.message({.id = QStringLiteral("m3"),
                       .conversationId = QStringLiteral("cv1"),
                       .sender = QStringLiteral("staff"),
                       .body = QStringLiteral("Hi Thandi"),
                       .metadata = QStringLiteral(R"({"outbound_message_id":"o1"})"),
                       .sentAt = at(0, 9, 5)});
            w.exec(QStringLiteral("INSERT INTO outbound_messages (id, business_id, customer_id, "
                                  "conversation_id, channel, kind, body, status, created_by, "
                                  "created_at, updated_at) VALUES ('o1', ?, 'c1', 'cv1', "
                                  "'whatsapp', 'reply', 'Hi Thandi', 'delivered', 'ana', ?, ?)"),
                   {kBusiness, at(0, 9, 5), at(0, 9, 5)});

            // Open: raised Saturday 12:40 (20 min Saturday + 60 min Monday = 80 open minutes),
            // Friday 16:00 (4 h Saturday + 1 h Monday = 5 h), Monday 09:50 (10 min).
            const auto open = [&w](const char *id, qint64 raised) {
                w.handoff({.id = QString::fromLatin1(id),
                           .conversationId = QStringLiteral("cv1"),
                           .customerId = QStringLiteral("c1"),
                           .priority = 2,
                           .createdAt = raised});
            };
            open("h1", at(-2, 12, 40));
            open("h2", at(-3, 16));
            open("h3", at(0, 9, 50));
            // Resolved today after 1 h (booked) and 2 h 30 m (spam); five days ago (answered).
            const auto resolved = [&w](const char *id, qint64 raised, qint64 done,
                                       const char *outcome) {
                w.handoff({.id = QString::fromLatin1(id),
                           .conversationId = QStringLiteral("cv1"),
                           .resolved = true,
                           .resolvedAt = done,
                           .outcome = QString::fromLatin1(outcome),
                           .createdAt = raised});
            };
            resolved("h4", at(0, 8), at(0, 9), "booked");
            resolved("h5", at(0, 7), at(0, 9, 30), "spam");
            resolved("h6", at(-5, 10), at(-5, 11), "answered");

            const QString service = w.service({});
            w.appointment({.customerId = QStringLiteral("c1"),
                           .staffId = kMe,
                           .serviceId = service,
                           .startsAt = at(0, 14),
                           .status = QStringLiteral("cancelled")});
            w.appointment({.id = QStringLiteral("a-next"),
                           .customerId = QStringLiteral("c1"),
                           .staffId = QStringLiteral("ana"),
                           .serviceId = service,
                           .startsAt = at(1, 10)});
            w.appointment({.customerId = QStringLiteral("c1"),
                           .staffId = kMe,
                           .serviceId = service,
                           .startsAt = at(3, 10)});
        });
        QVERIFY(written);
    }

    void replyContextFindsTheConversationsMessagesByIndex()
    {
        // Opening a handoff reads its conversation's outgoing messages: through an index, not
        // a scan of every message the salon ever sent (store migration 11).
        std::optional<QString> plan;
        m_fixture.executor()->run(
            this,
            [](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT m.id FROM outbound_messages "
                                         "m WHERE m.conversation_id = ? AND m.deleted_at IS "
                                         "NULL"));
                q.addBindValue(QStringLiteral("cv1"));
                QString text;
                if (q.exec()) {
                    while (q.next())
                        text += q.value(3).toString() + u'\n';
                }
                return text;
            },
            [&plan](const QString &text) { plan = text; });
        QTRY_VERIFY(plan.has_value());
        QVERIFY2(plan->contains(QStringLiteral("idx_outbound_conversation")), qPrintable(*plan));
    }

    void repository()
    {
        std::optional<bool> done;
        StoreExecutor *store = m_fixture.executor();
        BusinessHours hours;
        EscalationFigures figures;
        OpenHandoffsGlance glance;
        std::optional<UpcomingBooking> next;
        ReplyContext reply;
        store->run(
            this,
            [&](QSqlDatabase &db) {
                EscalationRepository r(db);
                hours = r.businessHours(kBusiness, kZone);
                figures = r.figures(kBusiness, at(0, 0), at(1, 0), at(-6, 0), at(1, 0));
                glance = r.openGlance(kBusiness);
                next = r.nextBooking(QStringLiteral("c1"), kNow);
                reply = r.replyContext(QStringLiteral("cv1"));
                return true;
            },
            [&done](bool ok) { done = ok; });
        QTRY_VERIFY(done.has_value());

        QCOMPARE(hours.day(1), (QList<OpeningInterval>{{540, 1020}}));
        QCOMPARE(hours.day(6), (QList<OpeningInterval>{{540, 780}}));
        QVERIFY(hours.day(5).isEmpty());
        QVERIFY(hours.day(7).isEmpty());

        // Today: 1 h and 2 h 30 m → median 1 h 45 m. Week: 3 resolved, 1 booked, 1 spam → ½.
        QCOMPARE(figures.resolvedToday.size(), 2);
        QCOMPARE(medianSpanSeconds(figures.resolvedToday), std::optional<double>(105 * 60));
        QCOMPARE(figures.week.resolved, 3);
        QCOMPARE(bookingConversion(figures.week), std::optional<double>(0.5));

        QCOMPARE(glance.open, 3);
        QCOMPARE(glance.newestId, QStringLiteral("h3"));
        QCOMPARE(glance.newestCustomer, QStringLiteral("Thandi"));

        QVERIFY(next);
        QCOMPARE(next->id, QStringLiteral("a-next"));
        QCOMPARE(next->staffId, QStringLiteral("ana"));

        QCOMPARE(reply.lastCustomerMessageAt, std::optional<qint64>(at(-2, 12, 30)));
        QCOMPARE(reply.deliveries.value(QStringLiteral("o1")).status, QStringLiteral("delivered"));
    }

    void queueCountsOpeningHoursOnly()
    {
        HandoffQueueModel model(m_fixture.executor(), context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return kNow; });
        model.reload();
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(!model.businessHours().isUnknown());
        const auto age = [&model](const char *id) {
            return model.index(model.rowOfId(QString::fromLatin1(id)),
                               HandoffQueueModel::AgeColumn);
        };
        // Waited 45 h 20 m, of which 80 minutes open: amber, not red.
        QCOMPARE(age("h1").data().toString(), QStringLiteral("1 h 20 m"));
        QCOMPARE(age("h1").data(RawValueRole).toLongLong(), 80 * 60);
        QCOMPARE(age("h1").data(Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(0xb2, 0x6a, 0x00));
        QVERIFY(age("h1").data(Qt::ToolTipRole).toString().contains(QStringLiteral("Turns red")));
        QCOMPARE(age("h2").data().toString(), QStringLiteral("5 h 00 m"));
        QCOMPARE(age("h2").data(Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(0xc6, 0x28, 0x28));
        QCOMPARE(age("h3").data().toString(), QStringLiteral("10 m"));
        QVERIFY(!age("h3").data(Qt::ForegroundRole).isValid());

        // Monday 17:30: the salon has closed, so h3's clock stopped at 7 h 10 m.
        model.setClock([] { return at(0, 17, 30); });
        QCOMPARE(age("h3").data().toString(), QStringLiteral("7 h 10 m"));
        QVERIFY(age("h3").data(Qt::ToolTipRole).toString().contains(QStringLiteral("paused")));
    }

    void transcriptShowsDelivery()
    {
        TranscriptModel model(m_fixture.executor(), context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(QStringLiteral("cv1"), QStringLiteral("Thandi"));
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(model.lastCustomerMessageAt(), std::optional<qint64>(at(-2, 12, 30)));
        const QModelIndex staff = model.index(2, 0);
        QCOMPARE(staff.data(TranscriptModel::SenderRole).toString(), QStringLiteral("staff"));
        // The desk reply says who wrote it (the staff member's display name; here their id).
        QCOMPARE(staff.data(TranscriptModel::SenderLabelRole).toString(), QStringLiteral("ana"));
        QCOMPARE(staff.data(TranscriptModel::DeliveryStatusRole).toString(),
                 QStringLiteral("delivered"));
        QCOMPARE(staff.data(TranscriptModel::MetadataTextRole).toString(),
                 TranscriptModel::deliveryText(QStringLiteral("delivered")));
        QVERIFY(model.index(0, 0).data(TranscriptModel::DeliveryStatusRole).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEscalationModels)
#include "tst_escalationmodels.moc"
