#include "stockpostings.h"

#include "accounting/chartofaccounts.h"
#include "core/postinghelpers.h"
#include "metadata/model.h"
#include "sales/salespostings.h"

#include <algorithm>

namespace erp::warehouse {

using namespace erp::core::posting;
using erp::Decimal;
using erp::core::PostingContext;

void postGoodsReceipt(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const QCborValue order = ctx.document.value(QStringLiteral("purchase_order"));
    if (order.isInteger()) {
        // Close on the purchase order what arrived, never more than is still open.
        const erp::meta::Register *toReceive = ctx.model.findRegister(QStringLiteral("orders_to_receive"));
        const ProductTotals products = totalsByProduct(ctx);
        for (const qint64 product : products.order) {
            const QCborMap where = map({{QStringLiteral("purchase_order"), order}, {QStringLiteral("product"), product}});
            const Decimal open = ctx.registers.balance(*toReceive, where).value(QStringLiteral("quantity"));
            const Decimal quantity = products.quantity.value(product);
            const Decimal received = quantity < open ? quantity : open;
            if (!received.isZero() && !received.isNegative()) {
                QCborMap values = where;
                values.insert(QStringLiteral("quantity"), received.toString());
                ctx.add(QStringLiteral("orders_to_receive"), -1, values);
            }
        }
    }
    Decimal total;
    for (const QCborValue &v : lines(ctx)) {
        const QCborMap line = v.toMap();
        const Decimal amount = decimal(line.value(QStringLiteral("amount")));
        ctx.add(QStringLiteral("stock"), +1,
                map({{QStringLiteral("warehouse"), warehouse},
                     {QStringLiteral("product"), line.value(QStringLiteral("product"))},
                     {QStringLiteral("quantity"), line.value(QStringLiteral("quantity"))},
                     {QStringLiteral("cost"), money(amount)}}));
        total = total.plus(amount).value_or(total);
    }
    ledger(ctx, erp::accounting::account::Goods, erp::accounting::account::Suppliers, total);
}

void postStockTransfer(PostingContext &ctx)
{
    const QCborValue from = ctx.document.value(QStringLiteral("warehouse"));
    const QCborValue to = ctx.document.value(QStringLiteral("to_warehouse"));
    const ProductTotals products = totalsByProduct(ctx);
    for (const qint64 product : products.order) {
        const Decimal quantity = products.quantity.value(product);
        const Decimal cost = averageStockCost(ctx, map({{QStringLiteral("warehouse"), from}, {QStringLiteral("product"), product}}), quantity);
        for (const auto &[warehouse, direction] : {std::pair{from, -1}, std::pair{to, +1}})
            ctx.add(QStringLiteral("stock"), direction,
                    map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product},
                         {QStringLiteral("quantity"), quantity.toString()}, {QStringLiteral("cost"), money(cost)}}));
    }
}

void postInventoryCount(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const erp::meta::Register *stock = ctx.model.findRegister(QStringLiteral("stock"));
    Decimal shortageCost, surplusValue;
    QList<qint64> seen;
    QList<QCborMap> lineList;
    for (const QCborValue &v : lines(ctx))
        lineList.append(v.toMap());
    std::sort(lineList.begin(), lineList.end(), [](const QCborMap &a, const QCborMap &b) {
        return a.value(QStringLiteral("product")).toInteger() < b.value(QStringLiteral("product")).toInteger();
    });
    for (const QCborMap &line : std::as_const(lineList)) {
        const qint64 product = line.value(QStringLiteral("product")).toInteger();
        if (seen.contains(product))
            continue; // a product counted twice: the first line counts
        seen.append(product);
        const QCborMap where = map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}});
        const erp::core::Balance book = ctx.registers.balance(*stock, where);
        const Decimal difference = decimal(line.value(QStringLiteral("counted"))).minus(book.value(QStringLiteral("quantity"))).value_or(Decimal());
        if (difference.isZero())
            continue;
        if (difference.isNegative()) {
            const Decimal quantity = difference.negated();
            const Decimal cost = averageStockCost(ctx, where, quantity);
            ctx.add(QStringLiteral("stock"), -1, map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product},
                                                       {QStringLiteral("quantity"), quantity.toString()}, {QStringLiteral("cost"), money(cost)}}));
            shortageCost = shortageCost.plus(cost).value_or(shortageCost);
        } else {
            Decimal unit = decimal(line.value(QStringLiteral("price")));
            if (unit.isZero() && !book.value(QStringLiteral("quantity")).isZero())
                unit = book.value(QStringLiteral("cost")).dividedBy(book.value(QStringLiteral("quantity")), 10).value_or(Decimal());
            const Decimal value = unit.times(difference, 4).value_or(Decimal());
            ctx.add(QStringLiteral("stock"), +1, map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product},
                                                       {QStringLiteral("quantity"), difference.toString()}, {QStringLiteral("cost"), money(value)}}));
            surplusValue = surplusValue.plus(value).value_or(surplusValue);
        }
    }
    ledger(ctx, erp::accounting::account::GoodsSold, erp::accounting::account::Goods, shortageCost);
    ledger(ctx, erp::accounting::account::Goods, erp::accounting::account::Sales, surplusValue);
}

void postShipment(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const QCborValue partner = ctx.document.value(QStringLiteral("partner"));
    const QCborValue order = ctx.document.value(QStringLiteral("sales_order"));
    const erp::meta::Register *toShip = ctx.model.findRegister(QStringLiteral("orders_to_ship"));
    ProductTotals products = totalsByProduct(ctx);
    Decimal totalCost;
    for (const qint64 product : products.order) {
        const Decimal quantity = products.quantity.value(product);
        if (quantity.isNegative() && !isService(ctx, product)) {
            // A negative line is a return the customer brings along: the goods come back.
            const Decimal back = quantity.negated();
            const Decimal cost = erp::sales::returnCost(ctx, partner, product, back);
            ctx.add(QStringLiteral("stock"), +1,
                    map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product},
                         {QStringLiteral("quantity"), back.toString()}, {QStringLiteral("cost"), money(cost)}}));
            ctx.add(QStringLiteral("sales"), +1,
                    map({{QStringLiteral("partner"), partner}, {QStringLiteral("product"), product},
                         {QStringLiteral("quantity"), quantity.toString()},
                         {QStringLiteral("revenue"), money(products.amount.value(product))}, {QStringLiteral("cost"), money(cost.negated())}}));
            totalCost = totalCost.minus(cost).value_or(totalCost);
            continue;
        }
        if (isService(ctx, product)) {
            // A service is delivered, not taken from stock: the sale only, at no cost.
            ctx.add(QStringLiteral("sales"), +1,
                    map({{QStringLiteral("partner"), partner}, {QStringLiteral("product"), product},
                         {QStringLiteral("quantity"), quantity.toString()},
                         {QStringLiteral("revenue"), money(products.amount.value(product))}, {QStringLiteral("cost"), money(Decimal())}}));
            continue;
        }
        const Decimal cost = averageStockCost(ctx, map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}}), quantity);
        ctx.add(QStringLiteral("stock"), -1,
                map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), quantity.toString()}, {QStringLiteral("cost"), money(cost)}}));
        ctx.add(QStringLiteral("sales"), +1,
                map({{QStringLiteral("partner"), partner}, {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), quantity.toString()},
                     {QStringLiteral("revenue"), money(products.amount.value(product))}, {QStringLiteral("cost"), money(cost)}}));
        totalCost = totalCost.plus(cost).value_or(totalCost);
        if (order.isInteger()) {
            // Release what this shipment fulfils of the order, never more than is still open.
            const Decimal open = ctx.registers.balance(*toShip, map({{QStringLiteral("sales_order"), order},
                                                                      {QStringLiteral("product"), product}}))
                                     .value(QStringLiteral("quantity"));
            const Decimal released = quantity < open ? quantity : open;
            if (!released.isZero() && !released.isNegative()) {
                ctx.add(QStringLiteral("orders_to_ship"), -1,
                        map({{QStringLiteral("sales_order"), order}, {QStringLiteral("product"), product},
                             {QStringLiteral("quantity"), released.toString()}}));
                ctx.add(QStringLiteral("reservations"), -1,
                        map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product},
                             {QStringLiteral("quantity"), released.toString()}}));
            }
        }
    }
    // What is left must still cover the other customers' reservations.
    products.order.removeIf([&ctx, &products](qint64 product) {
        return isService(ctx, product) || products.quantity.value(product).isNegative();
    });
    // Reservations before stock, as sales orders take them: the two never wait for each other
    // in opposite order (a deadlock Firebird would only break after its timeout).
    const erp::meta::Register *reserved = ctx.model.findRegister(QStringLiteral("reservations"));
    for (const qint64 product : products.order)
        ctx.registers.lock(*reserved, map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}}), ctx.date);
    ctx.afterWrite.append([&ctx, warehouse, products, reserved] {
        const erp::meta::Register *stockRegister = ctx.model.findRegister(QStringLiteral("stock"));
        for (const qint64 product : products.order) {
            const QCborMap where = map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}});
            const Decimal free = ctx.registers.balance(*stockRegister, where).value(QStringLiteral("quantity"))
                                     .minus(ctx.registers.balance(*reserved, where).value(QStringLiteral("quantity")))
                                     .value_or(Decimal());
            if (free.isNegative())
                ctx.registers.shortfall(*reserved, QStringLiteral("quantity"), where, free.negated());
        }
    });
    ledger(ctx, erp::accounting::account::GoodsSold, erp::accounting::account::Goods, totalCost);
}

} // namespace erp::warehouse
