#include "orderprogress.h"

#include "i18n/numberformat.h"
#include "rpc/rpcerror.h"
#include "trade/tradelines.h"

#include <QCoreApplication>

#include <algorithm>

namespace erp::sales {

using namespace erp::core::posting;
using erp::Decimal;
using erp::core::DataSource;
using erp::core::PostingContext;
using erp::core::RecalcContext;
using erp::core::Shortfall;
using erp::i18n::formatNumber;
using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrderProgress)
};

const QString SalesOrders = QStringLiteral("sales_orders");
const QString ToShip = QStringLiteral("orders_to_ship");
const QString ToInvoice = QStringLiteral("orders_to_invoice");
const QString Reservations = QStringLiteral("reservations");
const QString Quantity = QStringLiteral("quantity");
const QString Product = QStringLiteral("product");
const QString OrderLine = QStringLiteral("order_line");

Decimal magnitude(const Decimal &d)
{
    return d.isNegative() ? d.negated() : d;
}

QString at(qsizetype index, const QString &field)
{
    return QStringLiteral("lines[%1].%2").arg(index + 1).arg(field);
}

// Goods are shipped and reserved; services and free-text lines (no product) are only invoiced.
bool isGoods(DataSource &data, const QCborValue &product)
{
    return product.isInteger() && !erp::trade::isService(data, product.toInteger());
}

QString productName(DataSource &data, const QCborValue &product)
{
    return product.isInteger() ? data.field(QStringLiteral("products"), product.toInteger(), QStringLiteral("name")).toString()
                               : QString();
}

bool invoicedOnOrder(DataSource &data, qint64 order)
{
    return data.field(SalesOrders, order, QStringLiteral("invoicing")).toString() == QLatin1String("on_order");
}

QCborValue null()
{
    return QCborValue(QCborValue::Null);
}

// The order line a shipment or invoice line names: it exists, has the same product, and goes
// the same way (a sale is never fulfilled by a return line, nor the other way round).
qint64 orderLineOf(DataSource &data, const QList<QCborMap> &orderLines, const QCborMap &line, qsizetype index,
                   const Decimal &quantity, bool invoice)
{
    const QString path = at(index, OrderLine);
    const QCborValue named = line.value(OrderLine);
    const QCborValue product = line.value(Product);
    if (!named.isInteger())
        erp::rpc::fail(ErrorCode::Validation,
                       invoice ? Text::tr("%1: the order has no line of %2 to invoice").arg(path, productName(data, product))
                               : Text::tr("%1: the order has no line of %2 to ship").arg(path, productName(data, product)),
                       path);
    const qint64 number = named.toInteger();
    if (number < 1 || number > orderLines.size())
        erp::rpc::fail(ErrorCode::Validation, Text::tr("%1: the order has no line %2").arg(path).arg(number), path);
    const QCborMap orderLine = orderLines.at(number - 1);
    if (orderLine.value(Product) != product)
        erp::rpc::fail(ErrorCode::Validation,
                       Text::tr("%1: line %2 of the order is not %3").arg(path).arg(number).arg(productName(data, product)),
                       path);
    const Decimal ordered = decimal(orderLine.value(Quantity), path);
    if (ordered.isNegative() != quantity.isNegative())
        erp::rpc::fail(ErrorCode::Validation,
                       Text::tr("%1: line %2 of the order goes the other way (a sale and a return are separate lines)")
                           .arg(path)
                           .arg(number),
                       path);
    return number;
}

// "lines[2].quantity: Vrtačka: only 3 remain to ship on line 1 of the order", in the user's numbers.
erp::core::ShortfallText explainProgress(DataSource &data)
{
    return [&data](const QString &reg, const Shortfall &s) -> QString {
        if (s.source.isEmpty() || (reg != ToShip && reg != ToInvoice))
            return {};
        const QString name = productName(data, s.dimensions.value(Product));
        const QString remain = formatNumber(s.available);
        const QCborValue line = s.dimensions.value(OrderLine);
        if (!line.isInteger())
            return Text::tr("%1: %2: only %3 remain to invoice of the shipment").arg(s.source, name, remain);
        return reg == ToShip ? Text::tr("%1: %2: only %3 remain to ship on line %4 of the order")
                                   .arg(s.source, name, remain)
                                   .arg(line.toInteger())
                             : Text::tr("%1: %2: only %3 remain to invoice on line %4 of the order")
                                   .arg(s.source, name, remain)
                                   .arg(line.toInteger());
    };
}

struct Reserving
{
    qsizetype index;
    qint64 product;
    Decimal quantity;
};

// Every reserving line's product has free stock (stock minus every reservation, now and at the
// order's moment) for it; otherwise every line short is named, with what it lacks, lines of
// one product taking what is free in line order.
void checkReservations(PostingContext &ctx, const QCborValue &warehouse, const QList<Reserving> &reserving)
{
    QList<qint64> products;
    for (const Reserving &r : reserving)
        if (!products.contains(r.product))
            products.append(r.product);
    std::sort(products.begin(), products.end());
    // Taking the stock rows first makes this check and every shipment of the products wait for each other.
    for (const qint64 product : std::as_const(products))
        ctx.data.lock(QStringLiteral("stock"), map({{QStringLiteral("warehouse"), warehouse}, {Product, product}}),
                      ctx.date);
    QList<std::pair<qsizetype, QString>> problems; // by line, in line order below
    for (const qint64 product : std::as_const(products)) {
        const QCborMap where = map({{QStringLiteral("warehouse"), warehouse}, {Product, product}});
        const Decimal reserved = ctx.data.balance(Reservations, where).value(Quantity);
        Decimal lowest;
        bool seen = false;
        for (const erp::core::Balance &stock :
             {ctx.data.balance(QStringLiteral("stock"), where), ctx.data.balanceAt(QStringLiteral("stock"), where, ctx.date)}) {
            const Decimal free = minus(stock.value(Quantity), reserved, Quantity);
            if (!seen || free < lowest)
                lowest = free;
            seen = true;
        }
        if (!lowest.isNegative())
            continue;
        Decimal mine;
        for (const Reserving &r : reserving)
            if (r.product == product)
                mine = plus(mine, r.quantity, Quantity);
        Decimal free = plus(lowest, mine, Quantity); // what was free for this order
        if (free.isNegative())
            free = Decimal();
        for (const Reserving &r : reserving) {
            if (r.product != product)
                continue;
            const Decimal take = r.quantity < free ? r.quantity : free;
            free = minus(free, take, Quantity);
            const Decimal shortBy = minus(r.quantity, take, Quantity);
            if (shortBy.isZero())
                continue;
            problems.append({r.index, Text::tr("%1: %2: not enough free stock to reserve; %3 short")
                                          .arg(at(r.index, Quantity), productName(ctx.data, product),
                                               formatNumber(shortBy))});
        }
    }
    if (problems.isEmpty())
        return;
    std::sort(problems.begin(), problems.end());
    QStringList text;
    for (const auto &[index, message] : std::as_const(problems))
        text.append(message);
    erp::rpc::fail(ErrorCode::Validation, text.join(u'\n'), at(problems.first().first, Quantity));
}

} // namespace

void postOrderProgress(PostingContext &ctx)
{
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    const bool onOrder = ctx.document.value(QStringLiteral("invoicing")).toString() == QLatin1String("on_order");
    QList<Reserving> reserving;
    const QCborArray all = erp::trade::lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const Decimal quantity = decimal(line.value(Quantity), at(i, Quantity));
        if (quantity.isZero())
            continue;
        const QCborValue product = line.value(Product);
        const bool goods = isGoods(ctx.data, product);
        const Decimal amount = decimal(line.value(QStringLiteral("amount")), at(i, QStringLiteral("amount")));
        const QString size = magnitude(quantity).toString();
        if (goods)
            ctx.add(ToShip, +1,
                    map({{QStringLiteral("sales_order"), ctx.id}, {OrderLine, i + 1}, {Product, product}, {Quantity, size}}),
                    at(i, Quantity));
        if (goods && !quantity.isNegative() && line.value(QStringLiteral("reservation")).toString() != QLatin1String("ship_later")) {
            ctx.add(Reservations, +1,
                    map({{QStringLiteral("warehouse"), warehouse},
                         {Product, product},
                         {QStringLiteral("sales_order"), ctx.id},
                         {OrderLine, i + 1},
                         {Quantity, size}}),
                    at(i, Quantity));
            reserving.append({i, product.toInteger(), quantity});
        }
        if (onOrder || !goods)
            ctx.add(ToInvoice, +1,
                    map({{QStringLiteral("sales_order"), ctx.id},
                         {OrderLine, i + 1},
                         {QStringLiteral("shipment"), null()},
                         {Product, product},
                         {Quantity, size},
                         {QStringLiteral("amount"),
                          money(quantity.isNegative() ? amount.negated() : amount, at(i, QStringLiteral("amount")))}}),
                    at(i, Quantity));
    }
    if (!reserving.isEmpty())
        ctx.afterWrite.append([&ctx, warehouse, reserving] { checkReservations(ctx, warehouse, reserving); });
}

void postShipmentProgress(PostingContext &ctx)
{
    const QCborValue order = ctx.document.value(QStringLiteral("sales_order"));
    const QCborArray all = erp::trade::lines(ctx);
    ctx.explain = explainProgress(ctx.data);
    if (!order.isInteger()) {
        // Without an order, what it delivered is invoiced from the shipment itself.
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QCborMap line = all.at(i).toMap();
            const Decimal quantity = decimal(line.value(Quantity), at(i, Quantity));
            const Decimal amount = decimal(line.value(QStringLiteral("amount")), at(i, QStringLiteral("amount")));
            if (quantity.isZero() || !line.value(Product).isInteger())
                continue;
            ctx.add(ToInvoice, +1,
                    map({{QStringLiteral("sales_order"), null()},
                         {OrderLine, null()},
                         {QStringLiteral("shipment"), ctx.id},
                         {Product, line.value(Product)},
                         {Quantity, magnitude(quantity).toString()},
                         {QStringLiteral("amount"), money(quantity.isNegative() ? amount.negated() : amount,
                                                          at(i, QStringLiteral("amount")))}}),
                    at(i, Quantity));
        }
        return;
    }
    const qint64 orderId = order.toInteger();
    const QList<QCborMap> orderLines = ctx.data.sectionLines(SalesOrders, orderId, QStringLiteral("lines"));
    const bool onShipment = !invoicedOnOrder(ctx.data, orderId);
    const QCborValue orderWarehouse = ctx.data.field(SalesOrders, orderId, QStringLiteral("warehouse"));
    QHash<qint64, Decimal> released;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const Decimal quantity = decimal(line.value(Quantity), at(i, Quantity));
        const QCborValue product = line.value(Product);
        if (quantity.isZero() || !isGoods(ctx.data, product))
            continue; // services are not shipped: the order has them to invoice
        const qint64 number = orderLineOf(ctx.data, orderLines, line, i, quantity, false);
        const Decimal size = magnitude(quantity);
        ctx.add(ToShip, -1,
                map({{QStringLiteral("sales_order"), orderId}, {OrderLine, number}, {Product, product}, {Quantity, size.toString()}}),
                at(i, Quantity));
        if (!quantity.isNegative()) {
            // Exactly this line's reservation, never more than it holds.
            const QCborMap where = map({{QStringLiteral("warehouse"), orderWarehouse},
                                        {Product, product},
                                        {QStringLiteral("sales_order"), orderId},
                                        {OrderLine, number}});
            const Decimal held =
                minus(ctx.data.balance(Reservations, where).value(Quantity), released.value(number), Quantity);
            const Decimal release = size < held ? size : held;
            if (!release.isZero() && !release.isNegative()) {
                QCborMap values = where;
                values.insert(Quantity, release.toString());
                ctx.add(Reservations, -1, values, at(i, Quantity));
                released[number] = plus(released.value(number), release, Quantity);
            }
        }
        if (onShipment) {
            const Decimal amount = decimal(line.value(QStringLiteral("amount")), at(i, QStringLiteral("amount")));
            ctx.add(ToInvoice, +1,
                    map({{QStringLiteral("sales_order"), orderId},
                         {OrderLine, number},
                         {QStringLiteral("shipment"), ctx.id},
                         {Product, product},
                         {Quantity, size.toString()},
                         {QStringLiteral("amount"), money(quantity.isNegative() ? amount.negated() : amount,
                                                          at(i, QStringLiteral("amount")))}}),
                    at(i, Quantity));
        }
    }
}

void postInvoiceProgress(PostingContext &ctx)
{
    QCborValue order = ctx.document.value(QStringLiteral("sales_order"));
    const QCborValue shipment = ctx.document.value(QStringLiteral("shipment"));
    if (shipment.isInteger()) {
        const QCborValue shipped = ctx.data.field(QStringLiteral("shipments"), shipment.toInteger(), QStringLiteral("sales_order"));
        if (order.isInteger() && shipped != order)
            erp::rpc::fail(ErrorCode::Validation, Text::tr("shipment: the shipment is not of this invoice's order"),
                           QStringLiteral("shipment"));
        order = shipped;
    }
    if (!order.isInteger() && !shipment.isInteger())
        return; // an invoice of its own: nothing to close
    ctx.explain = explainProgress(ctx.data);
    const QCborArray all = erp::trade::lines(ctx);
    const QList<QCborMap> orderLines =
        order.isInteger() ? ctx.data.sectionLines(SalesOrders, order.toInteger(), QStringLiteral("lines")) : QList<QCborMap>();
    const bool onOrder = order.isInteger() && invoicedOnOrder(ctx.data, order.toInteger());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const Decimal quantity = decimal(line.value(Quantity), at(i, Quantity));
        if (quantity.isZero())
            continue;
        const QCborValue product = line.value(Product);
        QCborValue number = null(), from = shipment;
        if (order.isInteger()) {
            // Goods of an order invoiced on shipment are invoiced from the shipment that delivered them.
            from = onOrder || !isGoods(ctx.data, product) ? null() : shipment;
            if (!onOrder && isGoods(ctx.data, product) && !shipment.isInteger())
                erp::rpc::fail(ErrorCode::Validation,
                               Text::tr("shipment: the order is invoiced on shipment: name the shipment that "
                                        "delivered %1 (%2)")
                                   .arg(productName(ctx.data, product), at(i, Product)),
                               QStringLiteral("shipment"));
            number = orderLineOf(ctx.data, orderLines, line, i, quantity, true);
        } else if (!product.isInteger()) {
            continue;
        }
        const Decimal amount = decimal(line.value(QStringLiteral("amount")), at(i, QStringLiteral("amount")));
        ctx.add(ToInvoice, -1,
                map({{QStringLiteral("sales_order"), order.isInteger() ? order : null()},
                     {OrderLine, number},
                     {QStringLiteral("shipment"), from},
                     {Product, product},
                     {Quantity, magnitude(quantity).toString()},
                     {QStringLiteral("amount"),
                      money(quantity.isNegative() ? amount.negated() : amount, at(i, QStringLiteral("amount")))}}),
                at(i, Quantity));
    }
}

void fillOrderLines(RecalcContext &ctx, bool invoice)
{
    QCborValue order = ctx.document.value(QStringLiteral("sales_order"));
    const QCborValue shipment = invoice ? ctx.document.value(QStringLiteral("shipment")) : QCborValue();
    if (invoice && shipment.isInteger() && !order.isInteger())
        order = ctx.data.field(QStringLiteral("shipments"), shipment.toInteger(), QStringLiteral("sales_order"));
    if (!order.isInteger())
        return;
    const QList<QCborMap> orderLines = ctx.data.sectionLines(SalesOrders, order.toInteger(), QStringLiteral("lines"));
    const bool onOrder = invoicedOnOrder(ctx.data, order.toInteger());
    QCborMap sections = ctx.document.value(QStringLiteral("sections")).toMap();
    QCborArray lines = sections.value(QStringLiteral("lines")).toArray();
    auto quantityOf = [](const QCborMap &line) {
        return Decimal::parse(line.value(Quantity).toString()).value_or(Decimal());
    };
    QHash<qint64, Decimal> taken; // what the lines of this document already take of each order line
    for (const QCborValue &v : std::as_const(lines))
        if (v.toMap().value(OrderLine).isInteger())
            taken[v.toMap().value(OrderLine).toInteger()] =
                taken.value(v.toMap().value(OrderLine).toInteger()).plus(magnitude(quantityOf(v.toMap()))).value_or(Decimal());
    bool changed = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QCborMap line = lines.at(i).toMap();
        const Decimal quantity = quantityOf(line);
        const QCborValue product = line.value(Product);
        const bool goods = isGoods(ctx.data, product);
        if (line.value(OrderLine).isInteger() || quantity.isZero() || (!invoice && !goods))
            continue;
        const QCborValue from = !invoice || onOrder || !goods ? QCborValue(QCborValue::Null) : shipment;
        if (invoice && !onOrder && goods && !shipment.isInteger())
            continue; // the posting says which shipment is missing
        qint64 whole = 0, open = 0, last = 0;
        for (qsizetype k = 0; k < orderLines.size(); ++k) {
            const QCborMap candidate = orderLines.at(k);
            const Decimal ordered = Decimal::parse(candidate.value(Quantity).toString()).value_or(Decimal());
            if (candidate.value(Product) != product || ordered.isZero() || ordered.isNegative() != quantity.isNegative())
                continue;
            const qint64 number = k + 1;
            QCborMap where = map({{QStringLiteral("sales_order"), order}, {OrderLine, number}, {Product, product}});
            if (invoice)
                where.insert(QStringLiteral("shipment"), from);
            const Decimal left = ctx.data.balance(invoice ? ToInvoice : ToShip, where)
                                     .value(Quantity)
                                     .minus(taken.value(number))
                                     .value_or(Decimal());
            last = number;
            if (!(left < magnitude(quantity))) {
                whole = number;
                break;
            }
            if (!open && !left.isZero() && !left.isNegative())
                open = number;
        }
        const qint64 chosen = whole ? whole : open ? open : last;
        if (!chosen)
            continue; // the posting names the line the order does not have
        line.insert(OrderLine, chosen);
        taken[chosen] = taken.value(chosen).plus(magnitude(quantity)).value_or(Decimal());
        lines[i] = line;
        changed = true;
    }
    if (!changed)
        return;
    sections.insert(QStringLiteral("lines"), lines);
    ctx.document.insert(QStringLiteral("sections"), sections);
}

} // namespace erp::sales
