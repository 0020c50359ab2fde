#include "models/sync/SyncIssuesModel.h"
#include "store/StoreExecutor.h"
#include "sync/Outbox.h"
#include "tests/support/fixtures/DeskSalon.h"
#include "ui/sync/SyncIssuesDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Chairside;
namespace Desk = Chairside::Fixtures::DeskSalon;

namespace {

const LocalActor kOwner{Desk::kAnna, StaffRole::Owner};

QJsonObject answer(const Mutation &m, const char *status, const char *code, const QString &reason)
{
    return QJsonObject{{QStringLiteral("mutation_id"), m.id},
                       {QStringLiteral("status"), QLatin1String(status)},
                       {QStringLiteral("code"), QLatin1String(code)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("row"), QJsonValue(QJsonValue::Null)}};
}

QPushButton *buttonNamed(QWidget *dialog, const QString &accessibleName)
{
    const QList<QPushButton *> buttons = dialog->findChildren<QPushButton *>();
    for (QPushButton *button : buttons) {
        if (button->accessibleName() == accessibleName)
            return button;
    }
    return nullptr;
}

} // namespace

class TestSyncIssuesDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixtures::StoreFixture> m_fixture;

    // Two refused edits: a rescheduled appointment in conflict, then a rejected redemption.
    bool writeIssues()
    {
        QSqlDatabase db = m_fixture->database();
        Outbox outbox(db);
        const Mutation move =
            Mutations::rescheduleAppointment(QStringLiteral("a1"), Desk::at(Desk::kDay, 13, 0));
        const Mutation redeem = Mutations::redeemPoints(Desk::kThandi, 300, QStringLiteral("Gift"));
        bool ok = outbox.enqueue(move, kOwner).ok && outbox.enqueue(redeem, kOwner).ok;
        ok = ok
             && outbox
                    .recordAnswers(
                        {answer(move, "conflict", "version_mismatch",
                                QStringLiteral("Someone else changed this appointment first.")),
                         answer(redeem, "rejected", "insufficient_points",
                                QStringLiteral(
                                    "The customer has 120 points, so 300 cannot be taken off."))})
                    .ok;
        db = QSqlDatabase();
        m_fixture->closeDatabase();
        return ok;
    }

    int pending()
    {
        return m_fixture->executor()
            ->run([](QSqlDatabase &db) { return Outbox(db).pendingCount(); })
            .result();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = Desk::create();
        QVERIFY(m_fixture);
    }

    void cleanup() { m_fixture.reset(); }

    void listsIssuesWithTheServersReason()
    {
        QVERIFY(writeIssues());
        SyncIssuesModel model(m_fixture->executor(), Desk::context());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&model, &SyncIssuesModel::loaded);
        model.reload();
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SyncIssuesModel::ColumnCount));
        // Newest first.
        QCOMPARE(model.index(0, SyncIssuesModel::WhatColumn).data().toString(),
                 QStringLiteral("Redeem 300 points from Thandi Mokoena"));
        QCOMPARE(model.index(0, SyncIssuesModel::WhyColumn).data().toString(),
                 QStringLiteral("The customer has 120 points, so 300 cannot be taken off."));
        QCOMPARE(model.index(0, SyncIssuesModel::WhyColumn).data(RawValueRole).toString(),
                 QStringLiteral("insufficient_points"));
        QCOMPARE(model.index(0, 0).data(StatusKeyRole).toString(), QStringLiteral("rejected"));
        QCOMPARE(model.index(1, SyncIssuesModel::WhatColumn).data().toString(),
                 QStringLiteral("Move Thandi Mokoena's appointment to Tue 10 Mar 13:00"));
        QCOMPARE(model.index(1, 0).data(StatusKeyRole).toString(), QStringLiteral("conflict"));
        QVERIFY(!model.index(1, SyncIssuesModel::WhenColumn).data().toString().isEmpty());
        QVERIFY(model.index(1, 0).data(IdRole).toLongLong() > 0);
        QCOMPARE(model.headerData(SyncIssuesModel::WhyColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Why it was not accepted"));
        // Reloads when the outbox changes.
        m_fixture->executor()->run([](QSqlDatabase &db) {
            Outbox outbox(db);
            outbox.discard(outbox.issues().issues.first().id);
        });
        m_fixture->executor()->notifyTablesChanged({QStringLiteral("outbox")});
        QTRY_COMPARE(model.rowCount(), 1);
    }

    void retryQueuesTheChangeAgain()
    {
        QVERIFY(writeIssues());
        SyncIssuesDialog dialog(m_fixture->executor(), Desk::context());
        QAbstractItemModelTester tester(dialog.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SYNCISSUES_PNG"))
            dialog.grab().save(qEnvironmentVariable("CHAIRSIDE_SYNCISSUES_PNG"));
        QCOMPARE(pending(), 0);
        auto *view = dialog.findChild<QTableView *>();
        QVERIFY(view);
        view->selectRow(1); // the rescheduled appointment
        QPushButton *retry = buttonNamed(&dialog, QStringLiteral("Retry the selected change"));
        QVERIFY(retry);
        QTRY_VERIFY(retry->isEnabled());
        QSignalSpy changed(&dialog, &SyncIssuesDialog::issuesChanged);
        retry->click();
        QTRY_COMPARE(changed.size(), 1);
        QTRY_COMPARE(dialog.model()->rowCount(), 1);
        QCOMPARE(dialog.statusText(), QStringLiteral("The change was queued again."));
        QCOMPARE(pending(), 1);
        QCOMPARE(dialog.model()->index(0, 0).data(StatusKeyRole).toString(),
                 QStringLiteral("rejected"));
    }

    void aRetryRefusedLocallySaysWhy()
    {
        QVERIFY(writeIssues());
        // Thandi has 500 points; a redemption of 300 first leaves 200, so 300 cannot go again.
        m_fixture->executor()
            ->run([](QSqlDatabase &db) {
                return Outbox(db).enqueue(Mutations::redeemPoints(Desk::kThandi, 300, QString()),
                                          kOwner);
            })
            .waitForFinished();
        SyncIssuesDialog dialog(m_fixture->executor(), Desk::context());
        dialog.show();
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
        dialog.findChild<QTableView *>()->selectRow(0);
        buttonNamed(&dialog, QStringLiteral("Retry the selected change"))->click();
        QTRY_COMPARE(dialog.statusText(),
                     QStringLiteral("The customer has 200 points, so 300 cannot be taken off."));
        QCOMPARE(dialog.model()->rowCount(), 2);
    }

    void discardAsksFirstThenRemoves()
    {
        QVERIFY(writeIssues());
        SyncIssuesDialog dialog(m_fixture->executor(), Desk::context());
        dialog.show();
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
        QPushButton *discard = buttonNamed(&dialog, QStringLiteral("Discard the selected change"));
        QVERIFY(discard);
        QTRY_VERIFY(discard->isEnabled());

        // Cancelled: nothing happens.
        const auto answerBox = [](QMessageBox::StandardButton which) {
            QTimer::singleShot(0, [which] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("discardConfirmation"));
                box->button(which)->click();
            });
        };
        answerBox(QMessageBox::Cancel);
        discard->click();
        QCOMPARE(dialog.model()->rowCount(), 2);

        for (int left = 1; left >= 0; --left) {
            QTRY_VERIFY(discard->isEnabled());
            answerBox(QMessageBox::Discard);
            discard->click();
            QTRY_COMPARE(dialog.model()->rowCount(), left);
        }
        QCOMPARE(dialog.statusText(), QStringLiteral("The change was discarded."));
        auto *empty = dialog.findChild<QLabel *>();
        QVERIFY(empty);
        QLabel *inSync = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text() == u"Everything is in sync.")
                inSync = label;
        }
        QVERIFY(inSync);
        QTRY_VERIFY(inSync->isVisible());
        QVERIFY(!dialog.findChild<QTableView *>()->isVisible());
        QVERIFY(!discard->isEnabled());
        QCOMPARE(pending(), 0);
    }

    void anEmptyOutboxSaysEverythingIsInSync()
    {
        SyncIssuesDialog dialog(m_fixture->executor(), Desk::context());
        dialog.show();
        QSignalSpy loaded(dialog.model(), &SyncIssuesModel::loaded);
        QTRY_COMPARE(loaded.size(), 1);
        bool found = false;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text() == u"Everything is in sync." && label->isVisible())
                found = true;
        }
        QVERIFY(found);
        if (qEnvironmentVariableIsSet("CHAIRSIDE_SYNCISSUES_EMPTY_PNG"))
            dialog.grab().save(qEnvironmentVariable("CHAIRSIDE_SYNCISSUES_EMPTY_PNG"));
    }
};

QTEST_MAIN(TestSyncIssuesDialog)
#include "tst_syncissuesdialog.moc"
