#pragma once

#include "core/reports.h"

#include <QCborMap>

namespace erp::render {

// A report cell as a reader sees it, in the calling thread's language: numbers grouped with the
// language's separators (money with its two decimals, other decimals without trailing zeros,
// percentages with " %"), dates in the language's order, references by the name the row carries.
QString cellText(const erp::core::ReportColumn &column, const QCborMap &row);
QString valueText(erp::core::ReportColumnType type, const QCborValue &value);

bool isNumeric(erp::core::ReportColumnType type);

// A date (and the time, when it is not midnight) the way the language writes it: 1.12.2026 in
// Czech, 1 Dec 2026 in English.
QString momentText(const QDateTime &moment);

} // namespace erp::render
