#include "ui/appointments/AppointmentDetailsDialog.h"

#include "core/AppointmentStatus.h"
#include "core/PhoneNumber.h"
#include "models/appointments/AppointmentEditing.h"
#include "models/appointments/AppointmentPresentation.h"
#include "store/StoreExecutor.h"
#include "ui/StatusText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Chairside {

namespace AP = AppointmentPresentation;
using AppointmentDetails::Reminder;

AppointmentDetailsDialog::AppointmentDetailsDialog(StoreExecutor *store,
                                                   const BusinessContext &context,
                                                   const QString &appointmentId, bool editable,
                                                   QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_editable(editable)
    , m_title(new QLabel(tr("Loading…"), this))
    , m_summary(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_dayBefore(new QLabel(this))
    , m_twoHours(new QLabel(this))
    , m_history(new QTreeWidget(this))
    , m_reschedule(new QPushButton(tr("&Reschedule…"), this))
    , m_cancel(new QPushButton(tr("&Cancel booking…"), this))
{
    setObjectName(QStringLiteral("appointmentDetailsDialog"));
    setWindowTitle(tr("Appointment"));
    setMinimumWidth(660);
    auto *layout = new QVBoxLayout(this);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("appointmentDetailsTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Customer"));
    layout->addWidget(m_title);
    m_summary->setObjectName(QStringLiteral("appointmentDetailsSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Booking"));
    layout->addWidget(m_summary);
    // A booking's notes can be pages long (pasted instructions, a history): in a box of a few
    // lines that scrolls, all of it readable and selectable, the dialog's buttons on screen.
    m_notes->setObjectName(QStringLiteral("appointmentDetailsNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setReadOnly(true);
    QFont noteFont = m_notes->font(); // in italics, as the calendar's tooltip writes notes
    noteFont.setItalic(true);
    m_notes->setFont(noteFont);
    m_notes->setFrameShape(QFrame::NoFrame);
    m_notes->viewport()->setAutoFillBackground(false);
    m_notes->hide();
    layout->addWidget(m_notes);

    auto *reminders = new QGroupBox(tr("Reminders"), this);
    auto *form = new QFormLayout(reminders);
    m_dayBefore->setObjectName(QStringLiteral("appointmentReminder24h"));
    m_twoHours->setObjectName(QStringLiteral("appointmentReminder2h"));
    for (QLabel *label : {m_dayBefore, m_twoHours}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_dayBefore->setAccessibleName(tr("24-hour reminder"));
    m_twoHours->setAccessibleName(tr("2-hour reminder"));
    form->addRow(tr("24 hours before:"), m_dayBefore);
    form->addRow(tr("2 hours before:"), m_twoHours);
    layout->addWidget(reminders);

    auto *historyBox = new QGroupBox(tr("History"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_history->setObjectName(QStringLiteral("appointmentHistory"));
    m_history->setAccessibleName(tr("Change history"));
    m_history->setRootIsDecorated(false);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_history->header()->setStretchLastSection(true);
    m_history->setColumnWidth(0, 150);
    m_history->setColumnWidth(1, 130);
    m_history->setMinimumHeight(140);
    historyLayout->addWidget(m_history);
    layout->addWidget(historyBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reschedule->setObjectName(QStringLiteral("appointmentDetailsReschedule"));
    m_cancel->setObjectName(QStringLiteral("appointmentDetailsCancel"));
    buttons->addButton(m_reschedule, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    m_reschedule->setEnabled(false);
    m_cancel->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reschedule, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT rescheduleRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT cancelRequested();
    });

    store->run(
        this,
        [appointmentId](QSqlDatabase &db) { return AppointmentDetails::load(db, appointmentId); },
        [this](const AppointmentDetails::Details &details) {
            show(details);
            Q_EMIT loaded();
        });
}

AppointmentDetailsDialog::~AppointmentDetailsDialog() = default;

void AppointmentDetailsDialog::show(const AppointmentDetails::Details &details)
{
    m_details = details;
    m_loaded = true;
    if (!details.error.isEmpty()) {
        m_title->setText(details.error);
        return;
    }
    const AppointmentRow &row = details.appointment;
    m_title->setText(row.customerName.isEmpty() ? tr("Walk-in") : row.customerName);
    setWindowTitle(tr("Appointment · %1").arg(m_title->text()));

    const QString colour = AP::statusColour(row.statusKey).name();
    QString when = AP::formatDate(row.startsAt, m_context) + QStringLiteral(" · ")
                   + AP::formatTimeRange(row.startsAt, row.endsAt, m_context);
    if (const QString desk = AP::deskTimeRange(row.startsAt, row.endsAt, m_context);
        !desk.isEmpty())
        when += QStringLiteral(" (") + tr("%1 on this computer").arg(desk) + QStringLiteral(")");
    QStringList lines{
        QStringLiteral("<b>%1</b>").arg(when.toHtmlEscaped()),
        tr("%1 with %2").arg(row.serviceName.toHtmlEscaped(), row.staffName.toHtmlEscaped()),
        QStringLiteral("<span style=\"color:%1\">■</span> %2 · %3 · %4")
            .arg(colour, AP::statusLabel(row.statusKey).toHtmlEscaped(),
                 tr("booked through %1").arg(AP::sourceLabel(row.sourceKey)).toHtmlEscaped(),
                 AP::formatPrice(row.priceMinor, m_context).toHtmlEscaped())};
    if (!row.customerPhone.isEmpty())
        lines.append(formatPhoneForDisplay(row.customerPhone).toHtmlEscaped());
    if (!row.cancelReason.isEmpty())
        lines.append(tr("Reason: %1").arg(row.cancelReason).toHtmlEscaped());
    if (details.deleted)
        lines.append(tr("This booking was deleted.").toHtmlEscaped());
    m_summary->setText(lines.join(QStringLiteral("<br>")));
    m_notes->setPlainText(row.notes);
    m_notes->setVisible(!row.notes.isEmpty());
    // As tall as a short note needs, six lines at most (about 90 characters make a line here).
    const qsizetype noteLines = std::clamp<qsizetype>(
        std::max<qsizetype>(m_notes->document()->blockCount(), row.notes.size() / 90 + 1), 1, 6);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * int(noteLines)
                            + 2 * int(m_notes->document()->documentMargin())
                            + 2 * m_notes->frameWidth() + 4);

    auto showReminder = [this](QLabel *label, const Reminder &reminder) {
        QString text = AppointmentDetails::describe(reminder, m_context);
        // Not by colour alone: a failed one starts with a warning sign.
        if (reminder.state == Reminder::State::Failed) {
            text = QStringLiteral("⚠ ") + text;
            label->setStyleSheet(errorTextStyle(palette()));
        } else {
            label->setStyleSheet({});
        }
        label->setText(text);
    };
    showReminder(m_dayBefore, details.dayBefore);
    showReminder(m_twoHours, details.twoHours);

    m_history->clear();
    for (const AppointmentDetails::HistoryEntry &entry : details.history) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, AP::formatDateTime(entry.at, m_context));
        item->setText(1, entry.actorName.isEmpty() ? tr("System") : entry.actorName);
        item->setText(2, AppointmentDetails::describe(entry, m_context));
        item->setToolTip(2, item->text(2));
    }
    if (details.history.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(2, tr("No changes recorded yet."));
    }

    const auto status = appointmentStatusFromKey(row.statusKey);
    m_reschedule->setEnabled(m_editable && status && !details.deleted
                             && AppointmentEditing::canReschedule(*status));
    m_cancel->setEnabled(m_editable && status && !details.deleted
                         && AppointmentEditing::canCancel(*status));
}

} // namespace Chairside
