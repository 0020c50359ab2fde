#include "ui/appointments/DayScheduleView.h"

#include "core/calendar/BusinessTime.h"
#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/AppointmentPresentation.h"
#include "models/appointments/DayScheduleModel.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFocusEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace Chairside {

namespace {

QFont scaledBy(QFont font, double factor)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

QFont inBold(QFont font)
{
    font.setBold(true);
    return font;
}

QFont struckOut(QFont font)
{
    font.setStrikeOut(true);
    return font;
}

constexpr int kHeaderHeight = 52;
constexpr int kGutterWidth = 64;
constexpr double kPixelsPerMinute = 1.5; // 22.5 px per quarter hour: two text lines fit
constexpr int kMinColumnWidth = 170;
// Narrower blocks (many bookings side by side in a busy week) are plain bars without words.
constexpr int kNarrowBlockWidth = 28;
constexpr int kDefaultFirstMinute = 7 * 60;
constexpr int kDefaultLastMinute = 20 * 60;

const QColor kNowColour(0xd9, 0x30, 0x25);
// A block's time and detail lines, on its light status fill whatever the palette.
const QColor kBlockMutedText(0x5f, 0x66, 0x6d);
const QColor kClashFill(0xfd, 0xec, 0xea);
const QColor kClashLine(0xc6, 0x28, 0x28);
constexpr int kSnapMinutes = 5;
constexpr int kEdgeGrab = 5; // px above a block's bottom edge that resize it

QString minuteText(int minute, const QLocale &locale)
{
    return locale.toString(QTime(minute / 60 % 24, minute % 60), QLocale::ShortFormat);
}

int snapped(double minute)
{
    return int(std::lround(minute / kSnapMinutes)) * kSnapMinutes;
}

} // namespace

DayScheduleView::DayScheduleView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("appointmentDayView"));
    setAccessibleName(tr("Day schedule"));
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(false);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(int(15 * kPixelsPerMinute));
    m_clock.setInterval(60 * 1000);
    connect(&m_clock, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    m_clock.start();
    // Bookings are painted, not widgets: a screen reader hears the current one (time, customer,
    // service and status in words) as the calendar's description.
    connect(this, &DayScheduleView::currentChanged, this, &DayScheduleView::describeCurrent);
}

DayScheduleView::~DayScheduleView() = default;

void DayScheduleView::describeCurrent()
{
    setAccessibleDescription(m_current.isValid() ? m_current.data(Qt::AccessibleTextRole).toString()
                                                 : QString());
}

void DayScheduleView::setModel(DayScheduleModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &DayScheduleView::rebuild);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            // The day was read again (after an edit): the same booking stays current.
            if (m_currentId.isEmpty())
                return;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex index = m_model->index(row, 0);
                if (index.data(IdRole).toString() == m_currentId) {
                    m_current = index;
                    viewport()->update();
                    return;
                }
            }
        });
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &DayScheduleView::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DayScheduleView::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DayScheduleView::rebuild);
        connect(m_model, &QAbstractItemModel::modelReset, this, &DayScheduleView::describeCurrent);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &DayScheduleView::describeCurrent);
    }
    rebuild();
}

int DayScheduleView::columnCount() const
{
    return m_model ? int(m_model->staff().size()) : 0;
}

QSize DayScheduleView::sizeHint() const
{
    return {900, 600};
}

void DayScheduleView::rebuild()
{
    m_blocks.clear();
    m_firstMinute = kDefaultFirstMinute;
    m_lastMinute = kDefaultLastMinute;
    if (m_model) {
        for (const StaffDay &day : m_model->staff()) {
            if (!day.works)
                continue;
            m_firstMinute = std::min(m_firstMinute, day.workStart / 60 * 60);
            m_lastMinute = std::max(m_lastMinute, (day.workEnd + 59) / 60 * 60);
        }
        const int rows = m_model->rowCount();
        m_blocks.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const QModelIndex index = m_model->index(row, 0);
            Block block;
            block.row = row;
            block.column = index.data(DayScheduleModel::StaffColumnRole).toInt();
            block.start = index.data(DayScheduleModel::StartMinuteRole).toInt();
            block.end = index.data(DayScheduleModel::EndMinuteRole).toInt();
            m_firstMinute = std::min(m_firstMinute, block.start / 60 * 60);
            m_lastMinute = std::max(m_lastMinute, (block.end + 59) / 60 * 60);
            m_blocks.append(block);
        }
        m_firstMinute = std::clamp(m_firstMinute, 0, 24 * 60);
        m_lastMinute = std::clamp(m_lastMinute, m_firstMinute + 60, 24 * 60);

        // Overlapping bookings of one person (a cancelled slot rebooked, a double booking that
        // sync will flag) share the column side by side instead of hiding each other.
        std::sort(m_blocks.begin(), m_blocks.end(), [](const Block &a, const Block &b) {
            return std::tie(a.column, a.start, a.end, a.row)
                   < std::tie(b.column, b.start, b.end, b.row);
        });
        qsizetype clusterBegin = 0;
        QList<int> laneEnds;
        int clusterEnd = -1;
        int clusterColumn = -1;
        auto closeCluster = [&](qsizetype endIndex) {
            for (qsizetype i = clusterBegin; i < endIndex; ++i)
                m_blocks[i].lanes = int(laneEnds.size());
        };
        for (qsizetype i = 0; i < m_blocks.size(); ++i) {
            Block &block = m_blocks[i];
            if (block.column != clusterColumn || block.start >= clusterEnd) {
                closeCluster(i);
                clusterBegin = i;
                laneEnds.clear();
                clusterEnd = block.end;
                clusterColumn = block.column;
            }
            qsizetype lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > block.start)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(block.end);
            else
                laneEnds[lane] = block.end;
            block.lane = int(lane);
            clusterEnd = std::max(clusterEnd, block.end);
        }
        closeCluster(m_blocks.size());
    }
    if (m_drag) {
        // The day was read again during a drag: follow the booking, or give up if it is gone.
        const auto found = std::find_if(m_blocks.cbegin(), m_blocks.cend(), [this](const Block &b) {
            return m_model->index(b.row, 0).data(IdRole).toString() == m_drag->id;
        });
        if (found == m_blocks.cend() || m_drag->column >= columnCount()) {
            m_drag.reset();
            m_press.reset();
            viewport()->unsetCursor();
        } else {
            m_drag->row = found->row;
            updateClash(*m_drag);
        }
    }
    updateScrollBars();
    // The scroll bars shown or hidden now, with the day: Qt checks them after a queued call,
    // after the next paint, so a day that needed a scroll bar the last did not was drawn twice
    // (once more at every start with many columns). Setting a policy lays them out at once.
    setHorizontalScrollBarPolicy(horizontalScrollBarPolicy());
    setVerticalScrollBarPolicy(verticalScrollBarPolicy());
    viewport()->update();
}

double DayScheduleView::columnWidth() const
{
    const int available = viewport()->width() - kGutterWidth;
    const int columns = columnCount();
    if (columns == 0)
        return available;
    return std::max<double>(kMinColumnWidth, double(available) / columns);
}

void DayScheduleView::updateScrollBars()
{
    const int contentHeight =
        int(std::ceil((m_lastMinute - m_firstMinute) * kPixelsPerMinute)) + 12;
    const int pageHeight = std::max(0, viewport()->height() - kHeaderHeight);
    verticalScrollBar()->setPageStep(pageHeight);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - pageHeight));

    const int contentWidth = int(std::ceil(columnWidth() * columnCount()));
    const int pageWidth = std::max(0, viewport()->width() - kGutterWidth);
    horizontalScrollBar()->setPageStep(pageWidth);
    horizontalScrollBar()->setSingleStep(kMinColumnWidth / 4);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - pageWidth));
}

int DayScheduleView::yForMinute(int minute) const
{
    return kHeaderHeight + int(std::lround((minute - m_firstMinute) * kPixelsPerMinute))
           - verticalScrollBar()->value();
}

int DayScheduleView::xForColumn(int column) const
{
    return kGutterWidth + int(std::lround(column * columnWidth())) - horizontalScrollBar()->value();
}

QRect DayScheduleView::contentRect() const
{
    return QRect(kGutterWidth, kHeaderHeight, std::max(0, viewport()->width() - kGutterWidth),
                 std::max(0, viewport()->height() - kHeaderHeight));
}

void DayScheduleView::scrollToMinute(int minute)
{
    verticalScrollBar()->setValue(int(std::lround(
        (std::clamp(minute, m_firstMinute, m_lastMinute) - m_firstMinute) * kPixelsPerMinute)));
}

void DayScheduleView::scrollToInterestingTime()
{
    if (!m_model)
        return;
    // Where the day starts: its first booking, else the first person's start, else 09:00.
    int first = 24 * 60;
    for (const Block &block : std::as_const(m_blocks))
        first = std::min(first, block.start);
    if (first == 24 * 60) {
        for (const StaffDay &day : m_model->staff()) {
            if (day.works)
                first = std::min(first, day.workStart);
        }
    }
    if (first == 24 * 60)
        first = 9 * 60;
    if (todayColumn() >= 0) {
        // Today: an hour before now; before the day has begun (the desk opened at 07:00, the
        // first booking at 10:00), where it begins rather than the empty hours before it.
        const QTime now =
            QDateTime::currentDateTime().toTimeZone(m_model->context().timeZone).time();
        scrollToMinute(std::max(now.hour() * 60 + now.minute() - 60, first - 30));
        return;
    }
    scrollToMinute(first - 30);
}

QRect DayScheduleView::blockRect(const QModelIndex &index) const
{
    for (const Block &block : m_blocks) {
        if (block.row == index.row())
            return rectOf(block);
    }
    return {};
}

QRect DayScheduleView::rectOf(const Block &block) const
{
    const double width = columnWidth();
    const double laneWidth = (width - 8) / block.lanes;
    const int left = xForColumn(block.column) + 4 + int(std::lround(block.lane * laneWidth));
    const int top = yForMinute(block.start) + 1;
    const int bottom = yForMinute(block.end) - 1;
    return QRect(left, top, std::max(8, int(laneWidth) - 2), std::max(10, bottom - top));
}

QModelIndex DayScheduleView::indexAt(const QPoint &point) const
{
    if (!m_model || !contentRect().contains(point))
        return {};
    // Later blocks are painted on top, so search backwards.
    for (qsizetype i = m_blocks.size() - 1; i >= 0; --i) {
        if (rectOf(m_blocks[i]).contains(point))
            return m_model->index(m_blocks[i].row, 0);
    }
    return {};
}

void DayScheduleView::setCurrentIndex(const QModelIndex &index)
{
    const bool changed = QModelIndex(m_current) != index;
    m_current = index;
    m_currentId = index.data(IdRole).toString();
    if (changed)
        Q_EMIT currentChanged(index);
    if (index.isValid()) {
        const QRect rect = blockRect(index);
        const QRect content = contentRect();
        if (rect.top() < content.top() || rect.bottom() > content.bottom())
            scrollToMinute(index.data(DayScheduleModel::StartMinuteRole).toInt() - 30);
        if (rect.left() < content.left() || rect.right() > content.right()) {
            horizontalScrollBar()->setValue(
                int(index.data(DayScheduleModel::StaffColumnRole).toInt() * columnWidth()));
        }
    }
    viewport()->update();
}

void DayScheduleView::showDetails(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    Q_EMIT activated(index); // the pane opens the booking's details
}

void DayScheduleView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void DayScheduleView::scrollContentsBy(int, int)
{
    viewport()->update();
}

bool DayScheduleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        if (index.isValid()) {
            QToolTip::showText(help->globalPos(), index.data(Qt::ToolTipRole).toString(),
                               viewport(), blockRect(index));
        } else if (help->pos().y() < kHeaderHeight && help->pos().x() >= kGutterWidth) {
            const int column = int((help->pos().x() - kGutterWidth + horizontalScrollBar()->value())
                                   / columnWidth());
            if (column >= 0 && column < columnCount()) {
                const StaffDay &day = m_model->staff()[column];
                const QLocale &locale = m_model->context().locale;
                QString text = day.member.name.toHtmlEscaped();
                if (day.works) {
                    text += QStringLiteral("<br>")
                            + tr("Works %1–%2")
                                  .arg(minuteText(day.workStart, locale),
                                       minuteText(day.workEnd, locale));
                    if (day.lunchBreak)
                        text += QStringLiteral("<br>")
                                + tr("Break %1–%2")
                                      .arg(minuteText(day.lunchBreak->start, locale),
                                           minuteText(day.lunchBreak->end, locale));
                } else {
                    text += QStringLiteral("<br>") + tr("Not working this day");
                }
                for (const DayMinutes &off : day.timeOff) {
                    text += QStringLiteral("<br>")
                            + tr("Time off %1–%2 %3")
                                  .arg(minuteText(off.start, locale), minuteText(off.end, locale),
                                       off.label.toHtmlEscaped());
                }
                QToolTip::showText(help->globalPos(), text, viewport());
            } else {
                QToolTip::hideText();
            }
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void DayScheduleView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton || event->button() == Qt::RightButton) {
        const QPoint point = event->position().toPoint();
        const QModelIndex index = indexAt(point);
        const bool changed = QModelIndex(m_current) != index;
        m_current = index;
        m_currentId = index.data(IdRole).toString();
        viewport()->update();
        if (changed)
            Q_EMIT currentChanged(index);
        if (m_drag) {
            cancelDrag(); // a second button during a drag
        } else if (event->button() == Qt::LeftButton && m_editable && index.isValid()) {
            const bool movable = canMove(index);
            m_press = Press{index.data(IdRole).toString(), point,
                            movable && onBottomEdge(index, point), movable};
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void DayScheduleView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (!m_press) {
        updateHoverCursor(point);
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    if (!(event->buttons() & Qt::LeftButton)) {
        // The release went elsewhere (a popup took it).
        cancelDrag();
        return;
    }
    if (!m_drag) {
        if ((point - m_press->pos).manhattanLength() < QApplication::startDragDistance())
            return;
        if (!m_press->movable) {
            viewport()->setCursor(Qt::ForbiddenCursor);
            return;
        }
        for (const Block &block : std::as_const(m_blocks)) {
            const QModelIndex index = m_model->index(block.row, 0);
            if (index.data(IdRole).toString() != m_press->id)
                continue;
            Drag drag;
            drag.id = m_press->id;
            drag.row = block.row;
            drag.resize = m_press->resize;
            drag.pressMinute = minuteAtY(m_press->pos.y());
            drag.fromColumn = drag.column = block.column;
            drag.fromStart = drag.start = block.start;
            drag.fromEnd = drag.end = block.end;
            m_drag = drag;
            break;
        }
        if (!m_drag) {
            m_press.reset();
            return;
        }
        QToolTip::hideText();
        viewport()->setCursor(m_drag->resize ? Qt::SizeVerCursor : Qt::ClosedHandCursor);
    }
    updateDrag(point);
}

void DayScheduleView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (m_press || m_drag)) {
        if (m_drag)
            finishDrag();
        m_press.reset();
        m_drag.reset();
        updateHoverCursor(event->position().toPoint());
        viewport()->update();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void DayScheduleView::focusOutEvent(QFocusEvent *event)
{
    // Alt+Tab away in the middle of a drag: nothing is moved.
    if (event->reason() != Qt::PopupFocusReason)
        cancelDrag();
    QAbstractScrollArea::focusOutEvent(event);
}

void DayScheduleView::setEditable(bool editable)
{
    m_editable = editable;
    viewport()->setMouseTracking(editable); // the resize cursor over bottom edges
    if (!editable)
        cancelDrag();
}

bool DayScheduleView::canMove(const QModelIndex &index)
{
    const QString status = index.data(StatusKeyRole).toString();
    return status == u"requested" || status == u"confirmed";
}

QRect DayScheduleView::bookingRect(const QString &id) const
{
    if (!m_model)
        return {};
    for (const Block &block : m_blocks) {
        const QModelIndex index = m_model->index(block.row, 0);
        if (index.data(IdRole).toString() == id)
            return blockRect(index);
    }
    return {};
}

QPoint DayScheduleView::pointAt(int column, int minute) const
{
    return {xForColumn(column) + int(columnWidth() / 2), yForMinute(minute)};
}

double DayScheduleView::minuteAtY(int y) const
{
    return m_firstMinute + (y - kHeaderHeight + verticalScrollBar()->value()) / kPixelsPerMinute;
}

bool DayScheduleView::onBottomEdge(const QModelIndex &index, const QPoint &point) const
{
    const QRect rect = blockRect(index);
    // Short blocks keep most of their height for moving.
    const int grab = std::min(kEdgeGrab, rect.height() / 3);
    return rect.contains(point) && point.y() >= rect.bottom() - grab;
}

void DayScheduleView::updateHoverCursor(const QPoint &point)
{
    if (!m_editable || !m_model) {
        viewport()->unsetCursor();
        return;
    }
    const QModelIndex index = indexAt(point);
    if (index.isValid() && canMove(index))
        viewport()->setCursor(onBottomEdge(index, point) ? Qt::SizeVerCursor : Qt::OpenHandCursor);
    else
        viewport()->unsetCursor();
}

void DayScheduleView::updateDrag(const QPoint &point)
{
    if (!m_drag)
        return;
    Drag &drag = *m_drag;
    const int delta = snapped(minuteAtY(point.y()) - drag.pressMinute);
    if (drag.resize) {
        drag.column = drag.fromColumn;
        drag.start = drag.fromStart;
        drag.end = std::clamp(snapped(drag.fromEnd + delta), drag.start + kSnapMinutes, 24 * 60);
    } else {
        const int length = drag.fromEnd - drag.fromStart;
        const double width = columnWidth();
        const int column =
            int(std::floor((point.x() - kGutterWidth + horizontalScrollBar()->value()) / width));
        drag.column = std::clamp(column, 0, std::max(0, columnCount() - 1));
        drag.start = std::clamp(snapped(drag.fromStart + delta), 0, 24 * 60 - length);
        drag.end = drag.start + length;
    }
    updateClash(drag);
    viewport()->update();
}

void DayScheduleView::updateClash(Drag &drag) const
{
    drag.clash = false;
    drag.clashText.clear();
    // The person the booking would be with: the column's, or (a week of everyone) its own.
    QString staffId = m_model->columnStaffId(drag.column);
    if (staffId.isEmpty())
        staffId = m_model->index(drag.row, 0).data(DayScheduleModel::StaffIdRole).toString();
    for (const Block &block : m_blocks) {
        if (block.row == drag.row || block.column != drag.column || block.start >= drag.end
            || block.end <= drag.start)
            continue;
        const QModelIndex index = m_model->index(block.row, 0);
        if (index.data(DayScheduleModel::StaffIdRole).toString() != staffId)
            continue;
        if (index.data(DayScheduleModel::InactiveRole).toBool())
            continue; // cancelled and no-show bookings free their time
        drag.clash = true;
        QString who = index.data(DayScheduleModel::CustomerNameRole).toString();
        if (who.isEmpty())
            who = tr("a walk-in");
        drag.clashText =
            QStringLiteral("%1 %2").arg(who, index.data(DayScheduleModel::TimeTextRole).toString());
        return;
    }
}

void DayScheduleView::finishDrag()
{
    if (!m_drag || !m_model)
        return;
    const Drag drag = *m_drag;
    m_drag.reset();
    if (drag.column == drag.fromColumn && drag.start == drag.fromStart && drag.end == drag.fromEnd)
        return;
    requestMove(m_model->index(drag.row, 0), drag.column, drag.start, drag.end);
}

void DayScheduleView::cancelDrag()
{
    if (!m_press && !m_drag)
        return;
    m_press.reset();
    m_drag.reset();
    viewport()->unsetCursor();
    viewport()->update();
}

qint64 DayScheduleView::secondsAt(int column, int minute) const
{
    return BusinessTime::toSeconds(m_model->columnDate(column), minute,
                                   m_model->context().timeZone);
}

int DayScheduleView::todayColumn() const
{
    if (!m_model)
        return -1;
    const QDate today = QDateTime::currentDateTime().toTimeZone(m_model->context().timeZone).date();
    if (m_model->span() == DayScheduleModel::Span::Day)
        return m_model->date() == today ? 0 : -1;
    for (int column = 0; column < columnCount(); ++column) {
        if (m_model->columnDate(column) == today)
            return column;
    }
    return -1;
}

void DayScheduleView::requestMove(const QModelIndex &index, int column, int start, int end)
{
    if (!m_model || !index.isValid() || column < 0 || column >= columnCount())
        return;
    Q_EMIT moveRequested(index.data(IdRole).toString(), m_model->columnStaffId(column),
                         secondsAt(column, start), secondsAt(column, end),
                         index.data(AppointmentVersionRole).toLongLong());
}

void DayScheduleView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    const QModelIndex index = indexAt(point);
    if (index.isValid()) {
        showDetails(index);
    } else if (const auto slot = slotAt(point); slot && event->button() == Qt::LeftButton) {
        Q_EMIT emptySlotActivated(slot->column, slot->minute);
    } else {
        QAbstractScrollArea::mouseDoubleClickEvent(event);
    }
}

void DayScheduleView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index;
    QPoint global = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        index = indexAt(event->pos()); // delivered through viewportEvent: viewport coordinates
    } else if (m_current.isValid()) {
        // The menu key: the current booking's menu, at the booking.
        index = m_current;
        global = viewport()->mapToGlobal(blockRect(index).topLeft() + QPoint(12, 12));
    }
    if (!index.isValid()) {
        event->ignore();
        return;
    }
    setCurrentIndex(index);
    Q_EMIT bookingMenuRequested(index, global);
    event->accept();
}

std::optional<DayScheduleView::Slot> DayScheduleView::slotAt(const QPoint &point) const
{
    if (!m_model || columnCount() == 0 || !contentRect().contains(point))
        return std::nullopt;
    const double width = columnWidth();
    const int column =
        int(std::floor((point.x() - kGutterWidth + horizontalScrollBar()->value()) / width));
    if (column < 0 || column >= columnCount())
        return std::nullopt;
    const double offset =
        (point.y() - kHeaderHeight + verticalScrollBar()->value()) / kPixelsPerMinute;
    const int minute = m_firstMinute + int(std::floor(offset));
    if (minute < m_firstMinute || minute >= m_lastMinute)
        return std::nullopt;
    return Slot{column, minute / 5 * 5};
}

void DayScheduleView::keyPressEvent(QKeyEvent *event)
{
    if (!m_model || m_model->rowCount() == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (m_drag || m_press) {
        if (event->key() == Qt::Key_Escape)
            cancelDrag();
        event->accept(); // no other keys in the middle of a drag
        return;
    }
    const Qt::KeyboardModifiers mods =
        event->modifiers() & (Qt::AltModifier | Qt::ShiftModifier | Qt::ControlModifier);
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
        && (mods == Qt::AltModifier || mods == (Qt::AltModifier | Qt::ShiftModifier))) {
        // Alt+Up/Down moves the current booking by five minutes, with Shift it changes its length.
        if (m_editable && m_current.isValid() && canMove(m_current)) {
            const QModelIndex index = m_current;
            const int step = event->key() == Qt::Key_Down ? kSnapMinutes : -kSnapMinutes;
            const int column = index.data(DayScheduleModel::StaffColumnRole).toInt();
            int start = index.data(DayScheduleModel::StartMinuteRole).toInt();
            int end = index.data(DayScheduleModel::EndMinuteRole).toInt();
            if (mods & Qt::ShiftModifier) {
                end = std::clamp(end + step, start + kSnapMinutes, 24 * 60);
            } else if (start + step >= 0 && end + step <= 24 * 60) {
                start += step;
                end += step;
            }
            if (start != index.data(DayScheduleModel::StartMinuteRole).toInt()
                || end != index.data(DayScheduleModel::EndMinuteRole).toInt())
                requestMove(index, column, start, end);
        }
        event->accept();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        showDetails(m_current);
        return;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Left:
    case Qt::Key_Up: {
        // Arrows walk through the day's bookings in time order (the model's row order).
        const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down;
        int row = m_current.isValid() ? m_current.row() + (forward ? 1 : -1) : 0;
        row = std::clamp(row, 0, m_model->rowCount() - 1);
        setCurrentIndex(m_model->index(row, 0));
        return;
    }
    case Qt::Key_Escape:
        QToolTip::hideText();
        setCurrentIndex(QModelIndex());
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void DayScheduleView::paintEvent(QPaintEvent *)
{
    m_colours = CalendarColours::forPalette(palette());
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().base());
    const QRect content = contentRect();

    painter.save();
    painter.setClipRect(content);
    paintColumnShading(painter, content);
    paintGrid(painter, content);
    paintBlocks(painter, content);
    paintNowLine(painter, content);
    paintGhost(painter);
    painter.restore();

    paintHeader(painter);
    paintTimeAxis(painter);
    paintEmptyState(painter, content);
}

void DayScheduleView::paintColumnShading(QPainter &painter, const QRect &content) const
{
    if (!m_model)
        return;
    const int width = int(std::ceil(columnWidth()));
    const int top = yForMinute(m_firstMinute);
    const int bottom = yForMinute(m_lastMinute);
    const QBrush hatch(m_colours.offHatch, Qt::BDiagPattern);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);

    for (int column = 0; column < columnCount(); ++column) {
        const int x = xForColumn(column);
        if (x > content.right() || x + width < content.left())
            continue;
        const StaffDay &day = m_model->staff()[column];
        painter.fillRect(QRect(x, top, width, bottom - top), m_colours.offHours);
        if (day.works) {
            painter.fillRect(QRect(x, yForMinute(day.workStart), width,
                                   yForMinute(day.workEnd) - yForMinute(day.workStart)),
                             palette().base());
        } else {
            painter.fillRect(QRect(x, top, width, bottom - top), hatch);
        }
        auto shade = [&](const DayMinutes &range, const QString &label) {
            const QRect rect(x, yForMinute(range.start), width,
                             yForMinute(range.end) - yForMinute(range.start));
            painter.fillRect(rect, m_colours.offHours);
            painter.fillRect(rect, hatch);
            if (rect.height() >= painter.fontMetrics().height() + 4) {
                painter.setPen(m_colours.mutedText);
                const QRect textRect = rect.adjusted(8, 3, -8, -2);
                painter.drawText(
                    textRect, Qt::AlignLeft | Qt::AlignTop,
                    painter.fontMetrics().elidedText(label, Qt::ElideRight, textRect.width()));
            }
        };
        if (day.lunchBreak)
            shade(*day.lunchBreak, tr("Break"));
        for (const DayMinutes &off : day.timeOff) {
            shade(off, off.label.isEmpty() ? tr("Time off") : tr("Time off · %1").arg(off.label));
        }
    }
}

void DayScheduleView::paintGrid(QPainter &painter, const QRect &content) const
{
    const int right = std::min(content.right(), xForColumn(columnCount()));
    for (int minute = m_firstMinute; minute <= m_lastMinute; minute += 15) {
        const int y = yForMinute(minute);
        if (y < content.top() - 1 || y > content.bottom() + 1)
            continue;
        painter.setPen(minute % 60 == 0   ? m_colours.hourLine
                       : minute % 30 == 0 ? m_colours.halfHourLine
                                          : m_colours.quarterLine);
        painter.drawLine(content.left(), y, right, y);
    }
    painter.setPen(m_colours.hourLine);
    const int bottom = yForMinute(m_lastMinute);
    for (int column = 0; column <= columnCount(); ++column) {
        const int x = xForColumn(column);
        painter.drawLine(x, content.top(), x, bottom);
    }
}

struct DayScheduleView::BlockFonts
{
    explicit BlockFonts(const QFont &base)
        : small(scaledBy(base, 0.85))
        , bold(inBold(base))
        , struck(struckOut(bold))
        , status(inBold(small))
        , smallMetrics(small)
        , boldMetrics(bold)
    {}

    const QFont small;
    const QFont bold;
    const QFont struck; // a cancelled booking's name
    const QFont status;
    const QFontMetrics smallMetrics;
    const QFontMetrics boldMetrics;
};

namespace {

// The narrow bars of a busy span (a week of everyone holds thousands side by side), filled a
// colour at a time: one call per colour instead of two per bar. Cancelled bookings and
// no-shows go under the ones that stand, and each bar's status stripe over every fill. All in
// solid colours: a hatched fill costs the raster engine about 60 times a plain one per pixel
// (a week's 400 cancelled bars took 12 ms of a 15 ms paint), and a few pixels wide the hatch
// does not show anyway; a cancelled bar is pale instead.
class NarrowBars
{
public:
    void add(const DayScheduleModel::Item &item, const QRect &rect)
    {
        const int layer = item.inactive ? 0 : 2;
        batchOf(layer, item.inactive ? item.colour.lighter(160) : item.fill).append(rect);
        batchOf(layer + 1, item.colour)
            .append(QRect(rect.left(), rect.top(), std::min(3, rect.width()), rect.height()));
    }

    void paint(QPainter &painter)
    {
        std::stable_sort(m_batches.begin(), m_batches.end(),
                         [](const Batch &a, const Batch &b) { return a.layer < b.layer; });
        painter.save();
        painter.setPen(Qt::NoPen);
        for (const Batch &batch : std::as_const(m_batches)) {
            painter.setBrush(batch.colour);
            painter.drawRects(batch.rects.constData(), int(batch.rects.size()));
        }
        painter.restore();
    }

private:
    struct Batch
    {
        int layer = 0;
        QColor colour;
        QList<QRect> rects;
    };

    QList<QRect> &batchOf(int layer, const QColor &colour)
    {
        for (Batch &batch : m_batches) {
            if (batch.layer == layer && batch.colour == colour)
                return batch.rects;
        }
        m_batches.append(Batch{layer, colour, {}});
        return m_batches.last().rects;
    }

    QList<Batch> m_batches; // a handful: one per status colour and layer
};

} // namespace

void DayScheduleView::paintBlocks(QPainter &painter, const QRect &content) const
{
    if (!m_model)
        return;
    // Made once: a font and its metrics for every one of a busy week's blocks cost more than
    // drawing them.
    const BlockFonts fonts(font());
    // Each block's own rectangle: looking it up by index for every block made a busy week
    // quadratic (a thousand bookings took 0.6 s to paint).
    const QRect painted = content.adjusted(0, 0, 0, 200);
    NarrowBars bars;
    QList<std::pair<const Block *, QRect>> rounded;
    const Block *currentBar = nullptr;
    for (const Block &block : m_blocks) {
        const QRect rect = rectOf(block);
        if (!rect.intersects(painted))
            continue;
        if (rect.width() >= kNarrowBlockWidth) {
            rounded.append({&block, rect});
            continue;
        }
        // Too narrow for words: a plain bar in the status colours.
        bars.add(m_model->item(block.row), rect);
        if (m_current.isValid() && m_current.row() == block.row)
            currentBar = &block;
    }
    // Whole-pixel rectangles without antialiasing: with it each fill went through the
    // rasterizer (about 25,000 instructions a fill).
    painter.setRenderHint(QPainter::Antialiasing, false);
    bars.paint(painter);
    if (currentBar) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rectOf(*currentBar).adjusted(1, 1, -1, -1));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const auto &[block, rect] : std::as_const(rounded))
        paintBlock(painter, *block, rect, fonts);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void DayScheduleView::paintBlock(QPainter &painter, const Block &block, const QRect &rect,
                                 const BlockFonts &fonts) const
{
    const DayScheduleModel::Item &item = m_model->item(block.row);
    const QColor &colour = item.colour;
    const QColor &fill = item.fill;
    const bool inactive = item.inactive;
    const int buffer = item.row.bufferMinutes;

    painter.save();
    if (inactive)
        painter.setOpacity(0.7);
    if (m_drag && m_drag->row == block.row)
        painter.setOpacity(0.4); // where it was, under the ghost
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter.fillPath(path, fill);
    if (inactive)
        painter.fillPath(path, QBrush(colour.lighter(130), Qt::BDiagPattern));
    painter.save();
    painter.setClipPath(path);
    painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), colour);
    // A booking holds its stylist for duration + processing + buffer (ends_at includes both, as
    // the server's no-double-booking rule does). The clean-up buffer (the client has left) is
    // the block's last minutes; processing (the client waits, e.g. colour developing) is drawn
    // just before it, as the schema does not record where in the service it falls.
    if (!inactive) {
        const int processing = item.row.processingMinutes;
        const int bufferTop = yForMinute(std::max(block.start, block.end - buffer));
        const int processingTop =
            yForMinute(std::max(block.start, block.end - buffer - processing));
        if (processing > 0 && bufferTop - processingTop > 2)
            painter.fillRect(
                QRect(rect.left() + 5, processingTop, rect.width() - 5, bufferTop - processingTop),
                QBrush(colour.lighter(140), Qt::Dense6Pattern));
        if (buffer > 0 && rect.bottom() - bufferTop > 2) {
            const QRect tail(rect.left() + 5, bufferTop, rect.width() - 5,
                             rect.bottom() - bufferTop + 1);
            painter.fillRect(tail, palette().base());
            painter.fillRect(tail, QBrush(colour.lighter(150), Qt::FDiagPattern));
            painter.setPen(QPen(colour.lighter(120), 1, Qt::DashLine));
            painter.drawLine(tail.topLeft(), tail.topRight());
        }
    }
    painter.restore();
    const bool current = m_current.isValid() && m_current.row() == block.row;
    painter.setPen(current ? QPen(palette().highlight().color(), 2) : QPen(colour.lighter(125), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    // Text: time and status, customer, service — as many lines as the height allows.
    const QRect textRect = rect.adjusted(10, 3, -6, -2);
    const QFont &small = fonts.small;
    const QFont &bold = item.row.statusKey == u"cancelled" ? fonts.struck : fonts.bold;
    const QFontMetrics &smallMetrics = fonts.smallMetrics;
    const QFontMetrics &boldMetrics = fonts.boldMetrics;
    const QString &time = item.timeText;
    const QString &status = item.statusLabel;
    const QString &customer = item.row.customerName;
    const QString &service = item.row.serviceName;
    const QColor textColour(0x20, 0x24, 0x28);

    int y = textRect.top();
    const int bottom = textRect.bottom();
    if (textRect.height() < smallMetrics.height() + boldMetrics.height()) {
        // A short booking: one line with the start, the name and the status.
        painter.setFont(bold);
        painter.setPen(textColour);
        const QString line = QStringLiteral("%1  %2 · %3")
                                 .arg(time.section(QStringLiteral("–"), 0, 0), customer, status);
        painter.drawText(QRect(textRect.left(), y, textRect.width(), textRect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         boldMetrics.elidedText(line, Qt::ElideRight, textRect.width()));
        painter.restore();
        return;
    }
    painter.setFont(small);
    const int statusWidth = smallMetrics.horizontalAdvance(status);
    const bool statusFits =
        statusWidth + smallMetrics.horizontalAdvance(time) + 12 <= textRect.width();
    painter.setPen(kBlockMutedText);
    painter.drawText(QRect(textRect.left(), y, textRect.width(), smallMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     smallMetrics.elidedText(time, Qt::ElideRight, textRect.width()));
    if (statusFits) {
        painter.setFont(fonts.status);
        painter.setPen(colour.darker(130));
        painter.drawText(QRect(textRect.left(), y, textRect.width(), smallMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, status);
    }
    y += smallMetrics.height();

    painter.setFont(bold);
    painter.setPen(textColour);
    painter.drawText(QRect(textRect.left(), y, textRect.width(), boldMetrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     boldMetrics.elidedText(customer, Qt::ElideRight, textRect.width()));
    y += boldMetrics.height();

    painter.setFont(small);
    if (y + smallMetrics.height() <= bottom + 2) {
        painter.setPen(QColor(0x3c, 0x43, 0x4a));
        painter.drawText(QRect(textRect.left(), y, textRect.width(), smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(service, Qt::ElideRight, textRect.width()));
        y += smallMetrics.height();
    }
    if (!statusFits && y + smallMetrics.height() <= bottom + 2) {
        painter.setPen(colour.darker(130));
        painter.drawText(QRect(textRect.left(), y, textRect.width(), smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(status, Qt::ElideRight, textRect.width()));
    }
    painter.restore();
}

void DayScheduleView::paintGhost(QPainter &painter) const
{
    if (!m_drag || !m_model)
        return;
    const Drag &drag = *m_drag;
    const QModelIndex index = m_model->index(drag.row, 0);
    const QColor colour = index.data(ColourRole).value<QColor>();
    const int left = xForColumn(drag.column) + 4;
    const int top = yForMinute(drag.start) + 1;
    const int width = int(columnWidth()) - 8;
    const QRect rect(left, top, width, std::max(12, yForMinute(drag.end) - 1 - top));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    const QColor fill =
        drag.clash ? kClashFill : index.data(DayScheduleModel::StatusFillRole).value<QColor>();
    painter.fillPath(path, palette().base()); // opaque: the blocks under it do not show through
    painter.fillPath(path, fill);
    if (drag.clash)
        painter.fillPath(path, QBrush(kClashLine.lighter(170), Qt::BDiagPattern));
    painter.setPen(QPen(drag.clash ? kClashLine : colour.darker(120), 2, Qt::DashLine));
    painter.drawPath(path);

    // The new times first (what the desk is choosing), then the person if it changes, then the
    // booking in the way.
    const QLocale &locale = m_model->context().locale;
    QStringList lines{
        QStringLiteral("%1–%2").arg(minuteText(drag.start, locale), minuteText(drag.end, locale)),
        index.data(DayScheduleModel::CustomerNameRole).toString()};
    if (drag.column != drag.fromColumn)
        lines.append(tr("With %1").arg(m_model->staff()[drag.column].member.name));
    if (drag.clash)
        lines.append(tr("Overlaps %1").arg(drag.clashText));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QRect textRect = rect.adjusted(8, 3, -6, -2);
    int y = textRect.top();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0 && y + metrics.height() > textRect.bottom() + 2)
            break;
        painter.setFont(bold);
        const bool clashLine = drag.clash && i > 0 && i == lines.size() - 1;
        painter.setPen(clashLine ? kClashLine : QColor(0x20, 0x24, 0x28));
        painter.drawText(QRect(textRect.left(), y, textRect.width(), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(lines[i], Qt::ElideRight, textRect.width()));
        y += metrics.height();
    }
    painter.restore();
}

void DayScheduleView::paintNowLine(QPainter &painter, const QRect &content) const
{
    if (!m_model || columnCount() == 0)
        return;
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(m_model->context().timeZone);
    const int today = todayColumn();
    if (today < 0)
        return;
    const int minute = now.time().hour() * 60 + now.time().minute();
    if (minute < m_firstMinute || minute > m_lastMinute)
        return;
    const int y = yForMinute(minute);
    painter.setPen(QPen(kNowColour, 2));
    // A day: across every column; a week: across today's.
    const bool day = m_model->span() == DayScheduleModel::Span::Day;
    const int left = std::max(content.left(), day ? content.left() : xForColumn(today));
    const int right =
        std::min(content.right(), day ? xForColumn(columnCount()) : xForColumn(today + 1));
    if (right > left)
        painter.drawLine(left, y, right, y);
}

void DayScheduleView::paintHeader(QPainter &painter) const
{
    const QRect header(0, 0, viewport()->width(), kHeaderHeight);
    painter.fillRect(header, palette().window());
    painter.setPen(m_colours.hourLine);
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    if (!m_model)
        return;

    painter.save();
    painter.setClipRect(QRect(kGutterWidth, 0, viewport()->width() - kGutterWidth, kHeaderHeight));
    painter.setRenderHint(QPainter::Antialiasing, true);
    const int width = int(std::ceil(columnWidth()));
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QLocale &locale = m_model->context().locale;

    const int today = todayColumn();
    QList<int> booked(columnCount(), 0);
    for (const Block &block : m_blocks) {
        const QModelIndex index = m_model->index(block.row, 0);
        if (!index.data(DayScheduleModel::InactiveRole).toBool())
            ++booked[block.column];
    }

    for (int column = 0; column < columnCount(); ++column) {
        const int x = xForColumn(column);
        if (x > header.right() || x + width < kGutterWidth)
            continue;
        const StaffDay &day = m_model->staff()[column];
        const bool isToday = column == today && m_model->span() == DayScheduleModel::Span::Week;
        QColor colour(day.member.colour);
        if (!colour.isValid())
            colour = isToday ? kNowColour : QColor(Qt::gray);
        painter.fillRect(QRect(x + 1, kHeaderHeight - 4, width - 1, 3), colour);
        const QRect dot(x + 10, 12, 12, 12);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(dot);

        const QRect textRect(dot.right() + 8, 5, width - (dot.right() + 8 - x) - 8, 22);
        painter.setFont(bold);
        painter.setPen(isToday ? m_colours.todayText : palette().windowText().color());
        const QString title = isToday ? tr("%1 · today").arg(m_model->columnTitle(column))
                                      : m_model->columnTitle(column);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(title, Qt::ElideRight, textRect.width()));
        QString detail;
        if (day.works) {
            detail = tr("%1–%2 · %n booked", nullptr, booked[column])
                         .arg(minuteText(day.workStart, locale), minuteText(day.workEnd, locale));
        } else {
            detail = booked[column] > 0 ? tr("Not working · %n booked", nullptr, booked[column])
                                        : tr("Not working");
        }
        painter.setFont(small);
        painter.setPen(m_colours.mutedText);
        const QRect detailRect(x + 10, 26, width - 18, 18);
        painter.drawText(
            detailRect, Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(detail, Qt::ElideRight, detailRect.width()));
    }
    painter.restore();
}

void DayScheduleView::paintTimeAxis(QPainter &painter) const
{
    const QRect axis(0, kHeaderHeight, kGutterWidth, viewport()->height() - kHeaderHeight);
    painter.fillRect(axis, palette().window());
    painter.setPen(m_colours.hourLine);
    painter.drawLine(axis.topRight(), axis.bottomRight());
    painter.fillRect(QRect(0, 0, kGutterWidth, kHeaderHeight), palette().window());
    if (!m_model)
        return;

    painter.save();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const BusinessContext &context = m_model->context();
    const QLocale &locale = context.locale;
    // When the desk computer's clock differs from the business's, each hour also says what the
    // computer's clock shows then (smaller, in blue) and the corner names both zones.
    const QDate day = m_model->columnDate(0);
    const qint64 noon = BusinessTime::toSeconds(day, 12 * 60, context.timeZone);
    const bool twoZones = AppointmentPresentation::showsTwoZones(noon, context);
    QFont deskFont = small;
    deskFont.setPointSizeF(small.pointSizeF() * 0.9);
    if (twoZones) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(noon, QTimeZone::utc());
        const QRect corner(2, 4, kGutterWidth - 8, kHeaderHeight - 8);
        painter.setPen(m_colours.mutedText);
        painter.drawText(corner, Qt::AlignRight | Qt::AlignTop, context.timeZone.abbreviation(at));
        painter.setFont(deskFont);
        painter.setPen(m_colours.deskZoneText);
        painter.drawText(corner, Qt::AlignRight | Qt::AlignBottom,
                         context.deskTimeZone.abbreviation(at));
    }
    painter.setClipRect(axis);
    for (int minute = m_firstMinute; minute <= m_lastMinute; minute += 60) {
        const int y = yForMinute(minute);
        const int textTop = minute == m_firstMinute ? y + 2 : y - metrics.height() / 2;
        painter.setFont(small);
        painter.setPen(m_colours.mutedText);
        painter.drawText(QRect(0, textTop, kGutterWidth - 10, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, minuteText(minute, locale));
        if (twoZones && minute < m_lastMinute) {
            const QDateTime desk = QDateTime::fromSecsSinceEpoch(
                BusinessTime::toSeconds(day, minute, context.timeZone), context.deskTimeZone);
            painter.setFont(deskFont);
            painter.setPen(m_colours.deskZoneText);
            painter.drawText(
                QRect(0, textTop + metrics.height(), kGutterWidth - 10, metrics.height()),
                Qt::AlignRight | Qt::AlignVCenter,
                locale.toString(desk.time(), QLocale::ShortFormat));
        }
        painter.setPen(m_colours.hourLine);
        painter.drawLine(kGutterWidth - 6, y, kGutterWidth, y);
    }
    painter.setFont(small);

    const QDateTime now = QDateTime::currentDateTime().toTimeZone(m_model->context().timeZone);
    const int nowMinute = now.time().hour() * 60 + now.time().minute();
    if (todayColumn() >= 0 && nowMinute >= m_firstMinute && nowMinute <= m_lastMinute) {
        // The current time as a red tag on the axis, over the hour labels.
        const int y = yForMinute(nowMinute);
        QFont bold = small;
        bold.setBold(true);
        painter.setFont(bold);
        const QRect tag(4, y - metrics.height() / 2 - 1, kGutterWidth - 8, metrics.height() + 2);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(kNowColour);
        painter.drawRoundedRect(tag, 4, 4);
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, locale.toString(now.time(), QLocale::ShortFormat));
    }
    painter.restore();
}

void DayScheduleView::paintEmptyState(QPainter &painter, const QRect &content) const
{
    if (!m_model || m_model->isLoading())
        return;
    QString text;
    if (columnCount() == 0)
        text = tr("No staff members to show yet.");
    else if (m_model->rowCount() == 0)
        text = m_model->span() == DayScheduleModel::Span::Day ? tr("No appointments on this day.")
                                                              : tr("No appointments this week.");
    if (text.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFontMetrics metrics(font());
    const QSize size(metrics.horizontalAdvance(text) + 32, metrics.height() + 16);
    const QRect pill(content.center().x() - size.width() / 2, content.top() + 24, size.width(),
                     size.height());
    painter.setPen(QPen(m_colours.hourLine, 1));
    painter.setBrush(palette().window());
    painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2.0,
                            pill.height() / 2.0);
    painter.setPen(m_colours.mutedText);
    painter.drawText(pill, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace Chairside
