#include "warehousearea.h"

#include "availability.h"
#include "core/areas.h"
#include "rpc/method.h"
#include "sales/salesdefaults.h"
#include "sales/orderprogress.h"
#include "stockbalances.h"
#include "stockpostings.h"
#include "trade/recalculation.h"
#include "trade/tradebasedon.h"

namespace erp::warehouse {

using erp::core::BasedOnRule;

namespace {

// A shipment line made by hand against an order takes the order line it fulfils.
void recalculateShipment(erp::core::RecalcContext &ctx)
{
    erp::sales::fillOrderLines(ctx, false);
    erp::sales::recalculateSalesDocument(ctx);
}

} // namespace

void registerArea(erp::core::AreaRegistry &areas)
{
    for (const auto &[kind, posting] : {std::pair{QStringLiteral("goods_receipts"), &postGoodsReceipt},
                                        std::pair{QStringLiteral("shipments"), &postShipment},
                                        std::pair{QStringLiteral("stock_transfers"), &postStockTransfer},
                                        std::pair{QStringLiteral("inventory_counts"), &postInventoryCount}})
        areas.setPosting(kind, posting);
    areas.setRecalculation(QStringLiteral("goods_receipts"), erp::trade::recalculateLines);
    areas.setRecalculation(QStringLiteral("shipments"), recalculateShipment);
    addStockBalancesReport(areas);

    // What each order line still has to ship (or, for a negative line, to take back); the
    // shipment's line names the order line.
    BasedOnRule shipment = erp::trade::openPerLine(QStringLiteral("sales_orders"), QStringLiteral("shipments"),
                                                   {QStringLiteral("organization"), QStringLiteral("partner"),
                                                    QStringLiteral("counterparty"), QStringLiteral("warehouse"),
                                                    QStringLiteral("manager"), QStringLiteral("information_source")},
                                                   QStringLiteral("sales_order"), QStringLiteral("orders_to_ship"),
                                                   QStringLiteral("sales_order"));
    shipment.keepNegativeLines = true;
    shipment.openDimensions.insert(QStringLiteral("order_line"), QStringLiteral("$line"));
    shipment.lineFrom.insert(QStringLiteral("order_line"), QStringLiteral("$line"));
    areas.addBasedOn(shipment);
    areas.addBasedOn(erp::trade::openPerLine(QStringLiteral("purchase_orders"), QStringLiteral("goods_receipts"),
                                             {QStringLiteral("organization"), QStringLiteral("supplier"),
                                              QStringLiteral("counterparty"), QStringLiteral("warehouse")},
                                             QStringLiteral("purchase_order"), QStringLiteral("orders_to_receive"),
                                             QStringLiteral("purchase_order")));
    areas.addMethod({QStringLiteral("warehouse.availability"), QStringLiteral("read"),
                     QStringLiteral("A product in a warehouse now: {warehouse, product} -> {items: [{name, title, "
                                    "value}]}: in stock, reserved, free."),
                     erp::rpc::Access::Read,
                     [](erp::rpc::CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return availability(ctx, params);
                     },
                     {erp::rpc::Param::integer(QStringLiteral("warehouse"), 1).require(),
                      erp::rpc::Param::integer(QStringLiteral("product"), 1).require()}});
}

} // namespace erp::warehouse
