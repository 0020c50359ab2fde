#pragma once

#include "store/BusinessContext.h"

#include <QWidget>

class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Chairside {

class CustomerProfileLoader;

// The right side of the Customers & Loyalty pane: who the customer is, how to reach them and
// what they agreed to, what to watch for (allergies), how they have been as a client, their
// loyalty standing and their appointments and points history.
class CustomerProfileWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerProfileWidget)

public:
    CustomerProfileWidget(CustomerProfileLoader *loader, const BusinessContext &context,
                          QWidget *parent = nullptr);
    ~CustomerProfileWidget() override;

    // Shows a sentence instead of a profile (nothing selected, not found, an error).
    void showMessage(const QString &text);
    // A one-line result of the last action on this profile ("50 points awarded"), or an error.
    void showStatus(const QString &text, bool error = false);
    // Which actions the buttons offer: editing at all (a desk with DeskEdits), and the role.
    void setActionsAllowed(bool editable);

Q_SIGNALS:
    void editRequested();
    void awardRequested();
    void redeemRequested();
    void adjustRequested();
    void exportRequested();
    void eraseRequested();
    void mergeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showProfile();
    // The colours chosen for the palette (a light or a dark desktop theme), again when it
    // changes: the loyalty card's tint, muted, error and success words.
    void applyThemeColours();
    QTableView *makeTable(const QString &objectName, const QString &accessibleName);

    CustomerProfileLoader *m_loader;
    BusinessContext m_context;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QLabel *m_name;
    QLabel *m_tierBadge;
    QLabel *m_contact;
    QLabel *m_consentWhatsApp;
    QLabel *m_consentSms;
    QLabel *m_consentEmail;
    QLabel *m_allergies;
    QLabel *m_notes;
    QLabel *m_visits;
    QLabel *m_noShows;
    QLabel *m_lateCancels;
    QLabel *m_spend;
    QLabel *m_lastVisit;
    QLabel *m_balance;
    QLabel *m_lifetime;
    QLabel *m_tier;
    QProgressBar *m_tierProgress;
    QLabel *m_nextTier;
    QLabel *m_referral;
    QLabel *m_perks;
    QLabel *m_expiry;
    QLabel *m_status;
    bool m_statusIsError = false;
    QFrame *m_loyaltyCard;
    QPushButton *m_edit;
    QPushButton *m_award;
    QPushButton *m_redeem;
    QPushButton *m_adjust;
    QPushButton *m_export;
    QPushButton *m_erase;
    QPushButton *m_merge;
    bool m_editable = false;
    QTabWidget *m_tabs;
};

} // namespace Chairside
