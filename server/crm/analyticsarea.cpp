// The CRM analytics reports of report.run: the funnel, deal analysis, managers, marketing.
#include "crmarea.h"
#include "dealanalysis.h"
#include "managersreport.h"
#include "marketingreport.h"
#include "salesfunnel.h"

namespace erp::crm {

void registerAnalytics(erp::core::AreaRegistry &areas)
{
    addSalesFunnelReport(areas);
    addDealAnalysisReport(areas);
    addManagersReport(areas);
    addMarketingReport(areas);
}

} // namespace erp::crm
