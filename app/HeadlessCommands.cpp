#include "app/HeadlessCommands.h"

#include "store/AppSettings.h"
#include "store/Database.h"
#include "sync/CacheRecovery.h"
#include "sync/LocalAudit.h"
#include "sync/Outbox.h"
#include "sync/PullApplier.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace Chairside {

namespace {

enum ExitCode { Done = 0, Failed = 1, AuditDiffers = 3, NotSignedIn = 4 };

QString tr(const char *text)
{
    return QCoreApplication::translate("Chairside::Headless", text);
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

// The first line of standard input; with a terminal and no --password-stdin, asked for without
// echo. The password lives only in this string and the sign-in request.
QString readPassword(bool fromStdin)
{
#ifdef Q_OS_UNIX
    const bool terminal = !fromStdin && isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(qPrintable(tr("Password: ")), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString password = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    return password;
}

QString describe(const SyncStatus &status)
{
    QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + u' ';
    if (status.lastError.isEmpty())
        line += tr("synced: %1 rows pulled, %2 edits pending, %3 sync issues")
                    .arg(status.rowsPulledThisCycle)
                    .arg(status.pendingEdits)
                    .arg(status.issues);
    else
        line += tr("not synced: %1 (%2 edits pending, %3 sync issues)")
                    .arg(status.lastError)
                    .arg(status.pendingEdits)
                    .arg(status.issues);
    return line;
}

// One headless command: owns the sync service and ends the event loop with an exit code.
class HeadlessRun final : public QObject
{
public:
    HeadlessRun(const CommandLineOptions &options, AppSettings &settings, QString dataDir)
        : m_options(options)
        , m_settings(settings)
        , m_dataDir(std::move(dataDir))
    {}

    int exec()
    {
        QMetaObject::invokeMethod(
            this, [this] { begin(); }, Qt::QueuedConnection);
        const int code = QCoreApplication::exec();
        m_service.reset(); // stops the worker thread before the settings go away
        return code;
    }

private:
    using Command = CommandLineOptions::Command;

    void begin()
    {
        switch (m_options.command) {
        case Command::Login:
            return login();
        case Command::Logout:
            return logout();
        case Command::Sync:
            return signedInThen([this] { sync(); });
        case Command::Status:
            return status();
        case Command::Window:
            return finish(Failed);
        }
    }

    void finish(int code)
    {
        // Never end with a rotated refresh token still on its way to the keychain.
        if (m_service)
            m_service->whenTokenSaved([code](bool saved) {
                if (!saved)
                    complain(tr("The system keychain did not keep the sign-in; the next start "
                                "will ask for the password again."));
                QCoreApplication::exit(saved || code != Done ? code : int(Failed));
            });
        else
            QCoreApplication::exit(code);
    }

    BackendConfig backend() const
    {
        BackendConfig config = BackendConfig::fromSettings(m_settings);
        if (!m_options.backendUrl.isEmpty())
            config.url = QUrl(m_options.backendUrl);
        if (!m_options.anonKey.isEmpty())
            config.anonKey = m_options.anonKey;
        if (!m_options.caFile.isEmpty())
            config.caFile = m_options.caFile;
        return config;
    }

    void makeService(bool realtime)
    {
        SyncService::Options options;
        options.backend = backend();
        options.realtime = realtime;
        // Scripts and tests may keep their sign-ins apart from the person's own entries.
        options.vaultService = qEnvironmentVariable("CHAIRSIDE_KEYCHAIN_SERVICE");
        if (m_options.pollIntervalMs > 0)
            options.pollInterval = std::chrono::milliseconds(m_options.pollIntervalMs);
        m_service = std::make_unique<SyncService>(std::move(options));
    }

    QString storePath() const
    {
        return SyncService::storePathFor(m_dataDir, backend(), m_settings.accountUserId());
    }

    bool hasAccount() const
    {
        return !m_settings.usesLocalDemo() && !m_settings.lastSignInEmail().isEmpty()
               && !m_settings.accountUserId().isEmpty();
    }

    void login()
    {
        const BackendConfig config = backend();
        if (const QString problem = config.validate(); !problem.isEmpty()) {
            complain(problem);
            return finish(Failed);
        }
        const QString password = readPassword(m_options.passwordFromStdin);
        if (password.isEmpty()) {
            complain(tr("No password was given."));
            return finish(Failed);
        }
        makeService(false);
        connect(m_service.get(), &SyncService::signedIn, this,
                [this, config](const QString &userId, const QString &email) {
                    m_settings.setBackendUrl(config.url);
                    m_settings.setAnonKey(config.anonKey);
                    m_settings.setCaCertificateFile(config.caFile);
                    m_settings.setLastSignInEmail(email);
                    m_settings.setAccountUserId(userId);
                    say(tr("Signed in as %1 on %2.").arg(email, config.hostKey()));
                    finish(Done);
                });
        connect(m_service.get(), &SyncService::signInFailed, this, [this](const QString &message) {
            complain(message);
            finish(Failed);
        });
        m_service->signIn(m_options.email, password);
    }

    void logout()
    {
        if (!hasAccount()) {
            say(tr("Not signed in."));
            return finish(Done);
        }
        makeService(false);
        const QString email = m_settings.lastSignInEmail();
        const auto forgetLocally = [this] {
            m_settings.setLastSignInEmail(QString());
            m_settings.setAccountUserId(QString());
        };
        connect(m_service.get(), &SyncService::signedIn, this, [this] { m_service->signOut(); });
        connect(m_service.get(), &SyncService::signedOut, this, [this, forgetLocally] {
            forgetLocally();
            say(tr("Signed out; the saved sign-in was removed from the keychain."));
            finish(Done);
        });
        connect(m_service.get(), &SyncService::signInFailed, this,
                [this, email, forgetLocally](const QString &message) {
                    // The server cannot be asked to end the session: forget it here anyway.
                    m_service->forgetSavedSignIn(email, [this, forgetLocally, message] {
                        forgetLocally();
                        say(tr("Signed out on this computer (the server was not told: %1).")
                                .arg(message));
                        finish(Done);
                    });
                });
        m_service->restoreOnce(email);
    }

    // Restores the saved sign-in, then runs `next`. Not signed in: says so and ends.
    void signedInThen(std::function<void()> next)
    {
        if (!hasAccount()) {
            complain(tr("Not signed in. Run \"chairside login --email <address>\" first."));
            return finish(NotSignedIn);
        }
        makeService(m_options.command == Command::Sync && m_options.watch);
        connect(
            m_service.get(), &SyncService::signedIn, this, [next] { next(); },
            Qt::SingleShotConnection);
        connect(m_service.get(), &SyncService::signInFailed, this,
                [this](const QString &message, bool transient) {
                    if (transient && m_options.watch) {
                        say(tr("%1 Trying again shortly.").arg(message));
                        return; // the service tries again by itself
                    }
                    complain(message);
                    finish(transient ? Failed : NotSignedIn);
                });
        if (m_options.watch)
            m_service->restore(m_settings.lastSignInEmail());
        else
            m_service->restoreOnce(m_settings.lastSignInEmail());
    }

    // Checks the account's cache at open; a damaged one is set aside and rebuilt with its unsent
    // edits. False when the store cannot be used at all.
    bool prepareStore(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        std::optional<StoreError> error;
        {
            QSqlDatabase db = Database::connectionForThisThread(path, &error);
            Q_UNUSED(db)
        }
        Database::closeForThisThread(path);
        if (!error)
            return true;
        if (error->kind != StoreError::Kind::Corrupt) {
            complain(error->message);
            return false;
        }
        const CacheRecovery::Report report = CacheRecovery::recover(path);
        say(report.message);
        return report.ok;
    }

    void sync()
    {
        const QString path = storePath();
        if (!prepareStore(path))
            return finish(Failed);
        connect(m_service.get(), &SyncService::massDeleteNeedsConfirmation, this,
                [this](const QString &table, int count, int live) {
                    complain(tr("The server would remove %1 of the %2 %3 records on this "
                                "computer; nothing was removed. Open Chairside to confirm.")
                                 .arg(count)
                                 .arg(live)
                                 .arg(table));
                    if (!m_options.watch)
                        finish(Failed);
                });
        connect(m_service.get(), &SyncService::signedOut, this, [this](const QString &reason) {
            complain(reason);
            finish(NotSignedIn);
        });
        connect(m_service.get(), &SyncService::cycleFinished, this, [this](bool ok) {
            say(describe(m_service->status()));
            if (!m_options.watch)
                finish(ok ? Done : Failed);
        });
        m_service->startSync(path);
    }

    QJsonObject localState(const QString &path, QString *error)
    {
        QJsonObject state;
        std::optional<StoreError> openError;
        QSqlDatabase db = Database::connectionForThisThread(path, &openError);
        if (openError) {
            *error = openError->message;
            return state;
        }
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT key, value FROM sync_state"));
        if (query.exec()) {
            while (query.next()) {
                const QString key = query.value(0).toString();
                const QString value = query.value(1).toString();
                if (key == u"pull_cursor")
                    state.insert(QStringLiteral("cursor"),
                                 QJsonDocument::fromJson(value.toUtf8()).object());
                else
                    state.insert(key, value.isEmpty() ? QJsonValue() : QJsonValue(value));
            }
        }
        Outbox outbox(db);
        state.insert(QStringLiteral("pending_edits"), outbox.pendingCount());
        state.insert(QStringLiteral("sync_issues"), outbox.issueCount());
        state.insert(QStringLiteral("schema_version"), Database::schemaVersion(db));
        return state;
    }

    void status()
    {
        QJsonObject report;
        report.insert(QStringLiteral("signed_in"), hasAccount());
        if (!hasAccount()) {
            report.insert(QStringLiteral("store"),
                          QDir(m_dataDir).filePath(QStringLiteral("chairside.sqlite")));
            printStatus(report);
            return finish(NotSignedIn);
        }
        const QString path = storePath();
        report.insert(QStringLiteral("email"), m_settings.lastSignInEmail());
        report.insert(QStringLiteral("backend"), backend().url.toString());
        report.insert(QStringLiteral("store"), path);
        if (!QFileInfo::exists(path)) {
            report.insert(QStringLiteral("pending_edits"), 0);
            report.insert(QStringLiteral("sync_issues"), 0);
            report.insert(QStringLiteral("last_synced_at"), QJsonValue());
            if (!m_options.audit) {
                printStatus(report);
                return finish(Done);
            }
        }
        QString error;
        const QJsonObject state = localState(path, &error);
        if (!error.isEmpty()) {
            complain(error);
            return finish(Failed);
        }
        for (auto it = state.begin(); it != state.end(); ++it)
            report.insert(it.key(), it.value());
        if (!m_options.audit) {
            printStatus(report);
            return finish(Done);
        }
        signedInThen([this, report, path]() mutable { audit(report, path); });
    }

    void audit(QJsonObject report, const QString &path)
    {
        m_service->call(
            QStringLiteral("sync_audit"), QByteArrayLiteral("{}"),
            [this, report, path](const RpcResult &result) mutable {
                if (!result.isOk()) {
                    complain(result.message);
                    return finish(Failed);
                }
                QString error;
                const auto server = LocalAudit::fromServer(result.body, &error);
                QSqlDatabase db = Database::connectionForThisThread(path);
                const auto local = server ? LocalAudit::compute(db, &error) : std::nullopt;
                if (!server || !local) {
                    complain(error);
                    return finish(Failed);
                }
                const QStringList differing = LocalAudit::differences(*local, *server);
                QJsonArray tables;
                for (const LocalAudit::TableAudit &mine : *local) {
                    QJsonObject entry{
                        {QStringLiteral("table"), mine.table},
                        {QStringLiteral("local_rows"), mine.rows},
                        {QStringLiteral("local_hash"), QString::fromLatin1(mine.hash)}};
                    for (const LocalAudit::TableAudit &theirs : *server) {
                        if (theirs.table == mine.table) {
                            entry.insert(QStringLiteral("server_rows"), theirs.rows);
                            entry.insert(QStringLiteral("server_hash"),
                                         QString::fromLatin1(theirs.hash));
                        }
                    }
                    entry.insert(QStringLiteral("equal"), !differing.contains(mine.table));
                    tables.append(entry);
                }
                report.insert(QStringLiteral("audit"),
                              QJsonObject{{QStringLiteral("equal"), differing.isEmpty()},
                                          {QStringLiteral("differing"),
                                           QJsonArray::fromStringList(differing)},
                                          {QStringLiteral("tables"), tables}});
                printStatus(report);
                finish(differing.isEmpty() ? Done : AuditDiffers);
            });
    }

    void printStatus(const QJsonObject &report)
    {
        if (m_options.json) {
            say(QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)).trimmed());
            return;
        }
        if (!report.value(QStringLiteral("signed_in")).toBool()) {
            say(tr("Not signed in; the desk uses the local store %1.")
                    .arg(report.value(QStringLiteral("store")).toString()));
            return;
        }
        say(tr("Signed in as %1 on %2")
                .arg(report.value(QStringLiteral("email")).toString(),
                     report.value(QStringLiteral("backend")).toString()));
        say(tr("Local copy: %1").arg(report.value(QStringLiteral("store")).toString()));
        const QString last = report.value(QStringLiteral("last_synced_at")).toString();
        say(tr("Last synced: %1").arg(last.isEmpty() ? tr("never") : last));
        say(tr("Edits waiting to be sent: %1")
                .arg(report.value(QStringLiteral("pending_edits")).toInt()));
        say(tr("Sync issues: %1").arg(report.value(QStringLiteral("sync_issues")).toInt()));
        const QString error = report.value(QStringLiteral("last_error")).toString();
        if (!error.isEmpty())
            say(tr("Last problem: %1").arg(error));
        const QJsonObject audit = report.value(QStringLiteral("audit")).toObject();
        if (!audit.isEmpty()) {
            if (audit.value(QStringLiteral("equal")).toBool()) {
                say(tr("Audit: the local copy matches the server."));
            } else {
                say(tr("Audit: these tables differ from the server: %1")
                        .arg(audit.value(QStringLiteral("differing"))
                                 .toVariant()
                                 .toStringList()
                                 .join(QStringLiteral(", "))));
            }
        }
    }

    const CommandLineOptions &m_options;
    AppSettings &m_settings;
    QString m_dataDir;
    std::unique_ptr<SyncService> m_service;
};

} // namespace

int runHeadlessCommand(const CommandLineOptions &options, AppSettings &settings,
                       const QString &dataDir)
{
    HeadlessRun run(options, settings, dataDir);
    return run.exec();
}

} // namespace Chairside
