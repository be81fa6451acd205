#include "creditnotes.h"

#include "accounting/chartofaccounts.h"
#include "accounting/ledger.h"
#include "rpc/rpcerror.h"
#include "salesturnover.h"
#include "trade/tradelines.h"

#include <QCoreApplication>

namespace erp::sales {

using namespace erp::core::posting;
using erp::Decimal;
using erp::accounting::ledger;
using erp::core::PostingContext;
using erp::trade::isService;
using erp::trade::ProductTotals;
using erp::trade::totalsByProduct;
namespace account = erp::accounting::account;

namespace {

const QString Register = QStringLiteral("invoices_to_credit");

[[noreturn]] void refuse(const QString &field, const QString &message)
{
    erp::rpc::fail(erp::protocol::ErrorCode::Validation, QStringLiteral("%1: %2").arg(field, message), field);
}

// The lock row of a dimension set (its totals row of 0001-01-01): credit notes of one invoice
// line wait for each other, whatever their dates.
const QDateTime LockRow(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);

QCborMap where(const QCborValue &invoice, qint64 product)
{
    return map({{QStringLiteral("invoice"), invoice}, {QStringLiteral("product"), product}});
}

QString productName(PostingContext &ctx, qint64 product)
{
    const QString name = ctx.data.field(QStringLiteral("products"), product, QStringLiteral("name")).toString();
    return name.isEmpty() ? QString::number(product) : name;
}

// The same party, currency and organization as the credited invoice, and not before it.
void checkAgainstInvoice(PostingContext &ctx, const QCborValue &invoice)
{
    const QCborValue invoiceDate =
        ctx.data.field(QStringLiteral("sales_invoices"), invoice.toInteger(), QStringLiteral("date"));
    if (invoiceDate.isNull())
        refuse(QStringLiteral("sales_invoice"), QCoreApplication::translate("Posting", "there is no such invoice"));
    if (QStringLiteral("posted") !=
        ctx.data.field(QStringLiteral("sales_invoices"), invoice.toInteger(), QStringLiteral("status")).toString())
        refuse(QStringLiteral("sales_invoice"),
               QCoreApplication::translate("Posting", "the credited invoice is not posted"));
    for (const QString &field : {QStringLiteral("organization"), QStringLiteral("counterparty")}) {
        const QCborValue own = ctx.document.value(field);
        const QCborValue theirs = ctx.data.field(QStringLiteral("sales_invoices"), invoice.toInteger(), field);
        if (theirs.isInteger() && own != theirs)
            refuse(field, QCoreApplication::translate("Posting", "must be the credited invoice's"));
    }
    const QCborValue own =
        ctx.data.field(QStringLiteral("organizations"), ctx.document.value(QStringLiteral("organization")).toInteger(),
                       QStringLiteral("currency"));
    const auto effective = [&own](const QCborValue &c) { return c.isInteger() ? c : own; };
    if (effective(ctx.document.value(QStringLiteral("currency"))) !=
        effective(ctx.data.field(QStringLiteral("sales_invoices"), invoice.toInteger(), QStringLiteral("currency"))))
        refuse(QStringLiteral("currency"),
               QCoreApplication::translate("Posting", "must be the credited invoice's currency"));
    const QDateTime issued = QDateTime::fromString(invoiceDate.toString(), Qt::ISODateWithMs).toUTC();
    if (ctx.date < issued)
        refuse(QStringLiteral("date"),
               QCoreApplication::translate("Posting", "a credit note cannot be dated before the invoice it credits"));
}

} // namespace

void openToCredit(PostingContext &ctx)
{
    const ProductTotals products = totalsByProduct(ctx);
    for (const qint64 product : products.order) {
        if (product == 0)
            continue; // a line without a product is not credited by product
        const Decimal quantity = products.quantity.value(product);
        const Decimal amount = products.amount.value(product);
        // A product the invoice only takes back (a return line) leaves nothing to credit.
        const Decimal q = quantity.isNegative() ? Decimal() : quantity;
        const Decimal a = amount.isNegative() ? Decimal() : amount;
        if (q.isZero() && a.isZero())
            continue;
        QCborMap values = where(ctx.id, product);
        values.insert(QStringLiteral("quantity"), q.toString());
        values.insert(QStringLiteral("amount"), money(a, QStringLiteral("total_net")));
        ctx.add(Register, +1, values);
    }
}

void postCreditNote(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("amount"));
    const bool goodsBack =
        ctx.kind == QLatin1String("customer_returns") || ctx.document.value(QStringLiteral("goods_back")).toBool();
    const QCborValue warehouse = ctx.document.value(QStringLiteral("warehouse"));
    if (goodsBack && !warehouse.isInteger())
        refuse(QStringLiteral("warehouse"),
               QCoreApplication::translate("Posting", "goods coming back need a warehouse"));
    const QCborValue invoice = ctx.document.value(QStringLiteral("sales_invoice"));
    if (!invoice.isInteger())
        refuse(QStringLiteral("sales_invoice"),
               QCoreApplication::translate("Posting", "a credit note credits an invoice"));
    checkAgainstInvoice(ctx, invoice);

    const QCborArray all = erp::trade::lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const QString at = QStringLiteral("lines[%1].").arg(i + 1);
        for (const QString &field : {QStringLiteral("quantity"), QStringLiteral("amount")})
            if (decimal(line.value(field), at + field).isNegative())
                refuse(at + field,
                       QCoreApplication::translate("Posting", "a credit note credits a positive quantity and amount"));
        if (!line.value(QStringLiteral("product")).isInteger())
            refuse(at + QStringLiteral("product"),
                   QCoreApplication::translate("Posting", "a credit note credits a product of the invoice"));
    }
    const ProductTotals products = totalsByProduct(ctx);
    Decimal totalCost;
    for (const qint64 product : products.order) {
        // Every credit of this invoice's product waits for the others, then reads what is left.
        ctx.data.lock(Register, where(invoice, product), LockRow);
        const Decimal quantity = products.quantity.value(product);
        QCborMap credited = where(invoice, product);
        credited.insert(QStringLiteral("quantity"), (goodsBack ? quantity : Decimal()).toString());
        credited.insert(QStringLiteral("amount"), money(products.amount.value(product), QStringLiteral("total_net")));
        ctx.add(Register, -1, credited);
        if (!goodsBack || isService(ctx.data, product))
            continue;
        const Decimal cost = takeBackFromCustomer(ctx, warehouse, product, quantity);
        ctx.add(QStringLiteral("stock"), +1,
                map({{QStringLiteral("warehouse"), warehouse},
                     {QStringLiteral("product"), product},
                     {QStringLiteral("quantity"), quantity.toString()},
                     {QStringLiteral("cost"), money(cost, QStringLiteral("cost"))}}));
        recordCost(ctx, product, cost.negated());
        totalCost = plus(totalCost, cost, QStringLiteral("cost"));
    }
    recordInvoicedRevenue(ctx, -1, goodsBack);
    ctx.add(QStringLiteral("settlements"), -1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                 {QStringLiteral("invoice"), invoice},
                 {QStringLiteral("amount"),
                  money(decimal(ctx.document.value(QStringLiteral("total")), QStringLiteral("total")),
                        QStringLiteral("total"))}}));
    ledger(ctx, account::Sales, account::Customers,
           decimal(ctx.document.value(QStringLiteral("total_net")), QStringLiteral("total_net")));
    ledger(ctx, account::Vat, account::Customers,
           decimal(ctx.document.value(QStringLiteral("total_vat")), QStringLiteral("total_vat")));
    ledger(ctx, account::Goods, account::GoodsSold, totalCost, false);

    // Never more of a product than the invoice left to credit, by quantity (goods back) and by
    // amount: named on the product's first line.
    ctx.afterWrite.append([&ctx, invoice, products, goodsBack] {
        const QCborArray lines = erp::trade::lines(ctx);
        for (const qint64 product : products.order) {
            const erp::core::Balance left = ctx.data.balance(Register, where(invoice, product));
            qsizetype first = 0;
            while (first < lines.size() &&
                   lines.at(first).toMap().value(QStringLiteral("product")).toInteger() != product)
                ++first;
            const QString at = QStringLiteral("lines[%1].").arg(first + 1);
            const QString number =
                ctx.data.field(QStringLiteral("sales_invoices"), invoice.toInteger(), QStringLiteral("number"))
                    .toString();
            for (const QString &resource : {QStringLiteral("quantity"), QStringLiteral("amount")}) {
                const Decimal after = left.value(resource);
                if (!after.isNegative())
                    continue;
                const Decimal asked = resource == QLatin1String("quantity") ? products.quantity.value(product)
                                                                            : products.amount.value(product);
                if (resource == QLatin1String("quantity") && !goodsBack)
                    continue;
                const Decimal before = plus(after, asked, at + resource);
                refuse(at + resource,
                       QCoreApplication::translate(
                           "Posting", "the invoice %1 leaves only %2 of %3 to credit (invoiced less what is already "
                                      "credited or returned); this credits %4")
                           .arg(number, before.toString(), productName(ctx, product), asked.toString()));
            }
        }
    });
}

} // namespace erp::sales
