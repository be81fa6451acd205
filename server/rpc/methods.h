#pragma once

#include "dispatcher.h"

namespace erp::core {
class FormLibrary;
}

namespace erp::rpc {

// Each business area contributes its methods; the dispatcher only calls what is listed here.
QList<Method> systemMethods(const Dispatcher &dispatcher);
QList<Method> authMethods();
QList<Method> metaMethods();
QList<Method> catalogMethods();
QList<Method> formMethods(const erp::core::FormLibrary &forms);
QList<Method> documentMethods();
QList<Method> accessMethods();

} // namespace erp::rpc
