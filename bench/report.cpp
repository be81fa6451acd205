#include "report.h"

#include <QDateTime>
#include <QJsonDocument>

#include <cstdio>

namespace erp::bench {

bool Reporter::openJson(const QString &path, QString *error)
{
    m_json.setFileName(path);
    if (!m_json.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, m_json.errorString());
        return false;
    }
    return true;
}

void Reporter::setServer(const QString &address, const QString &version)
{
    m_server = address;
    m_serverVersion = version;
}

void Reporter::note(const QString &text)
{
    std::fputs(qPrintable(QStringLiteral("# ") + text + u'\n'), stdout);
    std::fflush(stdout);
}

void Reporter::report(const Measurement &m)
{
    const LatencySummary &l = m.latency;
    QString line = QStringLiteral("%1  %2  conns=%3  ").arg(m.scenario, -10).arg(m.name, -28).arg(m.connections, -3);
    if (m.hasRate)
        line += QStringLiteral("%1/s  ").arg(QString::number(double(m.calls) / m.seconds, 'f', 1), 9);
    line += describe(l);
    if (m.extra.contains(QStringLiteral("rows")))
        line += QStringLiteral("  rows=%1").arg(m.extra.value(QStringLiteral("rows")).toInteger());
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);

    if (!m_json.isOpen())
        return;
    QJsonObject o;
    o.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("server"), m_server);
    o.insert(QStringLiteral("serverVersion"), m_serverVersion);
    o.insert(QStringLiteral("scenario"), m.scenario);
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("connections"), m.connections);
    o.insert(QStringLiteral("calls"), m.calls);
    if (m.hasRate) {
        o.insert(QStringLiteral("seconds"), m.seconds);
        o.insert(QStringLiteral("callsPerSecond"), double(m.calls) / m.seconds);
    }
    QJsonObject latency;
    latency.insert(QStringLiteral("count"), l.count);
    latency.insert(QStringLiteral("mean"), l.mean);
    latency.insert(QStringLiteral("p50"), l.p50);
    latency.insert(QStringLiteral("p95"), l.p95);
    latency.insert(QStringLiteral("p99"), l.p99);
    latency.insert(QStringLiteral("max"), l.max);
    o.insert(QStringLiteral("latencyMs"), latency);
    for (auto it = m.extra.constBegin(); it != m.extra.constEnd(); ++it)
        o.insert(it.key(), it.value());
    m_json.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    m_json.flush();
}

} // namespace erp::bench
