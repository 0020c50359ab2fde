#pragma once

#include "sync/SyncStatus.h"

#include <QDialog>

namespace Chairside {

class SyncStatusWidget;

// Shown while a new account's cache is downloaded for the first time (there is nothing to show
// in the main window yet): what is happening, the records so far and the connection.
class FirstSyncDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstSyncDialog)

public:
    explicit FirstSyncDialog(const QString &email, QWidget *parent = nullptr);
    ~FirstSyncDialog() override;

    SyncStatusWidget *statusWidget() const { return m_status; }

public Q_SLOTS:
    void setStatus(const Chairside::SyncStatus &status);

private:
    SyncStatusWidget *m_status = nullptr;
};

} // namespace Chairside
