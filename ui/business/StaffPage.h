#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/BusinessSetupRepository.h"
#include "sync/Mutation.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace Chairside {

class BusinessSetupModel;
class SetupNotice;
class SetupSubmitter;
class StaffServicesEditor;
class StaffTableModel;
class WorkingHoursEditor;

// The team: a list on the left; on the right the chosen person's details (staff.upsert) with
// the services they do (staff.services_set), their weekly working hours and breaks (one
// working_hours.set per changed day) and their time off (time_off.upsert). Changes that would
// strand upcoming bookings ask the owner first.
class StaffPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffPage)

public:
    StaffPage(BusinessSetupModel *model, SetupSubmitter *submitter, const BusinessContext &context,
              QWidget *parent = nullptr);

    StaffTableModel *tableModel() const { return m_table; }
    WorkingHoursEditor *hoursEditor() const { return m_hours; }
    StaffServicesEditor *servicesEditor() const { return m_services; }
    void selectStaff(const QString &id);
    QString currentStaffId() const { return m_currentId; }
    void startNewPerson();
    bool hasUnsavedDetails() const;
    bool hasUnsavedHours() const;
    void saveDetails();
    void saveHours();
    void addTimeOff(qint64 startsAt, qint64 endsAt, const QString &reason);

private:
    void refresh();
    void fill(const std::optional<SetupStaff> &staff);
    void fillDetails(const std::optional<SetupStaff> &staff);
    void fillTimeOff();
    SetupStaff formStaff() const;
    void updateButtons();
    void saveServices(const QString &staffId, const std::optional<QSet<QString>> &services,
                      bool isNew);
    void showDetailsSaved(bool isNew);
    void submitDays(QList<Mutation> days, int saved);
    void openTimeOffDialog();
    void removeSelectedTimeOff();

    BusinessSetupModel *m_model;
    SetupSubmitter *m_submitter;
    BusinessContext m_context;
    StaffTableModel *m_table;
    QTableView *m_view = nullptr;
    QPushButton *m_new = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_heading = nullptr;
    // details
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_colour = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QCheckBox *m_active = nullptr;
    StaffServicesEditor *m_services = nullptr;
    QPushButton *m_saveDetails = nullptr;
    // hours
    WorkingHoursEditor *m_hours = nullptr;
    QPushButton *m_saveHours = nullptr;
    QPushButton *m_revertHours = nullptr;
    // time off
    QTableWidget *m_timeOff = nullptr;
    QPushButton *m_addTimeOff = nullptr;
    QPushButton *m_removeTimeOff = nullptr;
    SetupNotice *m_notice = nullptr;

    QString m_currentId;
    std::optional<SetupStaff> m_original;
    std::optional<QSet<QString>> m_originalServices; // nullopt: every service
    SetupWeek m_originalWeek{};
    bool m_creating = false;
    bool m_filling = false;
    bool m_savingHours = false;
};

} // namespace Chairside
