#include "tradelines.h"

#include "rpc/rpcerror.h"

#include <QCoreApplication>

#include <algorithm>

namespace erp::trade {

using namespace erp::core::posting;

ProductTotals totalsByProduct(const erp::core::PostingContext &ctx, LineSign sign)
{
    ProductTotals t;
    const QCborArray all = lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const qint64 product = line.value(QStringLiteral("product")).toInteger();
        if (product <= 0)
            continue; // a free-text line: invoiced and paid, never stocked, reserved or shipped
        const QString at = QStringLiteral("lines[%1].").arg(i + 1);
        const erp::Decimal quantity = decimal(line.value(QStringLiteral("quantity")), at + QStringLiteral("quantity"));
        const bool out = !quantity.isZero() && !quantity.isNegative();
        if ((sign == LineSign::Out && !out) || (sign == LineSign::Back && !quantity.isNegative()))
            continue;
        if (!t.quantity.contains(product))
            t.order.append(product);
        t.quantity[product] = plus(t.quantity[product], quantity, at + QStringLiteral("quantity"));
        t.amount[product] =
            plus(t.amount[product], decimal(line.value(QStringLiteral("amount")), at + QStringLiteral("amount")),
                 at + QStringLiteral("amount"));
    }
    std::sort(t.order.begin(), t.order.end());
    return t;
}

void requireSomethingToPost(const erp::core::PostingContext &ctx, const QString &field)
{
    const QCborArray all = lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i)
        if (!decimal(all.at(i).toMap().value(field), QStringLiteral("lines[%1].%2").arg(i + 1).arg(field)).isZero())
            return;
    erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                   all.isEmpty() ? QCoreApplication::translate("Posting", "lines: the document has no lines to post")
                                 : QCoreApplication::translate(
                                       "Posting", "lines: every line's %1 is zero; there is nothing to post")
                                       .arg(field),
                   QStringLiteral("lines"));
}

bool isService(erp::core::DataSource &data, qint64 product)
{
    return product <= 0 || data.field(QStringLiteral("products"), product, QStringLiteral("product_type")).toString() ==
           QLatin1String("service");
}

} // namespace erp::trade
