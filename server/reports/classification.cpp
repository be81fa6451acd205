#include "classification.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace erp::reports {

namespace {

__extension__ typedef __int128 Wide; // exact sums of squares of cents

// Indexes of values, the greatest first.
QList<qsizetype> bestFirst(const QList<std::int64_t> &values)
{
    QList<qsizetype> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype l, qsizetype r) { return values[l] > values[r]; });
    return order;
}

} // namespace

QList<char> abcClasses(const QList<std::int64_t> &values, const AbcThresholds &thresholds)
{
    QList<char> classes(values.size(), 'C');
    Wide total = 0;
    for (std::int64_t v : values)
        if (v > 0)
            total += v;
    if (total == 0)
        return classes;
    Wide before = 0;
    char last = 'A';
    std::int64_t lastValue = 0;
    bool first = true;
    for (qsizetype i : bestFirst(values)) {
        const std::int64_t v = values[i];
        if (v <= 0)
            break;
        char cls = 'C';
        if (before * 100 < Wide(thresholds.a) * total)
            cls = 'A';
        else if (before * 100 < Wide(thresholds.a + thresholds.b) * total)
            cls = 'B';
        if (!first && v == lastValue)
            cls = last;
        classes[i] = cls;
        last = cls;
        lastValue = v;
        first = false;
        before += v;
    }
    return classes;
}

std::optional<double> coefficientOfVariation(const QList<std::int64_t> &monthly)
{
    if (monthly.isEmpty())
        return std::nullopt;
    const Wide n = monthly.size();
    Wide sum = 0, squares = 0;
    for (std::int64_t v : monthly) {
        sum += v;
        squares += Wide(v) * v;
    }
    if (sum <= 0)
        return std::nullopt;
    // σ / mean = sqrt(n Σx² − (Σx)²) / Σx
    const long double spread = static_cast<long double>(n * squares - sum * sum);
    return double(100.0L * std::sqrt(std::max(spread, 0.0L)) / static_cast<long double>(sum));
}

char xyzClass(const QList<std::int64_t> &monthly, const XyzThresholds &thresholds)
{
    const Wide n = monthly.size();
    Wide sum = 0, squares = 0;
    for (std::int64_t v : monthly) {
        sum += v;
        squares += Wide(v) * v;
    }
    if (n == 0 || sum <= 0)
        return 'Z';
    // cv ≤ t %  ⇔  10000 (n Σx² − (Σx)²) ≤ t² (Σx)², exactly in integers.
    const Wide spread = 10000 * (n * squares - sum * sum);
    if (spread <= Wide(thresholds.x) * thresholds.x * sum * sum)
        return 'X';
    if (spread <= Wide(thresholds.y) * thresholds.y * sum * sum)
        return 'Y';
    return 'Z';
}

QList<int> quintileScores(const QList<std::int64_t> &values)
{
    QList<std::int64_t> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    QList<int> scores;
    scores.reserve(values.size());
    const qsizetype n = values.size();
    for (std::int64_t v : values) {
        const qsizetype below = std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin();
        scores.append(int(1 + 5 * below / n));
    }
    return scores;
}

} // namespace erp::reports
