#pragma once

#include "core/escalations/HandoffOutcome.h"
#include "store/BusinessContext.h"
#include "store/repositories/EscalationRepository.h"
#include "sync/SyncStatus.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace Chairside {

class CustomerCard;
class DeskEdits;
class EmptyViewNote;
class HandoffQueueModel;
class StatTile;
class StoreExecutor;
class TranscriptModel;
struct HandoffRow;
struct Mutation;
struct OutboxResult;

// The Escalations pane: the queue of conversations the AI assistant handed to a person, the
// selected conversation's transcript and customer, the actions on it (claim, release, reply,
// book or reschedule, resolve, return to the assistant) and the queue's numbers.
//
// Keyboard first: J / K (or Ctrl+Down / Ctrl+Up) move through the queue, C claims, R goes to
// the reply box (Ctrl+Enter sends, Esc goes back), E resolves, B books.
class EscalationsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationsPane)

public:
    // `edits` null: read only (the actions stay disabled).
    EscalationsPane(StoreExecutor *store, DeskEdits *edits, const BusinessContext &context,
                    QWidget *parent = nullptr);
    ~EscalationsPane() override;

    HandoffQueueModel *queueModel() const { return m_queue; }
    TranscriptModel *transcriptModel() const { return m_transcript; }

    // Where the pane learns whether sync is offline (the status bar's status); unset: the data
    // is always current (the demo salon).
    void setSyncStatusSource(std::function<SyncStatus()> source);

    // The handoff shown; empty when none.
    QString selectedHandoffId() const { return m_selectedId; }
    // The sentence shown above the transcript after an action (a refusal, or what happened).
    QString bannerText() const;

    void selectNext();
    void selectPrevious();
    // Selects the handoff when it is in the queue (a notification's link); false otherwise.
    bool selectHandoff(const QString &handoffId);
    void claimSelected();
    void releaseSelected();
    void focusReply();
    void sendReply();
    // Opens the resolve dialog (outcome and note), non-modally for the event loop's sake.
    void resolveSelected();
    void resolveSelectedAs(HandoffOutcome outcome, const QString &note, bool thenNext);
    void returnToAssistant();
    // Opens the appointment dialog for the customer: a new booking, or their next booking moved.
    void bookForCustomer();
    void rescheduleForCustomer();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildStrip();
    QWidget *buildQueue();
    QWidget *buildDetail();
    QWidget *buildActions(QWidget *parent);
    QWidget *buildReply(QWidget *parent);
    void installShortcuts();
    // The tiles and filter counts; while hidden, only marked to be read when it shows (the
    // navigation's badge and the notifications come from HandoffWatch).
    void reloadStats();
    void onQueueLoaded();
    void showHandoff(int row);
    void selectRow(int row);
    void updateEmptyText();
    void updateActions();
    void updateReplyWindow();
    void updateSyncState();
    void showBanner(const QString &text, bool error);
    const HandoffRow *selected() const;
    QString selectedCustomerText() const;
    void submit(const Mutation &mutation, const QString &doneText, std::function<void()> then = {});

    StoreExecutor *m_store;
    DeskEdits *m_edits;
    BusinessContext m_context;

    HandoffQueueModel *m_queue = nullptr;
    TranscriptModel *m_transcript = nullptr;

    QLabel *m_syncState = nullptr;
    QTableView *m_queueView = nullptr;
    QButtonGroup *m_filters = nullptr;
    EmptyViewNote *m_emptyQueue = nullptr;

    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_priorityIcon = nullptr;
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summaryLine = nullptr;
    QLabel *m_ownerLine = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_claim = nullptr;
    QToolButton *m_book = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_returnToAi = nullptr;
    CustomerCard *m_card = nullptr;
    QListView *m_transcriptView = nullptr;
    QLabel *m_replyWarning = nullptr;
    QPlainTextEdit *m_replyBox = nullptr;
    QPushButton *m_send = nullptr;

    StatTile *m_openTile = nullptr;
    StatTile *m_unassignedTile = nullptr;
    StatTile *m_claimTile = nullptr;
    StatTile *m_resolveTile = nullptr;
    StatTile *m_aiRateTile = nullptr;
    StatTile *m_handoffRateTile = nullptr;
    StatTile *m_conversionTile = nullptr;

    QTimer *m_tick = nullptr;
    QTimer *m_syncPoll = nullptr;
    std::function<SyncStatus()> m_syncSource;
    QString m_selectedId;
    std::optional<UpcomingBooking> m_nextBooking;
    // After "resolve and next": the queue position to open once the queue has reloaded.
    std::optional<int> m_advanceTo;
    // What a booking made from a handoff suggests as its outcome.
    QHash<QString, HandoffOutcome> m_suggestedOutcome;
    quint64 m_statsGeneration = 0;
    bool m_statsStale = false;   // the figures changed while the pane was hidden
    bool m_queueStarted = false; // the queue is read when the pane first shows
    quint64 m_cardGeneration = 0;
};

} // namespace Chairside
