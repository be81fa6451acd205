#include "crmarea.h"

#include "core/areas.h"

namespace erp::crm {

void registerClients(erp::core::AreaRegistry &areas)
{
    (void)areas;
}

} // namespace erp::crm
