#include "store/BackgroundIntegrityCheck.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QThread>
#include <QTimer>
#include <QVariant>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Chairside {

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    stop();
}

bool BackgroundIntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void BackgroundIntegrityCheck::start()
{
    if (m_thread)
        return;
    m_stopping = false;
    m_thread = QThread::create([this] {
        std::optional<StoreError> problem;
        {
            QSqlDatabase db = Database::connectionForThisThread(
                m_path, &problem,
                Database::Options{.integrityCheck = Database::IntegrityCheck::AfterUncleanClose});
            const QVariant handle = db.driver()->handle();
            bool run = false;
            if (!problem) {
                QMutexLocker lock(&m_mutex);
                if (!m_stopping) { // under the lock: stop() either sees the handle or we see it
                    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
                        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
                    run = true;
                }
            }
            if (run) {
                problem = Database::verify(db);
                QMutexLocker lock(&m_mutex);
                m_handle = nullptr;
            }
        }
        Database::closeForThisThread(m_path);
        if (m_stopping)
            return;
        QMetaObject::invokeMethod(
            this,
            [this, problem] {
                if (!problem) {
                    Q_EMIT passed();
                } else if (problem->kind == StoreError::Kind::Corrupt) {
                    Q_EMIT damaged(*problem);
                } else {
                    qCWarning(lcStore) << "integrity check could not run:" << problem->detail;
                }
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("chairside-verify"));
    m_thread->start(QThread::LowPriority);
}

void BackgroundIntegrityCheck::startAfter(std::chrono::milliseconds delay)
{
    const quint64 ticket = ++m_startTicket;
    QTimer::singleShot(delay, this, [this, ticket] {
        if (ticket == m_startTicket)
            start();
    });
}

void BackgroundIntegrityCheck::stop()
{
    ++m_startTicket; // a start still waiting in startAfter() does not run
    if (!m_thread)
        return;
    // sqlite3_interrupt() is thread-safe by design and ends quick_check at once; it is a no-op on
    // a statement not started yet, so it is repeated until the thread has gone.
    do {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        if (m_handle)
            sqlite3_interrupt(m_handle);
    } while (!m_thread->wait(20));
    delete m_thread;
    m_thread = nullptr;
}

} // namespace Chairside
