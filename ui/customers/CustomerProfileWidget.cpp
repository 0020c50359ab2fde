#include "ui/customers/CustomerProfileWidget.h"

#include "core/Loyalty.h"
#include "core/PhoneNumber.h"
#include "models/appointments/AppointmentPresentation.h"
#include "models/customers/CustomerAppointmentsModel.h"
#include "models/customers/CustomerConversationsModel.h"
#include "models/customers/CustomerProfileLoader.h"
#include "models/customers/LoyaltyLedgerModel.h"
#include "ui/CardFrame.h"
#include "ui/DarkPalette.h"
#include "ui/EmptyViewNote.h"
#include "ui/MutedText.h"
#include "ui/ReadableTextDelegate.h"
#include "ui/StatusText.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Chairside {

namespace AP = AppointmentPresentation;

namespace {

QLabel *chip(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setConsent(QLabel *label, bool allowed, const QString &channel)
{
    // The mark and the words carry the meaning; the colour only repeats it.
    label->setText((allowed ? QStringLiteral("✓ ") : QStringLiteral("✕ ")) + channel);
    label->setToolTip(allowed
                          ? CustomerProfileWidget::tr("%1 reminders: allowed").arg(channel)
                          : CustomerProfileWidget::tr("%1 reminders: not allowed").arg(channel));
    label->setAccessibleName(label->toolTip());
    label->setStyleSheet(allowed ? QStringLiteral("QLabel { background: #e3f4e7; color: #1e6b34;"
                                                  " border: 1px solid #b9e0c3; border-radius: 10px;"
                                                  " padding: 2px 10px; }")
                                 : QStringLiteral("QLabel { background: #f1f3f4; color: #5f666d;"
                                                  " border: 1px solid #dadce0; border-radius: 10px;"
                                                  " padding: 2px 10px; }"));
}

// A small figure with its caption, as on a dashboard card.
QLabel *statCard(QGridLayout *grid, int column, const QString &caption, const QString &objectName,
                 QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(QStringLiteral("statCard"));
    styleAsCard(card, [](const QPalette &palette) {
        return QStringLiteral("QLabel[role=\"caption\"] { color: %1; }")
            .arg(cardCaptionColour(palette));
    });
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    auto *value = new QLabel(card);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    value->setFont(big);
    auto *label = new QLabel(caption, card);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->setProperty("role", QStringLiteral("caption")); // muted by the card's sheet
    label->setWordWrap(true); // longer languages wrap rather than widen the profile
    layout->addWidget(value);
    layout->addWidget(label);
    grid->addWidget(card, 0, column);
    value->setAccessibleName(caption);
    return value;
}

QLabel *noteBox(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(style);
    return label;
}

} // namespace

CustomerProfileWidget::CustomerProfileWidget(CustomerProfileLoader *loader,
                                             const BusinessContext &context, QWidget *parent)
    : QWidget(parent)
    , m_loader(loader)
    , m_context(context)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("customerProfile"));
    setAccessibleName(tr("Customer profile"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    keepMuted(m_message);
    m_stack->addWidget(m_message);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(20, 12, 16, 12);
    layout->setSpacing(12);

    // Who: name, tier, contact, consent.
    auto *nameRow = new QHBoxLayout;
    m_name = new QLabel(page);
    m_name->setObjectName(QStringLiteral("customerProfileName"));
    m_name->setTextFormat(Qt::PlainText);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_tierBadge = new QLabel(page);
    m_tierBadge->setObjectName(QStringLiteral("customerTierBadge"));
    m_tierBadge->setTextFormat(Qt::PlainText);
    m_tierBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #7a5600; border: 1px solid #f0d48a;"
                       " border-radius: 10px; padding: 2px 10px; font-weight: bold; }"));
    nameRow->addWidget(m_name);
    nameRow->addSpacing(8);
    nameRow->addWidget(m_tierBadge);
    nameRow->addStretch(1);
    const auto button = [page](const QString &text, const QString &objectName, const QString &tip) {
        auto *b = new QPushButton(text, page);
        b->setObjectName(objectName);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_edit = button(tr("&Edit…"), QStringLiteral("customerEditButton"),
                    tr("Change the customer's details, consent and notes"));
    m_export = button(tr("E&xport data…"), QStringLiteral("customerExportButton"),
                      tr("Save everything held about this customer as JSON and CSV"));
    m_erase = button(tr("Erase…"), QStringLiteral("customerEraseButton"),
                     tr("Erase this customer's personal data (cannot be undone)"));
    m_merge = button(tr("&Merge…"), QStringLiteral("customerMergeButton"), QString());
    layout->addLayout(nameRow);
    // The actions on a row of their own: beside a long name they pushed the profile wider than
    // its half of the pane (Erase… was cut off at 1440 px).
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_edit);
    actionRow->addWidget(m_merge);
    actionRow->addWidget(m_export);
    actionRow->addStretch(1);
    actionRow->addWidget(m_erase);

    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("customerActionStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_contact = new QLabel(page);
    m_contact->setObjectName(QStringLiteral("customerContact"));
    m_contact->setTextFormat(Qt::PlainText);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    keepMuted(m_contact);
    layout->addWidget(m_contact);
    layout->addLayout(actionRow);

    auto *consentRow = new QHBoxLayout;
    consentRow->setSpacing(6);
    auto *consentLabel = new QLabel(tr("Reminders:"), page);
    m_consentWhatsApp = chip(page, QStringLiteral("customerConsentWhatsApp"));
    m_consentSms = chip(page, QStringLiteral("customerConsentSms"));
    m_consentEmail = chip(page, QStringLiteral("customerConsentEmail"));
    consentRow->addWidget(consentLabel);
    consentRow->addWidget(m_consentWhatsApp);
    consentRow->addWidget(m_consentSms);
    consentRow->addWidget(m_consentEmail);
    consentRow->addStretch(1);
    layout->addLayout(consentRow);

    m_allergies = noteBox(QStringLiteral("customerAllergies"),
                          QStringLiteral("QLabel { background: #fdecea; color: #8a1c12;"
                                         " border: 1px solid #f3b8b1; border-radius: 6px;"
                                         " padding: 8px 10px; }"),
                          page);
    m_allergies->setAccessibleName(tr("Allergy notes"));
    m_notes = noteBox(QStringLiteral("customerNotes"),
                      QStringLiteral("QLabel { background: #f6f7f9; color: #2f353b;"
                                     " border: 1px solid #e1e4e8; border-radius: 6px;"
                                     " padding: 8px 10px; }"),
                      page);
    m_notes->setAccessibleName(tr("Notes"));
    layout->addWidget(m_allergies);
    layout->addWidget(m_notes);

    // How they have been as a client.
    auto *stats = new QGridLayout;
    stats->setHorizontalSpacing(10);
    m_visits = statCard(stats, 0, tr("Visits"), QStringLiteral("customerVisits"), page);
    m_noShows = statCard(stats, 1, tr("No-shows"), QStringLiteral("customerNoShows"), page);
    m_lateCancels =
        statCard(stats, 2, tr("Late cancels"), QStringLiteral("customerLateCancels"), page);
    m_spend = statCard(stats, 3, tr("Total spend"), QStringLiteral("customerTotalSpend"), page);
    m_lastVisit = statCard(stats, 4, tr("Last visit"), QStringLiteral("customerLastVisit"), page);
    m_lateCancels->parentWidget()->setToolTip(
        tr("Cancelled less than 24 hours before the appointment"));
    layout->addLayout(stats);

    // Loyalty.
    auto *loyalty = new QFrame(page);
    loyalty->setObjectName(QStringLiteral("customerLoyalty"));
    m_loyaltyCard = loyalty;
    auto *loyaltyLayout = new QGridLayout(loyalty);
    loyaltyLayout->setContentsMargins(14, 10, 14, 10);
    loyaltyLayout->setHorizontalSpacing(16);
    loyaltyLayout->setVerticalSpacing(6);
    auto *loyaltyTitle = new QLabel(tr("Loyalty"), loyalty);
    QFont titleFont = loyaltyTitle->font();
    titleFont.setBold(true);
    loyaltyTitle->setFont(titleFont);
    m_balance = new QLabel(loyalty);
    m_balance->setObjectName(QStringLiteral("customerPointsBalance"));
    m_balance->setAccessibleName(tr("Points balance"));
    m_balance->setTextFormat(Qt::PlainText);
    QFont balanceFont = m_balance->font();
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.6);
    balanceFont.setBold(true);
    m_balance->setFont(balanceFont);
    m_lifetime = new QLabel(loyalty);
    m_lifetime->setObjectName(QStringLiteral("customerLifetimePoints"));
    m_lifetime->setTextFormat(Qt::PlainText);
    m_tier = new QLabel(loyalty);
    m_tier->setObjectName(QStringLiteral("customerTier"));
    m_tier->setTextFormat(Qt::PlainText);
    m_tierProgress = new QProgressBar(loyalty);
    m_tierProgress->setObjectName(QStringLiteral("customerTierProgress"));
    m_tierProgress->setAccessibleName(tr("Progress to the next tier"));
    m_tierProgress->setRange(0, 100);
    m_tierProgress->setTextVisible(false);
    m_tierProgress->setMaximumHeight(10);
    m_nextTier = new QLabel(loyalty);
    m_nextTier->setObjectName(QStringLiteral("customerNextTier"));
    m_nextTier->setTextFormat(Qt::PlainText);
    m_nextTier->setWordWrap(true);
    keepMuted(m_nextTier);
    m_referral = new QLabel(loyalty);
    m_referral->setObjectName(QStringLiteral("customerReferralCode"));
    m_referral->setAccessibleName(tr("Referral code"));
    m_referral->setTextFormat(Qt::PlainText);
    m_referral->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_referral->setToolTip(tr("The customer's code for referring friends"));

    loyaltyLayout->addWidget(loyaltyTitle, 0, 0);
    loyaltyLayout->addWidget(m_balance, 1, 0);
    loyaltyLayout->addWidget(m_lifetime, 2, 0);
    loyaltyLayout->addWidget(m_tier, 0, 1);
    loyaltyLayout->addWidget(m_tierProgress, 1, 1);
    loyaltyLayout->addWidget(m_nextTier, 2, 1);
    loyaltyLayout->addWidget(m_referral, 0, 2, 1, 1, Qt::AlignRight);
    m_expiry = new QLabel(loyalty);
    m_expiry->setObjectName(QStringLiteral("customerPointsExpiry"));
    m_expiry->setTextFormat(Qt::PlainText);
    keepMuted(m_expiry);
    m_perks = new QLabel(loyalty);
    m_perks->setObjectName(QStringLiteral("customerTierPerks"));
    m_perks->setTextFormat(Qt::PlainText);
    m_perks->setWordWrap(true);
    loyaltyLayout->addWidget(m_perks, 3, 0, 1, 3);
    loyaltyLayout->addWidget(m_expiry, 4, 0, 1, 3);
    m_award = button(tr("&Award points…"), QStringLiteral("customerAwardButton"),
                     tr("Give points with a reason"));
    m_redeem = button(tr("&Redeem reward…"), QStringLiteral("customerRedeemButton"),
                      tr("Take a reward from the catalogue for points"));
    m_adjust = button(tr("Ad&just…"), QStringLiteral("customerAdjustButton"), QString());
    auto *actions = new QHBoxLayout;
    // A layout in a grid whose two spacings differ inherits none: the buttons touched.
    actions->setSpacing(6);
    actions->addWidget(m_award);
    actions->addWidget(m_redeem);
    actions->addWidget(m_adjust);
    actions->addStretch(1);
    loyaltyLayout->addLayout(actions, 5, 0, 1, 3);
    loyaltyLayout->setColumnStretch(1, 1);
    layout->addWidget(loyalty);

    // Appointments and points history.
    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("customerHistoryTabs"));
    m_tabs->setDocumentMode(true);
    QTableView *upcoming =
        makeTable(QStringLiteral("customerUpcoming"), tr("Upcoming appointments"));
    upcoming->setModel(loader->upcomingModel());
    new EmptyViewNote(upcoming, tr("No upcoming appointments."));
    QTableView *history = makeTable(QStringLiteral("customerHistory"), tr("Recent appointments"));
    history->setModel(loader->historyModel());
    new EmptyViewNote(history, tr("No appointments yet."));
    for (QTableView *table : {upcoming, history}) {
        QHeaderView *header = table->horizontalHeader();
        header->setSectionResizeMode(CustomerAppointmentsModel::ServiceColumn,
                                     QHeaderView::Stretch);
        header->resizeSection(CustomerAppointmentsModel::WhenColumn, 170);
        header->resizeSection(CustomerAppointmentsModel::StaffColumn, 140);
        header->resizeSection(CustomerAppointmentsModel::StatusColumn, 110);
        header->resizeSection(CustomerAppointmentsModel::PriceColumn, 100);
    }
    QTableView *ledger = makeTable(QStringLiteral("customerLedger"), tr("Points ledger"));
    ledger->setModel(loader->ledgerModel());
    new EmptyViewNote(ledger, tr("No points earned or spent yet."));
    ledger->horizontalHeader()->setSectionResizeMode(LoyaltyLedgerModel::ReasonColumn,
                                                     QHeaderView::Stretch);
    ledger->horizontalHeader()->resizeSection(LoyaltyLedgerModel::DateColumn, 120);
    ledger->horizontalHeader()->resizeSection(LoyaltyLedgerModel::KindColumn, 110);
    ledger->horizontalHeader()->resizeSection(LoyaltyLedgerModel::PointsColumn, 90);
    ledger->horizontalHeader()->resizeSection(LoyaltyLedgerModel::ByColumn, 130);
    m_tabs->addTab(upcoming, tr("Upcoming"));
    m_tabs->addTab(history, tr("History"));
    m_tabs->addTab(ledger, tr("Points"));
    QTableView *conversations =
        makeTable(QStringLiteral("customerConversations"), tr("AI conversations"));
    conversations->setModel(loader->conversationsModel());
    new EmptyViewNote(conversations, tr("No conversations with the assistant yet."));
    conversations->horizontalHeader()->setSectionResizeMode(
        CustomerConversationsModel::LastMessageColumn, QHeaderView::Stretch);
    conversations->horizontalHeader()->resizeSection(CustomerConversationsModel::WhenColumn, 170);
    conversations->horizontalHeader()->resizeSection(CustomerConversationsModel::StatusColumn, 170);
    m_tabs->addTab(conversations, tr("Conversations"));
    m_tabs->setTabVisible(3, false);
    m_tabs->setMinimumHeight(260);
    layout->addWidget(m_tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, &CustomerProfileWidget::editRequested);
    connect(m_award, &QPushButton::clicked, this, &CustomerProfileWidget::awardRequested);
    connect(m_redeem, &QPushButton::clicked, this, &CustomerProfileWidget::redeemRequested);
    connect(m_adjust, &QPushButton::clicked, this, &CustomerProfileWidget::adjustRequested);
    connect(m_export, &QPushButton::clicked, this, &CustomerProfileWidget::exportRequested);
    connect(m_erase, &QPushButton::clicked, this, &CustomerProfileWidget::eraseRequested);
    connect(m_merge, &QPushButton::clicked, this, &CustomerProfileWidget::mergeRequested);
    setActionsAllowed(false);
    connect(loader, &CustomerProfileLoader::profileLoaded, this,
            &CustomerProfileWidget::showProfile);
    connect(loader, &CustomerProfileLoader::profileMissing, this,
            [this] { showMessage(tr("This customer is no longer in the list.")); });
    connect(loader, &CustomerProfileLoader::loadFailed, this, &CustomerProfileWidget::showMessage);
    applyThemeColours();
    showMessage(tr("Select a customer to see their profile."));
}

CustomerProfileWidget::~CustomerProfileWidget() = default;

QTableView *CustomerProfileWidget::makeTable(const QString &objectName,
                                             const QString &accessibleName)
{
    auto *table = new QTableView(this);
    table->setObjectName(objectName);
    table->setItemDelegate(new ReadableTextDelegate(table)); // the ledger's green and red
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setFrameShape(QFrame::NoFrame);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

void CustomerProfileWidget::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void CustomerProfileWidget::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_statusIsError = error;
    m_status->setStyleSheet(error ? errorTextStyle(palette()) : successTextStyle(palette()));
    m_status->setVisible(!text.isEmpty());
}

void CustomerProfileWidget::setActionsAllowed(bool editable)
{
    m_editable = editable;
    // The server decides in the end; these only avoid offering what it would refuse.
    const StaffRole role = m_context.role;
    m_edit->setVisible(editable);
    m_award->setVisible(editable);
    m_redeem->setVisible(editable);
    // Adjusting and merging are shown to everyone who edits, and say why when not theirs to do.
    const bool owner = role == StaffRole::Owner;
    m_adjust->setVisible(editable);
    m_adjust->setEnabled(owner);
    m_adjust->setToolTip(owner ? tr("Correct the balance by hand")
                               : tr("Only the owner can correct a balance by hand"));
    const bool canMerge = role != StaffRole::Staff;
    m_merge->setVisible(editable);
    m_merge->setEnabled(canMerge);
    m_merge->setToolTip(canMerge
                            ? tr("Merge another record of this customer into this one, or this "
                                 "one into it")
                            : tr("Only admins and owners can merge customers"));
    m_erase->setVisible(editable && role != StaffRole::Staff);
}

void CustomerProfileWidget::showProfile()
{
    const std::optional<CustomerProfile> &loaded = m_loader->profile();
    if (!loaded)
        return;
    const CustomerProfile &p = *loaded;
    const QLocale &locale = m_context.locale;

    m_name->setText(p.fullName);
    QStringList contact;
    if (!p.phone.isEmpty())
        contact.append(formatPhoneForDisplay(p.phone));
    if (!p.email.isEmpty())
        contact.append(p.email);
    if (p.createdAt > 0)
        contact.append(tr("customer since %1").arg(AP::formatDate(p.createdAt, m_context)));
    m_contact->setText(contact.join(QStringLiteral("  ·  ")));
    setConsent(m_consentWhatsApp, p.consentWhatsApp, tr("WhatsApp"));
    setConsent(m_consentSms, p.consentSms, tr("SMS"));
    setConsent(m_consentEmail, p.consentEmail, tr("E-mail"));
    m_allergies->setText(tr("⚠ Allergies: %1").arg(p.allergyNotes));
    m_allergies->setVisible(!p.allergyNotes.trimmed().isEmpty());
    m_notes->setText(p.notes);
    m_notes->setVisible(!p.notes.trimmed().isEmpty());

    m_visits->setText(locale.toString(p.visits));
    m_noShows->setText(locale.toString(p.noShows));
    m_lateCancels->setText(locale.toString(p.lateCancels));
    m_spend->setText(AP::formatPrice(p.totalSpendMinor, m_context));
    m_lastVisit->setText(p.lastVisitAt > 0 ? AP::formatDate(p.lastVisitAt, m_context)
                                           : tr("None yet"));

    m_balance->setText(tr("%1 points").arg(locale.toString(p.loyalty.balance)));
    m_lifetime->setText(tr("%1 lifetime points").arg(locale.toString(p.loyalty.lifetimePoints)));
    const qsizetype tierIndex = tierIndexFor(p.loyalty.lifetimePoints, p.tiers);
    const QString tierName = tierIndex >= 0 ? p.tiers[tierIndex].name : QString();
    m_tierBadge->setText(tierName);
    m_tierBadge->setVisible(!tierName.isEmpty());
    m_tier->setText(tierName.isEmpty() ? tr("No tier yet") : tr("Tier: %1").arg(tierName));
    const QString perks = tierIndex >= 0 ? p.tiers[tierIndex].perks.trimmed() : QString();
    m_perks->setText(perks.isEmpty() ? QString() : tr("%1 perks: %2").arg(tierName, perks));
    m_perks->setVisible(!perks.isEmpty());
    m_tierBadge->setToolTip(m_perks->text());
    const double progress = progressToNextTier(p.loyalty.lifetimePoints, p.tiers);
    m_tierProgress->setValue(int(std::lround(progress * 100)));
    const LoyaltyTier *next = nullptr;
    for (const LoyaltyTier &tier : p.tiers) {
        if (tier.thresholdPoints > p.loyalty.lifetimePoints
            && (!next || tier.thresholdPoints < next->thresholdPoints))
            next = &tier;
    }
    if (p.tiers.isEmpty()) {
        m_nextTier->setText(tr("This business has no loyalty tiers."));
    } else if (next) {
        m_nextTier->setText(
            tr("%1 more lifetime points to %2")
                .arg(locale.toString(next->thresholdPoints - p.loyalty.lifetimePoints),
                     next->name));
    } else {
        m_nextTier->setText(tr("Top tier reached"));
    }
    m_tierProgress->setToolTip(m_nextTier->text());
    m_referral->setText(p.referralCode.isEmpty() ? QString()
                                                 : tr("Referral code: %1").arg(p.referralCode));
    const int months = p.loyaltySettings.expiryMonths;
    const PointsExpiry expiry = pointsExpiry(
        p.ledgerPoints, months, QDateTime::currentSecsSinceEpoch(), m_context.timeZone);
    QStringList expiryText;
    if (months <= 0)
        expiryText.append(tr("Points do not expire."));
    if (expiry.overdue > 0)
        expiryText.append(tr("%1 points are over %2 months old and due to expire.")
                              .arg(locale.toString(expiry.overdue))
                              .arg(months));
    if (expiry.nextAt > 0)
        expiryText.append(
            tr("%1 points expire on %2.")
                .arg(locale.toString(expiry.nextPoints), AP::formatDate(expiry.nextAt, m_context)));
    m_expiry->setText(expiryText.join(u' '));
    m_expiry->setVisible(!expiryText.isEmpty());
    m_redeem->setEnabled(!p.rewards.isEmpty());
    m_redeem->setToolTip(p.rewards.isEmpty() ? tr("This business offers no rewards yet")
                                             : tr("Take a reward from the catalogue for points"));

    m_tabs->setTabText(0, tr("Upcoming (%1)").arg(p.upcoming.size()));
    m_tabs->setTabText(1, tr("History (%1%2)")
                              .arg(p.history.size())
                              .arg(p.historyHasMore ? QStringLiteral("+") : QString()));
    m_tabs->setTabText(2, tr("Points (%1%2)")
                              .arg(p.ledger.size())
                              .arg(p.ledgerHasMore ? QStringLiteral("+") : QString()));
    m_tabs->setTabVisible(3, p.conversationsShown);
    m_tabs->setTabText(3, tr("Conversations (%1)").arg(p.conversations.size()));
    // Open on what matters for this customer: their next visits, else their past ones.
    if (p.upcoming.isEmpty() && m_tabs->currentIndex() == 0 && !p.history.isEmpty())
        m_tabs->setCurrentIndex(1);
    else if (!p.upcoming.isEmpty() && m_tabs->currentIndex() == 1)
        m_tabs->setCurrentIndex(0);
    m_stack->setCurrentIndex(1);
}

void CustomerProfileWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyThemeColours();
}

void CustomerProfileWidget::applyThemeColours()
{
    // A violet tint of the surface: pale on a light desktop theme, deep on a dark one.
    const bool dark = isDarkPalette(palette());
    m_loyaltyCard->setStyleSheet(
        QStringLiteral("QFrame#customerLoyalty { background: %1;"
                       " border: 1px solid %2; border-radius: 8px; }")
            .arg(dark ? u"#2a2536" : u"#faf7ff", dark ? u"#4a3f66" : u"#e0d7f5"));
    m_erase->setStyleSheet(QStringLiteral("QPushButton { %1 }").arg(errorTextStyle(palette())));
    m_status->setStyleSheet(m_statusIsError ? errorTextStyle(palette())
                                            : successTextStyle(palette()));
}

} // namespace Chairside
