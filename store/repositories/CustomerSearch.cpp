#include "store/repositories/CustomerSearch.h"

#include <QStringList>

namespace Chairside {

namespace {

// An FTS5 string: everything inside the quotes is text to tokenize, never query syntax; a quote
// is written twice. The trailing * makes its last token a prefix.
QString prefixPhrase(QStringView word)
{
    QString phrase = word.left(CustomerSearch::kMaxWordLength).toString();
    phrase.replace(u'"', QStringLiteral("\"\""));
    return u'"' + phrase + QStringLiteral("\"*");
}

// Digits and phone punctuation only, so "Anna 2" does not search every number containing a 2.
bool looksLikePhone(QStringView text)
{
    for (const QChar c : text) {
        if (!c.isDigit() && c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')'
            && c != u'.')
            return false;
    }
    return true;
}

} // namespace

CustomerSearch CustomerSearch::fromText(const QString &text)
{
    CustomerSearch search;
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return search;

    const QStringList words = trimmed.split(u' ', Qt::SkipEmptyParts);
    QStringList phrases;
    search.m_broad = true;
    for (qsizetype i = 0; i < words.size() && i < kMaxWords; ++i) {
        phrases.append(prefixPhrase(words.at(i)));
        search.m_broad = search.m_broad && words.at(i).size() <= 2;
    }
    // A word of punctuation alone ("%", "@") holds no token and so matches nothing: the text
    // still narrows the list to nobody rather than showing everyone.
    search.m_match =
        QStringLiteral("{name email} : (") + phrases.join(QStringLiteral(" AND ")) + u')';

    // The phone column holds every ending of the number's digits: a prefix of one of them is
    // the typed digits anywhere in the number.
    const QString digits = phoneDigits(trimmed);
    if (looksLikePhone(trimmed) && digits.size() >= 3) {
        search.m_match += QStringLiteral(" OR phone : ") + prefixPhrase(digits);
        search.m_broad = false;
    }
    return search;
}

QString CustomerSearch::condition(QStringView alias, Lookup lookup) const
{
    // A unary + keeps SQLite from driving the statement by the rowids; it then walks the
    // index of the statement's ORDER BY and tests each row against the matches.
    const QString row =
        lookup == Lookup::InNameOrder ? QStringLiteral("+") + alias.toString() : alias.toString();
    return row
           + QStringLiteral(".rowid IN (SELECT rowid FROM customer_search WHERE customer_search "
                            "MATCH ?)");
}

QString CustomerSearch::indexCountStatement()
{
    return QStringLiteral("SELECT count(*) FROM customer_search WHERE customer_search MATCH ?");
}

QString CustomerSearch::phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        // Any script's digits (a Thai keyboard types ๐๘๒) as the stored ASCII ones.
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

} // namespace Chairside
