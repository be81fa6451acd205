#include "crmarea.h"

#include "core/areas.h"

namespace erp::crm {

void registerDeals(erp::core::AreaRegistry &areas)
{
    (void)areas;
}

} // namespace erp::crm
