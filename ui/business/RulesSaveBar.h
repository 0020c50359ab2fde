#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Chairside {

// The foot of a rules page: a message line (what happened, or why not, in words) and the
// Discard / Save buttons, enabled while there are unsaved changes.
class RulesSaveBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesSaveBar)

public:
    explicit RulesSaveBar(QWidget *parent = nullptr);

    void setDirty(bool dirty);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    QString message() const;
    QPushButton *saveButton() const { return m_save; }
    QPushButton *discardButton() const { return m_discard; }

Q_SIGNALS:
    void saveRequested();
    void discardRequested();

private:
    void updateButtons();

    QLabel *m_message;
    QPushButton *m_discard;
    QPushButton *m_save;
    bool m_dirty = false;
    bool m_busy = false;
};

} // namespace Chairside
