// Posting of warehouse and sales documents: pure functions from a document to movements.
#include "core/posting.h"
#include "decimal.h"
#include "metadata/model.h"

#include <QCborArray>

namespace erp::core {

namespace {

using erp::Decimal;

Decimal decimal(const QCborValue &v)
{
    return Decimal::parse(v.toString()).value_or(Decimal());
}

// A line's amount: as entered, or quantity times price rounded to cents.
Decimal lineAmount(const QCborMap &line)
{
    if (line.value(QStringLiteral("amount")).isString())
        return decimal(line.value(QStringLiteral("amount")));
    return decimal(line.value(QStringLiteral("quantity"))).times(decimal(line.value(QStringLiteral("price"))), 2).value_or(Decimal());
}

QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

QCborArray lines(const PostingContext &ctx)
{
    return ctx.document.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
}

// Goods receipt: stock comes in at its purchase amount.
void postGoodsReceipt(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    for (const QCborValue &v : lines(ctx)) {
        const QCborMap line = v.toMap();
        ctx.add(QStringLiteral("stock"), +1,
                map({{QStringLiteral("warehouse"), warehouse},
                     {QStringLiteral("product"), line.value(QStringLiteral("product"))},
                     {QStringLiteral("quantity"), line.value(QStringLiteral("quantity"))},
                     {QStringLiteral("cost"), lineAmount(line).rescaled(4)->toString()}}));
    }
}

// Shipment: stock goes out at moving-average cost; the sale is recorded with its revenue and
// that cost. Lines of the same product are costed together, so a document never depends on
// the order of its lines.
void postShipment(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const QCborValue partner = ctx.document.value(QStringLiteral("partner"));
    const erp::meta::Register *stock = ctx.model.accumulationRegister(QStringLiteral("stock"));
    struct Product
    {
        Decimal quantity;
        Decimal revenue;
    };
    QList<qint64> order;
    QHash<qint64, Product> products;
    for (const QCborValue &v : lines(ctx)) {
        const QCborMap line = v.toMap();
        const qint64 product = line.value(QStringLiteral("product")).toInteger();
        if (!products.contains(product))
            order.append(product);
        Product &p = products[product];
        p.quantity = *p.quantity.plus(decimal(line.value(QStringLiteral("quantity"))));
        p.revenue = *p.revenue.plus(lineAmount(line));
    }
    for (const qint64 product : std::as_const(order)) {
        const Product &p = products[product];
        const Balance balance =
            ctx.registers.balance(*stock, map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}}));
        const Decimal onHand = balance.value(QStringLiteral("quantity"));
        const Decimal value = balance.value(QStringLiteral("cost"));
        Decimal cost;
        if (p.quantity >= onHand)
            cost = value; // everything that is left, so no cents stay behind
        else if (!onHand.isZero() && !onHand.isNegative())
            cost = value.dividedBy(onHand, 10)->times(p.quantity, 4).value_or(Decimal());
        ctx.add(QStringLiteral("stock"), -1,
                map({{QStringLiteral("warehouse"), warehouse},
                     {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), p.quantity.toString()},
                     {QStringLiteral("cost"), cost.rescaled(4)->toString()}}));
        ctx.add(QStringLiteral("sales"), +1,
                map({{QStringLiteral("partner"), partner},
                     {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), p.quantity.toString()},
                     {QStringLiteral("revenue"), p.revenue.rescaled(4)->toString()},
                     {QStringLiteral("cost"), cost.rescaled(4)->toString()}}));
    }
}

} // namespace

PostingFunction postingFunction(const QString &kind)
{
    if (kind == QLatin1String("goods_receipts"))
        return postGoodsReceipt;
    if (kind == QLatin1String("shipments"))
        return postShipment;
    return nullptr;
}

} // namespace erp::core
