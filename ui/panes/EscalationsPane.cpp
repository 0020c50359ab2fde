#include "ui/panes/EscalationsPane.h"

#include "core/analytics/AnalyticsFormulas.h"
#include "core/escalations/HandoffMetrics.h"
#include "models/common/DeskEdits.h"
#include "models/escalations/HandoffQueueModel.h"
#include "models/escalations/TranscriptModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/ConversationRepository.h"
#include "store/repositories/HandoffRepository.h"
#include "sync/Mutation.h"
#include "ui/EmptyViewNote.h"
#include "ui/MutedText.h"
#include "ui/ReadableTextDelegate.h"
#include "ui/appointments/AppointmentDialog.h"
#include "ui/escalations/CustomerCard.h"
#include "ui/escalations/MessageBubbleDelegate.h"
#include "ui/escalations/ResolveHandoffDialog.h"
#include "ui/escalations/StatTile.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace Chairside {

namespace {

struct EscalationStats
{
    HandoffQueueCounts queue;
    ConversationCounts week;
    EscalationFigures figures;
};

struct CardLoad
{
    std::optional<HandoffCustomer> customer;
    std::optional<UpcomingBooking> nextBooking;
};

QString percentText(const std::optional<double> &fraction, const QLocale &locale)
{
    if (!fraction)
        return EscalationsPane::tr("—");
    return EscalationsPane::tr("%1 %").arg(locale.toString(*fraction * 100.0, 'f', 0));
}

QString durationText(const std::optional<double> &seconds)
{
    if (!seconds)
        return EscalationsPane::tr("—");
    return HandoffQueueModel::formatAge(qint64(*seconds));
}

QString warningStyle()
{
    return QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffb74d;"
                          " border-radius: 4px; padding: 4px 8px; }");
}

} // namespace

EscalationsPane::EscalationsPane(StoreExecutor *store, DeskEdits *edits,
                                 const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_edits(edits)
    , m_context(context)
    , m_queue(new HandoffQueueModel(store, context, this))
    , m_transcript(new TranscriptModel(store, context, this))
    , m_tick(new QTimer(this))
    , m_syncPoll(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(12);

    auto *titleRow = new QHBoxLayout;
    auto *title = new QLabel(tr("Escalations"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    // Says so when the queue may be behind the server, rather than looking up to date.
    m_syncState = new QLabel(this);
    m_syncState->setObjectName(QStringLiteral("escalationsSyncState"));
    m_syncState->setStyleSheet(warningStyle());
    m_syncState->hide();
    titleRow->addWidget(m_syncState);
    layout->addLayout(titleRow);
    layout->addWidget(buildStrip());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildQueue());
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 540});
    layout->addWidget(splitter, 1);

    connect(m_queue, &HandoffQueueModel::loaded, this, &EscalationsPane::onQueueLoaded);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.row() >= 0 && m_queue->handoffAt(current.row()).id != m_selectedId)
                    showBanner({}, false);
                showHandoff(current.row());
            });
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ai_handoffs"))
            || tables.contains(QStringLiteral("ai_conversations")))
            reloadStats();
        if (tables.contains(QStringLiteral("ai_messages"))
            || tables.contains(QStringLiteral("outbound_messages")))
            m_transcript->reload();
        updateSyncState();
    });
    connect(m_transcript, &TranscriptModel::loaded, this, &EscalationsPane::updateReplyWindow);

    // Waiting times and today's figures move with the clock.
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_queue->refreshAges();
        reloadStats();
        updateReplyWindow();
    });
    m_tick->start();
    m_syncPoll->setInterval(5 * 1000);
    connect(m_syncPoll, &QTimer::timeout, this, &EscalationsPane::updateSyncState);

    installShortcuts();
    updateActions();
    // The queue and the figures are read when the pane first shows: made hidden, it reads
    // nothing.
    reloadStats();
}

void EscalationsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_queueStarted, true))
        m_queue->reload();
    if (std::exchange(m_statsStale, false))
        reloadStats();
}

EscalationsPane::~EscalationsPane() = default;

void EscalationsPane::setSyncStatusSource(std::function<SyncStatus()> source)
{
    m_syncSource = std::move(source);
    if (m_syncSource)
        m_syncPoll->start();
    else
        m_syncPoll->stop();
    updateSyncState();
}

QWidget *EscalationsPane::buildStrip()
{
    auto *strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("handoffStats"));
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    m_openTile = new StatTile(tr("Open now"), tr("Handoffs not resolved yet."), strip);
    m_unassignedTile =
        new StatTile(tr("Unassigned"), tr("Open handoffs that nobody has claimed."), strip);
    m_claimTile = new StatTile(tr("Time to claim · today"),
                               tr("Median of (claimed at − raised at) over the handoffs "
                                  "claimed today."),
                               strip);
    m_resolveTile = new StatTile(tr("Time to resolve · today"),
                                 tr("Median of (resolved at − raised at) over the handoffs "
                                    "resolved today."),
                                 strip);
    m_aiRateTile = new StatTile(tr("AI resolution · 7 days"),
                                tr("Conversations the assistant resolved alone ÷ all "
                                   "conversations started in the last 7 days."),
                                strip);
    m_handoffRateTile = new StatTile(tr("Handoff rate · 7 days"),
                                     tr("Conversations handed to a person ÷ all conversations "
                                        "started in the last 7 days."),
                                     strip);
    m_conversionTile = new StatTile(tr("Handoff → booking · 7 days"),
                                    tr("Handoffs resolved as booked or rescheduled ÷ handoffs "
                                       "resolved in the last 7 days, spam left out."),
                                    strip);
    for (StatTile *tile : {m_openTile, m_unassignedTile, m_claimTile, m_resolveTile, m_aiRateTile,
                           m_handoffRateTile, m_conversionTile})
        layout->addWidget(tile, 1);
    return strip;
}

QWidget *EscalationsPane::buildQueue()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(8);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    m_filters = new QButtonGroup(panel);
    m_filters->setExclusive(true);
    const struct
    {
        HandoffFilter filter;
        QString text;
        const char *name;
    } filters[] = {
        {HandoffFilter::AllOpen, tr("All open"), "filterAllOpen"},
        {HandoffFilter::Unassigned, tr("Unassigned"), "filterUnassigned"},
        {HandoffFilter::Mine, tr("Mine"), "filterMine"},
        {HandoffFilter::Resolved, tr("Resolved"), "filterResolved"},
    };
    for (const auto &f : filters) {
        auto *button = new QPushButton(f.text, panel);
        button->setObjectName(QString::fromLatin1(f.name));
        button->setCheckable(true);
        button->setAccessibleName(tr("Show %1").arg(f.text));
        button->setChecked(f.filter == HandoffFilter::AllOpen);
        m_filters->addButton(button, int(f.filter));
        filterRow->addWidget(button);
    }
    filterRow->addStretch(1);
    layout->addLayout(filterRow);
    connect(m_filters, &QButtonGroup::idClicked, this, [this](int id) {
        m_selectedId.clear();
        m_advanceTo.reset();
        m_queue->setFilter(static_cast<HandoffFilter>(id));
    });

    m_queueView = new QTableView(panel);
    m_queueView->setObjectName(QStringLiteral("handoffQueue"));
    m_queueView->setAccessibleName(tr("Handoff queue"));
    m_queueView->setAccessibleDescription(
        tr("J or K: next or previous. C: claim. R: reply. E: resolve. B: book."));
    m_queueView->setModel(m_queue);
    m_queueView->setItemDelegate(new ReadableTextDelegate(m_queueView));
    m_queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queueView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queueView->setAlternatingRowColors(true);
    m_queueView->setShowGrid(false);
    m_queueView->setWordWrap(false);
    m_queueView->setTextElideMode(Qt::ElideRight);
    m_queueView->setIconSize(QSize(14, 14));
    m_queueView->verticalHeader()->hide();
    m_queueView->verticalHeader()->setDefaultSectionSize(m_queueView->fontMetrics().height() + 14);
    QHeaderView *header = m_queueView->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HandoffQueueModel::ReasonColumn, QHeaderView::Stretch);
    header->resizeSection(HandoffQueueModel::CustomerColumn, 140);
    header->resizeSection(HandoffQueueModel::ChannelColumn, 80);
    header->resizeSection(HandoffQueueModel::AssigneeColumn, 110);
    header->resizeSection(HandoffQueueModel::AgeColumn, 100);
    header->resizeSection(HandoffQueueModel::PriorityColumn, 80);
    header->setMinimumSectionSize(60);
    layout->addWidget(m_queueView, 1);

    // In the queue's own area, as every other empty list says so (its words follow the filter).
    m_emptyQueue =
        new EmptyViewNote(m_queueView, QString(), [this] { return m_queue->isLoading(); });
    return panel;
}

QWidget *EscalationsPane::buildDetail()
{
    m_detailStack = new QStackedWidget(this);

    auto *placeholder = new QLabel(tr("Select a handoff to read the conversation."), m_detailStack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    keepMuted(placeholder);
    m_detailStack->addWidget(placeholder);

    auto *detail = new QWidget(m_detailStack);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(8);

    // Why it was handed off, and who has it.
    auto *summary = new QHBoxLayout;
    summary->setSpacing(8);
    m_priorityIcon = new QLabel(detail);
    m_priorityIcon->setFixedSize(18, 18);
    summary->addWidget(m_priorityIcon, 0, Qt::AlignTop);
    auto *summaryText = new QVBoxLayout;
    summaryText->setSpacing(2);
    m_summaryTitle = new QLabel(detail);
    m_summaryTitle->setObjectName(QStringLiteral("handoffSummary"));
    m_summaryTitle->setWordWrap(true);
    m_summaryTitle->setTextFormat(Qt::PlainText);
    m_summaryTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summaryTitle->font();
    summaryFont.setBold(true);
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.1);
    m_summaryTitle->setFont(summaryFont);
    m_summaryLine = new QLabel(detail);
    m_summaryLine->setTextFormat(Qt::PlainText);
    m_summaryLine->setWordWrap(true);
    keepMuted(m_summaryLine);
    summaryText->addWidget(m_summaryTitle);
    summaryText->addWidget(m_summaryLine);
    summary->addLayout(summaryText, 1);
    layout->addLayout(summary);
    layout->addWidget(buildActions(detail));

    m_banner = new QLabel(detail);
    m_banner->setObjectName(QStringLiteral("handoffBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_card = new CustomerCard(m_context.locale, detail);
    layout->addWidget(m_card);

    m_transcriptView = new QListView(detail);
    m_transcriptView->setObjectName(QStringLiteral("handoffTranscript"));
    m_transcriptView->setAccessibleName(tr("Conversation transcript"));
    m_transcriptView->setModel(m_transcript);
    m_transcriptView->setItemDelegate(new MessageBubbleDelegate(m_transcriptView));
    m_transcriptView->setSelectionMode(QAbstractItemView::NoSelection);
    m_transcriptView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_transcriptView->setResizeMode(QListView::Adjust);
    m_transcriptView->setUniformItemSizes(false);
    m_transcriptView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_transcriptView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab reaches the conversation (screen readers read it); a click leaves the focus in the queue.
    m_transcriptView->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(m_transcriptView, 1);
    connect(m_transcript, &TranscriptModel::loaded, m_transcriptView, &QListView::scrollToBottom);

    layout->addWidget(buildReply(detail));

    m_detailStack->addWidget(detail);
    return m_detailStack;
}

QWidget *EscalationsPane::buildActions(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);

    m_ownerLine = new QLabel(bar);
    m_ownerLine->setObjectName(QStringLiteral("handoffOwner"));
    m_ownerLine->setTextFormat(Qt::PlainText);
    row->addWidget(m_ownerLine, 1);

    m_claim = new QPushButton(tr("Claim"), bar);
    m_claim->setObjectName(QStringLiteral("claimButton"));
    connect(m_claim, &QPushButton::clicked, this, [this] {
        const HandoffRow *h = selected();
        if (h && !h->assignedTo.isEmpty())
            releaseSelected();
        else
            claimSelected();
    });
    row->addWidget(m_claim);

    m_book = new QToolButton(bar);
    m_book->setObjectName(QStringLiteral("bookButton"));
    m_book->setText(tr("Book…"));
    m_book->setToolTip(tr("Book an appointment for this customer (B)"));
    m_book->setPopupMode(QToolButton::MenuButtonPopup);
    m_book->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *bookMenu = new QMenu(m_book);
    QAction *reschedule = bookMenu->addAction(tr("Reschedule their next booking…"), this,
                                              &EscalationsPane::rescheduleForCustomer);
    reschedule->setObjectName(QStringLiteral("rescheduleAction"));
    m_book->setMenu(bookMenu);
    connect(m_book, &QToolButton::clicked, this, &EscalationsPane::bookForCustomer);
    row->addWidget(m_book);

    m_resolve = new QPushButton(tr("Resolve…"), bar);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_resolve->setToolTip(tr("Close the conversation with an outcome (E)"));
    connect(m_resolve, &QPushButton::clicked, this, &EscalationsPane::resolveSelected);
    row->addWidget(m_resolve);

    m_returnToAi = new QPushButton(tr("Return to assistant"), bar);
    m_returnToAi->setObjectName(QStringLiteral("returnToAiButton"));
    m_returnToAi->setToolTip(tr("Hand the conversation back to the AI assistant"));
    connect(m_returnToAi, &QPushButton::clicked, this, &EscalationsPane::returnToAssistant);
    row->addWidget(m_returnToAi);
    return bar;
}

QWidget *EscalationsPane::buildReply(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_replyWarning = new QLabel(box);
    m_replyWarning->setObjectName(QStringLiteral("replyWindowWarning"));
    m_replyWarning->setWordWrap(true);
    m_replyWarning->setTextFormat(Qt::PlainText);
    m_replyWarning->setStyleSheet(warningStyle());
    m_replyWarning->hide();
    layout->addWidget(m_replyWarning);

    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    m_replyBox = new QPlainTextEdit(box);
    m_replyBox->setObjectName(QStringLiteral("replyBox"));
    m_replyBox->setAccessibleName(tr("Reply to the customer"));
    m_replyBox->setTabChangesFocus(true);
    m_replyBox->setFixedHeight(m_replyBox->fontMetrics().lineSpacing() * 3 + 14);
    m_replyBox->installEventFilter(this);
    row->addWidget(m_replyBox, 1);
    m_send = new QPushButton(tr("Send"), box);
    m_send->setObjectName(QStringLiteral("sendReplyButton"));
    m_send->setToolTip(tr("Queue the reply for the customer (Ctrl+Enter)"));
    connect(m_send, &QPushButton::clicked, this, &EscalationsPane::sendReply);
    connect(m_replyBox, &QPlainTextEdit::textChanged, this, &EscalationsPane::updateActions);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    layout->addLayout(row);
    return box;
}

void EscalationsPane::installShortcuts()
{
    const auto bind = [this](const QList<QKeySequence> &keys, auto slot) {
        for (const QKeySequence &key : keys) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, slot);
        }
    };
    bind({QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_Down)},
         &EscalationsPane::selectNext);
    bind({QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Up)},
         &EscalationsPane::selectPrevious);
    bind({QKeySequence(Qt::Key_C)}, &EscalationsPane::claimSelected);
    bind({QKeySequence(Qt::Key_R)}, &EscalationsPane::focusReply);
    bind({QKeySequence(Qt::Key_E)}, &EscalationsPane::resolveSelected);
    bind({QKeySequence(Qt::Key_B)}, &EscalationsPane::bookForCustomer);
}

bool EscalationsPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_replyBox && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            sendReply();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_queueView->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void EscalationsPane::reloadStats()
{
    if (!isVisible()) {
        m_statsStale = true;
        return;
    }
    const quint64 generation = ++m_statsGeneration;
    const QDate today = QDateTime::currentDateTime().toTimeZone(m_context.timeZone).date();
    const qint64 dayStart = today.startOfDay(m_context.timeZone).toSecsSinceEpoch();
    const qint64 dayEnd = today.addDays(1).startOfDay(m_context.timeZone).toSecsSinceEpoch();
    const ReportPeriod week = periodEndingOn(today, 7, m_context.timeZone);
    m_store->run(
        this,
        [businessId = m_context.businessId, staffId = m_context.staffId, dayStart, dayEnd,
         week](QSqlDatabase &db) {
            EscalationStats stats;
            stats.queue = HandoffRepository(db).queueCounts(businessId, staffId, dayStart, dayEnd);
            stats.week = ConversationRepository(db).counts(businessId, week.start, week.end);
            EscalationRepository escalations(db);
            stats.figures = escalations.figures(businessId, dayStart, dayEnd, week.start, week.end);
            return stats;
        },
        [this, generation](const EscalationStats &stats) {
            if (generation != m_statsGeneration)
                return;
            const QLocale &locale = m_context.locale;
            m_openTile->setValue(locale.toString(stats.queue.open));
            m_unassignedTile->setValue(locale.toString(stats.queue.unassigned));
            m_claimTile->setValue(durationText(median(stats.queue.claimSecondsToday)),
                                  tr("Handoffs claimed today: %1.")
                                      .arg(locale.toString(stats.queue.claimSecondsToday.size())));
            m_resolveTile->setValue(durationText(medianSpanSeconds(stats.figures.resolvedToday)),
                                    tr("Handoffs resolved today: %1.")
                                        .arg(locale.toString(stats.figures.resolvedToday.size())));
            m_aiRateTile->setValue(
                percentText(rate(stats.week.resolvedByAi, stats.week.conversations), locale),
                tr("%1 of %2 conversations.")
                    .arg(locale.toString(stats.week.resolvedByAi),
                         locale.toString(stats.week.conversations)));
            m_handoffRateTile->setValue(
                percentText(rate(stats.week.handedOff, stats.week.conversations), locale),
                tr("%1 of %2 conversations.")
                    .arg(locale.toString(stats.week.handedOff),
                         locale.toString(stats.week.conversations)));
            const HandoffOutcomeTally &tally = stats.figures.week;
            m_conversionTile->setValue(percentText(bookingConversion(tally), locale),
                                       tr("%1 of %2 handoffs.")
                                           .arg(locale.toString(tally.booked + tally.rescheduled),
                                                locale.toString(tally.resolved - tally.spam)));
            const auto label = [&locale](const QString &text, qint64 count) {
                return tr("%1 · %2").arg(text, locale.toString(count));
            };
            m_filters->button(int(HandoffFilter::AllOpen))
                ->setText(label(tr("All open"), stats.queue.open));
            m_filters->button(int(HandoffFilter::Unassigned))
                ->setText(label(tr("Unassigned"), stats.queue.unassigned));
            m_filters->button(int(HandoffFilter::Mine))
                ->setText(label(tr("Mine"), stats.queue.mine));
        });
}

void EscalationsPane::onQueueLoaded()
{
    updateEmptyText();
    // Keep the handoff the admin was reading; after "resolve and next" open the one that took
    // its place; otherwise open the most urgent one.
    int row = m_selectedId.isEmpty() ? -1 : m_queue->rowOfId(m_selectedId);
    if (m_advanceTo && row < 0)
        row = std::min(*m_advanceTo, m_queue->rowCount() - 1);
    m_advanceTo.reset();
    if (row < 0 && m_queue->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        // Changing the current row shows the handoff through currentRowChanged.
        const bool sameRow = m_queueView->currentIndex().row() == row;
        selectRow(row);
        if (sameRow)
            showHandoff(row);
    } else {
        showHandoff(-1);
    }
}

void EscalationsPane::selectRow(int row)
{
    m_queueView->selectionModel()->setCurrentIndex(
        m_queue->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_queueView->scrollTo(m_queue->index(row, 0));
}

bool EscalationsPane::selectHandoff(const QString &handoffId)
{
    const int row = m_queue->rowOfId(handoffId);
    if (row < 0 && m_queue->isLoading()) {
        m_selectedId = handoffId; // selected once the queue is in (onQueueLoaded)
        return true;
    }
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void EscalationsPane::selectNext()
{
    const int row = m_queueView->currentIndex().row();
    if (row + 1 < m_queue->rowCount())
        selectRow(row + 1);
}

void EscalationsPane::selectPrevious()
{
    const int row = m_queueView->currentIndex().row();
    if (row > 0)
        selectRow(row - 1);
}

void EscalationsPane::updateEmptyText()
{
    switch (m_queue->filter()) {
    case HandoffFilter::AllOpen:
        m_emptyQueue->setText(tr("Nothing waiting. The assistant is handling every conversation."));
        break;
    case HandoffFilter::Unassigned:
        m_emptyQueue->setText(tr("Every open handoff has someone on it."));
        break;
    case HandoffFilter::Mine:
        m_emptyQueue->setText(tr("You have no open handoffs."));
        break;
    case HandoffFilter::Resolved:
        m_emptyQueue->setText(tr("No resolved handoffs yet."));
        break;
    }
}

const HandoffRow *EscalationsPane::selected() const
{
    const int row = m_selectedId.isEmpty() ? -1 : m_queue->rowOfId(m_selectedId);
    return row < 0 ? nullptr : &m_queue->handoffAt(row);
}

QString EscalationsPane::selectedCustomerText() const
{
    const int row = m_selectedId.isEmpty() ? -1 : m_queue->rowOfId(m_selectedId);
    return row < 0 ? QString()
                   : m_queue->index(row, HandoffQueueModel::CustomerColumn).data().toString();
}

void EscalationsPane::showHandoff(int row)
{
    if (row < 0 || row >= m_queue->rowCount()) {
        m_selectedId.clear();
        m_nextBooking.reset();
        m_transcript->setConversation({}, {});
        m_detailStack->setCurrentIndex(0);
        updateActions();
        return;
    }
    const HandoffRow &handoff = m_queue->handoffAt(row);
    const bool other = handoff.id != m_selectedId;
    m_selectedId = handoff.id;
    m_detailStack->setCurrentIndex(1);
    if (other) {
        m_replyBox->clear();
        m_nextBooking.reset();
    }

    const QModelIndex priority = m_queue->index(row, HandoffQueueModel::PriorityColumn);
    m_priorityIcon->setPixmap(priority.data(Qt::DecorationRole).value<QIcon>().pixmap(18, 18));
    m_summaryTitle->setText(handoff.reason);
    const QString raised = m_context.locale.toString(
        QDateTime::fromSecsSinceEpoch(handoff.createdAt, m_context.timeZone),
        QStringLiteral("d MMM, HH:mm"));
    // Each part stays on one line when the summary wraps.
    const auto keep = [](QString text) {
        return text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    };
    const QString age = m_queue->index(row, HandoffQueueModel::AgeColumn).data().toString();
    QStringList parts{priority.data().toString(),
                      m_queue->index(row, HandoffQueueModel::ChannelColumn).data().toString(),
                      keep(tr("raised %1").arg(raised))};
    if (handoff.resolved) {
        parts.append(keep(tr("resolved after %1").arg(age)));
        if (const auto outcome = handoffOutcomeFromKey(handoff.outcome))
            parts.append(keep(tr("outcome: %1").arg(handoffOutcomeLabel(*outcome))));
    } else {
        parts.append(keep(tr("waiting %1 in opening hours").arg(age)));
        if (m_queue->isClockPaused(row))
            parts.append(keep(tr("clock paused while closed")));
    }
    m_summaryLine->setText(parts.join(QStringLiteral("  ·  ")));
    m_replyBox->setPlaceholderText(
        tr("Reply to %1…  (R to write, Ctrl+Enter to send)").arg(selectedCustomerText()));

    if (other || m_transcript->conversationId() != handoff.conversationId)
        m_transcript->setConversation(handoff.conversationId, handoff.customerName);
    updateActions();
    updateReplyWindow();

    const quint64 generation = ++m_cardGeneration;
    if (other)
        m_card->showLoading();
    m_store->run(
        this,
        [customerId = handoff.customerId](QSqlDatabase &db) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            return CardLoad{HandoffRepository(db).customer(customerId, now),
                            EscalationRepository(db).nextBooking(customerId, now)};
        },
        [this, generation,
         shownAs = m_queue->index(row, 0).data().toString()](const CardLoad &load) {
            if (generation != m_cardGeneration)
                return;
            m_card->showCustomer(load.customer, shownAs);
            m_nextBooking = load.nextBooking;
            updateActions();
        });
}

void EscalationsPane::updateActions()
{
    const HandoffRow *h = selected();
    const bool canEdit = m_edits != nullptr;
    const bool open = h && !h->resolved;
    const bool mine = h && h->assignedTo == m_context.staffId;
    const bool unassigned = h && h->assignedTo.isEmpty();
    const bool owner = m_context.role == StaffRole::Owner;

    QString ownerText;
    if (!h)
        ownerText.clear();
    else if (h->resolved)
        ownerText =
            h->assigneeName.isEmpty() ? tr("Resolved") : tr("Resolved by %1").arg(h->assigneeName);
    else if (unassigned)
        ownerText = tr("Nobody has claimed this yet");
    else if (mine)
        ownerText = tr("You have this conversation");
    else
        ownerText = tr("%1 has this conversation")
                        .arg(h->assigneeName.isEmpty() ? tr("Someone else") : h->assigneeName);
    m_ownerLine->setText(ownerText);

    // One button: Claim when free, Release when it is yours (an owner may release anyone's).
    const bool releasable = open && !unassigned && (mine || owner);
    m_claim->setText(releasable ? tr("Release") : tr("Claim"));
    m_claim->setEnabled(canEdit && open && (unassigned || releasable));
    m_claim->setToolTip(!open        ? QString()
                        : releasable ? tr("Let someone else take it")
                        : unassigned ? tr("Take this conversation (C)")
                                     : ownerText);
    const bool mayAct = canEdit && open && (unassigned || mine || owner);
    m_resolve->setEnabled(mayAct);
    m_returnToAi->setEnabled(mayAct);
    m_book->setEnabled(canEdit && h && !h->customerId.isEmpty());
    if (QMenu *menu = m_book->menu())
        menu->actions().constFirst()->setEnabled(canEdit && m_nextBooking.has_value());
    // The server lets a reply claim a free handoff, but not answer someone else's.
    const bool mayReply = canEdit && open && (unassigned || mine);
    m_replyBox->setEnabled(mayReply);
    m_send->setEnabled(mayReply && !m_replyBox->toPlainText().trimmed().isEmpty());
}

void EscalationsPane::updateReplyWindow()
{
    const HandoffRow *h = selected();
    if (!h || h->resolved || m_transcript->conversationId() != h->conversationId
        || m_transcript->isLoading()) {
        m_replyWarning->hide();
        return;
    }
    const ReplyWindow window = replyWindow(h->channel, m_transcript->lastCustomerMessageAt(),
                                           QDateTime::currentSecsSinceEpoch());
    if (!window.applies || window.open) {
        m_replyWarning->hide();
        return;
    }
    const QString closed =
        window.closesAt
            ? tr("WhatsApp's 24-hour reply window closed %1.")
                  .arg(m_context.locale.toString(
                      QDateTime::fromSecsSinceEpoch(*window.closesAt, m_context.timeZone),
                      QStringLiteral("ddd d MMM, HH:mm")))
            : tr("The customer has not written on WhatsApp in the last 24 hours.");
    m_replyWarning->setText(
        closed + u' '
        + tr("A free-form reply may not be delivered now; call the customer or wait for them to "
             "write again."));
    m_replyWarning->show();
}

void EscalationsPane::updateSyncState()
{
    if (!m_syncSource) {
        m_syncState->hide();
        return;
    }
    const SyncStatus status = m_syncSource();
    const bool offline = status.connection == SyncStatus::Connection::Offline
                         || status.connection == SyncStatus::Connection::SignedOut;
    if (!offline) {
        m_syncState->hide();
        return;
    }
    const QString when =
        status.lastSyncedAt.isValid() ? m_context.locale.toString(
            status.lastSyncedAt.toTimeZone(m_context.timeZone), QStringLiteral("HH:mm"))
                                      : QString();
    const QString state =
        status.connection == SyncStatus::Connection::SignedOut ? tr("Signed out") : tr("Offline");
    m_syncState->setText(when.isEmpty() ? tr("%1 — not updated yet").arg(state)
                                        : tr("%1 — last updated %2").arg(state, when));
    m_syncState->setToolTip(tr("New handoffs and claims by others arrive when the connection is "
                               "back; what you do here is sent then."));
    m_syncState->show();
}

QString EscalationsPane::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void EscalationsPane::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid "
                               "#f5c2c0; border-radius: 4px; padding: 4px 8px; }")
              : QStringLiteral("QLabel { background: #edf7ed; color: #1e4620; border: 1px solid "
                               "#b7dfb9; border-radius: 4px; padding: 4px 8px; }"));
    m_banner->setVisible(!text.isEmpty());
}

void EscalationsPane::submit(const Mutation &mutation, const QString &doneText,
                             std::function<void()> then)
{
    if (!m_edits)
        return;
    m_edits->submit(mutation, this,
                    [this, doneText, then = std::move(then)](const OutboxResult &result) {
                        if (!result.ok) {
                            m_advanceTo.reset();
                            showBanner(result.error, true);
                            return;
                        }
                        showBanner(doneText, false);
                        if (then)
                            then();
                    });
}

void EscalationsPane::claimSelected()
{
    const HandoffRow *h = selected();
    if (!h || !m_edits)
        return;
    if (h->resolved) {
        showBanner(tr("This handoff is already resolved."), true);
        return;
    }
    if (h->assignedTo == m_context.staffId) {
        showBanner(tr("You already have this conversation."), false);
        return;
    }
    if (!h->assignedTo.isEmpty()) {
        // Said here at once; the server would refuse the same way.
        showBanner(tr("%1 is already handling this conversation.")
                       .arg(h->assigneeName.isEmpty() ? tr("Someone else") : h->assigneeName),
                   true);
        return;
    }
    submit(Mutations::claimHandoff(h->id), tr("You have this conversation now."));
}

void EscalationsPane::releaseSelected()
{
    const HandoffRow *h = selected();
    if (!h || !m_edits || h->resolved || h->assignedTo.isEmpty())
        return;
    submit(Mutations::releaseHandoff(h->id), tr("Released: someone else can take it."));
}

void EscalationsPane::focusReply()
{
    if (m_replyBox->isEnabled() && m_detailStack->currentIndex() == 1) {
        m_replyBox->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    const HandoffRow *h = selected();
    if (h && !h->resolved && !h->assignedTo.isEmpty() && h->assignedTo != m_context.staffId)
        showBanner(tr("%1 is handling this conversation; only they can reply.")
                       .arg(h->assigneeName.isEmpty() ? tr("Someone else") : h->assigneeName),
                   true);
}

void EscalationsPane::sendReply()
{
    const HandoffRow *h = selected();
    const QString body = m_replyBox->toPlainText().trimmed();
    if (!h || !m_edits || !m_replyBox->isEnabled() || body.isEmpty())
        return;
    const bool windowClosed = m_replyWarning->isVisible();
    const QString id = h->id;
    submit(Mutations::replyToHandoff(id, body),
           windowClosed ? tr("Reply queued — but the WhatsApp reply window has closed, so it may "
                             "not be delivered.")
                        : tr("Reply queued; its delivery shows under it."),
           [this, id] {
               if (m_selectedId == id)
                   m_replyBox->clear();
           });
}

void EscalationsPane::resolveSelected()
{
    const HandoffRow *h = selected();
    if (!h || !m_resolve->isEnabled())
        return;
    auto *dialog = new ResolveHandoffDialog(selectedCustomerText(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto suggested = m_suggestedOutcome.constFind(h->id);
        suggested != m_suggestedOutcome.cend())
        dialog->setOutcome(*suggested);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = h->id] {
        if (m_selectedId != id || !dialog->outcome())
            return;
        resolveSelectedAs(*dialog->outcome(), dialog->note(), dialog->nextRequested());
    });
    dialog->open();
}

void EscalationsPane::resolveSelectedAs(HandoffOutcome outcome, const QString &note, bool thenNext)
{
    const HandoffRow *h = selected();
    if (!h || !m_edits)
        return;
    const int row = m_queue->rowOfId(h->id);
    // The resolved handoff leaves the open queue; "next" is whatever takes its place.
    if (thenNext)
        m_advanceTo = row;
    const QString id = h->id;
    m_suggestedOutcome.remove(id);
    const QString done = outcome == HandoffOutcome::ReturnedToAi
                             ? tr("Handed back to the assistant.")
                             : tr("Resolved as \u201c%1\u201d.").arg(handoffOutcomeLabel(outcome));
    submit(Mutations::resolveHandoff(id, handoffOutcomeKey(outcome), note), done, [this, thenNext] {
        if (!thenNext)
            m_selectedId.clear(); // back to the top of the queue
        m_queueView->setFocus();
    });
}

void EscalationsPane::returnToAssistant()
{
    if (!m_returnToAi->isEnabled())
        return;
    resolveSelectedAs(HandoffOutcome::ReturnedToAi, {}, false);
}

void EscalationsPane::bookForCustomer()
{
    const HandoffRow *h = selected();
    if (!h || !m_edits || !m_book->isEnabled())
        return;
    auto *dialog =
        new AppointmentDialog(m_store, m_edits, m_context, AppointmentDialog::Mode::New, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = h->id;
    // The handoff's customer, as if picked in the dialog's search; an anonymous web chat has
    // none and the desk searches or adds one.
    dialog->setCustomer({h->customerId, h->customerName, h->customerPhone, {}});
    // The time the assistant offered (the first still ahead), as the conversation left it.
    if (const auto slot = m_transcript->offeredSlot(QDateTime::currentSecsSinceEpoch()))
        dialog->setStart(QDateTime::fromSecsSinceEpoch(*slot, m_context.timeZone));
    connect(dialog, &AppointmentDialog::saved, this, [this, id] {
        m_suggestedOutcome.insert(id, HandoffOutcome::Booked);
        if (m_selectedId == id)
            showBanner(tr("Booked. Resolve the handoff as booked with E."), false);
    });
    dialog->open();
}

void EscalationsPane::rescheduleForCustomer()
{
    const HandoffRow *h = selected();
    if (!h || !m_edits || !m_nextBooking)
        return;
    auto *dialog = new AppointmentDialog(m_store, m_edits, m_context,
                                         AppointmentDialog::Mode::Reschedule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAppointment(m_nextBooking->id, m_nextBooking->version);
    const QString id = h->id;
    connect(dialog, &AppointmentDialog::saved, this, [this, id] {
        m_suggestedOutcome.insert(id, HandoffOutcome::Rescheduled);
        if (m_selectedId == id)
            showBanner(tr("Moved. Resolve the handoff as rescheduled with E."), false);
    });
    dialog->open();
}

} // namespace Chairside
