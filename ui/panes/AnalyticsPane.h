#pragma once

#include "store/BusinessContext.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QChartView;
class QLabel;

namespace Chairside {

class KpiModel;
class StoreExecutor;

// The Analytics pane for owners: KPI cards for the last 7, 30 or 90 days against the period
// before, bookings per day and revenue by service.
class AnalyticsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPane)

public:
    AnalyticsPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent = nullptr);
    ~AnalyticsPane() override;

    KpiModel *kpiModel() const { return m_kpis; }
    int periodDays() const { return m_days; }
    void setPeriodDays(int days);
    bool isLoading() const { return m_loading; }

private:
    void reload();

    StoreExecutor *m_store;
    BusinessContext m_context;
    KpiModel *m_kpis;
    QButtonGroup *m_periods = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_status = nullptr;
    QChartView *m_bookingsChart = nullptr;
    QChartView *m_revenueChart = nullptr;
    int m_days = 30;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace Chairside
