#pragma once

namespace erp::core {
struct PostingContext;
}

namespace erp::sales {

// What is owed of an invoice (settlements by invoice) is positive while the customer owes us and
// negative when a credit note left the customer owed money, so the register itself allows both.
// A payment must not pay more than the customer owes at its moment (Receipt), a refund not
// give back more than we owe them at its moment (Refund). Both take the invoice's lock row
// first, so that two payments of one invoice, in any months, wait for each other; failures
// name the line.
enum class Settling { Receipt, Refund };
void controlSettlements(erp::core::PostingContext &ctx, Settling what);

} // namespace erp::sales
