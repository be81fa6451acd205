#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace erp::app {

// Shows a canonical decimal ("-1234567.5000") the way the locale writes numbers, with grouping
// and exactly `scale` decimals: "-1 234 567,50" in Czech for scale 2. Exact: no double involved.
QString formatDecimal(const QString &canonical, int scale, const QLocale &locale = QLocale());

// Reads what a user typed ("1 234,5", "1234.5", "-0,05") into the canonical form with the
// field's scale; nothing (and *error set) when it is not a number or does not fit
// NUMERIC(precision, scale).
std::optional<QString> parseDecimal(const QString &input, int precision, int scale, const QLocale &locale,
                                    QString *error);

} // namespace erp::app
