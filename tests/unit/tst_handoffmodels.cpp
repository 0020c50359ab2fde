// The handoff queue, transcript and customer card against a fixture store written by hand.
#include "models/ModelRoles.h"
#include "models/escalations/HandoffQueueModel.h"
#include "models/escalations/TranscriptModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/ConversationRepository.h"
#include "store/repositories/HandoffRepository.h"
#include "tests/support/fixtures/FixtureContext.h"
#include "tests/support/fixtures/ModelValues.h"
#include "tests/support/fixtures/StoreFixture.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

#include <optional>
#include <utility>

using namespace Chairside;
using namespace Chairside::Fixtures;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

constexpr qint64 kNow = 1'795'000'000; // a fixed "now" for every age in this test
const QString kBusiness = QStringLiteral("b1");
const QString kMe = QStringLiteral("staff-me");
const QString kOther = QStringLiteral("staff-other");

} // namespace

class TestHandoffModels : public QObject
{
    Q_OBJECT

private:
    StoreFixture m_fixture;

    QSqlDatabase db() { return m_fixture.database(); }
    StoreExecutor *store() { return m_fixture.executor(); }

    BusinessContext context() const
    {
        return contextFor({.id = kBusiness}, kMe, QStringLiteral("Me"), StaffRole::Admin);
    }

    void addHandoff(RowWriter &w, const QString &id, int priority, qint64 createdAgo,
                    const QString &assignedTo, bool resolved = false, qint64 resolvedAgo = 0,
                    const QString &business = kBusiness, std::optional<qint64> deletedAt = {})
    {
        w.handoff({.id = id,
                   .businessId = business,
                   .conversationId = QString(QStringLiteral("cv-") + id),
                   .customerId = QStringLiteral("c1"),
                   .reason = QString(QStringLiteral("Reason of ") + id),
                   .priority = priority,
                   .assignedTo = assignedTo,
                   .resolved = resolved,
                   .resolvedAt = resolved ? std::optional(kNow - resolvedAgo) : std::nullopt,
                   .createdAt = kNow - createdAgo,
                   .deletedAt = deletedAt});
    }

    void addConversation(RowWriter &w, const QString &id, const QString &status, qint64 startedAgo,
                         const QString &business = kBusiness)
    {
        w.conversation({.id = id,
                        .businessId = business,
                        .customerId = QStringLiteral("c1"),
                        .agentName = QStringLiteral("Lulu"),
                        .status = status,
                        .startedAt = kNow - startedAgo});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fixture.isValid());
        RowWriter d = m_fixture.writer(kBusiness, kNow);
        for (const char *business : {"b1", "b2"})
            d.business({.id = QString::fromLatin1(business),
                        .name = QString(QStringLiteral("Salon ") + QString::fromLatin1(business))});
        d.staff({.id = kMe, .name = QStringLiteral("Me"), .role = QStringLiteral("admin")});
        d.staff({.id = kOther, .name = QStringLiteral("Naledi")});
        d.customer({.id = QStringLiteral("c1"),
                    .fullName = QStringLiteral("Ayesha Khan"),
                    .phone = QStringLiteral("+27 82 000 0001"),
                    .consentWhatsApp = true,
                    .createdAt = kNow - 90 * 86400});

        // Conversations for every handoff, two of them started in the last day.
        for (const char *id : {"h1", "h2", "h3", "h4", "h5", "h6", "h7"})
            addConversation(d, QStringLiteral("cv-") + QString::fromLatin1(id),
                            QStringLiteral("handed_off"), 10 * 86400);
        addConversation(d, QStringLiteral("cv-h8"), QStringLiteral("handed_off"), 10 * 86400,
                        QStringLiteral("b2"));
        addConversation(d, QStringLiteral("cv-ai1"), QStringLiteral("resolved_by_ai"), 3600);
        addConversation(d, QStringLiteral("cv-ai2"), QStringLiteral("open"), 1800);

        // Open: h4 (urgent, 1 h), h2 (urgent, 10 m, other's), h1 (normal, 3 h), h3 (normal, 40 m,
        // mine). Resolved: h6 (30 m ago), h5 (1 h ago). Deleted h7 and other business's h8.
        addHandoff(d, QStringLiteral("h1"), 3, 3 * 3600, {});
        addHandoff(d, QStringLiteral("h2"), 1, 10 * 60, kOther);
        addHandoff(d, QStringLiteral("h3"), 3, 40 * 60, kMe);
        addHandoff(d, QStringLiteral("h4"), 1, 3600, {});
        addHandoff(d, QStringLiteral("h5"), 2, 5 * 3600, kMe, true, 3600);
        addHandoff(d, QStringLiteral("h6"), 4, 2 * 3600, kOther, true, 1800);
        addHandoff(d, QStringLiteral("h7"), 1, 600, {}, false, 0, kBusiness, kNow - 60);
        addHandoff(d, QStringLiteral("h8"), 1, 600, {}, false, 0, QStringLiteral("b2"));
        // Claims: h2 after 5 minutes, h3 after 10 minutes.
        for (const auto &[seconds, id] : {std::pair{300, "h2"}, std::pair{600, "h3"}})
            d.exec(
                QStringLiteral("UPDATE ai_handoffs SET claimed_at = created_at + ? WHERE id = ?"),
                {seconds, QString::fromLatin1(id)});

        // The transcript of h1, with Thai and a multi-line message.
        const struct
        {
            const char *id;
            const char *sender;
            const char *body;
            const char *metadata;
            qint64 ago;
        } messages[] = {
            {"m1", "customer", "Hi, can I move my colour appointment to Saturday?", "{}",
             3 * 3600 + 300},
            {"m2", "assistant", "I can offer Saturday 10:00 or 11:30.",
             R"({"intent":"reschedule","offered_slots":["Sat 10:00","Sat 11:30"]})",
             3 * 3600 + 240},
            {"m3", "customer", "สวัสดีค่ะ ขอเลื่อนนัดทำสีผมเป็นวันเสาร์ได้ไหมคะ\nขอบคุณค่ะ", "{}",
             3 * 3600 + 120},
            {"m4", "assistant", "Let me get a stylist to help you.", R"({"intent":"handoff"})",
             3 * 3600},
        };
        for (const auto &m : messages)
            d.message({.id = s(m.id),
                       .conversationId = QStringLiteral("cv-h1"),
                       .sender = s(m.sender),
                       .body = s(m.body),
                       .metadata = s(m.metadata),
                       .sentAt = kNow - m.ago});

        // The customer's appointments and points: one upcoming, one no-show, one completed;
        // points 120 earned - 20 redeemed = 100.
        d.service({.id = QStringLiteral("svc"),
                   .name = QStringLiteral("Cut"),
                   .durationMinutes = 45,
                   .priceMinor = 30000});
        const struct
        {
            const char *id;
            const char *status;
            qint64 offset;
        } appointments[] = {{"a1", "confirmed", 86400},
                            {"a2", "no_show", -7 * 86400},
                            {"a3", "completed", -14 * 86400},
                            {"a4", "cancelled", 2 * 86400}};
        for (const auto &a : appointments)
            d.appointment({.id = s(a.id),
                           .customerId = QStringLiteral("c1"),
                           .staffId = kOther,
                           .serviceId = QStringLiteral("svc"),
                           .startsAt = kNow + a.offset,
                           .endsAt = kNow + a.offset + 2700,
                           .status = s(a.status),
                           .createdAt = kNow - 30 * 86400});
        d.ledgerEntry({.id = QStringLiteral("l1"),
                       .customerId = QStringLiteral("c1"),
                       .points = 120,
                       .createdAt = kNow - 14 * 86400});
        d.ledgerEntry({.id = QStringLiteral("l2"),
                       .customerId = QStringLiteral("c1"),
                       .kind = QStringLiteral("redeem"),
                       .points = -20,
                       .createdAt = kNow - 7 * 86400});
        QVERIFY2(d.ok(), qPrintable(d.error()));
    }

    void repositoryWindowsAreKeysetPaged()
    {
        QSqlDatabase d = db();
        HandoffRepository repository(d);
        const HandoffWindow first =
            repository.window(kBusiness, HandoffFilter::AllOpen, kMe, std::nullopt, 2);
        QVERIFY(!first.error);
        QCOMPARE(first.rows.size(), 2);
        QCOMPARE(first.rows.at(0).id, QStringLiteral("h4"));
        QCOMPARE(first.rows.at(1).id, QStringLiteral("h2"));
        QVERIFY(!first.atEnd);
        const HandoffWindow second =
            repository.window(kBusiness, HandoffFilter::AllOpen, kMe,
                              HandoffRepository::cursorAfter(first.rows.constLast()), 2);
        QCOMPARE(second.rows.size(), 2);
        QCOMPARE(second.rows.at(0).id, QStringLiteral("h1"));
        QCOMPARE(second.rows.at(1).id, QStringLiteral("h3"));
        QVERIFY(second.atEnd);

        const HandoffWindow resolved =
            repository.window(kBusiness, HandoffFilter::Resolved, kMe, std::nullopt, 1);
        QCOMPARE(resolved.rows.size(), 1);
        QCOMPARE(resolved.rows.at(0).id, QStringLiteral("h6"));
        const HandoffWindow resolvedNext =
            repository.window(kBusiness, HandoffFilter::Resolved, kMe,
                              HandoffRepository::cursorAfter(resolved.rows.constLast()), 1);
        QCOMPARE(resolvedNext.rows.size(), 1);
        QCOMPARE(resolvedNext.rows.at(0).id, QStringLiteral("h5"));
        QVERIFY(resolvedNext.atEnd);

        // Names come along with the rows.
        QCOMPARE(first.rows.at(1).assigneeName, QStringLiteral("Naledi"));
        QCOMPARE(first.rows.at(0).customerName, QStringLiteral("Ayesha Khan"));
        QCOMPARE(first.rows.at(0).channel, QStringLiteral("whatsapp"));
    }

    void queueCountsAndCustomerCard()
    {
        QSqlDatabase d = db();
        HandoffRepository repository(d);
        const HandoffQueueCounts counts =
            repository.queueCounts(kBusiness, kMe, kNow - 86400, kNow + 86400);
        QCOMPARE(counts.open, 4);
        QCOMPARE(counts.unassigned, 2);
        QCOMPARE(counts.mine, 1);
        QList<qint64> claims = counts.claimSecondsToday;
        std::sort(claims.begin(), claims.end());
        QCOMPARE(claims, (QList<qint64>{300, 600}));

        const auto card = repository.customer(QStringLiteral("c1"), kNow);
        QVERIFY(card);
        QCOMPARE(card->name, QStringLiteral("Ayesha Khan"));
        QVERIFY(card->consentWhatsApp);
        QVERIFY(!card->consentSms);
        QCOMPARE(card->upcomingAppointments, 1); // the cancelled future one does not count
        QCOMPARE(card->noShows, 1);
        QCOMPARE(card->completedVisits, 1);
        QCOMPARE(card->loyaltyPoints, 100);
        QVERIFY(!repository.customer(QStringLiteral("nobody"), kNow));

        const ConversationCounts week =
            ConversationRepository(d).counts(kBusiness, kNow - 7 * 86400, kNow + 1);
        QCOMPARE(week.conversations, 2);
        QCOMPARE(week.resolvedByAi, 1);
        QCOMPARE(week.handedOff, 0);
    }

    void queueOrderAndFilters()
    {
        HandoffQueueModel model(store(), context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return kNow; });
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("h4"), QStringLiteral("h2"),
                                            QStringLiteral("h1"), QStringLiteral("h3")}));
        QCOMPARE(model.columnCount(), int(HandoffQueueModel::ColumnCount));

        model.setFilter(HandoffFilter::Unassigned);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("h4"), QStringLiteral("h1")}));

        model.setFilter(HandoffFilter::Mine);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(idsOf(model), QStringList{QStringLiteral("h3")});

        model.setFilter(HandoffFilter::Resolved);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(idsOf(model), (QStringList{QStringLiteral("h6"), QStringLiteral("h5")}));
        QCOMPARE(model.index(0, 0).data(StatusKeyRole).toString(), QStringLiteral("resolved"));
    }

    void cellsShowTextNotOnlyColour()
    {
        HandoffQueueModel model(store(), context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return kNow; });
        model.reload();
        QTRY_COMPARE(model.rowCount(), 4);
        const auto cell = [&model](const QString &id, int column) {
            return model.index(model.rowOfId(id), column);
        };
        // h1 waits 3 h: red, bold, with the time as text.
        QCOMPARE(cell(QStringLiteral("h1"), HandoffQueueModel::AgeColumn).data().toString(),
                 QStringLiteral("3 h 00 m"));
        QCOMPARE(cell(QStringLiteral("h1"), HandoffQueueModel::AgeColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0xc6, 0x28, 0x28));
        QCOMPARE(cell(QStringLiteral("h1"), HandoffQueueModel::AgeColumn)
                     .data(RawValueRole)
                     .toLongLong(),
                 3 * 3600);
        // h3 waits 40 m: amber. h2 waits 10 m: no colour.
        QCOMPARE(cell(QStringLiteral("h3"), HandoffQueueModel::AgeColumn).data().toString(),
                 QStringLiteral("40 m"));
        QCOMPARE(cell(QStringLiteral("h3"), HandoffQueueModel::AgeColumn)
                     .data(Qt::ForegroundRole)
                     .value<QBrush>()
                     .color(),
                 QColor(0xb2, 0x6a, 0x00));
        QVERIFY(!cell(QStringLiteral("h2"), HandoffQueueModel::AgeColumn)
                     .data(Qt::ForegroundRole)
                     .isValid());
        QCOMPARE(cell(QStringLiteral("h4"), HandoffQueueModel::PriorityColumn).data().toString(),
                 QStringLiteral("Urgent"));
        QVERIFY(!cell(QStringLiteral("h4"), HandoffQueueModel::PriorityColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(cell(QStringLiteral("h1"), HandoffQueueModel::PriorityColumn).data().toString(),
                 QStringLiteral("Normal"));
        QCOMPARE(cell(QStringLiteral("h4"), HandoffQueueModel::AssigneeColumn).data().toString(),
                 QStringLiteral("Unassigned"));
        QCOMPARE(cell(QStringLiteral("h2"), HandoffQueueModel::AssigneeColumn).data().toString(),
                 QStringLiteral("Naledi"));
        QCOMPARE(cell(QStringLiteral("h2"), HandoffQueueModel::ChannelColumn).data().toString(),
                 QStringLiteral("WhatsApp"));

        // Time passes: h2 crosses 30 minutes and turns amber.
        model.setClock([] { return kNow + 25 * 60; });
        QCOMPARE(cell(QStringLiteral("h2"), HandoffQueueModel::AgeColumn).data().toString(),
                 QStringLiteral("35 m"));
        QVERIFY(cell(QStringLiteral("h2"), HandoffQueueModel::AgeColumn)
                    .data(Qt::ForegroundRole)
                    .isValid());
    }

    void formatAge()
    {
        QCOMPARE(HandoffQueueModel::formatAge(59), QStringLiteral("0 m"));
        QCOMPARE(HandoffQueueModel::formatAge(12 * 60), QStringLiteral("12 m"));
        QCOMPARE(HandoffQueueModel::formatAge(2 * 3600 + 5 * 60), QStringLiteral("2 h 05 m"));
        QCOMPARE(HandoffQueueModel::formatAge(3 * 86400 + 4 * 3600), QStringLiteral("3 d 4 h"));
    }

    void lazyWindows()
    {
        // A second store with more open handoffs than one window holds.
        StoreFixture big(QStringLiteral("big.sqlite"));
        {
            RowWriter d = big.writer(kBusiness, kNow);
            d.business({.name = QStringLiteral("Big"), .timeZone = QStringLiteral("UTC")});
            d.conversation({.id = QStringLiteral("cv"),
                            .channel = QStringLiteral("web"),
                            .status = QStringLiteral("handed_off")});
            QVERIFY(d.transaction());
            const int total = HandoffQueueModel::kWindowSize + 30;
            for (int i = 0; i < total; ++i)
                d.handoff({.id = QStringLiteral("x%1").arg(i, 4, 10, QLatin1Char('0')),
                           .conversationId = QStringLiteral("cv"),
                           .reason = QStringLiteral("r"),
                           .priority = 1 + i % 4,
                           .createdAt = kNow - i * 60});
            QVERIFY2(d.commit(), qPrintable(d.error()));
        }
        BusinessContext c = context();
        c.timeZone = QTimeZone::utc();
        HandoffQueueModel model(big.executor(), c);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        int firstWindow = -1;
        connect(&model, &HandoffQueueModel::loaded, this,
                [&model, &firstWindow] { firstWindow = model.rowCount(); });
        model.reload();
        QTRY_COMPARE(firstWindow, HandoffQueueModel::kWindowSize);
        // A view (or the tester) asks for the next window; ask too in case nobody did yet.
        if (model.canFetchMore({}))
            model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), HandoffQueueModel::kWindowSize + 30);
        QVERIFY(!model.canFetchMore({}));
        // Still in queue order across the window boundary: priority, then oldest first.
        for (int row = 1; row < model.rowCount(); ++row) {
            const HandoffRow &a = model.handoffAt(row - 1);
            const HandoffRow &b = model.handoffAt(row);
            QVERIFY(a.priority < b.priority
                    || (a.priority == b.priority && a.createdAt <= b.createdAt));
        }
    }

    void transcript()
    {
        TranscriptModel model(store(), context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(QStringLiteral("cv-h1"), QStringLiteral("Ayesha Khan"));
        QTRY_COMPARE(model.rowCount(), 4);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.index(0).data().toString(),
                 QStringLiteral("Hi, can I move my colour appointment to Saturday?"));
        QCOMPARE(model.index(0).data(TranscriptModel::SenderLabelRole).toString(),
                 QStringLiteral("Ayesha Khan"));
        QCOMPARE(model.index(1).data(TranscriptModel::SenderRole).toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(model.index(1).data(TranscriptModel::SenderLabelRole).toString(),
                 QStringLiteral("Lulu (AI assistant)"));
        QCOMPARE(model.index(1).data(TranscriptModel::MetadataTextRole).toString(),
                 QStringLiteral("Intent: reschedule · Offered slots: Sat 10:00, Sat 11:30"));
        QVERIFY(model.index(2).data().toString().startsWith(s("สวัสดีค่ะ")));
        QVERIFY(model.index(0).data(TranscriptModel::MetadataTextRole).toString().isEmpty());
        // Oldest first.
        QVERIFY(model.index(0).data(RawValueRole).toLongLong()
                < model.index(3).data(RawValueRole).toLongLong());

        model.setConversation({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void metadataFlattening()
    {
        const auto pairs = ConversationRepository::flattenMetadata(
            QStringLiteral(R"({"intent":"book","confidence":0.5,"slots":[1,2],"x":null})"));
        QCOMPARE(pairs.size(), 3);
        QVERIFY(ConversationRepository::flattenMetadata(QStringLiteral("not json")).isEmpty());
        QVERIFY(ConversationRepository::flattenMetadata(QStringLiteral("{}")).isEmpty());
    }
};

QTEST_MAIN(TestHandoffModels)
#include "tst_handoffmodels.moc"
