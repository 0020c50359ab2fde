#pragma once

#include "store/BusinessContext.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Chairside {

class CustomerListModel;
class CustomerProfileLoader;
class CustomerProfileWidget;
class DeskEdits;
class StoreExecutor;

// The Customers & Loyalty pane: search-as-you-type over the customers on the left, the selected
// customer's profile and loyalty on the right. With DeskEdits it also creates and edits
// customers (New customer, Ctrl+N; Edit on the profile), awards and redeems points, adjusts them
// (owners), merges duplicates (admins and owners), exports a customer's data and erases a
// customer; without, it is read-only.
class CustomersPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPane)

public:
    static constexpr int kSearchDelayMs = 250;

    CustomersPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent = nullptr);
    CustomersPane(StoreExecutor *store, const BusinessContext &context, DeskEdits *edits,
                  QWidget *parent = nullptr);
    ~CustomersPane() override;

    CustomerListModel *listModel() const { return m_model; }
    CustomerProfileLoader *profileLoader() const { return m_loader; }
    CustomerProfileWidget *profileWidget() const { return m_profile; }

    // Shows this customer's profile (after a save, or from the duplicate warning).
    void openCustomer(const QString &customerId);
    void newCustomer();
    void editSelected();
    // Opens the merge dialog for the open customer; `otherId` preselects the other record (the
    // duplicate warning's), empty lets the person search for it.
    void mergeSelected(const QString &otherId = {});
    // Writes the open customer's data to `jsonPath` and next to it as .csv, on the store
    // thread; exportFinished() tells how it went.
    void exportSelectedTo(const QString &jsonPath);

Q_SIGNALS:
    void exportFinished(const QString &error);

private:
    void loyaltyAction(int action);
    void exportSelected();
    void eraseSelected();
    void onCurrentChanged();
    void onListReloaded();
    void onTablesChanged(const QStringList &tables);
    void updateCount();

    StoreExecutor *m_store;
    DeskEdits *m_edits;
    BusinessContext m_context;
    CustomerListModel *m_model;
    CustomerProfileLoader *m_loader;
    QLineEdit *m_search;
    QLabel *m_count;
    QPushButton *m_new;
    QTableView *m_list;
    CustomerProfileWidget *m_profile;
    QTimer m_debounce;
    QString m_selectedId; // kept across reloads of the list
    bool m_firstLoad = true;
};

} // namespace Chairside
