#pragma once

#include "store/demo/DemoSalon.h"
#include "ui/PaneId.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chairside {

// What the command line asked for, checked. Parsing never exits the process itself.
struct CommandLineOptions
{
    // `chairside` opens the window; the others run without one, for scripts and tests.
    enum class Command { Window, Sync, Status, Login, Logout };
    enum class ExportFormat { Calendar, Csv };

    Command command = Command::Window;
    QString dataDir; // absolute; empty: the user's data directory
    DemoSalonOptions demo;
    QString screenshotFile;
    PaneId screenshotPane = PaneId::Appointments;
    bool watch = false;     // sync: keep going until stopped (else one cycle)
    int pollIntervalMs = 0; // sync --watch: pull at least this often; 0: the default
    bool json = false;      // status: machine-readable
    bool audit = false;     // status: compare the cache with the server
    QString email;          // login
    bool passwordFromStdin = false;
    QString backendUrl; // login: where the salon's backend is (saved in the settings)
    QString anonKey;
    QString caFile;
    // `chairside export ics|csv` (command stays Window: runHeadlessCommand never sees it).
    std::optional<ExportFormat> exportFormat;
    QDate exportFrom; // export: --day, or --from and --to (days in the business's zone)
    QDate exportTo;
    QString exportStaff; // export --staff: a display name; empty: everyone
    QString exportFile;  // export -o: absolute
    // `chairside report --from --to [--json]` (command stays Window, like export).
    bool report = false;
    QDate reportFrom;
    QDate reportTo;
    QString language;  // --lang: "en", "af", "zu" or "th" for this run; empty: the settings'
    bool dark = false; // --dark: a dark palette for this run, as on a dark desktop theme
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
