#include "ui/customers/CustomerEditDialog.h"

#include "core/PhoneNumber.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "ui/MutedText.h"
#include "ui/StatusText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Chairside {

namespace {

QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(errorTextStyle(parent->palette()));
    label->hide();
    return label;
}

void setError(QLabel *label, QWidget *field, const QString &text)
{
    label->setText(text.isEmpty() ? QString() : QStringLiteral("⚠ ") + text);
    label->setVisible(!text.isEmpty());
    if (field) {
        field->setAccessibleDescription(text);
        field->setStyleSheet(text.isEmpty() ? QString()
                                            : QStringLiteral("border: 1px solid %1;")
                                                  .arg(errorTextColour(field->palette()).name()));
    }
}

QWidget *withError(QWidget *field, QLabel *error, QLabel *hint = nullptr)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    if (hint)
        layout->addWidget(hint);
    layout->addWidget(error);
    return box;
}

} // namespace

CustomerEditDialog::CustomerEditDialog(StoreExecutor *store, DeskEdits *edits,
                                       const BusinessContext &context,
                                       std::optional<CustomerProfile> original, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_edits(edits)
    , m_context(context)
    , m_original(std::move(original))
{
    setObjectName(QStringLiteral("customerEditDialog"));
    setWindowTitle(m_original ? tr("Edit %1").arg(m_original->fullName) : tr("New customer"));
    setMinimumWidth(520);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerNameEdit"));
    m_name->setAccessibleName(tr("Full name"));
    m_name->setMaxLength(CustomerForm::kMaxNameLength);
    m_nameError = errorLabel(QStringLiteral("customerNameError"), this);

    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("customerPhoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setPlaceholderText(tr("As the customer says it, e.g. 082 123 4567"));
    m_phoneHint = new QLabel(this);
    m_phoneHint->setObjectName(QStringLiteral("customerPhoneHint"));
    m_phoneHint->setTextFormat(Qt::PlainText);
    keepMuted(m_phoneHint);
    m_phoneError = errorLabel(QStringLiteral("customerPhoneError"), this);

    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("customerEmailEdit"));
    m_email->setAccessibleName(tr("E-mail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_emailError = errorLabel(QStringLiteral("customerEmailError"), this);

    m_whatsApp = new QCheckBox(tr("WhatsApp"), this);
    m_whatsApp->setObjectName(QStringLiteral("customerConsentWhatsAppBox"));
    m_sms = new QCheckBox(tr("SMS"), this);
    m_sms->setObjectName(QStringLiteral("customerConsentSmsBox"));
    m_emailConsent = new QCheckBox(tr("E-mail"), this);
    m_emailConsent->setObjectName(QStringLiteral("customerConsentEmailBox"));
    m_consentError = errorLabel(QStringLiteral("customerConsentError"), this);
    auto *consent = new QWidget(this);
    auto *consentRow = new QHBoxLayout(consent);
    consentRow->setContentsMargins(0, 0, 0, 0);
    consentRow->addWidget(m_whatsApp);
    consentRow->addWidget(m_sms);
    consentRow->addWidget(m_emailConsent);
    consentRow->addStretch(1);
    consent->setToolTip(tr("Only tick a channel the customer agreed to be reminded on"));

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("customerNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(64);
    m_allergies = new QPlainTextEdit(this);
    m_allergies->setObjectName(QStringLiteral("customerAllergiesEdit"));
    m_allergies->setAccessibleName(tr("Allergies and patch tests"));
    m_allergies->setPlaceholderText(tr("e.g. Latex; patch test for colour on 2 March, clear"));
    m_allergies->setTabChangesFocus(true);
    m_allergies->setFixedHeight(64);
    m_notesError = errorLabel(QStringLiteral("customerNotesError"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name *"), withError(m_name, m_nameError));
    form->addRow(tr("&Phone"), withError(m_phone, m_phoneError, m_phoneHint));
    form->addRow(tr("&E-mail"), withError(m_email, m_emailError));
    form->addRow(tr("Reminders"), withError(consent, m_consentError));
    form->addRow(tr("N&otes"), m_notes);
    form->addRow(tr("&Allergies / patch tests"), withError(m_allergies, m_notesError));

    m_duplicateBox = new QFrame(this);
    m_duplicateBox->setObjectName(QStringLiteral("customerDuplicateWarning"));
    m_duplicateBox->setStyleSheet(
        QStringLiteral("QFrame#customerDuplicateWarning { background: #fff4d6;"
                       " border: 1px solid #f0d48a; border-radius: 6px; }"));
    auto *duplicateLayout = new QHBoxLayout(m_duplicateBox);
    duplicateLayout->setContentsMargins(10, 8, 10, 8);
    m_duplicateText = new QLabel(m_duplicateBox);
    m_duplicateText->setObjectName(QStringLiteral("customerDuplicateText"));
    m_duplicateText->setWordWrap(true);
    m_duplicateText->setTextFormat(Qt::PlainText);
    m_openDuplicate = new QPushButton(m_duplicateBox);
    m_openDuplicate->setObjectName(QStringLiteral("customerOpenDuplicate"));
    m_mergeDuplicate = new QPushButton(tr("&Merge…"), m_duplicateBox);
    m_mergeDuplicate->setObjectName(QStringLiteral("customerMergeDuplicate"));
    m_mergeDuplicate->setToolTip(tr("Merge the two records into one"));
    // Only an existing customer can be merged, and only by admins and owners.
    m_mergeDuplicate->setVisible(m_original.has_value() && m_context.role != StaffRole::Staff);
    duplicateLayout->addWidget(m_duplicateText, 1);
    duplicateLayout->addWidget(m_openDuplicate);
    duplicateLayout->addWidget(m_mergeDuplicate);
    m_duplicateBox->hide();

    m_saveError = errorLabel(QStringLiteral("customerSaveError"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("customerSaveButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicateBox);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    if (m_original) {
        const CustomerProfile &o = *m_original;
        m_name->setText(o.fullName);
        m_phone->setText(o.phone.isEmpty() ? QString() : formatPhoneForDisplay(o.phone));
        m_email->setText(o.email);
        m_whatsApp->setChecked(o.consentWhatsApp);
        m_sms->setChecked(o.consentSms);
        m_emailConsent->setChecked(o.consentEmail);
        m_notes->setPlainText(o.notes);
        m_allergies->setPlainText(o.allergyNotes);
    }
    updatePhoneHint();

    connect(m_phone, &QLineEdit::textChanged, this, &CustomerEditDialog::updatePhoneHint);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CustomerEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_openDuplicate, &QPushButton::clicked, this, [this] {
        if (m_duplicateId.isEmpty())
            return;
        Q_EMIT openExistingRequested(m_duplicateId);
        reject();
    });
    connect(m_mergeDuplicate, &QPushButton::clicked, this, [this] {
        if (m_duplicateId.isEmpty())
            return;
        const QString duplicateId = m_duplicateId;
        reject();
        Q_EMIT mergeRequested(duplicateId);
    });
    m_name->setFocus();
}

CustomerEditDialog::~CustomerEditDialog() = default;

void CustomerEditDialog::presetName(const QString &name)
{
    m_name->setText(name.trimmed());
}

CustomerFormInput CustomerEditDialog::input() const
{
    return {m_name->text(),          m_phone->text(),           m_email->text(),
            m_whatsApp->isChecked(), m_sms->isChecked(),        m_emailConsent->isChecked(),
            m_notes->toPlainText(),  m_allergies->toPlainText()};
}

void CustomerEditDialog::updatePhoneHint()
{
    // Show what will be stored while the number is typed, so a wrong country code shows early.
    const QString typed = m_phone->text().trimmed();
    const PhoneParse parsed = normalizePhone(typed, m_context.locale.territory());
    m_phoneHint->setText(parsed.ok() ? tr("Saved as %1").arg(formatPhoneForDisplay(parsed.e164))
                                     : QString());
    m_phoneHint->setVisible(parsed.ok());
}

CustomerFormCheck CustomerEditDialog::showCheck()
{
    const CustomerFormCheck check =
        CustomerForm::check(input(), m_context.locale.territory(), m_original);
    setError(m_nameError, m_name, check.nameError);
    setError(m_phoneError, m_phone, check.phoneError);
    setError(m_emailError, m_email, check.emailError);
    setError(m_consentError, nullptr, check.consentError);
    setError(m_notesError, nullptr, check.notesError);
    if (!check.nameError.isEmpty())
        m_name->setFocus();
    else if (!check.phoneError.isEmpty())
        m_phone->setFocus();
    else if (!check.emailError.isEmpty())
        m_email->setFocus();
    return check;
}

void CustomerEditDialog::save()
{
    if (!m_saveButton->isEnabled())
        return;
    setError(m_saveError, nullptr, {});
    const CustomerFormCheck check = showCheck();
    if (!check.ok())
        return;
    if (!check.hasChanges()) {
        accept();
        return;
    }
    const QString key = check.phoneE164 + u'\n' + check.email.toLower();
    const bool contactChanged =
        !m_original || check.changes.phone.has_value() || check.changes.email.has_value();
    if (!contactChanged || key == m_acknowledged) {
        submit(check);
        return;
    }
    // Look for the same phone or e-mail on another customer before saving.
    setBusy(true);
    const quint64 generation = ++m_generation;
    m_store->run(
        this,
        [businessId = m_context.businessId, exclude = m_original ? m_original->id : QString(),
         phones = check.phoneVariants(), email = check.email](QSqlDatabase &db) {
            return CustomerRepository(db).duplicates(businessId, exclude, phones, email);
        },
        [this, generation, check, key](const CustomerDuplicatesResult &result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (result.error) {
                setError(m_saveError, nullptr, result.error->message);
                return;
            }
            if (result.duplicates.isEmpty()) {
                submit(check);
                return;
            }
            m_acknowledged = key;
            showDuplicates(result.duplicates);
        });
}

void CustomerEditDialog::showDuplicates(const QList<CustomerDuplicate> &duplicates)
{
    const CustomerDuplicate &first = duplicates.first();
    QString text;
    if (first.samePhone && first.sameEmail)
        text = tr("%1 already has this phone number and e-mail address.").arg(first.fullName);
    else if (first.samePhone)
        text = tr("%1 already has this phone number (%2).")
                   .arg(first.fullName, formatPhoneForDisplay(first.phone));
    else
        text = tr("%1 already has this e-mail address (%2).").arg(first.fullName, first.email);
    if (duplicates.size() > 1)
        text += u' ' + tr("So do %n other customer(s).", nullptr, int(duplicates.size() - 1));
    text += u' '
            + (!m_mergeDuplicate->isHidden()
                   ? tr("Open the existing customer, merge the two, or save again to keep both.")
                   : tr("Open the existing customer, or save again to keep both."));
    m_duplicateText->setText(text);
    m_duplicateId = first.id;
    m_openDuplicate->setText(tr("Open %1").arg(first.fullName));
    m_duplicateBox->show();
    m_saveButton->setText(tr("Save anyway"));
    m_openDuplicate->setFocus();
}

void CustomerEditDialog::submit(const CustomerFormCheck &check)
{
    if (!m_edits) {
        setError(m_saveError, nullptr, tr("Customers cannot be changed here."));
        return;
    }
    const Mutation mutation = Mutations::upsertCustomer(check.changes);
    const QString id = mutation.payload.value(QStringLiteral("id")).toString();
    setBusy(true);
    m_edits->submit(mutation, this, [this, id](const OutboxResult &result) {
        setBusy(false);
        if (!result.ok) {
            setError(m_saveError, nullptr, result.error);
            return;
        }
        m_savedId = id;
        Q_EMIT saved(id);
        accept();
    });
}

void CustomerEditDialog::setBusy(bool busy)
{
    m_saveButton->setEnabled(!busy);
}

} // namespace Chairside
