#pragma once

#include <QCborMap>

namespace erp::rpc {
struct CallContext;
}

namespace erp::crm {

// crm.pipeline {deal_type?, manager?, partner?} -> {currency, stages: [{stage, title, count,
// amount, weighted}], total: {count, amount, weighted}, unconverted: [...]}: the open deals
// (in a stage, not won, lost or marked for deletion) the user may see, per stage of the deal
// workflow in its order. Amounts are in the accounting currency (the organizations'): a deal
// without a currency is in it, others are converted at today's exchange rate; a currency
// without a rate is left out of the sums and listed in `unconverted` in its own amounts.
QCborMap pipeline(erp::rpc::CallContext &ctx, const QCborMap &params);

} // namespace erp::crm
