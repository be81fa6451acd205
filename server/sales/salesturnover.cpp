#include "salesturnover.h"

#include "accounting/ledger.h"
#include "trade/tradelines.h"

namespace erp::sales {

using namespace erp::core::posting;
using erp::Decimal;
using erp::core::PostingContext;

namespace {

QCborValue refOrNull(const QCborValue &v)
{
    return v.isInteger() ? v : QCborValue(QCborValue::Null);
}

void addSale(PostingContext &ctx, const QCborValue &product, const Decimal &quantity, const Decimal &revenue,
             const Decimal &cost, const QString &field)
{
    const QCborMap &d = ctx.document;
    ctx.add(QStringLiteral("sales"), +1,
            map({{QStringLiteral("partner"), refOrNull(d.value(QStringLiteral("partner")))},
                 {QStringLiteral("counterparty"), refOrNull(d.value(QStringLiteral("counterparty")))},
                 {QStringLiteral("product"), refOrNull(product)},
                 {QStringLiteral("manager"), refOrNull(d.value(QStringLiteral("manager")))},
                 {QStringLiteral("information_source"), refOrNull(d.value(QStringLiteral("information_source")))},
                 {QStringLiteral("marketing_event"), refOrNull(d.value(QStringLiteral("marketing_event")))},
                 {QStringLiteral("quantity"), quantity.toString()},
                 {QStringLiteral("revenue"), money(revenue, field)},
                 {QStringLiteral("cost"), money(cost, QStringLiteral("cost"))}}));
}

QCborMap customerDimensions(const PostingContext &ctx, qint64 product)
{
    return map({{QStringLiteral("partner"), ctx.document.value(QStringLiteral("partner"))},
                {QStringLiteral("product"), product}});
}

} // namespace

void recordInvoicedRevenue(PostingContext &ctx, int sign, bool withQuantity)
{
    const QCborValue currency = ctx.document.value(QStringLiteral("currency"));
    const QCborArray all = erp::trade::lines(ctx);
    struct Row
    {
        QCborValue product;
        Decimal quantity, revenue;
        QString field;
    };
    QList<Row> rows;
    Decimal sum;
    qsizetype largest = -1;
    Decimal largestSize;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const QString at = QStringLiteral("lines[%1].").arg(i + 1);
        const Decimal quantity = decimal(line.value(QStringLiteral("quantity")), at + QStringLiteral("quantity"));
        const Decimal amount = decimal(line.value(QStringLiteral("amount")), at + QStringLiteral("amount"));
        if (amount.isZero() && (quantity.isZero() || !withQuantity))
            continue;
        const Decimal revenue = erp::accounting::toAccountingCurrency(ctx, currency, ctx.date, amount);
        sum = plus(sum, revenue, at + QStringLiteral("amount"));
        const Decimal size = amount.isNegative() ? amount.negated() : amount;
        if (largest < 0 || largestSize < size) {
            largest = rows.size();
            largestSize = size;
        }
        rows.append({line.value(QStringLiteral("product")), withQuantity ? quantity : Decimal(), revenue,
                     at + QStringLiteral("amount")});
    }
    // The ledger converts the total once; lines converted one by one may differ by rounding.
    // The difference goes to the largest line, so the register adds up to the ledger.
    const Decimal booked = erp::accounting::toAccountingCurrency(
        ctx, currency, ctx.date, decimal(ctx.document.value(QStringLiteral("total_net")), QStringLiteral("total_net")));
    const Decimal difference = minus(booked, sum, QStringLiteral("total_net"));
    if (largest >= 0 && !difference.isZero())
        rows[largest].revenue = plus(rows[largest].revenue, difference, rows[largest].field);
    for (const Row &r : std::as_const(rows))
        addSale(ctx, r.product, sign < 0 ? r.quantity.negated() : r.quantity,
                sign < 0 ? r.revenue.negated() : r.revenue, Decimal(), r.field);
}

void recordCost(PostingContext &ctx, qint64 product, const Decimal &cost)
{
    if (!cost.isZero())
        addSale(ctx, product, Decimal(), Decimal(), cost, QStringLiteral("cost"));
}

void deliverToCustomer(PostingContext &ctx, qint64 product, const Decimal &quantity, const Decimal &cost)
{
    QCborMap values = customerDimensions(ctx, product);
    values.insert(QStringLiteral("quantity"), quantity.toString());
    values.insert(QStringLiteral("cost"), money(cost, QStringLiteral("cost")));
    ctx.add(QStringLiteral("customer_goods"), +1, values);
}

Decimal takeBackFromCustomer(PostingContext &ctx, const QCborValue &warehouse, qint64 product, const Decimal &quantity)
{
    const QCborMap where = customerDimensions(ctx, product);
    const erp::core::Balance held = ctx.data.balance(QStringLiteral("customer_goods"), where);
    const Decimal heldQuantity = held.value(QStringLiteral("quantity"));
    Decimal cost;
    if (heldQuantity.isZero() || heldQuantity.isNegative()) {
        const erp::core::Balance stock =
            ctx.data.balance(QStringLiteral("stock"),
                             map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}}));
        const Decimal onHand = stock.value(QStringLiteral("quantity"));
        if (!onHand.isZero() && !onHand.isNegative())
            cost = times(dividedBy(stock.value(QStringLiteral("cost")), onHand, 10, QStringLiteral("cost")), quantity,
                         4, QStringLiteral("cost"));
    } else if (quantity == heldQuantity)
        cost = held.value(QStringLiteral("cost")); // all of it: no cents stay behind
    else
        cost = times(dividedBy(held.value(QStringLiteral("cost")), heldQuantity, 10, QStringLiteral("cost")), quantity,
                     4, QStringLiteral("cost"));
    QCborMap values = where;
    values.insert(QStringLiteral("quantity"), quantity.toString());
    values.insert(QStringLiteral("cost"), money(cost, QStringLiteral("cost")));
    ctx.add(QStringLiteral("customer_goods"), -1, values);
    return cost;
}

} // namespace erp::sales
