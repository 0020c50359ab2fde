#include "store/demo/DemoSalonBuilder.h"

#include "core/Money.h"
#include "core/business/StaffServices.h"
#include "store/demo/DemoTableWriter.h"

#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Chairside {

namespace {

// Bumped whenever the generator's output changes, so stores made by an older generator are
// regenerated instead of being mistaken for the current recipe.
constexpr int kGeneratorVersion = 4; // 4: who performs which services

QTimeZone zoneFor(const DemoRegion &region)
{
    const QTimeZone zone(region.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone(region.utcOffsetSeconds);
}

QPair<QString, QString> splitName(const QString &entry)
{
    const qsizetype bar = entry.indexOf(u'|');
    if (bar < 0)
        return {entry, entry};
    return {entry.left(bar), entry.mid(bar + 1)};
}

// "#rrggbb" for a hue in degrees and saturation / lightness in [0, 1] (QColor is in Qt GUI,
// which the store does not link).
QString hslColour(double hue, double saturation, double lightness)
{
    const double c = (1.0 - std::fabs(2.0 * lightness - 1.0)) * saturation;
    const double h = std::fmod(hue, 360.0) / 60.0;
    const double x = c * (1.0 - std::fabs(std::fmod(h, 2.0) - 1.0));
    double r = 0, g = 0, b = 0;
    if (h < 1)
        r = c, g = x;
    else if (h < 2)
        r = x, g = c;
    else if (h < 3)
        g = c, b = x;
    else if (h < 4)
        g = x, b = c;
    else if (h < 5)
        r = x, b = c;
    else
        r = c, b = x;
    const double m = lightness - c / 2.0;
    const auto channel = [m](double v) {
        return QStringLiteral("%1").arg(qBound(0, int(std::lround((v + m) * 255.0)), 255), 2, 16,
                                        QLatin1Char('0'));
    };
    return u'#' + channel(r) + channel(g) + channel(b);
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

DemoSalonBuilder::DemoSalonBuilder(QSqlDatabase &db, const DemoSalonOptions &options)
    : m_db(db)
    , m_options(options)
    , m_region(demoRegion(options.region))
    , m_clock(zoneFor(m_region))
{
    m_options.scale = qMax(1, options.scale);
    if (options.anchorDate.isValid()) {
        // A chosen day: "now" is 11:00 there, so the same options always give the same rows.
        m_anchor = options.anchorDate;
    } else {
        // Today: "now" is the present quarter hour in the salon's zone, so nothing the desk
        // sees on first start lies in the future.
        const QDateTime local = QDateTime::currentDateTime().toTimeZone(m_clock.zone());
        m_anchor = local.date();
        m_nowMinute = local.time().msecsSinceStartOfDay() / 60000 / 15 * 15;
    }
    m_now = at(m_anchor, m_nowMinute);
    m_firstDay = m_anchor.addDays(-90);
    m_lastDay = m_anchor.addDays(30);
    m_windowStart = at(m_firstDay, 0);
}

DemoSalonBuilder::~DemoSalonBuilder() = default;

QString DemoSalonBuilder::recipeKey(const DemoSalonOptions &options)
{
    const QDate anchor =
        options.anchorDate.isValid()
            ? options.anchorDate
            : QDateTime::currentDateTime().toTimeZone(zoneFor(demoRegion(options.region))).date();
    return QStringLiteral("v%1|%2|%3|%4|%5")
        .arg(kGeneratorVersion)
        .arg(qMax(1, options.scale))
        .arg(demoRegion(options.region).key, anchor.toString(Qt::ISODate))
        .arg(options.seed);
}

std::optional<QSqlError> DemoSalonBuilder::build(DemoSalonSummary *summary)
{
    m_idRandom = std::make_unique<DemoRandom>(m_options.seed, u"message-ids");
    m_messages = std::make_unique<DemoTableWriter>(
        m_db, QStringLiteral("ai_messages"),
        QStringList{QStringLiteral("id"), QStringLiteral("business_id"),
                    QStringLiteral("conversation_id"), QStringLiteral("sender"),
                    QStringLiteral("body"), QStringLiteral("metadata"), QStringLiteral("sent_at"),
                    QStringLiteral("updated_at")},
        &m_failure);
    m_outbound = std::make_unique<DemoTableWriter>(
        m_db, QStringLiteral("outbound_messages"),
        QStringList{QStringLiteral("id"), QStringLiteral("business_id"),
                    QStringLiteral("customer_id"), QStringLiteral("conversation_id"),
                    QStringLiteral("handoff_id"), QStringLiteral("appointment_id"),
                    QStringLiteral("channel"), QStringLiteral("kind"), QStringLiteral("body"),
                    QStringLiteral("status"), QStringLiteral("error"), QStringLiteral("created_by"),
                    QStringLiteral("created_at"), QStringLiteral("sent_at"),
                    QStringLiteral("updated_at")},
        &m_failure);

    writeBusiness();
    makeServices();
    makeStaff();
    makeCustomers();
    makeAppointments();
    writeCustomers();
    writeAppointments();
    writeReminders();
    makeConversations();
    makeLoyalty();
    makeNotifications();
    writeReminderRules();
    makeAuditLog();
    writeRecipe();
    if (m_failure)
        return m_failure;
    m_summary.messages = m_messages->count();
    m_summary.outboundMessages = m_outbound->count();
    if (summary)
        *summary = m_summary;
    return std::nullopt;
}

void DemoSalonBuilder::writeBusiness()
{
    DemoRandom random(m_options.seed, u"business");
    m_businessId = random.uuid();
    DemoTableWriter business(
        m_db, QStringLiteral("businesses"),
        {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("time_zone"),
         QStringLiteral("currency"), QStringLiteral("locale"), QStringLiteral("phone"),
         QStringLiteral("email"), QStringLiteral("address"),
         QStringLiteral("loyalty_minor_per_point"), QStringLiteral("loyalty_expiry_months"),
         QStringLiteral("updated_at")},
        &m_failure);
    business.insert({m_businessId, m_region.businessName, m_region.timeZone, m_region.currency,
                     m_region.locale, m_region.phone, m_region.email, m_region.address,
                     m_region.minorPerPoint, m_region.expiryMonths,
                     m_now - 86400 * random.between(40, 400)});

    DemoTableWriter tiers(m_db, QStringLiteral("loyalty_tiers"),
                          {QStringLiteral("id"), QStringLiteral("business_id"),
                           QStringLiteral("rank"), QStringLiteral("name"),
                           QStringLiteral("threshold_points"), QStringLiteral("perks"),
                           QStringLiteral("updated_at")},
                          &m_failure);
    int rank = 1;
    for (const DemoTierSpec &tier : m_region.tiers)
        tiers.insert({random.uuid(), m_businessId, rank++, tier.name, tier.thresholdPoints,
                      tier.perks, m_now - 86400 * random.between(100, 300)});

    DemoTableWriter rewards(m_db, QStringLiteral("loyalty_rewards"),
                            {QStringLiteral("id"), QStringLiteral("business_id"),
                             QStringLiteral("name"), QStringLiteral("cost_points"),
                             QStringLiteral("active"), QStringLiteral("updated_at")},
                            &m_failure);
    m_rewardIds.clear();
    for (const DemoRewardSpec &reward : m_region.rewards) {
        const QString id = random.uuid();
        m_rewardIds.append(id);
        rewards.insert({id, m_businessId, reward.name, reward.costPoints, 1,
                        m_now - 86400 * random.between(20, 300)});
    }
    m_summary.loyaltyTiers = tiers.count();
    m_summary.rewards = rewards.count();
}

void DemoSalonBuilder::makeServices()
{
    DemoRandom random(m_options.seed, u"services");
    const int digits = minorDigits(m_region.currency);
    qint64 unit = 1;
    for (int i = 0; i < digits; ++i)
        unit *= 10;
    DemoTableWriter writer(m_db, QStringLiteral("services"),
                           {QStringLiteral("id"), QStringLiteral("business_id"),
                            QStringLiteral("name"), QStringLiteral("category"),
                            QStringLiteral("duration_minutes"),
                            QStringLiteral("processing_minutes"), QStringLiteral("buffer_minutes"),
                            QStringLiteral("price_minor"), QStringLiteral("colour"),
                            QStringLiteral("active"), QStringLiteral("updated_at")},
                           &m_failure);
    for (const DemoServiceSpec &spec : m_region.services) {
        Service service;
        service.id = random.uuid();
        service.spec = &spec;
        service.totalMinutes = spec.durationMinutes + spec.processingMinutes + spec.bufferMinutes;
        service.priceMinor = spec.priceMajor * unit;
        writer.insert({service.id, m_businessId, spec.name, spec.category, spec.durationMinutes,
                       spec.processingMinutes, spec.bufferMinutes, service.priceMinor, spec.colour,
                       1, m_now - 86400 * random.between(10, 500)});
        m_services.append(service);
    }
    m_summary.services = writer.count();
}

void DemoSalonBuilder::makeStaff()
{
    DemoRandom random(m_options.seed, u"staff");
    const int count = 6 * m_options.scale;
    const QList<DemoStaffProfile> &profiles = m_region.staffProfiles;

    // Staff come from the region's main community (Thai staff at the Bangkok clinic).
    QList<int> groupWeights;
    bool anyThai = false;
    for (const DemoNameGroup &group : m_region.nameGroups)
        anyThai = anyThai || group.thaiScript;
    for (const DemoNameGroup &group : m_region.nameGroups)
        groupWeights.append(!anyThai || group.thaiScript ? group.weight : 0);

    QSet<QString> usedNames;
    QSet<QString> usedSurnames;
    QSet<QString> usedColours;
    QSet<QString> usedMail;
    DemoTableWriter staffWriter(
        m_db, QStringLiteral("staff_members"),
        {QStringLiteral("id"), QStringLiteral("business_id"), QStringLiteral("user_id"),
         QStringLiteral("display_name"), QStringLiteral("role"), QStringLiteral("colour"),
         QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("active"),
         QStringLiteral("sort_order"), QStringLiteral("updated_at")},
        &m_failure);
    DemoTableWriter hoursWriter(m_db, QStringLiteral("working_hours"),
                                {QStringLiteral("id"), QStringLiteral("business_id"),
                                 QStringLiteral("staff_id"), QStringLiteral("weekday"),
                                 QStringLiteral("start_minute"), QStringLiteral("end_minute"),
                                 QStringLiteral("break_start_minute"),
                                 QStringLiteral("break_end_minute"), QStringLiteral("updated_at")},
                                &m_failure);
    DemoTableWriter servicesWriter(m_db, QStringLiteral("staff_services"),
                                   {QStringLiteral("id"), QStringLiteral("business_id"),
                                    QStringLiteral("staff_id"), QStringLiteral("service_id"),
                                    QStringLiteral("updated_at")},
                                   &m_failure);
    DemoTableWriter offWriter(m_db, QStringLiteral("time_off"),
                              {QStringLiteral("id"), QStringLiteral("business_id"),
                               QStringLiteral("staff_id"), QStringLiteral("starts_at"),
                               QStringLiteral("ends_at"), QStringLiteral("reason"),
                               QStringLiteral("updated_at")},
                              &m_failure);

    for (int i = 0; i < count; ++i) {
        const DemoStaffProfile &profile =
            i < 2 ? profiles.at(i) : profiles.at(2 + (i - 2) % (profiles.size() - 2));
        Staff staff;
        staff.id = random.uuid();
        staff.role = i == 0 ? StaffRole::Owner : i == 1 ? StaffRole::Admin : StaffRole::Staff;
        staff.female = i < profiles.size() ? profile.female : random.chance(0.8);
        staff.doctor = !profile.titlePrefix.isEmpty();

        QString first;
        QString last;
        QString latinLast;
        const DemoNameGroup *group = nullptr;
        for (int attempt = 0; attempt < 200; ++attempt) {
            group = &m_region.nameGroups.at(random.weighted(groupWeights));
            const auto [firstShown, firstLatin] =
                splitName(random.pick(staff.female ? group->femaleFirst : group->maleFirst));
            const auto [lastShown, lastLatin] = splitName(random.pick(group->surnames));
            first = firstShown;
            last = lastShown;
            staff.latinFirst = firstLatin;
            latinLast = lastLatin;
            const QString title = staff.doctor && staff.female == profile.female
                                      ? profile.titlePrefix + u' '
                                      : QString();
            staff.displayName = title + first + u' ' + last;
            // Distinct people: no two share a name, and in a small team not a surname either.
            if (!usedNames.contains(staff.displayName)
                && (!usedSurnames.contains(last) || attempt > 100))
                break;
        }
        usedNames.insert(staff.displayName);
        usedSurnames.insert(last);
        if (group && group->thaiScript) {
            staff.chatName =
                (staff.doctor ? QStringLiteral("คุณหมอ") : QStringLiteral("คุณ")) + first;
            staff.chatNameEnglish =
                staff.doctor ? QStringLiteral("Dr ") + staff.latinFirst : staff.latinFirst;
            staff.selfName = staff.doctor ? QStringLiteral("หมอ") + first : first;
        } else {
            staff.chatName = first;
            staff.chatNameEnglish = first;
            staff.selfName = first;
        }

        for (int s = 0; s < m_services.size(); ++s) {
            if (profile.skills.contains(m_services.at(s).spec->skill)) {
                staff.services.append(s);
                staff.serviceWeights.append(m_services.at(s).spec->popularity);
            }
        }

        QString colour = i < m_region.staffColours.size() ? m_region.staffColours.at(i) : QString();
        for (int step = i; colour.isEmpty() || usedColours.contains(colour); ++step)
            colour = hslColour(step * 137.508, 0.45 + (step * 37 % 30) / 100.0,
                               0.38 + (step * 53 % 17) / 100.0);
        usedColours.insert(colour);

        QString mail = demoAsciiFold(staff.latinFirst);
        for (int n = 2; usedMail.contains(mail); ++n)
            mail = demoAsciiFold(staff.latinFirst) + demoAsciiFold(latinLast).left(n - 1);
        usedMail.insert(mail);

        // Drawn in the order the generator always drew them (the same seed, the same salon).
        const QString userId = random.uuid();
        const QString phone = phoneNumber(random);
        const qint64 joined = m_now - 86400 * random.between(5, 300);
        staffWriter.insert({staff.id, m_businessId, userId, staff.displayName, toKey(staff.role),
                            colour, phone, QString(mail + u'@' + m_region.mailDomain), 1, i,
                            joined});
        // The services of their skills (a colourist: colour and hair); someone skilled in
        // everything keeps no list, which means every service.
        if (staff.services.size() < m_services.size()) {
            for (const int s : std::as_const(staff.services)) {
                const QString &service = m_services.at(s).id;
                servicesWriter.insert({StaffServices::rowId(staff.id, service), m_businessId,
                                       staff.id, service, joined});
            }
        }

        // Working hours within the salon's opening hours, with a lunch break on long days.
        for (const int weekday : profile.weekdays) {
            const int open = m_region.openMinute.at(weekday - 1);
            const int close = m_region.closeMinute.at(weekday - 1);
            const int span = close - open;
            DayHours hours;
            hours.works = true;
            if (span >= 9 * 60) {
                const int length = 30 * random.between(16, qMin(19, span / 30));
                hours.start = open + 30 * random.between(0, (span - length) / 30);
                hours.end = hours.start + length;
            } else {
                hours.start = open + (span >= 6 * 60 ? 30 * random.between(0, 1) : 0);
                hours.end = close;
            }
            if (hours.end - hours.start >= 7 * 60 + 30) {
                const int length = random.chance(0.6) ? 30 : 45;
                hours.breakStart =
                    qMax(hours.start + 180, m_region.lunchEarliest + 15 * random.between(0, 6));
                hours.breakEnd = hours.breakStart + length;
                if (hours.breakEnd > hours.end - 120) {
                    hours.breakStart = -1;
                    hours.breakEnd = -1;
                }
            }
            staff.hours[weekday] = hours;
            hoursWriter.insert({random.uuid(), m_businessId, staff.id, weekday, hours.start,
                                hours.end,
                                hours.breakStart < 0 ? QVariant() : QVariant(hours.breakStart),
                                hours.breakEnd < 0 ? QVariant() : QVariant(hours.breakEnd),
                                m_now - 86400 * random.between(5, 200)});
        }

        // Leave: one colleague per six is away around "today" (the assistant hears about it),
        // others had a few days off earlier or will soon, and some take half a day.
        const auto addLeave = [&](QDate from, QDate to, const QString &reason) {
            TimeOff off{at(from, 0), at(to.addDays(1), 0)};
            staff.timeOff.append(off);
            offWriter.insert({random.uuid(), m_businessId, staff.id, off.start, off.end, reason,
                              qMin(m_now, off.start - 86400 * random.between(3, 30))});
        };
        if (i % 6 == 2) {
            const QDate from = m_anchor.addDays(-2 - i / 6);
            addLeave(from, from.addDays(6), m_region.timeOffReasons.at(0));
        }
        if (random.chance(0.35)) {
            const QDate from = m_anchor.addDays(-random.between(10, 85));
            addLeave(from, from.addDays(random.between(0, 2)),
                     random.pick(m_region.timeOffReasons.mid(0, 3)));
        }
        if (random.chance(0.2)) {
            const QDate from = m_anchor.addDays(random.between(8, 28));
            addLeave(from, from.addDays(random.between(0, 1)), m_region.timeOffReasons.at(0));
        }
        if (random.chance(0.2)) {
            const QDate day = m_anchor.addDays(random.between(-80, 25));
            const DayHours &hours = staff.hours[day.dayOfWeek()];
            if (hours.works && hours.end - hours.start > 5 * 60
                && !isOnLeave(staff, at(day, hours.start), at(day, hours.end))) {
                TimeOff off{at(day, hours.end - 3 * 60), at(day, hours.end)};
                staff.timeOff.append(off);
                offWriter.insert({random.uuid(), m_businessId, staff.id, off.start, off.end,
                                  random.pick(m_region.timeOffReasons.mid(3)),
                                  qMin(m_now, off.start - 86400 * random.between(2, 20))});
            }
        }
        m_staff.append(staff);
    }
    m_summary.staff = staffWriter.count();
    m_summary.workingHours = hoursWriter.count();
    m_summary.timeOff = offWriter.count();
    m_summary.staffServices = servicesWriter.count();
}

QString DemoSalonBuilder::phoneNumber(DemoRandom &random)
{
    for (;;) {
        const int prefix = random.pick(m_region.mobilePrefixes);
        const QString number = QStringLiteral("+%1%2%3")
                                   .arg(m_region.countryCode)
                                   .arg(prefix)
                                   .arg(random.between(0, 9999999), 7, 10, QLatin1Char('0'));
        if (!m_usedPhones.contains(number)) {
            m_usedPhones.insert(number);
            return number;
        }
    }
}

QString DemoSalonBuilder::nameForEmail(const QString &latinFirst, const QString &latinLast,
                                       DemoRandom &random)
{
    static const QStringList domains = {QStringLiteral("example.com"),
                                        QStringLiteral("example.net"),
                                        QStringLiteral("example.org")};
    const QString first = demoAsciiFold(latinFirst);
    const QString last = demoAsciiFold(latinLast);
    QString local;
    switch (random.between(0, 5)) {
    case 0:
        local = first + u'.' + last;
        break;
    case 1:
        local = first + last;
        break;
    case 2:
        local = first.left(1) + u'.' + last;
        break;
    case 3:
        local = first + u'_' + last;
        break;
    case 4:
        local = first + QString::number(random.between(70, 99));
        break;
    default:
        local = first + u'.' + last + QString::number(random.between(1, 30));
        break;
    }
    const QString domain = domains.at(random.weighted({50, 30, 20}));
    QString address = local + u'@' + domain;
    for (int n = 2; m_usedEmails.contains(address); ++n)
        address = local + QString::number(n) + u'@' + domain;
    m_usedEmails.insert(address);
    return address;
}

void DemoSalonBuilder::makeCustomers()
{
    DemoRandom random(m_options.seed, u"customers");
    const int count = 2000 * m_options.scale;
    QList<int> groupWeights;
    for (const DemoNameGroup &group : m_region.nameGroups)
        groupWeights.append(group.weight);
    static const QString codeChars = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QSet<QString> usedCodes;
    m_customers.reserve(count);
    for (int i = 0; i < count; ++i) {
        Customer c;
        c.id = random.uuid();
        c.female = random.chance(m_region.femalePercent / 100.0);
        const DemoNameGroup &group = m_region.nameGroups.at(random.weighted(groupWeights));
        const auto [firstShown, firstLatin] =
            splitName(random.pick(c.female ? group.femaleFirst : group.maleFirst));
        const auto [lastShown, lastLatin] = splitName(random.pick(group.surnames));
        c.latinFirst = firstLatin;
        if (group.thaiScript && random.chance(0.12)) {
            c.fullName = firstLatin + u' ' + lastLatin; // registered in Latin letters
            c.chatFirst = firstLatin;
        } else {
            c.fullName = firstShown + u' ' + lastShown;
            c.chatFirst = firstShown;
        }
        c.english = m_region.hasSecondLanguage && !group.thaiScript;
        if (random.chance(0.98))
            c.phone = phoneNumber(random);
        if (random.chance(0.6))
            c.email = nameForEmail(firstLatin, lastLatin, random);
        c.consentWhatsApp = !c.phone.isEmpty() && random.chance(0.82);
        c.consentSms = !c.phone.isEmpty() && random.chance(0.4);
        c.consentEmail = !c.email.isEmpty() && random.chance(0.7);
        if (random.chance(0.14))
            c.notes = random.pick(m_region.customerNotes);
        if (random.chance(0.05))
            c.allergyNotes = random.pick(m_region.allergyNotes);
        if (random.chance(0.3)) {
            const QString stem = demoAsciiFold(firstLatin).toUpper().left(6);
            QString code;
            do {
                code = stem + u'-';
                for (int k = 0; k < 4; ++k)
                    code += codeChars.at(random.index(codeChars.size()));
            } while (usedCodes.contains(code));
            usedCodes.insert(code);
            c.referralCode = code;
        }
        c.createdAt = random.chance(0.85)
                          ? m_now - random.between64(95 * 86400LL, 4 * 365 * 86400LL)
                          : random.between64(m_windowStart, m_now - 3600);
        // A fifth are regulars who make up about half of the bookings.
        const int kind = random.between(1, 100);
        c.weight = kind <= 20   ? random.between(12, 30)
                   : kind <= 60 ? random.between(3, 8)
                                : random.between(1, 2);
        c.member = random.chance(0.65);
        m_customers.append(c);
    }

    qint64 female = 0;
    qint64 male = 0;
    for (int i = 0; i < m_customers.size(); ++i) {
        if (m_customers.at(i).female) {
            female += m_customers.at(i).weight;
            m_femaleCumulative.append(female);
            m_femaleIndex.append(i);
        } else {
            male += m_customers.at(i).weight;
            m_maleCumulative.append(male);
            m_maleIndex.append(i);
        }
    }
}

int DemoSalonBuilder::pickCustomer(DemoRandom &random, bool male, qint64 knownBy, bool onWhatsApp)
{
    const bool useMale = male && !m_maleIndex.isEmpty();
    const QList<qint64> &cumulative = useMale ? m_maleCumulative : m_femaleCumulative;
    const QList<int> &index = useMale ? m_maleIndex : m_femaleIndex;
    if (cumulative.isEmpty())
        return -1;
    const auto fits = [&](int c) {
        return (knownBy <= 0 || m_customers.at(c).createdAt <= knownBy)
               && (!onWhatsApp || m_customers.at(c).consentWhatsApp);
    };
    int chosen = -1;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const qint64 draw = random.between64(0, cumulative.constLast() - 1);
        const auto it = std::upper_bound(cumulative.cbegin(), cumulative.cend(), draw);
        chosen = index.at(it - cumulative.cbegin());
        if (fits(chosen))
            return chosen;
    }
    return knownBy > 0 && m_customers.at(chosen).createdAt > knownBy ? -1 : chosen;
}

void DemoSalonBuilder::writeCustomers()
{
    if (m_failure)
        return;
    DemoRandom random(m_options.seed, u"customer-rows");
    // A customer's card exists from their first booking at the latest.
    for (const Appointment &a : std::as_const(m_appointments)) {
        if (a.customer >= 0 && m_customers[a.customer].createdAt > a.createdAt)
            m_customers[a.customer].createdAt =
                a.createdAt
                - (a.source == AppointmentSource::WhatsAppAi
                       ? random.between(2400, 7200) // before the chat began
                       : random.between(60, 1200));
    }
    DemoTableWriter writer(
        m_db, QStringLiteral("customers"),
        {QStringLiteral("id"), QStringLiteral("business_id"), QStringLiteral("full_name"),
         QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("consent_whatsapp"),
         QStringLiteral("consent_sms"), QStringLiteral("consent_email"), QStringLiteral("notes"),
         QStringLiteral("allergy_notes"), QStringLiteral("referral_code"),
         QStringLiteral("created_at"), QStringLiteral("updated_at")},
        &m_failure);
    for (Customer &c : m_customers) {
        c.updatedAt = random.between64(c.createdAt, m_now);
        writer.insert({c.id, m_businessId, c.fullName, nullable(c.phone), nullable(c.email),
                       int(c.consentWhatsApp), int(c.consentSms), int(c.consentEmail),
                       nonNull(c.notes), nonNull(c.allergyNotes), nullable(c.referralCode),
                       c.createdAt, c.updatedAt});
    }
    m_summary.customers = writer.count();
}

int DemoSalonBuilder::deskPerson(DemoRandom &random) const
{
    return random.chance(0.65) ? m_admin : m_owner;
}

bool DemoSalonBuilder::isOnLeave(const Staff &staff, qint64 from, qint64 to) const
{
    for (const TimeOff &off : staff.timeOff) {
        if (off.start < to && from < off.end)
            return true;
    }
    return false;
}

qint64 DemoSalonBuilder::nextOpenTime(qint64 t, DemoRandom &random) const
{
    QDate date = m_clock.localDate(t);
    const int minute = m_clock.localMinute(t);
    const int weekday = date.dayOfWeek();
    if (minute >= m_region.openMinute.at(weekday - 1)
        && minute < m_region.closeMinute.at(weekday - 1))
        return t;
    if (minute >= m_region.closeMinute.at(weekday - 1))
        date = date.addDays(1);
    return at(date, m_region.openMinute.at(date.dayOfWeek() - 1)) + 60 * random.between(5, 40);
}

const DemoPhrases &DemoSalonBuilder::phrasesFor(int customer) const
{
    if (customer >= 0 && m_customers.at(customer).english && m_region.hasSecondLanguage)
        return m_region.englishPhrases;
    return m_region.phrases;
}

QString DemoSalonBuilder::staffChatName(int staff, const DemoPhrases &phrases) const
{
    return &phrases == &m_region.englishPhrases ? m_staff.at(staff).chatNameEnglish
                                                : m_staff.at(staff).chatName;
}

QString DemoSalonBuilder::serviceChatName(int service, const DemoPhrases &phrases) const
{
    const DemoServiceSpec &spec = *m_services.at(service).spec;
    if (&phrases == &m_region.englishPhrases || spec.shortName.isEmpty())
        return spec.name;
    return spec.shortName;
}

DemoVars DemoSalonBuilder::baseVars(int customer, const DemoPhrases &phrases) const
{
    const bool female = customer < 0 || m_customers.at(customer).female;
    DemoVars vars;
    vars.append({u"first", customer >= 0 ? m_customers.at(customer).chatFirst : QString()});
    vars.append({u"p", female ? phrases.politeFemale : phrases.politeMale});
    vars.append({u"q", female ? phrases.questionFemale : phrases.questionMale});
    vars.append({u"agent", m_region.agentName});
    vars.append({u"salon", m_region.businessName});
    vars.append({u"pro", phrases.pro});
    vars.append({u"team", phrases.team});
    return vars;
}

QString DemoSalonBuilder::dayText(QDate date, const DemoPhrases &phrases) const
{
    return demoFill(phrases.dayFormat, {{u"weekday", phrases.weekdayNames.at(date.dayOfWeek() - 1)},
                                        {u"day", QString::number(date.day())},
                                        {u"month", phrases.monthNames.at(date.month() - 1)}});
}

QString DemoSalonBuilder::whenText(QDate date, QDate reference, const DemoPhrases &phrases) const
{
    if (date == reference)
        return phrases.today;
    if (date == reference.addDays(1))
        return phrases.tomorrow;
    return demoFill(phrases.onDay, {{u"day", dayText(date, phrases)}});
}

QString DemoSalonBuilder::timeText(int minute, const DemoPhrases &phrases) const
{
    const QString clock = QStringLiteral("%1:%2")
                              .arg(minute / 60, 2, 10, QLatin1Char('0'))
                              .arg(minute % 60, 2, 10, QLatin1Char('0'));
    return demoFill(phrases.timeFormat, {{u"time", clock}});
}

QString DemoSalonBuilder::priceText(qint64 minor, const DemoPhrases &phrases) const
{
    qint64 unit = 1;
    for (int i = 0; i < minorDigits(m_region.currency); ++i)
        unit *= 10;
    const QString amount = demoGroupThousands(minor / unit, m_region.thousandsSep);
    if (!m_region.currencyWord.isEmpty() && &phrases == &m_region.phrases)
        return amount + u' ' + m_region.currencyWord;
    return m_region.currencySymbol + amount;
}

QString DemoSalonBuilder::isoLocal(QDate date, int minute) const
{
    return QStringLiteral("%1T%2:%3")
        .arg(date.toString(Qt::ISODate))
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

void DemoSalonBuilder::addMessage(const QString &conversation, const QString &sender,
                                  const QString &body, const QString &metadata, qint64 sentAt)
{
    DemoRandom &random = *m_idRandom;
    m_messages->insert({random.uuid(), m_businessId, conversation, sender, body,
                        metadata.isEmpty() ? QStringLiteral("{}") : metadata, sentAt, sentAt});
}

bool DemoSalonBuilder::addOutbound(int customer, const QString &conversation,
                                   const QString &handoff, const QString &appointment,
                                   const QString &channel, const QString &kind, const QString &body,
                                   int createdBy, qint64 createdAt, DemoRandom &random, Fate fate)
{
    // Most messages were read; SMS and e-mail have no read receipts; the newest are on their way.
    QString status;
    QString error;
    const qint64 age = m_now - createdAt;
    if (age < 120) {
        status = random.chance(0.5) ? QStringLiteral("queued") : QStringLiteral("sent");
    } else {
        const qsizetype pick = fate == Fate::Fails      ? 3
                               : fate == Fate::Succeeds ? random.weighted({56, 28, 10, 0})
                                                        : random.weighted({56, 28, 10, 6});
        static const QStringList statuses = {QStringLiteral("read"), QStringLiteral("delivered"),
                                             QStringLiteral("sent"), QStringLiteral("failed")};
        status = statuses.at(pick);
        if (status == u"read" && channel != u"whatsapp")
            status = QStringLiteral("delivered");
    }
    if (status == u"failed") {
        static const QStringList whatsAppErrors = {
            QStringLiteral("Recipient is not on WhatsApp"),
            QStringLiteral("Message undeliverable: the 24-hour session window had closed"),
            QStringLiteral("Recipient phone unreachable")};
        static const QStringList otherErrors = {QStringLiteral("Carrier rejected the message"),
                                                QStringLiteral("Mailbox full")};
        error = random.pick(channel == u"whatsapp" ? whatsAppErrors : otherErrors);
    }
    const qint64 sentAt = status == u"queued" || status == u"failed"
                              ? 0
                              : qMin(m_now, createdAt + random.between(1, 20));
    const qint64 updatedAt = qMin(m_now, qMax(createdAt, sentAt) + random.between(0, 900));
    m_outbound->insert({m_idRandom->uuid(), m_businessId,
                        customer >= 0 ? QVariant(m_customers.at(customer).id) : QVariant(),
                        nullable(conversation), nullable(handoff), nullable(appointment), channel,
                        kind, body, status, nullable(error),
                        createdBy >= 0 ? QVariant(m_staff.at(createdBy).id) : QVariant(), createdAt,
                        sentAt > 0 ? QVariant(sentAt) : QVariant(), updatedAt});
    return status == u"failed";
}

QString DemoSalonBuilder::staffTime(qint64 epoch) const
{
    static const QStringList days = {
        QStringLiteral("Mon"), QStringLiteral("Tue"), QStringLiteral("Wed"), QStringLiteral("Thu"),
        QStringLiteral("Fri"), QStringLiteral("Sat"), QStringLiteral("Sun")};
    static const QStringList months = {
        QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr"),
        QStringLiteral("May"), QStringLiteral("Jun"), QStringLiteral("Jul"), QStringLiteral("Aug"),
        QStringLiteral("Sep"), QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec")};
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epoch, m_clock.zone());
    return QStringLiteral("%1 %2 %3 %4")
        .arg(days.at(local.date().dayOfWeek() - 1))
        .arg(local.date().day())
        .arg(months.at(local.date().month() - 1), local.time().toString(QStringLiteral("HH:mm")));
}

void DemoSalonBuilder::addNotice(const QString &kind, int priority, const QString &title,
                                 const QString &body, const QString &url, qint64 at, int recipient)
{
    m_notices.append(Notice{kind, title, body, url, at, priority, recipient});
}

void DemoSalonBuilder::writeRecipe()
{
    if (m_failure)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES ('demo_recipe', ?)"));
    q.addBindValue(recipeKey(m_options));
    if (!q.exec())
        m_failure = q.lastError();
}

} // namespace Chairside
