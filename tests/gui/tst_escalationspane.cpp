// The Escalations pane on a fixture store: the queue fills, the first handoff opens, picking
// another shows its transcript and customer.
#include "models/ModelRoles.h"
#include "models/escalations/HandoffQueueModel.h"
#include "models/escalations/TranscriptModel.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/FixtureContext.h"
#include "tests/support/fixtures/ModelValues.h"
#include "tests/support/fixtures/StoreFixture.h"
#include "ui/escalations/StatTile.h"
#include "ui/panes/EscalationsPane.h"

#include <QDateTime>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Chairside;
using namespace Chairside::Fixtures;

namespace {

const BusinessRecord kSalon{.id = QStringLiteral("b1"),
                            .name = QStringLiteral("Salon"),
                            .timeZone = QStringLiteral("Asia/Bangkok"),
                            .currency = QStringLiteral("THB"),
                            .locale = QStringLiteral("th_TH")};

// Ploy, the admin at the desk.
void writeAdmin(RowWriter &w)
{
    w.staff({.id = QStringLiteral("me"),
             .name = QStringLiteral("Ploy"),
             .role = QStringLiteral("admin")});
}

// `customer`'s WhatsApp conversation: `message`, the assistant's answer, and the handoff
// "h<id>" made `ago` seconds before `now`.
void writeHandoff(RowWriter &w, qint64 now, const QString &id, const QString &customer,
                  int priority, qint64 ago, const QString &message)
{
    const QString conversation = w.conversation({.id = QStringLiteral("cv") + id,
                                                 .customerId = customer,
                                                 .status = QStringLiteral("handed_off"),
                                                 .startedAt = now - ago - 600,
                                                 .lastMessageAt = now - ago});
    w.message({.id = QStringLiteral("m") + id,
               .conversationId = conversation,
               .body = message,
               .sentAt = now - ago - 300});
    w.message({.id = QStringLiteral("r") + id,
               .conversationId = conversation,
               .sender = QStringLiteral("assistant"),
               .body = QStringLiteral("Let me get someone from the salon to help."),
               .metadata = QStringLiteral(R"({"intent":"handoff"})"),
               .sentAt = now - ago - 200});
    w.handoff({.id = QStringLiteral("h") + id,
               .conversationId = conversation,
               .customerId = customer,
               .priority = priority,
               .createdAt = now - ago});
}

// The pane on `fixture`'s store for Ploy, shown at a laptop's size.
std::unique_ptr<EscalationsPane> openPane(StoreFixture &fixture)
{
    auto pane = std::make_unique<EscalationsPane>(
        fixture.executor(), nullptr,
        contextFor(kSalon, QStringLiteral("me"), {}, StaffRole::Admin));
    pane->resize(1240, 800);
    pane->show();
    return QTest::qWaitForWindowExposed(pane.get()) ? std::move(pane) : nullptr;
}

} // namespace

class TestEscalationsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueTranscriptAndCard()
    {
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const bool written = fixture.write(kSalon, now, [now](RowWriter &w) {
            writeAdmin(w);
            const struct
            {
                const char *id;
                const char *name;
                int priority;
                qint64 ago;
                const char *message;
            } handoffs[] = {
                {"1", "Somchai Jaidee", 1, 3 * 3600, "ขอยกเลิกนัดพรุ่งนี้ครับ ขอโทษด้วยนะครับ"},
                {"2", "Anong Srisuk", 3, 20 * 60, "Can I bring my daughter for a trim too?"},
            };
            for (const auto &h : handoffs) {
                const QString id = QString::fromLatin1(h.id);
                const QString customer =
                    w.customer({.id = QStringLiteral("c") + id,
                                .fullName = QString::fromUtf8(h.name),
                                .phone = QString(QStringLiteral("+66 81 000 000") + id),
                                .createdAt = now - 86400});
                writeHandoff(w, now, id, customer, h.priority, h.ago, QString::fromUtf8(h.message));
            }
        });
        QVERIFY(written);

        const auto opened = openPane(fixture);
        QVERIFY(opened);
        EscalationsPane &pane = *opened;
        const BusinessContext context =
            contextFor(kSalon, QStringLiteral("me"), {}, StaffRole::Admin);

        auto *queue = pane.findChild<QTableView *>(QStringLiteral("handoffQueue"));
        auto *transcript = pane.findChild<QListView *>(QStringLiteral("handoffTranscript"));
        auto *card = pane.findChild<QWidget *>(QStringLiteral("handoffCustomerCard"));
        QVERIFY(queue && transcript && card);
        QTRY_COMPARE(queue->model()->rowCount(), 2);
        // The urgent one first, and it opens by itself.
        QCOMPARE(queue->model()->index(0, 0).data(IdRole).toString(), QStringLiteral("h1"));
        QTRY_VERIFY(columnValues(*transcript->model())
                        .contains(QString::fromUtf8("ขอยกเลิกนัดพรุ่งนี้ครับ ขอโทษด้วยนะครับ")));

        // Pick the other handoff: its transcript and customer follow.
        queue->selectionModel()->setCurrentIndex(queue->model()->index(1, 0),
                                                 QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
        QTRY_VERIFY(columnValues(*transcript->model())
                        .contains(QStringLiteral("Can I bring my daughter for a trim too?")));
        auto *name = card->findChild<QLabel *>(QStringLiteral("customerName"));
        QVERIFY(name);
        QTRY_COMPARE(name->text(), QStringLiteral("Anong Srisuk"));
        // The bubbles have a real height (wrapped text, metadata line).
        QVERIFY(transcript->sizeHintForRow(1) > transcript->fontMetrics().height() * 2);

        // The numbers strip counts the open handoffs.
        bool sawOpen = false;
        for (StatTile *tile : pane.findChildren<StatTile *>()) {
            if (tile->accessibleName() == QStringLiteral("Open now")) {
                QTRY_COMPARE(tile->value(), context.locale.toString(2));
                sawOpen = true;
            }
        }
        QVERIFY(sawOpen);

        // Filters: nothing is mine; nothing is resolved.
        auto *mine = pane.findChild<QPushButton *>(QStringLiteral("filterMine"));
        QVERIFY(mine);
        mine->click();
        QTRY_VERIFY(!pane.queueModel()->isLoading());
        QTRY_COMPARE(queue->model()->rowCount(), 0);
        auto *empty = pane.findChild<QLabel *>(QStringLiteral("handoffQueueEmpty"));
        QVERIFY(empty);
        QTRY_VERIFY(empty->isVisible());
        auto *all = pane.findChild<QPushButton *>(QStringLiteral("filterAllOpen"));
        all->click();
        QTRY_COMPARE(queue->model()->rowCount(), 2);
    }

    void theCustomerCardShowsLongContactsWhole()
    {
        // The phone and a long e-mail beside the four figures: each has its line, a long one
        // wraps, and the card grows to show every line whole.
        StoreFixture fixture;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const bool written = fixture.write(kSalon, now, [now](RowWriter &w) {
            writeAdmin(w);
            const QString customer =
                w.customer({.id = QStringLiteral("c1"),
                            .fullName = QStringLiteral("Annelie Visser-Van der Westhuizen"),
                            .phone = QStringLiteral("+27652888037"),
                            .email = QStringLiteral(
                                "annelie.visser.vanderwesthuizen@example-salon-mail.co.za"),
                            .createdAt = now - 86400});
            writeHandoff(w, now, QStringLiteral("1"), customer, 2, 600, QStringLiteral("Hello"));
        });
        QVERIFY(written);
        const auto opened = openPane(fixture);
        QVERIFY(opened);
        EscalationsPane &pane = *opened;
        auto *card = pane.findChild<QWidget *>(QStringLiteral("handoffCustomerCard"));
        QVERIFY(card);
        auto *name = card->findChild<QLabel *>(QStringLiteral("customerName"));
        QVERIFY(name);
        QTRY_COMPARE(name->text(), QStringLiteral("Annelie Visser-Van der Westhuizen"));
        auto *email = card->findChild<QLabel *>(QStringLiteral("customerEmail"));
        QVERIFY(email);
        QCOMPARE(email->text(),
                 QStringLiteral("annelie.visser.vanderwesthuizen@example-salon-mail.co.za"));
        QVERIFY(email->isVisible());

        const auto labelsShowTheirText = [card] {
            QCoreApplication::sendPostedEvents(); // the card's layout, once the text is in
            for (const QLabel *label : card->findChildren<QLabel *>()) {
                if (label->text().isEmpty())
                    continue;
                const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                                     : label->sizeHint().height();
                if (label->height() < needed) {
                    qWarning("\"%s\" is %d px high and needs %d", qPrintable(label->text()),
                             label->height(), needed);
                    return false;
                }
                for (const QLabel *other : card->findChildren<QLabel *>()) {
                    if (other != label && !other->text().isEmpty()
                        && other->geometry().intersects(label->geometry())) {
                        qWarning("\"%s\" overlaps \"%s\"", qPrintable(label->text()),
                                 qPrintable(other->text()));
                        return false;
                    }
                }
            }
            return true;
        };
        QTRY_VERIFY(labelsShowTheirText());
        // Narrower still, as when the queue is dragged wider.
        pane.resize(1000, 800);
        QTRY_VERIFY(labelsShowTheirText());
    }
};

QTEST_MAIN(TestEscalationsPane)
#include "tst_escalationspane.moc"
