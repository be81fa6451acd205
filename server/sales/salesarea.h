#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::sales {

// Sales: orders, invoices, incoming payments, customer returns, prices and exchange rates.
void registerArea(erp::core::AreaRegistry &areas);

} // namespace erp::sales
