#pragma once

#include "app/CommandLine.h"

#include <QString>

namespace Chairside {

class AppSettings;

// `chairside export ics|csv`: writes the appointments of a day or a range of days from the store
// the window would open (the demo salon, generated on first use, or the signed-in account's
// cache) to a calendar or CSV file. Needs no display and no network. Returns the exit code:
//   0 written ("Wrote N appointments to FILE"), 1 failed (the message says why),
//   4 an account is configured but nobody is signed in.
int runExportCommand(const CommandLineOptions &options, AppSettings &settings,
                     const QString &dataDir);

} // namespace Chairside
