#include "stockpostings.h"

#include "accounting/chartofaccounts.h"
#include "accounting/ledger.h"
#include "sales/orderprogress.h"
#include "sales/salespostings.h"
#include "sales/salesturnover.h"
#include "stockcost.h"
#include "trade/tradelines.h"

#include <algorithm>

namespace erp::warehouse {

using namespace erp::core::posting;
using erp::Decimal;
using erp::accounting::ledger;
using erp::core::PostingContext;
using erp::trade::isService;
using erp::trade::ProductTotals;
using erp::trade::totalsByProduct;
namespace account = erp::accounting::account;

namespace {

QCborMap stockRow(const QCborValue &warehouse, qint64 product, const Decimal &quantity, const Decimal &cost)
{
    return map({{QStringLiteral("warehouse"), warehouse},
                {QStringLiteral("product"), product},
                {QStringLiteral("quantity"), quantity.toString()},
                {QStringLiteral("cost"), money(cost, QStringLiteral("cost"))}});
}

} // namespace

void postGoodsReceipt(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("quantity"));
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const QCborValue order = ctx.document.value(QStringLiteral("purchase_order"));
    if (order.isInteger()) {
        // Close on the purchase order what arrived, never more than is still open.
        const ProductTotals products = totalsByProduct(ctx);
        for (const qint64 product : products.order) {
            const QCborMap where =
                map({{QStringLiteral("purchase_order"), order}, {QStringLiteral("product"), product}});
            const Decimal open =
                ctx.data.balance(QStringLiteral("orders_to_receive"), where).value(QStringLiteral("quantity"));
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
    const QCborArray all = erp::trade::lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const QString field = QStringLiteral("lines[%1].amount").arg(i + 1);
        const Decimal amount = decimal(line.value(QStringLiteral("amount")), field);
        ctx.add(QStringLiteral("stock"), +1,
                map({{QStringLiteral("warehouse"), warehouse},
                     {QStringLiteral("product"), line.value(QStringLiteral("product"))},
                     {QStringLiteral("quantity"), line.value(QStringLiteral("quantity"))},
                     {QStringLiteral("cost"), money(amount, field)}}));
        total = plus(total, amount, field);
    }
    ledger(ctx, account::Goods, account::Suppliers, total);
}

void postStockTransfer(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("quantity"));
    const QCborValue from = ctx.document.value(QStringLiteral("warehouse"));
    const QCborValue to = ctx.document.value(QStringLiteral("to_warehouse"));
    const ProductTotals products = totalsByProduct(ctx);
    for (const qint64 product : products.order) {
        const Decimal quantity = products.quantity.value(product);
        const Decimal cost = averageStockCost(
            ctx, map({{QStringLiteral("warehouse"), from}, {QStringLiteral("product"), product}}), quantity);
        for (const auto &[warehouse, direction] : {std::pair{from, -1}, std::pair{to, +1}})
            ctx.add(QStringLiteral("stock"), direction, stockRow(warehouse, product, quantity, cost));
    }
}

void postInventoryCount(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    Decimal shortageCost, surplusValue;
    QList<qint64> seen;
    QList<std::pair<int, QCborMap>> lineList; // line number, line
    const QCborArray all = erp::trade::lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i)
        lineList.append({int(i + 1), all.at(i).toMap()});
    std::stable_sort(lineList.begin(), lineList.end(), [](const auto &a, const auto &b) {
        return a.second.value(QStringLiteral("product")).toInteger() <
               b.second.value(QStringLiteral("product")).toInteger();
    });
    for (const auto &[number, line] : std::as_const(lineList)) {
        const qint64 product = line.value(QStringLiteral("product")).toInteger();
        if (seen.contains(product))
            continue; // a product counted twice: the first line counts
        seen.append(product);
        const QString at = QStringLiteral("lines[%1].").arg(number);
        const QCborMap where = map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}});
        const erp::core::Balance book = ctx.data.balance(QStringLiteral("stock"), where);
        const Decimal difference = minus(decimal(line.value(QStringLiteral("counted")), at + QStringLiteral("counted")),
                                         book.value(QStringLiteral("quantity")), at + QStringLiteral("counted"));
        if (difference.isZero())
            continue;
        if (difference.isNegative()) {
            const Decimal quantity = difference.negated();
            const Decimal cost = averageStockCost(ctx, where, quantity);
            ctx.add(QStringLiteral("stock"), -1, stockRow(warehouse, product, quantity, cost));
            shortageCost = plus(shortageCost, cost, at + QStringLiteral("counted"));
        } else {
            Decimal unit = decimal(line.value(QStringLiteral("price")), at + QStringLiteral("price"));
            if (unit.isZero())
                unit = dividedBy(book.value(QStringLiteral("cost")), book.value(QStringLiteral("quantity")), 10,
                                 at + QStringLiteral("price"));
            const Decimal value = times(unit, difference, 4, at + QStringLiteral("price"));
            ctx.add(QStringLiteral("stock"), +1, stockRow(warehouse, product, difference, value));
            surplusValue = plus(surplusValue, value, at + QStringLiteral("price"));
        }
    }
    // Czech practice: a shortage is a loss (549 manka a škody), a surplus other operating
    // income (648), never the sales revenue.
    ledger(ctx, account::Shortages, account::Goods, shortageCost);
    ledger(ctx, account::Goods, account::OtherOperatingIncome, surplusValue);
}

void postShipment(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("quantity"));
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    Decimal totalCost, returnedCost;
    // Negative lines are returns the customer brings along: the goods come back (a service
    // returned is the sale taken back), never netted against the goods shipped.
    const ProductTotals back = totalsByProduct(ctx, erp::trade::LineSign::Back);
    ProductTotals products = totalsByProduct(ctx, erp::trade::LineSign::Out);
    QList<qint64> all = back.order + products.order;
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    for (const qint64 product : std::as_const(all)) {
        if (back.quantity.contains(product)) {
            // The revenue of a return is its invoice's (credited there); the goods come back at
            // the cost they left with.
            const Decimal quantity = back.quantity.value(product).negated();
            if (!isService(ctx.data, product)) {
                const Decimal cost = erp::sales::takeBackFromCustomer(ctx, warehouse, product, quantity);
                ctx.add(QStringLiteral("stock"), +1, stockRow(warehouse, product, quantity, cost));
                erp::sales::recordCost(ctx, product, cost.negated());
                returnedCost = plus(returnedCost, cost, QStringLiteral("cost"));
            }
        }
        if (!products.quantity.contains(product))
            continue;
        const Decimal quantity = products.quantity.value(product);
        // A service is delivered, not taken from stock: its invoice records the sale.
        if (isService(ctx.data, product))
            continue;
        const Decimal cost = averageStockCost(
            ctx, map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}}), quantity);
        ctx.add(QStringLiteral("stock"), -1, stockRow(warehouse, product, quantity, cost));
        erp::sales::recordCost(ctx, product, cost);
        erp::sales::deliverToCustomer(ctx, product, quantity, cost);
        totalCost = plus(totalCost, cost, QStringLiteral("cost"));
    }
    // What is left must still cover the other customers' reservations.
    products.order.removeIf([&ctx](qint64 product) { return isService(ctx.data, product); });
    // Reservations before stock, as sales orders take them: the two never wait for each other
    // in opposite order (a deadlock Firebird would only break after its timeout).
    for (const qint64 product : products.order)
        ctx.data.lock(QStringLiteral("reservations"),
                      map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}}), ctx.date);
    ctx.afterWrite.append([&ctx, warehouse, products] { erp::sales::checkFreeStock(ctx, warehouse, products.order); });
    erp::sales::postShipmentProgress(ctx);
    // Both sides positive: what left (Dr 504 / Cr 132) and what came back (Dr 132 / Cr 504).
    ledger(ctx, account::GoodsSold, account::Goods, totalCost);
    ledger(ctx, account::Goods, account::GoodsSold, returnedCost);
}

} // namespace erp::warehouse
