#include "ui/escalations/ResolveHandoffDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Chairside {

ResolveHandoffDialog::ResolveHandoffDialog(const QString &customer, QWidget *parent)
    : QDialog(parent)
    , m_outcomes(new QButtonGroup(this))
    , m_note(new QPlainTextEdit(this))
    , m_resolve(nullptr)
    , m_resolveNext(nullptr)
{
    setObjectName(QStringLiteral("resolveHandoffDialog"));
    setWindowTitle(tr("Resolve handoff"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("How did the conversation with %1 end?").arg(customer), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The outcomes, with their number keys: 1 Booked … 7 Spam.
    auto *grid = new QGridLayout;
    const QList<HandoffOutcome> outcomes = resolvableOutcomes();
    for (int i = 0; i < outcomes.size(); ++i) {
        const HandoffOutcome outcome = outcomes.at(i);
        auto *radio =
            new QRadioButton(tr("%1  (%2)").arg(handoffOutcomeLabel(outcome)).arg(i + 1), this);
        radio->setObjectName(QStringLiteral("outcome_") + handoffOutcomeKey(outcome));
        m_outcomes->addButton(radio, int(outcome));
        grid->addWidget(radio, i / 2, i % 2);
        auto *key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        connect(key, &QShortcut::activated, radio, [radio] { radio->setChecked(true); });
    }
    layout->addLayout(grid);
    connect(m_outcomes, &QButtonGroup::idToggled, this, &ResolveHandoffDialog::updateButtons);

    auto *noteLabel = new QLabel(tr("&Note (what was agreed, for the next person):"), this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    m_note->setObjectName(QStringLiteral("resolveNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    layout->addWidget(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_resolveNext = buttons->addButton(tr("Resolve and &next"), QDialogButtonBox::AcceptRole);
    m_resolveNext->setObjectName(QStringLiteral("resolveAndNext"));
    m_resolve = buttons->addButton(tr("&Resolve"), QDialogButtonBox::AcceptRole);
    m_resolve->setObjectName(QStringLiteral("resolve"));
    m_resolve->setDefault(true);
    layout->addWidget(buttons);
    connect(m_resolve, &QPushButton::clicked, this, [this] {
        m_next = false;
        accept();
    });
    connect(m_resolveNext, &QPushButton::clicked, this, [this] {
        m_next = true;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

ResolveHandoffDialog::~ResolveHandoffDialog() = default;

std::optional<HandoffOutcome> ResolveHandoffDialog::outcome() const
{
    const int id = m_outcomes->checkedId();
    if (id < 0)
        return std::nullopt;
    return static_cast<HandoffOutcome>(id);
}

void ResolveHandoffDialog::setOutcome(HandoffOutcome outcome)
{
    if (QAbstractButton *button = m_outcomes->button(int(outcome)))
        button->setChecked(true);
}

QString ResolveHandoffDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ResolveHandoffDialog::updateButtons()
{
    // The outcome is required: the numbers strip and the next person depend on it.
    const bool chosen = outcome().has_value();
    m_resolve->setEnabled(chosen);
    m_resolveNext->setEnabled(chosen);
    const QString why = chosen ? QString() : tr("Pick how the conversation ended first.");
    m_resolve->setToolTip(why);
    m_resolveNext->setToolTip(why);
}

} // namespace Chairside
