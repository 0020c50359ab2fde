#include "ui/business/RulesSaveBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Chairside {

RulesSaveBar::RulesSaveBar(QWidget *parent)
    : QWidget(parent)
    , m_message(new QLabel(this))
    , m_discard(new QPushButton(tr("Discard changes"), this))
    , m_save(new QPushButton(tr("Save changes"), this))
{
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_save->setObjectName(QStringLiteral("saveRules"));
    m_save->setDefault(true);
    m_discard->setObjectName(QStringLiteral("discardRules"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_message, 1);
    layout->addStretch(0); // takes the room while there is no message
    layout->addWidget(m_discard);
    layout->addWidget(m_save);
    connect(m_save, &QPushButton::clicked, this, &RulesSaveBar::saveRequested);
    connect(m_discard, &QPushButton::clicked, this, &RulesSaveBar::discardRequested);
    updateButtons();
}

void RulesSaveBar::setDirty(bool dirty)
{
    m_dirty = dirty;
    updateButtons();
}

void RulesSaveBar::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void RulesSaveBar::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid "
                               "#f5c2c0; border-radius: 4px; padding: 4px 8px; }")
              : QStringLiteral("QLabel { background: #edf7ed; color: #1e4620; border: 1px solid "
                               "#b7dfb9; border-radius: 4px; padding: 4px 8px; }"));
    m_message->setVisible(!text.isEmpty());
}

QString RulesSaveBar::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void RulesSaveBar::updateButtons()
{
    m_save->setEnabled(m_dirty && !m_busy);
    m_discard->setEnabled(m_dirty && !m_busy);
}

} // namespace Chairside
