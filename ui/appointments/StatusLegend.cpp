#include "ui/appointments/StatusLegend.h"

#include "models/appointments/AppointmentPresentation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace Chairside {

namespace AP = AppointmentPresentation;

namespace {

QPixmap swatch(const QString &statusKey, qreal ratio)
{
    const int size = 12;
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF rect(0.5, 0.5, size - 1, size - 1);
    painter.setPen(AP::statusColour(statusKey));
    painter.setBrush(AP::statusFill(statusKey));
    painter.drawRoundedRect(rect, 3, 3);
    if (AP::isInactiveStatus(statusKey))
        painter.fillRect(rect, QBrush(AP::statusColour(statusKey), Qt::BDiagPattern));
    painter.fillRect(QRectF(0.5, 0.5, 3, size - 1), AP::statusColour(statusKey));
    return pixmap;
}

} // namespace

StatusLegend::StatusLegend(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("appointmentStatusLegend"));
    setAccessibleName(tr("Status colours"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    QStringList names;
    for (const QString &key : AP::statusKeys()) {
        auto *item = new QWidget(this);
        auto *itemLayout = new QHBoxLayout(item);
        itemLayout->setContentsMargins(0, 0, 0, 0);
        itemLayout->setSpacing(4);
        auto *icon = new QLabel(item);
        icon->setPixmap(swatch(key, devicePixelRatioF()));
        auto *label = new QLabel(AP::statusLabel(key), item);
        QFont small = label->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        label->setFont(small);
        itemLayout->addWidget(icon);
        itemLayout->addWidget(label);
        layout->addWidget(item);
        names.append(AP::statusLabel(key));
    }
    setToolTip(tr("Appointment colours by status. Cancelled and no-show bookings are drawn "
                  "faded and hatched."));
    setAccessibleDescription(names.join(QStringLiteral(", ")));
}

StatusLegend::~StatusLegend() = default;

} // namespace Chairside
