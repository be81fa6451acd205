#pragma once

#include <QCborMap>
#include <QDateTime>

namespace erp::core {
struct RecalcContext;
}
namespace erp::rpc {
struct CallContext;
}

namespace erp::crm {

// crm.marketingReturn {from?, to?} -> {rows, total}: what marketing brought in the period. One
// row per marketing event (with its information source, budget and actual cost), then one per
// information source for what came without an event: the deals registered in the period
// (count, won) and the revenue the sales register recorded in the period under that event
// (or source without an event). Rows of partners and deals the user may not see are left out.
QCborMap marketingReturn(erp::rpc::CallContext &ctx, const QDateTime &from, const QDateTime &to);

// A marketing event's actual cost: the sum of its costs section, on every save.
void recalculateMarketingEvent(erp::core::RecalcContext &ctx);

} // namespace erp::crm
