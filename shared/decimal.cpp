#include "decimal.h"

#include <limits>

namespace erp {

namespace {

// GCC and Clang have a 128-bit integer; products of two int64 amounts need it.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

constexpr std::int64_t pow10(int n)
{
    std::int64_t r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

bool mulOverflow(std::int64_t a, std::int64_t b, std::int64_t *out)
{
    return __builtin_mul_overflow(a, b, out);
}

// Divides a 128-bit value by 10^n rounding half away from zero.
Int128 divRound(Int128 v, int n)
{
    if (n == 0)
        return v;
    Int128 d = 1;
    for (int i = 0; i < n; ++i)
        d *= 10;
    Int128 q = v / d;
    Int128 r = v % d;
    if (r < 0)
        r = -r;
    if (2 * r >= d)
        q += (v < 0) ? -1 : 1;
    return q;
}

std::optional<std::int64_t> narrow(Int128 v)
{
    if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return static_cast<std::int64_t>(v);
}

} // namespace

std::optional<Decimal> Decimal::parse(QStringView text, int maxScale)
{
    if (text.isEmpty())
        return std::nullopt;
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-' || text[0] == u'+') {
        negative = text[0] == u'-';
        ++i;
    }
    Int128 units = 0;
    int scale = 0;
    bool seenPoint = false;
    bool seenDigit = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'.') {
            if (seenPoint)
                return std::nullopt;
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        seenDigit = true;
        if (seenPoint) {
            if (++scale > maxScale)
                return std::nullopt;
        }
        units = units * 10 + (c.unicode() - u'0');
        if (units > std::numeric_limits<std::int64_t>::max())
            return std::nullopt;
    }
    if (!seenDigit)
        return std::nullopt;
    if (negative)
        units = -units;
    return Decimal(static_cast<std::int64_t>(units), scale);
}

int Decimal::precision() const
{
    // Digits of |units|, at least scale + 1 so that 0.05 counts as NUMERIC(3,2).
    UInt128 v = m_units < 0 ? -static_cast<Int128>(m_units) : m_units;
    int digits = 0;
    do {
        ++digits;
        v /= 10;
    } while (v != 0);
    return std::max(digits, m_scale + 1) ;
}

bool Decimal::fits(int precisionLimit, int scaleLimit) const
{
    if (m_scale > scaleLimit) {
        // Only trailing zeros may be dropped.
        const std::int64_t d = pow10(m_scale - scaleLimit);
        if (m_units % d != 0)
            return false;
        return Decimal(m_units / d, scaleLimit).fits(precisionLimit, scaleLimit);
    }
    // Digits of the integer part; 0.25 has none, so it fits NUMERIC(2,2).
    UInt128 integerPart = (m_units < 0 ? -static_cast<Int128>(m_units) : m_units) / UInt128(pow10(m_scale));
    int integerDigits = 0;
    while (integerPart != 0) {
        ++integerDigits;
        integerPart /= 10;
    }
    return integerDigits <= precisionLimit - scaleLimit;
}

std::optional<Decimal> Decimal::rescaled(int newScale) const
{
    if (newScale < 0 || newScale > MaxScale)
        return std::nullopt;
    if (newScale >= m_scale) {
        std::int64_t out;
        if (mulOverflow(m_units, pow10(newScale - m_scale), &out))
            return std::nullopt;
        return Decimal(out, newScale);
    }
    return Decimal(static_cast<std::int64_t>(divRound(m_units, m_scale - newScale)), newScale);
}

std::optional<Decimal> Decimal::plus(const Decimal &other) const
{
    const int s = std::max(m_scale, other.m_scale);
    const auto a = rescaled(s);
    const auto b = other.rescaled(s);
    if (!a || !b)
        return std::nullopt;
    std::int64_t out;
    if (__builtin_add_overflow(a->m_units, b->m_units, &out))
        return std::nullopt;
    return Decimal(out, s);
}

std::optional<Decimal> Decimal::minus(const Decimal &other) const
{
    if (other.m_units == std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return plus(Decimal(-other.m_units, other.m_scale));
}

std::optional<Decimal> Decimal::times(const Decimal &other, int resultScale) const
{
    if (resultScale < 0 || resultScale > MaxScale)
        return std::nullopt;
    Int128 product = static_cast<Int128>(m_units) * other.m_units;
    const int productScale = m_scale + other.m_scale;
    if (productScale >= resultScale) {
        product = divRound(product, productScale - resultScale);
    } else {
        for (int i = productScale; i < resultScale; ++i) {
            product *= 10;
            if (product > std::numeric_limits<std::int64_t>::max() || product < std::numeric_limits<std::int64_t>::min())
                return std::nullopt;
        }
    }
    const auto units = narrow(product);
    if (!units)
        return std::nullopt;
    return Decimal(*units, resultScale);
}

std::optional<Decimal> Decimal::dividedBy(const Decimal &divisor, int resultScale) const
{
    if (divisor.m_units == 0 || resultScale < 0 || resultScale > MaxScale)
        return std::nullopt;
    // (a / 10^sa) / (b / 10^sb) = a * 10^(sb - sa) / b; scaled to resultScale with one extra
    // digit for rounding.
    Int128 numerator = m_units;
    int shift = divisor.m_scale - m_scale + resultScale + 1;
    Int128 denominator = divisor.m_units;
    for (; shift > 0; --shift) {
        numerator *= 10;
        if (numerator > Int128(std::numeric_limits<std::int64_t>::max()) * 1000000000000LL
            || numerator < Int128(std::numeric_limits<std::int64_t>::min()) * 1000000000000LL)
            return std::nullopt;
    }
    for (; shift < 0; ++shift)
        denominator *= 10;
    Int128 q = numerator / denominator; // one digit more than wanted, truncated
    const Int128 lastDigit = q % 10;
    q /= 10;
    if (lastDigit >= 5)
        ++q;
    else if (lastDigit <= -5)
        --q;
    const auto units = narrow(q);
    if (!units)
        return std::nullopt;
    return Decimal(*units, resultScale);
}

QString Decimal::toString() const
{
    const bool negative = m_units < 0;
    UInt128 v = negative ? -static_cast<Int128>(m_units) : m_units;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + static_cast<int>(v % 10)));
        v /= 10;
    } while (v != 0);
    while (digits.size() <= m_scale)
        digits.prepend(u'0');
    if (m_scale > 0)
        digits.insert(digits.size() - m_scale, u'.');
    if (negative)
        digits.prepend(u'-');
    return digits;
}

std::strong_ordering operator<=>(const Decimal &a, const Decimal &b)
{
    const int s = std::max(a.m_scale, b.m_scale);
    Int128 x = a.m_units;
    Int128 y = b.m_units;
    for (int i = a.m_scale; i < s; ++i)
        x *= 10;
    for (int i = b.m_scale; i < s; ++i)
        y *= 10;
    return x <=> y;
}

} // namespace erp
