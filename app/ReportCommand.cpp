#include "app/ReportCommand.h"

#include "app/CommandStore.h"
#include "models/ModelRoles.h"
#include "models/analytics/KpiModel.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "store/repositories/AnalyticsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Chairside {

namespace {

enum ExitCode { Done = 0, Failed = 1, NotSignedIn = 4 };

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::ReportCommand", text);
}

void say(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("chairside: %1\n").arg(line)), stderr);
    std::fflush(stderr);
}

QString unitKey(KpiUnit unit)
{
    switch (unit) {
    case KpiUnit::Count:
        return QStringLiteral("count");
    case KpiUnit::Money:
        return QStringLiteral("money_minor");
    case KpiUnit::Fraction:
        return QStringLiteral("fraction");
    case KpiUnit::Duration:
        return QStringLiteral("seconds");
    }
    return {};
}

QJsonValue number(const QVariant &value)
{
    return value.isValid() ? QJsonValue(value.toDouble()) : QJsonValue(QJsonValue::Null);
}

QString asJson(const BusinessContext &context, const KpiReport &report, const KpiModel &model)
{
    const auto range = [](const ReportPeriod &period) {
        return QJsonObject{{QStringLiteral("from"), period.first.toString(Qt::ISODate)},
                           {QStringLiteral("to"), period.last.toString(Qt::ISODate)},
                           {QStringLiteral("days"), period.days()}};
    };
    QJsonArray kpis;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Kpi kpi = KpiModel::kpiAt(row);
        const auto cell = [&](int column) {
            return model.index(row, column);
        };
        kpis.append(QJsonObject{
            {QStringLiteral("key"), kpiKey(kpi)},
            {QStringLiteral("name"), KpiModel::kpiName(kpi)},
            {QStringLiteral("unit"), unitKey(kpiUnit(kpi))},
            {QStringLiteral("value"), number(cell(KpiModel::ValueColumn).data(RawValueRole))},
            {QStringLiteral("previous"), number(cell(KpiModel::PreviousColumn).data(RawValueRole))},
            {QStringLiteral("change"), number(cell(KpiModel::ChangeColumn).data(RawValueRole))},
            {QStringLiteral("value_text"), cell(KpiModel::ValueColumn).data().toString()},
            {QStringLiteral("previous_text"), cell(KpiModel::PreviousColumn).data().toString()},
            {QStringLiteral("change_text"), cell(KpiModel::ChangeColumn).data().toString()},
            {QStringLiteral("definition"), KpiModel::formula(kpi)}});
    }
    const QJsonObject root{{QStringLiteral("business"), context.businessName},
                           {QStringLiteral("currency"), context.currency},
                           {QStringLiteral("time_zone"), QString::fromUtf8(context.timeZone.id())},
                           {QStringLiteral("period"), range(report.period)},
                           {QStringLiteral("previous_period"), range(report.previous)},
                           {QStringLiteral("kpis"), kpis}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

QString asText(const BusinessContext &context, const KpiReport &report, const KpiModel &model)
{
    const QString format = QStringLiteral("yyyy-MM-dd");
    QString text =
        tr("%1: %2 to %3 (%4 days), compared with %5 to %6\n")
            .arg(context.businessName, report.period.first.toString(format),
                 report.period.last.toString(format))
            .arg(report.period.days())
            .arg(report.previous.first.toString(format), report.previous.last.toString(format));
    int nameWidth = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        nameWidth = std::max<int>(
            nameWidth, int(model.index(row, KpiModel::NameColumn).data().toString().size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto cell = [&](int column) {
            return model.index(row, column).data().toString();
        };
        text += cell(KpiModel::NameColumn).leftJustified(nameWidth) + u"  "
                + cell(KpiModel::ValueColumn).rightJustified(16) + u"  "
                + tr("previous %1").arg(cell(KpiModel::PreviousColumn)).leftJustified(28) + u"  "
                + cell(KpiModel::ChangeColumn) + u'\n';
    }
    return text;
}

} // namespace

int runReportCommand(const CommandLineOptions &options, AppSettings &settings,
                     const QString &dataDir)
{
    const CommandStore store = openCommandStore(options, settings, dataDir);
    int code = Done;
    if (!store.context) {
        complain(store.error);
        code = store.exitCode;
    } else {
        QSqlDatabase db = Database::connectionForThisThread(store.path);
        const BusinessContext &context = *store.context;
        // The dashboard's own call and model, so the numbers cannot drift apart.
        const ReportPeriod period =
            periodBetween(options.reportFrom, options.reportTo, context.timeZone);
        const KpiReport report = AnalyticsRepository(db).kpis(context.businessId, period);
        if (report.error) {
            complain(report.error->message);
            code = Failed;
        } else {
            KpiModel model(context.currency, context.locale);
            model.setCounts(report.before, report.current, report.period.days());
            say(options.json ? asJson(context, report, model) : asText(context, report, model));
        }
    }
    if (!store.path.isEmpty())
        Database::closeForThisThread(store.path);
    return code;
}

} // namespace Chairside
