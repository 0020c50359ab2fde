#include "core/PhoneNumber.h"

#include <QList>

#include <algorithm>
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

QString callingCodeFor(QLocale::Territory region)
{
    // The countries Chairside's salons are in, and their neighbours.
    switch (region) {
    case QLocale::SouthAfrica:
        return QStringLiteral("27");
    case QLocale::Namibia:
        return QStringLiteral("264");
    case QLocale::Botswana:
        return QStringLiteral("267");
    case QLocale::Thailand:
        return QStringLiteral("66");
    case QLocale::UnitedKingdom:
        return QStringLiteral("44");
    case QLocale::Ireland:
        return QStringLiteral("353");
    case QLocale::Australia:
        return QStringLiteral("61");
    case QLocale::NewZealand:
        return QStringLiteral("64");
    case QLocale::UnitedStates:
    case QLocale::Canada:
        return QStringLiteral("1");
    case QLocale::Germany:
        return QStringLiteral("49");
    case QLocale::France:
        return QStringLiteral("33");
    case QLocale::Netherlands:
        return QStringLiteral("31");
    case QLocale::Singapore:
        return QStringLiteral("65");
    case QLocale::Malaysia:
        return QStringLiteral("60");
    default:
        return {};
    }
}

PhoneParse normalizePhone(const QString &typed, QLocale::Territory region)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {{}, PhoneProblem::Empty};
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() >= '0' && c.unicode() <= '9') {
            digits.append(c);
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (!(c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/')) {
            return {{}, PhoneProblem::InvalidCharacters};
        }
    }
    if (digits.isEmpty())
        return {{}, PhoneProblem::InvalidCharacters};
    QString international; // country code and national number, digits only
    if (plus) {
        international = digits;
    } else if (digits.startsWith(u"00")) {
        international = digits.mid(2); // the international prefix most countries dial
    } else {
        const QString code = callingCodeFor(region);
        if (code.isEmpty())
            return {{}, PhoneProblem::NoCountry};
        QString national = digits;
        if (code == u"1" && national.size() == 11 && national.startsWith(u'1'))
            national.remove(0, 1); // North American "1 212 555 0100"
        else if (national.startsWith(u'0'))
            national.remove(0, 1); // the trunk prefix
        international = code + national;
    }
    if (international.startsWith(u'0'))
        return {{}, PhoneProblem::InvalidCharacters};
    // E.164 allows up to 15 digits; nothing real is shorter than 7 with its country code.
    if (international.size() < 7)
        return {{}, PhoneProblem::TooShort};
    if (international.size() > 15)
        return {{}, PhoneProblem::TooLong};
    // Known countries have a known national length; catch a dropped or doubled digit.
    for (const CountryPattern &pattern : kPatterns) {
        const QStringView code(pattern.code);
        if (!international.startsWith(code))
            continue;
        const qsizetype national = international.size() - code.size();
        bool fits = false;
        qsizetype longest = 0;
        for (const CountryPattern &same : kPatterns) {
            if (QStringView(same.code) == code) {
                fits = fits || same.nationalDigits == national;
                longest = std::max<qsizetype>(longest, same.nationalDigits);
            }
        }
        if (!fits)
            return {{}, national > longest ? PhoneProblem::TooLong : PhoneProblem::TooShort};
        break;
    }
    return {u'+' + international, PhoneProblem::None};
}

} // namespace Chairside
