#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::reports {

// Sales, VAT, receivables and payment reports as methods.
void registerArea(erp::core::AreaRegistry &areas);

} // namespace erp::reports
