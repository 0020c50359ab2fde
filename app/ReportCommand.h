#pragma once

#include "app/CommandLine.h"

#include <QString>

namespace Chairside {

class AppSettings;

// `chairside report --from DATE --to DATE [--json]`: every KPI card of the Analytics pane for
// the days from --from to --to (in the business's zone) and for the same number of days before,
// read by the same repository call and formatted by the same model as the dashboard. Opens the
// store the window would open (the demo salon, generated on first use, or the signed-in
// account's cache); needs no display and no network. Returns the exit code, like export:
//   0 printed, 1 failed (the message says why), 4 an account is configured but nobody is
//   signed in.
int runReportCommand(const CommandLineOptions &options, AppSettings &settings,
                     const QString &dataDir);

} // namespace Chairside
