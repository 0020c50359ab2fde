#include "models/customers/CustomerForm.h"

#include "core/PhoneNumber.h"

#include <QRegularExpression>

namespace Chairside {

bool CustomerFormCheck::hasChanges() const
{
    const CustomerChanges &c = changes;
    return c.fullName || c.phone || c.email || c.consentWhatsApp || c.consentSms || c.consentEmail
           || c.notes || c.allergyNotes || c.referralCode;
}

QStringList CustomerFormCheck::phoneVariants() const
{
    if (phoneE164.isEmpty())
        return {};
    QStringList variants{phoneE164};
    const QString shown = formatPhoneForDisplay(phoneE164);
    if (shown != phoneE164)
        variants.append(shown);
    return variants;
}

bool CustomerForm::looksLikeEmail(const QString &text)
{
    // One '@', something before it, a dotted domain after it, no spaces: enough to catch typing
    // slips without refusing real addresses.
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return text.size() <= 254 && pattern.match(text).hasMatch();
}

CustomerFormCheck CustomerForm::check(const CustomerFormInput &input, QLocale::Territory region,
                                      const std::optional<CustomerProfile> &original)
{
    CustomerFormCheck out;
    const QString name = input.fullName.simplified();
    if (name.isEmpty())
        out.nameError = tr("Enter the customer's name.");
    else if (name.size() > kMaxNameLength)
        out.nameError = tr("The name is too long (at most %1 characters).").arg(kMaxNameLength);

    if (!input.phone.trimmed().isEmpty()) {
        const PhoneParse phone = normalizePhone(input.phone, region);
        switch (phone.problem) {
        case PhoneProblem::None:
        case PhoneProblem::Empty:
            out.phoneE164 = phone.e164;
            break;
        case PhoneProblem::InvalidCharacters:
            out.phoneError = tr("A phone number can only hold digits, spaces, dashes, brackets "
                                "and a leading +.");
            break;
        case PhoneProblem::NoCountry:
            out.phoneError = tr("Start the number with + and the country code, for example "
                                "+27 82 123 4567.");
            break;
        case PhoneProblem::TooShort:
            out.phoneError = tr("This phone number is too short: check for a missing digit.");
            break;
        case PhoneProblem::TooLong:
            out.phoneError = tr("This phone number is too long: check for an extra digit.");
            break;
        }
    }

    out.email = input.email.trimmed();
    if (!out.email.isEmpty() && !looksLikeEmail(out.email))
        out.emailError = tr("This does not look like an e-mail address (name@example.com).");

    QStringList unreachable;
    if ((input.consentWhatsApp || input.consentSms) && input.phone.trimmed().isEmpty())
        unreachable.append(tr("WhatsApp and SMS reminders need a phone number."));
    if (input.consentEmail && out.email.isEmpty())
        unreachable.append(tr("E-mail reminders need an e-mail address."));
    out.consentError = unreachable.join(u' ');

    const QString notes = input.notes.trimmed();
    const QString allergies = input.allergyNotes.trimmed();
    if (notes.size() > kMaxNotesLength || allergies.size() > kMaxNotesLength)
        out.notesError = tr("Notes can hold at most %1 characters.").arg(kMaxNotesLength);

    // Only what changed is sent, so two desks editing different fields do not undo each other.
    CustomerChanges &c = out.changes;
    const auto nullIfEmpty = [](const QString &text) {
        return text.isEmpty() ? QString() : text;
    };
    if (!original) {
        c.fullName = name;
        c.phone = nullIfEmpty(out.phoneE164);
        c.email = nullIfEmpty(out.email);
        c.consentWhatsApp = input.consentWhatsApp;
        c.consentSms = input.consentSms;
        c.consentEmail = input.consentEmail;
        c.notes = notes;
        c.allergyNotes = allergies;
        return out;
    }
    const CustomerProfile &o = *original;
    c.id = o.id;
    c.expectedVersion = o.version > 0 ? std::optional<qint64>(o.version) : std::nullopt;
    if (name != o.fullName)
        c.fullName = name;
    if (out.phoneE164 != o.phone
        && !(o.phone.isEmpty() == out.phoneE164.isEmpty()
             && normalizePhone(o.phone, region).e164 == out.phoneE164))
        c.phone = nullIfEmpty(out.phoneE164);
    if (out.email != o.email)
        c.email = nullIfEmpty(out.email);
    if (input.consentWhatsApp != o.consentWhatsApp)
        c.consentWhatsApp = input.consentWhatsApp;
    if (input.consentSms != o.consentSms)
        c.consentSms = input.consentSms;
    if (input.consentEmail != o.consentEmail)
        c.consentEmail = input.consentEmail;
    if (notes != o.notes.trimmed())
        c.notes = notes;
    if (allergies != o.allergyNotes.trimmed())
        c.allergyNotes = allergies;
    return out;
}

} // namespace Chairside
