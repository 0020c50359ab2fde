#include "ui/panes/BusinessPane.h"

#include "models/business/BusinessSetupModel.h"
#include "models/business/SetupSubmitter.h"
#include "ui/MutedText.h"
#include "ui/business/AuditLogPage.h"
#include "ui/business/LoyaltyRulesPage.h"
#include "ui/business/ProfilePage.h"
#include "ui/business/ReminderRulesPage.h"
#include "ui/business/ServicesPage.h"
#include "ui/business/StaffPage.h"

#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Chairside {

BusinessPane::BusinessPane(StoreExecutor *store, const BusinessContext &context, DeskEdits *edits,
                           QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new BusinessSetupModel(store, context.businessId, this))
    , m_submitter(new SetupSubmitter(store, edits, context.timeZone, this))
{
    // Decisions (bookings a change would strand) are the owner's, asked in a message box.
    m_submitter->setConfirm([guard = QPointer<QWidget>(this)](const QString &question) {
        if (!guard)
            return false;
        QMessageBox box(QMessageBox::Question, tr("Upcoming appointments"), question,
                        QMessageBox::NoButton, guard);
        QPushButton *keep = box.addButton(tr("Save anyway"), QMessageBox::AcceptRole);
        QPushButton *dont = box.addButton(tr("Don't save"), QMessageBox::RejectRole);
        box.setDefaultButton(dont); // keeping the bookings safe is the default
        box.exec();
        return box.clickedButton() == static_cast<QAbstractButton *>(keep);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    auto *title = new QLabel(tr("Business settings"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("How %1 runs: the profile, who works when, what is offered at what price, how loyalty "
           "earns and which reminders clients get. Changes are checked by the server and recorded "
           "in the audit log.")
            .arg(context.businessName),
        this);
    subtitle->setWordWrap(true);
    keepMuted(subtitle);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("businessTabs"));
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(4);
    layout->addWidget(m_tabs, 1);

    m_profile = new ProfilePage(m_model, m_submitter, context, m_tabs);
    m_profile->setObjectName(QStringLiteral("profilePage"));
    m_staff = new StaffPage(m_model, m_submitter, context, m_tabs);
    m_staff->setObjectName(QStringLiteral("staffPage"));
    m_services = new ServicesPage(m_model, m_submitter, context, m_tabs);
    m_services->setObjectName(QStringLiteral("servicesPage"));
    m_tabs->addTab(m_profile, tr("Profile"));
    m_tabs->addTab(m_staff, tr("Staff"));
    m_tabs->addTab(m_services, tr("Services"));
    auto *loyalty = new LoyaltyRulesPage(store, context, edits);
    loyalty->setObjectName(QStringLiteral("loyaltyRulesPage"));
    addPage(loyalty, tr("Loyalty"));
    auto *reminders = new ReminderRulesPage(store, context, edits);
    reminders->setObjectName(QStringLiteral("reminderRulesPage"));
    addPage(reminders, tr("Reminders"));
    auto *audit = new AuditLogPage(store, context, edits);
    audit->setObjectName(QStringLiteral("auditLogPage"));
    addPage(audit, tr("Audit log"));

    connect(
        m_submitter, &SetupSubmitter::serverRefused, this,
        [this](const QString &summary, const QString &reason) {
            QMessageBox::warning(
                this, tr("The server refused a change"),
                tr("%1: %2\n\nThe change was taken back on this computer.").arg(summary, reason));
        });
    m_model->reload();
}

BusinessPane::~BusinessPane() = default;

void BusinessPane::addPage(QWidget *page, const QString &title)
{
    page->setParent(m_tabs);
    m_tabs->addTab(page, title);
}

} // namespace Chairside
