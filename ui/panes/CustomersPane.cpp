#include "ui/panes/CustomersPane.h"

#include "models/ModelRoles.h"
#include "models/customers/CustomerListModel.h"
#include "models/customers/CustomerProfileLoader.h"
#include "store/StoreExecutor.h"
#include "ui/customers/CustomerProfileWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace Chairside {

CustomersPane::CustomersPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_model(new CustomerListModel(store, context, this))
    , m_loader(new CustomerProfileLoader(store, context, this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_list(new QTableView(this))
    , m_profile(new CustomerProfileWidget(m_loader, context, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->setSpacing(8);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setPlaceholderText(tr("Search name, phone or e-mail  (Ctrl+F)"));
    m_search->setToolTip(tr("Type the start of a first name or surname, an e-mail address or "
                            "part of a phone number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(32);
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_count->setAccessibleName(tr("Number of customers"));
    m_count->setStyleSheet(QStringLiteral("color: #5f666d;"));
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    leftLayout->addLayout(searchRow);

    m_list->setObjectName(QStringLiteral("customerList"));
    m_list->setAccessibleName(tr("Customers"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 12);
    QHeaderView *header = m_list->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CustomerListModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(CustomerListModel::PhoneColumn, 150);
    header->resizeSection(CustomerListModel::TierColumn, 80);
    header->resizeSection(CustomerListModel::PointsColumn, 80);
    header->resizeSection(CustomerListModel::LastVisitColumn, 110);
    header->setSortIndicator(CustomerListModel::NameColumn, Qt::AscendingOrder);
    m_list->setSortingEnabled(true);
    leftLayout->addWidget(m_list, 1);

    splitter->addWidget(left);
    splitter->addWidget(m_profile);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setSizes({600, 640});

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this,
            [this] { m_model->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    // Enter searches at once; Down moves from the search field into the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        m_model->setSearchText(m_search->text());
        m_list->setFocus();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPane::onCurrentChanged);
    connect(m_model, &CustomerListModel::reloaded, this, &CustomersPane::onListReloaded);
    connect(m_model, &CustomerListModel::totalCountChanged, this, &CustomersPane::updateCount);
    connect(m_model, &CustomerListModel::loadFailed, this,
            [this](const QString &message) { m_count->setText(message); });
    connect(store, &StoreExecutor::tablesChanged, this, &CustomersPane::onTablesChanged);

    m_model->reload();
}

CustomersPane::~CustomersPane() = default;

void CustomersPane::onCurrentChanged()
{
    const QModelIndex current = m_list->selectionModel()->currentIndex();
    const QString id = current.isValid() ? current.data(IdRole).toString() : QString();
    if (id.isEmpty() || id == m_selectedId)
        return;
    m_selectedId = id;
    m_loader->load(id);
}

void CustomersPane::onListReloaded()
{
    // Keep the selected customer selected when the list is refreshed or still shows them.
    const int row = m_selectedId.isEmpty() ? -1 : m_model->rowOf(m_selectedId);
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
        return;
    }
    // The first load opens the first customer, so the profile side is never an empty half;
    // a search that finds exactly one customer opens them straight away.
    const bool firstLoad = std::exchange(m_firstLoad, false);
    if ((firstLoad && m_model->rowCount() > 0)
        || (m_model->rowCount() == 1 && !m_model->searchText().isEmpty())) {
        m_list->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void CustomersPane::onTablesChanged(const QStringList &tables)
{
    const bool list = tables.contains(QStringLiteral("customers"))
                      || tables.contains(QStringLiteral("loyalty_ledger"))
                      || tables.contains(QStringLiteral("loyalty_tiers"));
    const bool profile = list || tables.contains(QStringLiteral("appointments"));
    if (list)
        m_model->refresh();
    if (profile && !m_selectedId.isEmpty())
        m_loader->reload();
}

void CustomersPane::updateCount()
{
    const qint64 total = m_model->totalCount();
    if (total >= 0)
        m_count->setText(total == 1 ? tr("1 customer")
                                    : tr("%1 customers").arg(m_context.locale.toString(total)));
}

} // namespace Chairside
