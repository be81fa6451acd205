#include "callcontrol.h"

#include "method.h"
#include "rpcerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <ibase.h>

#include <type_traits>

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

static_assert(std::is_same_v<isc_db_handle, unsigned int>, "CallControl keeps the handle as unsigned int");

// The first progress is sent once a call has run this long, later ones at most this often.
constexpr auto FirstProgressAfter = std::chrono::milliseconds(300);
constexpr auto ProgressInterval = std::chrono::milliseconds(250);

thread_local CallControl *currentControl = nullptr;

void cancelOperation(isc_db_handle handle, unsigned short option)
{
    ISC_STATUS_ARRAY status{};
    fb_cancel_operation(status, &handle, option);
}

} // namespace

CallControl::CallControl(qint64 call, Push push)
    : m_call(call)
    , m_push(std::move(push))
{
}

CallControl::State CallControl::stop(ErrorCode code, const QString &message)
{
    std::lock_guard lock(m_mutex);
    if (m_state == State::Done || m_stopped.load())
        return State::Done;
    m_code = code;
    m_message = message;
    m_stopped.store(true);
    // Callable from any thread: the engine stops the running statement at its next
    // rescheduling point, which then fails with isc_cancelled.
    if (m_state == State::Running && m_attachment) {
        cancelOperation(m_attachment, fb_cancel_raise);
        m_raised = true;
    }
    return m_state;
}

erp::protocol::Error CallControl::stopError() const
{
    std::lock_guard lock(m_mutex);
    return {m_code, m_message, {}};
}

void CallControl::check() const
{
    if (m_stopped.load()) {
        const erp::protocol::Error e = stopError();
        throw RpcError{e.code, e.message, {}};
    }
}

void CallControl::progress(qint64 done, qint64 total, const QString &stage)
{
    if (!m_push)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_started < FirstProgressAfter || now - m_lastPush < ProgressInterval)
        return;
    m_lastPush = now;
    QCborMap data;
    data.insert(QStringLiteral("call"), m_call);
    data.insert(QStringLiteral("done"), done);
    data.insert(QStringLiteral("total"), total);
    if (!stage.isEmpty())
        data.insert(QStringLiteral("stage"), stage);
    m_push(data);
}

bool CallControl::begin(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    std::lock_guard lock(m_mutex);
    if (m_stopped.load())
        return false;
    // QIBASE hands out its attachment as a QVariant holding the isc_db_handle (qsql_ibase.cpp).
    if (handle.metaType() == QMetaType::fromType<isc_db_handle>())
        m_attachment = *static_cast<const isc_db_handle *>(handle.constData());
    m_state = State::Running;
    m_started = std::chrono::steady_clock::now();
    return true;
}

void CallControl::end()
{
    std::lock_guard lock(m_mutex);
    if (m_state != State::Running)
        return;
    m_state = State::Done;
    if (m_raised) {
        // Disabling withdraws a raise the engine has not acted on yet; then enable again for the
        // attachment's next call.
        cancelOperation(m_attachment, fb_cancel_disable);
        cancelOperation(m_attachment, fb_cancel_enable);
        m_raised = false;
    }
    m_attachment = 0;
}

CallControl *CallControl::current()
{
    return currentControl;
}

CallControl &CallControl::none()
{
    thread_local CallControl inert(0);
    return inert;
}

CallControl &CallContext::control() const
{
    return callControl ? *callControl : CallControl::none();
}

CallControl::Scope::Scope(CallControl *control)
    : m_previous(currentControl)
{
    currentControl = control;
}

CallControl::Scope::~Scope()
{
    currentControl = m_previous;
}

} // namespace erp::rpc
