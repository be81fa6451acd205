#pragma once

#include "dispatcher.h"

namespace erp::core {
class FormLibrary;
}
namespace erp::meta {
class Model;
}

namespace erp::rpc {

// Each business area contributes its methods; the dispatcher only calls what is listed here.
QList<Method> systemMethods(const Dispatcher &dispatcher);
QList<Method> authMethods(const erp::meta::Model &model);
QList<Method> metaMethods();
QList<Method> catalogMethods();
QList<Method> formMethods(const erp::core::FormLibrary &forms);
QList<Method> documentMethods();
QList<Method> accessMethods();
QList<Method> optionMethods();
QList<Method> reportMethods();
QList<Method> reportSettingsMethods();
QList<Method> printMethods();

// The parameters of catalog.list, which document.list shares.
QList<Param> listParams();

} // namespace erp::rpc
