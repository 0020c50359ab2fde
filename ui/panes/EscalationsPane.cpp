#include "ui/panes/EscalationsPane.h"

#include "core/analytics/AnalyticsFormulas.h"
#include "models/escalations/HandoffQueueModel.h"
#include "models/escalations/TranscriptModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/ConversationRepository.h"
#include "store/repositories/HandoffRepository.h"
#include "ui/escalations/CustomerCard.h"
#include "ui/escalations/MessageBubbleDelegate.h"
#include "ui/escalations/StatTile.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Chairside {

namespace {

struct EscalationStats
{
    HandoffQueueCounts queue;
    ConversationCounts week;
};

QString percentText(const std::optional<double> &fraction, const QLocale &locale)
{
    if (!fraction)
        return EscalationsPane::tr("—");
    return EscalationsPane::tr("%1 %").arg(locale.toString(*fraction * 100.0, 'f', 0));
}

QString claimText(const std::optional<double> &seconds)
{
    if (!seconds)
        return EscalationsPane::tr("—");
    return HandoffQueueModel::formatAge(qint64(*seconds));
}

} // namespace

EscalationsPane::EscalationsPane(StoreExecutor *store, const BusinessContext &context,
                                 QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_queue(new HandoffQueueModel(store, context, this))
    , m_transcript(new TranscriptModel(store, context, this))
    , m_tick(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Escalations"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(buildStrip());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildQueue());
    splitter->addWidget(buildDetail());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 480});
    layout->addWidget(splitter, 1);

    connect(m_queue, &HandoffQueueModel::loaded, this, &EscalationsPane::onQueueLoaded);
    connect(m_queue, &QAbstractItemModel::rowsInserted, this, &EscalationsPane::updateEmptyState);
    connect(m_queueView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showHandoff(current.row()); });
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("ai_handoffs"))
            || tables.contains(QStringLiteral("ai_conversations")))
            reloadStats();
        if (tables.contains(QStringLiteral("ai_messages")) && !m_selectedId.isEmpty())
            showHandoff(m_queue->rowOfId(m_selectedId));
    });

    // Waiting times and today's figures move with the clock.
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_queue->refreshAges();
        reloadStats();
    });
    m_tick->start();

    m_queue->reload();
    reloadStats();
}

EscalationsPane::~EscalationsPane() = default;

QWidget *EscalationsPane::buildStrip()
{
    auto *strip = new QWidget(this);
    strip->setObjectName(QStringLiteral("handoffStats"));
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    m_openTile = new StatTile(tr("Open now"), tr("Handoffs not resolved yet."), strip);
    m_unassignedTile =
        new StatTile(tr("Unassigned"), tr("Open handoffs that nobody has claimed."), strip);
    m_claimTile = new StatTile(tr("Median time to claim today"),
                               tr("Median of (claimed at − raised at) over the handoffs "
                                  "claimed today."),
                               strip);
    m_aiRateTile = new StatTile(tr("AI resolution · 7 days"),
                                tr("Conversations the assistant resolved alone ÷ all "
                                   "conversations started in the last 7 days."),
                                strip);
    m_handoffRateTile = new StatTile(tr("Handoff rate · 7 days"),
                                     tr("Conversations handed to a person ÷ all conversations "
                                        "started in the last 7 days."),
                                     strip);
    for (StatTile *tile :
         {m_openTile, m_unassignedTile, m_claimTile, m_aiRateTile, m_handoffRateTile})
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
        m_queue->setFilter(static_cast<HandoffFilter>(id));
    });

    m_queueView = new QTableView(panel);
    m_queueView->setObjectName(QStringLiteral("handoffQueue"));
    m_queueView->setAccessibleName(tr("Handoff queue"));
    m_queueView->setModel(m_queue);
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
    header->resizeSection(HandoffQueueModel::AssigneeColumn, 120);
    header->resizeSection(HandoffQueueModel::AgeColumn, 104);
    header->resizeSection(HandoffQueueModel::PriorityColumn, 88);
    header->setMinimumSectionSize(60);
    layout->addWidget(m_queueView, 1);

    m_emptyQueue = new QLabel(panel);
    m_emptyQueue->setObjectName(QStringLiteral("handoffQueueEmpty"));
    m_emptyQueue->setAlignment(Qt::AlignCenter);
    m_emptyQueue->setWordWrap(true);
    m_emptyQueue->setStyleSheet(QStringLiteral("color: palette(placeholder-text); padding: 16px;"));
    m_emptyQueue->hide();
    layout->addWidget(m_emptyQueue);
    return panel;
}

QWidget *EscalationsPane::buildDetail()
{
    m_detailStack = new QStackedWidget(this);

    auto *placeholder = new QLabel(tr("Select a handoff to read the conversation."), m_detailStack);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    m_detailStack->addWidget(placeholder);

    auto *detail = new QWidget(m_detailStack);
    auto *layout = new QVBoxLayout(detail);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(8);

    // Why it was handed off, and the actions that come with the sync service.
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
    m_summaryLine->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
    summaryText->addWidget(m_summaryTitle);
    summaryText->addWidget(m_summaryLine);
    summary->addLayout(summaryText, 1);
    const QString offline = tr("Available when connected to your salon's backend");
    for (const QString &text : {tr("Claim"), tr("Resolve…")}) {
        auto *button = new QPushButton(text, detail);
        button->setEnabled(false);
        button->setToolTip(offline);
        button->setAccessibleName(text);
        button->setAccessibleDescription(offline);
        summary->addWidget(button, 0, Qt::AlignTop);
    }
    layout->addLayout(summary);

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
    m_transcriptView->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_transcriptView, 1);
    connect(m_transcript, &TranscriptModel::loaded, m_transcriptView, &QListView::scrollToBottom);

    m_detailStack->addWidget(detail);
    return m_detailStack;
}

void EscalationsPane::reloadStats()
{
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
            return stats;
        },
        [this, generation](const EscalationStats &stats) {
            if (generation != m_statsGeneration)
                return;
            const QLocale &locale = m_context.locale;
            m_openTile->setValue(locale.toString(stats.queue.open));
            m_unassignedTile->setValue(locale.toString(stats.queue.unassigned));
            m_claimTile->setValue(claimText(median(stats.queue.claimSecondsToday)),
                                  tr("Handoffs claimed today: %1.")
                                      .arg(locale.toString(stats.queue.claimSecondsToday.size())));
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
    updateEmptyState();
    // Keep the handoff the admin was reading; otherwise open the most urgent one.
    int row = m_selectedId.isEmpty() ? -1 : m_queue->rowOfId(m_selectedId);
    if (row < 0 && m_queue->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        // Changing the current row shows the handoff through currentRowChanged.
        const bool sameRow = m_queueView->currentIndex().row() == row;
        m_queueView->selectionModel()->setCurrentIndex(m_queue->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect
                                                           | QItemSelectionModel::Rows);
        if (sameRow)
            showHandoff(row);
    } else {
        showHandoff(-1);
    }
}

void EscalationsPane::updateEmptyState()
{
    const bool empty = m_queue->rowCount() == 0 && !m_queue->isLoading();
    if (empty) {
        switch (m_queue->filter()) {
        case HandoffFilter::AllOpen:
            m_emptyQueue->setText(
                tr("Nothing waiting. The assistant is handling every conversation."));
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
    m_emptyQueue->setVisible(empty);
}

void EscalationsPane::showHandoff(int row)
{
    if (row < 0 || row >= m_queue->rowCount()) {
        m_selectedId.clear();
        m_transcript->setConversation({}, {});
        m_detailStack->setCurrentIndex(0);
        return;
    }
    const HandoffRow &handoff = m_queue->handoffAt(row);
    m_selectedId = handoff.id;
    m_detailStack->setCurrentIndex(1);

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
    QStringList parts{
        priority.data().toString(),
        m_queue->index(row, HandoffQueueModel::ChannelColumn).data().toString(),
        keep(tr("raised %1").arg(raised)),
        keep(handoff.resolved ? tr("resolved after %1").arg(age) : tr("waiting %1").arg(age)),
        keep(m_queue->index(row, HandoffQueueModel::AssigneeColumn).data().toString())};
    m_summaryLine->setText(parts.join(QStringLiteral("  ·  ")));

    m_transcript->setConversation(handoff.conversationId, handoff.customerName);

    const quint64 generation = ++m_cardGeneration;
    m_card->showLoading();
    m_store->run(
        this,
        [customerId = handoff.customerId](QSqlDatabase &db) {
            return HandoffRepository(db).customer(customerId, QDateTime::currentSecsSinceEpoch());
        },
        [this, generation, shownAs = m_queue->index(row, 0).data().toString()](
            const std::optional<HandoffCustomer> &customer) {
            if (generation == m_cardGeneration)
                m_card->showCustomer(customer, shownAs);
        });
}

} // namespace Chairside
