#include "crmarea.h"

#include "core/areas.h"

namespace erp::crm {

void registerClaims(erp::core::AreaRegistry &areas)
{
    (void)areas;
}

} // namespace erp::crm
