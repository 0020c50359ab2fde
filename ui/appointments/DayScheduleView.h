#pragma once

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
// Hovering or Enter shows the details; a right click asks for the booking's menu and a double
// click on free time asks for a new booking there (the pane decides what to offer).
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

    QSize sizeHint() const override;

Q_SIGNALS:
    void activated(const QModelIndex &index);
    void currentChanged(const QModelIndex &index);
    // A right click (or the menu key) on a booking, which is now the current one.
    void bookingMenuRequested(const QModelIndex &index, const QPoint &globalPos);
    // A double click on free time of a staff column.
    void emptySlotActivated(int column, int minute);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
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

    void rebuild();
    void updateScrollBars();
    void showDetails(const QModelIndex &index);
    double columnWidth() const;
    int yForMinute(int minute) const; // viewport y
    int xForColumn(int column) const; // viewport x of the column's left edge
    QRect contentRect() const;        // the viewport minus the header and the time axis

    void paintGrid(QPainter &painter, const QRect &content) const;
    void paintColumnShading(QPainter &painter, const QRect &content) const;
    void paintBlocks(QPainter &painter, const QRect &content) const;
    void paintBlock(QPainter &painter, const Block &block, const QRect &rect) const;
    void paintNowLine(QPainter &painter, const QRect &content) const;
    void paintHeader(QPainter &painter) const;
    void paintTimeAxis(QPainter &painter) const;
    void paintEmptyState(QPainter &painter, const QRect &content) const;

    DayScheduleModel *m_model = nullptr;
    QList<Block> m_blocks;
    QPersistentModelIndex m_current;
    QString m_currentId; // keeps the current booking across the model's reloads
    int m_firstMinute = 7 * 60;
    int m_lastMinute = 20 * 60;
    QTimer m_clock; // moves the "now" line
};

} // namespace Chairside
