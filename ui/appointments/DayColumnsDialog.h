#pragma once

#include "store/repositories/StaffRepository.h"

#include <QDialog>
#include <QStringList>

class QListWidget;

namespace Chairside {

// Which staff members the day view shows and in which order: a checklist the desk reorders by
// dragging or with Move up / Move down (Ctrl+Up / Ctrl+Down), and "Show everyone" to start over.
class DayColumnsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayColumnsDialog)

public:
    // `staff` in the business's order; `order` and `hidden` as the desk left them.
    DayColumnsDialog(const QList<StaffMember> &staff, const QStringList &order,
                     const QStringList &hidden, QWidget *parent = nullptr);
    ~DayColumnsDialog() override;

    QStringList order() const;  // every staff id, top to bottom
    QStringList hidden() const; // the unticked ones

    QListWidget *list() const { return m_list; }
    void moveCurrent(int step); // -1 up, +1 down

private:
    void fill(const QList<StaffMember> &staff, const QStringList &order, const QStringList &hidden);

    QList<StaffMember> m_staff;
    QListWidget *m_list;
};

} // namespace Chairside
