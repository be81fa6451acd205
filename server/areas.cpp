#include "areas.h"

#include "accounting/accountingarea.h"
#include "crm/crmarea.h"
#include "purchasing/purchasingarea.h"
#include "reports/reportsarea.h"
#include "sales/salesarea.h"
#include "warehouse/warehousearea.h"

namespace erp {

void registerAreas(erp::core::AreaRegistry &areas)
{
    erp::sales::registerArea(areas);
    erp::purchasing::registerArea(areas);
    erp::warehouse::registerArea(areas);
    erp::accounting::registerArea(areas);
    erp::reports::registerArea(areas);
    erp::crm::registerArea(areas);
}

} // namespace erp
