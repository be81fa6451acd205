#pragma once

namespace erp::core {
struct PostingContext;
}

namespace erp::sales {

// Customer refund: gives back what a credit note left the customer owed, by invoice (never
// more than is owed), out of the bank or the till; Dr 311 / Cr 221 or 211.
void postCustomerRefund(erp::core::PostingContext &ctx);

} // namespace erp::sales
