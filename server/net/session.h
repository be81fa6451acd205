#pragma once

#include "core/user.h"
#include "protocol/message.h"

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QByteArray>
#include <QCborMap>
#include <QHash>
#include <QSet>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

namespace erp::rpc {
class CallControl;
struct Method;
}

namespace erp::net {

struct ServerContext;

// One client connection. Everything runs on the socket's strand: a reader coroutine that
// decodes frames and spawns calls, a writer coroutine that drains the write queue.
class Session : public std::enable_shared_from_this<Session>
{
public:
    Session(boost::asio::ip::tcp::socket socket, ServerContext &context);
    ~Session();

    void start();
    // Thread-safe: queues a server push for this session if it is logged in.
    void postEvent(const QCborMap &event);
    // Thread-safe: the same, only if the logged-in user is one of `users`.
    void postEventFor(const QSet<qint64> &users, const QCborMap &event);
    // Thread-safe: closes the connection.
    void postClose();

private:
    boost::asio::awaitable<void> reader();
    boost::asio::awaitable<void> writer();
    boost::asio::awaitable<bool> readExactly(char *data, std::size_t size, std::chrono::seconds timeout);
    boost::asio::awaitable<void> call(qint64 id, const erp::rpc::Method *method, QCborMap params);

    // A call of this connection, from its request until its answer.
    struct CallInFlight
    {
        qint64 id;
        std::shared_ptr<erp::rpc::CallControl> control;
        bool answered = false; // stopped while queued: answered at once, the worker's outcome is dropped
    };

    bool handshake(const QCborValue &item);
    // system.cancel, answered here on the strand: every worker may be busy.
    void cancelCall(const erp::rpc::Method &method, qint64 id, const QCborMap &params);
    // False when the call had finished already.
    bool stopCall(CallInFlight &call, erp::protocol::ErrorCode code, const QString &message);
    void handleRequest(const QCborValue &item);
    // A push passes the access gate: sent only when the user may read the object it names.
    void deliver(const QCborMap &event);
    boost::asio::awaitable<void> deliverIfVisible(QCborMap event, QString kind, qint64 id);
    void send(const QCborMap &message);
    void sendAndClose(const QCborMap &message);
    void close();

    boost::asio::ip::tcp::socket m_socket;
    ServerContext &m_context;
    boost::asio::steady_timer m_writeSignal;
    std::deque<QByteArray> m_queue;
    std::size_t m_queuedBytes = 0;
    bool m_handshakeDone = false;
    bool m_closeAfterFlush = false;
    bool m_closed = false;
    int m_callsInFlight = 0;
    QHash<qint64, std::shared_ptr<CallInFlight>> m_calls;
    std::optional<erp::core::UserInfo> m_user;
    QString m_peer;
    QString m_language = QStringLiteral("en");
};

} // namespace erp::net
