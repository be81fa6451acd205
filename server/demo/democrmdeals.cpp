#include "democrm.h"

namespace erp::demo {

bool fillDealsDemo(CrmDemo &demo, QString *error)
{
    (void)demo;
    (void)error;
    return true;
}

} // namespace erp::demo
