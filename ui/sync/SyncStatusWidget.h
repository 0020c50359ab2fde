#pragma once

#include "sync/SyncStatus.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Chairside {

// What the status bar says about sync: the connection (a symbol and words, never colour alone),
// when the desk last matched the server, edits still waiting to be sent, a link to the sync
// issues, and the progress of the first download. For the demo store it only says that sync is
// off.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    using Clock = std::function<QDateTime()>;

    explicit SyncStatusWidget(QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    // The demo store: "Local demo data · Sync off", nothing else.
    void setLocalDemo(bool demo);
    bool isLocalDemo() const { return m_demo; }

    // For tests: what "now" is (UTC). Default: the system clock.
    void setClock(Clock clock);

    SyncStatus status() const { return m_status; }

    // The words shown, for tests and for the first-sync window.
    QString connectionText() const;
    QString lastSyncedText() const;
    QString pendingText() const;
    QString issuesText() const;
    QString progressText() const;

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *issuesButton() const { return m_issues; }

public Q_SLOTS:
    void setStatus(const Chairside::SyncStatus &status);

Q_SIGNALS:
    // The person clicked "N sync issues".
    void issuesRequested();

private:
    void refresh();
    void refreshTimes();
    QDateTime now() const;
    QString connectionWords() const;
    QString retryWords() const;
    QString lastSyncedWords() const;

    SyncStatus m_status;
    bool m_demo = false;
    Clock m_clock;
    QDateTime m_statusReceivedAt; // for the "retrying in" countdown
    QLabel *m_symbol = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_lastSynced = nullptr;
    QLabel *m_pending = nullptr;
    QPushButton *m_issues = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_demoLabel = nullptr;
    QTimer *m_lastSyncedTimer = nullptr; // every 30 s
    QTimer *m_countdownTimer = nullptr;  // every second while a retry is scheduled
};

} // namespace Chairside
