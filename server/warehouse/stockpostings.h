#pragma once

namespace erp::core {
struct PostingContext;
}

namespace erp::warehouse {

// Goods receipt: stock in at the purchase amount; Dr 132 goods / Cr 321 suppliers.
void postGoodsReceipt(erp::core::PostingContext &ctx);
// Shipment: stock out at moving-average cost, the sale with revenue and cost, the order's
// reservation released; Dr 504 goods sold / Cr 132 goods.
void postShipment(erp::core::PostingContext &ctx);

} // namespace erp::warehouse
