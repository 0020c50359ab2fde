// Changing customers from the Customers & Loyalty pane on the desk salon: the customer dialog
// (validation errors, E.164, duplicate warning), loyalty awards and redemptions (refused below
// zero), the owner's adjustment, merging duplicates (from the profile and from the duplicate
// warning), exporting a customer's data and erasing a customer, on a real store file through
// DeskEdits and real widgets (offscreen).

#include "models/common/DeskEdits.h"
#include "models/customers/CustomerListModel.h"
#include "models/customers/CustomerProfileLoader.h"
#include "models/customers/LoyaltyLedgerModel.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "ui/customers/CustomerEditDialog.h"
#include "ui/customers/CustomerProfileWidget.h"
#include "ui/customers/EraseCustomerDialog.h"
#include "ui/customers/LoyaltyActionDialog.h"
#include "ui/customers/MergeCustomersDialog.h"
#include "ui/panes/CustomersPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;

class TestCustomerEdits final : public DeskSalonTest
{
    Q_OBJECT

    std::unique_ptr<DeskEdits> m_edits;

    QVariant value(const QString &sql)
    {
        std::optional<QVariant> answer;
        store()->run(
            this,
            [sql](QSqlDatabase &db) {
                QSqlQuery query(db);
                return query.exec(sql) && query.next() ? query.value(0)
                                                       : QVariant(QStringLiteral("<none>"));
            },
            [&answer](QVariant v) { answer = v; });
        return QTest::qWaitFor([&] { return answer.has_value(); }, 10000) ? *answer : QVariant();
    }

    // The salon's rewards: one Thandi (500 points) can afford, one she cannot.
    bool writeRewards()
    {
        return store()
            ->run([](QSqlDatabase &db) {
                RowWriter writer = Desk::writer(db);
                writer.loyaltyReward({.id = QStringLiteral("r1"),
                                      .name = QStringLiteral("Free blow-dry"),
                                      .costPoints = 300});
                writer.loyaltyReward({.id = QStringLiteral("r2"),
                                      .name = QStringLiteral("Free colour"),
                                      .costPoints = 900});
                QSqlQuery perks(db);
                return writer.ok()
                       && perks.exec(QStringLiteral("UPDATE loyalty_tiers SET perks = 'Tea and "
                                                    "10% off products' WHERE name = 'Silver'"));
            })
            .result();
    }

    // The pane with Thandi's profile open, editing as `role`, locally.
    std::unique_ptr<CustomersPane> openPane(StaffRole role = StaffRole::Owner)
    {
        BusinessContext context = Desk::context();
        context.role = role;
        m_edits = std::make_unique<DeskEdits>(store(), LocalActor{Desk::kAnna, role},
                                              Outbox::Mode::LocalOnly);
        auto pane = std::make_unique<CustomersPane>(store(), context, m_edits.get());
        pane->resize(1440, 860);
        pane->show();
        pane->activateWindow();
        if (!QTest::qWaitForWindowExposed(pane.get())
            || !QTest::qWaitFor([&] { return pane->listModel()->rowCount() == 3; }, 10000))
            return nullptr;
        pane->openCustomer(Desk::kThandi);
        if (!QTest::qWaitFor([&] { return profileName(pane.get()) == u"Thandi Mokoena"; }, 10000))
            return nullptr;
        return pane;
    }

    static QString profileName(CustomersPane *pane)
    {
        const auto &profile = pane->profileLoader()->profile();
        return profile && !pane->profileLoader()->isLoading() ? profile->fullName : QString();
    }

    template<typename Dialog>
    static Dialog *waitFor(QWidget *parent)
    {
        Dialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                dialog = parent->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            },
            10000);
        return shown ? dialog : nullptr;
    }

    static void shot(QWidget *widget, const char *name)
    {
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SHOTS"))
            widget->grab().save(qEnvironmentVariable("CHAIRSIDE_SHOTS") + u'/'
                                + QString::fromLatin1(name) + QStringLiteral(".png"));
    }

    static QPushButton *button(QWidget *parent, const char *name)
    {
        return parent->findChild<QPushButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void createsWithValidationAndE164()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        QVERIFY(button(pane.get(), "customerNewButton")->isVisible());

        // Ctrl+N in the pane opens an empty dialog.
        pane->findChild<QLineEdit *>(QStringLiteral("customerSearch"))->setFocus();
        QTest::keyClick(pane.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<CustomerEditDialog> dialog = waitFor<CustomerEditDialog>(pane.get());
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("customerNameEdit"));
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("customerPhoneEdit"));
        auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("customerEmailEdit"));
        auto *nameError = dialog->findChild<QLabel *>(QStringLiteral("customerNameError"));
        auto *phoneError = dialog->findChild<QLabel *>(QStringLiteral("customerPhoneError"));
        auto *emailError = dialog->findChild<QLabel *>(QStringLiteral("customerEmailError"));
        auto *consentError = dialog->findChild<QLabel *>(QStringLiteral("customerConsentError"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("customerPhoneHint"));
        QVERIFY(name && phone && email && nameError && phoneError && emailError && hint);

        // Everything wrong at once: each field says what is wrong with it, nothing is saved.
        QTest::keyClicks(phone, QStringLiteral("082 123 45"));
        QTest::keyClicks(email, QStringLiteral("lerato@example"));
        dialog->findChild<QCheckBox *>(QStringLiteral("customerConsentEmailBox"))->setChecked(true);
        dialog->findChild<QCheckBox *>(QStringLiteral("customerConsentWhatsAppBox"))
            ->setChecked(true);
        dialog->save();
        QVERIFY(nameError->isVisible());
        QCOMPARE(nameError->text(), QStringLiteral("⚠ Enter the customer's name."));
        QVERIFY(phoneError->isVisible());
        QVERIFY(phoneError->text().contains(QStringLiteral("too short")));
        QVERIFY(emailError->isVisible());
        QVERIFY(emailError->text().contains(QStringLiteral("e-mail address")));
        QVERIFY(!consentError->isVisible()); // phone and e-mail were given, if wrong
        QCOMPARE(dialog->focusWidget(), name);
        QVERIFY(dialog->isVisible());
        shot(dialog, "customer-dialog-errors");

        // Fixed: the number as the customer said it is shown and saved as E.164.
        QTest::keyClicks(name, QStringLiteral("  Lerato   Dube "));
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("(082) 123-4567"));
        QCOMPARE(hint->text(), QStringLiteral("Saved as +27 82 123 4567"));
        email->clear();
        QTest::keyClicks(email, QStringLiteral(" lerato@example.co.za "));
        QTest::keyClicks(
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("customerAllergiesEdit")),
            QStringLiteral("Patch test for colour: clear"));
        QSignalSpy saved(dialog.data(), &CustomerEditDialog::saved);
        dialog->save();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000); // closed and deleted
        const QString id = saved.at(0).at(0).toString();
        QVERIFY(!id.isEmpty());
        const QString row =
            QStringLiteral("SELECT %1 FROM customers WHERE id = '") + id + QStringLiteral("'");
        QCOMPARE(value(row.arg(QStringLiteral("full_name"))).toString(),
                 QStringLiteral("Lerato Dube"));
        QCOMPARE(value(row.arg(QStringLiteral("phone"))).toString(),
                 QStringLiteral("+27821234567"));
        QCOMPARE(value(row.arg(QStringLiteral("email"))).toString(),
                 QStringLiteral("lerato@example.co.za"));
        QCOMPARE(value(row.arg(QStringLiteral("consent_whatsapp"))).toInt(), 1);
        QCOMPARE(value(row.arg(QStringLiteral("consent_sms"))).toInt(), 0);
        QCOMPARE(value(row.arg(QStringLiteral("consent_email"))).toInt(), 1);
        QCOMPARE(value(row.arg(QStringLiteral("allergy_notes"))).toString(),
                 QStringLiteral("Patch test for colour: clear"));

        // The new customer is open in the profile and in the list.
        QTRY_COMPARE_WITH_TIMEOUT(profileName(pane.get()), QStringLiteral("Lerato Dube"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(pane->listModel()->rowCount(), 4, 10000);
        QVERIFY(pane->listModel()->rowOf(id) >= 0);
        auto *contact = pane->findChild<QLabel *>(QStringLiteral("customerContact"));
        QVERIFY(contact->text().startsWith(QStringLiteral("+27 82 123 4567")));
    }

    void warnsAboutDuplicatesAndOpensTheExisting()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        // Priya's number typed the local way (stored as "+27 83 555 0202" in the salon).
        pane->newCustomer();
        QPointer<CustomerEditDialog> dialog = waitFor<CustomerEditDialog>(pane.get());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("customerNameEdit")),
                         QStringLiteral("P. Naidoo"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("customerPhoneEdit")),
                         QStringLiteral("083 555 0202"));
        auto *warning = dialog->findChild<QFrame *>(QStringLiteral("customerDuplicateWarning"));
        auto *text = dialog->findChild<QLabel *>(QStringLiteral("customerDuplicateText"));
        auto *open = button(dialog, "customerOpenDuplicate");
        auto *save = button(dialog, "customerSaveButton");
        QVERIFY(warning && text && open && save);
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || warning->isVisible(), 10000);
        QVERIFY(dialog); // not saved
        QVERIFY(text->text().startsWith(
            QStringLiteral("Priya Naidoo already has this phone number (+27 83 555 0202).")));
        QCOMPARE(open->text(), QStringLiteral("Open Priya Naidoo"));
        QCOMPARE(save->text(), QStringLiteral("Save anyway"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 3);
        shot(dialog, "customer-dialog-duplicate");
        // Opening the existing customer closes the dialog without saving.
        QTest::mouseClick(open, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(profileName(pane.get()), QStringLiteral("Priya Naidoo"), 10000);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 3);

        // The same e-mail in other letters is a duplicate too; saving again keeps both.
        pane->newCustomer();
        dialog = waitFor<CustomerEditDialog>(pane.get());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("customerNameEdit")),
                         QStringLiteral("Johan Jnr"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("customerEmailEdit")),
                         QStringLiteral("JOHAN@example.com"));
        warning = dialog->findChild<QFrame *>(QStringLiteral("customerDuplicateWarning"));
        text = dialog->findChild<QLabel *>(QStringLiteral("customerDuplicateText"));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || warning->isVisible(), 10000);
        QVERIFY(dialog);
        QVERIFY(text->text().startsWith(QStringLiteral(
            "Johan van der Merwe already has this e-mail address (johan@example.com).")));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 4);

        // Editing a customer does not find the customer themselves.
        pane->openCustomer(Desk::kThandi);
        QTRY_COMPARE_WITH_TIMEOUT(profileName(pane.get()), QStringLiteral("Thandi Mokoena"), 10000);
        pane->editSelected();
        dialog = waitFor<CustomerEditDialog>(pane.get());
        QVERIFY(dialog);
        auto *phone = dialog->findChild<QLineEdit *>(QStringLiteral("customerPhoneEdit"));
        QCOMPARE(phone->text(), QStringLiteral("+27 82 555 0101"));
        phone->clear();
        QTest::keyClicks(phone, QStringLiteral("082 555 0199"));
        auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("customerNotesEdit"));
        notes->setPlainText(QStringLiteral("Likes rooibos"));
        dialog->save();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        const QString thandi = QStringLiteral("SELECT %1 FROM customers WHERE id = '")
                               + Desk::kThandi + QStringLiteral("'");
        QCOMPARE(value(thandi.arg(QStringLiteral("phone"))).toString(),
                 QStringLiteral("+27825550199"));
        QCOMPARE(value(thandi.arg(QStringLiteral("notes"))).toString(),
                 QStringLiteral("Likes rooibos"));
        QCOMPARE(value(thandi.arg(QStringLiteral("email"))).toString(),
                 QStringLiteral("thandi@example.com")); // untouched
        QTRY_VERIFY_WITH_TIMEOUT(pane->findChild<QLabel *>(QStringLiteral("customerNotes"))->text()
                                     == u"Likes rooibos",
                                 10000);
    }

    void awardsAndRedeemsAndRefusesBelowZero()
    {
        QVERIFY(openStore());
        QVERIFY(writeRewards());
        auto pane = openPane();
        QVERIFY(pane);
        auto *balance = pane->findChild<QLabel *>(QStringLiteral("customerPointsBalance"));
        auto *status = pane->findChild<QLabel *>(QStringLiteral("customerActionStatus"));
        QCOMPARE(balance->text(), QStringLiteral("500 points"));
        QVERIFY(button(pane.get(), "customerAdjustButton")->isVisible()); // Anna owns the salon
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("customerTierPerks"))->text(),
                 QStringLiteral("Silver perks: Tea and 10% off products"));

        // Award: the reason is required.
        QTest::mouseClick(button(pane.get(), "customerAwardButton"), Qt::LeftButton);
        QPointer<LoyaltyActionDialog> dialog = waitFor<LoyaltyActionDialog>(pane.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->action(), LoyaltyActionDialog::Action::Award);
        auto *points = dialog->findChild<QSpinBox *>(QStringLiteral("loyaltyPointsSpin"));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("loyaltyReasonEdit"));
        auto *ok = button(dialog, "loyaltyOkButton");
        points->setValue(150);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(reason, QStringLiteral("Referred a friend"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("loyaltyBalanceAfter"))->text(),
                 QStringLiteral("Balance afterwards: 650 points"));
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), QStringLiteral("650 points"), 10000);
        QCOMPARE(status->text(), QStringLiteral("150 points awarded to Thandi Mokoena."));
        const QString award = QStringLiteral("SELECT %1 FROM loyalty_ledger WHERE customer_id = '")
                              + Desk::kThandi
                              + QStringLiteral("' AND kind = 'award' AND "
                                               "reason = 'Referred a friend'");
        QCOMPARE(value(award.arg(QStringLiteral("points"))).toLongLong(), 150);
        QCOMPARE(value(award.arg(QStringLiteral("created_by"))).toString(), Desk::kAnna);
        // The points history says who booked it.
        auto *ledger = pane->profileLoader()->ledgerModel();
        QCOMPARE(ledger->index(0, LoyaltyLedgerModel::ReasonColumn).data().toString(),
                 QStringLiteral("Referred a friend"));
        QCOMPARE(ledger->index(0, LoyaltyLedgerModel::ByColumn).data().toString(),
                 QStringLiteral("Anna Smith"));
        // Lifetime points grew too: 700 + 150.
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("customerLifetimePoints"))->text(),
                 QStringLiteral("850 lifetime points"));

        // Redeem: the colour (900) is refused with a sentence, the blow-dry (300) goes through.
        QTest::mouseClick(button(pane.get(), "customerRedeemButton"), Qt::LeftButton);
        dialog = waitFor<LoyaltyActionDialog>(pane.get());
        QVERIFY(dialog);
        auto *reward = dialog->findChild<QComboBox *>(QStringLiteral("loyaltyRewardCombo"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("loyaltyActionError"));
        ok = button(dialog, "loyaltyOkButton");
        QCOMPARE(reward->count(), 2);
        reward->setCurrentIndex(1);
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("Thandi Mokoena has 650 points and Free colour costs 900, so it "
                                "cannot be redeemed: the balance would go below zero."));
        shot(dialog, "loyalty-redeem-refused");
        dialog->submit(); // refused here too: nothing is written
        reward->setCurrentIndex(0);
        QVERIFY(ok->isEnabled());
        QVERIFY(!error->isVisible());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), QStringLiteral("350 points"), 10000);
        QCOMPARE(status->text(), QStringLiteral("Free blow-dry redeemed for 300 points."));
        const QString redeemed = QStringLiteral("SELECT %1 FROM loyalty_ledger WHERE "
                                                "customer_id = '")
                                 + Desk::kThandi
                                 + QStringLiteral("' AND kind = 'redeem' AND "
                                                  "reward_id = 'r1'");
        QCOMPARE(value(redeemed.arg(QStringLiteral("points"))).toLongLong(), -300);
        QCOMPARE(value(redeemed.arg(QStringLiteral("reason"))).toString(),
                 QStringLiteral("Free blow-dry"));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM loyalty_ledger WHERE reward_id = "
                                      "'r2'"))
                     .toInt(),
                 0);

        // A redemption that gets past the dialog (another desk spent the points meanwhile) is
        // refused by the store in the same spirit, and nothing is written.
        std::optional<OutboxResult> refused;
        m_edits->submit(
            Mutations::redeemPoints(Desk::kThandi, std::nullopt, {}, QStringLiteral("r2")), this,
            [&refused](const OutboxResult &r) { refused = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 10000);
        QVERIFY(!refused->ok);
        QCOMPARE(refused->error,
                 QStringLiteral("The customer has 350 points, so 900 cannot be taken off."));
        QCOMPARE(value(QStringLiteral("SELECT SUM(points) FROM loyalty_ledger WHERE "
                                      "customer_id = '")
                       + Desk::kThandi + QStringLiteral("'"))
                     .toLongLong(),
                 350);

        // The owner's adjustment: a reason, and never below zero either.
        QTest::mouseClick(button(pane.get(), "customerAdjustButton"), Qt::LeftButton);
        dialog = waitFor<LoyaltyActionDialog>(pane.get());
        QVERIFY(dialog);
        points = dialog->findChild<QSpinBox *>(QStringLiteral("loyaltyPointsSpin"));
        reason = dialog->findChild<QLineEdit *>(QStringLiteral("loyaltyReasonEdit"));
        ok = button(dialog, "loyaltyOkButton");
        QTest::keyClicks(reason, QStringLiteral("Double award on 3 March"));
        points->setValue(-400);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("loyaltyActionError"))
                    ->text()
                    .contains(QStringLiteral("below zero")));
        points->setValue(-150);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), QStringLiteral("200 points"), 10000);
        shot(pane.get(), "customers-pane-after-loyalty");
    }

    void mergesADuplicateFromTheProfile()
    {
        QVERIFY(openStore());
        auto pane = openPane(StaffRole::Admin);
        QVERIFY(pane);
        auto *balance = pane->findChild<QLabel *>(QStringLiteral("customerPointsBalance"));
        QCOMPARE(balance->text(), QStringLiteral("500 points"));
        QTest::mouseClick(button(pane.get(), "customerMergeButton"), Qt::LeftButton);
        QPointer<MergeCustomersDialog> dialog = waitFor<MergeCustomersDialog>(pane.get());
        QVERIFY(dialog);
        auto *merge = button(dialog, "mergeConfirmButton");
        auto *preview = dialog->findChild<QLabel *>(QStringLiteral("mergePreview"));
        QVERIFY(!merge->isEnabled());
        // Search for the other record and pick it; Thandi herself is not offered.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("mergeSearchEdit")),
                         QStringLiteral("priya"));
        auto *results = dialog->findChild<QListWidget *>(QStringLiteral("mergeCandidateList"));
        QTRY_COMPARE_WITH_TIMEOUT(results->count(), 1, 10000);
        QVERIFY(results->item(0)->text().startsWith(QStringLiteral("Priya Naidoo")));
        results->setCurrentRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(merge->isEnabled(), 10000);
        // What moves: Priya's two bookings and 95 points, to Thandi.
        QVERIFY2(preview->text().startsWith(QStringLiteral(
                     "Moves to Thandi Mokoena: 2 appointments, 95 points, 0 conversations.")),
                 qPrintable(preview->text()));
        QCOMPARE(merge->text(), QStringLiteral("&Merge into Thandi Mokoena"));
        // Keeping the other record instead turns the preview round.
        auto *keepOther = dialog->findChild<QRadioButton *>(QStringLiteral("mergeKeepOther"));
        QCOMPARE(keepOther->text(), QStringLiteral("Keep Priya Naidoo"));
        keepOther->setChecked(true);
        QVERIFY(preview->text().startsWith(
            QStringLiteral("Moves to Priya Naidoo: 5 appointments, 500 points, 0 conversations.")));
        dialog->keepCurrent(true);
        shot(dialog, "customer-merge-dialog");
        QTest::mouseClick(merge, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);

        // The profile shows Thandi with Priya's points and bookings; Priya left the list.
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), QStringLiteral("595 points"), 10000);
        QCOMPARE(profileName(pane.get()), QStringLiteral("Thandi Mokoena"));
        QTRY_COMPARE_WITH_TIMEOUT(pane->listModel()->rowCount(), 2, 10000);
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("customerActionStatus"))->text(),
                 QStringLiteral("Priya Naidoo was merged into Thandi Mokoena."));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM appointments WHERE customer_id = '")
                       + Desk::kThandi + QStringLiteral("'"))
                     .toInt(),
                 7);
        QCOMPARE(value(QStringLiteral("SELECT merged_into FROM customers WHERE id = '")
                       + Desk::kPriya + QStringLiteral("'"))
                     .toString(),
                 Desk::kThandi);
        // The demo salon audits it as the server would: on the kept customer, by the admin.
        QCOMPARE(value(QStringLiteral("SELECT action || ':' || row_id || ':' || detail FROM "
                                      "audit_log WHERE table_name = 'customers'"))
                     .toString(),
                 QStringLiteral("customer.merge:") + Desk::kThandi
                     + QStringLiteral(":{\"merged_from\":\"") + Desk::kPriya
                     + QStringLiteral("\"}"));
    }

    void mergesFromTheDuplicateWarning()
    {
        QVERIFY(openStore());
        auto pane = openPane(StaffRole::Owner);
        QVERIFY(pane);
        // Editing Thandi with Johan's e-mail: the warning offers to merge the two.
        pane->editSelected();
        QPointer<CustomerEditDialog> edit = waitFor<CustomerEditDialog>(pane.get());
        QVERIFY(edit);
        auto *email = edit->findChild<QLineEdit *>(QStringLiteral("customerEmailEdit"));
        email->clear();
        QTest::keyClicks(email, QStringLiteral("johan@example.com"));
        auto *warning = edit->findChild<QFrame *>(QStringLiteral("customerDuplicateWarning"));
        edit->save();
        QTRY_VERIFY_WITH_TIMEOUT(!edit || warning->isVisible(), 10000);
        QVERIFY(edit);
        auto *mergeButton = button(edit, "customerMergeDuplicate");
        QVERIFY(mergeButton->isVisible());
        QVERIFY(edit->findChild<QLabel *>(QStringLiteral("customerDuplicateText"))
                    ->text()
                    .endsWith(QStringLiteral("Open the existing customer, merge the two, or save "
                                             "again to keep both.")));
        QTest::mouseClick(mergeButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!edit, 10000); // closed without saving the e-mail
        QPointer<MergeCustomersDialog> dialog = waitFor<MergeCustomersDialog>(pane.get());
        QVERIFY(dialog);
        auto *merge = button(dialog, "mergeConfirmButton");
        QTRY_VERIFY_WITH_TIMEOUT(merge->isEnabled(), 10000); // Johan is chosen already
        // Keep Johan: Thandi's bookings and points go to him, and the profile shows him.
        dialog->keepCurrent(false);
        QCOMPARE(merge->text(), QStringLiteral("&Merge into Johan van der Merwe"));
        dialog->merge();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(profileName(pane.get()), QStringLiteral("Johan van der Merwe"),
                                  10000);
        auto *balance = pane->findChild<QLabel *>(QStringLiteral("customerPointsBalance"));
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), QStringLiteral("500 points"), 10000);
        // Johan had no notes or allergy notes: Thandi's come with her; his e-mail stays his.
        QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("customerAllergies"))->text(),
                 QStringLiteral("⚠ Allergies: Latex"));
        QCOMPARE(value(QStringLiteral("SELECT email FROM customers WHERE id = '") + Desk::kJohan
                       + QStringLiteral("'"))
                     .toString(),
                 QStringLiteral("johan@example.com"));
        QCOMPARE(value(QStringLiteral("SELECT email FROM customers WHERE id = '") + Desk::kThandi
                       + QStringLiteral("'"))
                     .toString(),
                 QString()); // the tombstone keeps no contact details
    }

    void adjustingIsForOwnersAndStaffCannotErase()
    {
        QVERIFY(openStore());
        auto pane = openPane(StaffRole::Staff);
        QVERIFY(pane);
        QVERIFY(button(pane.get(), "customerAwardButton")->isVisible());
        // Adjusting and merging are there but not for staff, and say why.
        QVERIFY(button(pane.get(), "customerAdjustButton")->isVisible());
        QVERIFY(!button(pane.get(), "customerAdjustButton")->isEnabled());
        QCOMPARE(button(pane.get(), "customerAdjustButton")->toolTip(),
                 QStringLiteral("Only the owner can correct a balance by hand"));
        QVERIFY(!button(pane.get(), "customerMergeButton")->isEnabled());
        QCOMPARE(button(pane.get(), "customerMergeButton")->toolTip(),
                 QStringLiteral("Only admins and owners can merge customers"));
        QVERIFY(!button(pane.get(), "customerEraseButton")->isVisible());
        // Staff do not read the AI conversations; the tab is not there for them.
        auto *tabs = pane->findChild<QTabWidget *>(QStringLiteral("customerHistoryTabs"));
        QVERIFY(!tabs->isTabVisible(3));
        QVERIFY(!pane->profileLoader()->profile()->conversationsShown);
        pane.reset();
        auto admin = openPane(StaffRole::Admin);
        QVERIFY(admin);
        QVERIFY(!button(admin.get(), "customerAdjustButton")->isEnabled());
        QVERIFY(button(admin.get(), "customerMergeButton")->isEnabled());
        QVERIFY(button(admin.get(), "customerEraseButton")->isVisible());
        tabs = admin->findChild<QTabWidget *>(QStringLiteral("customerHistoryTabs"));
        QVERIFY(tabs->isTabVisible(3));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Conversations (0)"));
        // Read-only (no DeskEdits): no New customer, no edit buttons, but export stays.
        CustomersPane readOnly(store(), Desk::context());
        readOnly.show();
        QVERIFY(QTest::qWaitForWindowExposed(&readOnly));
        QVERIFY(!button(&readOnly, "customerNewButton")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!profileName(&readOnly).isEmpty(), 10000);
        QVERIFY(!button(&readOnly, "customerEditButton")->isVisible());
        QVERIFY(button(&readOnly, "customerExportButton")->isVisible());
    }

    void exportsEverythingAboutTheCustomer()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString json = dir.filePath(QStringLiteral("thandi.json"));
        QSignalSpy finished(pane.get(), &CustomersPane::exportFinished);
        pane->exportSelectedTo(json);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(0).toString(), QString());

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject record = doc.object();
        const QJsonObject customer = record.value(QStringLiteral("customer")).toObject();
        QCOMPARE(customer.value(QStringLiteral("full_name")).toString(),
                 QStringLiteral("Thandi Mokoena"));
        QCOMPARE(customer.value(QStringLiteral("allergy_notes")).toString(),
                 QStringLiteral("Latex"));
        // Thandi's five bookings (a1, a4, a5, a7, a8) with their service names.
        const QJsonArray appointments = record.value(QStringLiteral("appointments")).toArray();
        QCOMPARE(appointments.size(), 5);
        QStringList ids;
        for (const QJsonValue &a : appointments) {
            ids.append(a.toObject().value(QStringLiteral("id")).toString());
            QVERIFY(!a.toObject().value(QStringLiteral("service_name")).toString().isEmpty());
        }
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("a1"), QStringLiteral("a4"), QStringLiteral("a5"),
                                   QStringLiteral("a7"), QStringLiteral("a8")}));
        QCOMPARE(record.value(QStringLiteral("loyalty_ledger")).toArray().size(), 3);
        QVERIFY(record.contains(QStringLiteral("conversations"))); // the owner may see them

        // The CSV sits next to it, one line per field.
        QFile csv(dir.filePath(QStringLiteral("thandi.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("section,record_id,field,value\r\n")));
        QVERIFY(text.contains(QStringLiteral("customer,") + Desk::kThandi
                              + QStringLiteral(",full_name,Thandi Mokoena\r\n")));
        QVERIFY(text.contains(QStringLiteral("appointment,a7,service_name,Full colour\r\n")));
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("customerActionStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Exported to")));

        // A folder that cannot be written says so, in a sentence.
        pane->exportSelectedTo(dir.filePath(QStringLiteral("missing/folder/thandi.json")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QVERIFY(finished.at(1).at(0).toString().startsWith(QStringLiteral("Cannot write")));
    }

    void erasesAfterTypingTheName()
    {
        QVERIFY(openStore());
        auto pane = openPane();
        QVERIFY(pane);
        QTest::mouseClick(button(pane.get(), "customerEraseButton"), Qt::LeftButton);
        QPointer<EraseCustomerDialog> dialog = waitFor<EraseCustomerDialog>(pane.get());
        QVERIFY(dialog);
        auto *typed = dialog->findChild<QLineEdit *>(QStringLiteral("eraseConfirmEdit"));
        auto *erase = button(dialog, "eraseConfirmButton");
        QVERIFY(!erase->isEnabled());
        QTest::keyClicks(typed, QStringLiteral("Thandi"));
        QVERIFY(!erase->isEnabled());
        QTest::keyClicks(typed, QStringLiteral(" mokoena"));
        QVERIFY(erase->isEnabled());
        QTest::mouseClick(erase, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, 10000);
        const QString thandi = QStringLiteral("SELECT %1 FROM customers WHERE id = '")
                               + Desk::kThandi + QStringLiteral("'");
        QTRY_COMPARE_WITH_TIMEOUT(value(thandi.arg(QStringLiteral("full_name"))).toString(),
                                  QStringLiteral("Erased customer"), 10000);
        QVERIFY(value(thandi.arg(QStringLiteral("phone"))).isNull());
        QVERIFY(!value(thandi.arg(QStringLiteral("deleted_at"))).isNull());
        // Aggregates stay: her appointments and points are still there.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM appointments WHERE customer_id = '")
                       + Desk::kThandi + QStringLiteral("'"))
                     .toInt(),
                 5);
        QTRY_COMPARE_WITH_TIMEOUT(pane->listModel()->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane->findChild<CustomerProfileWidget *>()->findChild<QLabel *>()->isVisible(), 10000);
    }
};

QTEST_MAIN(TestCustomerEdits)
#include "tst_customeredits.moc"
