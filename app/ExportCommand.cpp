#include "app/ExportCommand.h"

#include "app/Startup.h"
#include "models/appointments/ExportAppointments.h"
#include "remote/BackendConfig.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

struct OpenedStore
{
    QString path;
    std::optional<BusinessContext> context;
    QString error;
    int code = Done;
};

// The store and business the window would show, read on this thread (there is no GUI here).
OpenedStore openStore(const CommandLineOptions &options, AppSettings &settings,
                      const QString &dataDir)
{
    OpenedStore opened;
    if (settings.usesLocalDemo()) {
        opened.path = QDir(dataDir).filePath(QStringLiteral("chairside.sqlite"));
        QDir().mkpath(dataDir);
        std::optional<StoreError> openError;
        QSqlDatabase db = Database::connectionForThisThread(opened.path, &openError);
        StartupResult startup = prepareLocalStore(db, openError, options.demo);
        if (startup.error)
            opened.error = startup.error->message;
        else
            opened.context = startup.context;
        return opened;
    }
    const QString userId = settings.accountUserId();
    const BackendConfig backend = BackendConfig::fromSettings(settings);
    if (settings.lastSignInEmail().isEmpty() || userId.isEmpty() || !backend.isValid()) {
        opened.error = tr("Nobody is signed in; run `chairside login` first.");
        opened.code = NotSignedIn;
        return opened;
    }
    opened.path = SyncService::storePathFor(dataDir, backend, userId);
    if (!QFileInfo::exists(opened.path)) {
        opened.error = tr("There is no local copy of this account yet; run `chairside sync` "
                          "first.");
        opened.code = Failed;
        return opened;
    }
    std::optional<StoreError> openError;
    QSqlDatabase db = Database::connectionForThisThread(opened.path, &openError);
    if (openError || !db.isOpen()) {
        opened.error = openError ? openError->message : tr("The local store cannot be opened.");
        return opened;
    }
    opened.context = BusinessContext::loadForUser(db, userId);
    if (!opened.context)
        opened.error = tr("The local copy holds no business for this account yet; run "
                          "`chairside sync` first.");
    return opened;
}

} // namespace

int runExportCommand(const CommandLineOptions &options, AppSettings &settings,
                     const QString &dataDir)
{
    const OpenedStore store = openStore(options, settings, dataDir);
    int code = Done;
    if (!store.context) {
        complain(store.error);
        code = store.code != Done ? store.code : int(Failed);
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
