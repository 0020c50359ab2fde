#pragma once

#include "models/ModelRoles.h"
#include "store/BusinessContext.h"
#include "store/repositories/AppointmentRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace Chairside {

// A short list of one customer's appointments (upcoming or recent) for the profile.
class CustomerAppointmentsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerAppointmentsModel)

public:
    enum Column : int {
        WhenColumn,
        ServiceColumn,
        StaffColumn,
        StatusColumn,
        PriceColumn,
        ColumnCount
    };

    explicit CustomerAppointmentsModel(const BusinessContext &context, QObject *parent = nullptr);
    ~CustomerAppointmentsModel() override;

    void setAppointments(const QList<AppointmentRow> &rows);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        AppointmentRow raw;
        QString when;
        QString status;
        QString price;
        QColor statusColour;
    };

    BusinessContext m_context;
    QList<Row> m_rows;
};

} // namespace Chairside
