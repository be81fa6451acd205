#pragma once

#include "protocol/message.h"

#include <QCborMap>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>

class QSqlDatabase;

namespace erp::rpc {

// One call in flight, as its session and its worker share it: the session may stop it
// (system.cancel, the report time limit) from its strand while a worker runs it, and the call
// tells its progress. Stopping a call that waits for a worker drops it; a running one gets
// its Firebird statement cancelled (fb_cancel_operation on the worker's attachment) and stops
// at its next check(). Either way it answers Cancelled (or Timeout), never a result.
class CallControl
{
public:
    using Push = std::function<void(const QCborMap &progress)>;
    enum class State { Queued, Running, Done };

    // push gets {call, done, total, stage?}: the session sends it as a "progress" event.
    explicit CallControl(qint64 call, Push push = {});
    CallControl(const CallControl &) = delete;
    CallControl &operator=(const CallControl &) = delete;

    qint64 call() const { return m_call; }

    // Thread-safe. Stops the call with code and message unless it has finished; answers the
    // state it was in (Done: nothing stopped).
    State stop(erp::protocol::ErrorCode code, const QString &message);
    bool isStopped() const { return m_stopped.load(); }
    // What the stopped call answers.
    erp::protocol::Error stopError() const;

    // In the call (any thread of the worker): throws when the call was stopped.
    void check() const;
    // In the call: done of total, optionally naming the stage. Sent when the call has run
    // longer than a moment, at most about four times a second.
    void progress(qint64 done, qint64 total, const QString &stage = {});

    // The worker: the call starts on db's attachment; false when it was stopped while queued.
    bool begin(QSqlDatabase &db);
    // The worker, before the transaction ends: no statement may be cancelled any more, and a
    // cancel the engine has not delivered yet is withdrawn, so the rollback cannot fail.
    void end();

    // The control of the call this thread runs (null outside Dispatcher::execute).
    static CallControl *current();
    // One that is never stopped and reports nowhere (a call run outside a session).
    static CallControl &none();

    class Scope
    {
    public:
        explicit Scope(CallControl *control);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        CallControl *m_previous;
    };

private:
    const qint64 m_call;
    Push m_push;
    std::atomic<bool> m_stopped{false};
    mutable std::mutex m_mutex; // guards what follows
    State m_state = State::Queued;
    erp::protocol::ErrorCode m_code = erp::protocol::ErrorCode::Cancelled;
    QString m_message;
    unsigned int m_attachment = 0; // the worker's isc_db_handle while it runs the call
    bool m_raised = false;          // fb_cancel_raise was sent to it
    // Progress: only the worker's thread touches these.
    std::chrono::steady_clock::time_point m_started = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point m_lastPush{};
};

} // namespace erp::rpc
