#pragma once

#include <chrono>
#include <cstdint>

namespace erp::meta {
class Model;
}
namespace erp::db {
class DbPool;
}
namespace erp::rpc {
class Dispatcher;
}

namespace erp::net {

class SessionHub;

struct Limits
{
    std::uint32_t maxFrameBody = 16 * 1024 * 1024;
    std::chrono::seconds loginTimeout{60};     // from connect to a successful login
    std::chrono::seconds idleTimeout{1800};    // between frames once logged in
    std::chrono::seconds frameTimeout{30};     // to receive the rest of a started frame
    std::chrono::seconds writeTimeout{30};     // for the peer to accept one frame
    std::chrono::seconds reportTimeout{300};   // the longest a report may run before it is stopped
    int maxCallsInFlight = 32;
    std::size_t maxQueuedBytes = 64 * 1024 * 1024;
};

// What every session shares; all of it outlives the sessions.
struct ServerContext
{
    const erp::meta::Model &model;
    erp::db::DbPool &pool;
    const erp::rpc::Dispatcher &dispatcher;
    SessionHub &hub;
    Limits limits;
};

} // namespace erp::net
