#pragma once

#include "stats.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace erp::bench {

struct Measurement
{
    QString scenario;     // roundtrips, creates, listpages
    QString name;         // what was measured, e.g. "system.ping" or "first page"
    int connections = 1;
    qint64 calls = 0;
    double seconds = 0;   // wall time of the timed run (0 when only latency matters)
    bool hasRate = false; // print calls/s
    LatencySummary latency;
    QJsonObject extra;    // scenario specific details (parameters, rows returned, ...)
};

// Prints one plain-text line per measurement and, when a file is given, appends it as a
// JSON line to that file.
class Reporter
{
public:
    bool openJson(const QString &path, QString *error);
    void setServer(const QString &address, const QString &version);
    void report(const Measurement &m);
    void note(const QString &text);

private:
    QFile m_json;
    QString m_server;
    QString m_serverVersion;
};

} // namespace erp::bench
