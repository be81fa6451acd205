#pragma once

#include <QCborMap>

namespace erp::rpc {
struct CallContext;
}

namespace erp::crm {

// crm.merge {kind, from, into}: every reference to `from` anywhere (catalog and document
// fields and lines, register movements and totals, row rules) moved to `into`, `from` marked
// for deletion, and the merge recorded in partner_merges, all in the call's transaction.
// -> {merge: the record's id, moved: [{kind, field, rows}]}.
QCborMap mergeObjects(erp::rpc::CallContext &ctx, const QCborMap &params);

} // namespace erp::crm
