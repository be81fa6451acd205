#pragma once

#include <QCborMap>

namespace erp::rpc {
struct CallContext;
}

namespace erp::warehouse {

// warehouse.availability {warehouse, product}: what a clerk entering an order line needs to
// see of a product in a warehouse now: on hand, reserved by orders, free. {items: [{name,
// title, value}]}, titles in the session's language. Both objects pass the access gate.
QCborMap availability(erp::rpc::CallContext &ctx, const QCborMap &params);

} // namespace erp::warehouse
