#pragma once

#include <QLocale>
#include <QString>

namespace Chairside {

// An E.164 number grouped the way people in its country write it, for display only:
// "+27821234567" -> "+27 82 123 4567", "+66812345678" -> "+66 81 234 5678". Numbers from other
// countries are grouped in threes after the country code; anything that is not E.164 comes back
// unchanged, so nothing a person typed is ever hidden.
QString formatPhoneForDisplay(const QString &e164);

// Why a typed number could not be made E.164.
enum class PhoneProblem {
    None,
    Empty,
    InvalidCharacters, // letters or symbols other than spaces, dashes, dots, brackets, '+'
    NoCountry,         // a national number, and the business's country has no known code
    TooShort,
    TooLong,
};

struct PhoneParse
{
    QString e164; // "+27821234567"; empty when problem != None
    PhoneProblem problem = PhoneProblem::None;

    bool ok() const { return problem == PhoneProblem::None; }
};

// A number as people type it, made E.164 for the business's country (`region`):
// "+27 82 123-4567", "0027821234567" and, in South Africa, "082 123 4567" all become
// "+27821234567". A national number drops its trunk '0' and gains the region's calling code.
PhoneParse normalizePhone(const QString &typed, QLocale::Territory region);

// The international calling code of a country without '+' ("27"), or empty when unknown.
QString callingCodeFor(QLocale::Territory region);

} // namespace Chairside
