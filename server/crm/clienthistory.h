#pragma once

#include <QCborMap>

namespace erp::rpc {
struct CallContext;
}

namespace erp::crm {

// crm.history: one chronological history of a partner, newest first, over every document kind
// that refers to the partner (or to a catalog of the partner's, such as its counterparties)
// and the stage changes of kinds whose workflow is a process (deals), paged by a keyset cursor.
QCborMap partnerHistory(erp::rpc::CallContext &ctx, const QCborMap &params);

} // namespace erp::crm
