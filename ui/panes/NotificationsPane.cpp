#include "ui/panes/NotificationsPane.h"

#include "models/notifications/NotificationListModel.h"
#include "store/StoreExecutor.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Chairside {

namespace {
enum FilterId { AllFilter = 0, UnreadFilter = 1 };
} // namespace

NotificationsPane::NotificationsPane(StoreExecutor *store, const BusinessContext &context,
                                     QWidget *parent)
    : QWidget(parent)
    , m_store(store)
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
    m_unread->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
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
    const QString later = tr("Available when connected to your salon's backend");
    auto *markAll = new QPushButton(tr("Mark all read"), this);
    markAll->setEnabled(false);
    markAll->setToolTip(later);
    markAll->setAccessibleName(tr("Mark all read"));
    markAll->setAccessibleDescription(later);
    header->addWidget(markAll, 0, Qt::AlignBottom);
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

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("notificationsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: palette(placeholder-text); padding: 16px;"));
    m_empty->hide();
    layout->addWidget(m_empty);

    connect(m_model, &NotificationListModel::loaded, this, &NotificationsPane::updateHeader);
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
}

} // namespace Chairside
