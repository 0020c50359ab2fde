#pragma once

#include "remote/BackendConfig.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QWidget;

namespace Chairside {

class AppSettings;

// Asks for the e-mail address and password of a salon's account, and (folded away once it is
// set) where the salon's server is. It never talks to the network: it says what the person asked
// for (signInRequested) and shows the answer it is given (showError, setBusy). What was typed
// stays when the server refuses it.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    // Prefilled from the settings: the server and the e-mail address of the last sign-in.
    explicit LoginDialog(const AppSettings &settings, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // What is wrong with the entered values (the first problem), or an empty string when the
    // person can sign in.
    QString validationProblem() const;

    BackendConfig backend() const;
    QString email() const;

    void setEmail(const QString &email);
    bool isBusy() const { return m_busy; }
    bool isServerSectionExpanded() const;
    void setServerSectionExpanded(bool expanded);
    // The sentence shown below the fields (a validation hint or the server's answer).
    QString messageText() const;

    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *demoButton() const { return m_demo; }

public Q_SLOTS:
    // The server's answer to the last request, shown inline; ends the busy state.
    void showError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void signInRequested(const Chairside::BackendConfig &backend, const QString &email,
                         const QString &password);
    void demoRequested();

private:
    void requestSignIn();
    void browseCaFile();
    void updateValidation();
    void showMessage(const QString &text, bool error);
    QString emailProblem() const;
    QString serverProblem() const;

    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_serverToggle = nullptr;
    QWidget *m_server = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_anonKey = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_serverError; // the last answer, until something is typed again
    bool m_busy = false;
};

} // namespace Chairside
