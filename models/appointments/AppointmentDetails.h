#pragma once

#include "store/BusinessContext.h"
#include "store/repositories/AppointmentRepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Chairside {

// Everything the desk reads about one booking: the booking, its change history and whether its
// 24 h and 2 h reminders went out. Loaded on the store's worker thread.
namespace AppointmentDetails {

struct HistoryEntry
{
    qint64 at = 0;
    QString actorName; // empty: the system or the AI assistant
    QString kind;      // created | status | rescheduled | deleted | ...
    QString detail;
};

struct Reminder
{
    enum class State { NotSent, Queued, Sent, Failed };
    State state = State::NotSent;
    QString channel; // whatsapp | sms | email
    qint64 at = 0;   // sent, or queued
    QString error;   // why it failed
};

struct Details
{
    AppointmentRow appointment;
    qint64 version = 0;
    bool deleted = false;
    QList<HistoryEntry> history; // oldest first
    Reminder dayBefore;          // 24 h
    Reminder twoHours;           // 2 h
    QString error;               // a sentence; empty when read
};

Details load(QSqlDatabase &db, const QString &appointmentId);

// "Sent by WhatsApp on Mon 9 Mar 09:02", "Failed (SMS): number unreachable", "Queued (e-mail)",
// "Not sent"; times in the business's zone.
QString describe(const Reminder &reminder, const BusinessContext &context);
// One change in the desk's words ("Confirmed → Arrived", "Moved from Tue 10/03 09:00 to …").
QString describe(const HistoryEntry &entry, const BusinessContext &context);

} // namespace AppointmentDetails

} // namespace Chairside
