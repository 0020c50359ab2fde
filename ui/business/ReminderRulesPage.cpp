#include "ui/business/ReminderRulesPage.h"

#include "models/business/EditOutcomes.h"
#include "models/business/SubmitPlan.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "ui/business/RulesSaveBar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace Chairside {

namespace {

const char *const kChannelKeys[] = {"whatsapp", "sms", "email"};

int minuteOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

} // namespace

ReminderRulesPage::ReminderRulesPage(StoreExecutor *store, const BusinessContext &context,
                                     DeskEdits *edits, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_context(context)
    , m_edits(edits)
    , m_outcomes(new EditOutcomes(store, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Clients get a reminder the day before and two hours before their appointment, on "
           "the first channel switched on here that they agreed to. Nothing is sent during quiet "
           "hours; a reminder due then goes out when they end, if it is still in time."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *channels = new QGroupBox(tr("Reminders"), this);
    auto *grid = new QGridLayout(channels);
    const QString channelNames[] = {tr("WhatsApp"), tr("SMS"), tr("E-mail")};
    for (int c = 0; c < 3; ++c) {
        auto *header = new QLabel(channelNames[c], channels);
        header->setAlignment(Qt::AlignCenter);
        grid->addWidget(header, 0, c + 1);
    }
    grid->addWidget(new QLabel(tr("The day before (24 h)"), channels), 1, 0);
    grid->addWidget(new QLabel(tr("Two hours before"), channels), 2, 0);
    for (int c = 0; c < 3; ++c) {
        const QString key = QLatin1String(kChannelKeys[c]);
        m_dayBefore[c] = new QCheckBox(channels);
        m_dayBefore[c]->setObjectName(u"reminder_24h_" + key);
        m_dayBefore[c]->setAccessibleName(tr("24 h reminder by %1").arg(channelNames[c]));
        m_twoHours[c] = new QCheckBox(channels);
        m_twoHours[c]->setObjectName(u"reminder_2h_" + key);
        m_twoHours[c]->setAccessibleName(tr("2 h reminder by %1").arg(channelNames[c]));
        grid->addWidget(m_dayBefore[c], 1, c + 1, Qt::AlignCenter);
        grid->addWidget(m_twoHours[c], 2, c + 1, Qt::AlignCenter);
    }
    grid->setColumnStretch(4, 1);
    layout->addWidget(channels);

    auto *quiet = new QGroupBox(tr("Quiet hours"), this);
    auto *quietRow = new QHBoxLayout(quiet);
    m_quiet = new QCheckBox(tr("Send nothing from"), quiet);
    m_quiet->setObjectName(QStringLiteral("quietHours"));
    m_quietStart = new QTimeEdit(quiet);
    m_quietStart->setObjectName(QStringLiteral("quietStart"));
    m_quietEnd = new QTimeEdit(quiet);
    m_quietEnd->setObjectName(QStringLiteral("quietEnd"));
    for (QTimeEdit *edit : {m_quietStart, m_quietEnd}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        edit->setWrapping(true);
    }
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietStart);
    quietRow->addWidget(new QLabel(tr("until"), quiet));
    quietRow->addWidget(m_quietEnd);
    quietRow->addWidget(new QLabel(tr("(the salon's time)"), quiet));
    quietRow->addStretch(1);
    layout->addWidget(quiet);
    layout->addStretch(1);

    m_bar = new RulesSaveBar(this);
    layout->addWidget(m_bar);

    const auto changed = [this] {
        updateState();
    };
    for (int c = 0; c < 3; ++c) {
        connect(m_dayBefore[c], &QCheckBox::toggled, this, changed);
        connect(m_twoHours[c], &QCheckBox::toggled, this, changed);
    }
    connect(m_quiet, &QCheckBox::toggled, this, changed);
    connect(m_quietStart, &QTimeEdit::timeChanged, this, changed);
    connect(m_quietEnd, &QTimeEdit::timeChanged, this, changed);
    connect(m_bar, &RulesSaveBar::saveRequested, this, &ReminderRulesPage::save);
    connect(m_bar, &RulesSaveBar::discardRequested, this, [this] {
        m_holdSubmitted = false;
        fill(reminderDraftFrom(m_saved));
        m_bar->showMessage({}, false);
    });
    connect(m_store, &StoreExecutor::tablesChanged, this, [this](const QStringList &tables) {
        if (tables.contains(QStringLiteral("reminder_rules")))
            load();
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
        setEnabled(false);
        m_bar->showMessage(tr("Only an owner can change the reminder rules."), true);
    }
    load();
}

ReminderRulesPage::~ReminderRulesPage() = default;

void ReminderRulesPage::load()
{
    m_store->run(
        this,
        [business = m_context.businessId](QSqlDatabase &db) {
            return RulesRepository(db).reminderRules(business);
        },
        [this](ReminderRulesRow row) {
            if (row.error) {
                m_bar->showMessage(row.error->message, true);
                return;
            }
            // Unsaved work stays on the page; only the saved state under it is refreshed.
            const bool keep = m_loadedOnce && (m_holdSubmitted || hasUnsavedChanges());
            m_saved = std::move(row);
            if (!keep)
                fill(reminderDraftFrom(m_saved));
            m_loadedOnce = true;
            updateState();
            Q_EMIT loaded();
        });
}

void ReminderRulesPage::fill(const ReminderDraft &draft)
{
    const QSignalBlocker blockQuiet(m_quiet);
    for (int c = 0; c < 3; ++c) {
        const QSignalBlocker a(m_dayBefore[c]);
        const QSignalBlocker b(m_twoHours[c]);
        m_dayBefore[c]->setChecked(draft.dayBefore[c]);
        m_twoHours[c]->setChecked(draft.twoHours[c]);
    }
    m_quiet->setChecked(draft.quietHours);
    const QSignalBlocker s(m_quietStart);
    const QSignalBlocker e(m_quietEnd);
    m_quietStart->setTime(QTime(draft.quietStartMinute / 60, draft.quietStartMinute % 60));
    m_quietEnd->setTime(QTime(draft.quietEndMinute / 60, draft.quietEndMinute % 60));
    updateState();
}

ReminderDraft ReminderRulesPage::draft() const
{
    ReminderDraft d;
    for (int c = 0; c < 3; ++c) {
        d.dayBefore[c] = m_dayBefore[c]->isChecked();
        d.twoHours[c] = m_twoHours[c]->isChecked();
    }
    d.quietHours = m_quiet->isChecked();
    // Off: the times are not part of the rules (what the saved state reads back as).
    const ReminderDraft saved = reminderDraftFrom(m_saved);
    d.quietStartMinute = d.quietHours ? minuteOf(m_quietStart->time()) : saved.quietStartMinute;
    d.quietEndMinute = d.quietHours ? minuteOf(m_quietEnd->time()) : saved.quietEndMinute;
    return d;
}

bool ReminderRulesPage::hasUnsavedChanges() const
{
    return draft() != reminderDraftFrom(m_saved);
}

QString ReminderRulesPage::message() const
{
    return m_bar->message();
}

void ReminderRulesPage::updateState()
{
    m_quietStart->setEnabled(m_quiet->isChecked());
    m_quietEnd->setEnabled(m_quiet->isChecked());
    m_bar->setDirty(m_loadedOnce && hasUnsavedChanges());
    m_bar->setBusy(m_saving);
}

void ReminderRulesPage::save()
{
    if (m_saving || !m_loadedOnce)
        return;
    const PlannedEdits plan = planReminderEdits(m_saved, draft());
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
            for (const QString &id : submitted) {
                if (queued)
                    m_outcomes->track(id);
            }
            if (!error.isEmpty()) {
                m_bar->showMessage(error, true);
                updateState();
                Q_EMIT refused(error);
                return;
            }
            m_bar->showMessage(
                queued ? tr("Saved; the server will confirm it shortly.") : tr("Saved."), false);
            updateState();
            Q_EMIT saved();
        });
}

} // namespace Chairside
