#pragma once

#include "models/business/RulesEdits.h"
#include "store/BusinessContext.h"
#include "store/repositories/RulesRepository.h"

#include <QList>
#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QDoubleSpinBox;
class QGridLayout;
class QLineEdit;
class QSpinBox;

namespace Chairside {

class DeskEdits;
class EditOutcomes;
class RulesSaveBar;
class StoreExecutor;

// Owners: how clients earn points (spend per point, expiry), the five tiers (points needed,
// perks) and the rewards catalogue (name, cost, active). Saving turns the differences into
// business.update / loyalty_tier.upsert / loyalty_reward.upsert edits, checked first with the
// server's ranges; the owner's values stay on the page when the desk or the server refuses.
class LoyaltyRulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoyaltyRulesPage)

public:
    LoyaltyRulesPage(StoreExecutor *store, const BusinessContext &context, DeskEdits *edits,
                     QWidget *parent = nullptr);
    ~LoyaltyRulesPage() override;

    bool hasUnsavedChanges() const;
    QString message() const;
    void save();
    // A new, empty line in the rewards catalogue.
    void addReward();

Q_SIGNALS:
    void loaded();
    void saved();
    void refused(const QString &reason);

private:
    struct RewardRow
    {
        QString id;
        QLineEdit *name = nullptr;
        QSpinBox *cost = nullptr;
        QCheckBox *active = nullptr;
    };
    struct TierRow
    {
        QString id;
        QLineEdit *name = nullptr;
        QSpinBox *threshold = nullptr;
        QLineEdit *perks = nullptr;
    };

    void load();
    void fill(const LoyaltyDraft &draft);
    LoyaltyDraft draft() const;
    void updateState();
    RewardRow &appendRewardRow(const LoyaltyDraft::Reward &reward);
    qint64 minorFromSpin() const;

    StoreExecutor *m_store;
    BusinessContext m_context;
    DeskEdits *m_edits;
    EditOutcomes *m_outcomes;
    LoyaltyRuleSet m_saved;
    // What the last save sent, put back on the page if the server refuses it.
    std::optional<LoyaltyDraft> m_submitted;
    bool m_holdSubmitted = false; // refused: the page keeps them over any reload
    bool m_loadedOnce = false;
    bool m_saving = false;
    bool m_refill = false; // the next load replaces the page's values
    int m_minorDigits = 2;
    QDoubleSpinBox *m_spendPerPoint = nullptr;
    QSpinBox *m_expiry = nullptr;
    std::array<TierRow, 5> m_tiers;
    QGridLayout *m_rewardGrid = nullptr;
    QWidget *m_rewardBox = nullptr;
    QList<RewardRow> m_rewards;
    RulesSaveBar *m_bar = nullptr;
};

} // namespace Chairside
