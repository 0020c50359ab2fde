#pragma once

#include <QDialog>
#include <QTimeZone>

class QDateTimeEdit;
class QLineEdit;

namespace Chairside {

// Asks for a stretch of time off: from, until (in the salon's zone) and why.
class TimeOffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeOffDialog)

public:
    TimeOffDialog(const QString &staffName, const QTimeZone &zone, qint64 suggestedStart,
                  QWidget *parent = nullptr);

    qint64 startsAt() const;
    qint64 endsAt() const;
    QString reason() const;

private:
    QTimeZone m_zone;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_until = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace Chairside
