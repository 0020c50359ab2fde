#pragma once

#include <QString>
#include <QVariantList>

namespace Chairside {

// What the desk typed to find a customer, turned into one bound full-text query over
// customer_search (store migration 10; triggers on customers keep it in step). Every word typed
// must begin a word of the name or the e-mail address, in any order, whatever the case or accents
// ("thandi mok", "mokoena", "zoe" for Zoë, "priya@ex"); text that looks like a phone number also
// finds the numbers that contain its digits ("082 555 0101" finds +27 82 555 0101). The text only
// ever reaches SQL as a bound value, each word quoted as an FTS5 string.
class CustomerSearch final
{
public:
    // Words after the eighth narrow nothing a desk would type and only lengthen the query.
    static constexpr int kMaxWords = 8;
    static constexpr int kMaxWordLength = 64;

    static CustomerSearch fromText(const QString &text);

    bool isEmpty() const { return m_match.isEmpty(); }

    // A condition over the customers table known as `alias` in the statement (an identifier
    // written in code, never user text), with one `?` per value of bindValues().
    QString condition(QStringView alias) const;
    QVariantList bindValues() const { return {m_match}; }

    // The FTS5 query bound by condition(), e.g. {name email} : ("thandi"* AND "mok"*).
    const QString &matchExpression() const { return m_match; }

    // The digits of a phone number (in any script, as ASCII) without a leading trunk 0, so
    // "082 555 0101" finds the stored "+27 82 555 0101".
    static QString phoneDigits(const QString &text);

private:
    QString m_match;
};

} // namespace Chairside
