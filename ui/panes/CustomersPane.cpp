#include "ui/panes/CustomersPane.h"

#include "models/ModelRoles.h"
#include "models/common/DeskEdits.h"
#include "models/customers/CustomerExport.h"
#include "models/customers/CustomerListModel.h"
#include "models/customers/CustomerProfileLoader.h"
#include "store/StoreExecutor.h"
#include "ui/EmptyViewNote.h"
#include "ui/MutedText.h"
#include "ui/customers/CustomerEditDialog.h"
#include "ui/customers/CustomerProfileWidget.h"
#include "ui/customers/EraseCustomerDialog.h"
#include "ui/customers/LoyaltyActionDialog.h"
#include "ui/customers/MergeCustomersDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace Chairside {

CustomersPane::CustomersPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent)
    : CustomersPane(store, context, nullptr, parent)
{}

CustomersPane::CustomersPane(StoreExecutor *store, const BusinessContext &context, DeskEdits *edits,
                             QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_edits(edits)
    , m_context(context)
    , m_model(new CustomerListModel(store, context, this))
    , m_loader(new CustomerProfileLoader(store, context, this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_new(new QPushButton(tr("&New customer"), this))
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
    m_search->setToolTip(tr("Type the start of any words of the name or e-mail address, in any "
                            "order, or three or more digits of the phone number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(32);
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_count->setAccessibleName(tr("Number of customers"));
    keepMuted(m_count);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    m_new->setObjectName(QStringLiteral("customerNewButton"));
    m_new->setToolTip(tr("Add a customer (Ctrl+N)"));
    m_new->setMinimumHeight(32);
    m_new->setVisible(edits != nullptr);
    searchRow->addWidget(m_new);
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

    auto *emptyNote =
        new EmptyViewNote(m_list, tr("No customers yet."), [this] { return m_model->isLoading(); });
    // The note names the search the list was read for, not what is being typed.
    const auto search = [this, emptyNote] {
        QString text = m_search->text().simplified();
        if (text.size() > 40) // not between the halves of an emoji
            text = text.left(text.at(39).isHighSurrogate() ? 39 : 40) + u'…';
        emptyNote->setText(text.isEmpty() ? tr("No customers yet.")
                                          : tr("No customer matches “%1”.").arg(text));
        m_model->setSearchText(m_search->text());
    };
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    // Enter searches at once; Down moves from the search field into the results.
    connect(m_search, &QLineEdit::returnPressed, this, [this, search] {
        m_debounce.stop();
        search();
        m_list->setFocus();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    if (edits) {
        auto *add = new QShortcut(QKeySequence::New, this);
        add->setContext(Qt::WidgetWithChildrenShortcut);
        connect(add, &QShortcut::activated, this, &CustomersPane::newCustomer);
        connect(m_new, &QPushButton::clicked, this, &CustomersPane::newCustomer);
        m_profile->setActionsAllowed(true);
        connect(m_profile, &CustomerProfileWidget::editRequested, this,
                &CustomersPane::editSelected);
        connect(m_profile, &CustomerProfileWidget::awardRequested, this,
                [this] { loyaltyAction(int(LoyaltyActionDialog::Action::Award)); });
        connect(m_profile, &CustomerProfileWidget::redeemRequested, this,
                [this] { loyaltyAction(int(LoyaltyActionDialog::Action::Redeem)); });
        connect(m_profile, &CustomerProfileWidget::adjustRequested, this,
                [this] { loyaltyAction(int(LoyaltyActionDialog::Action::Adjust)); });
        connect(m_profile, &CustomerProfileWidget::eraseRequested, this,
                &CustomersPane::eraseSelected);
        connect(m_profile, &CustomerProfileWidget::mergeRequested, this,
                [this] { mergeSelected(); });
    }
    // Exporting reads only: any desk may hand a customer their data.
    connect(m_profile, &CustomerProfileWidget::exportRequested, this,
            &CustomersPane::exportSelected);

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
    m_profile->showStatus({});
    m_loader->load(id);
}

void CustomersPane::openCustomer(const QString &customerId)
{
    if (customerId.isEmpty())
        return;
    // Show the whole list again so the customer is in it; the reload selects them.
    m_debounce.stop();
    if (!m_search->text().isEmpty()) {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_model->setSearchText({});
    if (customerId != m_selectedId) {
        m_selectedId = customerId;
        m_profile->showStatus({});
        m_loader->load(customerId);
    }
    const int row = m_model->rowOf(customerId);
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
    }
}

void CustomersPane::newCustomer()
{
    if (!m_edits)
        return;
    auto *dialog = new CustomerEditDialog(m_store, m_edits, m_context, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerEditDialog::saved, this, [this](const QString &id) {
        openCustomer(id);
        m_profile->showStatus(tr("Customer added."));
    });
    connect(dialog, &CustomerEditDialog::openExistingRequested, this, &CustomersPane::openCustomer);
    dialog->open();
}

void CustomersPane::editSelected()
{
    const std::optional<CustomerProfile> &profile = m_loader->profile();
    if (!m_edits || !profile)
        return;
    auto *dialog = new CustomerEditDialog(m_store, m_edits, m_context, profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerEditDialog::saved, this,
            [this] { m_profile->showStatus(tr("Changes saved.")); });
    connect(dialog, &CustomerEditDialog::openExistingRequested, this, &CustomersPane::openCustomer);
    connect(dialog, &CustomerEditDialog::mergeRequested, this, &CustomersPane::mergeSelected);
    dialog->open();
}

void CustomersPane::mergeSelected(const QString &otherId)
{
    const std::optional<CustomerProfile> &profile = m_loader->profile();
    if (!m_edits || !profile || m_context.role == StaffRole::Staff)
        return;
    auto *dialog =
        new MergeCustomersDialog(m_store, m_edits, m_context, profile->id, otherId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MergeCustomersDialog::merged, this,
            [this](const QString &keptId, const QString &keptName, const QString &mergedName) {
                // The profile shows the customer that stays (the changed tables reload it).
                openCustomer(keptId);
                m_profile->showStatus(tr("%1 was merged into %2.").arg(mergedName, keptName));
            });
    dialog->open();
}

void CustomersPane::loyaltyAction(int action)
{
    const std::optional<CustomerProfile> &profile = m_loader->profile();
    if (!m_edits || !profile)
        return;
    auto *dialog = new LoyaltyActionDialog(m_edits, m_context, LoyaltyActionDialog::Action(action),
                                           *profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LoyaltyActionDialog::done, this,
            [this](const QString &summary) { m_profile->showStatus(summary); });
    dialog->open();
}

void CustomersPane::exportSelected()
{
    const std::optional<CustomerProfile> &profile = m_loader->profile();
    if (!profile)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = profile->fullName;
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1's data").arg(profile->fullName),
        QDir(folder).filePath(tr("%1 - customer data.json").arg(name)), tr("JSON (*.json)"));
    if (!path.isEmpty())
        exportSelectedTo(path);
}

void CustomersPane::exportSelectedTo(const QString &jsonPath)
{
    const std::optional<CustomerProfile> &profile = m_loader->profile();
    if (!profile) {
        Q_EMIT exportFinished(tr("Select a customer first."));
        return;
    }
    const QFileInfo info(jsonPath);
    const QString csvPath = info.dir().filePath(info.completeBaseName() + QStringLiteral(".csv"));
    m_profile->showStatus(tr("Exporting %1's data…").arg(profile->fullName));
    m_store->run(
        this,
        [businessId = m_context.businessId, customerId = profile->id,
         conversations = canSeeEscalations(m_context.role), jsonPath, csvPath](QSqlDatabase &db) {
            return CustomerExport::write(db, businessId, customerId, conversations, jsonPath,
                                         csvPath);
        },
        [this, jsonPath, csvPath](const CustomerExportResult &result) {
            if (!result.error.isEmpty()) {
                m_profile->showStatus(result.error, true);
            } else {
                m_profile->showStatus(
                    tr("Exported to %1 and %2 (%n appointment(s), %3 points lines).", nullptr,
                       result.appointments)
                        .arg(QDir::toNativeSeparators(jsonPath), QFileInfo(csvPath).fileName())
                        .arg(result.ledgerLines));
            }
            Q_EMIT exportFinished(result.error);
        });
}

void CustomersPane::eraseSelected()
{
    const std::optional<CustomerProfile> &profile = m_loader->profile();
    if (!m_edits || !profile)
        return;
    auto *dialog = new EraseCustomerDialog(profile->fullName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this,
        [this, id = profile->id, name = profile->fullName, version = profile->version] {
            m_edits->submit(
                Mutations::eraseCustomer(id, version > 0 ? std::optional(version) : std::nullopt),
                this, [this, id, name](const OutboxResult &result) {
                    if (!result.ok) {
                        m_profile->showStatus(result.error, true);
                        return;
                    }
                    if (m_selectedId == id) {
                        m_selectedId.clear();
                        m_loader->clear();
                    }
                    m_profile->showMessage(
                        tr("%1's personal data was erased. Their appointments and points "
                           "stay, without a name.")
                            .arg(name));
                });
        });
    dialog->open();
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
    const bool profile = list || tables.contains(QStringLiteral("appointments"))
                         || tables.contains(QStringLiteral("loyalty_rewards"))
                         || tables.contains(QStringLiteral("ai_conversations"))
                         || tables.contains(QStringLiteral("ai_messages"));
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
