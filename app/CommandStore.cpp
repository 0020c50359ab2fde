#include "app/CommandStore.h"

#include "app/Startup.h"
#include "remote/BackendConfig.h"
#include "store/AppSettings.h"
#include "store/Database.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace Chairside {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::CommandStore", text);
}

} // namespace

CommandStore openCommandStore(const CommandLineOptions &options, AppSettings &settings,
                              const QString &dataDir)
{
    CommandStore opened;
    opened.exitCode = 1; // until a business is found
    if (settings.usesLocalDemo()) {
        opened.path = QDir(dataDir).filePath(QStringLiteral("chairside.sqlite"));
        QDir().mkpath(dataDir);
        std::optional<StoreError> openError;
        QSqlDatabase db = Database::connectionForThisThread(opened.path, &openError);
        StartupResult startup = prepareLocalStore(db, openError, options.demo);
        if (startup.error) {
            opened.error = startup.error->message;
        } else {
            opened.context = startup.context;
            opened.exitCode = 0;
        }
        return opened;
    }
    const QString userId = settings.accountUserId();
    const BackendConfig backend = BackendConfig::fromSettings(settings);
    if (settings.lastSignInEmail().isEmpty() || userId.isEmpty() || !backend.isValid()) {
        opened.error = tr("Nobody is signed in; run `chairside login` first.");
        opened.exitCode = 4;
        return opened;
    }
    opened.path = SyncService::storePathFor(dataDir, backend, userId);
    if (!QFileInfo::exists(opened.path)) {
        opened.error = tr("There is no local copy of this account yet; run `chairside sync` "
                          "first.");
        return opened;
    }
    std::optional<StoreError> openError;
    QSqlDatabase db = Database::connectionForThisThread(opened.path, &openError);
    if (openError || !db.isOpen()) {
        opened.error = openError ? openError->message : tr("The local store cannot be opened.");
        return opened;
    }
    opened.context = BusinessContext::loadForUser(db, userId);
    if (opened.context)
        opened.exitCode = 0;
    else
        opened.error = tr("The local copy holds no business for this account yet; run "
                          "`chairside sync` first.");
    return opened;
}

} // namespace Chairside
