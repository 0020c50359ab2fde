#pragma once

#include "models/business/RulesEdits.h"
#include "store/BusinessContext.h"
#include "store/repositories/RulesRepository.h"

#include <QWidget>

#include <array>
#include <optional>

class QCheckBox;
class QTimeEdit;

namespace Chairside {

class DeskEdits;
class EditOutcomes;
class RulesSaveBar;
class StoreExecutor;

// Owners: which appointment reminders go out (24 h and 2 h before, per channel) and the quiet
// hours in which nothing is sent. Saved as one reminder_rules.set; the owner's values stay on
// the page when the desk or the server refuses them, with the reason in words.
class ReminderRulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReminderRulesPage)

public:
    ReminderRulesPage(StoreExecutor *store, const BusinessContext &context, DeskEdits *edits,
                      QWidget *parent = nullptr);
    ~ReminderRulesPage() override;

    bool hasUnsavedChanges() const;
    QString message() const;
    // Saves what is on the page (what the Save button does).
    void save();

Q_SIGNALS:
    void loaded();
    // The edit was made on this computer (and queued for the server, with an account).
    void saved();
    void refused(const QString &reason);

private:
    void load();
    void fill(const ReminderDraft &draft);
    ReminderDraft draft() const;
    void updateState();

    StoreExecutor *m_store;
    BusinessContext m_context;
    DeskEdits *m_edits;
    EditOutcomes *m_outcomes;
    ReminderRulesRow m_saved;
    // What the last save sent, put back on the page if the server refuses it.
    std::optional<ReminderDraft> m_submitted;
    bool m_holdSubmitted = false; // refused: the page keeps them over any reload
    bool m_loadedOnce = false;
    bool m_saving = false;
    std::array<QCheckBox *, 3> m_dayBefore{};
    std::array<QCheckBox *, 3> m_twoHours{};
    QCheckBox *m_quiet = nullptr;
    QTimeEdit *m_quietStart = nullptr;
    QTimeEdit *m_quietEnd = nullptr;
    RulesSaveBar *m_bar = nullptr;
};

} // namespace Chairside
