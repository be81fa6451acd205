#pragma once

#include "rpc/method.h"

namespace erp::crm {

// crm.myTasks {include_done?, limit?} -> {rows, more}: the open tasks of the logged-in user,
// assigned to them or to their role, overdue first (the oldest due first), then by the due
// moment, tasks without one last; with include_done the done ones follow in the same order.
erp::rpc::Method myTasksMethod();

} // namespace erp::crm
