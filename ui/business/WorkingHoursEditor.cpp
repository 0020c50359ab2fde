#include "ui/business/WorkingHoursEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>

namespace Chairside {

namespace {

QTimeEdit *timeEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QTimeEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setTimeRange(QTime(0, 0), QTime(23, 55));
    edit->setAccelerated(true);
    return edit;
}

QTime timeOf(int minutes)
{
    return QTime(0, 0).addSecs(qint64(std::min(minutes, 23 * 60 + 55)) * 60);
}

int minutesOf(const QTimeEdit *edit)
{
    const QTime t = edit->time();
    return t.hour() * 60 + t.minute();
}

} // namespace

WorkingHoursEditor::WorkingHoursEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    const auto header = [this](const QString &text) {
        auto *label = new QLabel(text, this);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    grid->addWidget(header(tr("Day")), 0, 0);
    grid->addWidget(header(tr("From")), 0, 1);
    grid->addWidget(header(tr("To")), 0, 2);
    grid->addWidget(header(tr("Break")), 0, 3);
    grid->addWidget(header(tr("From")), 0, 4);
    grid->addWidget(header(tr("To")), 0, 5);
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        DayRow &row = m_rows[size_t(d)];
        const QString n = QString::number(d + 1);
        row.works = new QCheckBox(locale.dayName(d + 1, QLocale::LongFormat), this);
        row.works->setObjectName(QStringLiteral("hoursWorks") + n);
        row.start = timeEdit(this, QStringLiteral("hoursStart") + n);
        row.end = timeEdit(this, QStringLiteral("hoursEnd") + n);
        row.hasBreak = new QCheckBox(this);
        row.hasBreak->setObjectName(QStringLiteral("hoursBreak") + n);
        row.hasBreak->setAccessibleName(tr("Break on %1").arg(row.works->text()));
        row.breakStart = timeEdit(this, QStringLiteral("hoursBreakStart") + n);
        row.breakEnd = timeEdit(this, QStringLiteral("hoursBreakEnd") + n);
        grid->addWidget(row.works, d + 1, 0);
        grid->addWidget(row.start, d + 1, 1);
        grid->addWidget(row.end, d + 1, 2);
        grid->addWidget(row.hasBreak, d + 1, 3, Qt::AlignCenter);
        grid->addWidget(row.breakStart, d + 1, 4);
        grid->addWidget(row.breakEnd, d + 1, 5);
        const auto changed = [this, d] {
            updateEnabled(m_rows[size_t(d)]);
            if (!m_filling)
                Q_EMIT edited();
        };
        connect(row.works, &QCheckBox::toggled, this, changed);
        connect(row.hasBreak, &QCheckBox::toggled, this, changed);
        for (QTimeEdit *edit : {row.start, row.end, row.breakStart, row.breakEnd})
            connect(edit, &QTimeEdit::timeChanged, this, changed);
        updateEnabled(row);
    }
    grid->setColumnStretch(6, 1);
}

void WorkingHoursEditor::updateEnabled(const DayRow &row)
{
    const bool works = row.works->isChecked();
    row.start->setEnabled(works);
    row.end->setEnabled(works);
    row.hasBreak->setEnabled(works);
    row.breakStart->setEnabled(works && row.hasBreak->isChecked());
    row.breakEnd->setEnabled(works && row.hasBreak->isChecked());
}

void WorkingHoursEditor::setWeek(const SetupWeek &week)
{
    m_filling = true;
    for (int d = 0; d < 7; ++d) {
        const SetupDayHours &day = week[size_t(d)];
        DayRow &row = m_rows[size_t(d)];
        row.works->setChecked(day.works);
        row.start->setTime(timeOf(day.works ? day.startMinute : 9 * 60));
        row.end->setTime(timeOf(day.works ? day.endMinute : 17 * 60));
        const bool hasBreak = day.works && day.breakStartMinute && day.breakEndMinute;
        row.hasBreak->setChecked(hasBreak);
        row.breakStart->setTime(timeOf(hasBreak ? *day.breakStartMinute : 13 * 60));
        row.breakEnd->setTime(timeOf(hasBreak ? *day.breakEndMinute : 13 * 60 + 30));
        updateEnabled(row);
    }
    m_filling = false;
}

SetupWeek WorkingHoursEditor::week() const
{
    SetupWeek week;
    for (int d = 0; d < 7; ++d) {
        const DayRow &row = m_rows[size_t(d)];
        SetupDayHours &day = week[size_t(d)];
        day.weekday = d + 1;
        day.works = row.works->isChecked();
        if (!day.works)
            continue; // a day off carries no times (compared as such)
        day.startMinute = minutesOf(row.start);
        // A time edit stops at 23:55; as an end it means "until midnight" (1440 on the server).
        day.endMinute = minutesOf(row.end) == 23 * 60 + 55 ? 24 * 60 : minutesOf(row.end);
        if (row.hasBreak->isChecked()) {
            day.breakStartMinute = minutesOf(row.breakStart);
            day.breakEndMinute = minutesOf(row.breakEnd);
        }
    }
    return week;
}

} // namespace Chairside
