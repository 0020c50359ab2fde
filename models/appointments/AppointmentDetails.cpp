#include "models/appointments/AppointmentDetails.h"

#include "models/appointments/AppointmentPresentation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace Chairside::AppointmentDetails {

namespace AP = AppointmentPresentation;

namespace {

constexpr char kContext[] = "Chairside::AppointmentDetails";

QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QString channelLabel(const QString &channel)
{
    if (channel == u"whatsapp")
        return tr("WhatsApp");
    if (channel == u"sms")
        return tr("SMS");
    if (channel == u"email")
        return tr("e-mail");
    return channel;
}

// The latest live reminder message of a kind; the appointment's own sent time when the message
// itself is not in the cache (older data).
Reminder readReminder(QSqlDatabase &db, const QString &appointmentId, const QString &kind,
                      qint64 sentAt)
{
    Reminder reminder;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status, channel, COALESCE(sent_at, created_at), "
                             "COALESCE(error, '') FROM outbound_messages "
                             "WHERE appointment_id = ? AND kind = ? AND deleted_at IS NULL "
                             "ORDER BY created_at DESC, id DESC LIMIT 1"));
    q.addBindValue(appointmentId);
    q.addBindValue(kind);
    if (q.exec() && q.next()) {
        const QString status = q.value(0).toString();
        reminder.channel = q.value(1).toString();
        reminder.at = q.value(2).toLongLong();
        reminder.error = q.value(3).toString();
        if (status == u"failed")
            reminder.state = Reminder::State::Failed;
        else if (status == u"queued")
            reminder.state = Reminder::State::Queued;
        else
            reminder.state = Reminder::State::Sent;
    } else if (sentAt > 0) {
        reminder.state = Reminder::State::Sent;
        reminder.at = sentAt;
    }
    return reminder;
}

} // namespace

Details load(QSqlDatabase &db, const QString &appointmentId)
{
    Details details;
    AppointmentRowsResult rows = AppointmentRepository(db).byId(appointmentId);
    if (rows.error || rows.rows.isEmpty()) {
        details.error = rows.error ? rows.error->message
                                   : tr("This appointment is no longer in the local copy.");
        return details;
    }
    details.appointment = rows.rows.first();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version, deleted_at, COALESCE(reminder_24h_sent_at, 0), "
                             "COALESCE(reminder_2h_sent_at, 0) FROM appointments WHERE id = ?"));
    q.addBindValue(appointmentId);
    qint64 sent24 = 0;
    qint64 sent2 = 0;
    if (q.exec() && q.next()) {
        details.version = q.value(0).toLongLong();
        details.deleted = !q.value(1).isNull();
        sent24 = q.value(2).toLongLong();
        sent2 = q.value(3).toLongLong();
    }
    q.finish();

    q.prepare(QStringLiteral("SELECT e.at, COALESCE(s.display_name, ''), e.kind, e.detail "
                             "FROM appointment_events e "
                             "LEFT JOIN staff_members s ON s.id = e.actor_staff_id "
                             "WHERE e.appointment_id = ? AND e.deleted_at IS NULL "
                             "ORDER BY e.at, e.id"));
    q.addBindValue(appointmentId);
    if (q.exec()) {
        while (q.next())
            details.history.append(HistoryEntry{q.value(0).toLongLong(), q.value(1).toString(),
                                                q.value(2).toString(), q.value(3).toString()});
    }
    q.finish();

    details.dayBefore = readReminder(db, appointmentId, QStringLiteral("reminder_24h"), sent24);
    details.twoHours = readReminder(db, appointmentId, QStringLiteral("reminder_2h"), sent2);
    return details;
}

QString describe(const Reminder &reminder, const BusinessContext &context)
{
    const QString channel = channelLabel(reminder.channel);
    switch (reminder.state) {
    case Reminder::State::NotSent:
        return tr("Not sent");
    case Reminder::State::Queued:
        return channel.isEmpty() ? tr("Queued") : tr("Queued (%1)").arg(channel);
    case Reminder::State::Failed:
        return reminder.error.isEmpty() ? tr("Failed (%1)").arg(channel)
                                        : tr("Failed (%1): %2").arg(channel, reminder.error);
    case Reminder::State::Sent:
        break;
    }
    const QString when = AP::formatDateTime(reminder.at, context);
    return channel.isEmpty() ? tr("Sent on %1").arg(when)
                             : tr("Sent by %1 on %2").arg(channel, when);
}

QString describe(const HistoryEntry &entry, const BusinessContext &context)
{
    // The server writes terse details ("confirmed -> arrived: reason", two UTC times for a
    // move); imported and demo history carries sentences. Both read as sentences here.
    const QString arrow = QStringLiteral(" -> ");
    if (entry.kind == u"created") {
        if (entry.detail.isEmpty())
            return tr("Booked");
        if (AP::statusKeys().contains(entry.detail))
            return tr("Booked (%1)").arg(AP::statusLabel(entry.detail));
        return entry.detail;
    }
    if (entry.kind == u"status" && entry.detail.contains(arrow)) {
        const QString from = entry.detail.section(arrow, 0, 0);
        QString to = entry.detail.section(arrow, 1);
        QString reason;
        if (const qsizetype colon = to.indexOf(QStringLiteral(": ")); colon >= 0) {
            reason = to.mid(colon + 2);
            to = to.left(colon);
        }
        QString text = tr("%1 → %2").arg(AP::statusLabel(from), AP::statusLabel(to));
        return reason.isEmpty() ? text : tr("%1 (%2)").arg(text, reason);
    }
    if (entry.kind == u"rescheduled" && entry.detail.contains(arrow)) {
        auto parse = [](const QString &text) {
            QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
            return t.isValid() ? t.toSecsSinceEpoch() : qint64(-1);
        };
        const QString tail = entry.detail.section(arrow, 1);
        const qint64 from = parse(entry.detail.section(arrow, 0, 0));
        const qint64 to = parse(tail.section(QStringLiteral(" ("), 0, 0));
        QString text = from >= 0 && to >= 0 ? tr("Moved from %1 to %2")
                                                  .arg(AP::formatDateTime(from, context),
                                                       AP::formatDateTime(to, context))
                                            : tr("Moved");
        if (tail.contains(QStringLiteral("(staff ")))
            text += QStringLiteral(" · ") + tr("to another staff member");
        return text;
    }
    if (entry.kind == u"deleted")
        return tr("Deleted");
    return entry.detail.isEmpty() ? entry.kind : entry.detail;
}

} // namespace Chairside::AppointmentDetails
