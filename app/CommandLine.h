#pragma once

#include "store/demo/DemoSalon.h"
#include "ui/PaneId.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// What the command line asked for, checked. Parsing never exits the process itself.
struct CommandLineOptions
{
    QString dataDir; // absolute; empty: the user's data directory
    DemoSalonOptions demo;
    QString screenshotFile;
    PaneId screenshotPane = PaneId::Appointments;
    bool showHelp = false;
    bool showVersion = false;
};

struct CommandLineResult
{
    std::optional<CommandLineOptions> options;
    QString error; // a sentence for stderr when options is empty
    QString helpText;
};

CommandLineResult parseCommandLine(const QStringList &arguments);

// The arguments without the ones QApplication itself understands (-platform offscreen, -style…),
// so they can be parsed before QApplication exists.
QStringList withoutQtOptions(const QStringList &arguments);

} // namespace Chairside
