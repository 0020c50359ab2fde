#include "sync/SyncEngine.h"

#include "store/Database.h"
#include "store/DeferredIndexes.h"
#include "sync/ForeignKeysOff.h"
#include "sync/Outbox.h"
#include "sync/PullApplier.h"
#include "sync/PullPage.h"
#include "sync/RowCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <utility>

namespace Chairside {

Q_LOGGING_CATEGORY(lcSync, "chairside.sync")

namespace {

const QString kLastSyncedKey = QStringLiteral("last_synced_at");
const QString kLastErrorKey = QStringLiteral("last_error");
const QString kCursorKey = QStringLiteral("pull_cursor");

// PostgreSQL's invalid_parameter_value: sync_pull's answer to a cursor it cannot read.
const QString kMalformedCursor = QStringLiteral("22023");

QString sentenceFor(const RpcResult &result)
{
    if (!result.message.isEmpty())
        return result.message;
    switch (result.status) {
    case RpcResult::Status::SignedOut:
    case RpcResult::Status::Unauthorized:
        return SyncEngine::tr("The sign-in has expired. Please sign in again.");
    case RpcResult::Status::NetworkError:
        return SyncEngine::tr("The salon's server cannot be reached.");
    case RpcResult::Status::Timeout:
        return SyncEngine::tr("The salon's server did not answer in time.");
    case RpcResult::Status::TlsError:
        return SyncEngine::tr("The server's certificate could not be verified.");
    case RpcResult::Status::RateLimited:
        return SyncEngine::tr("The server asked Chairside to slow down.");
    case RpcResult::Status::ServerError:
        return SyncEngine::tr("The server had a problem (HTTP %1).").arg(result.httpStatus);
    case RpcResult::Status::MalformedReply:
        return SyncEngine::tr("The server's answer was incomplete or garbled.");
    default:
        return SyncEngine::tr("The server refused the request (HTTP %1).").arg(result.httpStatus);
    }
}

} // namespace

SyncEngine::SyncEngine(Config config, RpcChannel *channel, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_channel(channel)
    , m_backoff(m_config.backoffSeed ? RetryBackoff(m_config.backoffSeed) : RetryBackoff())
{
    qRegisterMetaType<Chairside::SyncStatus>();
}

SyncEngine::~SyncEngine()
{
    if (m_db.isValid()) {
        endBatch(false);
        m_db = QSqlDatabase(); // the handle must be gone before the connection is removed
        Database::closeForThisThread(m_config.databasePath);
    }
}

void SyncEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    std::optional<StoreError> error;
    m_db = Database::connectionForThisThread(m_config.databasePath, &error);
    if (error) {
        m_status.lastError = error->message;
        publish();
        return;
    }
    // Pages write into large tables and their indexes: a bigger page cache than SQLite's 2 MB
    // default keeps their upper B-tree levels in memory (32 MB at most, on this connection only).
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -32768"));
    // Each upsert inside a batch keeps a statement journal (to undo just that row on an
    // error); in memory instead of a temporary file it costs no write() per row: half of the
    // first sync's system time.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (m_config.connectionSetup)
        m_config.connectionSetup(m_db);
    // A first sync that did not end (the process stopped or crashed) left indexes aside.
    restoreIndexes();

    m_soonTimer = new QTimer(this);
    m_soonTimer->setSingleShot(true);
    m_soonTimer->setInterval(200);
    connect(m_soonTimer, &QTimer::timeout, this, &SyncEngine::runCycle);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(m_config.pollInterval);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncEngine::runCycle);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::runCycle);

    const QString last = readState(kLastSyncedKey);
    if (!last.isEmpty())
        m_status.lastSyncedAt = QDateTime::fromString(last, Qt::ISODate);
    runCycle();
}

void SyncEngine::requestSync()
{
    if (!m_started || m_status.connection == SyncStatus::Connection::SignedOut)
        return;
    if (m_running) {
        m_wanted = true;
        return;
    }
    // A change is news even while waiting out a backoff: the connection may be back.
    m_soonTimer->start();
}

void SyncEngine::resolveMassDelete(bool applyDeletions)
{
    if (!m_waitingForPerson)
        return;
    m_waitingForPerson = false;
    m_allowMassDelete = applyDeletions;
    if (!applyDeletions) {
        // Keep the local rows and stop pulling until the person looks again (next start).
        m_status.lastError =
            tr("Downloading changes is paused: the server would remove many records.");
        publish();
        return;
    }
    runCycle();
}

void SyncEngine::stop()
{
    dropPagesInFlight();
    endBatch(false);
    m_started = false;
    for (QTimer *timer : {m_soonTimer, m_pollTimer, m_retryTimer}) {
        if (timer)
            timer->stop();
    }
}

void SyncEngine::runCycle()
{
    if (!m_started || m_waitingForPerson)
        return;
    if (m_running) {
        m_wanted = true;
        return;
    }
    m_running = true;
    m_wanted = false;
    m_cursorReset = false;
    m_indexesSetAside = false;
    m_changedThisCycle.clear();
    m_pollTimer->stop();
    m_retryTimer->stop();
    m_status.connection = SyncStatus::Connection::Syncing;
    m_status.rowsPulledThisCycle = 0;
    m_status.pagesPulledThisCycle = 0;
    m_status.nextAttemptInMs = -1;
    m_status.firstSync = readState(kCursorKey).isEmpty();
    refreshCounts();
    publish();
    // Usually edits go first, so the pull brings them back with everything else. A cache
    // without a cursor (first sign-in, or rebuilt after damage with salvaged edits) downloads
    // first: its edits then apply on top of the rows they refer to.
    m_pushAfterPull = m_status.firstSync;
    m_pushedAfterPull = false;
    if (m_pushAfterPull)
        pullNext();
    else
        pushNext();
}

void SyncEngine::pushNext()
{
    if (!m_channel)
        return failCycle(tr("Not connected to a salon's server."), false);
    const QList<Mutation> batch = Outbox(m_db).nextBatch(m_config.pushBatchSize);
    if (batch.isEmpty()) {
        if (!m_pushAfterPull)
            return pullNext();
        if (!m_pushedAfterPull)
            return finishCycle();
        // Edits sent after the download: the server wrote more than its answers carry (the
        // audit log's lines, points earned), so pull once more and end the cycle converged.
        m_pushAfterPull = false;
        return pullNext();
    }
    QJsonArray list;
    for (const Mutation &mutation : batch)
        list.append(QJsonObject{{QStringLiteral("mutation_id"), mutation.id},
                                {QStringLiteral("kind"), mutation.kind},
                                {QStringLiteral("payload"), mutation.payload}});
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("batch"), list}}).toJson(QJsonDocument::Compact);
    m_channel->call(QStringLiteral("apply_mutations"), body,
                    [this](RpcResult result) { onPushed(result); });
}

void SyncEngine::onPushed(const RpcResult &result)
{
    if (!m_started)
        return;
    if (!result.isOk())
        return failWith(result);
    QJsonParseError parseError;
    const QJsonDocument answers = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !answers.isArray())
        return failCycle(tr("The server's answer to the sent edits was garbled."), true);
    Outbox outbox(m_db);
    const auto recorded = [&] {
        const ForeignKeysOff serverRowsMayReferToRowsNotYetPulled(m_db);
        return outbox.recordAnswers(answers.array());
    }();
    if (!recorded.ok)
        return failCycle(recorded.error, true);
    m_changedThisCycle.append(recorded.changedTables);
    m_pushedAfterPull = m_pushedAfterPull || m_pushAfterPull;
    refreshCounts();
    publish();
    pushNext();
}

void SyncEngine::pullNext(const QByteArray &cursor)
{
    if (!m_channel)
        return failCycle(tr("Not connected to a salon's server."), false);
    const QString from = cursor.isEmpty() ? readState(kCursorKey) : QString::fromUtf8(cursor);
    // sync_pull_page is sync_pull under a name a GET can call (docs/backend.md).
    QJsonObject request{{QStringLiteral("page_size"), m_config.pullPageSize}};
    if (from.isEmpty())
        request.insert(QStringLiteral("cursor"), QJsonValue::Null);
    else
        request.insert(QStringLiteral("cursor"), QJsonDocument::fromJson(from.toUtf8()).object());
    if (cursor.isEmpty())
        m_pullingFrom = from.toUtf8(); // a new run of pages
    // A page asked for ahead of a failure or a pause is not applied, nor one asked for with a
    // cursor its page turned out not to have (see askAhead).
    const auto current = [this, generation = m_pullGeneration, from = from.toUtf8()] {
        return generation == m_pullGeneration && from == m_pullingFrom;
    };
    m_channel->callReadOnly(
        QStringLiteral("sync_pull_page"), request,
        [this, current](RpcResult result) {
            if (current())
                onPulled(result);
        },
        [this, current](const QByteArray &body) {
            if (current())
                askAhead(body);
        },
        RpcChannel::Body::Raw);
}

void SyncEngine::askAhead(const QByteArray &body)
{
    // The next page's request leaves before this page is parsed, so the server works on it
    // meanwhile; onPulled() checks the cursor against the parsed page.
    m_cursorAskedAhead.clear();
    const auto ahead = PullPage::peekAhead(body);
    if (!ahead || !ahead->hasMore)
        return;
    m_cursorAskedAhead = ahead->cursor;
    pullNext(ahead->cursor);
}

void SyncEngine::onPulled(const RpcResult &result)
{
    if (!m_started)
        return;
    if (result.status == RpcResult::Status::RequestError && result.code == kMalformedCursor
        && !m_cursorReset) {
        // The server no longer understands the cursor (restored database, new version): start
        // again from nothing; rows come again and are merged by version.
        qCWarning(lcSync) << "the server refused the pull cursor; downloading everything again";
        m_cursorReset = true;
        dropPagesInFlight();
        endBatch(false); // everything comes again anyway
        PullApplier(m_db).resetCursor();
        m_status.firstSync = true;
        return pullNext();
    }
    if (!result.isOk())
        return failWith(result);

    PullPage::Parsed parsed = PullPage::parse(result.body);
    if (!parsed.page)
        return failCycle(
            tr("The server sent changes Chairside could not read: %1").arg(parsed.error), true);
    // The next page is asked for before this one is written, usually already by askAhead(): the
    // server and the network work on it meanwhile (it is applied only after this one committed,
    // and dropped if this one fails). The stored cursor still moves with the applied pages only.
    // The write waits for one turn of the event loop, so the request is really on its way first.
    const QByteArray askedAhead = std::exchange(m_cursorAskedAhead, QByteArray());
    if (parsed.page->hasMore) {
        // Only an answer to this page's own cursor counts from now on.
        m_pullingFrom = parsed.page->cursor;
        if (askedAhead != parsed.page->cursor)
            pullNext(parsed.page->cursor);
    }
    m_pagesToApply.push_back(std::make_shared<PullPage>(std::move(*parsed.page)));
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_pullGeneration] {
            if (generation == m_pullGeneration)
                applyNextPage();
        },
        Qt::QueuedConnection);
}

void SyncEngine::applyNextPage()
{
    if (m_pagesToApply.empty())
        return;
    const std::shared_ptr<PullPage> page = m_pagesToApply.front();
    m_pagesToApply.pop_front();
    // A first sync writes many pages per transaction: each commit writes every index page the
    // batch touched to the write-ahead log (and the checkpoint into the file), and a batch of
    // random keys touches most of them, so fewer commits make the download several times
    // faster. Each batch still holds its pages and the cursor of its last page, all or nothing.
    if (m_status.firstSync && !m_batch) {
        beginBatch();
        // Once per cycle, in the first batch's transaction: the rows go into tables without
        // their secondary indexes, which are built again once the download is in.
        if (m_batch && !m_indexesSetAside) {
            m_indexesSetAside = true;
            QString error;
            if (!DeferredIndexes::setAside(m_db, RowCodec::syncedTables(), &error))
                qCWarning(lcSync) << "indexes kept during the first sync:" << error;
        }
    }
    PullApplier::Options options;
    options.insideTransaction = m_batch.has_value();
    options.allowMassDelete = m_allowMassDelete;
    options.afterRows = [](QSqlDatabase &db, const QSet<QString> &) {
        // Edits not yet answered by the server stay on top of the fresh server rows.
        return Outbox(db).reapplyPending();
    };
    const PullApplier::Result applied = PullApplier(m_db).apply(*page, options);
    switch (applied.outcome) {
    case PullApplier::Outcome::Applied:
        break;
    case PullApplier::Outcome::NeedsConfirmation:
        dropPagesInFlight();
        endBatch(false);
        restoreIndexes();
        m_running = false;
        m_waitingForPerson = true;
        m_status.connection = SyncStatus::Connection::Paused;
        publish();
        Q_EMIT massDeleteNeedsConfirmation(applied.massDelete.table, applied.massDelete.count,
                                           applied.massDelete.live);
        Q_EMIT cycleFinished(false);
        return;
    case PullApplier::Outcome::Failed:
        return failCycle(applied.error, true);
    }
    if (m_batch
        && (!page->hasMore || ++m_batch->pages == m_config.firstSyncBatchPages
            || std::chrono::milliseconds(m_batch->open.elapsed()) >= m_config.firstSyncBatchTime)) {
        if (!endBatch(true))
            return failCycle(tr("The downloaded changes could not be saved on this computer."),
                             true);
    }
    m_changedThisCycle.append(applied.changedTables);
    m_status.rowsPulledThisCycle += applied.rows;
    ++m_status.pagesPulledThisCycle;
    publish();
    if (page->hasMore)
        return; // the next page is on its way
    restoreIndexes();
    if (m_pushAfterPull)
        return pushNext();
    finishCycle();
}

void SyncEngine::finishCycle()
{
    restoreIndexes();
    m_running = false;
    m_allowMassDelete = false;
    m_backoff.reset();
    m_status.connection = SyncStatus::Connection::Online;
    m_status.lastSyncedAt = QDateTime::currentDateTimeUtc();
    m_status.lastError.clear();
    m_status.firstSync = false;
    writeState(kLastSyncedKey, m_status.lastSyncedAt.toString(Qt::ISODate));
    writeState(kLastErrorKey, QString());
    refreshCounts();
    publish();
    m_changedThisCycle.removeDuplicates();
    if (!m_changedThisCycle.isEmpty())
        Q_EMIT tablesChanged(m_changedThisCycle);
    Q_EMIT cycleFinished(true);
    if (m_wanted)
        m_soonTimer->start();
    else
        m_pollTimer->start();
}

void SyncEngine::dropPagesInFlight()
{
    ++m_pullGeneration;
    m_pagesToApply.clear();
    m_cursorAskedAhead.clear();
}

void SyncEngine::beginBatch()
{
    // Foreign keys off for the batch (see ForeignKeysOff); this cannot change inside it.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
    QSqlQuery begin(m_db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_batch = Batch{};
        m_batch->open.start();
    } else {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
}

bool SyncEngine::endBatch(bool commit)
{
    if (!m_batch)
        return true;
    m_batch.reset();
    bool ok = QSqlQuery(m_db).exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    if (!ok && commit)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return ok;
}

void SyncEngine::failCycle(const QString &sentence, bool transient,
                           std::optional<std::chrono::seconds> retryAfter)
{
    dropPagesInFlight();
    endBatch(false);
    restoreIndexes(); // the cache stays usable at full speed until the next attempt
    m_running = false;
    qCInfo(lcSync) << "sync cycle failed:" << sentence;
    m_status.lastError = sentence;
    writeState(kLastErrorKey, sentence);
    const auto delay = m_backoff.next(transient ? retryAfter : std::nullopt);
    // Permanent refusals are retried too, but at the slowest pace: a fix on the server (a role
    // granted, a function deployed) then reaches the desk without a restart.
    const auto wait = transient ? delay : RetryBackoff::kCap;
    m_status.connection = SyncStatus::Connection::Offline;
    m_status.nextAttemptInMs = wait.count();
    refreshCounts();
    publish();
    m_changedThisCycle.removeDuplicates();
    if (!m_changedThisCycle.isEmpty())
        Q_EMIT tablesChanged(m_changedThisCycle);
    Q_EMIT cycleFinished(false);
    if (m_started)
        m_retryTimer->start(wait);
}

void SyncEngine::failWith(const RpcResult &result)
{
    if (result.status == RpcResult::Status::SignedOut
        || result.status == RpcResult::Status::Unauthorized)
        return signOut(sentenceFor(result));
    failCycle(sentenceFor(result), result.isTransient(), result.retryAfter);
}

void SyncEngine::signOut(const QString &sentence)
{
    dropPagesInFlight();
    endBatch(false);
    m_running = false;
    m_status.connection = SyncStatus::Connection::SignedOut;
    m_status.lastError = sentence;
    publish();
    Q_EMIT cycleFinished(false);
    Q_EMIT signedOut(sentence);
}

void SyncEngine::refreshCounts()
{
    Outbox outbox(m_db);
    m_status.pendingEdits = outbox.pendingCount();
    m_status.issues = outbox.issueCount();
}

void SyncEngine::publish()
{
    Q_EMIT statusChanged(m_status);
}

void SyncEngine::writeState(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    if (value.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM sync_state WHERE key = ?"));
        query.addBindValue(key);
        if (!query.exec())
            qCWarning(lcSync) << "could not clear" << key << ":" << query.lastError().text();
        return;
    }
    query.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        qCWarning(lcSync) << "could not record" << key << ":" << query.lastError().text();
}

void SyncEngine::restoreIndexes()
{
    if (m_batch)
        return; // never inside a batch: its commit still has to come
    QString error;
    if (!DeferredIndexes::restore(m_db, &error))
        qCWarning(lcSync) << "indexes set aside for the first sync not built again yet:" << error;
}

QString SyncEngine::readState(const QString &key)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace Chairside
