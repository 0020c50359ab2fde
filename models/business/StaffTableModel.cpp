#include "models/business/StaffTableModel.h"

#include <QColor>
#include <QLocale>
#include <QPalette>

namespace Chairside {

StaffTableModel::StaffTableModel(QObject *parent)
    : RowTableModel<StaffRow>(ColumnCount, -1, parent)
{}

void StaffTableModel::setStaff(const QList<SetupStaff> &staff,
                               const QHash<QString, SetupWeek> &hours)
{
    QList<StaffRow> rows;
    rows.reserve(staff.size());
    for (const SetupStaff &s : staff)
        rows.append(StaffRow{s, daysText(hours.value(s.id))});
    resetRows(std::move(rows));
}

int StaffTableModel::rowOf(const QString &id) const
{
    return findRow([&id](const StaffRow &row) { return row.staff.id == id; });
}

QString StaffTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).staff.id : QString();
}

QString StaffTableModel::roleText(const QString &roleKey)
{
    if (roleKey == u"owner")
        return tr("Owner");
    if (roleKey == u"admin")
        return tr("Admin");
    return tr("Staff");
}

QString StaffTableModel::daysText(const SetupWeek &week)
{
    const QLocale locale;
    QStringList runs;
    int d = 0;
    while (d < 7) {
        if (!week[size_t(d)].works) {
            ++d;
            continue;
        }
        int end = d;
        while (end + 1 < 7 && week[size_t(end + 1)].works)
            ++end;
        const QString first = locale.dayName(d + 1, QLocale::ShortFormat);
        const QString last = locale.dayName(end + 1, QLocale::ShortFormat);
        if (end == d)
            runs.append(first);
        else if (end == d + 1)
            runs.append(first + QStringLiteral(", ") + last);
        else
            runs.append(first + QChar(0x2013) + last);
        d = end + 1;
    }
    return runs.isEmpty() ? tr("No working hours") : runs.join(QStringLiteral(", "));
}

QString StaffTableModel::headerText(int column) const
{
    switch (column) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Days:
        return tr("Works");
    case Active:
        return tr("Active");
    }
    return {};
}

QVariant StaffTableModel::rowData(const StaffRow &row, int column, int role) const
{
    const SetupStaff &s = row.staff;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return s.displayName;
        case Role:
            return roleText(s.role);
        case Days:
            return row.hoursText;
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
            return s.displayName;
        case Role:
            return s.role;
        case Days:
            return row.hoursText;
        case Active:
            return s.active;
        }
        return {};
    }
    return {};
}

} // namespace Chairside
