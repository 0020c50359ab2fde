#include "ui/sync/LoginDialog.h"

#include "store/AppSettings.h"
#include "ui/StatusText.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace Chairside {

namespace {

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return pattern.match(text).hasMatch();
}

} // namespace

LoginDialog::LoginDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in — Chairside"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("Sign in to your salon"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("Use the e-mail address and password of your account at the "
                                "salon. Chairside keeps a copy of the salon's book on this "
                                "computer, so it keeps working when the internet does not."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_email = new QLineEdit(settings.lastSignInEmail(), this);
    m_email->setObjectName(QStringLiteral("loginEmail"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setPlaceholderText(tr("name@yoursalon.co.za"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    form->addRow(tr("&E-mail:"), m_email);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData
                                    | Qt::ImhNoPredictiveText);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_serverToggle = new QToolButton(this);
    m_serverToggle->setObjectName(QStringLiteral("loginServerToggle"));
    m_serverToggle->setAccessibleName(tr("Server settings"));
    m_serverToggle->setCheckable(true);
    m_serverToggle->setAutoRaise(true);
    m_serverToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    layout->addWidget(m_serverToggle);

    m_server = new QWidget(this);
    m_server->setObjectName(QStringLiteral("loginServerSection"));
    auto *serverForm = new QFormLayout(m_server);
    serverForm->setContentsMargins(18, 0, 0, 0);
    m_url = new QLineEdit(settings.backendUrl().toString(), m_server);
    m_url->setObjectName(QStringLiteral("loginBackendUrl"));
    m_url->setAccessibleName(tr("Backend URL"));
    m_url->setPlaceholderText(tr("https://your-project.supabase.co"));
    serverForm->addRow(tr("Ser&ver address:"), m_url);
    m_anonKey = new QLineEdit(settings.anonKey(), m_server);
    m_anonKey->setObjectName(QStringLiteral("loginAnonKey"));
    m_anonKey->setAccessibleName(tr("Anon key"));
    m_anonKey->setPlaceholderText(tr("The project's anon (publishable) key"));
    serverForm->addRow(tr("&Anon key:"), m_anonKey);
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(settings.caCertificateFile(), m_server);
    m_caFile->setObjectName(QStringLiteral("loginCaFile"));
    m_caFile->setAccessibleName(tr("CA certificate file"));
    m_caFile->setPlaceholderText(tr("Only for a self-hosted server with its own CA"));
    m_browse = new QPushButton(tr("Bro&wse…"), m_server);
    m_browse->setAccessibleName(tr("Browse for the CA certificate file"));
    m_browse->setAutoDefault(false);
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browse);
    // A row of two widgets has no buddy of its own: name the field, or "&" shows as it is.
    auto *caLabel = new QLabel(tr("&CA certificate:"), m_server);
    caLabel->setBuddy(m_caFile);
    serverForm->addRow(caLabel, caRow);
    layout->addWidget(m_server);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_demo = new QPushButton(tr("Use the &demo salon"), this);
    m_demo->setObjectName(QStringLiteral("loginDemoButton"));
    m_demo->setAccessibleName(tr("Use the demo salon"));
    m_demo->setToolTip(tr("Try Chairside on a generated salon stored only on this computer."));
    m_demo->setAutoDefault(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);
    m_signIn = new QPushButton(tr("&Sign in"), this);
    m_signIn->setObjectName(QStringLiteral("loginSignInButton"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_signIn->setDefault(true);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);

    connect(m_serverToggle, &QToolButton::toggled, this, &LoginDialog::setServerSectionExpanded);
    connect(m_browse, &QPushButton::clicked, this, &LoginDialog::browseCaFile);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::requestSignIn);
    connect(m_demo, &QPushButton::clicked, this, &LoginDialog::demoRequested);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    for (QLineEdit *edit : {m_email, m_password, m_url, m_anonKey, m_caFile}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_serverError.clear(); // the person is answering it
            updateValidation();
        });
        connect(edit, &QLineEdit::textChanged, this, &LoginDialog::updateValidation);
    }

    // The server stays folded away once it is known to be usable; a first start shows it.
    setServerSectionExpanded(!BackendConfig::fromSettings(settings).isValid());
    updateValidation();
    (m_email->text().isEmpty() ? m_email : m_password)->setFocus();
    resize(480, sizeHint().height());
}

LoginDialog::~LoginDialog() = default;

BackendConfig LoginDialog::backend() const
{
    return BackendConfig{QUrl(m_url->text().trimmed()), m_anonKey->text().trimmed(),
                         m_caFile->text().trimmed()};
}

QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}

void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
}

bool LoginDialog::isServerSectionExpanded() const
{
    return !m_server->isHidden();
}

void LoginDialog::setServerSectionExpanded(bool expanded)
{
    m_server->setVisible(expanded);
    {
        const QSignalBlocker quiet(m_serverToggle);
        m_serverToggle->setChecked(expanded);
    }
    m_serverToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    const QString host = backend().url.host();
    m_serverToggle->setText(expanded || host.isEmpty() ? tr("Server") : tr("Server: %1").arg(host));
    if (expanded)
        m_serverToggle->setToolTip(tr("Hide the server settings"));
    else
        m_serverToggle->setToolTip(tr("Show where the salon's server is"));
}

QString LoginDialog::messageText() const
{
    return m_message->text();
}

QString LoginDialog::emailProblem() const
{
    const QString address = email();
    if (address.isEmpty())
        return tr("Enter your e-mail address.");
    if (!looksLikeEmail(address))
        return tr("\u201c%1\u201d is not an e-mail address.").arg(address);
    return {};
}

QString LoginDialog::serverProblem() const
{
    const BackendConfig config = backend();
    if (const QString problem = config.validate(); !problem.isEmpty())
        return problem;
    if (!config.caFile.isEmpty() && !QFileInfo(config.caFile).isReadable())
        return tr("The CA certificate file cannot be read.");
    return {};
}

QString LoginDialog::validationProblem() const
{
    if (const QString problem = emailProblem(); !problem.isEmpty())
        return problem;
    if (m_password->text().isEmpty())
        return tr("Enter your password.");
    return serverProblem();
}

void LoginDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->setStyleSheet(error ? errorTextStyle(palette()) : QString());
}

void LoginDialog::updateValidation()
{
    const QString problem = validationProblem();
    m_signIn->setEnabled(!m_busy && problem.isEmpty());
    if (m_busy)
        return;
    if (!m_serverError.isEmpty()) {
        showMessage(m_serverError, true);
        return;
    }
    // Empty fields only keep the button disabled: nothing to scold before anything was typed.
    const QString server = serverProblem();
    const QString shownServer = m_url->text().trimmed().isEmpty() ? QString() : server;
    showMessage(email().isEmpty() || emailProblem().isEmpty() ? shownServer : emailProblem(), true);
    if (!server.isEmpty() && !isServerSectionExpanded())
        setServerSectionExpanded(true);
}

void LoginDialog::requestSignIn()
{
    if (m_busy || !validationProblem().isEmpty())
        return;
    m_serverError.clear();
    setBusy(true);
    Q_EMIT signInRequested(backend(), email(), m_password->text());
}

void LoginDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : std::initializer_list<QWidget *>{m_email, m_password, m_url, m_anonKey,
                                                           m_caFile, m_browse, m_demo})
        field->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign in"));
    if (busy) {
        showMessage(tr("Signing in…"), false);
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
    updateValidation();
}

void LoginDialog::showError(const QString &message)
{
    m_serverError = message;
    setBusy(false);
    m_password->setFocus();
    m_password->selectAll();
}

void LoginDialog::browseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose the server's CA certificate"), QString(),
                                     tr("Certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace Chairside
