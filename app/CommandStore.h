#pragma once

#include "app/CommandLine.h"
#include "store/BusinessContext.h"

#include <QString>

#include <optional>

namespace Chairside {

class AppSettings;

// The store and business a window would show, opened on the calling thread for the headless
// commands that read it (export, report): the demo store when no backend is set, else the
// signed-in account's local copy. On failure `context` is empty, `error` says why in a sentence
// and `exitCode` is 4 when nobody is signed in, else 1.
struct CommandStore
{
    QString path;
    std::optional<BusinessContext> context;
    QString error;
    int exitCode = 0;
};

CommandStore openCommandStore(const CommandLineOptions &options, AppSettings &settings,
                              const QString &dataDir);

} // namespace Chairside
