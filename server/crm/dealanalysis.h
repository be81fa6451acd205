#pragma once

namespace erp::core {
class AreaRegistry;
}

namespace erp::crm {

// deal_analysis, one view at a time: won and lost deals by the stage they were decided at and
// their reason (outcomes), the average time deals spend in each stage (stage_times), the open
// deals longer in their stage than their deal type expects (stalls).
void addDealAnalysisReport(erp::core::AreaRegistry &areas);

} // namespace erp::crm
