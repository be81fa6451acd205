#pragma once

#include "benchoptions.h"
#include "stats.h"

#include "connection.h"

#include <chrono>
#include <functional>

namespace erp::bench {

// Makes one call on behalf of worker `worker`; `iteration` counts that worker's calls from 0.
using CallFunction =
    std::function<erp::client::Reply(erp::client::Connection &connection, int worker, qint64 iteration)>;

struct LoadResult
{
    qint64 calls = 0;
    double seconds = 0; // from the common start to the end of the last call
    Samples latencies;  // milliseconds, one per call
    QString error;      // set when a connection, login or call failed
};

// Runs `connections` std::threads, each with its own blocking Connection. All of them connect,
// log in and make one untimed warm-up call first; then they make back-to-back calls until
// `duration` has passed since the common start.
class LoadRunner
{
public:
    explicit LoadRunner(const BenchOptions &options) : m_options(options) {}
    LoadResult run(int connections, std::chrono::milliseconds duration, const CallFunction &call) const;

private:
    const BenchOptions &m_options;
};

} // namespace erp::bench
