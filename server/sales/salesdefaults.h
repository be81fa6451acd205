#pragma once

namespace erp::core {
struct RecalcContext;
}

namespace erp::sales {

// The manager, the information source and the marketing event a sales document is counted
// under in the sales register, when the clerk left them empty: those of the document it follows
// (the order of a shipment or an invoice, the invoice of a credit note, the deal of an order),
// else the partner's account manager, "how they heard of us" and marketing event of first
// contact, else (the manager) the user
// saving it.
void fillSalesDefaults(erp::core::RecalcContext &ctx);

// The commercial recalculation, then the defaults above: a sale (order, invoice) fills empty
// prices from the price type or the product's sale price; a document that follows another
// (shipment, credit note, return) keeps the prices it was given.
void recalculateSale(erp::core::RecalcContext &ctx);
void recalculateSalesDocument(erp::core::RecalcContext &ctx);

} // namespace erp::sales
