#include "salespostings.h"

#include "accounting/chartofaccounts.h"
#include "core/postinghelpers.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace erp::sales {

using namespace erp::core::posting;
using erp::Decimal;
using erp::core::PostingContext;
namespace account = erp::accounting::account;

void postSalesOrder(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    ProductTotals products = totalsByProduct(ctx);
    // Nothing to reserve for services, nor for products coming back (a negative quantity is a
    // return the customer brings along; its shipment takes the goods in).
    products.order.removeIf([&ctx, &products](qint64 product) {
        const Decimal quantity = products.quantity.value(product);
        return isService(ctx, product) || quantity.isZero() || quantity.isNegative();
    });
    for (const qint64 product : products.order) {
        const QString quantity = products.quantity.value(product).toString();
        ctx.add(QStringLiteral("reservations"), +1,
                map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}, {QStringLiteral("quantity"), quantity}}));
        ctx.add(QStringLiteral("orders_to_ship"), +1,
                map({{QStringLiteral("sales_order"), ctx.id}, {QStringLiteral("product"), product}, {QStringLiteral("quantity"), quantity}}));
    }
    // A reservation never exceeds free stock. Taking the stock row first makes this check
    // and every shipment of the product wait for each other.
    ctx.afterWrite.append([&ctx, warehouse, products] {
        const erp::meta::Register *stock = ctx.model.findRegister(QStringLiteral("stock"));
        const erp::meta::Register *reserved = ctx.model.findRegister(QStringLiteral("reservations"));
        for (const qint64 product : products.order) {
            const QCborMap where = map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}});
            ctx.registers.lock(*stock, where, ctx.date);
            const Decimal free = ctx.registers.balance(*stock, where).value(QStringLiteral("quantity"))
                                     .minus(ctx.registers.balance(*reserved, where).value(QStringLiteral("quantity")))
                                     .value_or(Decimal());
            if (free.isNegative())
                ctx.registers.shortfall(*reserved, QStringLiteral("quantity"), where, free.negated());
        }
    });
}

void postSalesInvoice(PostingContext &ctx)
{
    const Decimal net = decimal(ctx.document.value(QStringLiteral("total_net")));
    const Decimal vat = decimal(ctx.document.value(QStringLiteral("total_vat")));
    const Decimal total = decimal(ctx.document.value(QStringLiteral("total")));
    ctx.add(QStringLiteral("settlements"), +1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                 {QStringLiteral("invoice"), ctx.id},
                 {QStringLiteral("amount"), money(total)}}));
    ledger(ctx, account::Customers, account::Sales, net);
    ledger(ctx, account::Customers, account::Vat, vat);
}

// The ledger side of a payment in any currency: the bank at the payment's rate, the receivable
// (or payable) at the rates of the invoices it settles, the difference an exchange gain or
// loss. A payment must be in its invoices' currency.
void settleInAccountingCurrency(PostingContext &ctx, const QString &invoiceTable, const QString &invoiceField,
                                const Decimal &total, const QString &moneyAccount, const QString &partyAccount, bool incoming)
{
    const QCborValue currency = ctx.document.value(QStringLiteral("currency"));
    const Decimal paid = toAccountingCurrency(ctx, currency, ctx.date, total);
    Decimal invoiced;
    int n = 0;
    for (const QCborValue &v : lines(ctx)) {
        ++n;
        const QCborMap line = v.toMap();
        QSqlQuery q(ctx.registers.database());
        erp::db::execute(q, QStringLiteral("SELECT CURRENCY, DOC_DATE FROM %1 WHERE ID = ?").arg(invoiceTable),
                         {qlonglong(line.value(invoiceField).toInteger())});
        if (!q.next())
            continue;
        const QCborValue invoiceCurrency = q.value(0).isNull() ? QCborValue(QCborValue::Null) : QCborValue(qint64(q.value(0).toLongLong()));
        if (invoiceCurrency.isInteger() != currency.isInteger() || (currency.isInteger() && invoiceCurrency.toInteger() != currency.toInteger()))
            erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                           QCoreApplication::translate("Posting", "lines[%1].%2: the invoice is in another currency than the payment")
                               .arg(n)
                               .arg(invoiceField),
                           QStringLiteral("lines[%1].%2").arg(n).arg(invoiceField));
        const QDateTime invoiceDate(q.value(1).toDateTime().date(), q.value(1).toDateTime().time(), Qt::UTC);
        invoiced = invoiced.plus(toAccountingCurrency(ctx, currency, invoiceDate, decimal(line.value(QStringLiteral("amount")))))
                       .value_or(invoiced);
    }
    if (incoming)
        ledger(ctx, moneyAccount, partyAccount, paid, false);
    else
        ledger(ctx, partyAccount, moneyAccount, paid, false);
    // What the receivable (payable) was worth at its invoices' rates against what the money was
    // worth at the payment's: the difference clears the party account as an exchange gain or loss.
    const Decimal worthMore = invoiced.minus(paid).value_or(Decimal()); // > 0: the invoices were worth more
    if (worthMore.isZero())
        return;
    const Decimal size = worthMore.isNegative() ? worthMore.negated() : worthMore;
    const bool loss = incoming ? !worthMore.isNegative() : worthMore.isNegative();
    ledger(ctx, loss ? account::ExchangeLosses : partyAccount, loss ? partyAccount : account::ExchangeGains, size, false);
}

void postIncomingPayment(PostingContext &ctx)
{
    Decimal total;
    for (const QCborValue &v : lines(ctx)) {
        const QCborMap line = v.toMap();
        const Decimal amount = decimal(line.value(QStringLiteral("amount")));
        ctx.add(QStringLiteral("settlements"), -1,
                map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                     {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                     {QStringLiteral("invoice"), line.value(QStringLiteral("invoice"))},
                     {QStringLiteral("amount"), money(amount)}}));
        total = total.plus(amount).value_or(total);
    }
    const QString method = ctx.document.value(QStringLiteral("payment_method")).toString();
    ctx.add(QStringLiteral("cash"), +1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("payment_method"), method},
                 {QStringLiteral("amount"), money(total)}}));
    const QString money = method == QLatin1String("cash") ? account::Cash : account::Bank;
    settleInAccountingCurrency(ctx, QStringLiteral("DOC_SALES_INVOICES"), QStringLiteral("invoice"), total, money, account::Customers,
                               true);
}

Decimal returnCost(PostingContext &ctx, const QCborValue &partner, qint64 product, const Decimal &quantity)
{
    // Back at what the goods cost when this customer bought them, on average.
    const erp::core::Balance history = ctx.registers.turnover(*ctx.model.findRegister(QStringLiteral("sales")),
                                                              map({{QStringLiteral("partner"), partner}, {QStringLiteral("product"), product}}));
    const Decimal soldQuantity = history.value(QStringLiteral("quantity"));
    if (soldQuantity.isZero() || soldQuantity.isNegative())
        return Decimal();
    return history.value(QStringLiteral("cost")).dividedBy(soldQuantity, 10)->times(quantity, 4).value_or(Decimal());
}

void postCustomerReturn(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const QCborValue partner = ctx.document.value(QStringLiteral("partner"));
    const ProductTotals products = totalsByProduct(ctx);
    Decimal totalCost;
    for (const qint64 product : products.order) {
        const Decimal quantity = products.quantity.value(product);
        Decimal cost;
        if (!isService(ctx, product)) {
            cost = returnCost(ctx, partner, product, quantity);
            ctx.add(QStringLiteral("stock"), +1,
                    map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product},
                         {QStringLiteral("quantity"), quantity.toString()}, {QStringLiteral("cost"), money(cost)}}));
            totalCost = totalCost.plus(cost).value_or(totalCost);
        }
        ctx.add(QStringLiteral("sales"), +1,
                map({{QStringLiteral("partner"), partner}, {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), quantity.negated().toString()},
                     {QStringLiteral("revenue"), money(products.amount.value(product).negated())},
                     {QStringLiteral("cost"), money(cost.negated())}}));
    }
    ctx.add(QStringLiteral("settlements"), -1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                 {QStringLiteral("invoice"), ctx.document.value(QStringLiteral("sales_invoice"))},
                 {QStringLiteral("amount"), money(decimal(ctx.document.value(QStringLiteral("total"))))}}));
    ledger(ctx, account::Sales, account::Customers, decimal(ctx.document.value(QStringLiteral("total_net"))));
    ledger(ctx, account::Vat, account::Customers, decimal(ctx.document.value(QStringLiteral("total_vat"))));
    ledger(ctx, account::Goods, account::GoodsSold, totalCost, false);
}

void postExchangeRateSetting(PostingContext &ctx)
{
    for (const QCborValue &v : lines(ctx)) {
        const QCborMap line = v.toMap();
        ctx.add(QStringLiteral("exchange_rates"), +1,
                map({{QStringLiteral("currency"), line.value(QStringLiteral("currency"))}, {QStringLiteral("rate"), line.value(QStringLiteral("rate"))}}));
    }
}

void postPriceSetting(PostingContext &ctx)
{
    for (const QCborValue &v : lines(ctx)) {
        const QCborMap line = v.toMap();
        ctx.add(QStringLiteral("prices"), +1,
                map({{QStringLiteral("price_type"), ctx.document.value(QStringLiteral("price_type"))},
                     {QStringLiteral("product"), line.value(QStringLiteral("product"))},
                     {QStringLiteral("price"), line.value(QStringLiteral("price"))}}));
    }
}

} // namespace erp::sales
