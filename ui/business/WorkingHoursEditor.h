#pragma once

#include "store/repositories/BusinessSetupRepository.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QTimeEdit;

namespace Chairside {

// One person's week: for each day whether they work, from when to when, and an optional break.
// Times in steps of five minutes, as the server keeps them.
class WorkingHoursEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkingHoursEditor)

public:
    explicit WorkingHoursEditor(QWidget *parent = nullptr);

    void setWeek(const SetupWeek &week);
    SetupWeek week() const;

Q_SIGNALS:
    void edited();

private:
    struct DayRow
    {
        QCheckBox *works = nullptr;
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
        QCheckBox *hasBreak = nullptr;
        QTimeEdit *breakStart = nullptr;
        QTimeEdit *breakEnd = nullptr;
    };
    void updateEnabled(const DayRow &row);

    std::array<DayRow, 7> m_rows{};
    bool m_filling = false;
};

} // namespace Chairside
