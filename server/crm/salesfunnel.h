#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::crm {

// sales_funnel: deals by the furthest stage they reached, the conversion from each stage to
// the next, the open deals' weighted pipeline; from the funnel summary (funnelsummary.h), or
// from the deals themselves when the caller has row rules on deals or the period is not whole
// months.
void addSalesFunnelReport(erp::core::AreaRegistry &areas);

} // namespace erp::crm
