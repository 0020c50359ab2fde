// The business setup below the widgets: the server's ranges at the desk (SetupRules), the local
// effect of the setup kinds (owners only, absent keys kept, stranded bookings refused unless
// confirmed), the repository's reading and the submitter's question about stranded bookings. On
// the desk salon store (Anna owns it; her 09:00 booking on Tuesday kDay is "upcoming" when the
// clock stands at midnight before it).

#include "core/business/SetupRules.h"
#include "core/business/StaffServices.h"
#include "models/business/SetupMutations.h"
#include "models/business/SetupSubmitter.h"
#include "models/common/DeskEdits.h"
#include "store/StoreExecutor.h"
#include "store/repositories/BusinessSetupRepository.h"
#include "sync/LocalMutations.h"
#include "tests/support/fixtures/DeskSalonTest.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;

class TestBusinessSetup final : public DeskSalonTest
{
    Q_OBJECT

    QVariant value(const QString &sql)
    {
        return store()
            ->run([sql](QSqlDatabase &db) {
                QSqlQuery query(db);
                return query.exec(sql) && query.next() ? query.value(0)
                                                       : QVariant(QStringLiteral("<none>"));
            })
            .result();
    }

    LocalEffect apply(Mutation m, StaffRole role = StaffRole::Owner)
    {
        if (m.createdAt == 0)
            m.createdAt = Desk::at(Desk::kDay, 0, 0);
        return store()
            ->run([m, role](QSqlDatabase &db) {
                return applyLocally(db, m, LocalActor{Desk::kAnna, role});
            })
            .result();
    }

    BusinessSetup loadSetup()
    {
        return store()
            ->run([](QSqlDatabase &db) {
                return BusinessSetupRepository(db).load(Desk::kBusiness,
                                                        Desk::at(Desk::kDay, 0, 0));
            })
            .result();
    }

    static Mutation mutation(const QString &kind, const QJsonObject &payload)
    {
        Mutation m;
        m.id = Mutations::newId();
        m.kind = kind;
        m.payload = payload;
        m.createdAt = Desk::at(Desk::kDay, 0, 0);
        return m;
    }

private Q_SLOTS:
    void rulesSpeakLikeTheServer_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("json");
        QTest::addColumn<bool>("isNew");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("zero duration") << "service.upsert"
                                       << R"({"id":"x","duration_minutes":0})" << false
                                       << "The duration (minutes) must be between 5 and 720.";
        QTest::newRow("fraction") << "service.upsert"
                                  << R"({"id":"x","duration_minutes":12.5})" << false
                                  << "The duration (minutes) must be a whole number.";
        QTest::newRow("negative price") << "service.upsert"
                                        << R"({"id":"x","price_minor":-1})" << false
                                        << "The price must be between 0 and 100000000000.";
        QTest::newRow("colour") << "service.upsert"
                                << R"({"id":"x","colour":"red"})" << false
                                << "A colour is written #rrggbb.";
        QTest::newRow("half a service") << "service.upsert"
                                        << R"({"id":"x","name":"Half"})" << true
                                        << "A new service needs a duration and a price.";
        QTest::newRow("blank name") << "business.update"
                                    << R"({"name":"  "})" << false << "The name cannot be empty.";
        QTest::newRow("zone") << "business.update"
                              << R"({"time_zone":"Mars/Olympus"})" << false
                              << "\"Mars/Olympus\" is not a time zone (use a name like "
                                 "Africa/Johannesburg).";
        QTest::newRow("currency") << "business.update"
                                  << R"({"currency":"RA"})" << false
                                  << "A currency is three letters, like ZAR or EUR.";
        QTest::newRow("email") << "business.update"
                               << R"({"email":"not an address"})" << false
                               << "That email address does not look right.";
        QTest::newRow("role") << "staff.upsert"
                              << R"({"id":"x","role":"boss"})" << false
                              << "A role is staff, admin or owner.";
        QTest::newRow("weekday") << "working_hours.set"
                                 << R"({"staff_id":"s","weekday":8,"off":true})" << false
                                 << "The weekday must be between 1 and 7.";
        QTest::newRow("start after end")
            << "working_hours.set"
            << R"({"staff_id":"s","weekday":1,"start_minute":600,"end_minute":540})" << false
            << "Working hours need a start before their end.";
        QTest::newRow("break outside")
            << "working_hours.set"
            << R"({"staff_id":"s","weekday":1,"start_minute":540,"end_minute":1020,"break_start_minute":500,"break_end_minute":560})"
            << false << "The break must lie inside the working hours.";
        QTest::newRow("five minutes")
            << "working_hours.set"
            << R"({"staff_id":"s","weekday":1,"start_minute":541,"end_minute":1020})" << false
            << "Working hours are set in steps of 5 minutes.";
        QTest::newRow("time off backwards")
            << "time_off.upsert"
            << R"({"id":"t","staff_id":"s","starts_at":200,"ends_at":100})" << true
            << "The end must be after the start.";
        QTest::newRow("services without a person")
            << "staff.services_set"
            << R"({"service_ids":[]})" << false << "The change is missing \"staff_id\".";
        QTest::newRow("services not a list")
            << "staff.services_set"
            << R"({"staff_id":"s","service_ids":"all"})" << false
            << "\"service_ids\" must be a list of service ids (an empty list: every service).";
        QTest::newRow("services as numbers")
            << "staff.services_set"
            << R"({"staff_id":"s","service_ids":[5]})" << false
            << "\"service_ids\" must be a list of service ids (an empty list: every service).";
        QTest::newRow("fine")
            << "service.upsert"
            << R"({"id":"x","name":"Balayage","duration_minutes":90,"price_minor":150000})" << true
            << "";
    }

    void rulesSpeakLikeTheServer()
    {
        QFETCH(QString, kind);
        QFETCH(QString, json);
        QFETCH(bool, isNew);
        QFETCH(QString, sentence);
        const QJsonObject payload = QJsonDocument::fromJson(json.toUtf8()).object();
        QCOMPARE(SetupRules::check(kind, payload, isNew), sentence);
    }

    void onlyOwnersChangeTheSetup()
    {
        QVERIFY(openStore());
        for (StaffRole role : {StaffRole::Staff, StaffRole::Admin}) {
            const LocalEffect effect =
                apply(SetupMutations::removeService(SetupService{.id = Desk::kCut}), role);
            QCOMPARE(effect.error, QStringLiteral("Only an owner can change the business setup."));
        }
        QCOMPARE(
            value(QStringLiteral("SELECT count(*) FROM services WHERE deleted_at IS NULL")).toInt(),
            2);
    }

    void serviceEditsKeepAbsentFields()
    {
        QVERIFY(openStore());
        const LocalEffect effect = apply(
            mutation(QStringLiteral("service.upsert"),
                     {{QStringLiteral("id"), Desk::kCut}, {QStringLiteral("price_minor"), 48000}}));
        QVERIFY2(effect.ok(), qPrintable(effect.error));
        QCOMPARE(value(QStringLiteral("SELECT price_minor || '/' || duration_minutes || '/' || "
                                      "buffer_minutes || '/' || name FROM services WHERE id = '")
                       + Desk::kCut + u'\'')
                     .toString(),
                 QStringLiteral("48000/60/15/Cut & blow-dry"));
        // A new one takes the server's defaults.
        const LocalEffect added =
            apply(mutation(QStringLiteral("service.upsert"),
                           {{QStringLiteral("id"), QStringLiteral("v-new")},
                            {QStringLiteral("name"), QStringLiteral("Balayage")},
                            {QStringLiteral("duration_minutes"), 90},
                            {QStringLiteral("price_minor"), 150000},
                            {QStringLiteral("colour"), QStringLiteral("#AA5500")}}));
        QVERIFY2(added.ok(), qPrintable(added.error));
        QCOMPARE(value(QStringLiteral("SELECT processing_minutes || '/' || colour || '/' || active "
                                      "|| '/' || category FROM services WHERE id = 'v-new'"))
                     .toString(),
                 QStringLiteral("0/#aa5500/1/"));
        // Out of range: refused locally, with the server's sentence.
        const LocalEffect bad = apply(
            mutation(QStringLiteral("service.upsert"), {{QStringLiteral("id"), Desk::kCut},
                                                        {QStringLiteral("buffer_minutes"), 500}}));
        QCOMPARE(bad.error, QStringLiteral("The buffer (minutes) must be between 0 and 240."));
    }

    void hoursThatStrandABookingNeedAConfirmation()
    {
        QVERIFY(openStore());
        const int tuesday = Desk::kDay.dayOfWeek();
        // Anna's 09:00 booking (a1) would start before 10:00.
        SetupDayHours day{.weekday = tuesday, .works = true, .startMinute = 600, .endMinute = 1020};
        Mutation m = SetupMutations::setWorkingHours(Desk::kAnna, day);
        m.createdAt = Desk::at(Desk::kDay, 0, 0);
        const LocalEffect refused = apply(m);
        QVERIFY(refused.error.startsWith(
            QStringLiteral("1 upcoming appointment of Anna Smith would fall outside these hours "
                           "(the first on ")));
        QVERIFY(refused.error.endsWith(QStringLiteral("at 09:00). Save again to keep the change "
                                                      "anyway.")));
        QCOMPARE(value(QStringLiteral("SELECT start_minute FROM working_hours WHERE id = 'wh1'"))
                     .toInt(),
                 540);
        Mutation confirmed = SetupMutations::confirmStranded(m);
        confirmed.createdAt = m.createdAt;
        const LocalEffect applied = apply(confirmed);
        QVERIFY2(applied.ok(), qPrintable(applied.error));
        QCOMPARE(value(QStringLiteral("SELECT start_minute || '-' || end_minute || '/' || "
                                      "coalesce(break_start_minute, 'none') FROM working_hours "
                                      "WHERE id = 'wh1'"))
                     .toString(),
                 QStringLiteral("600-1020/none"));
        // A new day makes one row; setting it again changes that row; a day off removes it.
        SetupDayHours monday{.weekday = 1, .works = true, .startMinute = 480, .endMinute = 720};
        QVERIFY(apply(SetupMutations::setWorkingHours(Desk::kAnna, monday)).ok());
        monday.endMinute = 780;
        QVERIFY(apply(SetupMutations::setWorkingHours(Desk::kAnna, monday)).ok());
        QCOMPARE(value(QStringLiteral("SELECT count(*) || ':' || max(end_minute) FROM "
                                      "working_hours WHERE weekday = 1 AND deleted_at IS NULL"))
                     .toString(),
                 QStringLiteral("1:780"));
        QVERIFY(
            apply(SetupMutations::setWorkingHours(Desk::kAnna, SetupDayHours{.weekday = 1})).ok());
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM working_hours WHERE weekday = 1 AND "
                                      "deleted_at IS NULL"))
                     .toInt(),
                 0);
    }

    void leavingAndTimeOffStrandToo()
    {
        QVERIFY(openStore());
        // Gone Person (inactive already) still has a requested booking at 14:00 (a4).
        const auto stranded = store()
                                  ->run([](QSqlDatabase &db) {
                                      return BusinessSetupRepository(db).strandedByLeaving(
                                          Desk::kGone, Desk::at(Desk::kDay, 0, 0));
                                  })
                                  .result();
        QCOMPARE(stranded.count, 1);
        QCOMPARE(stranded.ids, QStringList{QStringLiteral("a4")});
        SetupTimeOff off{.staffId = Desk::kAnna,
                         .startsAt = Desk::at(Desk::kDay, 8, 0),
                         .endsAt = Desk::at(Desk::kDay, 12, 0),
                         .reason = QStringLiteral("Dentist")};
        Mutation m = SetupMutations::upsertTimeOff(off);
        m.createdAt = Desk::at(Desk::kDay, 0, 0);
        QVERIFY(apply(m).error.contains(QStringLiteral("would fall in this time off")));
        Mutation confirmed = SetupMutations::confirmStranded(m);
        confirmed.createdAt = m.createdAt;
        QVERIFY(apply(confirmed).ok());
        QCOMPARE(value(QStringLiteral("SELECT reason FROM time_off WHERE staff_id = '")
                       + Desk::kAnna + u'\'')
                     .toString(),
                 QStringLiteral("Dentist"));
    }

    void repositoryReadsTheWeekAndOpeningHours()
    {
        QVERIFY(openStore());
        const BusinessSetup setup = loadSetup();
        QVERIFY(!setup.error);
        QCOMPARE(setup.staff.size(), 3);
        QCOMPARE(setup.services.size(), 2);
        const SetupDayHours anna =
            setup.hours.value(Desk::kAnna)[size_t(Desk::kDay.dayOfWeek() - 1)];
        QVERIFY(anna.works);
        QCOMPARE(anna.breakStartMinute, std::optional<int>(720));
        // Open from Anna's 09:00 to Ben's 18:00 on Tuesdays, closed otherwise.
        QCOMPARE(setup.openingHours[size_t(Desk::kDay.dayOfWeek() - 1)],
                 (std::optional<std::pair<int, int>>(std::pair(540, 1080))));
        QVERIFY(!setup.openingHours[0]);
        QCOMPARE(setup.timeOff.size(), 1);
    }

    // staff.services_set at the desk, as the server's private.m_staff_services_set does it.
    void staffServicesReplaceTheList()
    {
        QVERIFY(openStore());
        // The row ids are the server's (pgTAP 11_staff_services checks the same pair).
        QCOMPARE(StaffServices::rowId(QStringLiteral("a2000000-0000-4000-8000-000000000003"),
                                      QStringLiteral("A3000000-0000-4000-8000-000000000002")),
                 QStringLiteral("9fb4db40-a651-37ce-a2fe-13aa7bd4b586"));
        const auto rows = [this] {
            return value(QStringLiteral(
                             "SELECT group_concat(x, ' ') FROM (SELECT substr(service_id, 1, 2) "
                             "|| ':' || CASE WHEN deleted_at IS NULL THEN 'live' ELSE 'gone' END "
                             "AS x FROM staff_services WHERE staff_id = '")
                         + Desk::kBen + QStringLiteral("' ORDER BY service_id, id)"))
                .toString();
        };
        const auto set = [this](const QSet<QString> &ids, StaffRole role = StaffRole::Owner) {
            return apply(SetupMutations::setStaffServices(Desk::kBen, ids), role);
        };

        QCOMPARE(set({Desk::kColour}, StaffRole::Admin).error,
                 QStringLiteral("Only an owner can change the business setup."));
        QCOMPARE(rows(), QString());

        const Mutation colourOnly = SetupMutations::setStaffServices(Desk::kBen, {{Desk::kColour}});
        LocalEffect effect = apply(colourOnly);
        QVERIFY2(effect.ok(), qPrintable(effect.error));
        QCOMPARE(effect.tables, QStringList{QStringLiteral("staff_services")});
        QCOMPARE(rows(), QStringLiteral("v0:live"));
        QCOMPARE(value(QStringLiteral("SELECT id FROM staff_services")).toString(),
                 StaffServices::rowId(Desk::kBen, Desk::kColour));
        // Applying the same edit again (a pending edit over pulled rows) changes nothing.
        effect = apply(colourOnly);
        QVERIFY(effect.ok());
        QVERIFY(effect.tables.isEmpty());

        QVERIFY(set({Desk::kCut}).ok());
        QCOMPARE(rows(), QStringLiteral("v0:live v0:gone"));
        effect = set({Desk::kCut, Desk::kColour});
        QVERIFY(effect.ok());
        QCOMPARE(rows(), QStringLiteral("v0:live v0:live")); // the colour row came back
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM staff_services")).toInt(), 2);

        // Taken back (a refusal from the server): the list as it was before.
        QString undoError;
        store()
            ->run([undo = effect.undo, &undoError](QSqlDatabase &db) {
                undoError = undoLocally(db, undo);
            })
            .waitForFinished();
        QVERIFY2(undoError.isEmpty(), qPrintable(undoError));
        QCOMPARE(rows(), QStringLiteral("v0:live v0:gone"));

        QCOMPARE(set({QStringLiteral("v9999999-0000-4000-8000-000000000001")}).error,
                 QStringLiteral("A chosen service is not one of this business's services."));
        QCOMPARE(apply(SetupMutations::setStaffServices(QStringLiteral("nobody"), {})).error,
                 QStringLiteral("That staff member no longer exists."));
        QVERIFY(store()
                    ->run([](QSqlDatabase &db) {
                        return QSqlQuery(db).exec(
                            QStringLiteral("UPDATE services SET deleted_at = 1 WHERE id = '")
                            + Desk::kColour + u'\'');
                    })
                    .result());
        QCOMPARE(
            set({Desk::kColour}).error,
            QStringLiteral("The service \"Full colour\" was removed; choose the services again."));

        // Every service again: no live rows left.
        QVERIFY(set({}).ok());
        QCOMPARE(rows(), QStringLiteral("v0:gone v0:gone"));
    }

    // The demo salon (no server) writes the audit lines the server's trigger would: one per
    // row the edit changed.
    void staffServicesAreAuditedInTheDemo()
    {
        QVERIFY(openStore());
        DeskEdits edits(store(), LocalActor{Desk::kAnna, StaffRole::Owner},
                        Outbox::Mode::LocalOnly);
        const auto submit = [&](const QSet<QString> &ids) {
            std::optional<OutboxResult> result;
            edits.submit(SetupMutations::setStaffServices(Desk::kBen, ids), this,
                         [&](const OutboxResult &r) { result = r; });
            return QTest::qWaitFor([&] { return result.has_value(); }, 10000) && result->ok;
        };
        const auto audit = [this] {
            return value(QStringLiteral(
                             "SELECT group_concat(x, ', ') FROM (SELECT action || ' ' || "
                             "CASE WHEN json_extract(detail, '$.deleted_at') IS NULL THEN 'on' "
                             "ELSE 'off' END AS x FROM audit_log WHERE table_name = "
                             "'staff_services' AND actor_staff_id = '")
                         + Desk::kAnna + QStringLiteral("' ORDER BY at, action, x)"))
                .toString();
        };
        QVERIFY(submit({Desk::kCut, Desk::kColour}));
        QCOMPARE(audit(), QStringLiteral("staff_services.insert on, staff_services.insert on"));
        QVERIFY(submit({Desk::kCut}));
        QCOMPARE(audit(), QStringLiteral("staff_services.insert on, staff_services.insert on, "
                                         "staff_services.update off"));
        QVERIFY(submit({Desk::kCut})); // nothing changes, nothing is written
        QCOMPARE(value(QStringLiteral(
                           "SELECT count(*) FROM audit_log WHERE table_name = 'staff_services'"))
                     .toInt(),
                 3);
        const BusinessSetup setup = loadSetup();
        QVERIFY(!setup.error);
        QCOMPARE(setup.staffServices.value(Desk::kBen), QSet<QString>{Desk::kCut});
        QVERIFY(!setup.staffServices.contains(Desk::kAnna)); // every service
    }

    void submitterAsksBeforeStranding()
    {
        QVERIFY(openStore());
        DeskEdits edits(store(), LocalActor{Desk::kAnna, StaffRole::Owner},
                        Outbox::Mode::LocalOnly);
        SetupSubmitter submitter(store(), &edits, Desk::zone());
        submitter.setClock([] { return Desk::at(Desk::kDay, 0, 0); });
        QStringList asked;
        bool answer = false;
        submitter.setConfirm([&](const QString &question) {
            asked.append(question);
            return answer;
        });
        const auto submit = [&](const Mutation &m) {
            std::optional<SetupOutcome> outcome;
            submitter.submit(m, false, this, [&](const SetupOutcome &o) { outcome = o; });
            return QTest::qWaitFor([&] { return outcome.has_value(); }, 10000) ? outcome
                                                                               : std::nullopt;
        };
        const SetupDayHours late{.weekday = Desk::kDay.dayOfWeek(),
                                 .works = true,
                                 .startMinute = 600,
                                 .endMinute = 1020};
        auto outcome = submit(SetupMutations::setWorkingHours(Desk::kAnna, late));
        QVERIFY(outcome);
        QCOMPARE(outcome->state, SetupOutcome::State::Cancelled);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().startsWith(QStringLiteral("1 upcoming appointment of Anna Smith")));
        QCOMPARE(value(QStringLiteral("SELECT start_minute FROM working_hours WHERE id = 'wh1'"))
                     .toInt(),
                 540);
        answer = true;
        outcome = submit(SetupMutations::setWorkingHours(Desk::kAnna, late));
        QVERIFY(outcome);
        QCOMPARE(outcome->state, SetupOutcome::State::Saved);
        QCOMPARE(value(QStringLiteral("SELECT start_minute FROM working_hours WHERE id = 'wh1'"))
                     .toInt(),
                 600);
        // Invalid: nothing asked, nothing written, the sentence back.
        outcome = submit(SetupMutations::setWorkingHours(
            Desk::kAnna,
            SetupDayHours{.weekday = 3, .works = true, .startMinute = 541, .endMinute = 600}));
        QVERIFY(outcome);
        QCOMPARE(outcome->state, SetupOutcome::State::Invalid);
        QCOMPARE(outcome->message, QStringLiteral("Working hours are set in steps of 5 minutes."));
        QCOMPARE(asked.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBusinessSetup)
#include "tst_businesssetup.moc"
