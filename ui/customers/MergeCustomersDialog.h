#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/CustomerRepository.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Chairside {

class DeskEdits;
class StoreExecutor;

// Merges two records of one customer: the open customer and another one found by searching (or
// named by the duplicate warning). It shows what would move from the duplicate to the customer
// kept (appointments, points, conversations), lets the person choose which record to keep, and
// on Merge sends one customer.merge through DeskEdits. Lookups run on the store's thread.
class MergeCustomersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeCustomersDialog)

public:
    static constexpr int kSearchDelayMs = 250;

    // `otherId` empty: the person searches for the other record.
    MergeCustomersDialog(StoreExecutor *store, DeskEdits *edits, const BusinessContext &context,
                         const QString &currentId, const QString &otherId = {},
                         QWidget *parent = nullptr);
    ~MergeCustomersDialog() override;

    // Chooses the other record, as picking it from the search results does.
    void chooseOther(const QString &customerId);
    // Keep the open customer (true, the default) or the other record.
    void keepCurrent(bool current);
    // Merge, as the button does (the dialog closes once the merge has been applied).
    void merge();

Q_SIGNALS:
    // The merge was applied: `keptId` is the customer that stays.
    void merged(const QString &keptId, const QString &keptName, const QString &mergedName);

private:
    void search();
    void loadSides();
    void updatePreview();
    const std::optional<CustomerMergeSide> &kept() const;
    const std::optional<CustomerMergeSide> &duplicate() const;

    StoreExecutor *m_store;
    DeskEdits *m_edits;
    BusinessContext m_context;
    QString m_currentId;
    QString m_otherId;
    std::optional<CustomerMergeSide> m_current;
    std::optional<CustomerMergeSide> m_other;
    QLineEdit *m_search;
    QListWidget *m_results;
    QRadioButton *m_keepCurrent;
    QRadioButton *m_keepOther;
    QLabel *m_preview;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QPushButton *m_merge;
    QTimer m_debounce;
    quint64 m_searchGeneration = 0;
    quint64 m_sidesGeneration = 0;
    bool m_busy = false;
};

} // namespace Chairside
