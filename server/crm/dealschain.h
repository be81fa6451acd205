#pragma once

#include <QCborMap>

namespace erp::rpc {
struct CallContext;
}

namespace erp::crm {

// crm.dealChain {deal} -> {orders, shipments, invoices, payments: [{kind, id, number, date,
// status, deleted, amount}], totals: {ordered, invoiced, paid}}: the sales orders based on the
// deal and, through them, their shipments, invoices and the payments of those invoices (a
// payment's amount is what it allocated to them). Totals count posted documents not marked for
// deletion, in the documents' own currency. Only what the user may read.
QCborMap dealChain(erp::rpc::CallContext &ctx, qint64 deal);

} // namespace erp::crm
