#include "ui/EmptyViewNote.h"

#include "ui/MutedText.h"

#include <QAbstractItemView>
#include <QEvent>

namespace Chairside {

EmptyViewNote::EmptyViewNote(QAbstractItemView *view, const QString &text,
                             std::function<bool()> stillLoading)
    : QLabel(text, view->viewport())
    , m_view(view)
    , m_stillLoading(std::move(stillLoading))
{
    setObjectName(view->objectName() + QStringLiteral("Empty"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // Clicks and the wheel reach the view as if the note were not there.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    keepMuted(this, QStringLiteral("padding: 16px;"));
    view->viewport()->installEventFilter(this);
    // Queued: a background model resets its rows first and says it is done loading after.
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyViewNote::refresh,
                Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyViewNote::refresh,
                Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyViewNote::refresh,
                Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyViewNote::refresh,
                Qt::QueuedConnection);
    }
    // A background model has not been asked for its first rows yet when its view is built: its
    // first answer shows the note, not the empty model before it.
    if (m_stillLoading)
        hide();
    else
        refresh();
}

EmptyViewNote::~EmptyViewNote() = default;

bool EmptyViewNote::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyViewNote::refresh()
{
    setGeometry(m_view->viewport()->rect());
    const bool empty = !m_view->model() || m_view->model()->rowCount() == 0;
    setVisible(empty && !(m_stillLoading && m_stillLoading()));
}

} // namespace Chairside
