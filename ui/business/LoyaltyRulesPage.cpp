#include "ui/business/LoyaltyRulesPage.h"

#include "core/Money.h"
#include "core/business/RulesChecks.h"
#include "models/business/EditOutcomes.h"
#include "models/business/SubmitPlan.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "ui/business/RulesSaveBar.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace Chairside {

LoyaltyRulesPage::LoyaltyRulesPage(StoreExecutor *store, const BusinessContext &context,
                                   DeskEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_edits(edits)
    , m_outcomes(new EditOutcomes(store, this))
    , m_minorDigits(minorDigits(context.currency))
{
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    // Earning.
    auto *earning = new QGroupBox(tr("Earning points"), content);
    auto *form = new QFormLayout(earning);
    m_spendPerPoint = new QDoubleSpinBox(earning);
    m_spendPerPoint->setObjectName(QStringLiteral("spendPerPoint"));
    m_spendPerPoint->setDecimals(m_minorDigits);
    const double unit = std::pow(10.0, m_minorDigits);
    m_spendPerPoint->setRange(1.0 / unit, double(RulesChecks::kMaxMinorPerPoint) / unit);
    m_spendPerPoint->setPrefix(m_context.currency + QLatin1Char(' '));
    m_spendPerPoint->setToolTip(tr("Clients earn one point for every this much they spend."));
    form->addRow(tr("One point for every"), m_spendPerPoint);
    m_expiry = new QSpinBox(earning);
    m_expiry->setObjectName(QStringLiteral("expiryMonths"));
    m_expiry->setRange(0, RulesChecks::kMaxExpiryMonths);
    m_expiry->setSuffix(tr(" months"));
    m_expiry->setSpecialValueText(tr("Never"));
    form->addRow(tr("Points expire after"), m_expiry);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_spendPerPoint->setMinimumWidth(160);
    m_expiry->setMinimumWidth(160);
    layout->addWidget(earning);

    // Tiers.
    auto *tiers = new QGroupBox(tr("Tiers"), content);
    auto *tierGrid = new QGridLayout(tiers);
    tierGrid->addWidget(new QLabel(tr("Name"), tiers), 0, 1);
    tierGrid->addWidget(new QLabel(tr("Points needed"), tiers), 0, 2);
    tierGrid->addWidget(new QLabel(tr("Perks"), tiers), 0, 3);
    for (int i = 0; i < RulesChecks::kTierCount; ++i) {
        TierRow &row = m_tiers[i];
        const int rank = i + 1;
        tierGrid->addWidget(new QLabel(tr("Tier %1").arg(rank), tiers), rank, 0);
        row.name = new QLineEdit(tiers);
        row.name->setObjectName(QStringLiteral("tierName%1").arg(rank));
        row.name->setMaxLength(RulesChecks::kMaxTierNameLength);
        row.name->setPlaceholderText(tr("Not used"));
        row.threshold = new QSpinBox(tiers);
        row.threshold->setObjectName(QStringLiteral("tierThreshold%1").arg(rank));
        row.threshold->setRange(0, int(RulesChecks::kMaxThresholdPoints));
        row.threshold->setGroupSeparatorShown(true);
        row.threshold->setAccessibleName(tr("Points needed for tier %1").arg(rank));
        row.perks = new QLineEdit(tiers);
        row.perks->setObjectName(QStringLiteral("tierPerks%1").arg(rank));
        row.perks->setMaxLength(RulesChecks::kMaxPerksLength);
        tierGrid->addWidget(row.name, rank, 1);
        tierGrid->addWidget(row.threshold, rank, 2);
        tierGrid->addWidget(row.perks, rank, 3);
    }
    tierGrid->setColumnStretch(1, 1);
    tierGrid->setColumnStretch(3, 3);
    layout->addWidget(tiers);

    // Rewards.
    auto *rewards = new QGroupBox(tr("Rewards catalogue"), content);
    auto *rewardsLayout = new QVBoxLayout(rewards);
    m_rewardBox = new QWidget(rewards);
    m_rewardGrid = new QGridLayout(m_rewardBox);
    m_rewardGrid->setContentsMargins(0, 0, 0, 0);
    m_rewardGrid->addWidget(new QLabel(tr("Reward"), m_rewardBox), 0, 0);
    m_rewardGrid->addWidget(new QLabel(tr("Cost in points"), m_rewardBox), 0, 1);
    m_rewardGrid->addWidget(new QLabel(tr("Offered"), m_rewardBox), 0, 2);
    m_rewardGrid->setColumnStretch(0, 1);
    rewardsLayout->addWidget(m_rewardBox);
    auto *add = new QPushButton(tr("Add a reward"), rewards);
    add->setObjectName(QStringLiteral("addReward"));
    connect(add, &QPushButton::clicked, this, &LoyaltyRulesPage::addReward);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(add);
    addRow->addStretch(1);
    rewardsLayout->addLayout(addRow);
    layout->addWidget(rewards);
    layout->addStretch(1);

    scroll->setWidget(content);
    outer->addWidget(scroll, 1);
    m_bar = new RulesSaveBar(this);
    outer->addWidget(m_bar);

    const auto changed = [this] {
        updateState();
    };
    connect(m_spendPerPoint, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_expiry, &QSpinBox::valueChanged, this, changed);
    for (TierRow &row : m_tiers) {
        connect(row.name, &QLineEdit::textChanged, this, changed);
        connect(row.threshold, &QSpinBox::valueChanged, this, changed);
        connect(row.perks, &QLineEdit::textChanged, this, changed);
    }
    connect(m_bar, &RulesSaveBar::saveRequested, this, &LoyaltyRulesPage::save);
    connect(m_bar, &RulesSaveBar::discardRequested, this, [this] {
        m_holdSubmitted = false;
        fill(loyaltyDraftFrom(m_saved));
        m_bar->showMessage({}, false);
    });
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        for (const char *t : {"businesses", "loyalty_tiers", "loyalty_rewards"}) {
            if (tables.contains(QLatin1String(t))) {
                load();
                return;
            }
        }
    });
    connect(m_outcomes, &EditOutcomes::refused, this,
            [this](const QString &what, const QString &reason) {
                // The desk took the edit back; the owner's values come back onto the page.
                if (m_submitted) {
                    m_holdSubmitted = true;
                    fill(*m_submitted);
                }
                m_bar->showMessage(tr("The server did not accept \u201c%1\u201d: %2 Your changes "
                                      "are still here; correct them and save again.")
                                       .arg(what, reason),
                                   true);
                Q_EMIT refused(reason);
            });
    connect(m_outcomes, &EditOutcomes::allAnswered, this, [this] {
        if (m_bar->message() == tr("Saved; the server will confirm it shortly."))
            m_bar->showMessage(tr("Saved."), false);
    });

    if (m_context.role != StaffRole::Owner) {
        content->setEnabled(false);
        m_bar->setEnabled(false);
        m_bar->showMessage(tr("Only an owner can change the loyalty rules."), true);
    }
    load();
}

LoyaltyRulesPage::~LoyaltyRulesPage() = default;

void LoyaltyRulesPage::load()
{
    m_store->run(
        this,
        [business = m_context.businessId](QSqlDatabase &db) {
            return RulesRepository(db).loyalty(business);
        },
        [this](LoyaltyRuleSet settings) {
            if (settings.error) {
                m_bar->showMessage(settings.error->message, true);
                return;
            }
            // Unsaved work stays on the page (a refused save included); after a save the page
            // shows the saved rows again, with the ids of what it created.
            const bool keep = m_loadedOnce && !m_refill && (m_holdSubmitted || hasUnsavedChanges());
            m_refill = false;
            m_saved = std::move(settings);
            if (!keep)
                fill(loyaltyDraftFrom(m_saved));
            m_loadedOnce = true;
            updateState();
            Q_EMIT loaded();
        });
}

LoyaltyRulesPage::RewardRow &LoyaltyRulesPage::appendRewardRow(const LoyaltyDraft::Reward &reward)
{
    const int line = int(m_rewards.size()) + 1;
    RewardRow row;
    row.id = reward.id;
    row.name = new QLineEdit(reward.name, m_rewardBox);
    row.name->setObjectName(QStringLiteral("rewardName%1").arg(line));
    row.name->setMaxLength(RulesChecks::kMaxRewardNameLength);
    row.name->setPlaceholderText(tr("What the client gets"));
    row.name->setAccessibleName(tr("Name of reward %1").arg(line));
    row.cost = new QSpinBox(m_rewardBox);
    row.cost->setObjectName(QStringLiteral("rewardCost%1").arg(line));
    row.cost->setRange(0, int(RulesChecks::kMaxRewardCost));
    row.cost->setGroupSeparatorShown(true);
    row.cost->setValue(int(reward.costPoints));
    row.cost->setAccessibleName(tr("Cost in points of reward %1").arg(line));
    row.active = new QCheckBox(m_rewardBox);
    row.active->setObjectName(QStringLiteral("rewardActive%1").arg(line));
    row.active->setChecked(reward.active);
    row.active->setAccessibleName(tr("Reward %1 is offered").arg(line));
    m_rewardGrid->addWidget(row.name, line, 0);
    m_rewardGrid->addWidget(row.cost, line, 1);
    m_rewardGrid->addWidget(row.active, line, 2, Qt::AlignCenter);
    const auto changed = [this] {
        updateState();
    };
    connect(row.name, &QLineEdit::textChanged, this, changed);
    connect(row.cost, &QSpinBox::valueChanged, this, changed);
    connect(row.active, &QCheckBox::toggled, this, changed);
    m_rewards.append(row);
    return m_rewards.last();
}

void LoyaltyRulesPage::addReward()
{
    RewardRow &row = appendRewardRow({{}, {}, 0, true});
    row.name->setFocus();
    updateState();
}

void LoyaltyRulesPage::fill(const LoyaltyDraft &draft)
{
    const QSignalBlocker spend(m_spendPerPoint);
    const QSignalBlocker expiry(m_expiry);
    m_spendPerPoint->setValue(double(draft.minorPerPoint) / std::pow(10.0, m_minorDigits));
    m_expiry->setValue(draft.expiryMonths);
    for (int i = 0; i < RulesChecks::kTierCount; ++i) {
        TierRow &row = m_tiers[i];
        const LoyaltyDraft::Tier &tier = draft.tiers[i];
        const QSignalBlocker a(row.name);
        const QSignalBlocker b(row.threshold);
        const QSignalBlocker c(row.perks);
        row.id = tier.id;
        row.name->setText(tier.name);
        row.threshold->setValue(int(tier.thresholdPoints));
        row.perks->setText(tier.perks);
    }
    for (const RewardRow &row : std::as_const(m_rewards)) {
        delete row.name;
        delete row.cost;
        delete row.active;
    }
    m_rewards.clear();
    for (const LoyaltyDraft::Reward &reward : draft.rewards) {
        RewardRow &row = appendRewardRow(reward);
        Q_UNUSED(row)
    }
    updateState();
}

qint64 LoyaltyRulesPage::minorFromSpin() const
{
    return qint64(std::llround(m_spendPerPoint->value() * std::pow(10.0, m_minorDigits)));
}

LoyaltyDraft LoyaltyRulesPage::draft() const
{
    LoyaltyDraft d;
    d.minorPerPoint = minorFromSpin();
    d.expiryMonths = m_expiry->value();
    for (int i = 0; i < RulesChecks::kTierCount; ++i) {
        const TierRow &row = m_tiers[i];
        d.tiers[i] = {row.id, row.name->text().trimmed(), row.threshold->value(),
                      row.perks->text().trimmed()};
    }
    for (const RewardRow &row : m_rewards) {
        if (row.id.isEmpty() && row.name->text().trimmed().isEmpty() && row.cost->value() == 0)
            continue; // an untouched new line is not a change
        d.rewards.append(
            {row.id, row.name->text().trimmed(), row.cost->value(), row.active->isChecked()});
    }
    return d;
}

bool LoyaltyRulesPage::hasUnsavedChanges() const
{
    return draft() != loyaltyDraftFrom(m_saved);
}

QString LoyaltyRulesPage::message() const
{
    return m_bar->message();
}

void LoyaltyRulesPage::updateState()
{
    m_bar->setDirty(m_loadedOnce && hasUnsavedChanges());
    m_bar->setBusy(m_saving);
}

void LoyaltyRulesPage::save()
{
    if (m_saving || !m_loadedOnce)
        return;
    // New tiers and rewards get their ids now, so a save that is refused and made again
    // never creates the same row twice.
    for (TierRow &row : m_tiers) {
        if (row.id.isEmpty() && !row.name->text().trimmed().isEmpty())
            row.id = Mutations::newId();
    }
    for (RewardRow &row : m_rewards) {
        if (row.id.isEmpty() && (!row.name->text().trimmed().isEmpty() || row.cost->value() > 0))
            row.id = Mutations::newId();
    }
    const PlannedEdits plan = planLoyaltyEdits(m_saved, draft());
    if (!plan.error.isEmpty()) {
        m_bar->showMessage(plan.error, true);
        Q_EMIT refused(plan.error);
        return;
    }
    if (plan.mutations.isEmpty()) {
        m_bar->showMessage(tr("Nothing to save."), false);
        return;
    }
    m_saving = true;
    m_submitted = draft();
    m_holdSubmitted = false;
    updateState();
    submitPlan(
        m_edits, plan.mutations, this, [this](const QString &error, const QStringList &submitted) {
            m_saving = false;
            const bool queued = m_edits->mode() == Outbox::Mode::Queue;
            if (queued) {
                for (const QString &id : submitted)
                    m_outcomes->track(id);
            }
            if (!error.isEmpty()) {
                m_bar->showMessage(error, true);
                updateState();
                Q_EMIT refused(error);
                return;
            }
            m_refill = true;
            load();
            m_bar->showMessage(
                queued ? tr("Saved; the server will confirm it shortly.") : tr("Saved."), false);
            updateState();
            Q_EMIT saved();
        });
}

} // namespace Chairside
