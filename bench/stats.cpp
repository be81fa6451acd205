#include "stats.h"

#include <QString>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace erp::bench {

void Samples::append(const Samples &other)
{
    m_values.insert(m_values.end(), other.m_values.begin(), other.m_values.end());
}

LatencySummary Samples::summary() const
{
    LatencySummary s;
    if (m_values.empty())
        return s;
    std::vector<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = [&sorted](double percent) {
        const auto n = sorted.size();
        std::size_t index = std::size_t(std::ceil(percent / 100.0 * double(n)));
        index = std::clamp<std::size_t>(index, 1, n);
        return sorted[index - 1];
    };
    s.count = qsizetype(sorted.size());
    s.mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / double(sorted.size());
    s.p50 = rank(50);
    s.p95 = rank(95);
    s.p99 = rank(99);
    s.max = sorted.back();
    return s;
}

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

} // namespace

QString describe(const LatencySummary &l)
{
    return QStringLiteral("n=%1  p50=%2 p95=%3 p99=%4 max=%5 ms").arg(QString::number(l.count), -7).arg(ms(l.p50), ms(l.p95), ms(l.p99), ms(l.max));
}

} // namespace erp::bench
