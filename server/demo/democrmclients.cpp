#include "democrm.h"

namespace erp::demo {

bool fillClientsDemo(CrmDemo &demo, QString *error)
{
    (void)demo;
    (void)error;
    return true;
}

} // namespace erp::demo
