#include "methodstatistics.h"

namespace erp::rpc {

void MethodStatistics::record(const QString &method, quint64 statements, quint64 prepared,
                              std::chrono::microseconds time)
{
    std::lock_guard lock(m_mutex);
    Totals &t = m_totals[method];
    ++t.calls;
    t.statements += statements;
    t.prepared += prepared;
    t.microseconds += time.count();
}

QCborMap MethodStatistics::snapshot() const
{
    std::lock_guard lock(m_mutex);
    QCborMap all;
    for (const auto &[method, t] : m_totals)
        all.insert(method, QCborMap{{QStringLiteral("calls"), qint64(t.calls)},
                                    {QStringLiteral("statements"), qint64(t.statements)},
                                    {QStringLiteral("prepared"), qint64(t.prepared)},
                                    {QStringLiteral("microseconds"), t.microseconds}});
    return all;
}

} // namespace erp::rpc
