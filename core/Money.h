#pragma once

#include <QLocale>
#include <QString>

namespace Chairside {

// An amount in the minor unit of its currency (cents, satang), never a floating point value.
struct Money
{
    qint64 minor = 0;
    QString currency; // ISO 4217, e.g. "ZAR", "THB"

    friend bool operator==(const Money &, const Money &) = default;
};

// Digits after the decimal point for an ISO 4217 currency (2 for most, 0 for JPY and KRW...).
int minorDigits(QStringView currency);

// "R1 250,00" (en_ZA) / "฿1,250.00" (th_TH): formatted for the locale with the currency's own
// symbol, or its ISO code when it has none here.
QString formatMoney(const Money &money, const QLocale &locale);

} // namespace Chairside
