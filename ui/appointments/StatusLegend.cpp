#include "ui/appointments/StatusLegend.h"

#include "models/appointments/AppointmentPresentation.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace Chairside {

namespace AP = AppointmentPresentation;

namespace {

constexpr int kSwatchSize = 12;
constexpr int kSwatchGap = 4;    // between a swatch and its name
constexpr int kItemSpacing = 10; // between one status and the next

void paintSwatch(QPainter &painter, const QRectF &box, const QString &statusKey)
{
    const QRectF rect = box.adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor colour = AP::statusColour(statusKey);
    painter.setPen(colour);
    painter.setBrush(AP::statusFill(statusKey));
    painter.drawRoundedRect(rect, 3, 3);
    if (AP::isInactiveStatus(statusKey))
        painter.fillRect(rect, QBrush(colour, Qt::BDiagPattern));
    painter.fillRect(QRectF(rect.topLeft(), QSizeF(3, rect.height())), colour);
}

} // namespace

StatusLegend::StatusLegend(QWidget *parent)
    : QWidget(parent)
    , m_keys(AP::statusKeys())
{
    setObjectName(QStringLiteral("appointmentStatusLegend"));
    for (const QString &key : std::as_const(m_keys))
        m_labels.append(AP::statusLabel(key));
    setAccessibleName(tr("Status colours"));
    setAccessibleDescription(m_labels.join(QStringLiteral(", ")));
    setToolTip(tr("Appointment colours by status. Cancelled and no-show bookings are drawn "
                  "faded and hatched."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

StatusLegend::~StatusLegend() = default;

QFont StatusLegend::labelFont() const
{
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    return small;
}

QSize StatusLegend::sizeHint() const
{
    const QFontMetrics metrics(labelFont());
    int width = 0;
    for (const QString &label : m_labels)
        width += kSwatchSize + kSwatchGap + metrics.horizontalAdvance(label);
    width += kItemSpacing * std::max<int>(0, int(m_labels.size()) - 1);
    return {width, std::max(kSwatchSize, metrics.height())};
}

QSize StatusLegend::minimumSizeHint() const
{
    return sizeHint();
}

void StatusLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFont small = labelFont();
    const QFontMetrics metrics(small);
    painter.setFont(small);
    const int height = this->height();
    int x = 0;
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const int textWidth = metrics.horizontalAdvance(m_labels[i]);
        const QRect item(x, 0, kSwatchSize + kSwatchGap + textWidth, height);
        // Right to left: the row and each swatch-then-name pair are mirrored.
        const QRect shown = QStyle::visualRect(layoutDirection(), rect(), item);
        const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
        const QRect box(rightToLeft ? shown.right() - kSwatchSize + 1 : shown.left(),
                        (height - kSwatchSize) / 2, kSwatchSize, kSwatchSize);
        const QRect text(rightToLeft ? shown.left() : shown.left() + kSwatchSize + kSwatchGap, 0,
                         textWidth, height);
        painter.setRenderHint(QPainter::Antialiasing, true);
        paintSwatch(painter, box, m_keys[i]);
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft, m_labels[i]);
        x += item.width() + kItemSpacing;
    }
}

void StatusLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Chairside
