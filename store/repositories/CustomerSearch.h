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

    // Words of one or two letters and no phone digits: a text that may match a good part of
    // the customers ("m" finds one in four).
    bool isBroad() const { return m_broad; }

    // How a statement should reach the matching customers.
    enum class Lookup {
        // Fetch each match by rowid: best when the matches are few or the order is not the name.
        ByMatches,
        // Walk idx_customers_name and test each row against the matches: for a statement ordered
        // by name with a LIMIT and a broad text, it stops after the first window instead of
        // reading and sorting every match (21,000 on the bench store: 22 ms down to 8 ms).
        InNameOrder,
    };

    // The lookup for a statement ordered by name with a LIMIT: InNameOrder for a broad text.
    Lookup lookupInNameOrder() const { return m_broad ? Lookup::InNameOrder : Lookup::ByMatches; }

    // A condition over the customers table known as `alias` in the statement (an identifier
    // written in code, never user text), with one `?` per value of bindValues().
    QString condition(QStringView alias, Lookup lookup = Lookup::ByMatches) const;

    // count(*) of the matches straight from the index (it holds live customers only): the
    // customers of a business when the store holds no other business. One `?`, bindValues().
    static QString indexCountStatement();
    QVariantList bindValues() const { return {m_match}; }

    // The FTS5 query bound by condition(), e.g. {name email} : ("thandi"* AND "mok"*).
    const QString &matchExpression() const { return m_match; }

    // The digits of a phone number (in any script, as ASCII) without a leading trunk 0, so
    // "082 555 0101" finds the stored "+27 82 555 0101".
    static QString phoneDigits(const QString &text);

private:
    QString m_match;
    bool m_broad = false;
};

} // namespace Chairside
