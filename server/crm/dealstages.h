#pragma once

#include <QCborMap>

namespace erp::rpc {
struct CallContext;
}

namespace erp::crm {

// crm.dealStages {deal} -> {rows: [{stage, title, entered_at, left_at, user, hours,
// expected_days, over}]}: every visit of the deal to a stage, oldest first, from its workflow
// history; the visit it is in has left_at null and counts its hours until now.
QCborMap dealStages(erp::rpc::CallContext &ctx, qint64 deal);

} // namespace erp::crm
