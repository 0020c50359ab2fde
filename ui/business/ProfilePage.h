#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

#include <array>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QLabel;

namespace Chairside {

class BusinessSetupModel;
class SetupNotice;
class SetupSubmitter;

// The business profile: name, time zone, currency, language and contact details (one
// business.update with the changed fields), and the opening hours the team's working hours
// make (read-only here; they are set per person on the Staff page).
class ProfilePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilePage)

public:
    ProfilePage(BusinessSetupModel *model, SetupSubmitter *submitter,
                const BusinessContext &context, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const;
    void save();
    void revert();

private:
    void fill();
    void updateButtons();

    BusinessSetupModel *m_model;
    SetupSubmitter *m_submitter;
    BusinessContext m_context;
    QLineEdit *m_name = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_currency = nullptr;
    QComboBox *m_locale = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_address = nullptr;
    std::array<QLabel *, 7> m_opening{}; // Monday first
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    SetupNotice *m_notice = nullptr;
    bool m_filling = false;
    bool m_filled = false; // the form has shown the stored profile once
};

} // namespace Chairside
