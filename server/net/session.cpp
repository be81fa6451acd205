#include "session.h"

#include "core/access.h"
#include "core/rowrules.h"
#include "db/dbpool.h"
#include "metadata/model.h"
#include "i18n/language.h"
#include "protocol/frame.h"
#include "protocol/message.h"
#include "rpc/callcontrol.h"
#include "rpc/dispatcher.h"
#include "rpc/params.h"
#include "rpc/rpcerror.h"
#include "servercontext.h"
#include "sessionhub.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

#include <QCborArray>
#include <QCoreApplication>
#include <QLoggingCategory>

namespace erp::net {

namespace asio = boost::asio;
using namespace asio::experimental::awaitable_operators;
using erp::protocol::ErrorCode;
using erp::protocol::makeError;

namespace {

constexpr auto useTuple = asio::as_tuple(asio::use_awaitable);

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Session)
};

QString peerName(const asio::ip::tcp::socket &socket)
{
    boost::system::error_code ec;
    const auto endpoint = socket.remote_endpoint(ec);
    if (ec)
        return QStringLiteral("?");
    return QString::fromStdString(endpoint.address().to_string()) + u':' + QString::number(endpoint.port());
}

// The methods that run a report: stopped after --report-timeout.
bool runsReport(const QString &method)
{
    return method == QLatin1String("report.run") || method == QLatin1String("report.pdf")
           || method == QLatin1String("report.renderChart");
}

} // namespace

Session::Session(asio::ip::tcp::socket socket, ServerContext &context)
    : m_socket(std::move(socket))
    , m_context(context)
    , m_writeSignal(m_socket.get_executor())
{
    m_peer = peerName(m_socket);
}

Session::~Session()
{
    m_context.hub.remove(this);
}

void Session::start()
{
    m_context.hub.add(shared_from_this());
    auto self = shared_from_this();
    asio::co_spawn(
        m_socket.get_executor(), [self] { return self->reader(); }, asio::detached);
    asio::co_spawn(
        m_socket.get_executor(), [self] { return self->writer(); }, asio::detached);
}

void Session::postEvent(const QCborMap &event)
{
    asio::post(m_socket.get_executor(), [self = shared_from_this(), event] {
        if (self->m_user && !self->m_closed)
            self->deliver(event);
    });
}

void Session::postEventFor(const QSet<qint64> &users, const QCborMap &event)
{
    asio::post(m_socket.get_executor(), [self = shared_from_this(), users, event] {
        if (self->m_user && !self->m_closed && users.contains(self->m_user->id))
            self->deliver(event);
    });
}

void Session::deliver(const QCborMap &event)
{
    const QCborMap data = event.value(erp::protocol::key::Data).toMap();
    const erp::meta::ObjectKind *kind = m_context.model.kind(data.value(QStringLiteral("kind")).toString());
    if (!kind) {
        send(event);
        return;
    }
    if (!erp::core::AccessPolicy::canRead(*m_user, *kind))
        return;
    if (erp::core::AccessPolicy::rowFilter(*m_user, *kind).isEmpty()) {
        send(event);
        return;
    }
    asio::co_spawn(
        m_socket.get_executor(),
        [self = shared_from_this(), event, name = kind->name, id = data.value(QStringLiteral("id")).toInteger()] {
            return self->deliverIfVisible(event, name, id);
        },
        asio::detached);
}

asio::awaitable<void> Session::deliverIfVisible(QCborMap event, QString kind, qint64 id)
{
    const erp::core::UserInfo user = *m_user;
    const erp::meta::Model &model = m_context.model;
    // Named locals, not temporaries: GCC 12 destroys temporaries of a co_await full-expression twice.
    std::function<bool(QSqlDatabase &)> work = [user, &model, kind, id](QSqlDatabase &db) {
        try {
            erp::core::RowRules::ensureLoaded(db);
            return erp::core::AccessPolicy::visibleIds(db, user, *model.kind(kind), {id}).contains(id);
        } catch (...) {
            return false; // when in doubt, the push is not sent
        }
    };
    auto pending = m_context.pool.asyncRun<bool>(std::move(work), asio::use_awaitable);
    const bool visible = co_await std::move(pending);
    if (visible && m_user && !m_closed)
        send(event);
}

void Session::postClose()
{
    asio::post(m_socket.get_executor(), [self = shared_from_this()] { self->close(); });
}

asio::awaitable<bool> Session::readExactly(char *data, std::size_t size, std::chrono::seconds timeout)
{
    asio::steady_timer timer(m_socket.get_executor());
    timer.expires_after(timeout);
    auto result =
        co_await (asio::async_read(m_socket, asio::buffer(data, size), useTuple) || timer.async_wait(useTuple));
    if (result.index() == 1) {
        if (!m_closed)
            qInfo().noquote() << m_peer << "timed out";
        co_return false;
    }
    const auto [ec, n] = std::get<0>(result);
    co_return !ec && n == size;
}

asio::awaitable<void> Session::reader()
{
    const Limits &limits = m_context.limits;
    char header[erp::protocol::FrameHeaderSize];
    while (!m_closed && !m_closeAfterFlush) {
        const auto timeout = m_user ? limits.idleTimeout : limits.loginTimeout;
        if (!co_await readExactly(header, sizeof header, timeout))
            break;
        const std::uint32_t length = erp::protocol::decodeFrameHeader(header);
        if (length > limits.maxFrameBody) {
            sendAndClose(makeError(
                0, {ErrorCode::FrameTooLarge,
                    Text::tr("frame of %1 bytes exceeds the maximum of %2 bytes").arg(length).arg(limits.maxFrameBody),
                    {}}));
            break;
        }
        QByteArray body(qsizetype(length), Qt::Uninitialized);
        if (!co_await readExactly(body.data(), length, limits.frameTimeout))
            break;
        QCborValue item;
        QString error;
        if (!erp::protocol::decodeFrameBody(body, &item, &error)) {
            sendAndClose(makeError(0, {ErrorCode::MalformedFrame, error, {}}));
            break;
        }
        if (!m_handshakeDone) {
            if (!handshake(item))
                break;
            continue;
        }
        handleRequest(item);
    }
    if (!m_closeAfterFlush)
        close();
}

bool Session::handshake(const QCborValue &item)
{
    const QCborValue hello = item.toMap().value(erp::protocol::key::Hello);
    if (!hello.isMap()) {
        sendAndClose(makeError(0, {ErrorCode::BadRequest, Text::tr("the first message must be a hello"), {}}));
        return false;
    }
    int chosen = 0;
    for (const QCborValue &v : hello.toMap().value(QStringLiteral("versions")).toArray()) {
        const int version = int(v.toInteger(0));
        if (version >= erp::protocol::MinProtocolVersion && version <= erp::protocol::ProtocolVersion &&
            version > chosen)
            chosen = version;
    }
    if (chosen == 0) {
        sendAndClose(makeError(0, {ErrorCode::IncompatibleVersion,
                                   Text::tr("this server speaks protocol versions %1 to %2")
                                       .arg(erp::protocol::MinProtocolVersion)
                                       .arg(erp::protocol::ProtocolVersion),
                                   {}}));
        return false;
    }
    const QString language = hello.toMap().value(QStringLiteral("language")).toString();
    if (!language.isEmpty())
        m_language = erp::i18n::languageFor(language);
    QCborMap reply;
    reply.insert(QStringLiteral("version"), chosen);
    reply.insert(QStringLiteral("language"), m_language);
    reply.insert(QStringLiteral("server"), QStringLiteral("erp-server " ERP_VERSION));
    reply.insert(QStringLiteral("maxFrame"), qint64(m_context.limits.maxFrameBody));
    QCborMap message;
    message.insert(erp::protocol::key::Hello, reply);
    send(message);
    m_handshakeDone = true;
    return true;
}

void Session::handleRequest(const QCborValue &item)
{
    const erp::i18n::ThreadLanguage language(m_language);
    const QCborMap request = item.toMap();
    const QCborValue idValue = request.value(erp::protocol::key::Id);
    const QCborValue methodValue = request.value(erp::protocol::key::Method);
    const QCborValue params = request.value(erp::protocol::key::Params);
    if (!item.isMap() || !idValue.isInteger() || !methodValue.isString() ||
        !(params.isMap() || params.isUndefined() || params.isNull())) {
        send(makeError(
            idValue.toInteger(0),
            {ErrorCode::BadRequest, Text::tr("a request is a map {id: integer, method: string, params: map}"), {}}));
        return;
    }
    const qint64 id = idValue.toInteger();
    const erp::rpc::Method *method = m_context.dispatcher.find(methodValue.toString());
    if (!method) {
        send(makeError(id,
                       {ErrorCode::UnknownMethod, Text::tr("unknown method \"%1\"").arg(methodValue.toString()), {}}));
        return;
    }
    // Refused at once, without a database worker; the dispatcher checks again when it runs.
    if (const auto refused = m_context.dispatcher.authorize(*method, m_user ? &*m_user : nullptr)) {
        send(makeError(id, *refused));
        return;
    }
    if (method->name == QLatin1String("system.cancel")) {
        cancelCall(*method, id, params.toMap());
        return;
    }
    if (m_callsInFlight >= m_context.limits.maxCallsInFlight) {
        send(makeError(id, {ErrorCode::Busy, Text::tr("too many calls in flight on this connection"), {}}));
        return;
    }
    ++m_callsInFlight;
    asio::co_spawn(
        m_socket.get_executor(),
        [self = shared_from_this(), id, method, p = params.toMap()] { return self->call(id, method, p); },
        asio::detached);
}

void Session::cancelCall(const erp::rpc::Method &method, qint64 id, const QCborMap &params)
{
    QCborMap checked;
    try {
        checked = erp::rpc::checkParams(method, params);
    } catch (const erp::rpc::RpcError &e) {
        send(makeError(id, e.toError()));
        return;
    }
    // Only this connection's own calls: the ids are the ones it chose.
    const qint64 target = checked.value(QStringLiteral("call")).toInteger();
    const std::shared_ptr<CallInFlight> call = m_calls.value(target);
    const bool cancelled = call && stopCall(*call, ErrorCode::Cancelled, Text::tr("the call was cancelled"));
    qInfo().noquote() << QStringLiteral("%1 %2 system.cancel %3: %4")
                             .arg(m_peer, m_user ? m_user->login : QStringLiteral("-"))
                             .arg(target)
                             .arg(cancelled ? QStringLiteral("cancelled") : QStringLiteral("not running"));
    send(erp::protocol::makeResult(id, QCborMap{{QStringLiteral("cancelled"), cancelled}}));
}

bool Session::stopCall(CallInFlight &call, ErrorCode code, const QString &message)
{
    using State = erp::rpc::CallControl::State;
    const State was = call.control->stop(code, message);
    if (was == State::Done)
        return false;
    // Still waiting for a worker: answered now; the worker skips it when it comes to it.
    if (was == State::Queued) {
        call.answered = true;
        send(makeError(call.id, {code, message, {}}));
    }
    return true;
}

asio::awaitable<void> Session::call(qint64 id, const erp::rpc::Method *method, QCborMap params)
{
    const auto started = std::chrono::steady_clock::now();
    erp::core::UserInfo user = m_user.value_or(erp::core::UserInfo{});
    const erp::rpc::Dispatcher &dispatcher = m_context.dispatcher;
    using Outcome = erp::rpc::Dispatcher::Outcome;
    // Progress goes to this connection only; the control must not keep the session alive.
    std::weak_ptr<Session> weak = shared_from_this();
    auto inFlight = std::make_shared<CallInFlight>(CallInFlight{
        id, std::make_shared<erp::rpc::CallControl>(id, [weak](const QCborMap &progress) {
            if (const auto self = weak.lock())
                self->postEvent(erp::protocol::makeEvent(QStringLiteral("progress"), progress));
        })});
    m_calls.insert(id, inFlight);
    std::shared_ptr<asio::steady_timer> limit;
    if (runsReport(method->name)) {
        limit = std::make_shared<asio::steady_timer>(m_socket.get_executor(), m_context.limits.reportTimeout);
        limit->async_wait([self = shared_from_this(), inFlight, name = method->name,
                           seconds = m_context.limits.reportTimeout.count()](const boost::system::error_code &ec) {
            if (ec)
                return;
            const erp::i18n::ThreadLanguage language(self->m_language);
            self->stopCall(*inFlight, ErrorCode::Timeout,
                           Text::tr("%1 ran longer than the server allows (%2 s) and was stopped").arg(name).arg(seconds));
        });
    }
    // Named locals, not temporaries: GCC 12 destroys temporaries of a co_await full-expression twice.
    std::function<Outcome(QSqlDatabase &)> work = [&dispatcher, method, id, params, user, control = inFlight->control,
                                                   language = m_language](QSqlDatabase &db) {
        const erp::i18n::ThreadLanguage scope(language);
        return dispatcher.execute(db, *method, id, params, user, control.get());
    };
    auto pending = m_context.pool.asyncRun<Outcome>(std::move(work), asio::use_awaitable);
    Outcome outcome = co_await std::move(pending);
    --m_callsInFlight;
    if (limit)
        limit->cancel();
    if (const auto it = m_calls.constFind(id); it != m_calls.cend() && it.value() == inFlight)
        m_calls.erase(it);
    const auto micros =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
    if (outcome.login)
        m_user = outcome.login;
    if (outcome.logout)
        m_user.reset();
    qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 ms %5")
                             .arg(m_peer, user.login.isEmpty() ? QStringLiteral("-") : user.login, method->name)
                             .arg(double(micros) / 1000.0, 0, 'f', 2)
                             .arg(outcome.ok ? QStringLiteral("ok")
                                             : erp::protocol::errorCodeName(ErrorCode(outcome.errorCode)));
    if (!m_closed && !inFlight->answered)
        send(outcome.response);
    for (const erp::core::ChangeEvent &e : outcome.events) {
        // The model changed (an option switched, an attribute added): clients describe again.
        if (e.kind.isEmpty() && e.action == QLatin1String("metaChanged")) {
            m_context.hub.broadcast(erp::protocol::makeEvent(e.action, QCborMap()));
            continue;
        }
        QCborMap data;
        data.insert(QStringLiteral("kind"), e.kind);
        data.insert(QStringLiteral("id"), e.id);
        data.insert(QStringLiteral("version"), e.version);
        data.insert(QStringLiteral("action"), e.action);
        m_context.hub.broadcast(erp::protocol::makeEvent(QStringLiteral("changed"), data));
    }
}

void Session::send(const QCborMap &message)
{
    if (m_closed)
        return;
    QByteArray frame = erp::protocol::encodeFrame(message);
    m_queuedBytes += std::size_t(frame.size());
    if (m_queuedBytes > m_context.limits.maxQueuedBytes) {
        qInfo().noquote() << m_peer << "does not read its replies; closing";
        close();
        return;
    }
    m_queue.push_back(std::move(frame));
    m_writeSignal.cancel_one();
}

void Session::sendAndClose(const QCborMap &message)
{
    send(message);
    m_closeAfterFlush = true;
    m_writeSignal.cancel_one();
}

asio::awaitable<void> Session::writer()
{
    auto self = shared_from_this();
    while (!m_closed) {
        if (m_queue.empty()) {
            if (m_closeAfterFlush)
                break;
            m_writeSignal.expires_at(asio::steady_timer::time_point::max());
            co_await m_writeSignal.async_wait(useTuple);
            continue;
        }
        const QByteArray frame = std::move(m_queue.front());
        m_queue.pop_front();
        m_queuedBytes -= std::size_t(frame.size());
        asio::steady_timer timer(m_socket.get_executor());
        timer.expires_after(m_context.limits.writeTimeout);
        auto result = co_await (
            asio::async_write(m_socket, asio::buffer(frame.constData(), std::size_t(frame.size())), useTuple) ||
            timer.async_wait(useTuple));
        if (result.index() == 1) {
            qInfo().noquote() << m_peer << "too slow to receive; closing";
            break;
        }
        if (std::get<0>(std::get<0>(result)))
            break;
    }
    close();
}

void Session::close()
{
    if (m_closed)
        return;
    m_closed = true;
    boost::system::error_code ec;
    m_socket.shutdown(asio::ip::tcp::socket::shutdown_both, ec);
    m_socket.close(ec);
    m_writeSignal.cancel();
    m_queue.clear();
    m_queuedBytes = 0;
}

} // namespace erp::net
