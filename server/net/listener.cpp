#include "listener.h"

#include "servercontext.h"
#include "session.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>

#include <QLoggingCategory>

namespace erp::net {

namespace asio = boost::asio;

asio::awaitable<void> listen(asio::ip::tcp::acceptor &acceptor, ServerContext &context)
{
    auto executor = co_await asio::this_coro::executor;
    while (acceptor.is_open()) {
        auto [ec, socket] =
            co_await acceptor.async_accept(asio::make_strand(executor), asio::as_tuple(asio::use_awaitable));
        if (ec) {
            if (ec == asio::error::operation_aborted)
                break;
            qWarning().noquote() << "accept failed:" << QString::fromStdString(ec.message());
            continue;
        }
        boost::system::error_code ignored;
        socket.set_option(asio::ip::tcp::no_delay(true), ignored);
        std::make_shared<Session>(std::move(socket), context)->start();
    }
}

} // namespace erp::net
