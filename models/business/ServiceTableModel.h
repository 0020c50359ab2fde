#pragma once

#include "models/common/RowTableModel.h"
#include "store/repositories/BusinessSetupRepository.h"

#include <QLocale>

namespace Chairside {

struct ServiceRow
{
    SetupService service;
    QString durationText; // "60 min + 30 processing + 15 buffer"
    QString priceText;
};

// The salon's services on the Services page, inactive ones greyed out.
class ServiceTableModel final : public RowTableModel<ServiceRow>
{
    Q_OBJECT

public:
    enum Column { Name, Category, Duration, Price, Active, ColumnCount };

    ServiceTableModel(QString currency, QLocale locale, QObject *parent = nullptr);

    void setServices(const QList<SetupService> &services);
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

protected:
    QString headerText(int column) const override;
    QVariant rowData(const ServiceRow &row, int column, int role) const override;

private:
    QString m_currency;
    QLocale m_locale;
};

} // namespace Chairside
