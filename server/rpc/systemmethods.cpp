#include "methods.h"

#include <QCborArray>
#include <QDateTime>

namespace erp::rpc {

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
         }},
        {QStringLiteral("system.methods"),
         {},
         QStringLiteral("Lists the callable methods with the right each needs and whether they read or write."),
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
                 list.append(item);
             }
             return list;
         }},
    };
}

} // namespace erp::rpc
