#pragma once

#include "models/common/RowTableModel.h"
#include "store/StoreExecutor.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <type_traits>

namespace Chairside {

// One window of rows read on the store worker, display texts already prepared.
template<typename Row>
struct RowWindow
{
    QList<Row> rows;
    bool hasMore = false; // more rows follow this window
    std::optional<StoreError> error;
};

// Presents a repository's page (rows, hasMore or atEnd, error) as a Window, one row at a time
// through present(raw) -> Row. Runs on the store worker, inside a window job.
template<typename Window, typename Page, typename Present>
Window presentWindow(Page page, Present present)
{
    Window window;
    window.error = page.error;
    if constexpr (requires { page.atEnd; })
        window.hasMore = !page.atEnd;
    else
        window.hasMore = page.hasMore;
    window.rows.reserve(page.rows.size());
    for (auto &raw : page.rows)
        window.rows.append(present(std::move(raw)));
    return window;
}

// A repository's count result (count, error) as a count job answers it.
template<typename CountResult>
std::optional<qint64> countOf(const CountResult &result)
{
    if (result.error)
        return std::nullopt;
    return result.count;
}

// A table read lazily from the local store in windows, off the GUI thread: the first window on
// reload(), the next ones through canFetchMore()/fetchMore(), and, for models that count, the total
// by a separate query. Every reload starts a new generation; replies of older generations are
// dropped, so a slow answer to an old filter never overwrites a newer one.
//
// The subclass says how to load a window (windowJob(), run on the store worker), optionally how to
// count (countJob()), how to present a row (RowTableModel) and turns the outcomes into its signals.
// Window may extend RowWindow<Row> with what the first window brings along (an unread count).
template<typename Row, typename Window = RowWindow<Row>>
class WindowedListModel : public RowTableModel<Row>
{
public:
    using WindowJob = std::function<Window(QSqlDatabase &)>;
    using CountJob = std::function<std::optional<qint64>(QSqlDatabase &)>; // nullopt: failed

    // Re-reads the first window (after a filter change or when the tables changed).
    void reload() { restart(m_windowSize); }
    bool isLoading() const { return m_loading; }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_hasMore && !m_loading;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || !m_hasMore || m_loading || m_fetching || this->rows().isEmpty())
            return;
        m_fetching = true;
        requestWindow(&this->rows().constLast(), int(this->rows().size()), m_windowSize, false);
    }

protected:
    WindowedListModel(StoreExecutor *store, int windowSize, int columnCount, int numberColumn,
                      QObject *parent)
        : RowTableModel<Row>(columnCount, numberColumn, parent)
        , m_store(store)
        , m_windowSize(windowSize)
    {}

    // The job that reads `limit` rows from row `offset` on, after the row `after` (nullptr for
    // the first window; only valid during this call, so copy what the job needs).
    virtual WindowJob windowJob(const Row *after, int offset, int limit) const = 0;
    // The job that counts every row of the current filter; none by default.
    virtual CountJob countJob() const { return {}; }
    // After the first window of a generation replaced the rows.
    virtual void firstWindowArrived(const Window &window) = 0;
    virtual void loadingFailed(const QString &message) = 0;
    virtual void totalCountArrived(qint64 count) { Q_UNUSED(count) }

    // Reloads after the data changed, keeping as many rows as are loaded now, so the list does
    // not shrink under the reader's eyes.
    void refresh() { restart(std::max(m_windowSize, int(this->rows().size()))); }
    // -1 until the count of the current generation has arrived.
    qint64 totalCount() const { return m_total; }
    // A first load was asked for.
    bool hasStarted() const { return m_generation > 0; }

    // Reloads whenever the store reports a change to one of these tables.
    void reloadOnChangesTo(const QStringList &tables)
    {
        QObject::connect(m_store, &StoreExecutor::tablesChanged, this,
                         [this, tables](const QStringList &changed) {
                             for (const QString &table : changed) {
                                 if (tables.contains(table)) {
                                     reload();
                                     return;
                                 }
                             }
                         });
    }

    // Applies a header click to the filter's sort key and direction; reloads when the order
    // changed and a first load was asked for.
    template<typename Filter, typename SortKey>
    void sortBy(Filter &filter, SortKey key, Qt::SortOrder order)
    {
        const bool descending = order == Qt::DescendingOrder;
        if (key == filter.sortKey && descending == filter.descending)
            return;
        filter.sortKey = key;
        filter.descending = descending;
        if (hasStarted())
            reload();
    }

    // Runs job on the store and hands its result to reply on the GUI thread, unless a newer
    // generation started meanwhile.
    template<typename Job, typename Reply>
    void runCurrent(Job job, Reply reply)
    {
        using Result = std::invoke_result_t<Job, QSqlDatabase &>;
        m_store->run(this, std::move(job),
                     [this, generation = m_generation, reply = std::move(reply)](Result result) {
                         if (generation == m_generation)
                             reply(std::move(result));
                     });
    }

private:
    void restart(int limit)
    {
        ++m_generation;
        m_total = -1;
        m_loading = true;
        m_fetching = false;
        requestWindow(nullptr, 0, limit, true);
        if (CountJob count = countJob()) {
            runCurrent(std::move(count), [this](std::optional<qint64> total) {
                if (!total)
                    return;
                m_total = *total;
                totalCountArrived(m_total);
            });
        }
    }

    void requestWindow(const Row *after, int offset, int limit, bool first)
    {
        const quint64 request = ++m_request;
        runCurrent(windowJob(after, offset, limit), [this, offset, first, request](Window window) {
            // Busy flags clear only after the rows are in: views and QAbstractItemModelTester
            // call fetchMore() from inside the reset and insert signals, and a fetch asked for
            // there would start from the old row count and be thrown away on arrival.
            const bool latest = request == m_request;
            if (window.error) {
                (first ? m_loading : m_fetching) = false;
                loadingFailed(window.error->message);
                return;
            }
            if (first) {
                m_hasMore = window.hasMore;
                this->resetRows(std::move(window.rows));
                m_loading = false;
                firstWindowArrived(window);
                return;
            }
            if (offset == this->rows().size()) {
                m_hasMore = window.hasMore;
                this->appendRows(std::move(window.rows));
            }
            if (latest)
                m_fetching = false;
        });
    }

    StoreExecutor *m_store;
    const int m_windowSize;
    quint64 m_generation = 0;
    qint64 m_total = -1;
    bool m_hasMore = false;
    bool m_loading = false;
    bool m_fetching = false;
    quint64 m_request = 0; // the newest window asked for; older replies never clear m_fetching
};

} // namespace Chairside
