#include "store/StoreExecutor.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace Chairside {

StoreExecutor::StoreExecutor(QString databasePath, QObject *parent)
    : StoreExecutor(std::move(databasePath), Database::Options{}, parent)
{}

StoreExecutor::StoreExecutor(QString databasePath, Database::Options options, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_options(options)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("chairside-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreExecutor::~StoreExecutor()
{
    // Close the worker's connection on the worker itself, then let the thread go.
    QMetaObject::invokeMethod(
        m_worker, [path = m_path] { Database::closeForThisThread(path); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QSqlDatabase StoreExecutor::connection()
{
    std::optional<StoreError> error;
    QSqlDatabase db = Database::connectionForThisThread(m_path, &error, m_options);
    QMutexLocker lock(&m_errorMutex);
    m_openError = error;
    return db;
}

std::optional<StoreError> StoreExecutor::lastOpenError() const
{
    QMutexLocker lock(&m_errorMutex);
    return m_openError;
}

void StoreExecutor::waitForIdle()
{
    // Jobs run in order, so an empty job that has run means every earlier one has too.
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
}

StoreExecutor *StoreExecutor::companion()
{
    // A store in memory is this connection's alone: another connection would see an empty one.
    if (m_path.isEmpty() || m_path == u":memory:" || m_path.startsWith(u"file:"))
        return nullptr;
    QMutexLocker lock(&m_companionMutex);
    if (!m_companion) {
        m_companion = std::make_unique<StoreExecutor>(m_path, m_options);
        m_companion->moveToThread(thread()); // made on a worker, it lives where this one does
    }
    return m_companion.get();
}

void StoreExecutor::notifyTablesChanged(const QStringList &tables)
{
    QMetaObject::invokeMethod(
        this, [this, tables] { Q_EMIT tablesChanged(tables); }, Qt::QueuedConnection);
}

} // namespace Chairside
