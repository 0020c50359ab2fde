#pragma once

#include <QWidget>

namespace Chairside {

// A compact row of status swatches with their names, so the day view's colours are never the
// only way to read a status.
class StatusLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusLegend)

public:
    explicit StatusLegend(QWidget *parent = nullptr);
    ~StatusLegend() override;
};

} // namespace Chairside
