#pragma once

#include <QString>

namespace erp::core {
struct RecalcContext;
}

namespace erp::sales {

// The variable symbol a number gives: its digits, the last 10 (FV-2026-000042 -> 2026000042).
QString variableSymbolOf(const QString &number);

// What a sales invoice prints as a tax document, when the clerk left it empty: the date of
// taxable supply (DUZP) is the day of the invoice. A variable symbol given must be 1 to 10
// digits; left empty, the invoice is paid with the digits of its number (variableSymbolOf),
// which is taken only after the recalculation of its first save, so it is not stored.
void fillTaxDocumentDefaults(erp::core::RecalcContext &ctx);

} // namespace erp::sales
