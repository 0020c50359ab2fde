#pragma once

#include "models/customers/CustomerForm.h"
#include "store/BusinessContext.h"
#include "store/repositories/CustomerRepository.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Chairside {

class DeskEdits;
class StoreExecutor;

// Creates or edits one customer: name, phone (made E.164 for the business's country as it is
// typed), e-mail, reminder consent per channel, notes and allergy / patch-test notes. Errors
// are shown under their field. Before saving, another customer with the same phone or e-mail
// is looked up (indexed) and named in a warning that offers to open them instead or, when an
// existing customer is edited by an admin or owner, to merge the two; a second Save saves
// anyway. The edit goes through DeskEdits as one customer.upsert.
class CustomerEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerEditDialog)

public:
    // `original` empty: a new customer.
    CustomerEditDialog(StoreExecutor *store, DeskEdits *edits, const BusinessContext &context,
                       std::optional<CustomerProfile> original, QWidget *parent = nullptr);
    ~CustomerEditDialog() override;

    QString savedId() const { return m_savedId; }
    // A new customer's name as far as it is known (what the desk typed in a search).
    void presetName(const QString &name);

    // Save, as the button does (the dialog closes once the edit has been applied).
    void save();

Q_SIGNALS:
    void saved(const QString &customerId);
    void openExistingRequested(const QString &customerId);
    // Merge the edited customer and this duplicate (the dialog has closed without saving).
    void mergeRequested(const QString &duplicateId);

private:
    CustomerFormInput input() const;
    CustomerFormCheck showCheck();
    void updatePhoneHint();
    void showDuplicates(const QList<CustomerDuplicate> &duplicates);
    void submit(const CustomerFormCheck &check);
    void setBusy(bool busy);

    StoreExecutor *m_store;
    DeskEdits *m_edits;
    BusinessContext m_context;
    std::optional<CustomerProfile> m_original;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLineEdit *m_phone;
    QLabel *m_phoneHint;
    QLabel *m_phoneError;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QCheckBox *m_whatsApp;
    QCheckBox *m_sms;
    QCheckBox *m_emailConsent;
    QLabel *m_consentError;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_allergies;
    QLabel *m_notesError;
    QFrame *m_duplicateBox;
    QLabel *m_duplicateText;
    QPushButton *m_openDuplicate;
    QPushButton *m_mergeDuplicate;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
    QPushButton *m_saveButton;
    QString m_duplicateId;
    // The phone and e-mail the duplicate warning was given for: saving them again saves anyway.
    QString m_acknowledged;
    QString m_savedId;
    quint64 m_generation = 0;
};

} // namespace Chairside
