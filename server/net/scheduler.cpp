#include "scheduler.h"

#include "core/areas.h"
#include "core/jobs.h"
#include "db/dbpool.h"
#include "servercontext.h"
#include "sessionhub.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <QDateTime>
#include <QLoggingCategory>

namespace erp::net {

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

Scheduler::Scheduler(asio::any_io_executor executor, ServerContext &context, const erp::core::AreaRegistry &areas,
                     std::chrono::seconds tick)
    : m_strand(asio::make_strand(executor))
    , m_timer(m_strand)
    , m_context(context)
    , m_areas(areas)
    , m_tick(tick)
    , m_lastRun(std::size_t(areas.jobs().size()))
{
}

void Scheduler::start()
{
    if (m_areas.jobs().isEmpty() || m_tick.count() <= 0)
        return;
    asio::co_spawn(m_strand, [this] { return loop(); }, asio::detached);
}

void Scheduler::stop()
{
    asio::post(m_strand, [this] {
        m_stopped = true;
        m_timer.cancel();
    });
}

asio::awaitable<void> Scheduler::loop()
{
    const QList<erp::core::Job> &jobs = m_areas.jobs();
    while (!m_stopped) {
        m_timer.expires_after(m_tick);
        const auto [ec] = co_await m_timer.async_wait(asio::as_tuple(asio::use_awaitable));
        if (ec || m_stopped)
            break;
        for (qsizetype i = 0; i < jobs.size() && !m_stopped; ++i) {
            const erp::core::Job &job = jobs.at(i);
            Clock::time_point &last = m_lastRun[std::size_t(i)];
            const Clock::time_point now = Clock::now();
            if (job.interval > m_tick && last != Clock::time_point{} && now - last < job.interval)
                continue;
            last = now;
            // A job whose option is off waits; switched on, it runs at the next tick.
            if (!co_await runOne(job))
                last = Clock::time_point{};
        }
    }
}

asio::awaitable<bool> Scheduler::runOne(const erp::core::Job &job)
{
    const erp::core::AreaRegistry &areas = m_areas;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto started = Clock::now();
    // Named locals, not temporaries: GCC 12 destroys temporaries of a co_await full-expression twice.
    std::function<erp::core::JobOutcome(QSqlDatabase &)> work = [&areas, &job, now](QSqlDatabase &db) {
        return erp::core::runJob(db, areas, job, now);
    };
    auto pending = m_context.pool.asyncRun<erp::core::JobOutcome>(std::move(work), asio::use_awaitable);
    const erp::core::JobOutcome outcome = co_await std::move(pending);
    if (outcome.skipped)
        co_return false;
    const double ms = double(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count()) / 1000.0;
    if (!outcome.ok) {
        qWarning().noquote() << QStringLiteral("job %1 failed after %2 ms: %3").arg(job.name).arg(ms, 0, 'f', 2).arg(outcome.error);
        co_return true;
    }
    if (outcome.events.empty() && outcome.pushes.empty())
        co_return true;
    qInfo().noquote() << QStringLiteral("job %1 %2 ms: %3 changes, %4 pushes")
                             .arg(job.name)
                             .arg(ms, 0, 'f', 2)
                             .arg(outcome.events.size())
                             .arg(outcome.pushes.size());
    m_context.hub.broadcastChanges(outcome.events);
    for (const erp::core::TargetedPush &p : outcome.pushes)
        m_context.hub.pushTo(p.users, p.event, p.data);
    co_return true;
}

} // namespace erp::net
