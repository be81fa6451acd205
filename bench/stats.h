#pragma once

#include <QtGlobal>

class QString;

#include <vector>

namespace erp::bench {

struct LatencySummary
{
    qsizetype count = 0;
    double mean = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
};

// Latency samples in milliseconds; percentiles use the nearest-rank method.
class Samples
{
public:
    void reserve(std::size_t n) { m_values.reserve(n); }
    void add(double ms) { m_values.push_back(ms); }
    void append(const Samples &other);
    qsizetype size() const { return qsizetype(m_values.size()); }
    LatencySummary summary() const;

private:
    std::vector<double> m_values;
};

// "n=… p50=… p95=… p99=… max=… ms", the latency part of every bench's result line.
QString describe(const LatencySummary &latency);

} // namespace erp::bench
