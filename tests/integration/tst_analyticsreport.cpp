// The owner's numbers for the demo salon, three ways: `chairside report --json` (the built binary,
// no display), the Analytics pane's KPI model, and the test's own reading of the store: plain
// SQL row reads with every metric worked out here in C++, without core/analytics or the
// repository. All three must agree.
#include "models/ModelRoles.h"
#include "models/analytics/KpiModel.h"
#include "store/BusinessContext.h"
#include "store/StoreExecutor.h"
#include "ui/panes/AnalyticsPane.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPalette>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <map>
#include <optional>

using namespace Chairside;

namespace {

const QString kDemoDate = QStringLiteral("2026-11-22");
const QDate kFrom(2026, 10, 24); // 30 days up to the demo date
const QDate kTo(2026, 11, 22);

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

using Metrics = std::map<QString, std::optional<double>>;

std::optional<double> ratio(double numerator, double denominator)
{
    if (denominator <= 0)
        return std::nullopt;
    return numerator / denominator;
}

// Every KPI of [first, last] from the raw rows.
Metrics computeMetrics(QSqlDatabase &db, const QTimeZone &zone, QDate first, QDate last)
{
    const qint64 start = first.startOfDay(zone).toSecsSinceEpoch();
    const qint64 end = last.addDays(1).startOfDay(zone).toSecsSinceEpoch();
    const auto inPeriod = [&](qint64 t) {
        return t >= start && t < end;
    };
    const auto dayEnd = [&](qint64 t) {
        return QDateTime::fromSecsSinceEpoch(t, zone)
            .date()
            .addDays(1)
            .startOfDay(zone)
            .toSecsSinceEpoch();
    };

    struct Row
    {
        QString id, customer, status, source, staff;
        qint64 starts = 0, ends = 0, created = 0, updated = 0, price = 0;
    };
    QList<Row> rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, COALESCE(customer_id, ''), status, source, starts_at, "
                          "ends_at, created_at, updated_at, price_minor, staff_id "
                          "FROM appointments WHERE deleted_at IS NULL"));
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(9).toString(), q.value(4).toLongLong(),
                     q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
                     q.value(8).toLongLong()});

    // When each appointment was cancelled, from its history.
    QHash<QString, qint64> cancelledAt;
    q.exec(QStringLiteral("SELECT appointment_id, at, kind, detail FROM appointment_events "
                          "WHERE deleted_at IS NULL"));
    while (q.next()) {
        const QString kind = q.value(2).toString();
        const bool cancel =
            kind == u"cancelled"
            || (kind == u"status" && q.value(3).toString().contains(u"-> cancelled"));
        if (cancel) {
            qint64 &when = cancelledAt[q.value(0).toString()];
            when = std::max(when, q.value(1).toLongLong());
        }
    }

    double bookings = 0, completed = 0, cancelled = 0, noShows = 0, revenue = 0, late = 0;
    double leadCount = 0, leadTotal = 0, bookedSeconds = 0;
    QHash<QString, QList<const Row *>> byCustomer;
    for (const Row &r : std::as_const(rows)) {
        if (!r.customer.isEmpty())
            byCustomer[r.customer].append(&r);
        if (!inPeriod(r.starts))
            continue;
        bookings += 1;
        if (r.status == u"completed") {
            completed += 1;
            revenue += double(r.price);
        }
        if (r.status == u"no_show")
            noShows += 1;
        if (r.status == u"cancelled") {
            cancelled += 1;
            const qint64 when = cancelledAt.value(r.id, r.updated);
            if (r.starts - when < 24 * 3600)
                late += 1;
        }
        if (r.source != u"walk_in") {
            leadCount += 1;
            leadTotal += double(std::max<qint64>(0, r.starts - r.created));
        }
        if (r.status != u"cancelled" && r.status != u"no_show")
            bookedSeconds += double(std::min(r.ends, end) - r.starts);
    }

    double visits = 0, rebooked = 0, clients = 0, newClients = 0;
    for (auto it = byCustomer.cbegin(); it != byCustomer.cend(); ++it) {
        qint64 firstCompleted = std::numeric_limits<qint64>::max();
        bool visitedInPeriod = false;
        for (const Row *visit : it.value()) {
            if (visit->status != u"completed")
                continue;
            firstCompleted = std::min(firstCompleted, visit->starts);
            if (!inPeriod(visit->starts))
                continue;
            visitedInPeriod = true;
            visits += 1;
            const qint64 deadline = dayEnd(visit->starts);
            for (const Row *other : it.value()) {
                if (other->starts > visit->starts && other->created < deadline) {
                    rebooked += 1;
                    break;
                }
            }
        }
        if (visitedInPeriod) {
            clients += 1;
            if (inPeriod(firstCompleted))
                newClients += 1;
        }
    }

    // Rostered minutes: every day of the period, every active staff member's hours.
    std::map<int, double> minutesPerWeekday;
    q.exec(QStringLiteral("SELECT w.weekday, w.start_minute, w.end_minute, "
                          "w.break_start_minute, w.break_end_minute FROM working_hours w "
                          "JOIN staff_members s ON s.id = w.staff_id WHERE w.deleted_at IS NULL "
                          "AND s.deleted_at IS NULL AND s.active = 1"));
    while (q.next()) {
        double minutes = q.value(2).toDouble() - q.value(1).toDouble();
        if (!q.value(3).isNull() && !q.value(4).isNull())
            minutes -= q.value(4).toDouble() - q.value(3).toDouble();
        minutesPerWeekday[q.value(0).toInt()] += minutes;
    }
    double rostered = 0;
    for (QDate day = first; day <= last; day = day.addDays(1))
        rostered += minutesPerWeekday[day.dayOfWeek()];

    double conversations = 0, resolvedByAi = 0, handedOff = 0;
    QHash<QString, int> handoffsPerConversation;
    double handoffs = 0, handoffsBooked = 0;
    q.exec(QStringLiteral(
        "SELECT conversation_id, created_at, outcome FROM ai_handoffs WHERE deleted_at IS NULL"));
    while (q.next()) {
        handoffsPerConversation[q.value(0).toString()] += 1;
        if (inPeriod(q.value(1).toLongLong())) {
            handoffs += 1;
            if (q.value(2).toString() == u"booked")
                handoffsBooked += 1;
        }
    }
    q.exec(QStringLiteral(
        "SELECT id, status, started_at FROM ai_conversations WHERE deleted_at IS NULL"));
    while (q.next()) {
        if (!inPeriod(q.value(2).toLongLong()))
            continue;
        conversations += 1;
        if (q.value(1).toString() == u"resolved_by_ai")
            resolvedByAi += 1;
        if (handoffsPerConversation.contains(q.value(0).toString()))
            handedOff += 1;
    }

    double issued = 0, redeemed = 0;
    q.exec(QStringLiteral(
        "SELECT kind, points, created_at FROM loyalty_ledger WHERE deleted_at IS NULL"));
    while (q.next()) {
        if (!inPeriod(q.value(2).toLongLong()))
            continue;
        const QString kind = q.value(0).toString();
        if (kind == u"earn" || kind == u"award")
            issued += q.value(1).toDouble();
        else if (kind == u"redeem")
            redeemed -= q.value(1).toDouble();
    }

    Metrics m;
    m[QStringLiteral("bookings")] = bookings;
    m[QStringLiteral("revenue")] = revenue;
    m[QStringLiteral("average_bill")] =
        completed > 0 ? std::optional<double>(std::round(revenue / completed)) : std::nullopt;
    m[QStringLiteral("completion_rate")] = ratio(completed, bookings);
    m[QStringLiteral("no_show_rate")] = ratio(noShows, bookings);
    m[QStringLiteral("cancellation_rate")] = ratio(cancelled, bookings);
    m[QStringLiteral("late_cancellation_rate")] = ratio(late, bookings);
    m[QStringLiteral("average_lead_time_seconds")] = ratio(leadTotal, leadCount);
    m[QStringLiteral("utilisation")] = ratio(std::floor(bookedSeconds / 60), rostered);
    m[QStringLiteral("rebooking_rate")] = ratio(rebooked, visits);
    m[QStringLiteral("new_clients")] = newClients;
    m[QStringLiteral("returning_clients")] = clients - newClients;
    m[QStringLiteral("ai_resolution_rate")] = ratio(resolvedByAi, conversations);
    m[QStringLiteral("handoff_rate")] = ratio(handedOff, conversations);
    m[QStringLiteral("handoffs")] = handoffs;
    m[QStringLiteral("handoff_booking_conversion")] = ratio(handoffsBooked, handoffs);
    m[QStringLiteral("points_issued")] = issued;
    m[QStringLiteral("points_redeemed")] = redeemed;
    return m;
}

bool same(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

QString describe(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QStringLiteral("none");
}

} // namespace

class TestAnalyticsReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_store;
    QTimeZone m_zone;
    Metrics m_current;
    Metrics m_previous;

    Run chairside(QStringList arguments) const
    {
        arguments << QStringLiteral("--data-dir") << m_dir.path() << QStringLiteral("--demo-date")
                  << kDemoDate;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // The report must not need a display.
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CHAIRSIDE_BINARY), arguments);
        Run run;
        if (!process.waitForFinished(180000))
            return run;
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = QDir(m_dir.path()).filePath(QStringLiteral("chairside.sqlite"));
    }

    void reportJsonMatchesOwnSql()
    {
        const Run run = chairside({QStringLiteral("report"), QStringLiteral("--from"),
                                   kFrom.toString(Qt::ISODate), QStringLiteral("--to"),
                                   kTo.toString(Qt::ISODate), QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &parseError);
        QVERIFY2(document.isObject(), qPrintable(parseError.errorString() + run.out));
        const QJsonObject root = document.object();
        QCOMPARE(root.value(u"period").toObject().value(u"from").toString(),
                 kFrom.toString(Qt::ISODate));
        QCOMPARE(root.value(u"period").toObject().value(u"days").toInt(), 30);
        QCOMPARE(root.value(u"previous_period").toObject().value(u"to").toString(),
                 kFrom.addDays(-1).toString(Qt::ISODate));

        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_store);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT time_zone FROM businesses LIMIT 1")) && q.next());
            m_zone = QTimeZone(q.value(0).toString().toUtf8());
            QVERIFY(m_zone.isValid());
            m_current = computeMetrics(db, m_zone, kFrom, kTo);
            m_previous = computeMetrics(db, m_zone, kFrom.addDays(-30), kFrom.addDays(-1));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        // The demo salon is busy enough that every card has a value.
        const QJsonArray kpis = root.value(u"kpis").toArray();
        QCOMPARE(kpis.size(), kKpiCount);
        QCOMPARE(int(m_current.size()), kKpiCount);
        for (const QJsonValue &entry : kpis) {
            const QJsonObject kpi = entry.toObject();
            const QString key = kpi.value(u"key").toString();
            QVERIFY2(m_current.count(key), qPrintable(key));
            const auto json = [](const QJsonValue &v) {
                return v.isNull() ? std::optional<double>() : std::optional(v.toDouble());
            };
            QVERIFY2(same(json(kpi.value(u"value")), m_current[key]),
                     qPrintable(QStringLiteral("%1: report %2, own SQL %3")
                                    .arg(key, describe(json(kpi.value(u"value"))),
                                         describe(m_current[key]))));
            QVERIFY2(same(json(kpi.value(u"previous")), m_previous[key]),
                     qPrintable(QStringLiteral("%1 (previous): report %2, own SQL %3")
                                    .arg(key, describe(json(kpi.value(u"previous"))),
                                         describe(m_previous[key]))));
            QVERIFY(!kpi.value(u"definition").toString().isEmpty());
        }
        QVERIFY(m_current[QStringLiteral("bookings")].value_or(0) > 100);
        QVERIFY(m_current[QStringLiteral("late_cancellation_rate")].value_or(0) > 0);
        QVERIFY(m_current[QStringLiteral("rebooking_rate")].value_or(0) > 0);
        QVERIFY(m_current[QStringLiteral("new_clients")].value_or(0) > 0);
        QVERIFY(m_current[QStringLiteral("handoff_booking_conversion")].value_or(0) > 0);
    }

    void reportTextAndErrors()
    {
        const Run text = chairside({QStringLiteral("report"), QStringLiteral("--from"),
                                    kFrom.toString(Qt::ISODate), QStringLiteral("--to"),
                                    kTo.toString(Qt::ISODate)});
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY(text.out.contains(QStringLiteral("Late cancellation rate")));
        QVERIFY(text.out.contains(QStringLiteral("Handoff → booking")));
        QCOMPARE(text.out.count(u'\n'), kKpiCount + 1);

        const Run backwards = chairside({QStringLiteral("report"), QStringLiteral("--from"),
                                         kTo.toString(Qt::ISODate), QStringLiteral("--to"),
                                         kFrom.toString(Qt::ISODate)});
        QCOMPARE(backwards.code, 2);
        QVERIFY(backwards.err.contains(QStringLiteral("--to must not be before --from")));
        const Run missing = chairside(
            {QStringLiteral("report"), QStringLiteral("--from"), kFrom.toString(Qt::ISODate)});
        QCOMPARE(missing.code, 2);
    }

    void dashboardMatchesOwnSql()
    {
        QVERIFY(!m_current.empty());
        StoreExecutor store(m_store);
        std::optional<BusinessContext> context;
        store.run([&context](QSqlDatabase &db) { context = BusinessContext::loadDefault(db); })
            .waitForFinished();
        QVERIFY2(context, qPrintable(store.lastOpenError() ? store.lastOpenError()->message
                                                           : QStringLiteral("no business")));
        AnalyticsPane pane(&store, *context);
        pane.resize(1300, 900);
        pane.show();
        QSignalSpy shown(&pane, &AnalyticsPane::reportShown);
        pane.setCustomPeriod(kFrom, kTo);
        QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading() && pane.report().period.first == kFrom, 30000);
        QCOMPARE(pane.periodDays(), 0);
        KpiModel *model = pane.kpiModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString key =
                model->index(row, KpiModel::NameColumn).data(RawValueRole).toString();
            const auto value = [&](int column) {
                const QVariant raw = model->index(row, column).data(RawValueRole);
                return raw.isValid() ? std::optional(raw.toDouble()) : std::nullopt;
            };
            QVERIFY2(same(value(KpiModel::ValueColumn), m_current[key]),
                     qPrintable(QStringLiteral("%1: dashboard %2, own SQL %3")
                                    .arg(key, describe(value(KpiModel::ValueColumn)),
                                         describe(m_current[key]))));
            QVERIFY2(same(value(KpiModel::PreviousColumn), m_previous[key]), qPrintable(key));
        }

        // With CHAIRSIDE_ANALYTICS_KEEP=<dir> the whole dashboard (light and dark) and its PDF
        // report are kept there for a look.
        const QString keep = qEnvironmentVariable("CHAIRSIDE_ANALYTICS_KEEP");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            auto *content = pane.findChild<QWidget *>(QStringLiteral("kpiCards"))->parentWidget();
            QCoreApplication::processEvents(); // the charts lay out their axes in posted events
            QVERIFY(content->grab().save(QDir(keep).filePath(QStringLiteral("light.png"))));
            QCOMPARE(pane.exportPdf(QDir(keep).filePath(QStringLiteral("dashboard.pdf"))),
                     QString());
            QPalette dark = pane.palette();
            dark.setColor(QPalette::Window, QColor(0x24, 0x24, 0x28));
            dark.setColor(QPalette::Base, QColor(0x2e, 0x2e, 0x34));
            dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x40));
            for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                dark.setColor(role, QColor(0xee, 0xee, 0xee));
            dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa8));
            pane.setPalette(dark);
            pane.setCustomPeriod(kFrom.addDays(-60), kTo);
            QTRY_VERIFY_WITH_TIMEOUT(!pane.isLoading() && pane.report().period.days() == 90, 30000);
            QCoreApplication::processEvents();
            QVERIFY(content->grab().save(QDir(keep).filePath(QStringLiteral("dark.png"))));
        }
    }
};

QTEST_MAIN(TestAnalyticsReport)
#include "tst_analyticsreport.moc"
