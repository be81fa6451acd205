#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::crm {

// marketing: crm.marketingReturn's rows (per event, then per information source without an
// event) with the event's channel, the new clients and the return on marketing spend
// ROMI = (revenue − actual cost) / actual cost in percent (null when the cost is zero).
void addMarketingReport(erp::core::AreaRegistry &areas);

} // namespace erp::crm
