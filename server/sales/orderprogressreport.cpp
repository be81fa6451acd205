#include "orderprogressreport.h"

#include "core/catalogstore.h"
#include "core/dbdatasource.h"
#include "core/postinghelpers.h"
#include "metadata/model.h"
#include "rpc/method.h"
#include "trade/tradelines.h"

#include <QCborArray>

namespace erp::sales {

using erp::Decimal;
using namespace erp::core::posting;

namespace {

// A register's balances of one order, summed per order line (over shipments and products).
QHash<qint64, Decimal> perLine(erp::core::RegisterWriter &registers, const erp::meta::Model &model, const QString &reg,
                               qint64 order)
{
    QHash<qint64, Decimal> out;
    const QDateTime everything(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);
    for (const QCborMap &row : registers.balances(*model.findRegister(reg), everything,
                                                  map({{QStringLiteral("sales_order"), order}}))) {
        const qint64 line = row.value(QStringLiteral("order_line")).toInteger();
        out[line] = plus(out.value(line), decimal(row.value(QStringLiteral("quantity")), reg), reg);
    }
    return out;
}

QString quantity(const Decimal &d)
{
    return rescaled(d, 3, QStringLiteral("quantity")).toString();
}

} // namespace

QCborMap orderProgress(erp::rpc::CallContext &ctx, qint64 orderId)
{
    erp::core::CatalogStore store(ctx.db, ctx.model, ctx.user, nullptr, true);
    QCborMap request;
    request.insert(QStringLiteral("kind"), QStringLiteral("sales_orders"));
    request.insert(QStringLiteral("id"), orderId);
    const QCborMap order = store.read(request); // the gate: NotFound unless the user may see it
    erp::core::DbDataSource data(ctx.db, ctx.model);
    const QHash<qint64, Decimal> toShip = perLine(data.registers(), ctx.model, QStringLiteral("orders_to_ship"), orderId);
    const QHash<qint64, Decimal> reserved = perLine(data.registers(), ctx.model, QStringLiteral("reservations"), orderId);
    const QHash<qint64, Decimal> toInvoice =
        perLine(data.registers(), ctx.model, QStringLiteral("orders_to_invoice"), orderId);
    const bool posted = order.value(QStringLiteral("status")).toString() == QLatin1String("posted");
    const bool onOrder = order.value(QStringLiteral("invoicing")).toString() == QLatin1String("on_order");
    QCborArray lines;
    const QCborArray orderLines = order.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
    for (qsizetype i = 0; i < orderLines.size(); ++i) {
        const QCborMap line = orderLines.at(i).toMap();
        const qint64 number = i + 1;
        const QString path = QStringLiteral("lines[%1].quantity").arg(number);
        const Decimal ordered = decimal(line.value(QStringLiteral("quantity")), path);
        const Decimal size = ordered.isNegative() ? ordered.negated() : ordered;
        const QCborValue product = line.value(QStringLiteral("product"));
        const bool goods = product.isInteger() && !erp::trade::isService(data, product.toInteger());
        // Before posting nothing is open; after, what left the registers is done.
        const Decimal open = goods ? (posted ? toShip.value(number) : size) : Decimal();
        const Decimal delivered = goods ? minus(size, open, path) : Decimal();
        const Decimal invoiceable = !posted ? Decimal() : (onOrder || !goods) ? size : delivered;
        const Decimal invoiced = minus(invoiceable, toInvoice.value(number), path);
        QCborMap out;
        out.insert(QStringLiteral("line"), number);
        out.insert(QStringLiteral("product"), product);
        if (line.contains(QStringLiteral("display")))
            out.insert(QStringLiteral("display"), line.value(QStringLiteral("display")));
        out.insert(QStringLiteral("direction"), ordered.isNegative() ? QStringLiteral("back") : QStringLiteral("out"));
        out.insert(QStringLiteral("ordered"), quantity(size));
        out.insert(QStringLiteral("reserved"), quantity(reserved.value(number)));
        out.insert(QStringLiteral("shipped"), quantity(ordered.isNegative() ? Decimal() : delivered));
        out.insert(QStringLiteral("returned"), quantity(ordered.isNegative() ? delivered : Decimal()));
        out.insert(QStringLiteral("to_ship"), quantity(posted ? open : Decimal()));
        out.insert(QStringLiteral("invoiced"), quantity(invoiced));
        out.insert(QStringLiteral("to_invoice"), quantity(toInvoice.value(number)));
        lines.append(out);
    }
    QCborMap result;
    result.insert(QStringLiteral("id"), orderId);
    result.insert(QStringLiteral("order_state"), order.value(QStringLiteral("order_state")));
    result.insert(QStringLiteral("lines"), lines);
    return result;
}

} // namespace erp::sales
