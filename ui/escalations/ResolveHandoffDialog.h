#pragma once

#include "core/escalations/HandoffOutcome.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QPlainTextEdit;
class QPushButton;

namespace Chairside {

// Asks how a handoff ended: an outcome (required) and a note for whoever reads it later.
// "Resolve and next" closes it the same way and asks the pane to open the next handoff.
class ResolveHandoffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolveHandoffDialog)

public:
    ResolveHandoffDialog(const QString &customer, QWidget *parent = nullptr);
    ~ResolveHandoffDialog() override;

    std::optional<HandoffOutcome> outcome() const;
    void setOutcome(HandoffOutcome outcome);
    QString note() const;
    // Accepted through "Resolve and next".
    bool nextRequested() const { return m_next; }

private:
    void updateButtons();

    QButtonGroup *m_outcomes;
    QPlainTextEdit *m_note;
    QPushButton *m_resolve;
    QPushButton *m_resolveNext;
    bool m_next = false;
};

} // namespace Chairside
