#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::warehouse {

// The warehouse: goods receipts, shipments, stock transfers, inventory counts.
void registerArea(erp::core::AreaRegistry &areas);

} // namespace erp::warehouse
