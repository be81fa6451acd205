#pragma once

namespace erp::core {
struct PostingContext;
}

namespace erp::warehouse {

// Goods receipt: stock in at the purchase amount; Dr 132 goods / Cr 321 suppliers.
void postGoodsReceipt(erp::core::PostingContext &ctx);
// Shipment: stock out at moving-average cost, its cost in the sales register (the invoice adds
// quantity and revenue), the order's reservation released; Dr 504 goods sold / Cr 132 goods.
// Returns on negative lines come back at the cost they left with, Dr 132 / Cr 504.
void postShipment(erp::core::PostingContext &ctx);

// Stock transfer: out of one warehouse and into another at the same moving-average cost.
void postStockTransfer(erp::core::PostingContext &ctx);
// Inventory count: the difference between the counted and the book quantity; a shortage leaves
// at moving-average cost (Dr 549 / Cr 132), a surplus comes in at the line's price or the
// average cost (Dr 132 / Cr 648).
void postInventoryCount(erp::core::PostingContext &ctx);

} // namespace erp::warehouse
