#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

class QTabWidget;

namespace Chairside {

class BusinessSetupModel;
class DeskEdits;
class ProfilePage;
class ServicesPage;
class SetupSubmitter;
class StaffPage;
class StoreExecutor;

// The owner's business settings: one tab per page (Profile, Staff, Services here; more pages
// such as loyalty and reminder rules or the audit log are added with addPage). Every change is a
// setup mutation through DeskEdits; the server is the final word (owners only, ranges, bookings
// that a change would strand).
class BusinessPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessPane)

public:
    BusinessPane(StoreExecutor *store, const BusinessContext &context, DeskEdits *edits,
                 QWidget *parent = nullptr);
    ~BusinessPane() override;

    // Adds a page after the ones already there; the pane takes ownership.
    void addPage(QWidget *page, const QString &title);

    BusinessSetupModel *setupModel() const { return m_model; }
    SetupSubmitter *submitter() const { return m_submitter; }
    ProfilePage *profilePage() const { return m_profile; }
    StaffPage *staffPage() const { return m_staff; }
    ServicesPage *servicesPage() const { return m_services; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    BusinessContext m_context;
    BusinessSetupModel *m_model;
    SetupSubmitter *m_submitter;
    QTabWidget *m_tabs = nullptr;
    ProfilePage *m_profile = nullptr;
    StaffPage *m_staff = nullptr;
    ServicesPage *m_services = nullptr;
};

} // namespace Chairside
