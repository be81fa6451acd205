#pragma once

namespace erp::core {
struct PostingContext;
}

namespace erp::sales {

// What a posted invoice leaves to credit, per product (the invoices_to_credit register): the
// quantity and the amount its lines of the product add up to, negative lines included (a return
// taken in on a negative order line is already credited by the invoice that bills it).
void openToCredit(erp::core::PostingContext &ctx);

// A credit note ("dobropis") on a sales invoice, and a customer return ("vratka"), which is a
// credit note whose goods always come back. It never credits more of a product than the
// invoice left to credit (refused naming the line); it lowers the invoice's receivable (below
// zero when the invoice was paid: the customer is owed a refund) and reverses the revenue,
// Dr 604 / Cr 311 and Dr 343 / Cr 311. Goods coming back (goods_back, or a return) need a
// warehouse and come back at the cost they left with, Dr 132 / Cr 504; a price correction
// moves no goods.
void postCreditNote(erp::core::PostingContext &ctx);

} // namespace erp::sales
