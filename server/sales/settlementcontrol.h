#pragma once

namespace erp::core {
struct PostingContext;
}

namespace erp::sales {

// What is owed of an invoice (settlements by invoice) is positive while the customer owes us and
// negative when a credit note left the customer owed money (the register lets credit notes and
// returns take it below zero; payments and un-postings are controlled by its nonNegative).
// A refund raises it, so the register does not control it: a refund never gives back more than
// the customer is owed at its moment, named on its line. It takes each invoice's lock row
// first, so that it waits for payments and other refunds of the invoice, in any month.
void controlRefund(erp::core::PostingContext &ctx);

} // namespace erp::sales
