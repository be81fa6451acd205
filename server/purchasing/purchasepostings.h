#pragma once

namespace erp::core {
struct PostingContext;
}

namespace erp::purchasing {

// Purchase order: opens the quantities to receive.
void postPurchaseOrder(erp::core::PostingContext &ctx);
// Supplier invoice: a payable by invoice; the input VAT Dr 343 / Cr 321 (the goods were
// booked Dr 132 / Cr 321 at receipt).
void postSupplierInvoice(erp::core::PostingContext &ctx);
// Outgoing payment: settles supplier invoices (never more than is owed), money leaves the bank
// or the till; Dr 321 / Cr 221 or 211.
void postOutgoingPayment(erp::core::PostingContext &ctx);

// Return to a supplier: the goods leave at moving-average cost, the credited supplier invoice's
// payable shrinks (never below zero); Dr 321 / Cr 132 and the input VAT back.
void postSupplierReturn(erp::core::PostingContext &ctx);

} // namespace erp::purchasing
