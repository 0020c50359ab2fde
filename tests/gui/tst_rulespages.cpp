// The owners' Loyalty rules and Reminder rules pages on a generated demo salon (a real store file,
// DeskEdits in LocalOnly mode as in the demo): the earn rate, a tier threshold, a new reward and
// a reminder channel are changed through the real widgets and found in the cache and in the
// audit log; a falling tier ladder, equal quiet hours and an edit by someone who is not an owner
// are refused with the sentence on the page, and the owner's values stay.

#include "models/common/DeskEdits.h"
#include "store/BusinessContext.h"
#include "store/StoreExecutor.h"
#include "store/demo/DemoSalon.h"
#include "ui/business/LoyaltyRulesPage.h"
#include "ui/business/ReminderRulesPage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

#include <algorithm>
#include <memory>

using namespace Chairside;

class TestRulesPages final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StoreExecutor> m_store;
    BusinessContext m_context;
    int m_stores = 0;

    QVariant value(const QString &sql, const QVariantList &binds = {})
    {
        return m_store
            ->run([sql, binds](QSqlDatabase &db) {
                QSqlQuery q(db);
                q.prepare(sql);
                for (const QVariant &v : binds)
                    q.addBindValue(v);
                return q.exec() && q.next() ? q.value(0) : QVariant(QStringLiteral("<none>"));
            })
            .result();
    }

    template<typename W>
    static W *child(QWidget *page, const QString &name)
    {
        W *w = page->findChild<W *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }

    static void click(QWidget *page, const QString &name)
    {
        auto *button = page->findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // Replaces a spin box's text by typing, as a person would.
    static void type(QAbstractSpinBox *box, const QString &text)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
        QTest::keyClick(box, Qt::Key_Tab);
    }

    template<typename Page>
    std::unique_ptr<Page> openPage(DeskEdits *edits, StaffRole role = StaffRole::Owner)
    {
        BusinessContext context = m_context;
        context.role = role;
        auto page = std::make_unique<Page>(m_store.get(), context, edits);
        QSignalSpy loaded(page.get(), &Page::loaded);
        page->resize(1000, 700);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()) || !(loaded.size() > 0 || loaded.wait(10000)))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void init()
    {
        // A fresh demo salon for every test function.
        QVERIFY(m_dir.isValid());
        m_store.reset();
        m_store = std::make_unique<StoreExecutor>(
            m_dir.filePath(QStringLiteral("demo%1.sqlite").arg(++m_stores)));
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
        QCOMPARE(m_context.role, StaffRole::Owner);
    }

    void cleanup() { m_store.reset(); }

    void reminderChannelThroughTheWidgets()
    {
        DeskEdits edits(m_store.get(), LocalActor{m_context.staffId, StaffRole::Owner},
                        Outbox::Mode::LocalOnly);
        auto page = openPage<ReminderRulesPage>(&edits);
        QVERIFY(page);
        // The demo salon's rules: everything on but the 2 h e-mail, quiet 20:00-08:00.
        auto *sms2h = child<QCheckBox>(page.get(), QStringLiteral("reminder_2h_sms"));
        auto *email2h = child<QCheckBox>(page.get(), QStringLiteral("reminder_2h_email"));
        QVERIFY(sms2h && email2h);
        QVERIFY(sms2h->isChecked());
        QVERIFY(!email2h->isChecked());
        QCOMPARE(child<QTimeEdit>(page.get(), QStringLiteral("quietStart"))->time(), QTime(20, 0));
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("saveRules"))->isEnabled());

        QTest::mouseClick(sms2h, Qt::LeftButton);
        QVERIFY(!sms2h->isChecked());
        QVERIFY(page->hasUnsavedChanges());
        QSignalSpy saved(page.get(), &ReminderRulesPage::saved);
        click(page.get(), QStringLiteral("saveRules"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(page->message(), QStringLiteral("Saved."));

        const QString business = m_context.businessId;
        QCOMPARE(value(QStringLiteral("SELECT reminder_2h_sms FROM reminder_rules WHERE "
                                      "business_id = ?"),
                       {business})
                     .toInt(),
                 0);
        QCOMPARE(value(QStringLiteral("SELECT reminder_24h_sms FROM reminder_rules WHERE "
                                      "business_id = ?"),
                       {business})
                     .toInt(),
                 1);
        // The demo records it the way the server's audit trigger would.
        QCOMPARE(value(QStringLiteral("SELECT action || ' ' || detail || ' ' || actor_staff_id "
                                      "FROM audit_log WHERE table_name = 'reminder_rules' "
                                      "ORDER BY at DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("reminder_rules.update {\"reminder_2h_sms\":0} ")
                     + m_context.staffId);
        QTRY_VERIFY(!page->hasUnsavedChanges());
    }

    void quietHoursMustDifferAndWorkIsKept()
    {
        DeskEdits edits(m_store.get(), LocalActor{m_context.staffId, StaffRole::Owner},
                        Outbox::Mode::LocalOnly);
        auto page = openPage<ReminderRulesPage>(&edits);
        QVERIFY(page);
        auto *end = child<QTimeEdit>(page.get(), QStringLiteral("quietEnd"));
        QVERIFY(end);
        // The same start and end: the server's sentence, nothing written, the values stay.
        end->setFocus();
        end->setTime(QTime(20, 0));
        QTest::mouseClick(child<QCheckBox>(page.get(), QStringLiteral("reminder_24h_email")),
                          Qt::LeftButton);
        QSignalSpy refused(page.get(), &ReminderRulesPage::refused);
        click(page.get(), QStringLiteral("saveRules"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(page->message(),
                 QStringLiteral("Quiet hours need a start and a different end (or neither)."));
        QCOMPARE(end->time(), QTime(20, 0));
        QVERIFY(page->hasUnsavedChanges());
        QCOMPARE(value(QStringLiteral("SELECT quiet_end_minute || '/' || reminder_24h_email FROM "
                                      "reminder_rules"))
                     .toString(),
                 QStringLiteral("480/1"));

        // Quiet hours off is fine: both times go.
        QTest::mouseClick(child<QCheckBox>(page.get(), QStringLiteral("quietHours")),
                          Qt::LeftButton);
        QSignalSpy saved(page.get(), &ReminderRulesPage::saved);
        click(page.get(), QStringLiteral("saveRules"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(value(QStringLiteral("SELECT coalesce(quiet_start_minute, 'none') || '/' || "
                                      "reminder_24h_email FROM reminder_rules"))
                     .toString(),
                 QStringLiteral("none/0"));
    }

    void earnRateTierAndRewardThroughTheWidgets()
    {
        DeskEdits edits(m_store.get(), LocalActor{m_context.staffId, StaffRole::Owner},
                        Outbox::Mode::LocalOnly);
        auto page = openPage<LoyaltyRulesPage>(&edits);
        QVERIFY(page);
        auto *spend = child<QDoubleSpinBox>(page.get(), QStringLiteral("spendPerPoint"));
        auto *silver = child<QSpinBox>(page.get(), QStringLiteral("tierThreshold2"));
        QVERIFY(spend && silver);
        QCOMPARE(child<QLineEdit>(page.get(), QStringLiteral("tierName2"))->text(),
                 QStringLiteral("Silver"));
        QCOMPARE(silver->value(), 500);

        type(spend, QStringLiteral("12.50"));
        type(silver, QStringLiteral("650"));
        click(page.get(), QStringLiteral("addReward"));
        const int line = int(value(QStringLiteral("SELECT count(*) FROM loyalty_rewards WHERE "
                                                  "deleted_at IS NULL"))
                                 .toInt())
                         + 1;
        auto *rewardName = child<QLineEdit>(page.get(), QStringLiteral("rewardName%1").arg(line));
        auto *rewardCost = child<QSpinBox>(page.get(), QStringLiteral("rewardCost%1").arg(line));
        QVERIFY(rewardName && rewardCost);
        QTest::keyClicks(rewardName, QStringLiteral("Scalp massage"));
        type(rewardCost, QStringLiteral("180"));

        QSignalSpy saved(page.get(), &LoyaltyRulesPage::saved);
        click(page.get(), QStringLiteral("saveRules"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(page->message(), QStringLiteral("Saved."));

        QCOMPARE(
            value(QStringLiteral("SELECT loyalty_minor_per_point FROM businesses")).toLongLong(),
            1250);
        QCOMPARE(value(QStringLiteral("SELECT threshold_points FROM loyalty_tiers WHERE rank = 2"))
                     .toLongLong(),
                 650);
        QCOMPARE(value(QStringLiteral("SELECT cost_points || '/' || active FROM loyalty_rewards "
                                      "WHERE name = 'Scalp massage'"))
                     .toString(),
                 QStringLiteral("180/1"));
        QCOMPARE(value(QStringLiteral("SELECT group_concat(action, ',') FROM (SELECT action FROM "
                                      "audit_log WHERE actor_staff_id = ? AND at > ? ORDER BY "
                                      "action)"),
                       {m_context.staffId, QDateTime::currentSecsSinceEpoch() - 600})
                     .toString(),
                 QStringLiteral("business.update,loyalty_rewards.insert,loyalty_tiers.update"));
        // The page shows the saved rows again: saving once more has nothing to do.
        QTRY_VERIFY(!page->hasUnsavedChanges());
        const auto names =
            page->findChildren<QLineEdit *>(QRegularExpression(QStringLiteral("^rewardName\\d+$")));
        QCOMPARE(names.size(), line); // in name order, once
        QCOMPARE(std::count_if(names.cbegin(), names.cend(),
                               [](QLineEdit *e) { return e->text() == u"Scalp massage"; }),
                 1);
    }

    void fallingTierLadderIsRefusedAndKept()
    {
        DeskEdits edits(m_store.get(), LocalActor{m_context.staffId, StaffRole::Owner},
                        Outbox::Mode::LocalOnly);
        auto page = openPage<LoyaltyRulesPage>(&edits);
        QVERIFY(page);
        auto *gold = child<QSpinBox>(page.get(), QStringLiteral("tierThreshold3"));
        QVERIFY(gold);
        type(gold, QStringLiteral("400")); // below Silver's 500
        QSignalSpy refused(page.get(), &LoyaltyRulesPage::refused);
        click(page.get(), QStringLiteral("saveRules"));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(page->message(),
                 QStringLiteral("Each tier needs more points than the tier below it."));
        QCOMPARE(gold->value(), 400);
        QVERIFY(page->hasUnsavedChanges());
        QCOMPARE(value(QStringLiteral("SELECT threshold_points FROM loyalty_tiers WHERE rank = 3"))
                     .toLongLong(),
                 1500);

        // Raising Silver above Gold and Gold above that in one save: sent in an order the
        // server accepts (Gold first).
        type(gold, QStringLiteral("2500"));
        type(child<QSpinBox>(page.get(), QStringLiteral("tierThreshold2")), QStringLiteral("2000"));
        QSignalSpy saved(page.get(), &LoyaltyRulesPage::saved);
        click(page.get(), QStringLiteral("saveRules"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(value(QStringLiteral("SELECT group_concat(threshold_points, ',') FROM (SELECT "
                                      "threshold_points FROM loyalty_tiers ORDER BY rank)"))
                     .toString(),
                 QStringLiteral("0,2000,2500,4000,10000"));
    }

    void onlyOwnersMayChangeRules()
    {
        // A desk whose person is not an owner: the page is read-only and says why.
        DeskEdits staffEdits(m_store.get(), LocalActor{m_context.staffId, StaffRole::Staff},
                             Outbox::Mode::LocalOnly);
        auto readOnly = openPage<ReminderRulesPage>(&staffEdits, StaffRole::Staff);
        QVERIFY(readOnly);
        QVERIFY(!readOnly->isEnabled());
        QCOMPARE(readOnly->message(),
                 QStringLiteral("Only an owner can change the reminder rules."));
        readOnly.reset();

        // And if such an edit is made anyway, the desk refuses it like the server, and the
        // values stay on the page.
        auto page = openPage<LoyaltyRulesPage>(&staffEdits);
        QVERIFY(page);
        auto *expiry = child<QSpinBox>(page.get(), QStringLiteral("expiryMonths"));
        type(expiry, QStringLiteral("18"));
        QSignalSpy refused(page.get(), &LoyaltyRulesPage::refused);
        click(page.get(), QStringLiteral("saveRules"));
        QVERIFY(refused.wait(10000));
        QCOMPARE(page->message(), QStringLiteral("Only an owner can change the business setup."));
        QCOMPARE(expiry->value(), 18);
        QCOMPARE(value(QStringLiteral("SELECT loyalty_expiry_months FROM businesses")).toInt(), 12);
    }
};

QTEST_MAIN(TestRulesPages)
#include "tst_rulespages.moc"
