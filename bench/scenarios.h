#pragma once

#include "benchoptions.h"
#include "loadrunner.h"
#include "report.h"

#include "connection.h"

#include <QCborMap>

#include <memory>

namespace erp::bench {

// The benchmark scenarios. Each prints its measurements through the Reporter and throws
// BenchFailure when a call fails.
class Scenarios
{
public:
    Scenarios(const BenchOptions &options, Reporter &reporter);

    // Connects the control connection used for set-up and single-connection measurements.
    void connect();
    QString serverName() const { return m_serverName; }

    void roundtrips();
    void creates();
    void listPages();

private:
    // Calls on the control connection, opening it first when needed.
    QCborValue mustCall(const QString &method, const QCborMap &params);
    void reportLoad(const QString &scenario, const QString &name, int connections, const LoadResult &result,
                    const QJsonObject &extra = {});
    qint64 pickPartnerId();
    // Repeats one call m_options.repeat times and reports its latency.
    QCborMap measureCall(const QString &name, const QString &method, const QCborMap &params);

    const BenchOptions &m_options;
    Reporter &m_reporter;
    LoadRunner m_runner;
    // Set-up calls and single-connection measurements. Dropped while other connections create
    // objects: it would not read the change events pushed to it meanwhile.
    std::unique_ptr<erp::client::Connection> m_control;
    QString m_serverName;
};

} // namespace erp::bench
