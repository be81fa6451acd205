#pragma once

#include <QCborMap>

namespace erp::rpc {
struct CallContext;
}

namespace erp::sales {

// sales.orderProgress: per line of a sales order (read through the access gate) what is
// ordered, reserved, shipped, returned, invoiced, still to ship and still to invoice, from the
// progress registers; with the order's derived state.
QCborMap orderProgress(erp::rpc::CallContext &ctx, qint64 orderId);

} // namespace erp::sales
