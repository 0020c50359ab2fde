#pragma once

#include "app/CommandLine.h"

#include <QString>

namespace Chairside {

class AppSettings;

// `chairside login | logout | sync | status`: the same session and sync engine as the window,
// without one, for scripts and tests. Runs its own event loop under a QCoreApplication and
// returns the process exit code:
//   0 done, 1 failed (the message says why), 3 the audit found differences,
//   4 not signed in (run `chairside login` first).
int runHeadlessCommand(const CommandLineOptions &options, AppSettings &settings,
                       const QString &dataDir);

} // namespace Chairside
