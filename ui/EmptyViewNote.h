#pragma once

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace Chairside {

// A muted sentence in the middle of an item view while its model has no rows ("No visits yet."),
// so an empty table reads as empty rather than as not loaded yet. Made after the view has its
// model; it sits on the viewport, under the header, and lets clicks through to the view. A model
// that loads in the background says when it is `stillLoading`: the note waits for its answers
// (the first one included) rather than calling a list empty while it is read. setText() changes
// the sentence (a filter's own words).
class EmptyViewNote final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyViewNote)

public:
    EmptyViewNote(QAbstractItemView *view, const QString &text,
                  std::function<bool()> stillLoading = {});
    ~EmptyViewNote() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QAbstractItemView *m_view;
    std::function<bool()> m_stillLoading;
};

} // namespace Chairside
