#include "ui/panes/NotificationsPane.h"

#include "models/common/DeskEdits.h"
#include "models/notifications/NotificationListModel.h"
#include "store/StoreExecutor.h"
#include "sync/Mutation.h"
#include "ui/EmptyViewNote.h"
#include "ui/MutedText.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Chairside {

namespace {
enum FilterId { AllFilter = 0, UnreadFilter = 1 };
} // namespace

NotificationsPane::NotificationsPane(StoreExecutor *store, const BusinessContext &context,
                                     DeskEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_edits(edits)
    , m_context(context)
    , m_model(new NotificationListModel(store, context, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    auto *title = new QLabel(tr("Notifications"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_unread = new QLabel(this);
    m_unread->setObjectName(QStringLiteral("unreadCount"));
    keepMuted(m_unread);
    titles->addWidget(title);
    titles->addWidget(m_unread);
    header->addLayout(titles, 1);

    m_filters = new QButtonGroup(this);
    m_filters->setExclusive(true);
    const struct
    {
        FilterId id;
        QString text;
        const char *name;
    } filters[] = {{AllFilter, tr("All"), "filterAll"},
                   {UnreadFilter, tr("Unread"), "filterUnread"}};
    for (const auto &f : filters) {
        auto *button = new QPushButton(f.text, this);
        button->setObjectName(QString::fromLatin1(f.name));
        button->setCheckable(true);
        button->setChecked(f.id == AllFilter);
        button->setAccessibleName(tr("Show %1 notifications").arg(f.text.toLower()));
        m_filters->addButton(button, f.id);
        header->addWidget(button, 0, Qt::AlignBottom);
    }
    connect(m_filters, &QButtonGroup::idClicked, this,
            [this](int id) { m_model->setUnreadOnly(id == UnreadFilter); });
    header->addSpacing(8);
    m_markAll = new QPushButton(tr("Mark all read"), this);
    m_markAll->setObjectName(QStringLiteral("markAllRead"));
    m_markAll->setAccessibleName(tr("Mark all read"));
    connect(m_markAll, &QPushButton::clicked, this, &NotificationsPane::markAllRead);
    header->addWidget(m_markAll, 0, Qt::AlignBottom);
    layout->addLayout(header);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("notificationList"));
    m_view->setAccessibleName(tr("Notifications"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setIconSize(QSize(14, 14));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 16);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(NotificationListModel::BodyColumn, QHeaderView::Stretch);
    columns->resizeSection(NotificationListModel::PriorityColumn, 100);
    columns->resizeSection(NotificationListModel::TitleColumn, 380);
    columns->resizeSection(NotificationListModel::TimeColumn, 130);
    layout->addWidget(m_view, 1);
    auto *emptyNote = new EmptyViewNote(m_view, tr("No notifications yet."),
                                        [this] { return m_model->isLoading(); });
    connect(m_filters, &QButtonGroup::idClicked, emptyNote, [emptyNote](int id) {
        emptyNote->setText(id == UnreadFilter ? tr("Nothing unread. You are all caught up.")
                                              : tr("No notifications yet."));
    });
    // Enter and double click open, like the other lists.
    connect(m_view, &QAbstractItemView::activated, this, [this] { openSelected(); });
    auto *dismissKey = new QShortcut(QKeySequence::Delete, m_view, this,
                                     &NotificationsPane::dismissSelected, Qt::WidgetShortcut);
    Q_UNUSED(dismissKey);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &NotificationsPane::updateActions);

    auto *actions = new QHBoxLayout;
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("openNotification"));
    m_markRead = new QPushButton(tr("Mark read"), this);
    m_markRead->setObjectName(QStringLiteral("markRead"));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissNotification"));
    connect(m_open, &QPushButton::clicked, this, &NotificationsPane::openSelected);
    connect(m_markRead, &QPushButton::clicked, this, &NotificationsPane::markSelectedRead);
    connect(m_dismiss, &QPushButton::clicked, this, &NotificationsPane::dismissSelected);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("notificationProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    actions->addWidget(m_open);
    actions->addWidget(m_markRead);
    actions->addWidget(m_dismiss);
    actions->addWidget(m_problem, 1);
    actions->addStretch(); // the buttons keep their size while no problem is shown
    layout->addLayout(actions);
    if (!m_edits) {
        const QString later = tr("Available when connected to your salon's backend");
        for (QPushButton *button : {m_markAll, m_markRead, m_dismiss}) {
            button->setToolTip(later);
            button->setAccessibleDescription(later);
        }
    }

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("notificationsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    keepMuted(m_empty, QStringLiteral("padding: 16px;"));
    m_empty->hide();
    layout->addWidget(m_empty);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = selectedRow();
        if (row >= 0) {
            m_keepRow = row;
            m_keepId = m_model->notificationAt(row).id;
        }
    });
    connect(m_model, &NotificationListModel::loaded, this, [this] {
        if (m_keepRow >= 0 && m_model->rowCount() > 0 && selectedRow() < 0) {
            int row = std::min(m_keepRow, m_model->rowCount() - 1);
            for (int r = 0; r < m_model->rowCount(); ++r) {
                if (m_model->notificationAt(r).id == m_keepId) {
                    row = r;
                    break;
                }
            }
            m_view->setCurrentIndex(m_model->index(row, NotificationListModel::TitleColumn));
        }
        m_keepRow = -1;
        m_keepId.clear();
    });
    connect(m_model, &NotificationListModel::loaded, this, &NotificationsPane::updateHeader);
    connect(m_model, &QAbstractItemModel::modelReset, this, &NotificationsPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NotificationsPane::updateActions);
    connect(m_model, &NotificationListModel::unreadCountChanged, this,
            &NotificationsPane::updateHeader);
    updateHeader();
    m_model->reload();
}

NotificationsPane::~NotificationsPane() = default;

void NotificationsPane::updateHeader()
{
    const qint64 unread = m_model->unreadCount();
    m_unread->setText(unread == 0 ? tr("Nothing unread")
                                  : tr("%1 unread").arg(m_context.locale.toString(unread)));
    const bool empty = m_model->rowCount() == 0 && !m_model->isLoading();
    m_empty->setText(m_model->unreadOnly() ? tr("You have read everything.")
                                           : tr("No notifications."));
    m_empty->setVisible(empty);
    updateActions();
}

int NotificationsPane::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && current.row() < m_model->rowCount() ? current.row() : -1;
}

void NotificationsPane::updateActions()
{
    const int row = selectedRow();
    const bool unread = row >= 0 && m_model->notificationAt(row).readAt == 0;
    m_open->setEnabled(row >= 0 && !m_model->notificationAt(row).actionUrl.isEmpty());
    m_markRead->setEnabled(m_edits && unread);
    m_dismiss->setEnabled(m_edits && row >= 0);
    m_markAll->setEnabled(m_edits && m_model->unreadCount() > 0);
}

void NotificationsPane::openSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const NotificationRow &notification = m_model->notificationAt(row);
    const QString url = notification.actionUrl;
    if (notification.readAt == 0)
        submitFor({notification.id}, false);
    if (!url.isEmpty())
        Q_EMIT openRequested(url);
}

void NotificationsPane::markSelectedRead()
{
    const int row = selectedRow();
    if (row >= 0 && m_model->notificationAt(row).readAt == 0)
        submitFor({m_model->notificationAt(row).id}, false);
}

void NotificationsPane::dismissSelected()
{
    const int row = selectedRow();
    if (row >= 0)
        submitFor({m_model->notificationAt(row).id}, true);
}

void NotificationsPane::markAllRead()
{
    if (!m_edits)
        return;
    // All the unread ones, not only the rows the list has read so far.
    m_store->run(
        this,
        [context = m_context, now = QDateTime::currentSecsSinceEpoch()](QSqlDatabase &db) {
            return NotificationRepository(db).unreadIds(context.businessId, context.staffId, now);
        },
        [this](const QStringList &ids) { submitFor(ids, false); });
}

void NotificationsPane::submitFor(const QStringList &ids, bool dismiss)
{
    if (!m_edits)
        return;
    m_problem->hide();
    for (const QString &id : ids) {
        m_edits->submit(dismiss ? Mutations::dismissNotification(id)
                                : Mutations::markNotificationRead(id),
                        this, [this](const OutboxResult &result) {
                            if (!result.ok) {
                                m_problem->setText(result.error);
                                m_problem->show();
                            }
                        });
    }
}

} // namespace Chairside
