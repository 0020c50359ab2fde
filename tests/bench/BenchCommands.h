#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// chairside-bench: the helper of `make bench` (scripts/bench.sh). Each subcommand is one step
// of the benchmark; the script orchestrates them and never needs jq, GNU time or sqlite3.
namespace Chairside::Bench {

// measure --out FILE -- PROGRAM ARGS...: runs PROGRAM as a child, passes its output through and
// writes {"exit","seconds","max_rss_kb"} (wall time; peak RSS from wait4's rusage) to FILE.
int measure(const QStringList &args);

// bulk-insert --source CACHE --target NEW [--commit-every N]: re-inserts every synced row of
// CACHE (a cache filled by a first sync) into a fresh store NEW with prepared INSERTs in one
// transaction (or a commit every N rows). Prints {"rows","seconds","read_seconds","tables",
// "commit_every"}; `seconds` is the insert and commit time alone.
int bulkInsert(const QStringList &args);

// breakdown --url U --anon-key K --ca-file CA --email E --password-stdin --store NEW
//           [--page-size 500] [--pg-host H --pg-port P --pg-database D --pg-user U]:
// a first sync done step by step with the classes SyncEngine uses (Session, SupabaseRpcClient,
// PullPage, PullApplier, Outbox), timing each step; then the same sync_pull calls replayed
// straight in PostgreSQL. Prints one JSON object of totals.
int breakdown(const QStringList &args);

// make-pages --source STORE --out FILE [--rows-per-table 2000] [--page-size 1000]: up to N rows
// of every synced table of a filled store, turned back into sync_pull pages (one JSON a line).
// apply-pages --pages FILE --target NEW: parses those pages and writes them into a fresh store
// as SyncEngine writes a first sync (PullPage::parse, PullApplier::apply, ten pages a
// transaction); prints {"rows","pages","parse_seconds","apply_seconds"}. The client half of a
// first sync without a server, for the instruction counts (tests/bench/ApplyPages.cpp).
int makePages(const QStringList &args);
int applyPages(const QStringList &args);

// count-rows DB: {"rows": total, "tables": {table: rows}} over the synced tables.
int countRows(const QStringList &args);

// json-get FILE KEY[.KEY...]: prints one value of the JSON object in FILE (a ready line).
int jsonGet(const QStringList &args);

// versions: the Qt and SQLite versions this build runs with ("Qt 6.4.2, SQLite 3.40.1").
int versions(const QStringList &args);

// analytics --store DB [--scale 60] [--runs 7]: the Analytics pane's 90-day
// dashboard over the demo salon at --scale (generated into DB with today as its "today" unless
// already there): click on "90 days" to painted, the repository's queries alone, and a baseline of
// one indexed aggregate over the same appointments. Runs its own QApplication (offscreen without a
// display); prints one JSON object of medians (tests/bench/AnalyticsBench.cpp).
int analyticsMain(int argc, char *argv[]);

// calendar --store DB [--scale 40] [--runs 15]: the Appointments pane over the demo salon at
// --scale: next/previous day and week (click to painted) and a list filter (change to painted),
// beside a baseline read of one day's rows (tests/bench/CalendarBench.cpp).
int calendarMain(int argc, char *argv[]);

// customers --store DB [--scale 40] [--runs 15]: search-as-you-type in the Customers pane over the
// demo salon: a name prefix, phone digits, an e-mail part and no match, each from the keystroke
// that searches to the list and its count painted, the repository's queries alone, and a
// baseline of one indexed lookup through the store thread (tests/bench/CustomersBench.cpp).
int customersMain(int argc, char *argv[]);

// handoffs --store DB [--scale 40] [--runs 15]: the Escalations pane's queue over the demo salon:
// its refresh after a sync wrote handoffs (to the queue painted, and to everything painted) and
// a filter click, beside the first window read alone and one indexed lookup through the store
// thread (tests/bench/HandoffsBench.cpp).
int handoffsMain(int argc, char *argv[]);

// bare-window --screenshot FILE: a plain main window of Chairside's size drawn to a PNG, the
// baseline of the cold-start measurement (tests/bench/BareWindow.cpp).
int bareWindowMain(int argc, char *argv[]);

// report RESULTS.jsonl: the Markdown tables of a bench run (medians, min, max, goals).
int report(const QStringList &args);

// Helpers shared by the subcommands.
QString optionValue(const QStringList &args, const QString &name, const QString &fallback = {});
bool hasOption(const QStringList &args, const QString &name);
void printJson(const QJsonObject &object);
// {"median_ms","min_ms","max_ms"} of timings in milliseconds; empty for none.
QJsonObject millisecondSpread(QList<double> ms);
int failWith(const QString &message);

} // namespace Chairside::Bench
