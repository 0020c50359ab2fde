#include "app/ExportCommand.h"

#include "app/CommandStore.h"
#include "models/appointments/ExportAppointments.h"
#include "store/AppSettings.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace Chairside {

namespace {

enum ExitCode { Done = 0, Failed = 1, NotSignedIn = 4 };

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::ExportCommand", text);
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fputs(qPrintable(QStringLiteral("chairside: %1\n").arg(line)), stderr);
    std::fflush(stderr);
}

} // namespace

int runExportCommand(const CommandLineOptions &options, AppSettings &settings,
                     const QString &dataDir)
{
    const CommandStore store = openCommandStore(options, settings, dataDir);
    int code = Done;
    if (!store.context) {
        complain(store.error);
        code = store.exitCode;
    } else {
        QSqlDatabase db = Database::connectionForThisThread(store.path);
        AppointmentExport::Request request;
        request.format = options.exportFormat == CommandLineOptions::ExportFormat::Calendar
                             ? AppointmentExport::Format::Calendar
                             : AppointmentExport::Format::Csv;
        request.from = options.exportFrom;
        request.to = options.exportTo;
        request.staffName = options.exportStaff;
        request.filePath = options.exportFile;
        const AppointmentExport::Outcome outcome =
            AppointmentExport::run(db, *store.context, request);
        if (!outcome.error.isEmpty()) {
            complain(outcome.error);
            code = Failed;
        } else {
            say(tr("Wrote %1 appointments to %2")
                    .arg(outcome.count)
                    .arg(QDir::toNativeSeparators(options.exportFile)));
        }
    }
    if (!store.path.isEmpty())
        Database::closeForThisThread(store.path);
    return code;
}

} // namespace Chairside
