#pragma once

#include "core/analytics/AnalyticsFormulas.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Chairside {

// The owner's KPIs for a period and the change against the period before: one row per Kpi, in
// the order of the enum. The values come from core/analytics; this model only formats them.
class KpiModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiModel)

public:
    enum Column { NameColumn, ValueColumn, PreviousColumn, ChangeColumn, ColumnCount };
    enum Role {
        ChangeDirectionRole = Qt::UserRole + 64, // +1 up, -1 down, 0 flat or unknown
        ChangeIsGoodRole,                        // true when the change is good news
        FormulaRole,                             // how the value is computed, in words
    };

    KpiModel(QString currency, QLocale locale, QObject *parent = nullptr);
    ~KpiModel() override;

    void setCounts(const PeriodCounts &previous, const PeriodCounts &current, int days);
    void clear();
    bool hasData() const { return m_hasData; }
    int periodDays() const { return m_days; }

    static Kpi kpiAt(int row) { return static_cast<Kpi>(row); }
    static int rowOf(Kpi kpi) { return int(kpi); }
    static QString kpiName(Kpi kpi);
    static QString formula(Kpi kpi);

    QString formatValue(Kpi kpi, const std::optional<double> &value) const;
    static QString formatDuration(double seconds, const QLocale &locale);
    static QString formatChange(Kpi kpi, const std::optional<double> &change,
                                const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        std::optional<double> value;
        std::optional<double> previous;
        std::optional<double> change;
        QString valueText;
        QString previousText;
        QString changeText;
        QString toolTip;
    };

    QString m_currency;
    QLocale m_locale;
    QList<Entry> m_entries;
    int m_days = 0;
    bool m_hasData = false;
};

} // namespace Chairside
