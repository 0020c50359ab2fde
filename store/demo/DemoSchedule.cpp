#include "store/demo/DemoSalonBuilder.h"
#include "store/demo/DemoTableWriter.h"

// The appointment book: every working day of every staff member from 90 days ago to 30 days
// ahead, filled back to back with small gaps, then thinned to a realistic occupancy (fuller
// in the past and on Saturdays, sparser further ahead), with statuses, history and reminders.
namespace Chairside {

namespace {

int roundUpToQuarter(int minute)
{
    return (minute + 14) / 15 * 15;
}

bool isRequestChannel(AppointmentSource source)
{
    return source == AppointmentSource::WhatsAppAi || source == AppointmentSource::Web;
}

} // namespace

int DemoSalonBuilder::pickService(const Staff &staff, DemoRandom &random, int maxMinutes) const
{
    QList<int> weights;
    weights.reserve(staff.services.size());
    bool any = false;
    for (qsizetype i = 0; i < staff.services.size(); ++i) {
        const bool fits = m_services.at(staff.services.at(i)).totalMinutes <= maxMinutes;
        weights.append(fits ? staff.serviceWeights.at(i) : 0);
        any = any || fits;
    }
    if (!any)
        return -1;
    return staff.services.at(random.weighted(weights));
}

void DemoSalonBuilder::makeAppointments()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"appointments");
    for (int s = 0; s < m_staff.size(); ++s) {
        for (QDate day = m_firstDay; day <= m_lastDay; day = day.addDays(1))
            fillDay(s, day, random);
    }

    // Every status appears on the anchor day even when chance did not provide it (a closed
    // Monday, a quiet morning): the first fitting booking takes it over.
    const auto has = [this](AppointmentStatus status) {
        return std::any_of(m_appointments.cbegin(), m_appointments.cend(),
                           [status](const Appointment &a) { return a.status == status; });
    };
    if (!has(AppointmentStatus::Arrived)) {
        for (Appointment &a : m_appointments) {
            if (a.status == AppointmentStatus::Confirmed && a.startsAt > m_now
                && a.startsAt <= m_now + 3 * 3600 && a.customer >= 0) {
                a.status = AppointmentStatus::Arrived;
                a.arrivedAt = m_now - 60 * random.between(1, 10);
                break;
            }
        }
    }
    if (!has(AppointmentStatus::InService)) {
        for (Appointment &a : m_appointments) {
            if (a.startsAt <= m_now && a.endsAt > m_now) {
                a.status = AppointmentStatus::InService;
                a.arrivedAt = qMin(a.startsAt, m_now) - 60 * random.between(2, 10);
                a.startedAt = m_now - 60;
                break;
            }
        }
    }
    if (!has(AppointmentStatus::Requested)) {
        for (Appointment &a : m_appointments) {
            if (a.status == AppointmentStatus::Confirmed && a.startsAt > m_now + 86400) {
                a.status = AppointmentStatus::Requested;
                a.source = AppointmentSource::WhatsAppAi;
                a.confirmedAt = 0;
                break;
            }
        }
    }
}

void DemoSalonBuilder::fillDay(int staffIndex, QDate date, DemoRandom &random)
{
    const Staff &staff = m_staff.at(staffIndex);
    const DayHours &hours = staff.hours[date.dayOfWeek()];
    if (!hours.works || staff.services.isEmpty())
        return;
    if (isOnLeave(staff, at(date, hours.start), at(date, hours.start + 1))
        && isOnLeave(staff, at(date, hours.end - 1), at(date, hours.end)))
        return; // a day of leave

    const qint64 daysAhead = m_anchor.daysTo(date);
    const bool anchorDay = daysAhead == 0;
    // Share of the planned (nearly full) day that is actually booked.
    static constexpr double kWeekdayFill[8] = {0, 0.76, 0.78, 0.81, 0.86, 0.90, 0.97, 0.84};
    double keep = (kWeekdayFill[date.dayOfWeek()] + random.between(-8, 6) / 100.0) / 0.92;
    if (anchorDay)
        keep = 0.95;
    else if (daysAhead > 0)
        keep *= qMax(0.1, 1.0 - double(daysAhead - 1) / 30.0);

    QList<QPair<int, int>> segments;
    if (hours.breakStart >= 0)
        segments = {{hours.start, hours.breakStart}, {hours.breakEnd, hours.end}};
    else
        segments = {{hours.start, hours.end}};

    for (const auto &[segmentStart, segmentEnd] : std::as_const(segments)) {
        int t = segmentStart;
        for (;;) {
            if (random.chance(0.12)) {
                const int gap = 15 * random.between(1, 2);
                // On the anchor day nobody idles across "now", so the desk sees people in
                // service.
                if (!(anchorDay && t <= m_nowMinute && t + gap > m_nowMinute))
                    t += gap;
            }
            const int service = pickService(staff, random, segmentEnd - t);
            if (service < 0)
                break;
            const int end = t + m_services.at(service).totalMinutes;
            const int start = t;
            t = roundUpToQuarter(end);
            if (isOnLeave(staff, at(date, start), at(date, end)))
                continue;
            const bool aroundNow = anchorDay && start <= m_nowMinute + 45 && end > m_nowMinute;
            if (!aroundNow && !random.chance(keep))
                continue;

            Appointment a;
            a.id = random.uuid();
            a.staff = staffIndex;
            a.service = service;
            a.date = date;
            a.startMinute = start;
            a.startsAt = at(date, start);
            a.endsAt = a.startsAt + 60LL * m_services.at(service).totalMinutes;
            const bool upcoming = a.startsAt > m_now;
            a.source =
                static_cast<AppointmentSource>(upcoming ? random.weighted({36, 18, 22, 0, 24})
                                                        : random.weighted({30, 14, 20, 8, 28}));
            const bool male = random.chance(m_services.at(service).spec->malePercent / 100.0);
            a.customer =
                a.source == AppointmentSource::WalkIn && random.chance(0.06)
                    ? -1
                    : pickCustomer(random, male, 0, a.source == AppointmentSource::WhatsAppAi);
            a.deskStaff = random.chance(0.5) ? staffIndex : deskPerson(random);

            // When it was booked: walk-ins minutes before, the rest days or weeks ahead.
            if (a.source == AppointmentSource::WalkIn) {
                a.createdAt = a.startsAt - 60 * random.between(2, 25);
            } else {
                static const int ranges[5][2] = {{0, 0}, {1, 3}, {4, 10}, {11, 30}, {31, 60}};
                const auto *range = ranges[random.weighted({10, 35, 30, 20, 5})];
                const QDate booked = date.addDays(-random.between(range[0], range[1]));
                const int minute = isRequestChannel(a.source) ? random.between(6 * 60, 23 * 60)
                                                              : random.between(8 * 60, 18 * 60);
                a.createdAt = at(booked, minute);
                if (a.createdAt >= a.startsAt - 1800)
                    a.createdAt = a.startsAt - 60 * random.between(30, 180);
            }
            if (a.createdAt > m_now - 60)
                a.createdAt = m_now - 60 * random.between(1, 240);
            if (random.chance(0.1))
                a.notes = random.pick(m_region.appointmentNotes);
            decideStatus(a, random);
            decideReminders(a, random);
            m_appointments.append(a);

            // A slot freed early is often booked again by someone else.
            if (a.status == AppointmentStatus::Cancelled && a.startsAt < m_now - 3600
                && a.cancelledAt < a.startsAt - 86400 && random.chance(0.35)) {
                const int refillService = pickService(staff, random, end - start);
                if (refillService >= 0) {
                    Appointment b;
                    b.id = random.uuid();
                    b.staff = staffIndex;
                    b.service = refillService;
                    b.date = date;
                    b.startMinute = start;
                    b.startsAt = a.startsAt;
                    b.endsAt = b.startsAt + 60LL * m_services.at(refillService).totalMinutes;
                    b.source = static_cast<AppointmentSource>(random.weighted({40, 15, 25, 0, 20}));
                    b.customer = pickCustomer(
                        random,
                        random.chance(m_services.at(refillService).spec->malePercent / 100.0), 0);
                    b.deskStaff = deskPerson(random);
                    b.createdAt = random.between64(a.cancelledAt + 300, b.startsAt - 1800);
                    decideStatus(b, random);
                    if (b.status == AppointmentStatus::Cancelled) {
                        b.status = AppointmentStatus::Completed; // no second refill
                        b.cancelledAt = 0;
                        b.cancelReason.clear();
                        b.arrivedAt = b.startsAt - 60 * random.between(0, 12);
                        b.startedAt = b.startsAt + 60 * random.between(0, 5);
                        b.finishedAt = qMin(m_now, b.endsAt + 60 * random.between(0, 10));
                    }
                    decideReminders(b, random);
                    m_appointments.append(b);
                }
            }
        }
    }
}

void DemoSalonBuilder::decideStatus(Appointment &a, DemoRandom &random)
{
    using S = AppointmentStatus;
    if (a.endsAt <= m_now) {
        static const S past[] = {S::Completed, S::Cancelled, S::NoShow};
        a.status = past[random.weighted({815, 115, 70})];
    } else if (a.startsAt <= m_now) {
        // Under way (a stylist may start a minute early for a client who is already there),
        // or just due with the client still in the waiting area.
        a.status = a.startsAt > m_now - 900 && random.chance(0.3) ? S::Arrived : S::InService;
    } else if (a.date == m_anchor && a.startsAt <= m_now + 45 * 60) {
        static const S soon[] = {S::Arrived, S::Confirmed, S::Cancelled};
        a.status = soon[random.weighted({40, 55, 5})];
    } else {
        a.status = random.chance(0.06) ? S::Cancelled : S::Confirmed;
        if (a.status == S::Confirmed && isRequestChannel(a.source) && random.chance(0.22))
            a.status = S::Requested;
    }
    if (a.source == AppointmentSource::WalkIn && a.status == S::Cancelled)
        a.status = a.endsAt <= m_now ? S::Completed : S::Confirmed;

    // Bookings made by the assistant or online wait for the desk to confirm them.
    if (isRequestChannel(a.source) && a.status != S::Requested) {
        a.confirmedAt = a.createdAt + random.between(120, 3 * 3600);
        a.confirmedAt = qMin(a.confirmedAt, qMin(a.startsAt, m_now) - 60);
        if (a.confirmedAt <= a.createdAt)
            a.confirmedAt = a.createdAt + 30;
    }

    const qint64 latest = qMin(a.startsAt, m_now);
    switch (a.status) {
    case S::Cancelled: {
        qint64 when = random.chance(0.35) ? a.startsAt - 60 * random.between(60, 23 * 60)
                                          : a.startsAt - 86400LL * random.between(1, 10)
                                                - 60 * random.between(0, 600);
        if (when <= a.createdAt + 300 || when >= latest)
            when = a.createdAt + (latest - a.createdAt) / 2;
        a.cancelledAt = when;
        if (a.confirmedAt >= a.cancelledAt)
            a.confirmedAt = 0;
        a.cancelReason = random.pick(m_region.cancelReasons);
        a.cancelledOnChat = a.customer >= 0 && m_customers.at(a.customer).consentWhatsApp
                            && (a.source == AppointmentSource::WhatsAppAi || random.chance(0.3));
        break;
    }
    case S::NoShow:
        a.finishedAt = qMin(m_now, a.startsAt + 60 * random.between(20, 45));
        break;
    case S::Completed:
        a.arrivedAt = a.startsAt - 60 * random.between(0, 12);
        a.startedAt = a.startsAt + 60 * random.between(0, 5);
        a.finishedAt = qMin(m_now, a.endsAt + 60 * random.between(0, 10));
        break;
    case S::InService:
        a.arrivedAt = a.startsAt - 60 * random.between(2, 12);
        a.startedAt = qMin(m_now - 30, a.startsAt + 60 * random.between(0, 5));
        a.arrivedAt = qMin(a.arrivedAt, a.startedAt - 60);
        break;
    case S::Arrived:
        a.arrivedAt = qMin(m_now - 60, a.startsAt - 60 * random.between(0, 15));
        break;
    case S::Requested:
    case S::Confirmed:
        break;
    }
    // A walk-in is booked as they come through the door: nothing happens before that.
    if (a.arrivedAt > 0 && a.arrivedAt < a.createdAt)
        a.arrivedAt = a.createdAt + 30;
    if (a.startedAt > 0 && a.startedAt <= a.arrivedAt)
        a.startedAt = a.arrivedAt + 60;
    if (a.source != AppointmentSource::WalkIn && random.chance(0.05)) {
        const qint64 last = (a.cancelledAt > 0 ? a.cancelledAt : latest) - 120;
        if (last > a.createdAt + 120) {
            a.rescheduledAt = random.between64(a.createdAt + 60, last);
            a.movedFrom = a.startsAt + 86400LL * random.between(1, 5);
        }
    }
}

void DemoSalonBuilder::decideReminders(Appointment &a, DemoRandom &random)
{
    if (a.customer < 0 || a.source == AppointmentSource::WalkIn)
        return;
    const Customer &c = m_customers.at(a.customer);
    if (!c.consentWhatsApp && !c.consentSms)
        return;
    const auto due = [&](qint64 when) {
        return when > a.createdAt && when <= m_now && (a.cancelledAt == 0 || when < a.cancelledAt);
    };
    const qint64 dayBefore = a.startsAt - 86400 + random.between(0, 600);
    if (due(dayBefore)) {
        a.reminder24At = dayBefore;
        a.reminder24Failed = random.chance(0.05);
    }
    const qint64 twoHours = a.startsAt - 7200 + random.between(0, 300);
    if (due(twoHours)) {
        a.reminder2At = twoHours;
        a.reminder2Failed = random.chance(0.04);
    }
}

void DemoSalonBuilder::writeAppointments()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"appointment-events");
    DemoTableWriter appointments(
        m_db, QStringLiteral("appointments"),
        {QStringLiteral("id"), QStringLiteral("business_id"), QStringLiteral("customer_id"),
         QStringLiteral("staff_id"), QStringLiteral("service_id"), QStringLiteral("starts_at"),
         QStringLiteral("ends_at"), QStringLiteral("status"), QStringLiteral("source"),
         QStringLiteral("price_minor"), QStringLiteral("notes"), QStringLiteral("cancel_reason"),
         QStringLiteral("reminder_24h_sent_at"), QStringLiteral("reminder_2h_sent_at"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")},
        &m_failure);
    DemoTableWriter events(m_db, QStringLiteral("appointment_events"),
                           {QStringLiteral("id"), QStringLiteral("business_id"),
                            QStringLiteral("appointment_id"), QStringLiteral("at"),
                            QStringLiteral("actor_staff_id"), QStringLiteral("kind"),
                            QStringLiteral("detail"), QStringLiteral("updated_at")},
                           &m_failure);

    for (const Appointment &a : std::as_const(m_appointments)) {
        if (m_failure)
            return;
        const bool byAssistant = isRequestChannel(a.source);
        const QVariant desk = m_staff.at(a.deskStaff).id;
        const QVariant self = m_staff.at(a.staff).id;
        qint64 updated = a.createdAt;
        struct Event
        {
            qint64 at;
            QVariant actor;
            QString kind;
            QString detail;
        };
        QList<Event> history;
        const auto event = [&](qint64 when, const QVariant &actor, const QString &kind,
                               const QString &detail) {
            history.append({when, actor, kind, detail});
            updated = qMax(updated, when);
        };

        static const QStringList createdDetail = {
            QStringLiteral("Booked via the WhatsApp assistant"), QStringLiteral("Booked online"),
            QStringLiteral("Booked by phone"), QStringLiteral("Walk-in"),
            QStringLiteral("Booked at the desk")};
        event(a.createdAt, byAssistant ? QVariant() : desk, QStringLiteral("created"),
              createdDetail.at(int(a.source)));
        if (a.confirmedAt > 0)
            event(a.confirmedAt, m_staff.at(m_admin).id, QStringLiteral("confirmed"),
                  QStringLiteral("Confirmed by the desk"));
        if (a.rescheduledAt > 0)
            event(a.rescheduledAt, byAssistant ? QVariant() : desk, QStringLiteral("rescheduled"),
                  QStringLiteral("Moved from %1 to %2")
                      .arg(staffTime(a.movedFrom), staffTime(a.startsAt)));
        if (a.cancelledAt > 0)
            event(a.cancelledAt, a.cancelledOnChat ? QVariant() : desk, QStringLiteral("cancelled"),
                  (a.cancelledAt > a.startsAt - 86400 ? QStringLiteral("Late cancellation: ")
                                                      : QStringLiteral("Cancelled: "))
                      + a.cancelReason);
        if (a.arrivedAt > 0)
            event(a.arrivedAt, desk, QStringLiteral("arrived"),
                  QStringLiteral("Checked in at the desk"));
        if (a.startedAt > 0)
            event(a.startedAt, self, QStringLiteral("in_service"),
                  QStringLiteral("Service started"));
        if (a.status == AppointmentStatus::Completed)
            event(a.finishedAt, self, QStringLiteral("completed"),
                  QStringLiteral("Completed and paid"));
        if (a.status == AppointmentStatus::NoShow)
            event(a.finishedAt, desk, QStringLiteral("no_show"),
                  QStringLiteral("Marked as no-show"));

        const auto reminderColumn = [&](qint64 when, bool failed) {
            return when > 0 && !failed ? QVariant(when) : QVariant();
        };
        appointments.insert(
            {a.id, m_businessId,
             a.customer >= 0 ? QVariant(m_customers.at(a.customer).id) : QVariant(),
             m_staff.at(a.staff).id, m_services.at(a.service).id, a.startsAt, a.endsAt,
             toKey(a.status), toKey(a.source), m_services.at(a.service).priceMinor,
             a.notes.isEmpty() ? QStringLiteral("") : a.notes,
             a.cancelReason.isEmpty() ? QVariant() : QVariant(a.cancelReason),
             reminderColumn(a.reminder24At, a.reminder24Failed),
             reminderColumn(a.reminder2At, a.reminder2Failed), a.createdAt, updated});
        // The appointment first, then its history (parents before children).
        for (const Event &e : std::as_const(history))
            events.insert(
                {random.uuid(), m_businessId, a.id, e.at, e.actor, e.kind, e.detail, e.at});

        // What the desk is told about.
        const bool noShowNotice =
            a.status == AppointmentStatus::NoShow && a.finishedAt > m_now - 7 * 86400;
        const bool lateNotice =
            a.cancelledAt > a.startsAt - 86400 && a.cancelledAt > m_now - 3 * 86400;
        if (noShowNotice || lateNotice) {
            const QString customerName =
                a.customer >= 0 ? m_customers.at(a.customer).fullName : QStringLiteral("Walk-in");
            const QString what = QStringLiteral("%1 with %2, %3")
                                     .arg(m_services.at(a.service).spec->name,
                                          m_staff.at(a.staff).displayName, staffTime(a.startsAt));
            if (noShowNotice)
                addNotice(QStringLiteral("no_show"), 3,
                          QStringLiteral("No-show: %1").arg(customerName), what,
                          QStringLiteral("chairside://appointment/") + a.id, a.finishedAt, m_owner);
            if (lateNotice)
                addNotice(QStringLiteral("late_cancellation"), 3,
                          QStringLiteral("Late cancellation: %1").arg(customerName),
                          what + QStringLiteral(" - ") + a.cancelReason,
                          QStringLiteral("chairside://appointment/") + a.id, a.cancelledAt);
        }
    }
    m_summary.appointments = appointments.count();
    m_summary.appointmentEvents = events.count();
}

void DemoSalonBuilder::writeReminders()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"reminders");
    for (const Appointment &a : std::as_const(m_appointments)) {
        if (a.reminder24At == 0 && a.reminder2At == 0)
            continue;
        const Customer &c = m_customers.at(a.customer);
        const DemoPhrases &phrases = phrasesFor(a.customer);
        DemoVars vars = baseVars(a.customer, phrases);
        vars.append({u"service", serviceChatName(a.service, phrases)});
        vars.append({u"staff", staffChatName(a.staff, phrases)});
        vars.append({u"time", timeText(a.startMinute, phrases)});
        const QString channel =
            c.consentWhatsApp ? QStringLiteral("whatsapp") : QStringLiteral("sms");
        const auto send = [&](qint64 when, bool failed, const QStringList &templates,
                              const QString &kind) {
            addOutbound(a.customer, {}, {}, a.id, channel, kind,
                        demoFill(random.pick(templates), vars), -1, when, random,
                        failed ? Fate::Fails : Fate::Succeeds);
            if (failed && when > m_now - 3 * 86400)
                addNotice(QStringLiteral("reminder_failed"), 2,
                          QStringLiteral("Reminder not delivered to %1").arg(c.fullName),
                          QStringLiteral("%1 with %2, %3 - please call the client.")
                              .arg(m_services.at(a.service).spec->name,
                                   m_staff.at(a.staff).displayName, staffTime(a.startsAt)),
                          QStringLiteral("chairside://appointment/") + a.id, when + 120);
        };
        if (a.reminder24At > 0)
            send(a.reminder24At, a.reminder24Failed, phrases.reminder24h,
                 QStringLiteral("reminder_24h"));
        if (a.reminder2At > 0)
            send(a.reminder2At, a.reminder2Failed, phrases.reminder2h,
                 QStringLiteral("reminder_2h"));
    }
}

} // namespace Chairside
