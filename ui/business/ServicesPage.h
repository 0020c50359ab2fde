#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/BusinessSetupRepository.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace Chairside {

class BusinessSetupModel;
class ServiceTableModel;
class SetupNotice;
class SetupSubmitter;

// The services: a list on the left, the chosen one's name, category, times, price and whether
// it is offered on the right (service.upsert with the changed fields); new services too.
class ServicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    ServicesPage(BusinessSetupModel *model, SetupSubmitter *submitter,
                 const BusinessContext &context, QWidget *parent = nullptr);

    ServiceTableModel *tableModel() const { return m_table; }
    void selectService(const QString &id);
    void startNewService();
    bool hasUnsavedChanges() const;
    void save();
    void revert();

private:
    void refreshList();
    void fill(const std::optional<SetupService> &service);
    SetupService formService() const;
    void updateButtons();

    BusinessSetupModel *m_model;
    SetupSubmitter *m_submitter;
    BusinessContext m_context;
    ServiceTableModel *m_table;
    QTableView *m_view = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QSpinBox *m_duration = nullptr;
    QSpinBox *m_processing = nullptr;
    QSpinBox *m_buffer = nullptr;
    QDoubleSpinBox *m_price = nullptr;
    QLineEdit *m_colour = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    SetupNotice *m_notice = nullptr;
    QString m_currentId;                    // the service in the form; empty for a new one
    std::optional<SetupService> m_original; // as stored when the form was filled
    int m_priceDigits = 2;
    bool m_filling = false;
    bool m_creating = false; // the form holds a new service
};

} // namespace Chairside
