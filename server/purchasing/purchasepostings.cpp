#include "purchasepostings.h"

#include "accounting/chartofaccounts.h"
#include "accounting/ledger.h"
#include "sales/salespostings.h"
#include "trade/tradelines.h"
#include "warehouse/stockcost.h"

namespace erp::purchasing {

using namespace erp::core::posting;
using erp::Decimal;
using erp::accounting::ledger;
using erp::accounting::toAccountingCurrency;
using erp::core::PostingContext;
using erp::trade::ProductTotals;
using erp::trade::totalsByProduct;
namespace account = erp::accounting::account;

void postPurchaseOrder(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("quantity"));
    const ProductTotals products = totalsByProduct(ctx);
    for (const qint64 product : products.order)
        ctx.add(QStringLiteral("orders_to_receive"), +1,
                map({{QStringLiteral("purchase_order"), ctx.id},
                     {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), products.quantity.value(product).toString()}}));
}

void postSupplierInvoice(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("quantity"));
    ctx.add(QStringLiteral("payables"), +1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                 {QStringLiteral("supplier_invoice"), ctx.id},
                 {QStringLiteral("amount"),
                  money(decimal(ctx.document.value(QStringLiteral("total")), QStringLiteral("total")),
                        QStringLiteral("total"))}}));
    ledger(ctx, account::Vat, account::Suppliers,
           decimal(ctx.document.value(QStringLiteral("total_vat")), QStringLiteral("total_vat")));
    // Goods come onto the books with their receipt (132 against 321); what is never received
    // (a service, a free-text line such as transport) is a purchased service the invoice books.
    Decimal services;
    const QCborArray all = erp::trade::lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        if (erp::trade::isService(ctx.data, line.value(QStringLiteral("product")).toInteger()))
            services = plus(services, decimal(line.value(QStringLiteral("amount")), QStringLiteral("lines[%1].amount").arg(i + 1)),
                            QStringLiteral("total_net"));
    }
    ledger(ctx, account::Services, account::Suppliers, services);
}

void postOutgoingPayment(PostingContext &ctx)
{
    erp::sales::postPayment(ctx, {QStringLiteral("payables"), -1, QStringLiteral("supplier_invoices"),
                                  QStringLiteral("supplier_invoice"), account::Suppliers, false});
}

void postSupplierReturn(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("quantity"));
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const ProductTotals products = totalsByProduct(ctx);
    Decimal totalCost;
    for (const qint64 product : products.order) {
        if (erp::trade::isService(ctx.data, product))
            continue;
        const Decimal quantity = products.quantity.value(product);
        const Decimal cost = erp::warehouse::averageStockCost(
            ctx, map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}}), quantity);
        ctx.add(QStringLiteral("stock"), -1,
                map({{QStringLiteral("warehouse"), warehouse},
                     {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), quantity.toString()},
                     {QStringLiteral("cost"), money(cost, QStringLiteral("cost"))}}));
        totalCost = plus(totalCost, cost, QStringLiteral("cost"));
    }
    ctx.add(QStringLiteral("payables"), -1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                 {QStringLiteral("supplier_invoice"), ctx.document.value(QStringLiteral("supplier_invoice"))},
                 {QStringLiteral("amount"),
                  money(decimal(ctx.document.value(QStringLiteral("total")), QStringLiteral("total")),
                        QStringLiteral("total"))}}));
    ledger(ctx, account::Suppliers, account::Goods, totalCost, false);
    ledger(ctx, account::Suppliers, account::Vat,
           decimal(ctx.document.value(QStringLiteral("total_vat")), QStringLiteral("total_vat")));
    // Any difference between the price credited (in accounting currency) and the stock's cost
    // goes to goods sold.
    const Decimal net =
        toAccountingCurrency(ctx, ctx.document.value(QStringLiteral("currency")), ctx.date,
                             decimal(ctx.document.value(QStringLiteral("total_net")), QStringLiteral("total_net")));
    const Decimal difference = minus(net, totalCost, QStringLiteral("total_net"));
    if (difference.isNegative())
        ledger(ctx, account::GoodsSold, account::Suppliers, difference.negated(), false);
    else
        ledger(ctx, account::Suppliers, account::GoodsSold, difference, false);
}

} // namespace erp::purchasing
