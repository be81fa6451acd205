#pragma once

#include "dispatcher.h"

namespace erp::rpc {

// Each business area contributes its methods; the dispatcher only calls what is listed here.
QList<Method> systemMethods(const Dispatcher &dispatcher);
QList<Method> authMethods();
QList<Method> metaMethods();
QList<Method> catalogMethods();

} // namespace erp::rpc
