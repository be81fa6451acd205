#include "crmarea.h"

#include "core/areas.h"

namespace erp::crm {

void registerDeals(erp::core::AreaRegistry &areas)
{
    // The sales process of the deal's type; filled by the deals part.
    areas.addGuard(QStringLiteral("crm.dealProcess"), [](erp::core::GuardContext &) {});
}

} // namespace erp::crm
