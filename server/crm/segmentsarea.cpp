#include "crmarea.h"

#include "core/areas.h"

namespace erp::crm {

void registerSegments(erp::core::AreaRegistry &areas)
{
    (void)areas;
}

} // namespace erp::crm
