// The CRM analytics reports of report.run: the funnel, deal analysis, managers, marketing.
#include "crmarea.h"
#include "core/areas.h"
#include "core/jobs.h"
#include "dealanalysis.h"
#include "funnelsummary.h"
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
    // Every deal change adds delta rows to the funnel's summary; folded every few minutes so
    // the report reads about one row per group and month.
    areas.addJob({QStringLiteral("crm.funnelCompaction"), std::chrono::minutes(5),
                  [](erp::core::JobContext &ctx) { compactFunnelSummary(ctx.db); }, {}, {QStringLiteral("deals")}});
}

} // namespace erp::crm
