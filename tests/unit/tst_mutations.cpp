#include "sync/LocalMutations.h"
#include "sync/Mutation.h"
#include "tests/support/fixtures/DeskSalon.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Chairside;
namespace Desk = Chairside::Fixtures::DeskSalon;

namespace {

QSet<QString> keysOf(const Mutation &m)
{
    const QStringList keys = m.payload.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

QSet<QString> set(std::initializer_list<const char *> keys)
{
    QSet<QString> result;
    for (const char *key : keys)
        result.insert(QString::fromLatin1(key));
    return result;
}

bool isUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && text == uuid.toString(QUuid::WithoutBraces);
}

// Every builder with every optional argument, for the key and id checks.
QList<Mutation> everyKind()
{
    NewAppointment booking;
    booking.staffId = Desk::kAnna;
    booking.serviceId = Desk::kCut;
    booking.customerId = Desk::kThandi;
    booking.startsAt = 1'800'000'000;
    booking.endsAt = 1'800'003'600;
    booking.priceMinor = 40000;
    booking.notes = QStringLiteral("Window seat");
    CustomerChanges customer;
    customer.fullName = QStringLiteral("Zoë Ōtsuka");
    customer.phone = QStringLiteral("+27 82 000 0000");
    customer.email = QString(); // set but null: clears
    customer.consentWhatsApp = true;
    customer.consentSms = false;
    customer.consentEmail = true;
    customer.notes = QStringLiteral("n");
    customer.allergyNotes = QStringLiteral("a");
    customer.referralCode = QStringLiteral("ZOE");
    customer.expectedVersion = 3;
    const QString id = Mutations::newId();
    return {
        Mutations::createAppointment(booking),
        Mutations::rescheduleAppointment(id, 1'800'000'000, 1'800'001'800, Desk::kBen, Desk::kCut,
                                         2),
        Mutations::setAppointmentStatus(id, AppointmentStatus::Cancelled, 2, QStringLiteral("Ill")),
        Mutations::cancelAppointment(id, QStringLiteral("Ill"), 2),
        Mutations::upsertCustomer(customer),
        Mutations::eraseCustomer(id, 4),
        Mutations::claimHandoff(id),
        Mutations::releaseHandoff(id),
        Mutations::resolveHandoff(id, QStringLiteral("booked"), QStringLiteral("Booked Tue")),
        Mutations::replyToHandoff(id, QStringLiteral("Hello"), QStringLiteral("whatsapp")),
        Mutations::awardPoints(id, 50, QStringLiteral("Birthday"), id),
        Mutations::redeemPoints(id, 200, QStringLiteral("Treat"), id),
        Mutations::adjustPoints(id, -20, QStringLiteral("Fix")),
        Mutations::markNotificationRead(id),
        Mutations::dismissNotification(id),
        Mutations::mergeCustomers(id, Mutations::newId(), 5),
    };
}

} // namespace

class TestMutations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void payloadKeysAreTheServersNames_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("keys");
        const auto row = [](int index, const char *kind, std::initializer_list<const char *> keys) {
            const QSet<QString> s = set(keys);
            QStringList sorted(s.begin(), s.end());
            sorted.sort();
            QTest::newRow(kind) << index << QString::fromLatin1(kind) << sorted;
        };
        row(0, "appointment.create",
            {"id", "staff_id", "service_id", "starts_at", "ends_at", "customer_id", "status",
             "source", "price_minor", "notes"});
        row(1, "appointment.reschedule",
            {"id", "starts_at", "ends_at", "staff_id", "service_id", "expected_version"});
        row(2, "appointment.set_status", {"id", "status", "cancel_reason", "expected_version"});
        row(3, "appointment.cancel", {"id", "reason", "expected_version"});
        row(4, "customer.upsert",
            {"id", "full_name", "phone", "email", "consent_whatsapp", "consent_sms",
             "consent_email", "notes", "allergy_notes", "referral_code", "expected_version"});
        row(5, "customer.erase", {"id", "expected_version"});
        row(6, "handoff.claim", {"id"});
        row(7, "handoff.release", {"id"});
        row(8, "handoff.resolve", {"id", "outcome", "resolution_note"});
        row(9, "handoff.reply", {"id", "body", "message_id", "channel"});
        row(10, "loyalty.award", {"customer_id", "points", "reason", "id", "appointment_id"});
        row(11, "loyalty.redeem", {"customer_id", "points", "reward_id", "reason", "id"});
        row(12, "loyalty.adjust", {"customer_id", "points", "reason", "id"});
        row(13, "notification.read", {"id"});
        row(14, "notification.dismiss", {"id"});
        row(15, "customer.merge", {"keep_id", "merge_id", "expected_version"});
    }

    void payloadKeysAreTheServersNames()
    {
        QFETCH(int, index);
        QFETCH(QString, kind);
        QFETCH(QStringList, keys);
        const Mutation m = everyKind().at(index);
        QCOMPARE(m.kind, kind);
        QStringList actual = keysOf(m).values();
        actual.sort();
        QCOMPARE(actual, keys);
        QVERIFY(isUuid(m.id));
        QVERIFY(m.createdAt > 0);
        // Ids in payloads are uuids too (the builders make the ones they own).
        for (const char *key : {"id", "message_id"}) {
            const QJsonValue v = m.payload.value(QLatin1String(key));
            if (!v.isUndefined())
                QVERIFY2(isUuid(v.toString()), key);
        }
        // Times and numbers are JSON numbers.
        for (const char *key :
             {"starts_at", "ends_at", "points", "price_minor", "expected_version"}) {
            const QJsonValue v = m.payload.value(QLatin1String(key));
            if (!v.isUndefined())
                QVERIFY2(v.isDouble(), key);
        }
        const QJsonObject wire = m.toJson();
        QCOMPARE(wire.value(QStringLiteral("mutation_id")).toString(), m.id);
        QCOMPARE(wire.value(QStringLiteral("kind")).toString(), m.kind);
        QCOMPARE(wire.value(QStringLiteral("payload")).toObject(), m.payload);
    }

    void minimalBuildersSendOnlyWhatWasGiven()
    {
        NewAppointment booking;
        booking.staffId = Desk::kAnna;
        booking.serviceId = Desk::kCut;
        booking.startsAt = 1'800'000'000;
        const Mutation create = Mutations::createAppointment(booking);
        QCOMPARE(keysOf(create),
                 set({"id", "staff_id", "service_id", "starts_at", "status", "source"}));
        QCOMPARE(create.payload.value(QStringLiteral("status")).toString(),
                 QStringLiteral("confirmed"));
        QCOMPARE(create.payload.value(QStringLiteral("source")).toString(), QStringLiteral("desk"));
        QCOMPARE(create.payload.value(QStringLiteral("starts_at")).toInteger(), 1'800'000'000);

        CustomerChanges phoneOnly;
        phoneOnly.id = Desk::kThandi;
        phoneOnly.phone = QStringLiteral("+27 82 111 2222");
        QCOMPARE(keysOf(Mutations::upsertCustomer(phoneOnly)), set({"id", "phone"}));
        CustomerChanges cleared;
        cleared.id = Desk::kThandi;
        cleared.email = QString();
        QVERIFY(Mutations::upsertCustomer(cleared).payload.value(QStringLiteral("email")).isNull());

        QCOMPARE(keysOf(Mutations::rescheduleAppointment(Desk::kThandi, 5)),
                 set({"id", "starts_at"}));
        QCOMPARE(
            keysOf(Mutations::redeemPoints(Desk::kThandi, std::nullopt, QString(), Desk::kCut)),
            set({"id", "customer_id", "reward_id"}));
        QCOMPARE(keysOf(Mutations::replyToHandoff(Desk::kThandi, QStringLiteral("Hi"))),
                 set({"id", "body", "message_id"}));
        QCOMPARE(Mutations::resolveHandoff(Desk::kThandi)
                     .payload.value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("answered"));
        QCOMPARE(Mutations::setAppointmentStatus(Desk::kThandi, AppointmentStatus::InService)
                     .payload.value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("in_service"));
    }

    void everyMutationGetsItsOwnIds()
    {
        const Mutation a = Mutations::awardPoints(Desk::kThandi, 5, QString());
        const Mutation b = Mutations::awardPoints(Desk::kThandi, 5, QString());
        QVERIFY(a.id != b.id);
        QVERIFY(a.payload.value(QStringLiteral("id")) != b.payload.value(QStringLiteral("id")));
        QVERIFY(a.id != a.payload.value(QStringLiteral("id")).toString());
    }

    void genericSummariesAreSentences()
    {
        for (const Mutation &m : everyKind()) {
            const QString text = Mutations::genericSummary(m);
            QVERIFY2(!text.isEmpty(), qPrintable(m.kind));
            QVERIFY2(!text.contains(u'.') || text.contains(u' '), qPrintable(text));
            QVERIFY2(!text.contains(u'_'), qPrintable(text));
            QVERIFY2(text.at(0).isUpper(), qPrintable(text));
        }
        QCOMPARE(Mutations::genericSummary(Mutations::awardPoints(Desk::kThandi, 50, QString())),
                 QStringLiteral("Award 50 points"));
        QCOMPARE(Mutations::genericSummary(Mutations::adjustPoints(Desk::kThandi, -20, QString())),
                 QStringLiteral("Adjust points by -20"));
    }

    void summariesNameThePeopleAndTimes()
    {
        auto fixture = Desk::create();
        QVERIFY(fixture);
        QSqlDatabase db = fixture->database();
        const qint64 eleven = Desk::at(Desk::kDay, 11, 0);
        QCOMPARE(
            describeMutation(db, Mutations::rescheduleAppointment(QStringLiteral("a1"), eleven)),
            QStringLiteral("Move Thandi Mokoena's appointment to Tue 10 Mar 11:00"));
        QCOMPARE(describeMutation(db, Mutations::cancelAppointment(QStringLiteral("a1"))),
                 QStringLiteral("Cancel Thandi Mokoena's appointment of Tue 10 Mar 09:00"));
        QCOMPARE(
            describeMutation(db, Mutations::setAppointmentStatus(QStringLiteral("a1"),
                                                                 AppointmentStatus::NoShow)),
            QStringLiteral("Mark Thandi Mokoena's appointment of Tue 10 Mar 09:00 as no show"));
        NewAppointment booking;
        booking.staffId = Desk::kBen;
        booking.serviceId = Desk::kColour;
        booking.customerId = Desk::kPriya;
        booking.startsAt = Desk::at(Desk::kDay, 16, 30);
        QCOMPARE(describeMutation(db, Mutations::createAppointment(booking)),
                 QStringLiteral("Book Priya Naidoo for Full colour with Ben Dlamini on Tue 10 Mar "
                                "16:30"));
        QCOMPARE(describeMutation(db, Mutations::awardPoints(Desk::kPriya, 50, QString())),
                 QStringLiteral("Award 50 points to Priya Naidoo"));
        QCOMPARE(describeMutation(db, Mutations::redeemPoints(Desk::kThandi, 200, QString())),
                 QStringLiteral("Redeem 200 points from Thandi Mokoena"));
        CustomerChanges newcomer;
        newcomer.fullName = QStringLiteral("Nomsa Zulu");
        QCOMPARE(describeMutation(db, Mutations::upsertCustomer(newcomer)),
                 QStringLiteral("Add the customer Nomsa Zulu"));
        CustomerChanges thandi;
        thandi.id = Desk::kThandi;
        thandi.notes = QStringLiteral("x");
        QCOMPARE(describeMutation(db, Mutations::upsertCustomer(thandi)),
                 QStringLiteral("Update Thandi Mokoena's details"));
        // Unknown rows fall back to the generic sentence.
        QCOMPARE(describeMutation(db, Mutations::claimHandoff(Mutations::newId())),
                 QStringLiteral("Take over a handed-off conversation"));
        db = QSqlDatabase();
        fixture->closeDatabase();
    }

    void isoTimesBecomeUnixSeconds()
    {
        QCOMPARE(secondsFromIso(QStringLiteral("2026-03-10T09:00:00+02:00")),
                 std::optional<qint64>(Desk::at(Desk::kDay, 9, 0)));
        QCOMPARE(secondsFromIso(QStringLiteral("2026-03-10T07:00:00.123456+00:00")),
                 std::optional<qint64>(Desk::at(Desk::kDay, 9, 0)));
        QCOMPARE(secondsFromIso(QStringLiteral("2026-03-10T07:00:00Z")),
                 std::optional<qint64>(Desk::at(Desk::kDay, 9, 0)));
        QCOMPARE(secondsFromIso(QStringLiteral("2026-03-10 12:30:00+0530")),
                 std::optional<qint64>(Desk::at(Desk::kDay, 9, 0)));
        QCOMPARE(secondsFromIso(QStringLiteral("2026-03-10T09:00:00+02")),
                 std::optional<qint64>(Desk::at(Desk::kDay, 9, 0)));
        QVERIFY(!secondsFromIso(QStringLiteral("Tuesday")));
        QVERIFY(!secondsFromIso(QStringLiteral("2026-13-40T99:00:00Z")));
    }

    // Not a test: with CHAIRSIDE_SEED_BATCH=<file> it writes a batch for the seeded demo salon
    // (Protea, signed in as the owner) to check by hand against chairside-localbase.
    void dumpSeedBatch()
    {
        const QString path = qEnvironmentVariable("CHAIRSIDE_SEED_BATCH");
        if (path.isEmpty())
            QSKIP("CHAIRSIDE_SEED_BATCH not set");
        const auto seed = [](const char *table, int n) -> QString {
            return QStringLiteral("a") + QLatin1String(table)
                   + QStringLiteral("000000-0000-4000-8000-")
                   + QStringLiteral("%1").arg(n, 12, 10, QLatin1Char('0'));
        };
        const QString naledi = seed("2", 1);
        // Tomorrow + 3 days 13:00 UTC, clear of the seeded bookings.
        const qint64 base = (QDateTime::currentSecsSinceEpoch() / 86400 + 3) * 86400 + 13 * 3600;
        QJsonArray batch;
        QJsonArray expected;
        const auto add = [&](const Mutation &m, const char *status, const char *code = nullptr) {
            batch.append(m.toJson());
            expected.append(
                QJsonObject{{QStringLiteral("kind"), m.kind},
                            {QStringLiteral("status"), QLatin1String(status)},
                            {QStringLiteral("code"), code ? QJsonValue(QLatin1String(code))
                                                          : QJsonValue(QJsonValue::Null)}});
        };
        NewAppointment booking;
        booking.staffId = naledi;
        booking.serviceId = seed("3", 1);
        booking.customerId = seed("4", 1);
        booking.startsAt = base;
        booking.notes = QStringLiteral("Zoë wants “tea” ☕ 🌸");
        const Mutation create = Mutations::createAppointment(booking);
        const QString created = create.payload.value(QStringLiteral("id")).toString();
        add(create, "applied");
        NewAppointment clash = booking;
        clash.id.clear();
        clash.startsAt = base + 1800;
        add(Mutations::createAppointment(clash), "rejected", "double_booking");
        add(Mutations::rescheduleAppointment(created, base + 3600), "applied");
        add(Mutations::setAppointmentStatus(seed("5", 3), AppointmentStatus::Arrived), "applied");
        add(Mutations::setAppointmentStatus(seed("5", 1), AppointmentStatus::Confirmed), "rejected",
            "invalid_transition");
        add(Mutations::cancelAppointment(seed("5", 5), QStringLiteral("Called to cancel")),
            "applied");
        add(Mutations::rescheduleAppointment(seed("5", 4), base + 7200, std::nullopt, {}, {}, 999),
            "conflict", "version_mismatch");
        CustomerChanges newcomer;
        newcomer.fullName = QStringLiteral("Zoë Ōtsuka-Nkosi 🌸");
        newcomer.phone = QStringLiteral("+27 82 000 1111");
        newcomer.consentWhatsApp = true;
        const Mutation addCustomer = Mutations::upsertCustomer(newcomer);
        add(addCustomer, "applied");
        CustomerChanges sipho;
        sipho.id = seed("4", 2);
        sipho.email = QStringLiteral("sipho@mail.example");
        add(Mutations::upsertCustomer(sipho), "applied");
        add(Mutations::eraseCustomer(addCustomer.payload.value(QStringLiteral("id")).toString()),
            "applied");
        add(Mutations::claimHandoff(seed("8", 1)), "applied");
        add(Mutations::replyToHandoff(seed("8", 1),
                                      QStringLiteral("Hi Anika, we can see you Tue.")),
            "applied");
        add(Mutations::releaseHandoff(seed("8", 1)), "applied");
        add(Mutations::resolveHandoff(seed("8", 1), QStringLiteral("booked"),
                                      QStringLiteral("Booked for Tuesday")),
            "applied");
        add(Mutations::claimHandoff(seed("8", 1)), "conflict", "already_resolved");
        add(Mutations::awardPoints(seed("4", 3), 50, QStringLiteral("Birthday")), "applied");
        add(Mutations::redeemPoints(seed("4", 1), std::nullopt, QString(),
                                    QStringLiteral("aa000000-0000-4000-8000-000000000001")),
            "applied");
        add(Mutations::redeemPoints(seed("4", 1), 10000, QStringLiteral("Too much")), "rejected",
            "insufficient_points");
        add(Mutations::adjustPoints(seed("4", 3), -10, QStringLiteral("Correction")), "applied");
        add(Mutations::markNotificationRead(QStringLiteral("ac000000-0000-4000-8000-000000000001")),
            "applied");
        add(Mutations::dismissNotification(QStringLiteral("ac000000-0000-4000-8000-000000000001")),
            "applied");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("batch"), batch}}).toJson());
        QFile expectations(path + QStringLiteral(".expected"));
        QVERIFY(expectations.open(QIODevice::WriteOnly));
        expectations.write(QJsonDocument(expected).toJson());
    }
};

QTEST_GUILESS_MAIN(TestMutations)
#include "tst_mutations.moc"
