#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/AuditLogRepository.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Chairside {

class AuditLogModel;
class DeskEdits;
class StoreExecutor;

// Owners: who did what, when, to which record, newest first, filtered by person, area and date
// (the business's days); the filtered lines export as CSV. The lines come from the cache
// (synced for owners, docs/business-audit.md), read in windows as the list scrolls.
class AuditLogPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    AuditLogPage(StoreExecutor *store, const BusinessContext &context, DeskEdits *edits,
                 QWidget *parent = nullptr);
    ~AuditLogPage() override;

    AuditLogModel *model() const { return m_model; }
    AuditFilter currentFilter() const;
    // Writes the filtered lines to `path` (what the Export button does after asking where).
    void exportTo(const QString &path);

Q_SIGNALS:
    void filtersReady();
    void exported(qint64 rows, const QString &error);

private:
    void loadChoices();
    void applyFilter();
    void chooseExportFile();

    StoreExecutor *m_store;
    BusinessContext m_context;
    AuditLogModel *m_model;
    QComboBox *m_person = nullptr;
    QComboBox *m_area = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    bool m_ready = false;
};

} // namespace Chairside
