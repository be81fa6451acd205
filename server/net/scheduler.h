#pragma once

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include <chrono>
#include <vector>

namespace erp::core {
class AreaRegistry;
struct Job;
} // namespace erp::core

namespace erp::net {

struct ServerContext;

// Runs the jobs the areas registered (AreaRegistry::addJob) every `tick`, one after another
// on a database worker (each in its own transaction, as the system user), from a timer on
// its own strand: no Asio thread ever waits for a job. After a run commits, what it changed
// is broadcast as `changed` and its targeted pushes go to the sessions of their users.
class Scheduler
{
public:
    Scheduler(boost::asio::any_io_executor executor, ServerContext &context, const erp::core::AreaRegistry &areas,
              std::chrono::seconds tick);

    void start();
    // Thread-safe: no job starts after this (one that runs finishes on its worker).
    void stop();

private:
    boost::asio::awaitable<void> loop();
    // False when the job was skipped (its option is off).
    boost::asio::awaitable<bool> runOne(const erp::core::Job &job);

    boost::asio::strand<boost::asio::any_io_executor> m_strand;
    boost::asio::steady_timer m_timer;
    ServerContext &m_context;
    const erp::core::AreaRegistry &m_areas;
    std::chrono::seconds m_tick;
    std::vector<std::chrono::steady_clock::time_point> m_lastRun;
    bool m_stopped = false;
};

} // namespace erp::net
