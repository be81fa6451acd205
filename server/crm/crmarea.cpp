#include "crmarea.h"

namespace erp::crm {

void registerArea(erp::core::AreaRegistry &areas)
{
    registerDeals(areas);
    registerInteractions(areas);
    registerClients(areas);
    registerClaims(areas);
    registerSegments(areas);
}

} // namespace erp::crm
