// chairside-bench customers: search-as-you-type in the Customers pane over a large demo store
// (issue 7: "instant on 20k+ customers"). For a name prefix, phone digits, the start of an e-mail
// address, a first letter (the widest search) and a text that matches nobody, the time from the
// keystroke that searches until the list and its count are painted, beside a baseline of one
// indexed lookup through the same store thread in the same run.

#include "BenchCommands.h"
#include "PaneBench.h"
#include "models/customers/CustomerListModel.h"
#include "store/StoreExecutor.h"
#include "store/repositories/CustomerRepository.h"
#include "ui/panes/CustomersPane.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace Chairside::Bench {

namespace {

struct Probe
{
    const char *key;
    QString text;
};

// Typical texts taken from the store's own customers (the one in the middle of the name order
// that has an e-mail address), so they find someone whatever the generator's names are.
std::optional<QList<Probe>> probesFrom(StoreExecutor &store, const QString &businessId,
                                       QString *samplePhone)
{
    QString name, phone, email;
    store
        .run([&](QSqlDatabase &db) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral(
                "SELECT full_name, phone, email FROM customers WHERE business_id = ? AND "
                "deleted_at IS NULL AND email LIKE '%@%' AND length(phone) >= 9 ORDER BY "
                "full_name COLLATE NOCASE, id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM customers "
                "WHERE business_id = ? AND deleted_at IS NULL AND email LIKE '%@%' AND "
                "length(phone) >= 9)"));
            q.addBindValue(businessId);
            q.addBindValue(businessId);
            if (q.exec() && q.next()) {
                name = q.value(0).toString();
                phone = q.value(1).toString();
                email = q.value(2).toString();
            }
        })
        .waitForFinished();
    if (name.isEmpty())
        return std::nullopt;
    *samplePhone = phone;
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += c;
    }
    // As the desk types what the customer says: a national number with its trunk 0.
    const QString national = u'0' + digits.right(9);
    return QList<Probe>{{"first_letter", name.left(1)},
                        {"name_prefix", name.left(4)},
                        {"phone_digits", national},
                        {"email_part", email.section(u'@', 0, 0)},
                        {"no_match", QStringLiteral("Zzqx")}};
}

// Enter in the search field searches at once (the pane's 250 ms typing pause is a deliberate
// wait, not work, and is left out).
void pressEnter(QLineEdit *field)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(field, &press);
    QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier);
    QCoreApplication::sendEvent(field, &release);
}

} // namespace

int customers(const QStringList &args)
{
    QString error;
    std::optional<DemoSession> session =
        openDemoSession(args, "customers", 1, QStringLiteral(" [--repository-only]"), &error);
    if (!session)
        return failWith(error);
    const int runs = session->runs;
    StoreExecutor &store = *session->store;
    const BusinessContext &context = session->context;
    // The repository's queries alone, no pane (the instruction counts run this way).
    const bool repositoryOnly = hasOption(args, QStringLiteral("--repository-only"));
    qint64 customerCount = 0;
    store
        .run([&](QSqlDatabase &db) {
            CustomerFilter all;
            all.businessId = context.businessId;
            customerCount = CustomerRepository(db).count(all).count;
        })
        .waitForFinished();
    QString samplePhone;
    const auto probes = probesFrom(store, context.businessId, &samplePhone);
    if (!probes)
        return failWith(QStringLiteral("the store has no customer with a phone and an e-mail"));

    std::unique_ptr<CustomersPane> pane;
    CustomerListModel *list = nullptr;
    QLineEdit *field = nullptr;
    if (!repositoryOnly) {
        pane = std::make_unique<CustomersPane>(&store, context);
        pane->resize(1440, 900);
        pane->show();
        list = pane->listModel();
        field = pane->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        if (!field)
            return failWith(QStringLiteral("the search field is missing"));
        if (!runUntil(list, &CustomerListModel::totalCountChanged, [] {}))
            return failWith(QStringLiteral("the customer list never arrived"));
    }

    // Baseline: one lookup through idx_customers_phone, posted to the store thread and waited
    // for from this (GUI) thread, as the search's replies are.
    QList<double> baseline;
    for (int run = 0; run < runs; ++run) {
        baseline.append(lookupRoundTripMs(
            store, QStringLiteral("SELECT id FROM customers WHERE phone = ?"), samplePhone));
    }

    QJsonObject figures;
    QJsonObject texts;
    QJsonObject found;
    QList<double> everySearch;
    for (const Probe &probe : *probes) {
        // The repository's page and count alone on the store thread (what the search costs
        // without the hop back, presenting the rows and painting).
        QList<double> queries;
        qint64 matches = 0;
        for (int run = 0; run < runs; ++run) {
            store
                .run([&](QSqlDatabase &db) {
                    CustomerFilter filter;
                    filter.businessId = context.businessId;
                    filter.text = probe.text;
                    QElapsedTimer timer;
                    timer.start();
                    CustomerRepository repository(db);
                    const auto page = repository.page(filter, 0, CustomerListModel::kWindow);
                    matches = repository.count(filter).count;
                    queries.append(double(timer.nsecsElapsed()) / 1e6);
                    Q_UNUSED(page);
                })
                .waitForFinished();
        }
        // Keystroke to painted: the text is in the field, Enter searches; the clock stops when
        // the list and its count are on screen. Clearing the field between runs is not timed.
        QList<double> painted;
        for (int run = 0; run < runs && !repositoryOnly; ++run) {
            field->setText(probe.text);
            QElapsedTimer timer;
            timer.start();
            if (!runUntil(list, &CustomerListModel::totalCountChanged, [&] { pressEnter(field); }))
                return failWith(QStringLiteral("the search for %1 never answered").arg(probe.text));
            painted.append(paintedMs(*pane, timer));
            if (list->totalCount() != matches)
                return failWith(QStringLiteral("the pane found %1 for %2, the repository %3")
                                    .arg(list->totalCount())
                                    .arg(probe.text)
                                    .arg(matches));
            field->clear();
            if (!runUntil(list, &CustomerListModel::totalCountChanged, [&] { pressEnter(field); }))
                return failWith(QStringLiteral("the cleared list never arrived"));
        }
        everySearch.append(painted);
        const QString key = QLatin1String(probe.key);
        figures.insert(key, millisecondSpread(painted));
        figures.insert(key + QStringLiteral("_queries_only"), millisecondSpread(queries));
        texts.insert(key, probe.text);
        found.insert(key, matches);
    }

    QJsonObject result{{QStringLiteral("customers"), customerCount},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("texts"), texts},
                       {QStringLiteral("found"), found},
                       {QStringLiteral("baseline_one_lookup"), millisecondSpread(baseline)},
                       {QStringLiteral("every_search"), millisecondSpread(everySearch)}};
    for (auto it = figures.begin(); it != figures.end(); ++it)
        result.insert(it.key(), it.value());
    printJson(result);
    return 0;
}

int customersMain(int argc, char *argv[])
{
    return withWidgets(argc, argv, customers);
}

} // namespace Chairside::Bench
