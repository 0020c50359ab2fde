#include "models/ModelRoles.h"
#include "models/customers/CustomerListModel.h"
#include "store/StoreExecutor.h"
#include "tests/support/fixtures/DeskSalonTest.h"
#include "ui/DarkPalette.h"
#include "ui/StatusText.h"
#include "ui/customers/CustomerProfileWidget.h"
#include "ui/panes/CustomersPane.h"

#include <QApplication>
#include <QDateTime>
#include <QFrame>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTableView>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;

class TestCustomersPane : public DeskSalonTest
{
    Q_OBJECT

private Q_SLOTS:
    void searchesAndShowsTheProfile()
    {
        QVERIFY(openStore());
        CustomersPane pane(store(), DeskSalon::context());
        pane.resize(1440, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        auto *list = pane.findChild<QTableView *>(QStringLiteral("customerList"));
        auto *search = pane.findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        auto *profile = pane.findChild<QWidget *>(QStringLiteral("customerProfile"));
        auto *name = pane.findChild<QLabel *>(QStringLiteral("customerProfileName"));
        auto *balance = pane.findChild<QLabel *>(QStringLiteral("customerPointsBalance"));
        QVERIFY(list && search && profile && name && balance);
        QVERIFY(!search->accessibleName().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 10000);
        // The first customer opens by itself, so the profile side is never empty.
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Johan van der Merwe"), 10000);
        QCOMPARE(list->selectionModel()->currentIndex().row(), 0);

        // Typing narrows the list; a single match opens at once.
        QTest::keyClicks(search, QStringLiteral("prI"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 10000);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Priya Naidoo"));
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Priya Naidoo"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(name->isVisible(), 10000);
        QCOMPARE(balance->text(), QStringLiteral("95 points"));

        search->clear();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 3, 10000);

        // Choosing Thandi in the list shows her profile and loyalty.
        auto *model = pane.listModel();
        const int row = model->rowOf(DeskSalon::kThandi);
        QVERIFY(row >= 0);
        const QRect rect = list->visualRect(model->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Thandi Mokoena"), 10000);
        QCOMPARE(balance->text(), QStringLiteral("500 points"));
        auto *tier = pane.findChild<QLabel *>(QStringLiteral("customerTier"));
        QVERIFY(tier);
        QCOMPARE(tier->text(), QStringLiteral("Tier: Silver"));
        auto *progress = pane.findChild<QProgressBar *>(QStringLiteral("customerTierProgress"));
        QVERIFY(progress);
        QCOMPARE(progress->value(), 20); // (700 - 500) / (1500 - 500)
        auto *next = pane.findChild<QLabel *>(QStringLiteral("customerNextTier"));
        QCOMPARE(next->text(), QStringLiteral("800 more lifetime points to Gold"));
        auto *allergies = pane.findChild<QLabel *>(QStringLiteral("customerAllergies"));
        QVERIFY(allergies->isVisible());
        QVERIFY(allergies->text().contains(QStringLiteral("Latex")));
        auto *whatsapp = pane.findChild<QLabel *>(QStringLiteral("customerConsentWhatsApp"));
        auto *sms = pane.findChild<QLabel *>(QStringLiteral("customerConsentSms"));
        QVERIFY(whatsapp->text().startsWith(QStringLiteral("✓")));
        QVERIFY(sms->text().startsWith(QStringLiteral("✕")));
        auto *visits = pane.findChild<QLabel *>(QStringLiteral("customerVisits"));
        QCOMPARE(visits->text(), QStringLiteral("2"));
        auto *noShows = pane.findChild<QLabel *>(QStringLiteral("customerNoShows"));
        QCOMPARE(noShows->text(), QStringLiteral("1"));
        auto *spend = pane.findChild<QLabel *>(QStringLiteral("customerTotalSpend"));
        QVERIFY(spend->text().contains(QStringLiteral("300")));
        auto *ledger = pane.findChild<QTableView *>(QStringLiteral("customerLedger"));
        QVERIFY(ledger);
        QCOMPARE(ledger->model()->rowCount(), 3);
        // Each table of the profile says when it is empty, and only then.
        int emptyNotes = 0;
        for (const char *table :
             {"customerUpcoming", "customerHistory", "customerLedger", "customerConversations"}) {
            auto *view = pane.findChild<QTableView *>(QString::fromLatin1(table));
            auto *note = pane.findChild<QLabel *>(QString::fromLatin1(table) + u"Empty");
            QVERIFY2(view && note, table);
            QCOMPARE(note->parentWidget(), view->viewport());
            QCOMPARE(note->isHidden(), view->model()->rowCount() > 0);
            emptyNotes += note->isHidden() ? 0 : 1;
        }
        QVERIFY(emptyNotes > 0); // Thandi has no upcoming booking
        auto *referral = pane.findChild<QLabel *>(QStringLiteral("customerReferralCode"));
        QVERIFY(referral->text().contains(QStringLiteral("THANDI10")));

        // New points arrive (a sync or an award): the list and the profile follow.
        store()
            ->run([](QSqlDatabase &db) {
                RowWriter writer(db, DeskSalon::kBusiness, QDateTime::currentSecsSinceEpoch());
                writer.ledgerEntry({.id = QStringLiteral("l9"),
                                    .customerId = DeskSalon::kThandi,
                                    .kind = QStringLiteral("award"),
                                    .points = 50,
                                    .reason = QStringLiteral("Referral")});
                return writer.ok();
            })
            .waitForFinished();
        store()->notifyTablesChanged({QStringLiteral("loyalty_ledger")});
        QTRY_COMPARE_WITH_TIMEOUT(balance->text(), QStringLiteral("550 points"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            model->index(model->rowOf(DeskSalon::kThandi), CustomerListModel::PointsColumn)
                .data(RawValueRole),
            QVariant(qint64(550)), 10000);
        QCOMPARE(ledger->model()->rowCount(), 4);
        // The selection survived the refresh.
        QCOMPARE(list->selectionModel()->currentIndex().row(), model->rowOf(DeskSalon::kThandi));

        // A search without matches empties the list but keeps the open profile.
        auto *noMatch = pane.findChild<QLabel *>(QStringLiteral("customerListEmpty"));
        QVERIFY(noMatch);
        QVERIFY(noMatch->isHidden());
        QTest::keyClicks(search, QStringLiteral("nobody here"));
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 0, 10000);
        QCOMPARE(name->text(), QStringLiteral("Thandi Mokoena"));
        // ... and the list says what found nothing.
        QTRY_VERIFY(!noMatch->isHidden());
        QCOMPARE(noMatch->text(), QStringLiteral("No customer matches “nobody here”."));
        // A long search is shortened in the sentence, never between an emoji's two halves.
        search->setText(QString(39, u'z') + QStringLiteral("💇 and more words"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_VERIFY(noMatch->text().contains(QString(39, u'z')));
        QCOMPARE(noMatch->text(),
                 QStringLiteral("No customer matches “%1…”.").arg(QString(39, u'z')));
    }

    // On a dark desktop theme the loyalty card is a deep tint of the dark surface, not a pale
    // panel under light words, and an error under the profile is a light red; a profile open
    // while the desktop switches theme follows, both ways.
    void theProfileFollowsADarkPalette()
    {
        QVERIFY(openStore());
        CustomersPane pane(store(), DeskSalon::context());
        pane.resize(1440, 860);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *name = pane.findChild<QLabel *>(QStringLiteral("customerProfileName"));
        auto *card = pane.findChild<QFrame *>(QStringLiteral("customerLoyalty"));
        auto *profile = pane.findChild<CustomerProfileWidget *>();
        auto *status = pane.findChild<QLabel *>(QStringLiteral("customerActionStatus"));
        QVERIFY(name && card && profile && status);
        QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("Johan van der Merwe"), 10000);
        profile->showStatus(QStringLiteral("The export could not be written."), true);

        const auto cardSurface = [card] {
            const QImage drawn = card->grab().toImage();
            return drawn.pixelColor(drawn.width() / 2, drawn.height() - 4).lightness();
        };
        const auto statusColour = [status] {
            return status->palette().color(status->foregroundRole());
        };
        const QPalette light = QApplication::palette();
        QVERIFY2(cardSurface() > 200, qPrintable(QString::number(cardSurface())));
        QCOMPARE(statusColour(), errorTextColour(light));

        QApplication::setPalette(darkDeskPalette());
        auto restore = qScopeGuard([&light] { QApplication::setPalette(light); });
        QTRY_VERIFY2(cardSurface() < 70, qPrintable(QString::number(cardSurface())));
        auto *balance = pane.findChild<QLabel *>(QStringLiteral("customerPointsBalance"));
        QVERIFY(balance->palette().color(balance->foregroundRole()).lightness() > 150);
        QCOMPARE(statusColour(), errorTextColour(darkDeskPalette()));
        QVERIFY(statusColour().lightness() > 150);

        restore.dismiss();
        QApplication::setPalette(light);
        QTRY_VERIFY(cardSurface() > 200);
        QCOMPARE(statusColour(), errorTextColour(light));
    }
};

QTEST_MAIN(TestCustomersPane)
#include "tst_customerspane.moc"
