#pragma once

#include <QString>
#include <QVariantList>

namespace Chairside {

// What the desk typed to find a customer, turned into bound SQL terms: a prefix of the full name
// (served by idx_customers_name, COLLATE NOCASE), the start of a later word of the name (a
// surname), a prefix of the e-mail (idx_customers_email) and, when the text is a phone number,
// its digits. The text only ever reaches SQL as bound values.
class CustomerSearch final
{
public:
    static CustomerSearch fromText(const QString &text);

    bool isEmpty() const { return m_namePrefix.isEmpty() && m_phoneDigits.isEmpty(); }

    // A condition over the customers table known as `alias` in the statement (an identifier
    // written in code, never user text), with one `?` per value of bindValues().
    QString condition(QStringView alias) const;
    QVariantList bindValues() const;

    // `%`, `_` and `\` match themselves after escaping (the statements use ESCAPE '\').
    static QString escapeLike(const QString &text);

    // The digits of a phone number without a leading trunk 0, so "082 555 0101" finds the
    // stored "+27 82 555 0101".
    static QString phoneDigits(const QString &text);

private:
    QString m_namePrefix;  // "thandi%"
    QString m_nameWord;    // "% thandi%"
    QString m_phoneDigits; // "%825550101%" or empty
};

} // namespace Chairside
