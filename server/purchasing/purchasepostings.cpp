#include "purchasepostings.h"

#include "accounting/chartofaccounts.h"
#include "core/postinghelpers.h"
#include "sales/salespostings.h"

namespace erp::purchasing {

using namespace erp::core::posting;
using erp::Decimal;
using erp::core::PostingContext;
namespace account = erp::accounting::account;

void postPurchaseOrder(PostingContext &ctx)
{
    const ProductTotals products = totalsByProduct(ctx);
    for (const qint64 product : products.order)
        ctx.add(QStringLiteral("orders_to_receive"), +1,
                map({{QStringLiteral("purchase_order"), ctx.id}, {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), products.quantity.value(product).toString()}}));
}

void postSupplierInvoice(PostingContext &ctx)
{
    ctx.add(QStringLiteral("payables"), +1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                 {QStringLiteral("supplier_invoice"), ctx.id},
                 {QStringLiteral("amount"), money(decimal(ctx.document.value(QStringLiteral("total"))))}}));
    ledger(ctx, account::Vat, account::Suppliers, decimal(ctx.document.value(QStringLiteral("total_vat"))));
}

void postOutgoingPayment(PostingContext &ctx)
{
    Decimal total;
    for (const QCborValue &v : lines(ctx)) {
        const QCborMap line = v.toMap();
        const Decimal amount = decimal(line.value(QStringLiteral("amount")));
        ctx.add(QStringLiteral("payables"), -1,
                map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                     {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                     {QStringLiteral("supplier_invoice"), line.value(QStringLiteral("supplier_invoice"))},
                     {QStringLiteral("amount"), money(amount)}}));
        total = total.plus(amount).value_or(total);
    }
    const QString method = ctx.document.value(QStringLiteral("payment_method")).toString();
    ctx.add(QStringLiteral("cash"), -1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("payment_method"), method},
                 {QStringLiteral("amount"), money(total)}}));
    erp::sales::settleInAccountingCurrency(ctx, QStringLiteral("DOC_SUPPLIER_INVOICES"), QStringLiteral("supplier_invoice"), total,
                                           method == QLatin1String("cash") ? account::Cash : account::Bank, account::Suppliers,
                                           false);
}

void postSupplierReturn(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const ProductTotals products = totalsByProduct(ctx);
    Decimal totalCost;
    for (const qint64 product : products.order) {
        if (isService(ctx, product))
            continue;
        const Decimal quantity = products.quantity.value(product);
        const Decimal cost = averageStockCost(ctx, map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}}), quantity);
        ctx.add(QStringLiteral("stock"), -1,
                map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), quantity.toString()}, {QStringLiteral("cost"), money(cost)}}));
        totalCost = totalCost.plus(cost).value_or(totalCost);
    }
    ctx.add(QStringLiteral("payables"), -1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                 {QStringLiteral("supplier_invoice"), ctx.document.value(QStringLiteral("supplier_invoice"))},
                 {QStringLiteral("amount"), money(decimal(ctx.document.value(QStringLiteral("total"))))}}));
    ledger(ctx, account::Suppliers, account::Goods, totalCost, false);
    ledger(ctx, account::Suppliers, account::Vat, decimal(ctx.document.value(QStringLiteral("total_vat"))));
    // Any difference between the price credited (in accounting currency) and the stock's cost
    // goes to goods sold.
    const Decimal net = toAccountingCurrency(ctx, ctx.document.value(QStringLiteral("currency")), ctx.date,
                                             decimal(ctx.document.value(QStringLiteral("total_net"))));
    const Decimal difference = net.minus(totalCost).value_or(Decimal());
    if (difference.isNegative())
        ledger(ctx, account::GoodsSold, account::Suppliers, difference.negated(), false);
    else
        ledger(ctx, account::Suppliers, account::GoodsSold, difference, false);
}

} // namespace erp::purchasing
