#include "methods.h"
#include "params.h"

#include <QCborArray>
#include <QDateTime>

namespace erp::rpc {

namespace {

QCborMap describeParam(const Param &p)
{
    QCborMap m;
    m.insert(QStringLiteral("name"), p.name);
    m.insert(QStringLiteral("type"), paramTypeName(p.type));
    m.insert(QStringLiteral("required"), p.required);
    if (p.nullable)
        m.insert(QStringLiteral("nullable"), true);
    if (p.maxLength > 0)
        m.insert(QStringLiteral("maxLength"), p.maxLength);
    if (!p.oneOf.isEmpty())
        m.insert(QStringLiteral("values"), QCborArray::fromStringList(p.oneOf));
    if (p.type == ParamType::Integer) {
        if (p.min != std::numeric_limits<qint64>::min())
            m.insert(QStringLiteral("min"), p.min);
        if (p.max != std::numeric_limits<qint64>::max())
            m.insert(QStringLiteral("max"), p.max);
    }
    return m;
}

} // namespace

QList<Method> systemMethods(const Dispatcher &dispatcher)
{
    const Dispatcher *d = &dispatcher;
    return {
        {QStringLiteral("system.ping"),
         {},
         QStringLiteral("Round trip through a database worker; returns the server time."),
         Access::Read,
         [](CallContext &, const QCborMap &) -> QCborValue {
             QCborMap r;
             r.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
             return r;
         },
         {}},
        // Answered by the session on its strand (net/session.cpp), never by a worker: all of them
        // may be busy. Through the dispatcher alone there is no call of the connection to stop.
        {QStringLiteral("system.cancel"),
         QStringLiteral("read"),
         QStringLiteral("Cancels a call of this connection: {call: its request id} -> {cancelled}; the call answers "
                        "Cancelled."),
         Access::Read,
         [](CallContext &, const QCborMap &) -> QCborValue { return QCborMap{{QStringLiteral("cancelled"), false}}; },
         {Param::integer(QStringLiteral("call")).require()}},
        {QStringLiteral("system.statistics"),
         QStringLiteral("admin"),
         QStringLiteral("Per method since the server started: calls, database statements run and newly prepared, "
                        "and microseconds spent (worker time, queueing excluded)."),
         Access::Read,
         [d](CallContext &, const QCborMap &) -> QCborValue { return d->statistics().snapshot(); },
         {}},
        {QStringLiteral("system.methods"),
         {},
         QStringLiteral("Lists the callable methods with the right each needs, whether they read or write, and their "
                        "parameters."),
         Access::Read,
         [d](CallContext &, const QCborMap &) -> QCborValue {
             QCborArray list;
             for (const Method &m : d->methods()) {
                 QCborMap item;
                 item.insert(QStringLiteral("name"), m.name);
                 item.insert(QStringLiteral("right"), m.right);
                 item.insert(QStringLiteral("access"),
                             m.access == Access::Read ? QStringLiteral("read") : QStringLiteral("write"));
                 item.insert(QStringLiteral("summary"), m.summary);
                 QCborArray params;
                 for (const Param &p : m.params)
                     params.append(describeParam(p));
                 item.insert(QStringLiteral("params"), params);
                 list.append(item);
             }
             return list;
         },
         {}},
    };
}

} // namespace erp::rpc
