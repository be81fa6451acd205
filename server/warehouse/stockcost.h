#pragma once

#include "core/posting.h"
#include "decimal.h"

namespace erp::warehouse {

// The cost of taking `quantity` out of a dimension set's stock at moving-average cost; all of
// the remaining value when everything goes, so that no cents stay behind.
erp::Decimal averageStockCost(erp::core::PostingContext &ctx, const QCborMap &where, const erp::Decimal &quantity);

} // namespace erp::warehouse
