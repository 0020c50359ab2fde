#include "store/demo/DemoSalonBuilder.h"
#include "store/demo/DemoTableWriter.h"

// The AI assistant's conversations: one for every booking and many cancellations it handled,
// questions it answered, chats that went nowhere, and the handoffs to a person with the team's
// replies and how each ended.
namespace Chairside {

namespace {

QString jsonText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(u'"');
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out.append(u'\\');
        out.append(c);
    }
    out.append(u'"');
    return out;
}

QString confidence(int percent)
{
    return QStringLiteral("0.%1").arg(qBound(1, percent, 99), 2, 10, QLatin1Char('0'));
}

// Templates that greet by name do not suit a chat without a known customer.
QStringList withoutName(const QStringList &templates, bool anonymous)
{
    if (!anonymous)
        return templates;
    QStringList out;
    for (const QString &t : templates) {
        if (!t.contains(QStringLiteral("{first}")))
            out.append(t);
    }
    return out.isEmpty() ? templates : out;
}

} // namespace

void DemoSalonBuilder::makeConversations()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"chats");
    m_conversations = std::make_unique<DemoTableWriter>(
        m_db, QStringLiteral("ai_conversations"),
        QStringList{QStringLiteral("id"), QStringLiteral("business_id"),
                    QStringLiteral("customer_id"), QStringLiteral("channel"),
                    QStringLiteral("agent_name"), QStringLiteral("status"),
                    QStringLiteral("intent"), QStringLiteral("started_at"),
                    QStringLiteral("last_message_at"), QStringLiteral("updated_at")},
        &m_failure);
    m_handoffs = std::make_unique<DemoTableWriter>(
        m_db, QStringLiteral("ai_handoffs"),
        QStringList{
            QStringLiteral("id"), QStringLiteral("business_id"), QStringLiteral("conversation_id"),
            QStringLiteral("customer_id"), QStringLiteral("reason"), QStringLiteral("priority"),
            QStringLiteral("assigned_to"), QStringLiteral("claimed_at"), QStringLiteral("resolved"),
            QStringLiteral("resolved_at"), QStringLiteral("resolved_by"), QStringLiteral("outcome"),
            QStringLiteral("resolution_note"), QStringLiteral("created_at"),
            QStringLiteral("updated_at")},
        &m_failure);

    for (const Appointment &a : std::as_const(m_appointments)) {
        if (m_failure)
            return;
        if (a.customer < 0)
            continue;
        if (a.source == AppointmentSource::WhatsAppAi && a.createdAt >= m_windowStart + 3600)
            makeBookingChat(a, random);
        if (a.cancelledOnChat && a.cancelledAt >= m_windowStart + 3600)
            makeCancelChat(a, random);
    }

    // A moment in the window when people write: 07:00-22:00 local.
    const auto moment = [&](qint64 from, qint64 to) {
        qint64 t = random.between64(from, to);
        for (int attempt = 0; attempt < 6; ++attempt) {
            const int minute = m_clock.localMinute(t);
            if (minute >= 7 * 60 && minute < 22 * 60)
                break;
            t = random.between64(from, to);
        }
        return t;
    };
    const int scale = m_options.scale;
    for (int i = 0; i < 120 * scale && !m_failure; ++i)
        makeQuestionChat(moment(m_windowStart + 3600, m_now - 600), random);
    for (int i = 0; i < 80 * scale && !m_failure; ++i)
        makeClosedChat(moment(m_windowStart + 3600, m_now - 600), random);

    // Handoffs: at least 300 per scale step; 20-40 per step still open from the last two days.
    const int total = 300 * scale + random.between(10, 40) * scale;
    const int open = random.between(20, 40) * scale;
    const int recentResolved = random.between(4, 10) * scale;
    for (int i = 0; i < total && !m_failure; ++i) {
        if (i < open)
            makeHandoff(moment(m_now - 47 * 3600, m_now - 300), true, random);
        else if (i < open + recentResolved)
            makeHandoff(moment(m_now - 47 * 3600, m_now - 4 * 3600), false, random);
        else
            makeHandoff(moment(m_windowStart + 3600, m_now - 48 * 3600), false, random);
    }
    const int live = random.between(3, 6) * scale;
    for (int i = 0; i < live && !m_failure; ++i)
        makeOpenChat(m_now - 60 * random.between(1, 40), random);

    m_summary.conversations = m_conversations->count();
    m_summary.handoffs = m_handoffs->count();
}

QPair<qint64, qint64> DemoSalonBuilder::writeChat(const QString &id, int customer,
                                                  const QString &channel, const QString &status,
                                                  const QString &intent,
                                                  const QList<ChatLine> &lines, qint64 anchorAt,
                                                  int anchorLine)
{
    QList<qint64> times(lines.size());
    times[anchorLine] = anchorAt;
    for (qsizetype i = anchorLine - 1; i >= 0; --i)
        times[i] = times[i + 1] - lines.at(i + 1).gapSeconds;
    for (qsizetype i = anchorLine + 1; i < lines.size(); ++i)
        times[i] = times[i - 1] + lines.at(i).gapSeconds;
    // Lines that would come after "now" have not been written yet; if that would leave a
    // stub, the whole chat happened a little earlier instead.
    qsizetype count = lines.size();
    while (count > 0 && times.at(count - 1) > m_now)
        --count;
    if (count < qMin<qsizetype>(3, lines.size())) {
        const qint64 shift = times.constLast() - m_now;
        for (qint64 &t : times)
            t -= shift;
        count = lines.size();
    }
    const qint64 first = times.constFirst();
    const qint64 last = times.at(count - 1);
    m_conversations->insert({id, m_businessId,
                             customer >= 0 ? QVariant(m_customers.at(customer).id) : QVariant(),
                             channel, m_region.agentName, status,
                             intent.isNull() ? QStringLiteral("") : intent, first, last, last});
    // Parents before children: a child row written first would make SQLite look for its
    // orphans (through unindexed columns too) at every later insert into the parent table.
    for (qsizetype i = 0; i < count; ++i)
        addMessage(id, lines.at(i).sender, lines.at(i).body, lines.at(i).metadata, times.at(i));
    return {first, last};
}

void DemoSalonBuilder::makeBookingChat(const Appointment &a, DemoRandom &random)
{
    const DemoPhrases &ph = phrasesFor(a.customer);
    const QDate chatDay = m_clock.localDate(a.createdAt);
    DemoVars vars = baseVars(a.customer, ph);
    vars.append({u"service", serviceChatName(a.service, ph)});
    vars.append({u"staff", staffChatName(a.staff, ph)});
    vars.append({u"when", whenText(a.date, chatDay, ph)});
    vars.append({u"day", dayText(a.date, ph)});
    vars.append({u"time", timeText(a.startMinute, ph)});
    vars.append({u"minutes", QString::number(m_services.at(a.service).spec->durationMinutes)});
    vars.append({u"price", priceText(m_services.at(a.service).priceMinor, ph)});

    // The slot taken plus one or two others the assistant offered.
    QList<int> offered{a.startMinute};
    const int others = random.between(1, 2);
    for (int k = 0; k < 12 && offered.size() < others + 1; ++k) {
        const int other = a.startMinute + 30 * random.between(-4, 4);
        if (other >= 8 * 60 && other <= 19 * 60 && !offered.contains(other))
            offered.append(other);
    }
    std::sort(offered.begin(), offered.end());
    QString slotText;
    QString slotJson;
    for (qsizetype i = 0; i < offered.size(); ++i) {
        if (i > 0)
            slotText += i == offered.size() - 1 ? ph.lastSlotJoiner : ph.slotJoiner;
        slotText += timeText(offered.at(i), ph);
        slotJson +=
            (i > 0 ? QStringLiteral(",") : QString()) + jsonText(isoLocal(a.date, offered.at(i)));
    }
    vars.append({u"slots", slotText});

    QList<ChatLine> lines;
    const auto customerSays = [&](const QString &text) {
        lines.append(
            {QStringLiteral("customer"), demoFill(text, vars), {}, random.between(20, 300)});
    };
    const auto assistantSays = [&](const QString &text, const QString &meta) {
        lines.append(
            {QStringLiteral("assistant"), demoFill(text, vars), meta, random.between(2, 12)});
    };
    customerSays(random.pick(ph.bookOpeners));
    if (random.chance(0.4)) {
        const qsizetype k = random.index(ph.clarifyQuestions.size());
        assistantSays(ph.clarifyQuestions.at(k),
                      QStringLiteral("{\"intent\":\"book\",\"confidence\":%1}")
                          .arg(confidence(random.between(55, 80))));
        customerSays(random.pick(ph.clarifyAnswers.at(k).split(u'|')));
    }
    assistantSays(random.pick(ph.assistantOffers),
                  QStringLiteral("{\"intent\":\"book\",\"offered_slots\":[%1],\"confidence\":%2}")
                      .arg(slotJson, confidence(random.between(70, 95))));
    customerSays(random.pick(ph.customerPicks));
    const int confirmLine = int(lines.size());
    assistantSays(random.pick(ph.assistantConfirms),
                  QStringLiteral("{\"intent\":\"book\",\"action\":\"appointment.create\","
                                 "\"appointment_id\":%1,\"confidence\":%2}")
                      .arg(jsonText(a.id), confidence(random.between(88, 99))));
    if (random.chance(0.6)) {
        customerSays(random.pick(ph.customerThanks));
        if (random.chance(0.5))
            assistantSays(random.pick(ph.assistantGoodbyes), {});
    }
    writeChat(random.uuid(), a.customer, QStringLiteral("whatsapp"),
              QStringLiteral("resolved_by_ai"), QStringLiteral("book"), lines, a.createdAt,
              confirmLine);
}

void DemoSalonBuilder::makeCancelChat(const Appointment &a, DemoRandom &random)
{
    const DemoPhrases &ph = phrasesFor(a.customer);
    const QDate chatDay = m_clock.localDate(a.cancelledAt);
    DemoVars vars = baseVars(a.customer, ph);
    vars.append({u"service", serviceChatName(a.service, ph)});
    vars.append({u"when", whenText(a.date, chatDay, ph)});
    vars.append({u"time", timeText(a.startMinute, ph)});
    vars.append({u"reason", random.pick(ph.cancelExcuses)});

    QList<ChatLine> lines;
    lines.append(
        {QStringLiteral("customer"), demoFill(random.pick(ph.cancelOpeners), vars), {}, 0});
    lines.append({QStringLiteral("assistant"), demoFill(random.pick(ph.assistantCancelled), vars),
                  QStringLiteral("{\"intent\":\"cancel\",\"action\":\"appointment.cancel\","
                                 "\"appointment_id\":%1,\"confidence\":%2}")
                      .arg(jsonText(a.id), confidence(random.between(85, 99))),
                  random.between(3, 15)});
    lines.append({QStringLiteral("customer"),
                  demoFill(random.pick(ph.customerAfterCancel), vars),
                  {},
                  random.between(30, 400)});
    writeChat(random.uuid(), a.customer, QStringLiteral("whatsapp"),
              QStringLiteral("resolved_by_ai"), QStringLiteral("cancel"), lines, a.cancelledAt, 1);
}

void DemoSalonBuilder::makeQuestionChat(qint64 when, DemoRandom &random)
{
    const bool web = random.chance(0.35);
    const int customer =
        web && random.chance(0.5) ? -1 : pickCustomer(random, random.chance(0.2), when, !web);
    const bool anonymous = customer < 0;
    const DemoPhrases &ph = phrasesFor(customer);
    DemoVars vars = baseVars(customer, ph);
    const int service = random.index(m_services.size());
    vars.append({u"service", serviceChatName(service, ph)});
    vars.append({u"price", priceText(m_services.at(service).priceMinor, ph)});
    vars.append({u"minutes", QString::number(m_services.at(service).spec->durationMinutes)});

    QList<ChatLine> lines;
    const auto customerSays = [&](const QStringList &texts) {
        lines.append({QStringLiteral("customer"),
                      demoFill(random.pick(texts), vars),
                      {},
                      random.between(20, 240)});
    };
    const auto assistantSays = [&](const QStringList &texts, const QString &meta) {
        lines.append({QStringLiteral("assistant"),
                      demoFill(random.pick(withoutName(texts, anonymous)), vars), meta,
                      random.between(2, 10)});
    };
    QString intent;
    const qsizetype kind = random.weighted({50, 25, 25});
    if (kind == 0) {
        intent = QStringLiteral("price_question");
        customerSays(ph.priceQuestions);
        assistantSays(ph.priceAnswers,
                      QStringLiteral("{\"intent\":\"price_question\",\"service\":%1,"
                                     "\"confidence\":%2}")
                          .arg(jsonText(m_services.at(service).spec->name),
                               confidence(random.between(80, 97))));
    } else if (kind == 1) {
        intent = QStringLiteral("opening_hours");
        customerSays(ph.hoursQuestions);
        assistantSays(ph.hoursAnswers, QStringLiteral("{\"intent\":\"opening_hours\","
                                                      "\"confidence\":%1}")
                                           .arg(confidence(random.between(85, 99))));
    } else {
        intent = QStringLiteral("directions");
        customerSays(ph.parkingQuestions);
        assistantSays(ph.parkingAnswers, QStringLiteral("{\"intent\":\"directions\","
                                                        "\"confidence\":%1}")
                                             .arg(confidence(random.between(85, 99))));
    }
    customerSays(ph.customerThanks);
    if (random.chance(0.6))
        assistantSays(ph.assistantGoodbyes, {});
    writeChat(random.uuid(), customer, web ? QStringLiteral("web") : QStringLiteral("whatsapp"),
              QStringLiteral("resolved_by_ai"), intent, lines, when, 0);
}

void DemoSalonBuilder::makeClosedChat(qint64 when, DemoRandom &random)
{
    QList<ChatLine> lines;
    if (random.chance(0.4)) {
        // Spam from an unknown number.
        const DemoPhrases &ph = m_region.phrases;
        const DemoVars vars = baseVars(-1, ph);
        lines.append(
            {QStringLiteral("customer"), demoFill(random.pick(ph.spamMessages), vars), {}, 0});
        lines.append({QStringLiteral("assistant"),
                      demoFill(random.pick(ph.assistantSpamReply), vars),
                      QStringLiteral("{\"intent\":\"spam\",\"confidence\":%1}")
                          .arg(confidence(random.between(90, 99))),
                      random.between(2, 8)});
        lines.append({QStringLiteral("customer"),
                      demoFill(random.pick(ph.spamMessages), vars),
                      {},
                      random.between(60, 3600)});
        writeChat(random.uuid(), -1, QStringLiteral("whatsapp"), QStringLiteral("closed"),
                  QStringLiteral("spam"), lines, when, 0);
        return;
    }
    // Someone says hello and never writes again.
    const bool web = random.chance(0.25);
    const int customer = pickCustomer(random, random.chance(0.2), when, !web);
    const DemoPhrases &ph = phrasesFor(customer);
    const DemoVars vars = baseVars(customer, ph);
    lines.append(
        {QStringLiteral("customer"), demoFill(random.pick(ph.silentOpeners), vars), {}, 0});
    lines.append({QStringLiteral("assistant"),
                  demoFill(random.pick(withoutName(ph.assistantWelcome, customer < 0)), vars),
                  QStringLiteral("{\"intent\":\"unknown\",\"confidence\":%1}")
                      .arg(confidence(random.between(20, 50))),
                  random.between(2, 8)});
    lines.append({QStringLiteral("customer"),
                  demoFill(random.pick(ph.silentClosers), vars),
                  {},
                  random.between(60, 7200)});
    writeChat(random.uuid(), customer, web ? QStringLiteral("web") : QStringLiteral("whatsapp"),
              QStringLiteral("closed"), QString(), lines, when, 0);
}

void DemoSalonBuilder::makeOpenChat(qint64 when, DemoRandom &random)
{
    // A conversation still going on: the assistant has offered times and waits for an answer.
    const int customer = pickCustomer(random, random.chance(0.2), when, true);
    if (customer < 0)
        return;
    const DemoPhrases &ph = phrasesFor(customer);
    const int staff = random.index(m_staff.size());
    const Staff &member = m_staff.at(staff);
    const int service = member.services.isEmpty() ? 0 : random.pick(member.services);
    const QDate chatDay = m_clock.localDate(when);
    const QDate day = chatDay.addDays(random.between(1, 6));
    DemoVars vars = baseVars(customer, ph);
    vars.append({u"service", serviceChatName(service, ph)});
    vars.append({u"staff", staffChatName(staff, ph)});
    vars.append({u"when", whenText(day, chatDay, ph)});
    vars.append({u"minutes", QString::number(m_services.at(service).spec->durationMinutes)});
    vars.append({u"price", priceText(m_services.at(service).priceMinor, ph)});
    const int first = 9 * 60 + 30 * random.between(0, 10);
    const int second = first + 30 * random.between(2, 5);
    vars.append({u"slots", timeText(first, ph) + ph.lastSlotJoiner + timeText(second, ph)});
    QList<ChatLine> lines;
    lines.append({QStringLiteral("customer"), demoFill(random.pick(ph.bookOpeners), vars), {}, 0});
    const qsizetype k = random.index(ph.clarifyQuestions.size());
    lines.append({QStringLiteral("assistant"), demoFill(ph.clarifyQuestions.at(k), vars),
                  QStringLiteral("{\"intent\":\"book\",\"confidence\":%1}")
                      .arg(confidence(random.between(55, 80))),
                  random.between(2, 10)});
    lines.append({QStringLiteral("customer"),
                  demoFill(random.pick(ph.clarifyAnswers.at(k).split(u'|')), vars),
                  {},
                  random.between(20, 300)});
    lines.append({QStringLiteral("assistant"), demoFill(random.pick(ph.assistantOffers), vars),
                  QStringLiteral("{\"intent\":\"book\",\"offered_slots\":[%1,%2],"
                                 "\"confidence\":%3}")
                      .arg(jsonText(isoLocal(day, first)), jsonText(isoLocal(day, second)),
                           confidence(random.between(70, 92))),
                  random.between(2, 10)});
    writeChat(random.uuid(), customer, QStringLiteral("whatsapp"), QStringLiteral("open"),
              QStringLiteral("book"), lines, when, int(lines.size()) - 1);
}

void DemoSalonBuilder::makeHandoff(qint64 when, bool stayOpen, DemoRandom &random)
{
    const bool web = random.chance(0.15);
    int customer =
        web && random.chance(0.4) ? -1 : pickCustomer(random, random.chance(0.2), when, !web);
    // A same-day move is asked for while the salon is open, not late at night.
    const int localMinute = m_clock.localMinute(when);
    const int weekday = m_clock.localDate(when).dayOfWeek();
    const bool salonOpen = localMinute >= m_region.openMinute.at(weekday - 1)
                           && localMinute < m_region.closeMinute.at(weekday - 1) - 120;
    const DemoHandoffScript *picked = nullptr;
    for (int attempt = 0; attempt < 8; ++attempt) {
        picked =
            &phrasesFor(customer).handoffs.at(random.index(phrasesFor(customer).handoffs.size()));
        if (salonOpen || picked->intent != u"reschedule")
            break;
    }
    int service = random.index(m_services.size());
    // A complaint is about a real visit of the last three weeks.
    if (picked->intent == u"complaint" && !m_appointments.isEmpty()) {
        // Walk the book from a random place to the first fitting visit.
        const qsizetype start = random.index(m_appointments.size());
        for (qsizetype k = 0; k < m_appointments.size(); ++k) {
            const Appointment &a = m_appointments.at((start + k) % m_appointments.size());
            if (a.status == AppointmentStatus::Completed && a.customer >= 0
                && a.finishedAt < when - 3600 && a.finishedAt > when - 21 * 86400
                && (web || m_customers.at(a.customer).consentWhatsApp)) {
                customer = a.customer;
                service = a.service;
                for (const DemoHandoffScript &candidate : phrasesFor(customer).handoffs) {
                    if (candidate.reason == picked->reason) {
                        picked = &candidate;
                        break;
                    }
                }
                break;
            }
        }
    }
    const DemoPhrases &ph = phrasesFor(customer);
    const DemoHandoffScript &script = *picked;
    const int priority = 1 + int(random.weighted(script.priorityWeights));
    const int assignee = deskPerson(random);

    // The colleague asked for: someone on leave near that day if there is one.
    int wanted = -1;
    for (int s = 0; s < m_staff.size() && wanted < 0; ++s) {
        if (s != assignee && isOnLeave(m_staff.at(s), when - 3 * 86400, when + 7 * 86400))
            wanted = s;
    }
    if (wanted < 0)
        wanted = 2 % m_staff.size();
    const int appointmentMinute =
        qBound(9 * 60, (localMinute / 30 + random.between(1, 4)) * 30, 17 * 60);
    DemoVars vars = baseVars(customer, ph);
    vars.append({u"service", serviceChatName(service, ph)});
    vars.append({u"price", priceText(m_services.at(service).priceMinor, ph)});
    vars.append({u"staff", staffChatName(wanted, ph)});
    vars.append({u"staff2", staffChatName(assignee, ph)});
    vars.append({u"time", timeText(appointmentMinute, ph)});
    vars.append({u"time2", timeText(appointmentMinute + 30 * random.between(1, 3), ph)});
    DemoVars staffVars = vars; // the reply is signed by the person who claimed it
    const Staff &replier = m_staff.at(assignee);
    for (auto &[key, value] : staffVars) {
        if (key == u"staff")
            value = &ph == &m_region.englishPhrases ? replier.chatNameEnglish : replier.selfName;
        else if (key == u"staff2")
            value = staffChatName(wanted, ph);
    }
    const QString reason = demoFill(script.reason, vars);

    QList<ChatLine> lines;
    lines.append(
        {QStringLiteral("customer"), demoFill(random.pick(script.customerOpeners), vars), {}, 0});
    lines.append({QStringLiteral("assistant"),
                  demoFill(random.pick(withoutName(script.assistantAttempts, customer < 0)), vars),
                  QStringLiteral("{\"intent\":%1,\"confidence\":%2}")
                      .arg(jsonText(script.intent), confidence(random.between(35, 70))),
                  random.between(2, 10)});
    lines.append({QStringLiteral("customer"),
                  demoFill(random.pick(script.customerFollowUps), vars),
                  {},
                  random.between(20, 300)});
    lines.append(
        {QStringLiteral("assistant"),
         demoFill(random.pick(withoutName(ph.assistantHandover, customer < 0)), vars),
         QStringLiteral("{\"intent\":%1,\"handoff\":true,\"reason\":%2,"
                        "\"confidence\":%3}")
             .arg(jsonText(script.intent), jsonText(reason), confidence(random.between(25, 55))),
         random.between(2, 10)});
    lines.append({QStringLiteral("system"), demoFill(ph.systemHandover, vars), {}, 1});
    const int handoverLine = int(lines.size()) - 1;

    // The team: claim sooner for urgent ones, and only when the salon is open.
    static const int delay[4][2] = {{2, 20}, {5, 60}, {10, 180}, {30, 600}};
    qint64 claimedAt = nextOpenTime(
        when + 60 * random.between(delay[priority - 1][0], delay[priority - 1][1]), random);
    qint64 resolvedAt = 0;
    bool claimed = true;
    if (stayOpen) {
        claimed = random.chance(0.55) && claimedAt <= m_now - 120;
    } else {
        if (claimedAt > m_now - 3 * 3600)
            claimedAt = when + (m_now - 3 * 3600 - when) / 3;
        resolvedAt = claimedAt + 60 * random.between(5, 240);
        if (resolvedAt > m_now - 600)
            resolvedAt = claimedAt + (m_now - 600 - claimedAt) / 2;
    }

    qint64 replyAt = 0;
    if (claimed) {
        replyAt = claimedAt + 60 * random.between(1, 8);
        if (stayOpen && (replyAt > m_now - 60 || random.chance(0.5)))
            replyAt = 0;
        if (!stayOpen && replyAt >= resolvedAt)
            replyAt = claimedAt + (resolvedAt - claimedAt) / 3;
    }
    QString reply;
    if (replyAt > 0) {
        reply = demoFill(random.pick(script.staffReplies), staffVars);
        lines.append({QStringLiteral("staff"), reply, {}, int(replyAt - when)});
        if (!stayOpen) {
            const qint64 answerAt = replyAt + (resolvedAt - replyAt) / 2;
            lines.append({QStringLiteral("customer"),
                          demoFill(random.pick(ph.customerAfterStaff), vars),
                          {},
                          int(answerAt - replyAt)});
        }
    }

    const QString conversation = random.uuid();
    const QString handoff = random.uuid();
    const auto [startedAt, lastAt] =
        writeChat(conversation, customer, web ? QStringLiteral("web") : QStringLiteral("whatsapp"),
                  QStringLiteral("handed_off"), script.intent, lines, when, handoverLine);
    Q_UNUSED(startedAt)
    Q_UNUSED(lastAt)

    static const QStringList outcomes = {
        QStringLiteral("booked"),   QStringLiteral("rescheduled"),   QStringLiteral("cancelled"),
        QStringLiteral("answered"), QStringLiteral("complaint"),     QStringLiteral("no_action"),
        QStringLiteral("spam"),     QStringLiteral("returned_to_ai")};
    QVariant outcome;
    QVariant note;
    if (!stayOpen) {
        const qsizetype pick = random.weighted(script.outcomeWeights);
        outcome = outcomes.at(pick);
        note = demoFill(script.resolutionNotes.value(pick), vars);
    }
    const QVariant assignedTo = claimed ? QVariant(m_staff.at(assignee).id) : QVariant();
    m_handoffs->insert({handoff, m_businessId, conversation,
                        customer >= 0 ? QVariant(m_customers.at(customer).id) : QVariant(), reason,
                        priority, assignedTo, claimed ? QVariant(claimedAt) : QVariant(),
                        stayOpen ? 0 : 1, stayOpen ? QVariant() : QVariant(resolvedAt),
                        stayOpen ? QVariant() : assignedTo, outcome, note, when,
                        qMax(when, qMax(claimed ? claimedAt : 0, resolvedAt))});

    // The team's reply also went out through the messaging gateway.
    if (replyAt > 0 && customer >= 0) {
        const Customer &c = m_customers.at(customer);
        QString channel = QStringLiteral("whatsapp");
        if (web)
            channel = c.email.isEmpty() ? QStringLiteral("sms") : QStringLiteral("email");
        addOutbound(customer, conversation, handoff, {}, channel, QStringLiteral("reply"), reply,
                    assignee, replyAt, random);
    }

    const QString who =
        customer >= 0 ? m_customers.at(customer).fullName : QStringLiteral("A web visitor");
    if (stayOpen || when > m_now - 4 * 86400)
        addNotice(QStringLiteral("handoff"), priority,
                  QStringLiteral("New handoff: %1").arg(reason),
                  QStringLiteral("%1 on %2")
                      .arg(who, web ? QStringLiteral("web chat") : QStringLiteral("WhatsApp")),
                  QStringLiteral("chairside://handoff/") + handoff, when, claimed ? assignee : -1);
}

} // namespace Chairside
