#pragma once

#include "store/repositories/CustomerRepository.h"
#include "sync/Mutation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// What the person typed in the customer dialog.
struct CustomerFormInput
{
    QString fullName{};
    QString phone{};
    QString email{};
    bool consentWhatsApp = false;
    bool consentSms = false;
    bool consentEmail = false;
    QString notes{};
    QString allergyNotes{};
};

// The checked form: a sentence per field that is wrong, or the customer.upsert changes.
struct CustomerFormCheck
{
    QString nameError;
    QString phoneError;
    QString emailError;
    QString consentError;
    QString notesError;
    QString phoneE164; // the normalised number ("" when none was given)
    QString email;     // trimmed
    // Only the fields that differ from `original` (all of them for a new customer).
    CustomerChanges changes;

    bool ok() const
    {
        return nameError.isEmpty() && phoneError.isEmpty() && emailError.isEmpty()
               && consentError.isEmpty() && notesError.isEmpty();
    }
    bool hasChanges() const;
    // The spellings the phone may have been stored under, for the duplicate lookup.
    QStringList phoneVariants() const;
};

// The customer dialog's rules, without widgets: a name is required, the phone becomes E.164 for
// the business's country, the e-mail must look like an address, and a reminder channel can only
// be allowed when the customer can be reached on it.
class CustomerForm final
{
    Q_DECLARE_TR_FUNCTIONS(Chairside::CustomerForm)

public:
    static constexpr int kMaxNameLength = 200;
    static constexpr int kMaxNotesLength = 4000;

    static bool looksLikeEmail(const QString &text);
    static CustomerFormCheck check(const CustomerFormInput &input, QLocale::Territory region,
                                   const std::optional<CustomerProfile> &original = std::nullopt);
};

} // namespace Chairside
