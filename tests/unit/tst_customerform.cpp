// The customer dialog's rules without widgets (CustomerForm), the duplicate lookup on the desk
// salon's store, and the data export's content (CustomerExport), including conversations only
// for roles that may see them.

#include "models/customers/CustomerExport.h"
#include "models/customers/CustomerForm.h"
#include "store/StoreExecutor.h"
#include "store/repositories/CustomerRepository.h"
#include "tests/support/fixtures/DeskSalonTest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Chairside;
using namespace Chairside::Fixtures;
namespace Desk = Chairside::Fixtures::DeskSalon;

class TestCustomerForm final : public DeskSalonTest
{
    Q_OBJECT

    static CustomerProfile thandi()
    {
        CustomerProfile p;
        p.id = Desk::kThandi;
        p.fullName = QStringLiteral("Thandi Mokoena");
        p.phone = QStringLiteral("+27 82 555 0101"); // stored the old, spaced way
        p.email = QStringLiteral("thandi@example.com");
        p.consentWhatsApp = true;
        p.notes = QStringLiteral("Likes tea");
        p.version = 4;
        return p;
    }

    static CustomerFormInput inputFor(const CustomerProfile &p)
    {
        return {p.fullName,   p.phone,        p.email, p.consentWhatsApp,
                p.consentSms, p.consentEmail, p.notes, p.allergyNotes};
    }

private Q_SLOTS:
    void emailShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "lerato@example.com" << true;
        QTest::newRow("subdomain and plus") << "a.b+salon@mail.example.co.za" << true;
        QTest::newRow("no domain dot") << "lerato@example" << false;
        QTest::newRow("no at") << "lerato.example.com" << false;
        QTest::newRow("two ats") << "a@b@example.com" << false;
        QTest::newRow("space") << "le rato@example.com" << false;
        QTest::newRow("empty label") << "lerato@example..com" << false;
        QTest::newRow("nothing before") << "@example.com" << false;
    }

    void emailShapes()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QCOMPARE(CustomerForm::looksLikeEmail(text), ok);
    }

    void newCustomerSendsEverything()
    {
        const CustomerFormCheck check =
            CustomerForm::check({QStringLiteral(" Lerato  Dube "), QStringLiteral("082 123 4567"),
                                 QStringLiteral(" Lerato@Example.com "), true, false, true,
                                 QStringLiteral("VIP"), QString()},
                                QLocale::SouthAfrica);
        QVERIFY(check.ok());
        QCOMPARE(check.phoneE164, QStringLiteral("+27821234567"));
        QCOMPARE(check.phoneVariants(),
                 (QStringList{QStringLiteral("+27821234567"), QStringLiteral("+27 82 123 4567")}));
        const CustomerChanges &c = check.changes;
        QVERIFY(c.id.isEmpty());
        QCOMPARE(c.fullName, QStringLiteral("Lerato Dube"));
        QCOMPARE(c.phone, QStringLiteral("+27821234567"));
        QCOMPARE(c.email, QStringLiteral("Lerato@Example.com"));
        QCOMPARE(c.consentWhatsApp, true);
        QCOMPARE(c.consentSms, false);
        QCOMPARE(c.consentEmail, true);
        QCOMPARE(c.notes, QStringLiteral("VIP"));
        QCOMPARE(c.allergyNotes, QString());
        QVERIFY(!c.expectedVersion);
        // Empty contact fields are sent as nulls, not empty strings.
        const CustomerFormCheck bare =
            CustomerForm::check({QStringLiteral("Walk In")}, QLocale::SouthAfrica);
        QVERIFY(bare.ok());
        QVERIFY(bare.changes.phone && bare.changes.phone->isNull());
        QVERIFY(bare.changes.email && bare.changes.email->isNull());
        QVERIFY(bare.phoneVariants().isEmpty());
    }

    void errorsPerField()
    {
        CustomerFormInput input;
        input.phone = QStringLiteral("082 123");
        input.email = QStringLiteral("not-an-address");
        CustomerFormCheck check = CustomerForm::check(input, QLocale::SouthAfrica);
        QVERIFY(!check.ok());
        QCOMPARE(check.nameError, QStringLiteral("Enter the customer's name."));
        QCOMPARE(check.phoneError,
                 QStringLiteral("This phone number is too short: check for a missing digit."));
        QCOMPARE(check.emailError,
                 QStringLiteral("This does not look like an e-mail address (name@example.com)."));
        QVERIFY(check.consentError.isEmpty());

        // Consent to a channel the customer cannot be reached on.
        input = {QStringLiteral("Sipho"), {}, {}, true, false, true};
        check = CustomerForm::check(input, QLocale::SouthAfrica);
        QCOMPARE(check.consentError,
                 QStringLiteral("WhatsApp and SMS reminders need a phone number. E-mail reminders "
                                "need an e-mail address."));
        // A national number where the business's country is unknown.
        input = {QStringLiteral("Sipho"), QStringLiteral("082 123 4567")};
        check = CustomerForm::check(input, QLocale::AnyTerritory);
        QVERIFY(check.phoneError.startsWith(QStringLiteral("Start the number with +")));
        QVERIFY(CustomerForm::check({QStringLiteral("Sipho"), QStringLiteral("+27821234567")},
                                    QLocale::AnyTerritory)
                    .ok());
        // Notes that would not fit.
        input = {QStringLiteral("Sipho")};
        input.allergyNotes = QString(CustomerForm::kMaxNotesLength + 1, u'x');
        QVERIFY(!CustomerForm::check(input, QLocale::SouthAfrica).notesError.isEmpty());
    }

    void editSendsOnlyWhatChanged()
    {
        const CustomerProfile original = thandi();
        // Nothing touched: the old spaced phone is the same number, so nothing is sent.
        CustomerFormCheck check =
            CustomerForm::check(inputFor(original), QLocale::SouthAfrica, original);
        QVERIFY(check.ok());
        QVERIFY(!check.hasChanges());
        QCOMPARE(check.changes.id, Desk::kThandi);
        QCOMPARE(check.changes.expectedVersion, qint64(4));
        // Typed the same number another way: still no change.
        CustomerFormInput input = inputFor(original);
        input.phone = QStringLiteral("082 555 0101");
        QVERIFY(!CustomerForm::check(input, QLocale::SouthAfrica, original).hasChanges());
        // A new number and a consent: only those two go.
        input.phone = QStringLiteral("082 555 0199");
        input.consentSms = true;
        check = CustomerForm::check(input, QLocale::SouthAfrica, original);
        QVERIFY(check.hasChanges());
        QCOMPARE(check.changes.phone, QStringLiteral("+27825550199"));
        QCOMPARE(check.changes.consentSms, true);
        QVERIFY(!check.changes.fullName && !check.changes.email && !check.changes.notes
                && !check.changes.consentWhatsApp && !check.changes.allergyNotes);
        // Clearing the e-mail sends a null (and e-mail consent was not given, so that is fine).
        input = inputFor(original);
        input.email.clear();
        check = CustomerForm::check(input, QLocale::SouthAfrica, original);
        QVERIFY(check.ok());
        QVERIFY(check.changes.email && check.changes.email->isNull());
    }

    void duplicatesByPhoneOrEmail()
    {
        QVERIFY(openStore());
        const auto lookup = [this](const QString &exclude, const QStringList &phones,
                                   const QString &email) {
            return store()
                ->run([=](QSqlDatabase &db) {
                    return CustomerRepository(db).duplicates(Desk::kBusiness, exclude, phones,
                                                             email);
                })
                .result();
        };
        // Priya's phone in both spellings (the salon stored it spaced).
        CustomerDuplicatesResult found =
            lookup({}, {QStringLiteral("+27835550202"), QStringLiteral("+27 83 555 0202")}, {});
        QVERIFY(!found.error);
        QCOMPARE(found.duplicates.size(), 1);
        QCOMPARE(found.duplicates.first().id, Desk::kPriya);
        QVERIFY(found.duplicates.first().samePhone);
        QVERIFY(!found.duplicates.first().sameEmail);
        // Johan's e-mail in capitals, and Thandi's phone: two customers, by name.
        found =
            lookup({}, {QStringLiteral("+27 82 555 0101")}, QStringLiteral("JOHAN@example.com"));
        QCOMPARE(found.duplicates.size(), 2);
        QCOMPARE(found.duplicates.at(0).fullName, QStringLiteral("Johan van der Merwe"));
        QVERIFY(found.duplicates.at(0).sameEmail);
        QCOMPARE(found.duplicates.at(1).fullName, QStringLiteral("Thandi Mokoena"));
        // The customer being edited is not their own duplicate.
        found = lookup(Desk::kThandi, {QStringLiteral("+27 82 555 0101")},
                       QStringLiteral("thandi@example.com"));
        QVERIFY(found.duplicates.isEmpty());
        // Nothing to look for, nothing found.
        QVERIFY(lookup({}, {}, {}).duplicates.isEmpty());
        // The lookup goes through the indexes, not a scan of customers.
        const QString plan = store()
                                 ->run([](QSqlDatabase &db) {
                                     QSqlQuery q(db);
                                     (void)q.exec(QStringLiteral(
                                         "EXPLAIN QUERY PLAN SELECT id FROM customers WHERE "
                                         "business_id = 'b' AND deleted_at IS NULL AND id <> '' "
                                         "AND (phone IN ('1', '2') OR email = 'x' COLLATE "
                                         "NOCASE)"));
                                     QStringList steps;
                                     while (q.next())
                                         steps.append(q.value(3).toString());
                                     return steps.join(u'\n');
                                 })
                                 .result();
        QVERIFY2(plan.contains(QStringLiteral("idx_customers_phone"))
                     && plan.contains(QStringLiteral("idx_customers_email")),
                 qPrintable(plan));
    }

    void duplicateLookupIsInstantOnTwentyThousand()
    {
        QVERIFY(openStore(0, 20000));
        // The bulk customers' phones are "+27 60 000 0000" and up, stored spaced.
        const auto [elapsedUs, found] =
            store()
                ->run([](QSqlDatabase &db) {
                    CustomerRepository repository(db);
                    // Warm the statement cache and the pages once, as a desk in use would be.
                    (void)repository.duplicates(Desk::kBusiness, {}, {QStringLiteral("x")}, {});
                    QElapsedTimer timer;
                    timer.start();
                    CustomerDuplicatesResult result;
                    for (int i = 0; i < 100; ++i)
                        result = repository.duplicates(
                            Desk::kBusiness, {},
                            {QStringLiteral("+27600004242"), QStringLiteral("+27 60 000 4242")},
                            QStringLiteral("nobody@example.com"));
                    return qMakePair(timer.nsecsElapsed() / 100 / 1000, result);
                })
                .result();
        QVERIFY(!found.error);
        QCOMPARE(found.duplicates.size(), 1);
        qInfo("duplicate lookup on 20,003 customers: %lld us", elapsedUs);
        QVERIFY2(elapsedUs < 20000, qPrintable(QString::number(elapsedUs))); // well under 20 ms
    }

    void exportHoldsEverythingAndConversationsOnlyWhenAllowed()
    {
        QVERIFY(openStore());
        const bool written = store()
                                 ->run([](QSqlDatabase &db) {
                                     RowWriter w = Desk::writer(db);
                                     w.conversation({.id = QStringLiteral("conv1"),
                                                     .customerId = Desk::kThandi,
                                                     .intent = QStringLiteral("book")});
                                     w.message({.id = QStringLiteral("m1"),
                                                .conversationId = QStringLiteral("conv1"),
                                                .body = QStringLiteral("Can I come Friday?")});
                                     w.message({.id = QStringLiteral("m2"),
                                                .conversationId = QStringLiteral("conv1"),
                                                .sender = QStringLiteral("assistant"),
                                                .body = QStringLiteral("Yes, 10:00 is free.")});
                                     return w.ok();
                                 })
                                 .result();
        QVERIFY(written);
        const auto collect = [this](bool conversations) {
            return store()
                ->run([conversations](QSqlDatabase &db) {
                    QString error;
                    QJsonObject record = CustomerExport::collect(db, Desk::kBusiness, Desk::kThandi,
                                                                 conversations, &error);
                    return qMakePair(record, error);
                })
                .result();
        };
        const auto [full, error] = collect(true);
        QCOMPARE(error, QString());
        QCOMPARE(full.value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("referral_code"))
                     .toString(),
                 QStringLiteral("THANDI10"));
        QCOMPARE(full.value(QStringLiteral("appointments")).toArray().size(), 5);
        QCOMPARE(full.value(QStringLiteral("loyalty_ledger")).toArray().size(), 3);
        const QJsonArray conversations = full.value(QStringLiteral("conversations")).toArray();
        QCOMPARE(conversations.size(), 1);
        const QJsonArray messages =
            conversations.first().toObject().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("body")).toString(),
                 QStringLiteral("Can I come Friday?"));
        // Times are ISO 8601 in UTC.
        const QJsonValue createdAt =
            full.value(QStringLiteral("customer")).toObject().value(QStringLiteral("created_at"));
        QVERIFY2(createdAt.toString().endsWith(u'Z'), qPrintable(createdAt.toVariant().toString()));
        const QString csv = QString::fromUtf8(CustomerExport::toCsv(full));
        QVERIFY(csv.contains(QStringLiteral("message,m2,body,\"Yes, 10:00 is free.\"\r\n")));
        QVERIFY(csv.contains(QStringLiteral("conversation,conv1,intent,book\r\n")));

        // The profile's list of conversations: the latest customer message and the count.
        const CustomerConversationsResult listed =
            store()
                ->run([](QSqlDatabase &db) {
                    return CustomerRepository(db).conversations(Desk::kThandi);
                })
                .result();
        QVERIFY(!listed.error);
        QCOMPARE(listed.conversations.size(), 1);
        QCOMPARE(listed.conversations.first().messages, 2);
        QCOMPARE(listed.conversations.first().intent, QStringLiteral("book"));
        QCOMPARE(listed.conversations.first().lastCustomerMessage,
                 QStringLiteral("Can I come Friday?"));

        // Staff do not see conversations: none are exported for them.
        const auto [limited, limitedError] = collect(false);
        QCOMPARE(limitedError, QString());
        QVERIFY(!limited.contains(QStringLiteral("conversations")));
        QVERIFY(!QString::fromUtf8(CustomerExport::toCsv(limited)).contains(u"Friday"));

        // A customer who is not there.
        const QString missing = store()
                                    ->run([](QSqlDatabase &db) {
                                        QString e;
                                        CustomerExport::collect(db, Desk::kBusiness,
                                                                QStringLiteral("nobody"), true, &e);
                                        return e;
                                    })
                                    .result();
        QCOMPARE(missing, QStringLiteral("This customer is no longer in the list."));
    }
};

QTEST_GUILESS_MAIN(TestCustomerForm)
#include "tst_customerform.moc"
