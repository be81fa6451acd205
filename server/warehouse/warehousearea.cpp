#include "warehousearea.h"

#include "core/areas.h"
#include "stockpostings.h"
#include "trade/recalculation.h"

namespace erp::warehouse {

using erp::core::BasedOnRule;

void registerArea(erp::core::AreaRegistry &areas)
{
    for (const auto &[kind, posting] : {std::pair{QStringLiteral("goods_receipts"), &postGoodsReceipt},
                                        std::pair{QStringLiteral("shipments"), &postShipment},
                                        std::pair{QStringLiteral("stock_transfers"), &postStockTransfer},
                                        std::pair{QStringLiteral("inventory_counts"), &postInventoryCount}})
        areas.setPosting(kind, posting);
    for (const QString &kind : {QStringLiteral("goods_receipts"), QStringLiteral("shipments")})
        areas.setRecalculation(kind, erp::trade::recalculateLines);

    const QStringList line{QStringLiteral("product"), QStringLiteral("price"), QStringLiteral("vat_rate")};
    // What an order still has to ship; a negative order line is a return the shipment takes in.
    {
        BasedOnRule rule;
        rule.source = QStringLiteral("sales_orders");
        rule.target = QStringLiteral("shipments");
        rule.header = {QStringLiteral("organization"), QStringLiteral("partner"), QStringLiteral("counterparty"),
                       QStringLiteral("warehouse")};
        rule.headerFrom = {{QStringLiteral("sales_order"), QStringLiteral("$id")}};
        rule.lineFields = line;
        rule.lines = BasedOnRule::Lines::OpenPerLine;
        rule.openRegister = QStringLiteral("orders_to_ship");
        rule.openResource = QStringLiteral("quantity");
        rule.openDimensions = {{QStringLiteral("sales_order"), QStringLiteral("$id")},
                               {QStringLiteral("product"), QStringLiteral("line.product")}};
        rule.keepNegativeLines = true;
        areas.addBasedOn(rule);
    }
    {
        BasedOnRule rule;
        rule.source = QStringLiteral("purchase_orders");
        rule.target = QStringLiteral("goods_receipts");
        rule.header = {QStringLiteral("organization"), QStringLiteral("supplier"), QStringLiteral("counterparty"),
                       QStringLiteral("warehouse")};
        rule.headerFrom = {{QStringLiteral("purchase_order"), QStringLiteral("$id")}};
        rule.lineFields = line;
        rule.lines = BasedOnRule::Lines::OpenPerLine;
        rule.openRegister = QStringLiteral("orders_to_receive");
        rule.openResource = QStringLiteral("quantity");
        rule.openDimensions = {{QStringLiteral("purchase_order"), QStringLiteral("$id")},
                               {QStringLiteral("product"), QStringLiteral("line.product")}};
        areas.addBasedOn(rule);
    }
}

} // namespace erp::warehouse
