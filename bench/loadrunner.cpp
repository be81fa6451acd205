#include "loadrunner.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace erp::bench {

using Clock = std::chrono::steady_clock;
using erp::client::Connection;
using erp::client::Reply;

namespace {

QString describe(const QString &method, const Reply &reply)
{
    return QStringLiteral("%1 failed: %2 (%3)%4")
        .arg(method, erp::protocol::errorCodeName(reply.error.code))
        .arg(int(reply.error.code))
        .arg(reply.error.field.isEmpty() ? QStringLiteral(": ") + reply.error.message
                                         : QStringLiteral(" field %1: %2").arg(reply.error.field, reply.error.message));
}

struct WorkerState
{
    Samples latencies;
    qint64 calls = 0;
    Clock::time_point lastEnd;
    QString error;
};

// Holds the workers until all are logged in, then releases them together.
class StartGate
{
public:
    explicit StartGate(int workers) : m_workers(workers) {}

    // Called by a worker when ready (or failed); returns false when the run is aborted.
    bool arriveAndWait(bool ok)
    {
        std::unique_lock lock(m_mutex);
        ++m_arrived;
        if (!ok)
            m_aborted = true;
        m_changed.notify_all();
        m_changed.wait(lock, [this] { return m_open || m_aborted; });
        return !m_aborted;
    }
    // Called by the runner; returns false when some worker failed before the start.
    bool waitForAll()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_arrived == m_workers; });
        return !m_aborted;
    }
    void open(Clock::time_point deadline)
    {
        std::lock_guard lock(m_mutex);
        m_deadline = deadline;
        m_open = true;
        m_changed.notify_all();
    }
    Clock::time_point deadline()
    {
        std::lock_guard lock(m_mutex);
        return m_deadline;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    const int m_workers;
    int m_arrived = 0;
    bool m_open = false;
    bool m_aborted = false;
    Clock::time_point m_deadline;
};

} // namespace

LoadResult LoadRunner::run(int connections, std::chrono::milliseconds duration, const CallFunction &call) const
{
    std::vector<WorkerState> states(std::size_t(connections), WorkerState{});
    StartGate gate(connections);
    std::atomic<bool> failed{false};
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(connections));
    for (int w = 0; w < connections; ++w) {
        threads.emplace_back([&, w] {
            WorkerState &state = states[std::size_t(w)];
            // The connection (and its QTcpSocket) lives and dies in this thread.
            Connection connection;
            QString error;
            bool ok = openSession(m_options, &connection, &error);
            if (ok) {
                const Reply warmUp = call(connection, w, -1);
                connection.takeEvents();
                if (!warmUp.ok) {
                    error = describe(QStringLiteral("warm-up call"), warmUp);
                    ok = false;
                }
            }
            if (!ok)
                state.error = QStringLiteral("connection %1: %2").arg(w + 1).arg(error);
            if (!gate.arriveAndWait(ok))
                return;
            const Clock::time_point deadline = gate.deadline();
            state.latencies.reserve(8192);
            for (qint64 i = 0; !failed.load(std::memory_order_relaxed); ++i) {
                const Clock::time_point before = Clock::now();
                if (before >= deadline)
                    break;
                const Reply reply = call(connection, w, i);
                const Clock::time_point after = Clock::now();
                // Change events pushed by the server (e.g. after creates) are not needed here.
                connection.takeEvents();
                if (!reply.ok) {
                    state.error = QStringLiteral("connection %1: %2").arg(w + 1).arg(describe(QStringLiteral("call"), reply));
                    failed = true;
                    break;
                }
                state.latencies.add(std::chrono::duration<double, std::milli>(after - before).count());
                ++state.calls;
                state.lastEnd = after;
            }
            connection.close();
        });
    }
    LoadResult result;
    const bool ready = gate.waitForAll();
    const Clock::time_point start = Clock::now();
    if (ready)
        gate.open(start + duration);
    for (std::thread &t : threads)
        t.join();
    Clock::time_point end = start;
    for (const WorkerState &s : states) {
        if (!s.error.isEmpty() && result.error.isEmpty())
            result.error = s.error;
        result.calls += s.calls;
        result.latencies.append(s.latencies);
        if (s.calls > 0 && s.lastEnd > end)
            end = s.lastEnd;
    }
    result.seconds = std::chrono::duration<double>(end - start).count();
    return result;
}

} // namespace erp::bench
