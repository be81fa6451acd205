#include "democrm.h"

namespace erp::demo {

bool fillSegmentsDemo(CrmDemo &demo, QString *error)
{
    (void)demo;
    (void)error;
    return true;
}

} // namespace erp::demo
