#pragma once

#include "models/analytics/ChartTables.h"
#include "store/BusinessContext.h"
#include "store/repositories/AnalyticsRepository.h"

#include <QDate>
#include <QWidget>

#include <array>
#include <bitset>

class QButtonGroup;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QScrollArea;
class QWidget;

namespace Chairside {

class KpiCardGrid;
class KpiModel;
class StoreExecutor;

// The Analytics pane for owners: KPI cards for the last 7, 30 or 90 days or a custom range
// against the period before (hover or click a card for its definition), and eight charts that
// the staff, service and source filters narrow. Every aggregate is read on the store's thread;
// each chart exports its data as CSV and itself as PNG, the whole dashboard as a PDF report.
class AnalyticsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPane)

public:
    AnalyticsPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent = nullptr);
    ~AnalyticsPane() override;

    KpiModel *kpiModel() const { return m_kpis; }
    // 7, 30 or 90; 0 while a custom range is shown.
    int periodDays() const { return m_days; }
    void setPeriodDays(int days);
    // A custom range of whole days, both included; ignored when `last` is before `first`.
    void setCustomPeriod(QDate first, QDate last);
    void setFilter(const AnalyticsFilter &filter);
    AnalyticsFilter filter() const { return m_filter; }
    bool isLoading() const { return m_loading; }
    // The report on screen (empty until the first load arrives).
    const AnalyticsReport &report() const { return m_report; }
    // A chart's view, showing the report on screen (a chart out of view is brought up to date
    // first).
    QChartView *chartView(AnalyticsChart chart);

    // The definition panel under the cards, as a click on card `row` shows it.
    void showDefinition(int row);
    QString definitionText() const;

    // Exports without dialogs (the menu buttons ask for the file and call these). Each returns
    // an error sentence, empty on success.
    QString exportChartCsv(AnalyticsChart chart, const QString &path) const;
    QString exportChartPng(AnalyticsChart chart, const QString &path);
    QString exportPdf(const QString &path);

Q_SIGNALS:
    // A report was read and the cards and the charts in view show it; the charts out of view
    // follow once that paint is done (for tests and the benchmark).
    void reportShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void present(const AnalyticsReport &report);
    void showChart(AnalyticsChart chart);
    void showWaitingCharts();
    void fillFilterChoices(const AnalyticsReport &report);
    QWidget *chartFrame(AnalyticsChart chart, QWidget *parent);
    void askExportChart(AnalyticsChart chart, bool png);
    void askExportPdf();

    StoreExecutor *m_store;
    BusinessContext m_context;
    KpiModel *m_kpis;
    KpiCardGrid *m_cards = nullptr;
    QButtonGroup *m_periods = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QWidget *m_customRange = nullptr;
    QComboBox *m_staffFilter = nullptr;
    QComboBox *m_serviceFilter = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_definition = nullptr;
    QScrollArea *m_scroll = nullptr;
    std::array<QChartView *, kAnalyticsChartCount> m_charts{};
    std::bitset<kAnalyticsChartCount> m_chartsToShow; // out of view when the report came
    AnalyticsReport m_report;
    AnalyticsFilter m_filter;
    QDate m_customFirst;
    QDate m_customLast;
    int m_days = 30;
    int m_definitionRow = -1;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Chairside
