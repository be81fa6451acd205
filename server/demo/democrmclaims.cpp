#include "democrm.h"

namespace erp::demo {

bool fillClaimsDemo(CrmDemo &demo, QString *error)
{
    (void)demo;
    (void)error;
    return true;
}

} // namespace erp::demo
