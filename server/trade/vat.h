#pragma once

#include "decimal.h"

#include <QString>

namespace erp::trade {

// The VAT rate of a vat_rates value as a fraction (0.21). Czech rates since 2024; the rates
// will move into a periodic information register when rates change by date.
erp::Decimal vatRate(const QString &rateName);

} // namespace erp::trade
