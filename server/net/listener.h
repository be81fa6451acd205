#pragma once

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>

namespace erp::net {

struct ServerContext;

// Accepts connections and starts a Session for each on its own strand.
boost::asio::awaitable<void> listen(boost::asio::ip::tcp::acceptor &acceptor, ServerContext &context);

} // namespace erp::net
