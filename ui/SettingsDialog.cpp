#include "ui/SettingsDialog.h"

#include "store/AppSettings.h"
#include "ui/StatusText.h"
#include "ui/Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Chairside {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_url = new QLineEdit(settings->backendUrl().toString(), this);
    m_url->setPlaceholderText(tr("https://your-project.supabase.co — empty for the demo salon"));
    m_url->setAccessibleName(tr("Backend URL"));
    form->addRow(tr("&Backend URL:"), m_url);

    m_anonKey = new QLineEdit(settings->anonKey(), this);
    m_anonKey->setPlaceholderText(tr("The project's anon (publishable) key"));
    m_anonKey->setAccessibleName(tr("Anon key"));
    form->addRow(tr("&Anon key:"), m_anonKey);

    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(settings->caCertificateFile(), this);
    m_caFile->setPlaceholderText(tr("Only for a self-hosted backend with its own CA"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    auto *browse = new QPushButton(tr("Bro&wse…"), this);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    form->addRow(tr("&CA certificate:"), caRow);
    // A row that is a layout gets a label without a buddy: Alt+C goes to the file's field.
    qobject_cast<QLabel *>(form->labelForField(caRow))->setBuddy(m_caFile);

    m_language = new QComboBox(this);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Afrikaans"), QStringLiteral("af"));
    m_language->addItem(QStringLiteral("isiZulu"), QStringLiteral("zu"));
    m_language->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings->language())));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(errorTextStyle(palette()));
    layout->addWidget(m_problem);

    auto *note = new QLabel(tr("Passwords and sign-in tokens are kept in the system keychain, "
                               "never in these settings."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseCaFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &SettingsDialog::updateValidation);
    connect(m_anonKey, &QLineEdit::textChanged, this, &SettingsDialog::updateValidation);
    connect(m_caFile, &QLineEdit::textChanged, this, &SettingsDialog::updateValidation);
    updateValidation();
    resize(560, sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::validationProblem() const
{
    const QString urlText = m_url->text().trimmed();
    if (urlText.isEmpty())
        return {};
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The backend URL is not a valid address.");
    if (url.scheme() != u"https")
        return tr("The backend URL must start with https:// — Chairside only talks to its "
                  "backend over a verified encrypted connection.");
    if (m_anonKey->text().trimmed().isEmpty())
        return tr("Enter the project's anon key (Supabase dashboard → Project settings → API).");
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isReadable())
        return tr("The CA certificate file cannot be read.");
    return {};
}

void SettingsDialog::updateValidation()
{
    const QString problem = validationProblem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void SettingsDialog::browseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the backend's CA certificate"), QString(),
                                     tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void SettingsDialog::accept()
{
    if (!validationProblem().isEmpty())
        return;
    m_settings->setBackendUrl(QUrl(m_url->text().trimmed()));
    m_settings->setAnonKey(m_anonKey->text());
    m_settings->setCaCertificateFile(m_caFile->text().trimmed());
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != m_settings->language();
    m_settings->setLanguage(language);
    QDialog::accept();
    // At once: the new translators send LanguageChange to every window, and the desk makes its
    // main window again in the new language (DeskSession).
    if (languageChanged)
        Translations::apply(language);
}

} // namespace Chairside
