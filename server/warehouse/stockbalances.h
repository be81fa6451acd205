#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::warehouse {

// The report stock_balances: what each warehouse holds of each product at a moment, at cost.
void addStockBalancesReport(erp::core::AreaRegistry &areas);

} // namespace erp::warehouse
