#include "democrm.h"

namespace erp::demo {

bool fillCrmDemo(CrmDemo &demo, QString *error)
{
    return fillDealsDemo(demo, error) && fillInteractionsDemo(demo, error) && fillClientsDemo(demo, error)
           && fillClaimsDemo(demo, error) && fillSegmentsDemo(demo, error);
}

} // namespace erp::demo
