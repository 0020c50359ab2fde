#include "ui/panes/AnalyticsPane.h"

#include "core/AppointmentStatus.h"
#include "core/calendar/CsvWriter.h"
#include "models/analytics/KpiModel.h"
#include "store/StoreExecutor.h"
#include "ui/analytics/ChartFactory.h"
#include "ui/analytics/KpiCardGrid.h"

#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>

namespace Chairside {

namespace {

bool touchesAnalytics(const QStringList &tables)
{
    static const QStringList kTables = {
        QStringLiteral("appointments"),     QStringLiteral("appointment_events"),
        QStringLiteral("ai_conversations"), QStringLiteral("ai_handoffs"),
        QStringLiteral("loyalty_ledger"),   QStringLiteral("loyalty_tiers"),
        QStringLiteral("working_hours"),    QStringLiteral("staff_members"),
        QStringLiteral("services"),         QStringLiteral("customers")};
    for (const QString &table : tables) {
        if (kTables.contains(table))
            return true;
    }
    return false;
}

constexpr int kCustomPeriod = 0; // the id of the "Custom" button in the period group

QString sourceLabel(AppointmentSource source)
{
    switch (source) {
    case AppointmentSource::WhatsAppAi:
        return AnalyticsPane::tr("WhatsApp assistant");
    case AppointmentSource::Web:
        return AnalyticsPane::tr("Online booking");
    case AppointmentSource::Phone:
        return AnalyticsPane::tr("Phone");
    case AppointmentSource::WalkIn:
        return AnalyticsPane::tr("Walk-in");
    case AppointmentSource::Desk:
        return AnalyticsPane::tr("Desk");
    }
    return {};
}

QComboBox *filterBox(const QString &objectName, const QString &accessibleName,
                     const QString &everything, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setToolTip(AnalyticsPane::tr("%1 (narrows the charts; the cards always cover the whole "
                                      "business)")
                        .arg(accessibleName));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->addItem(everything, QString());
    return box;
}

// Keeps the chosen id when the list is refilled; falls back to "everything".
void refill(QComboBox *box, const QList<FilterChoice> &choices)
{
    const QString chosen = box->currentData().toString();
    const QSignalBlocker blocker(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const FilterChoice &choice : choices)
        box->addItem(choice.name, choice.id);
    const int index = box->findData(chosen);
    box->setCurrentIndex(index >= 0 ? index : 0);
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
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("analyticsScroll"));
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
    m_periodLabel->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(title);
    titles->addWidget(m_periodLabel);
    header->addLayout(titles, 1);

    m_status = new QLabel(content);
    m_status->setForegroundRole(QPalette::PlaceholderText);
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
    auto *custom = new QPushButton(tr("Custom…"), content);
    custom->setObjectName(QStringLiteral("periodCustom"));
    custom->setCheckable(true);
    custom->setAccessibleName(tr("Show a custom range of days"));
    custom->setToolTip(tr("Any range of whole days, compared with the same number of days "
                          "just before it"));
    m_periods->addButton(custom, kCustomPeriod);
    header->addWidget(custom, 0, Qt::AlignBottom);
    connect(m_periods, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == kCustomPeriod) {
            m_customRange->setVisible(true);
            setCustomPeriod(m_from->date(), m_to->date());
        } else {
            setPeriodDays(id);
        }
    });

    auto *exportPdf = new QPushButton(tr("PDF report…"), content);
    exportPdf->setObjectName(QStringLiteral("exportPdf"));
    exportPdf->setToolTip(tr("Save the cards, the charts and their definitions as a PDF file"));
    connect(exportPdf, &QPushButton::clicked, this, &AnalyticsPane::askExportPdf);
    header->addSpacing(12);
    header->addWidget(exportPdf, 0, Qt::AlignBottom);
    layout->addLayout(header);

    // The custom range, shown once "Custom…" is chosen.
    m_customRange = new QWidget(content);
    m_customRange->setObjectName(QStringLiteral("customRange"));
    auto *range = new QHBoxLayout(m_customRange);
    range->setContentsMargins(0, 0, 0, 0);
    const QDate today = QDateTime::currentDateTime().toTimeZone(m_context.timeZone).date();
    m_from = new QDateEdit(today.addDays(-13), m_customRange);
    m_from->setObjectName(QStringLiteral("customFrom"));
    m_to = new QDateEdit(today, m_customRange);
    m_to->setObjectName(QStringLiteral("customTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    range->addStretch(1);
    range->addWidget(new QLabel(tr("From"), m_customRange));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), m_customRange));
    range->addWidget(m_to);
    const auto rangeEdited = [this] {
        if (m_days == 0)
            setCustomPeriod(m_from->date(), m_to->date());
    };
    connect(m_from, &QDateEdit::dateChanged, this, rangeEdited);
    connect(m_to, &QDateEdit::dateChanged, this, rangeEdited);
    m_customRange->setVisible(false);
    layout->addWidget(m_customRange);

    m_cards = new KpiCardGrid(m_kpis, 6, content);
    layout->addWidget(m_cards);
    connect(m_cards, &KpiCardGrid::cardActivated, this, &AnalyticsPane::showDefinition);

    m_definition = new QLabel(content);
    m_definition->setObjectName(QStringLiteral("kpiDefinition"));
    m_definition->setWordWrap(true);
    m_definition->setTextFormat(Qt::PlainText);
    m_definition->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_definition->setFrameShape(QFrame::StyledPanel);
    m_definition->setMargin(10);
    m_definition->setVisible(false);
    layout->addWidget(m_definition);

    // Filters for the charts.
    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Charts for"), content));
    m_staffFilter =
        filterBox(QStringLiteral("staffFilter"), tr("Staff member"), tr("All staff"), content);
    m_serviceFilter =
        filterBox(QStringLiteral("serviceFilter"), tr("Service"), tr("All services"), content);
    m_sourceFilter =
        filterBox(QStringLiteral("sourceFilter"), tr("Booking source"), tr("All sources"), content);
    for (int i = 0; i < kAppointmentSourceCount; ++i)
        m_sourceFilter->addItem(sourceLabel(AppointmentSource(i)), toKey(AppointmentSource(i)));
    for (QComboBox *box : {m_staffFilter, m_serviceFilter, m_sourceFilter}) {
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            setFilter({m_staffFilter->currentData().toString(),
                       m_serviceFilter->currentData().toString(),
                       m_sourceFilter->currentData().toString()});
        });
    }
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *charts = new QGridLayout;
    charts->setSpacing(10);
    for (int i = 0; i < kAnalyticsChartCount; ++i)
        charts->addWidget(chartFrame(AnalyticsChart(i), content), i / 2, i % 2);
    charts->setColumnStretch(0, 1);
    charts->setColumnStretch(1, 1);
    layout->addLayout(charts, 1);

    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (touchesAnalytics(tables))
            reload();
    });
    reload();
}

AnalyticsPane::~AnalyticsPane() = default;

void AnalyticsPane::changeEvent(QEvent *event)
{
    // Light to dark or back: the charts take their theme from the palette, so redraw them from
    // the report already read (no query).
    if (event->type() == QEvent::PaletteChange && m_report.period.days() > 0 && !m_loading)
        present(m_report);
    QWidget::changeEvent(event);
}

QWidget *AnalyticsPane::chartFrame(AnalyticsChart chart, QWidget *parent)
{
    // The chart with a small menu in its corner: its data as CSV, itself as PNG.
    auto *frame = new QWidget(parent);
    auto *grid = new QGridLayout(frame);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString key = ChartTables::key(chart);
    QChartView *view = ChartFactory::createView(QStringLiteral("chart-%1").arg(key),
                                                ChartTables::title(chart), frame);
    // The two charts that existed first keep the names tests and scripts know.
    if (chart == AnalyticsChart::BookingsPerDay)
        view->setObjectName(QStringLiteral("bookingsChart"));
    else if (chart == AnalyticsChart::RevenueByService)
        view->setObjectName(QStringLiteral("revenueChart"));
    m_charts[size_t(chart)] = view;
    grid->addWidget(view, 0, 0);

    auto *menuButton = new QToolButton(frame);
    menuButton->setObjectName(QStringLiteral("export-%1").arg(key));
    menuButton->setText(QStringLiteral("⋯"));
    menuButton->setIcon(QIcon(QStringLiteral(":/icons/ui/more-dots.svg")));
    menuButton->setIconSize(QSize(16, 16));
    menuButton->setAutoRaise(true);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    // The three dots say "menu" already; Qt's small arrow beside them looked like a stray mark.
    menuButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    menuButton->setAccessibleName(tr("Export %1").arg(ChartTables::title(chart)));
    menuButton->setToolTip(tr("Save this chart's data as CSV or the chart as PNG"));
    auto *menu = new QMenu(menuButton);
    menu->addAction(tr("Save data as CSV…"), this, [this, chart] { askExportChart(chart, false); });
    menu->addAction(tr("Save chart as PNG…"), this, [this, chart] { askExportChart(chart, true); });
    menuButton->setMenu(menu);
    // Inside the chart's card, in its top corner, not astride its edge.
    auto *corner = new QVBoxLayout;
    corner->setContentsMargins(0, 14, 14, 0);
    corner->addWidget(menuButton);
    grid->addLayout(corner, 0, 0, Qt::AlignTop | Qt::AlignRight);
    return frame;
}

void AnalyticsPane::setPeriodDays(int days)
{
    if (days <= 0 || days == m_days)
        return;
    m_days = days;
    if (QAbstractButton *button = m_periods->button(days))
        button->setChecked(true);
    m_customRange->setVisible(false);
    reload();
}

void AnalyticsPane::setCustomPeriod(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    if (m_days == 0 && first == m_customFirst && last == m_customLast)
        return;
    m_days = 0;
    m_customFirst = first;
    m_customLast = last;
    if (QAbstractButton *button = m_periods->button(kCustomPeriod))
        button->setChecked(true);
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    m_customRange->setVisible(true);
    reload();
}

void AnalyticsPane::setFilter(const AnalyticsFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    const auto select = [](QComboBox *box, const QString &id) {
        const QSignalBlocker blocker(box);
        const int index = box->findData(id);
        box->setCurrentIndex(index >= 0 ? index : 0);
    };
    select(m_staffFilter, filter.staffId);
    select(m_serviceFilter, filter.serviceId);
    select(m_sourceFilter, filter.source);
    reload();
}

void AnalyticsPane::reload()
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("Updating…"));
    const QTimeZone zone = m_context.timeZone;
    const ReportPeriod period =
        m_days > 0
            ? periodEndingOn(QDateTime::currentDateTime().toTimeZone(zone).date(), m_days, zone)
            : periodBetween(m_customFirst, m_customLast, zone);
    m_store->run(
        this,
        [businessId = m_context.businessId, period, filter = m_filter,
         beside = m_store->companion()](QSqlDatabase &db) {
            return AnalyticsRepository(db, beside).report(businessId, period, filter);
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
            present(report);
        });
}

void AnalyticsPane::present(const AnalyticsReport &report)
{
    m_report = report;
    const QLocale &locale = m_context.locale;
    const QString format = QStringLiteral("d MMM yyyy");
    m_periodLabel->setText(tr("%1 – %2, compared with %3 – %4")
                               .arg(locale.toString(report.period.first, format),
                                    locale.toString(report.period.last, format),
                                    locale.toString(report.previous.first, format),
                                    locale.toString(report.previous.last, format)));
    m_kpis->setCounts(report.before, report.current, report.period.days());
    fillFilterChoices(report);
    // The charts on screen now; those scrolled out of view (or all of them while the pane is
    // hidden) once the others are painted, so what the owner sees comes sooner.
    // (QWidget::visibleRegion() is empty for a chart view: its own viewport covers it.)
    const QWidget *viewport = m_scroll->viewport();
    m_chartsToShow = {};
    for (int i = 0; i < kAnalyticsChartCount; ++i) {
        const QChartView *view = m_charts[size_t(i)];
        if (view->isVisible()
            && QRect(view->mapTo(viewport, QPoint()), view->size()).intersects(viewport->rect()))
            showChart(AnalyticsChart(i));
        else
            m_chartsToShow.set(size_t(i));
    }
    // A timer, not a queued call (which a 0 ms single shot is): it fires after the posted
    // layout and paint events of the charts in view.
    if (m_chartsToShow.any())
        QTimer::singleShot(std::chrono::milliseconds(1), this, &AnalyticsPane::showWaitingCharts);
    if (m_definitionRow >= 0)
        showDefinition(m_definitionRow);
    Q_EMIT reportShown();
}

void AnalyticsPane::showChart(AnalyticsChart chart)
{
    QChartView *view = m_charts[size_t(chart)];
    const AnalyticsReport &report = m_report;
    const QLocale &locale = m_context.locale;
    const QString &currency = m_context.currency;
    switch (chart) {
    case AnalyticsChart::BookingsPerDay:
        ChartFactory::showBookingsPerDay(view, report.period.first, report.bookingsPerDay,
                                         report.previousBookingsPerDay, locale);
        break;
    case AnalyticsChart::RevenueByService:
        ChartFactory::showRevenueByService(view, report.revenueByService, currency, locale);
        break;
    case AnalyticsChart::RevenueByStaff:
        ChartFactory::showRevenueByStaff(view, report.staff, currency, locale);
        break;
    case AnalyticsChart::UtilisationByStaff:
        ChartFactory::showUtilisationByStaff(view, report.staff, locale);
        break;
    case AnalyticsChart::WeeklyChanges:
        ChartFactory::showWeeklyChanges(view, report.weeks, locale);
        break;
    case AnalyticsChart::NoShows:
        ChartFactory::showNoShows(view, report.noShows, locale);
        break;
    case AnalyticsChart::Handoffs:
        ChartFactory::showHandoffs(view, report.handoffDays, locale);
        break;
    case AnalyticsChart::LoyaltyTiers:
        ChartFactory::showLoyaltyTiers(view, report.tiers, locale);
        break;
    }
}

void AnalyticsPane::showWaitingCharts()
{
    for (int i = 0; i < kAnalyticsChartCount; ++i) {
        if (m_chartsToShow.test(size_t(i)))
            showChart(AnalyticsChart(i));
    }
    m_chartsToShow = {};
}

QChartView *AnalyticsPane::chartView(AnalyticsChart chart)
{
    showWaitingCharts();
    return m_charts[size_t(chart)];
}

void AnalyticsPane::fillFilterChoices(const AnalyticsReport &report)
{
    refill(m_staffFilter, report.staffChoices);
    refill(m_serviceFilter, report.serviceChoices);
}

void AnalyticsPane::showDefinition(int row)
{
    if (row < 0 || row >= m_kpis->rowCount())
        return;
    m_definitionRow = row;
    const Kpi kpi = KpiModel::kpiAt(row);
    const QString value = m_kpis->index(row, KpiModel::ValueColumn).data().toString();
    const QString previous = m_kpis->index(row, KpiModel::PreviousColumn).data().toString();
    const QString change = m_kpis->index(row, KpiModel::ChangeColumn).data().toString();
    m_definition->setText(
        tr("%1 — %2\nThis period: %3 · previous period: %4 · change: %5")
            .arg(KpiModel::kpiName(kpi), KpiModel::formula(kpi), value, previous, change));
    m_definition->setVisible(true);
}

QString AnalyticsPane::definitionText() const
{
    return m_definition->isVisible() ? m_definition->text() : QString();
}

QString AnalyticsPane::exportChartCsv(AnalyticsChart chart, const QString &path) const
{
    const ChartTable table = ChartTables::table(chart, m_report, m_context.currency);
    QList<QStringList> rows{table.header};
    rows += table.rows;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::document(rows)) < 0 || !file.commit())
        return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString AnalyticsPane::exportChartPng(AnalyticsChart chart, const QString &path)
{
    QChartView *view = chartView(chart);
    if (!view->grab().save(path, "PNG"))
        return tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

QString AnalyticsPane::exportPdf(const QString &path)
{
    showWaitingCharts();
    QPdfWriter writer(path);
    writer.setTitle(tr("%1 — analytics").arg(m_context.businessName));
    writer.setCreator(QStringLiteral("Chairside"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer))
        return tr("Could not write %1.").arg(QDir::toNativeSeparators(path));

    const QRect page = painter.viewport();
    const int width = page.width();
    QFont body = font();
    body.setPointSizeF(9);
    QFont heading = body;
    heading.setPointSizeF(15);
    heading.setBold(true);
    int y = 0;
    const auto line = [&](const QFont &f, const QString &text, int flags = Qt::TextWordWrap) {
        painter.setFont(f);
        const QRect box = painter.boundingRect(QRect(0, y, width, 10000), flags, text);
        painter.drawText(box, flags, text);
        y = box.bottom() + painter.fontMetrics().height() / 3;
    };
    line(heading, tr("%1 — analytics").arg(m_context.businessName));
    line(body, m_periodLabel->text());
    if (!m_filter.isEmpty())
        line(body, tr("Charts filtered: %1, %2, %3")
                       .arg(m_staffFilter->currentText(), m_serviceFilter->currentText(),
                            m_sourceFilter->currentText()));
    y += 20;

    // The cards as a table: name, this period, previous period, change, then the definition.
    QFont bold = body;
    bold.setBold(true);
    const int columns[] = {0, width * 30 / 100, width * 50 / 100, width * 70 / 100};
    painter.setFont(bold);
    const int rowHeight = painter.fontMetrics().height() + 6;
    for (int c = 0; c < KpiModel::ColumnCount; ++c)
        painter.drawText(QRect(columns[c], y, width / 4, rowHeight), Qt::AlignLeft,
                         m_kpis->headerData(c, Qt::Horizontal).toString());
    y += rowHeight;
    for (int row = 0; row < m_kpis->rowCount(); ++row) {
        painter.setFont(body);
        for (int c = 0; c < KpiModel::ColumnCount; ++c)
            painter.drawText(QRect(columns[c], y, width / 4, rowHeight), Qt::AlignLeft,
                             m_kpis->index(row, c).data().toString());
        y += rowHeight;
    }
    y += 20;
    QFont small = body;
    small.setPointSizeF(7.5);
    line(bold, tr("Definitions"));
    for (int row = 0; row < m_kpis->rowCount(); ++row) {
        const Kpi kpi = KpiModel::kpiAt(row);
        line(small, tr("%1: %2").arg(KpiModel::kpiName(kpi), KpiModel::formula(kpi)));
    }

    // The charts, two to a page, drawn as vectors from their scenes.
    const int chartHeight = (page.height() - 40) / 2;
    for (int i = 0; i < kAnalyticsChartCount; ++i) {
        if (i % 2 == 0) {
            writer.newPage();
            y = 0;
        }
        QChartView *view = m_charts[size_t(i)];
        const QSizeF source = view->size();
        QRectF target(0, y, width, chartHeight);
        // Keep the view's aspect ratio inside the target box.
        const qreal scale =
            std::min(target.width() / source.width(), target.height() / source.height());
        target.setSize(source * scale);
        view->render(&painter, target, view->rect());
        y += chartHeight + 40;
    }
    painter.end();
    return {};
}

void AnalyticsPane::askExportChart(AnalyticsChart chart, bool png)
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2-%3.%4")
            .arg(ChartTables::key(chart), m_report.period.first.toString(Qt::ISODate),
                 m_report.period.last.toString(Qt::ISODate),
                 png ? QStringLiteral("png") : QStringLiteral("csv")));
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Save chart as PNG") : tr("Save chart data as CSV"), suggested,
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString problem = png ? exportChartPng(chart, path) : exportChartCsv(chart, path);
    m_status->setText(problem.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                                        : problem);
}

void AnalyticsPane::askExportPdf()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("analytics-%1-%2.pdf")
                                  .arg(m_report.period.first.toString(Qt::ISODate),
                                       m_report.period.last.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dashboard as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString problem = exportPdf(path);
    m_status->setText(problem.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path))
                                        : problem);
}

} // namespace Chairside
