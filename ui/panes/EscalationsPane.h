#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Chairside {

class CustomerCard;
class HandoffQueueModel;
class StatTile;
class StoreExecutor;
class TranscriptModel;
struct HandoffRow;

// The Escalations pane: the queue of conversations the AI assistant handed to a person, the
// selected conversation's transcript and customer, and the queue's numbers.
class EscalationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationsPane)

public:
    EscalationsPane(StoreExecutor *store, const BusinessContext &context,
                    QWidget *parent = nullptr);
    ~EscalationsPane() override;

    HandoffQueueModel *queueModel() const { return m_queue; }
    TranscriptModel *transcriptModel() const { return m_transcript; }

private:
    QWidget *buildStrip();
    QWidget *buildQueue();
    QWidget *buildDetail();
    void reloadStats();
    void onQueueLoaded();
    void showHandoff(int row);
    void updateEmptyState();

    StoreExecutor *m_store;
    BusinessContext m_context;

    HandoffQueueModel *m_queue = nullptr;
    TranscriptModel *m_transcript = nullptr;

    QTableView *m_queueView = nullptr;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_emptyQueue = nullptr;

    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_priorityIcon = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summaryLine = nullptr;
    CustomerCard *m_card = nullptr;
    QListView *m_transcriptView = nullptr;

    StatTile *m_openTile = nullptr;
    StatTile *m_unassignedTile = nullptr;
    StatTile *m_claimTile = nullptr;
    StatTile *m_aiRateTile = nullptr;
    StatTile *m_handoffRateTile = nullptr;

    QTimer *m_tick = nullptr;
    QString m_selectedId;
    quint64 m_statsGeneration = 0;
    quint64 m_cardGeneration = 0;
};

} // namespace Chairside
