#include "core/Loyalty.h"
#include "store/demo/DemoSalonBuilder.h"
#include "store/demo/DemoTableWriter.h"

#include <algorithm>

// Loyalty ledgers (opening balances, points for every completed visit of a member, awards,
// redemptions, expiries and owner corrections, never below zero) and the desk's notifications.
namespace Chairside {

namespace {

enum class EntryKind { Earn, Award, Redeem, Adjust, Expire };

struct Entry
{
    qint64 at = 0;
    EntryKind kind = EntryKind::Earn;
    qint64 points = 0; // planned size; redeem and expire are settled against the balance
    QString reason;
    int appointment = -1;
    int createdBy = 0;
    int order = 0; // keeps same-second entries in the order they were planned
};

QString kindKey(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Earn:
        return QStringLiteral("earn");
    case EntryKind::Award:
        return QStringLiteral("award");
    case EntryKind::Redeem:
        return QStringLiteral("redeem");
    case EntryKind::Adjust:
        return QStringLiteral("adjust");
    case EntryKind::Expire:
        return QStringLiteral("expire");
    }
    return {};
}

} // namespace

void DemoSalonBuilder::makeLoyalty()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"loyalty");
    DemoTableWriter ledger(
        m_db, QStringLiteral("loyalty_ledger"),
        {QStringLiteral("id"), QStringLiteral("business_id"), QStringLiteral("customer_id"),
         QStringLiteral("kind"), QStringLiteral("points"), QStringLiteral("reason"),
         QStringLiteral("appointment_id"), QStringLiteral("reward_id"),
         QStringLiteral("created_by"), QStringLiteral("created_at"), QStringLiteral("updated_at")},
        &m_failure);

    QList<LoyaltyTier> tiers;
    for (qsizetype i = 0; i < m_region.tiers.size(); ++i)
        tiers.append({int(i) + 1, m_region.tiers.at(i).name, m_region.tiers.at(i).thresholdPoints});

    QList<QList<int>> visits(m_customers.size());
    for (int i = 0; i < m_appointments.size(); ++i) {
        const Appointment &a = m_appointments.at(i);
        if (a.status == AppointmentStatus::Completed && a.customer >= 0)
            visits[a.customer].append(i);
    }

    for (int ci = 0; ci < m_customers.size() && !m_failure; ++ci) {
        const Customer &c = m_customers.at(ci);
        if (!c.member)
            continue;
        QList<Entry> plan;
        const auto add = [&](Entry e) {
            e.order = int(plan.size());
            if (e.at <= m_now)
                plan.append(e);
        };
        // Long-standing members brought a balance over from the old card.
        if (c.createdAt < m_windowStart) {
            static const int buckets[5][2] = {
                {20, 450}, {500, 1400}, {1500, 3900}, {4000, 9800}, {10000, 16000}};
            const auto *bucket = buckets[random.weighted({40, 28, 18, 10, 4})];
            const qint64 points = random.between(bucket[0], bucket[1]);
            const qint64 at =
                qMax(c.createdAt + 60,
                     qMin(m_windowStart - 86400, qMax(c.createdAt + 86400LL * random.between(1, 30),
                                                      m_now - 86400LL * random.between(100, 600))));
            add({at, EntryKind::Award, points, m_region.openingBalanceReason, -1, m_owner});
            const qint64 expiry = at + 365LL * 86400;
            if (expiry < m_now && random.chance(0.2))
                add({expiry, EntryKind::Expire, points * random.between(20, 60) / 100,
                     m_region.expiryReason, -1, m_owner});
        } else if (random.chance(0.5)) {
            add({c.createdAt + 300, EntryKind::Award, 50, m_region.awardReasons.at(3), -1,
                 deskPerson(random)});
        }
        for (const int ai : std::as_const(visits.at(ci))) {
            const Appointment &a = m_appointments.at(ai);
            if (random.chance(0.2))
                add({a.finishedAt - 30, EntryKind::Redeem, 0, {}, ai, a.deskStaff});
            const qint64 points =
                pointsEarned(m_services.at(a.service).priceMinor, m_region.minorPerPoint);
            if (points > 0)
                add({a.finishedAt + random.between(0, 120), EntryKind::Earn, points,
                     m_services.at(a.service).spec->name, ai, a.staff});
        }
        const auto inWindow = [&] {
            return random.between64(qMax(m_windowStart, c.createdAt + 600), m_now - 600);
        };
        if (random.chance(0.08))
            add({inWindow(), EntryKind::Award, 100, m_region.awardReasons.at(0), -1, m_owner});
        if (random.chance(0.05))
            add({inWindow(), EntryKind::Award, 150, m_region.awardReasons.at(1), -1,
                 deskPerson(random)});
        if (random.chance(0.03))
            add({inWindow(), EntryKind::Award, 50, m_region.awardReasons.at(2), -1, m_admin});
        if (random.chance(0.01))
            add({inWindow(), EntryKind::Adjust, random.between(20, 80),
                 random.pick(m_region.adjustReasonsUp), -1, m_owner});
        if (random.chance(0.01))
            add({inWindow(), EntryKind::Adjust, -random.between(10, 50),
                 random.pick(m_region.adjustReasonsDown), -1, m_owner});

        std::sort(plan.begin(), plan.end(), [](const Entry &x, const Entry &y) {
            return x.at != y.at ? x.at < y.at : x.order < y.order;
        });
        qint64 balance = 0;
        qint64 lifetime = 0;
        for (const Entry &e : std::as_const(plan)) {
            qint64 points = e.points;
            QString reason = e.reason;
            QVariant reward;
            switch (e.kind) {
            case EntryKind::Earn:
            case EntryKind::Award:
                break;
            case EntryKind::Adjust:
                if (points < 0 && balance + points < 0)
                    continue;
                break;
            case EntryKind::Expire:
                points = -qMin(balance, points);
                break;
            case EntryKind::Redeem: {
                QList<int> affordable;
                for (int r = 0; r < m_region.rewards.size(); ++r) {
                    if (m_region.rewards.at(r).costPoints <= balance)
                        affordable.append(r);
                }
                if (affordable.isEmpty()) {
                    points = 0;
                    break;
                }
                const int r = random.pick(affordable);
                points = -m_region.rewards.at(r).costPoints;
                reason = QStringLiteral("Redeemed: %1").arg(m_region.rewards.at(r).name);
                reward = m_rewardIds.at(r);
                break;
            }
            }
            if (points == 0)
                continue;
            const qint64 before = lifetime;
            balance += points;
            if (e.kind == EntryKind::Earn || e.kind == EntryKind::Award)
                lifetime += points;
            // An earn line has the id the server gives it (one per appointment, earnLineId); the
            // random draw is made anyway so the rest of the salon stays the same.
            const QString drawnId = random.uuid();
            const QString id = e.kind == EntryKind::Earn && e.appointment >= 0
                                   ? earnLineId(m_appointments.at(e.appointment).id)
                                   : drawnId;
            ledger.insert(
                {id, m_businessId, c.id, kindKey(e.kind), points, reason,
                 e.appointment >= 0 ? QVariant(m_appointments.at(e.appointment).id) : QVariant(),
                 reward, m_staff.at(e.createdBy).id, e.at, e.at});
            const qsizetype tierBefore = tierIndexFor(before, tiers);
            const qsizetype tierAfter = tierIndexFor(lifetime, tiers);
            if (tierAfter > tierBefore && tierBefore >= 0 && e.at > m_now - 10 * 86400)
                addNotice(QStringLiteral("loyalty_tier"), 4,
                          QStringLiteral("%1 reached %2")
                              .arg(c.fullName, m_region.tiers.at(tierAfter).name),
                          QStringLiteral("%1 lifetime points. Perks: %2")
                              .arg(lifetime)
                              .arg(m_region.tiers.at(tierAfter).perks),
                          QStringLiteral("chairside://customer/") + c.id, e.at + 60);
        }
    }
    m_summary.ledgerRows = ledger.count();

    // A few reviews from recent happy clients.
    int reviews = 0;
    for (qsizetype i = m_appointments.size() - 1; i >= 0 && reviews < 8; --i) {
        const Appointment &a = m_appointments.at(i);
        if (a.status != AppointmentStatus::Completed || a.customer < 0
            || a.finishedAt < m_now - 10 * 86400 || !random.chance(0.05))
            continue;
        const Customer &c = m_customers.at(a.customer);
        const QString shortName =
            c.fullName.section(u' ', 0, 0) + u' ' + c.fullName.section(u' ', -1).left(1) + u'.';
        addNotice(QStringLiteral("review"), random.chance(0.7) ? 4 : 3,
                  QStringLiteral("New %1-star review from %2")
                      .arg(random.chance(0.8) ? 5 : 4)
                      .arg(shortName),
                  random.pick(m_region.reviewTexts), QStringLiteral("chairside://customer/") + c.id,
                  qMin(m_now - 60, a.finishedAt + 60LL * random.between(30, 600)));
        ++reviews;
    }
}

void DemoSalonBuilder::makeNotifications()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"notifications");
    QList<Notice> notices = m_notices;
    std::stable_sort(notices.begin(), notices.end(),
                     [](const Notice &x, const Notice &y) { return x.at > y.at; });

    // Newest first, with a quota per kind so the list shows a bit of everything.
    const int target = random.between(30, 60);
    const QList<QPair<QString, int>> quotas = {
        {QStringLiteral("handoff"), 18},        {QStringLiteral("no_show"), 8},
        {QStringLiteral("reminder_failed"), 6}, {QStringLiteral("late_cancellation"), 6},
        {QStringLiteral("review"), 6},          {QStringLiteral("loyalty_tier"), 6}};
    QList<Notice> chosen;
    QList<bool> taken(notices.size(), false);
    for (const auto &[kind, quota] : quotas) {
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < notices.size(); ++i) {
            if (notices.at(i).kind == kind)
                candidates.append(i);
        }
        // The most urgent first, then the newest.
        std::stable_sort(candidates.begin(), candidates.end(), [&](qsizetype x, qsizetype y) {
            return notices.at(x).priority < notices.at(y).priority;
        });
        for (qsizetype k = 0; k < candidates.size() && k < quota; ++k) {
            chosen.append(notices.at(candidates.at(k)));
            taken[candidates.at(k)] = true;
        }
    }
    for (qsizetype i = 0; i < notices.size() && chosen.size() < target; ++i) {
        if (!taken.at(i))
            chosen.append(notices.at(i));
    }
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Notice &x, const Notice &y) { return x.at > y.at; });
    if (chosen.size() > target)
        chosen.resize(target);
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const Notice &x, const Notice &y) { return x.at < y.at; });

    DemoTableWriter writer(
        m_db, QStringLiteral("notifications"),
        {QStringLiteral("id"), QStringLiteral("business_id"), QStringLiteral("recipient_staff_id"),
         QStringLiteral("kind"), QStringLiteral("priority"), QStringLiteral("title"),
         QStringLiteral("body"), QStringLiteral("action_url"), QStringLiteral("created_at"),
         QStringLiteral("read_at"), QStringLiteral("expires_at"), QStringLiteral("dismissed"),
         QStringLiteral("updated_at")},
        &m_failure);
    static const QStringList priorities = {QStringLiteral("urgent"), QStringLiteral("high"),
                                           QStringLiteral("normal"), QStringLiteral("low")};
    struct Row
    {
        qint64 readAt = 0;
        qint64 expiresAt = 0;
        bool dismissed = false;
    };
    QList<Row> rows;
    bool anyExpired = false;
    for (const Notice &n : std::as_const(chosen)) {
        Row row;
        const bool old = n.at < m_now - 6 * 3600;
        if (random.chance(old ? 0.6 : 0.2))
            row.readAt = qMin(m_now, n.at + 60LL * random.between(2, 300));
        row.dismissed = row.readAt > 0 && random.chance(0.3);
        if (n.kind == u"no_show")
            row.expiresAt = n.at + 7 * 86400;
        else if (n.kind == u"reminder_failed")
            row.expiresAt = n.at + 2 * 86400;
        else if (n.kind == u"late_cancellation")
            row.expiresAt = n.at + 3 * 86400;
        else if (n.kind == u"review")
            row.expiresAt = n.at + 14 * 86400;
        else if (n.kind == u"loyalty_tier")
            row.expiresAt = n.at + 30 * 86400;
        anyExpired = anyExpired || (row.expiresAt > 0 && row.expiresAt < m_now);
        rows.append(row);
    }
    // At least one has lapsed, so the list shows how expired ones look.
    for (qsizetype i = 0; i < chosen.size() && !anyExpired; ++i) {
        if (chosen.at(i).kind != u"handoff" && chosen.at(i).at < m_now - 7200) {
            rows[i].expiresAt = chosen.at(i).at + 3600;
            anyExpired = true;
        }
    }
    for (qsizetype i = 0; i < chosen.size(); ++i) {
        const Notice &n = chosen.at(i);
        const Row &row = rows.at(i);
        writer.insert({random.uuid(), m_businessId,
                       n.recipient >= 0 ? QVariant(m_staff.at(n.recipient).id) : QVariant(), n.kind,
                       priorities.at(qBound(1, n.priority, 4) - 1), n.title, n.body, n.url, n.at,
                       row.readAt > 0 ? QVariant(row.readAt) : QVariant(),
                       row.expiresAt > 0 ? QVariant(row.expiresAt) : QVariant(), int(row.dismissed),
                       qMax(n.at, row.readAt)});
    }
    m_summary.notifications = writer.count();
}

} // namespace Chairside
