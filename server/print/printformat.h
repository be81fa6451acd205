#pragma once

#include <QString>

// Numbers and dates as a printed document writes them in its language: "1 234,50" and
// "10. 11. 2026" in Czech, "1,234.50" and "10 Nov 2026" in English.
namespace erp::print {

// A decimal string ("1234.5000") with at least `minDecimals` decimals (more only when they
// are not zeros), thousands grouped.
QString formatNumber(const QString &decimal, const QString &language, int minDecimals);

// An ISO date ("2026-11-10"); empty for an empty or invalid one.
QString formatDate(const QString &isoDate, const QString &language);

} // namespace erp::print
