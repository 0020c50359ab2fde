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

// "R 1 250,00" / "฿1,250.00": formatted for the locale with the currency's own symbol.
QString formatMoney(const Money &money, const QLocale &locale);

} // namespace Chairside
