#pragma once

#include <QList>

#include <cstdint>
#include <optional>

// ABC, XYZ and RFM as pure functions over exact amounts (integer units, cents for money), so the
// reports, the classification job and the tests share one definition.
namespace erp::reports {

// Shares in whole percent: A is the smallest set of the best subjects that makes up at least
// `a` % of the total, B the next smallest set that brings it to at least `a + b` %, C the rest.
struct AbcThresholds
{
    int a = 80;
    int b = 15;
};

// Coefficient of variation limits in percent: X up to `x`, Y up to `y`, Z above.
struct XyzThresholds
{
    int x = 10;
    int y = 25;
};

// The class of each value, in the order given ('A', 'B' or 'C'). Subjects are ranked by value,
// best first; a subject is in the class the cumulative value before it falls short of. Equal
// values share the class of the first of them (their order is arbitrary), and a value of zero
// or less (returns exceeding sales) is C.
QList<char> abcClasses(const QList<std::int64_t> &values, const AbcThresholds &thresholds);

// A series' coefficient of variation in percent (population standard deviation over the mean,
// months without sales counted as zero), or nothing when the mean is not positive.
std::optional<double> coefficientOfVariation(const QList<std::int64_t> &monthly);

// 'X', 'Y' or 'Z' for a monthly series; exact at the limits (a CV of exactly 10 % is X). A mean
// of zero or less is Z.
char xyzClass(const QList<std::int64_t> &monthly, const XyzThresholds &thresholds);

// Scores 1 to 5 by quintile of rank, 5 the best (the highest value; give recency negated), equal
// values the same score: a subject's score is 1 + 5 × (the number of values below it) / count.
QList<int> quintileScores(const QList<std::int64_t> &values);

} // namespace erp::reports
