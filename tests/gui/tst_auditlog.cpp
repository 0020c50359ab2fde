// The owners' Audit log page on a generated demo salon: the demo's history in words, filters by
// person, kind and date (windows of 200, newest first), a local edit appearing at the top with
// the owner's name, and the CSV export of exactly the filtered lines.

#include "models/ModelRoles.h"
#include "models/business/AuditLogModel.h"
#include "models/common/DeskEdits.h"
#include "store/BusinessContext.h"
#include "store/StoreExecutor.h"
#include "store/demo/DemoSalon.h"
#include "ui/business/AuditLogPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Chairside;

class TestAuditLog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StoreExecutor> m_store;
    BusinessContext m_context;
    QString m_ownerName;

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        return m_store
            ->run([sql, binds](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &v : binds)
                    q.addBindValue(v);
                return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
            })
            .result();
    }

    std::unique_ptr<AuditLogPage> openPage()
    {
        auto page = std::make_unique<AuditLogPage>(m_store.get(), m_context, nullptr);
        QSignalSpy ready(page.get(), &AuditLogPage::filtersReady);
        QSignalSpy counted(page->model(), &AuditLogModel::counted);
        page->resize(1200, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()) || !(ready.size() > 0 || ready.wait(10000))
            || !(counted.size() > 0 || counted.wait(10000)))
            return nullptr;
        return page;
    }

    // Waits for the model to settle on a new filter; the matching count.
    static qint64 settle(AuditLogPage *page)
    {
        QSignalSpy counted(page->model(), &AuditLogModel::counted);
        if (!counted.wait(10000))
            return -1;
        if (!QTest::qWaitFor([&] { return !page->model()->isLoading(); }, 10000))
            return -1;
        return counted.last().first().toLongLong();
    }

    // Every loaded row's value in `column` (raw role).
    static QStringList column(AuditLogModel *model, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values.append(model->index(row, column).data(role).toString());
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<StoreExecutor>(m_dir.filePath(QStringLiteral("demo.sqlite")));
        const auto context = m_store
                                 ->run([](QSqlDatabase &db) -> std::optional<BusinessContext> {
                                     DemoSalonOptions demo;
                                     demo.anchorDate = QDate(2026, 11, 22);
                                     if (generateDemoSalon(db, demo))
                                         return std::nullopt;
                                     return BusinessContext::loadDefault(db);
                                 })
                                 .result();
        QVERIFY(context);
        m_context = *context;
        m_ownerName = m_context.staffName;
        QVERIFY(!m_ownerName.isEmpty());
        // The demo has a history worth a viewer: several windows of it.
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM audit_log")) > 400);
    }

    void cleanupTestCase() { m_store.reset(); }

    void showsTheHistoryInWordsAndWindows()
    {
        auto page = openPage();
        QVERIFY(page);
        AuditLogModel *model = page->model();
        const qint64 all = count(QStringLiteral("SELECT count(*) FROM audit_log"));
        QCOMPARE(model->matchingCount(), all);
        QCOMPARE(model->rowCount(), AuditLogModel::kWindowSize); // one window, not the table
        QVERIFY(model->canFetchMore({}));
        QAbstractItemModelTester tester(model);
        model->fetchMore({});
        QTRY_VERIFY(model->rowCount() >= 2 * AuditLogModel::kWindowSize);
        // Newest first.
        QVERIFY(model->index(0, AuditLogModel::WhenColumn).data(RawValueRole).toLongLong()
                >= model->index(399, AuditLogModel::WhenColumn).data(RawValueRole).toLongLong());
        // In words: the owner's setup changes are there by name.
        const QStringList what = column(model, AuditLogModel::WhatColumn);
        QVERIFY(!what.contains(QString()));
        QVERIFY(std::none_of(what.cbegin(), what.cend(),
                             [](const QString &w) { return w.contains(u'_'); }));
    }

    void filtersByKindPersonAndDate()
    {
        auto page = openPage();
        QVERIFY(page);
        AuditLogModel *model = page->model();
        auto *area = page->findChild<QComboBox *>(QStringLiteral("auditArea"));
        auto *person = page->findChild<QComboBox *>(QStringLiteral("auditPerson"));
        QVERIFY(area && person);

        area->setCurrentIndex(area->findText(QStringLiteral("Reminder rules")));
        QCOMPARE(settle(page.get()), 1);
        QCOMPARE(model->index(0, AuditLogModel::WhatColumn).data().toString(),
                 QStringLiteral("Changed the reminder rules: quiet hours 20:00\u201308:00"));
        QCOMPARE(model->index(0, AuditLogModel::WhoColumn).data().toString(), m_ownerName);
        QCOMPARE(model->index(0, AuditLogModel::RecordColumn).data().toString(),
                 QStringLiteral("Reminder rules"));

        area->setCurrentIndex(area->findText(QStringLiteral("Loyalty rules")));
        const qint64 rules = settle(page.get());
        QCOMPARE(rules, count(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name IN "
                                             "('loyalty_tiers', 'loyalty_rewards')")));
        QVERIFY(column(model, AuditLogModel::RecordColumn)
                    .contains(u"Loyalty tier \u201cSilver\u201d"));

        // One person: only their lines.
        area->setCurrentIndex(0);
        settle(page.get());
        person->setCurrentIndex(person->findText(m_ownerName));
        const qint64 owners = settle(page.get());
        QCOMPARE(owners, count(QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                              "actor_staff_id = ?"),
                               {m_context.staffId}));
        QVERIFY(owners > 0);
        const QStringList who = column(model, AuditLogModel::WhoColumn);
        QCOMPARE(QStringList(who.size(), m_ownerName), who);

        // Automatic lines: the assistant's handoffs.
        person->setCurrentIndex(1);
        QCOMPARE(
            settle(page.get()),
            count(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor_staff_id IS NULL")));
        QVERIFY(column(model, AuditLogModel::WhoColumn).contains(QStringLiteral("Automatic")));

        // One day, in the business's zone.
        person->setCurrentIndex(0);
        settle(page.get());
        auto *from = page->findChild<QDateEdit *>(QStringLiteral("auditFrom"));
        auto *to = page->findChild<QDateEdit *>(QStringLiteral("auditTo"));
        const QDate day(2026, 11, 19);
        to->setDate(day);
        settle(page.get());
        from->setDate(day);
        const qint64 start = QDateTime(day, QTime(0, 0), m_context.timeZone).toSecsSinceEpoch();
        QCOMPARE(settle(page.get()),
                 count(QStringLiteral("SELECT count(*) FROM audit_log WHERE at >= ? AND at < ?"),
                       {start, start + 86400}));
        for (int row = 0; row < model->rowCount(); ++row) {
            const qint64 at = model->index(row, 0).data(RawValueRole).toLongLong();
            QVERIFY(at >= start && at < start + 86400);
        }
    }

    void aLocalEditShowsAtTheTopWithTheOwnersName()
    {
        auto page = openPage();
        QVERIFY(page);
        DeskEdits edits(m_store.get(), LocalActor{m_context.staffId, StaffRole::Owner},
                        Outbox::Mode::LocalOnly);
        Mutation m;
        m.id = Mutations::newId();
        m.kind = QStringLiteral("reminder_rules.set");
        m.payload = QJsonObject{{QStringLiteral("reminder_24h_email"), false}};
        m.createdAt = QDateTime::currentSecsSinceEpoch();
        std::optional<OutboxResult> result;
        edits.submit(m, this, [&](const OutboxResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY2(result->ok, qPrintable(result->error));
        // The page's range ends today; the new line is today's, so it shows at the top.
        QTRY_COMPARE(page->model()->index(0, AuditLogModel::WhatColumn).data().toString(),
                     QStringLiteral("Changed the reminder rules: 24 h e-mail off"));
        QCOMPARE(page->model()->index(0, AuditLogModel::WhoColumn).data().toString(), m_ownerName);
    }

    void exportsExactlyTheFilteredLines()
    {
        auto page = openPage();
        QVERIFY(page);
        auto *area = page->findChild<QComboBox *>(QStringLiteral("auditArea"));
        area->setCurrentIndex(area->findText(QStringLiteral("Loyalty points")));
        const qint64 expected = settle(page.get());
        QVERIFY(expected > AuditLogModel::kWindowSize); // more than one window
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        QSignalSpy exported(page.get(), &AuditLogPage::exported);
        page->exportTo(path);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QCOMPARE(exported.first().at(0).toLongLong(), expected);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        // Header, the lines, and the empty remainder after the last CRLF.
        QCOMPARE(lines.size(), expected + 2);
        QCOMPARE(lines.first(), QByteArray("When,Who,What,Record,Action,Table,Record id\r"));
        for (qsizetype i = 1; i <= expected; ++i) {
            QVERIFY2(lines.at(i).contains(",loyalty_ledger,"), lines.at(i).constData());
            QVERIFY(lines.at(i).endsWith('\r'));
        }
        QVERIFY(lines.at(1).contains(",loyalty."));
    }
};

QTEST_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
