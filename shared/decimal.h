#pragma once

#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace erp {

// Exact fixed-point number: an int64 count of 10^-scale units. Used for money and
// quantities everywhere (never double). Arithmetic that does not fit reports an error
// instead of wrapping.
class Decimal
{
public:
    static constexpr int MaxScale = 18;

    Decimal() = default;
    static Decimal fromUnits(std::int64_t units, int scale) { return Decimal(units, scale); }

    // Parses "-1234.5600" exactly. Rejects more fractional digits than maxScale (no silent
    // rounding), exponents, spaces and anything that does not fit in int64 units.
    static std::optional<Decimal> parse(QStringView text, int maxScale = MaxScale);

    std::int64_t units() const { return m_units; }
    int scale() const { return m_scale; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }

    // Number of significant integer digits plus scale, as NUMERIC(p, s) counts them.
    int precision() const;
    // True when the value fits NUMERIC(precision, scale) without losing digits.
    bool fits(int precision, int scale) const;

    // Changes the scale; rounds half away from zero when digits are dropped.
    // Returns nothing when the result does not fit in int64.
    std::optional<Decimal> rescaled(int scale) const;

    std::optional<Decimal> plus(const Decimal &other) const;
    std::optional<Decimal> minus(const Decimal &other) const;
    // Product rounded half away from zero to resultScale.
    std::optional<Decimal> times(const Decimal &other, int resultScale) const;

    // Quotient rounded half away from zero to resultScale; nothing for a zero divisor or overflow.
    std::optional<Decimal> dividedBy(const Decimal &divisor, int resultScale) const;
    Decimal negated() const { return Decimal(-m_units, m_scale); }

    QString toString() const;

    friend std::strong_ordering operator<=>(const Decimal &a, const Decimal &b);
    friend bool operator==(const Decimal &a, const Decimal &b) { return (a <=> b) == 0; }

private:
    Decimal(std::int64_t units, int scale) : m_units(units), m_scale(scale) {}

    std::int64_t m_units = 0;
    int m_scale = 0;
};

} // namespace erp
