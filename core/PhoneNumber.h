#pragma once

#include <QString>

namespace Chairside {

// An E.164 number grouped the way people in its country write it, for display only:
// "+27821234567" -> "+27 82 123 4567", "+66812345678" -> "+66 81 234 5678". Numbers from other
// countries are grouped in threes after the country code; anything that is not E.164 comes back
// unchanged, so nothing a person typed is ever hidden.
QString formatPhoneForDisplay(const QString &e164);

} // namespace Chairside
