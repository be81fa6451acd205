#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::purchasing {

// Purchasing: purchase orders, supplier invoices, outgoing payments, returns to suppliers.
void registerArea(erp::core::AreaRegistry &areas);

} // namespace erp::purchasing
