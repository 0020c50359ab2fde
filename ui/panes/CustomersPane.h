#pragma once

#include "store/BusinessContext.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace Chairside {

class CustomerListModel;
class CustomerProfileLoader;
class CustomerProfileWidget;
class StoreExecutor;

// The Customers & Loyalty pane: search-as-you-type over the customers on the left, the selected
// customer's profile and loyalty on the right.
class CustomersPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPane)

public:
    static constexpr int kSearchDelayMs = 250;

    CustomersPane(StoreExecutor *store, const BusinessContext &context, QWidget *parent = nullptr);
    ~CustomersPane() override;

    CustomerListModel *listModel() const { return m_model; }
    CustomerProfileLoader *profileLoader() const { return m_loader; }

private:
    void onCurrentChanged();
    void onListReloaded();
    void onTablesChanged(const QStringList &tables);
    void updateCount();

    StoreExecutor *m_store;
    BusinessContext m_context;
    CustomerListModel *m_model;
    CustomerProfileLoader *m_loader;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableView *m_list;
    CustomerProfileWidget *m_profile;
    QTimer m_debounce;
    QString m_selectedId; // kept across reloads of the list
    bool m_firstLoad = true;
};

} // namespace Chairside
