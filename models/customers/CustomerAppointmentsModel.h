#pragma once

#include "models/appointments/AppointmentPresentation.h"
#include "models/common/RowTableModel.h"

namespace Chairside {

// A short list of one customer's appointments (upcoming or recent) for the profile.
class CustomerAppointmentsModel final : public RowTableModel<AppointmentListEntry>
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

private:
    using Row = AppointmentListEntry;

    QString headerText(int column) const override;
    QVariant rowData(const Row &row, int column, int role) const override;

    BusinessContext m_context;
};

} // namespace Chairside
