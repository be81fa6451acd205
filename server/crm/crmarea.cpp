#include "crmarea.h"

#include "core/areas.h"

namespace erp::crm {

void registerArea(erp::core::AreaRegistry &areas)
{
    registerDeals(areas);
    registerInteractions(areas);
    registerClients(areas);
    registerClaims(areas);
    registerSegments(areas);
    registerAnalytics(areas);
    // What a functional option switches off, its methods go with.
    areas.setMethodsOption({QStringLiteral("crm.pipeline"), QStringLiteral("crm.dealStages"),
                            QStringLiteral("crm.dealChain")},
                           QStringLiteral("deals"));
    areas.setMethodsOption({QStringLiteral("crm.marketingReturn")}, QStringLiteral("marketing_events"));
    areas.setMethodsOption({QStringLiteral("crm.claimsDue"), QStringLiteral("crm.takeClaimWarnings")},
                           QStringLiteral("claims"));
    areas.setMethodsOption({QStringLiteral("crm.rebuildSegment"), QStringLiteral("crm.rebuildSegments"),
                            QStringLiteral("crm.setSegmentMembers"), QStringLiteral("crm.segmentMembers"),
                            QStringLiteral("crm.partnerSegments")},
                           QStringLiteral("segments"));
}

} // namespace erp::crm
