#include "dealschain.h"

#include "core/access.h"
#include "core/postinghelpers.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "dealslookup.h"
#include "metadata/model.h"
#include "rpc/method.h"

#include <QCborArray>
#include "db/query.h"

namespace erp::crm {

using erp::Decimal;
using namespace erp::core::posting;

namespace {

struct Found
{
    QCborArray rows;
    QList<qint64> ids;
    Decimal posted; // the amounts of posted documents not marked for deletion
};

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(u", ");
}

// Documents of `kind` matching `condition` (on alias t); `amount` an SQL expression of the amount.
Found documents(erp::rpc::CallContext &ctx, const QString &kind, const QString &condition, const QVariantList &binds,
                const QString &amount = QStringLiteral("t.TOTAL"))
{
    Found out;
    const erp::meta::ObjectKind &k = *ctx.model.kind(kind);
    if (!erp::core::AccessPolicy::canRead(ctx.user, k))
        return out;
    const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(ctx.user, k);
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT t.ID, t.NUMBER, t.DOC_DATE, t.STATUS, t.DELETED, "
                                    "CAST(COALESCE(%1, 0) AS VARCHAR(40)) FROM %2 t WHERE %3%4 ORDER BY t.DOC_DATE, t.ID")
                         .arg(amount, erp::db::quoteIdentifier(k.table), condition,
                              visible.isEmpty() ? QString() : QStringLiteral(" AND (%1)").arg(visible.sql)),
                     binds + visible.binds);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const Decimal value = decimal(q.value(5).toString(), QStringLiteral("amount"));
        QCborMap row;
        row.insert(QStringLiteral("kind"), kind);
        row.insert(QStringLiteral("id"), id);
        row.insert(QStringLiteral("number"), q.value(1).toString());
        row.insert(QStringLiteral("date"), erp::db::timestampToCbor(q.value(2)));
        row.insert(QStringLiteral("status"), q.value(3).toString());
        row.insert(QStringLiteral("deleted"), q.value(4).toBool());
        row.insert(QStringLiteral("amount"), money(value, QStringLiteral("amount")));
        out.rows.append(row);
        out.ids.append(id);
        if (q.value(3).toString() == QLatin1String("posted") && !q.value(4).toBool())
            out.posted = plus(out.posted, value, QStringLiteral("amount"));
    }
    return out;
}

} // namespace

QCborMap dealChain(erp::rpc::CallContext &ctx, qint64 deal)
{
    dealOf(ctx, deal);
    const Found orders = documents(ctx, QStringLiteral("sales_orders"), QStringLiteral("t.DEAL = ?"), {qlonglong(deal)});
    Found shipments, invoices, payments;
    if (!orders.ids.isEmpty()) {
        const QString inOrders = QStringLiteral("t.SALES_ORDER IN (%1)").arg(idList(orders.ids));
        // A shipment is worth its lines at the order's prices with the order line's VAT (rounded
        // per line, as an invoice taxes them), so it compares with what was ordered and invoiced.
        const QString shipmentLines = ctx.model.kind(QStringLiteral("shipments"))->section(QStringLiteral("lines"))->table;
        const QString orderLines = ctx.model.kind(QStringLiteral("sales_orders"))->section(QStringLiteral("lines"))->table;
        const QString shipped =
            QStringLiteral("(SELECT SUM(sl.AMOUNT + ROUND(sl.AMOUNT * COALESCE(ol.VAT_PERCENT, 0) / 100, 2)) FROM %1 sl "
                           "LEFT JOIN %2 ol ON ol.OWNER_ID = t.SALES_ORDER AND ol.LINE_NO = sl.ORDER_LINE "
                           "WHERE sl.OWNER_ID = t.ID)")
                .arg(erp::db::quoteIdentifier(shipmentLines), erp::db::quoteIdentifier(orderLines));
        shipments = documents(ctx, QStringLiteral("shipments"), inOrders, {}, shipped);
        invoices = documents(ctx, QStringLiteral("sales_invoices"), inOrders, {});
    }
    if (!invoices.ids.isEmpty()) {
        const QString lines = ctx.model.kind(QStringLiteral("incoming_payments"))->section(QStringLiteral("lines"))->table;
        const QString allocated =
            QStringLiteral("(SELECT SUM(l.AMOUNT) FROM %1 l WHERE l.OWNER_ID = t.ID AND l.INVOICE IN (%2))")
                .arg(erp::db::quoteIdentifier(lines), idList(invoices.ids));
        payments = documents(ctx, QStringLiteral("incoming_payments"),
                             QStringLiteral("EXISTS (SELECT 1 FROM %1 l WHERE l.OWNER_ID = t.ID AND l.INVOICE IN (%2))")
                                 .arg(erp::db::quoteIdentifier(lines), idList(invoices.ids)),
                             {}, allocated);
    }
    QCborMap totals;
    totals.insert(QStringLiteral("ordered"), money(orders.posted, QStringLiteral("ordered")));
    totals.insert(QStringLiteral("shipped"), money(shipments.posted, QStringLiteral("shipped")));
    totals.insert(QStringLiteral("invoiced"), money(invoices.posted, QStringLiteral("invoiced")));
    totals.insert(QStringLiteral("paid"), money(payments.posted, QStringLiteral("paid")));
    QCborMap out;
    out.insert(QStringLiteral("deal"), deal);
    out.insert(QStringLiteral("orders"), orders.rows);
    out.insert(QStringLiteral("shipments"), shipments.rows);
    out.insert(QStringLiteral("invoices"), invoices.rows);
    out.insert(QStringLiteral("payments"), payments.rows);
    out.insert(QStringLiteral("totals"), totals);
    return out;
}

} // namespace erp::crm
