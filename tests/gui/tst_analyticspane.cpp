// The Analytics pane on a fixture store: the KPI cards fill and follow the period selector.
#include "core/analytics/AnalyticsFormulas.h"
#include "models/ModelRoles.h"
#include "models/analytics/KpiModel.h"
#include "store/Database.h"
#include "store/StoreExecutor.h"
#include "ui/panes/AnalyticsPane.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
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

} // namespace

class TestAnalyticsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodSwitchChangesBookings()
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
                       {"time_zone", QStringLiteral("Africa/Johannesburg")},
                       {"currency", QStringLiteral("ZAR")},
                       {"locale", QStringLiteral("en_ZA")},
                       {"updated_at", now}});
            insertRow(d, "staff_members",
                      {{"id", QStringLiteral("s1")},
                       {"business_id", kBusiness},
                       {"display_name", QStringLiteral("Thandi")},
                       {"role", QStringLiteral("owner")},
                       {"updated_at", now}});
            insertRow(d, "services",
                      {{"id", QStringLiteral("cut")},
                       {"business_id", kBusiness},
                       {"name", QStringLiteral("Cut")},
                       {"duration_minutes", 60},
                       {"price_minor", 35000},
                       {"updated_at", now}});
            // Two days ago (inside every period) and twenty days ago (inside 30 and 90 only).
            const struct
            {
                const char *id;
                qint64 daysAgo;
            } appointments[] = {{"a1", 2}, {"a2", 20}};
            for (const auto &a : appointments) {
                const qint64 start = now - a.daysAgo * 86400;
                insertRow(d, "appointments",
                          {{"id", QString::fromLatin1(a.id)},
                           {"business_id", kBusiness},
                           {"staff_id", QStringLiteral("s1")},
                           {"service_id", QStringLiteral("cut")},
                           {"starts_at", start},
                           {"ends_at", start + 3600},
                           {"status", QStringLiteral("completed")},
                           {"source", QStringLiteral("desk")},
                           {"price_minor", 35000},
                           {"created_at", start - 86400},
                           {"updated_at", now}});
            }
        }
        Database::closeForThisThread(path);

        StoreExecutor store(path);
        BusinessContext context;
        context.businessId = kBusiness;
        context.businessName = QStringLiteral("Salon");
        context.timeZone = QTimeZone("Africa/Johannesburg");
        context.currency = QStringLiteral("ZAR");
        context.locale = QLocale(QStringLiteral("en_ZA"));
        context.staffId = QStringLiteral("s1");

        AnalyticsPane pane(&store, context);
        pane.resize(1240, 820);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.findChild<QWidget *>(QStringLiteral("kpiCards")));
        auto *chart = pane.findChild<QChartView *>(QStringLiteral("bookingsChart"));
        QVERIFY(chart);

        KpiModel *kpis = pane.kpiModel();
        const QModelIndex bookings =
            kpis->index(KpiModel::rowOf(Kpi::Bookings), KpiModel::ValueColumn);
        QCOMPARE(pane.periodDays(), 30);
        QTRY_VERIFY(kpis->hasData() && !pane.isLoading());
        QCOMPARE(bookings.data(RawValueRole).toDouble(), 2.0);
        QCOMPARE(kpis->index(KpiModel::rowOf(Kpi::Revenue), KpiModel::ValueColumn)
                     .data(RawValueRole)
                     .toDouble(),
                 70000.0);
        QCOMPARE(chart->chart()->series().size(), 2); // this period and the one before

        auto *week = pane.findChild<QPushButton *>(QStringLiteral("period7"));
        QVERIFY(week);
        week->click();
        QTRY_COMPARE(bookings.data(RawValueRole).toDouble(), 1.0);
        QTRY_VERIFY(!pane.isLoading());
        QCOMPARE(pane.periodDays(), 7);
        auto *cards = pane.findChild<QWidget *>(QStringLiteral("kpiCards"));
        bool sawBookings = false;
        for (QLabel *label : cards->findChildren<QLabel *>(QStringLiteral("kpiValue"))) {
            if (label->parentWidget()->accessibleName() == QStringLiteral("Bookings")) {
                QCOMPARE(label->text(), QStringLiteral("1"));
                sawBookings = true;
            }
        }
        QVERIFY(sawBookings);

        pane.findChild<QPushButton *>(QStringLiteral("period90"))->click();
        QTRY_COMPARE(bookings.data(RawValueRole).toDouble(), 2.0);
    }
};

QTEST_MAIN(TestAnalyticsPane)
#include "tst_analyticspane.moc"
