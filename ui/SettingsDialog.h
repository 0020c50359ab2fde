#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Chairside {

class AppSettings;

// Where the data comes from (backend URL, anon key, private CA) and the language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

    // The problem with the entered values, or an empty string when they can be saved.
    QString validationProblem() const;

private:
    void browseCaFile();
    void updateValidation();

    AppSettings *m_settings;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_anonKey = nullptr;
    QLineEdit *m_caFile = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Chairside
