#include "store/repositories/CustomerSearch.h"

namespace Chairside {

CustomerSearch CustomerSearch::fromText(const QString &text)
{
    CustomerSearch search;
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return search;
    const QString escaped = escapeLike(trimmed);
    search.m_namePrefix = escaped + u'%';
    search.m_nameWord = QStringLiteral("% ") + escaped + u'%';

    // Only text that looks like a phone number (digits and phone punctuation) searches phones,
    // so "Anna 2" does not match every number containing a 2.
    bool phoneLike = true;
    for (const QChar c : trimmed) {
        if (!c.isDigit() && c != u'+' && c != u' ' && c != u'-' && c != u'(' && c != u')') {
            phoneLike = false;
            break;
        }
    }
    const QString digits = phoneDigits(trimmed);
    if (phoneLike && digits.size() >= 3)
        search.m_phoneDigits = u'%' + digits + u'%';
    return search;
}

QString CustomerSearch::condition(QStringView alias) const
{
    const QString a = alias.toString();
    QString sql = u'(' + a + QStringLiteral(".full_name LIKE ? ESCAPE '\\' OR ") + a
                  + QStringLiteral(".full_name LIKE ? ESCAPE '\\' OR ") + a
                  + QStringLiteral(".email LIKE ? ESCAPE '\\'");
    if (!m_phoneDigits.isEmpty()) {
        sql += QStringLiteral(" OR replace(replace(replace(replace(") + a
               + QStringLiteral(".phone, ' ', ''), '-', ''), '(', ''), ')', '') LIKE ?");
    }
    sql += u')';
    return sql;
}

QVariantList CustomerSearch::bindValues() const
{
    QVariantList values{m_namePrefix, m_nameWord, m_namePrefix};
    if (!m_phoneDigits.isEmpty())
        values.append(m_phoneDigits);
    return values;
}

QString CustomerSearch::escapeLike(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 4);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString CustomerSearch::phoneDigits(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    while (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

} // namespace Chairside
