#pragma once

#include "ui/appointments/CalendarColours.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QList>
#include <QPersistentModelIndex>
#include <QTimer>

#include <optional>

namespace Chairside {

class DayScheduleModel;

// The day book: one column per staff member (name and colour on top), a time axis on the left,
// grey where the person does not work, is on a break or on time off, and one block per
// appointment coloured and labelled by status. A red line marks the current time on today.
// Hovering shows a summary, Enter or a double click asks for the details (activated); a right click
// asks for the booking's menu and a double click on free time asks for a new booking there (the
// pane decides what to offer).
//
// When editable, a requested or confirmed booking can be dragged to another time (snapped to five
// minutes) or staff column, or be made longer or shorter by its bottom edge; a ghost shows where it
// would go, in a warning style when it would overlap another booking of that person. Esc cancels.
// Alt+Up/Down moves the current booking by five minutes, Alt+Shift+Up/Down changes its length.
// The view only asks (moveRequested); the pane makes the edit.
class DayScheduleView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayScheduleView)

public:
    explicit DayScheduleView(QWidget *parent = nullptr);
    ~DayScheduleView() override;

    void setModel(DayScheduleModel *model);
    DayScheduleModel *model() const { return m_model; }

    // Scrolls so that `minute` (since local midnight) is near the top.
    void scrollToMinute(int minute);
    // Today: a little before now; another day: the first booking or the first shift.
    void scrollToInterestingTime();

    int firstMinute() const { return m_firstMinute; }
    int lastMinute() const { return m_lastMinute; }
    int columnCount() const;
    // The block under a point of the viewport, or an invalid index.
    QModelIndex indexAt(const QPoint &point) const;
    QRect blockRect(const QModelIndex &index) const; // viewport coordinates
    // The staff column and the minute (since local midnight, rounded down to 5) under a point of
    // the viewport, or nullopt outside the columns.
    struct Slot
    {
        int column = 0;
        int minute = 0;
    };
    std::optional<Slot> slotAt(const QPoint &point) const;
    QModelIndex currentIndex() const { return m_current; }
    void setCurrentIndex(const QModelIndex &index);

    // Whether bookings may be dragged and moved with the keyboard (the pane can edit).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Requested and confirmed bookings may still move.
    static bool canMove(const QModelIndex &index);
    bool isDragging() const { return m_drag.has_value(); }
    // The ghost of the drag in progress overlaps another booking of its staff member.
    bool dragClashes() const { return m_drag && m_drag->clash; }

    // For tests and tools, in viewport coordinates: the block of booking `id` (empty when not
    // shown) and the middle of staff column `column` at `minute` since local midnight.
    QRect bookingRect(const QString &id) const;
    QPoint pointAt(int column, int minute) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void activated(const QModelIndex &index);
    void currentChanged(const QModelIndex &index);
    // A right click (or the menu key) on a booking, which is now the current one.
    void bookingMenuRequested(const QModelIndex &index, const QPoint &globalPos);
    // A double click on free time of a staff column.
    void emptySlotActivated(int column, int minute);
    // A booking dragged (or moved with the keyboard) to [startsAt, endsAt) of staffId, in Unix
    // seconds; `version` is the row's version as read.
    void moveRequested(const QString &id, const QString &staffId, qint64 startsAt, qint64 endsAt,
                       qint64 version);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Block
    {
        int row = 0;
        int column = 0;
        int start = 0; // minutes
        int end = 0;
        int lane = 0;
        int lanes = 1;
    };

    // A press on a booking that may become a drag once the mouse moves far enough.
    struct Press
    {
        QString id;
        QPoint pos;
        bool resize = false; // on the bottom edge
        bool movable = false;
    };
    struct Drag
    {
        QString id;
        int row = 0;
        bool resize = false;
        double pressMinute = 0; // the (unsnapped) minute under the press
        int fromColumn = 0;
        int fromStart = 0;
        int fromEnd = 0;
        int column = 0; // where the ghost is
        int start = 0;
        int end = 0;
        bool clash = false;
        QString clashText; // "Priya Naidoo 10:00–11:30"
    };

    void rebuild();
    double minuteAtY(int y) const; // unsnapped, unclamped
    bool onBottomEdge(const QModelIndex &index, const QPoint &point) const;
    void updateHoverCursor(const QPoint &point);
    void updateDrag(const QPoint &point);
    void finishDrag();
    void cancelDrag();
    void updateClash(Drag &drag) const;
    qint64 secondsAt(int column, int minute) const;
    int todayColumn() const; // -1: today is not shown
    void requestMove(const QModelIndex &index, int column, int start, int end);
    void paintGhost(QPainter &painter) const;
    void updateScrollBars();
    void showDetails(const QModelIndex &index);
    double columnWidth() const;
    QRect rectOf(const Block &block) const; // viewport coordinates
    int yForMinute(int minute) const;       // viewport y
    int xForColumn(int column) const;       // viewport x of the column's left edge
    QRect contentRect() const;              // the viewport minus the header and the time axis

    void paintGrid(QPainter &painter, const QRect &content) const;
    void paintColumnShading(QPainter &painter, const QRect &content) const;
    void paintBlocks(QPainter &painter, const QRect &content) const;
    struct BlockFonts; // the fonts and metrics every block's text uses, made once per paint
    void paintBlock(QPainter &painter, const Block &block, const QRect &rect,
                    const BlockFonts &fonts) const;
    void paintNowLine(QPainter &painter, const QRect &content) const;
    void paintHeader(QPainter &painter) const;
    void paintTimeAxis(QPainter &painter) const;
    void paintEmptyState(QPainter &painter, const QRect &content) const;
    void describeCurrent();

    DayScheduleModel *m_model = nullptr;
    QList<Block> m_blocks;
    CalendarColours m_colours; // for the palette of the paint under way
    QPersistentModelIndex m_current;
    QString m_currentId; // keeps the current booking across the model's reloads
    int m_firstMinute = 7 * 60;
    int m_lastMinute = 20 * 60;
    QTimer m_clock; // moves the "now" line
    bool m_editable = false;
    std::optional<Press> m_press;
    std::optional<Drag> m_drag;
};

} // namespace Chairside
