#include "core/PhoneNumber.h"

#include <QList>

#include <array>

namespace Chairside {

namespace {

struct CountryPattern
{
    const char16_t *code;      // without '+'
    int nationalDigits;        // length of the number after the code
    std::array<int, 4> groups; // group sizes of the national number, 0-terminated
};

// The countries Chairside's salons are in first; the rest fall back to groups of three.
constexpr CountryPattern kPatterns[] = {
    {u"27", 9, {2, 3, 4, 0}},  // South Africa: 82 123 4567
    {u"66", 9, {2, 3, 4, 0}},  // Thailand mobile: 81 234 5678
    {u"66", 8, {1, 3, 4, 0}},  // Thailand Bangkok landline: 2 123 4567
    {u"44", 10, {4, 6, 0, 0}}, // United Kingdom: 7700 900123
    {u"61", 9, {1, 4, 4, 0}},  // Australia: 4 1234 5678
    {u"1", 10, {3, 3, 4, 0}},  // North America: 212 555 0100
};

bool isE164(const QString &text)
{
    if (text.size() < 8 || text.size() > 16 || !text.startsWith(u'+') || text.at(1) == u'0')
        return false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > 0x7f)
            return false;
    }
    return true;
}

QString grouped(QStringView digits, const QList<int> &groups)
{
    QString out;
    qsizetype at = 0;
    for (int size : groups) {
        if (at >= digits.size())
            break;
        if (!out.isEmpty())
            out.append(u' ');
        out.append(digits.mid(at, size));
        at += size;
    }
    if (at < digits.size())
        out.append(u' ').append(digits.mid(at));
    return out;
}

} // namespace

QString formatPhoneForDisplay(const QString &e164)
{
    if (!isE164(e164))
        return e164;
    const QStringView digits = QStringView(e164).mid(1);
    for (const CountryPattern &pattern : kPatterns) {
        const QStringView code(pattern.code);
        if (!digits.startsWith(code) || digits.size() - code.size() != pattern.nationalDigits)
            continue;
        QList<int> groups;
        for (int size : pattern.groups) {
            if (size > 0)
                groups.append(size);
        }
        return u'+' + code.toString() + u' ' + grouped(digits.mid(code.size()), groups);
    }
    // Unknown country: assume a two-digit code (the most common length) and groups of three.
    return u'+' + digits.left(2).toString() + u' ' + grouped(digits.mid(2), {3, 3, 3, 3, 3});
}

} // namespace Chairside
