#include "printslips.h"

#include "core/datasource.h"
#include "core/postinghelpers.h"
#include "core/printforms.h"
#include "printdata.h"

namespace erp::sales {

using erp::core::PrintContext;
using namespace erp::core::posting;
using namespace erp::sales::print;

QCborMap deliveryNoteData(PrintContext &ctx)
{
    const QCborMap &doc = ctx.document;
    QCborMap out = commonData(ctx);
    if (const QCborValue warehouse = doc.value(QStringLiteral("warehouse")); warehouse.isInteger())
        out.insert(QStringLiteral("warehouse"),
                   ctx.data.field(QStringLiteral("warehouses"), warehouse.toInteger(), QStringLiteral("name")).toString());
    if (const QCborValue order = doc.value(QStringLiteral("sales_order")); order.isInteger()) {
        out.insert(QStringLiteral("order_number"),
                   ctx.data.field(QStringLiteral("sales_orders"), order.toInteger(), QStringLiteral("number")).toString());
        out.insert(QStringLiteral("order_date"),
                   localDate(ctx.data.field(QStringLiteral("sales_orders"), order.toInteger(), QStringLiteral("date"))));
    }
    QCborArray lines;
    for (const QCborValue &v : section(doc, QStringLiteral("lines"))) {
        const QCborMap l = v.toMap();
        const ProductText product = productText(ctx.data, l);
        lines.append(map({{QStringLiteral("text"), product.name},
                          {QStringLiteral("code"), product.code},
                          {QStringLiteral("quantity"), l.value(QStringLiteral("quantity"))},
                          {QStringLiteral("unit"), product.unit}}));
    }
    out.insert(QStringLiteral("lines"), lines);
    return out;
}

QCborMap paymentReceiptData(PrintContext &ctx)
{
    const QCborMap &doc = ctx.document;
    QCborMap out = commonData(ctx);
    out.insert(QStringLiteral("payment_method"), doc.value(QStringLiteral("payment_method")).toString());
    out.insert(QStringLiteral("paid_by"), out.value(QStringLiteral("customer")).toMap().value(QStringLiteral("name")));
    out.insert(QStringLiteral("received_by"), ctx.printedBy);
    out.insert(QStringLiteral("issued_by"), ctx.printedBy);
    QCborArray lines;
    const QCborArray settled = section(doc, QStringLiteral("lines"));
    for (qsizetype i = 0; i < settled.size(); ++i) {
        const QCborMap l = settled.at(i).toMap();
        const QString at = QStringLiteral("lines[%1].amount").arg(i + 1);
        QString number;
        if (const QCborValue invoice = l.value(QStringLiteral("invoice")); invoice.isInteger())
            number = ctx.data.field(QStringLiteral("sales_invoices"), invoice.toInteger(), QStringLiteral("number")).toString();
        lines.append(map({{QStringLiteral("text"), number},
                          {QStringLiteral("total"), twoDecimals(decimal(l.value(QStringLiteral("amount")), at), at)}}));
    }
    out.insert(QStringLiteral("lines"), lines);
    const QString total = twoDecimals(decimal(doc.value(QStringLiteral("total")), QStringLiteral("total")), QStringLiteral("total"));
    out.insert(QStringLiteral("totals"), map({{QStringLiteral("total"), total}}));
    return out;
}

} // namespace erp::sales
