#pragma once

#include "dbconfig.h"

#include <boost/asio/associated_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>

#include <QCborMap>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

class QSqlDatabase;

namespace erp::db {

// A fixed set of worker threads, each owning one Qt SQL connection (Qt SQL connections are
// bound to the thread that opened them). Asio threads hand work over with asyncRun() and
// are resumed on their own executor when it is done, so they never block on the database.
class DbPool
{
public:
    using Work = std::function<QCborMap(QSqlDatabase &)>;

    DbPool(const DbConfig &config, int workers);
    ~DbPool();
    DbPool(const DbPool &) = delete;
    DbPool &operator=(const DbPool &) = delete;

    // Opens every connection; false with *error when one cannot be opened.
    bool start(QString *error);
    void stop();

    // Runs work on a worker thread and completes on the caller's executor with its result.
    template <typename Result, typename CompletionToken>
    auto asyncRun(std::function<Result(QSqlDatabase &)> work, CompletionToken &&token)
    {
        return boost::asio::async_initiate<CompletionToken, void(Result)>(
            [this](auto handler, std::function<Result(QSqlDatabase &)> w) {
                auto guard = boost::asio::make_work_guard(boost::asio::get_associated_executor(handler));
                using State = std::pair<decltype(handler), decltype(guard)>;
                auto state = std::make_shared<State>(std::move(handler), std::move(guard));
                submit([state, w = std::move(w)](QSqlDatabase &db) {
                    auto result = std::make_shared<Result>(w(db));
                    auto executor = state->second.get_executor();
                    boost::asio::post(executor, [state, result] {
                        state->first(std::move(*result));
                        state->second.reset();
                    });
                });
            },
            token, std::move(work));
    }

    // Runs work on a worker and waits for it: for start-up and tools, never on an Asio thread.
    QCborMap runSync(const Work &work);

    int size() const { return m_workerCount; }
    const DbConfig &config() const { return m_config; }

private:
    void submit(std::function<void(QSqlDatabase &)> job);
    void workerLoop(int index, std::promise<QString> *opened);

    DbConfig m_config;
    int m_workerCount;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void(QSqlDatabase &)>> m_jobs;
    bool m_stopping = false;
};

} // namespace erp::db
