#pragma once

#include "models/common/RowTableModel.h"
#include "store/repositories/BusinessSetupRepository.h"

namespace Chairside {

struct StaffRow
{
    SetupStaff staff;
    QString hoursText; // "Tue–Sat" style summary of the working week
};

// The team on the Staff page: name with their colour, role, working days, active or not.
class StaffTableModel final : public RowTableModel<StaffRow>
{
    Q_OBJECT

public:
    enum Column { Name, Role, Days, Active, ColumnCount };

    explicit StaffTableModel(QObject *parent = nullptr);

    void setStaff(const QList<SetupStaff> &staff, const QHash<QString, SetupWeek> &hours);
    int rowOf(const QString &id) const;
    QString idAt(int row) const;

    static QString roleText(const QString &roleKey);
    // "Mon, Tue, Thu–Sat", or "No working hours".
    static QString daysText(const SetupWeek &week);

protected:
    QString headerText(int column) const override;
    QVariant rowData(const StaffRow &row, int column, int role) const override;
};

} // namespace Chairside
