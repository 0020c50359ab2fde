#include "ui/panes/AnalyticsPane.h"

#include "models/analytics/KpiModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/AnalyticsRepository.h"
#include "ui/analytics/ChartFactory.h"
#include "ui/analytics/KpiCardGrid.h"

#include <QButtonGroup>
#include <QChartView>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Chairside {

namespace {

bool touchesAnalytics(const QStringList &tables)
{
    static const QStringList kTables = {
        QStringLiteral("appointments"),  QStringLiteral("ai_conversations"),
        QStringLiteral("ai_handoffs"),   QStringLiteral("loyalty_ledger"),
        QStringLiteral("working_hours"), QStringLiteral("staff_members"),
        QStringLiteral("services")};
    for (const QString &table : tables) {
        if (kTables.contains(table))
            return true;
    }
    return false;
}

} // namespace

AnalyticsPane::AnalyticsPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_kpis(new KpiModel(context.currency, context.locale, this))
{
    m_kpis->setObjectName(QStringLiteral("kpiModel"));

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(12);

    // Title, period in words, and the period selector.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Analytics"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_periodLabel = new QLabel(content);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    m_periodLabel->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    titles->addWidget(title);
    titles->addWidget(m_periodLabel);
    header->addLayout(titles, 1);

    m_status = new QLabel(content);
    m_status->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    header->addWidget(m_status, 0, Qt::AlignBottom);
    header->addSpacing(12);

    m_periods = new QButtonGroup(content);
    m_periods->setExclusive(true);
    for (int days : {7, 30, 90}) {
        auto *button = new QPushButton(tr("%1 days").arg(days), content);
        button->setObjectName(QStringLiteral("period%1").arg(days));
        button->setCheckable(true);
        button->setChecked(days == m_days);
        button->setAccessibleName(tr("Show the last %1 days").arg(days));
        button->setToolTip(
            tr("The last %1 days up to and including today, compared with the %1 days "
               "before")
                .arg(days));
        m_periods->addButton(button, days);
        header->addWidget(button, 0, Qt::AlignBottom);
    }
    connect(m_periods, &QButtonGroup::idClicked, this, &AnalyticsPane::setPeriodDays);
    layout->addLayout(header);

    layout->addWidget(new KpiCardGrid(m_kpis, 4, content));

    auto *charts = new QHBoxLayout;
    charts->setSpacing(10);
    m_bookingsChart =
        ChartFactory::createView(QStringLiteral("bookingsChart"), tr("Bookings per day"), content);
    m_revenueChart =
        ChartFactory::createView(QStringLiteral("revenueChart"), tr("Revenue by service"), content);
    charts->addWidget(m_bookingsChart, 3);
    charts->addWidget(m_revenueChart, 2);
    layout->addLayout(charts, 1);

    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (touchesAnalytics(tables))
            reload();
    });
    reload();
}

AnalyticsPane::~AnalyticsPane() = default;

void AnalyticsPane::setPeriodDays(int days)
{
    if (days <= 0 || days == m_days)
        return;
    m_days = days;
    if (QAbstractButton *button = m_periods->button(days))
        button->setChecked(true);
    reload();
}

void AnalyticsPane::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Updating…"));
    const QDate today = QDateTime::currentDateTime().toTimeZone(m_context.timeZone).date();
    m_store->run(
        this,
        [businessId = m_context.businessId, zone = m_context.timeZone, today,
         days = m_days](QSqlDatabase &db) {
            return AnalyticsRepository(db).report(businessId, today, days, zone);
        },
        [this, generation](const AnalyticsReport &report) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (report.error) {
                m_status->setText(report.error->message);
                return;
            }
            m_status->clear();
            const QLocale &locale = m_context.locale;
            const QString format = QStringLiteral("d MMM yyyy");
            m_periodLabel->setText(tr("%1 – %2, compared with %3 – %4")
                                       .arg(locale.toString(report.period.first, format),
                                            locale.toString(report.period.last, format),
                                            locale.toString(report.previous.first, format),
                                            locale.toString(report.previous.last, format)));
            m_kpis->setCounts(report.before, report.current, report.period.days());
            ChartFactory::showBookingsPerDay(m_bookingsChart, report.period.first,
                                             report.bookingsPerDay, report.previousBookingsPerDay,
                                             locale);
            ChartFactory::showRevenueByService(m_revenueChart, report.revenueByService,
                                               m_context.currency, locale);
        });
}

} // namespace Chairside
