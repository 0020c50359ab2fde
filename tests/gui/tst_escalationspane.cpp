// The Escalations pane on a fixture store: the queue fills, the first handoff opens, picking
// another shows its transcript and customer.
#include "models/ModelRoles.h"
#include "models/escalations/HandoffQueueModel.h"
#include "models/escalations/TranscriptModel.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "ui/escalations/StatTile.h"
#include "ui/panes/EscalationsPane.h"

#include <QDateTime>
#include <QLabel>
#include <QListView>
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

QStringList transcriptTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, 0).data().toString());
    return texts;
}

} // namespace

class TestEscalationsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void queueTranscriptAndCard()
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
                       {"time_zone", QStringLiteral("Asia/Bangkok")},
                       {"currency", QStringLiteral("THB")},
                       {"locale", QStringLiteral("th_TH")},
                       {"updated_at", now}});
            insertRow(d, "staff_members",
                      {{"id", QStringLiteral("me")},
                       {"business_id", kBusiness},
                       {"display_name", QStringLiteral("Ploy")},
                       {"role", QStringLiteral("admin")},
                       {"updated_at", now}});
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
                insertRow(d, "customers",
                          {{"id", QString(QStringLiteral("c") + id)},
                           {"business_id", kBusiness},
                           {"full_name", QString::fromUtf8(h.name)},
                           {"phone", QString(QStringLiteral("+66 81 000 000") + id)},
                           {"created_at", now - 86400},
                           {"updated_at", now}});
                insertRow(d, "ai_conversations",
                          {{"id", QString(QStringLiteral("cv") + id)},
                           {"business_id", kBusiness},
                           {"customer_id", QString(QStringLiteral("c") + id)},
                           {"channel", QStringLiteral("whatsapp")},
                           {"status", QStringLiteral("handed_off")},
                           {"started_at", now - h.ago - 600},
                           {"last_message_at", now - h.ago},
                           {"updated_at", now}});
                insertRow(d, "ai_messages",
                          {{"id", QString(QStringLiteral("m") + id)},
                           {"business_id", kBusiness},
                           {"conversation_id", QString(QStringLiteral("cv") + id)},
                           {"sender", QStringLiteral("customer")},
                           {"body", QString::fromUtf8(h.message)},
                           {"sent_at", now - h.ago - 300},
                           {"updated_at", now}});
                insertRow(d, "ai_messages",
                          {{"id", QString(QStringLiteral("r") + id)},
                           {"business_id", kBusiness},
                           {"conversation_id", QString(QStringLiteral("cv") + id)},
                           {"sender", QStringLiteral("assistant")},
                           {"body", QStringLiteral("Let me get someone from the salon to help.")},
                           {"metadata", QStringLiteral(R"({"intent":"handoff"})")},
                           {"sent_at", now - h.ago - 200},
                           {"updated_at", now}});
                insertRow(d, "ai_handoffs",
                          {{"id", QString(QStringLiteral("h") + id)},
                           {"business_id", kBusiness},
                           {"conversation_id", QString(QStringLiteral("cv") + id)},
                           {"customer_id", QString(QStringLiteral("c") + id)},
                           {"reason", QStringLiteral("Customer asked for a person")},
                           {"priority", h.priority},
                           {"created_at", now - h.ago},
                           {"updated_at", now}});
            }
        }
        Database::closeForThisThread(path);

        StoreExecutor store(path);
        BusinessContext context;
        context.businessId = kBusiness;
        context.businessName = QStringLiteral("Salon");
        context.timeZone = QTimeZone("Asia/Bangkok");
        context.currency = QStringLiteral("THB");
        context.locale = QLocale(QStringLiteral("th_TH"));
        context.staffId = QStringLiteral("me");
        context.role = StaffRole::Admin;

        EscalationsPane pane(&store, context);
        pane.resize(1240, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        auto *queue = pane.findChild<QTableView *>(QStringLiteral("handoffQueue"));
        auto *transcript = pane.findChild<QListView *>(QStringLiteral("handoffTranscript"));
        auto *card = pane.findChild<QWidget *>(QStringLiteral("handoffCustomerCard"));
        QVERIFY(queue && transcript && card);
        QTRY_COMPARE(queue->model()->rowCount(), 2);
        // The urgent one first, and it opens by itself.
        QCOMPARE(queue->model()->index(0, 0).data(IdRole).toString(), QStringLiteral("h1"));
        QTRY_VERIFY(transcriptTexts(transcript->model())
                        .contains(QString::fromUtf8("ขอยกเลิกนัดพรุ่งนี้ครับ ขอโทษด้วยนะครับ")));

        // Pick the other handoff: its transcript and customer follow.
        queue->selectionModel()->setCurrentIndex(queue->model()->index(1, 0),
                                                 QItemSelectionModel::ClearAndSelect
                                                     | QItemSelectionModel::Rows);
        QTRY_VERIFY(transcriptTexts(transcript->model())
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
};

QTEST_MAIN(TestEscalationsPane)
#include "tst_escalationspane.moc"
