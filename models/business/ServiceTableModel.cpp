#include "models/business/ServiceTableModel.h"

#include "core/Money.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

namespace Chairside {

ServiceTableModel::ServiceTableModel(QString currency, QLocale locale, QObject *parent)
    : RowTableModel<ServiceRow>(ColumnCount, Price, parent)
    , m_currency(std::move(currency))
    , m_locale(std::move(locale))
{}

void ServiceTableModel::setServices(const QList<SetupService> &services)
{
    QList<ServiceRow> rows;
    rows.reserve(services.size());
    for (const SetupService &s : services) {
        QString duration = tr("%1 min").arg(s.durationMinutes);
        if (s.processingMinutes > 0)
            duration += tr(" + %1 processing").arg(s.processingMinutes);
        if (s.bufferMinutes > 0)
            duration += tr(" + %1 buffer").arg(s.bufferMinutes);
        rows.append(
            ServiceRow{s, duration, formatMoney(Money{s.priceMinor, m_currency}, m_locale)});
    }
    resetRows(std::move(rows));
}

int ServiceTableModel::rowOf(const QString &id) const
{
    return findRow([&id](const ServiceRow &row) { return row.service.id == id; });
}

QString ServiceTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).service.id : QString();
}

QString ServiceTableModel::headerText(int column) const
{
    switch (column) {
    case Name:
        return tr("Service");
    case Category:
        return tr("Category");
    case Duration:
        return tr("Time");
    case Price:
        return tr("Price");
    case Active:
        return tr("Offered");
    }
    return {};
}

QVariant ServiceTableModel::rowData(const ServiceRow &row, int column, int role) const
{
    const SetupService &s = row.service;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return s.name;
        case Category:
            return s.category;
        case Duration:
            return row.durationText;
        case Price:
            return row.priceText;
        case Active:
            return s.active ? tr("Yes") : tr("No");
        }
        return {};
    case Qt::DecorationRole:
        return column == Name ? QVariant(QColor(s.colour)) : QVariant();
    case Qt::ForegroundRole:
        return s.active ? QVariant()
                        : QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text));
    case IdRole:
        return s.id;
    case ColourRole:
        return s.colour;
    case RawValueRole:
        switch (column) {
        case Name:
            return s.name;
        case Category:
            return s.category;
        case Duration:
            return s.durationMinutes + s.processingMinutes + s.bufferMinutes;
        case Price:
            return s.priceMinor;
        case Active:
            return s.active;
        }
        return {};
    }
    return {};
}

} // namespace Chairside
