#pragma once

#include <QCborMap>
#include <QString>

#include <chrono>
#include <map>
#include <mutex>

namespace erp::rpc {

// Calls, database statements (run and newly prepared) and time per method since the server
// started: what a call asks of the engine, for system.statistics and the benches.
class MethodStatistics
{
public:
    void record(const QString &method, quint64 statements, quint64 prepared, std::chrono::microseconds time);
    QCborMap snapshot() const;

private:
    struct Totals
    {
        quint64 calls = 0;
        quint64 statements = 0;
        quint64 prepared = 0;
        qint64 microseconds = 0;
    };
    mutable std::mutex m_mutex;
    std::map<QString, Totals> m_totals;
};

} // namespace erp::rpc
