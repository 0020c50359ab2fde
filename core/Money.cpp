#include "core/Money.h"

#include <cmath>

namespace Chairside {

int minorDigits(QStringView currency)
{
    static constexpr const char16_t *kZeroDigit[] = {u"JPY", u"KRW", u"VND", u"CLP",
                                                     u"ISK", u"UGX", u"XAF", u"XOF"};
    for (const char16_t *code : kZeroDigit) {
        if (currency == QStringView(code))
            return 0;
    }
    return 2;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    const int digits = minorDigits(money.currency);
    const double scale = std::pow(10.0, digits);
    const double major = static_cast<double>(money.minor) / scale;
    QString symbol = money.currency;
    if (money.currency == u"ZAR")
        symbol = QStringLiteral("R");
    else if (money.currency == u"THB")
        symbol = QStringLiteral("฿");
    else if (money.currency == u"USD")
        symbol = QStringLiteral("$");
    else if (money.currency == u"EUR")
        symbol = QStringLiteral("€");
    else if (money.currency == u"GBP")
        symbol = QStringLiteral("£");
    else if (money.currency == u"AUD")
        symbol = QStringLiteral("A$");
    return locale.toCurrencyString(major, symbol, digits);
}

} // namespace Chairside
