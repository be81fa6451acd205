#include "warehousearea.h"

#include "core/areas.h"
#include "sales/salesdefaults.h"
#include "stockpostings.h"
#include "trade/recalculation.h"
#include "trade/tradebasedon.h"

namespace erp::warehouse {

using erp::core::BasedOnRule;

void registerArea(erp::core::AreaRegistry &areas)
{
    for (const auto &[kind, posting] : {std::pair{QStringLiteral("goods_receipts"), &postGoodsReceipt},
                                        std::pair{QStringLiteral("shipments"), &postShipment},
                                        std::pair{QStringLiteral("stock_transfers"), &postStockTransfer},
                                        std::pair{QStringLiteral("inventory_counts"), &postInventoryCount}})
        areas.setPosting(kind, posting);
    areas.setRecalculation(QStringLiteral("goods_receipts"), erp::trade::recalculateLines);
    areas.setRecalculation(QStringLiteral("shipments"), erp::sales::recalculateSalesDocument);

    // What an order still has to ship; a negative order line is a return the shipment takes in.
    BasedOnRule shipment = erp::trade::openPerLine(QStringLiteral("sales_orders"), QStringLiteral("shipments"),
                                                   {QStringLiteral("organization"), QStringLiteral("partner"),
                                                    QStringLiteral("counterparty"), QStringLiteral("warehouse"),
                                                    QStringLiteral("manager"), QStringLiteral("information_source")},
                                                   QStringLiteral("sales_order"), QStringLiteral("orders_to_ship"),
                                                   QStringLiteral("sales_order"));
    shipment.keepNegativeLines = true;
    areas.addBasedOn(shipment);
    areas.addBasedOn(erp::trade::openPerLine(QStringLiteral("purchase_orders"), QStringLiteral("goods_receipts"),
                                             {QStringLiteral("organization"), QStringLiteral("supplier"),
                                              QStringLiteral("counterparty"), QStringLiteral("warehouse")},
                                             QStringLiteral("purchase_order"), QStringLiteral("orders_to_receive"),
                                             QStringLiteral("purchase_order")));
}

} // namespace erp::warehouse
