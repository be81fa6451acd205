#include "claimresolution.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "core/documentstore.h"
#include "core/postinghelpers.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace erp::crm {

using namespace erp::core::posting;
using erp::Decimal;
using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Claims)
};

const QString Invoices = QStringLiteral("sales_invoices");
const QString ToCredit = QStringLiteral("invoices_to_credit");

bool credits(const QString &resolution)
{
    return resolution == QLatin1String("refund") || resolution == QLatin1String("discount");
}

[[noreturn]] void refuse(const QString &field, const QString &message)
{
    erp::rpc::fail(ErrorCode::Validation, QStringLiteral("%1: %2").arg(field, message), field);
}

struct CreditLine
{
    qint64 product = 0;
    Decimal quantity;
    Decimal amount;
    QCborValue vatRate;
    int claimLine = 0; // 1-based line of the claim's products; 0 when the claim lists none
};

// What the claim credits, line by line: the amount spread over the claim's products (else
// the invoice's), each taking at most what the invoice has left to credit of its product, in
// the order they are listed. A refund of listed products takes those goods back.
QList<CreditLine> creditLines(erp::core::TransitionContext &ctx, const QCborMap &claim, qint64 invoice,
                              bool goodsBack, const Decimal &amount)
{
    const QString number = ctx.data.field(Invoices, invoice, QStringLiteral("number")).toString();
    QList<qint64> products;
    QHash<qint64, QCborValue> rateOf;
    for (const QCborMap &line : ctx.data.sectionLines(Invoices, invoice, QStringLiteral("lines"))) {
        const QCborValue p = line.value(QStringLiteral("product"));
        if (!p.isInteger() || products.contains(p.toInteger()))
            continue;
        products.append(p.toInteger());
        rateOf.insert(p.toInteger(), line.value(QStringLiteral("vat_rate")));
    }
    QHash<qint64, erp::core::Balance> left;
    for (const qint64 p : std::as_const(products))
        left.insert(p, ctx.data.balance(ToCredit, map({{QStringLiteral("invoice"), invoice}, {QStringLiteral("product"), p}})));

    QList<CreditLine> wanted;
    const QCborArray listed = section(claim, QStringLiteral("products"));
    for (qsizetype i = 0; i < listed.size(); ++i) {
        const QCborMap line = listed.at(i).toMap();
        const qint64 p = line.value(QStringLiteral("product")).toInteger();
        const QString at = QStringLiteral("products[%1].").arg(i + 1);
        if (!products.contains(p))
            refuse(at + QStringLiteral("product"), Text::tr("is not on the invoice %1").arg(number));
        wanted.append({p, decimal(line.value(QStringLiteral("quantity")), at + QStringLiteral("quantity")), {},
                       rateOf.value(p), int(i + 1)});
    }
    if (wanted.isEmpty())
        for (const qint64 p : std::as_const(products))
            wanted.append({p, Decimal::fromUnits(1, 0), {}, rateOf.value(p), 0});

    // Goods back: never more of a product than the invoice left to credit.
    if (goodsBack) {
        QHash<qint64, Decimal> taken;
        for (const CreditLine &w : std::as_const(wanted)) {
            taken[w.product] = plus(taken[w.product], w.quantity, QStringLiteral("products"));
            const Decimal available = left.value(w.product).value(QStringLiteral("quantity"));
            if (available < taken[w.product])
                refuse(QStringLiteral("products[%1].quantity").arg(w.claimLine),
                       Text::tr("the invoice %1 leaves only %2 of %3 to credit")
                           .arg(number, available.toString(),
                                ctx.data.field(QStringLiteral("products"), w.product, QStringLiteral("name")).toString()));
        }
    }
    Decimal total;
    QSet<qint64> counted;
    for (const CreditLine &w : std::as_const(wanted))
        if (!counted.contains(w.product)) {
            counted.insert(w.product);
            total = plus(total, left.value(w.product).value(QStringLiteral("amount")), QStringLiteral("resolution_amount"));
        }
    if (total < amount)
        refuse(QStringLiteral("resolution_amount"),
               Text::tr("the invoice %1 leaves only %2 to credit (without VAT) of these products; the claim credits %3")
                   .arg(number, total.toString(), amount.toString()));
    Decimal rest = amount;
    QHash<qint64, Decimal> used;
    QList<CreditLine> out;
    for (CreditLine w : std::as_const(wanted)) {
        const Decimal room = minus(left.value(w.product).value(QStringLiteral("amount")), used.value(w.product),
                                   QStringLiteral("resolution_amount"));
        w.amount = room < rest ? room : rest;
        if (w.amount.isNegative())
            w.amount = Decimal();
        rest = minus(rest, w.amount, QStringLiteral("resolution_amount"));
        used[w.product] = plus(used.value(w.product), w.amount, QStringLiteral("resolution_amount"));
        if (w.amount.isZero() && !goodsBack)
            continue;
        out.append(w);
    }
    return out;
}

// An error of the credit note, said on the claim's field it comes from.
[[noreturn]] void asClaimError(const erp::rpc::RpcError &e, const QList<CreditLine> &lines)
{
    static const QRegularExpression lineField(QStringLiteral("^lines\\[(\\d+)\\]\\.(\\w+)$"));
    QString field = QStringLiteral("resolution_amount");
    const QRegularExpressionMatch m = lineField.match(e.field);
    if (m.hasMatch() && m.captured(2) == QLatin1String("quantity")) {
        const int i = m.captured(1).toInt() - 1;
        if (i >= 0 && i < lines.size() && lines.at(i).claimLine > 0)
            field = QStringLiteral("products[%1].quantity").arg(lines.at(i).claimLine);
    } else if (e.field == QLatin1String("warehouse")) {
        field = e.field;
    } else if (!m.hasMatch() && !e.field.isEmpty()) {
        field = QStringLiteral("sales_invoice");
    }
    QString message = e.message;
    if (!e.field.isEmpty() && message.startsWith(e.field + QStringLiteral(": ")))
        message = message.mid(e.field.size() + 2);
    throw erp::rpc::RpcError{e.code, Text::tr("%1: the credit note: %2").arg(field, message), field};
}

qint64 makeCreditNote(erp::core::TransitionContext &ctx, const QCborMap &claim)
{
    const qint64 invoice = claim.value(QStringLiteral("sales_invoice")).toInteger();
    const bool refund = claim.value(QStringLiteral("resolution")).toString() == QLatin1String("refund");
    const bool goodsBack = refund && !section(claim, QStringLiteral("products")).isEmpty();
    const Decimal amount = decimal(claim.value(QStringLiteral("resolution_amount")), QStringLiteral("resolution_amount"));
    const QCborValue warehouse = claim.value(QStringLiteral("warehouse"));
    if (goodsBack && !warehouse.isInteger())
        refuse(QStringLiteral("warehouse"), Text::tr("a refund of goods that come back needs the warehouse they come back to"));
    const QList<CreditLine> lines = creditLines(ctx, claim, invoice, goodsBack, amount);

    QCborMap values;
    for (const char *f : {"organization", "currency", "partner", "counterparty"})
        values.insert(QLatin1String(f), ctx.data.field(Invoices, invoice, QLatin1String(f)));
    values.insert(QStringLiteral("sales_invoice"), invoice);
    // Now, unless the invoice is dated later (later today): a credit note never precedes it.
    const QCborValue invoiced = ctx.data.field(Invoices, invoice, QStringLiteral("date"));
    if (QDateTime::fromString(invoiced.toString(), Qt::ISODateWithMs) > QDateTime::currentDateTimeUtc())
        values.insert(QStringLiteral("date"), invoiced);
    values.insert(QStringLiteral("goods_back"), goodsBack);
    if (goodsBack)
        values.insert(QStringLiteral("warehouse"), warehouse);
    values.insert(QStringLiteral("reason"), Text::tr("Claim %1: %2")
                                              .arg(claim.value(QStringLiteral("number")).toString(),
                                                   claim.value(QStringLiteral("subject")).toString()));
    QCborArray out;
    for (const CreditLine &l : lines) {
        QCborMap line;
        line.insert(QStringLiteral("product"), l.product);
        line.insert(QStringLiteral("vat_rate"), l.vatRate);
        if (goodsBack) {
            // The amount exactly as spread; no unit price would multiply back to it.
            line.insert(QStringLiteral("quantity"), l.quantity.toString());
            line.insert(QStringLiteral("price"), QCborValue(QCborValue::Null));
            line.insert(QStringLiteral("amount"), money(l.amount, QStringLiteral("resolution_amount")));
        } else {
            // A price correction: one unit at the amount credited, as price-only credit notes are written.
            line.insert(QStringLiteral("quantity"), QStringLiteral("1"));
            line.insert(QStringLiteral("price"), money(l.amount, QStringLiteral("resolution_amount")));
        }
        out.append(line);
    }
    QCborMap params;
    params.insert(QStringLiteral("kind"), QStringLiteral("credit_notes"));
    params.insert(QStringLiteral("values"), values);
    params.insert(QStringLiteral("sections"), map({{QStringLiteral("lines"), out}}));
    params.insert(QStringLiteral("post"), true);
    try {
        return ctx.store.create(params).value(QStringLiteral("id")).toInteger();
    } catch (const erp::rpc::RpcError &e) {
        if (e.code != ErrorCode::Validation)
            throw;
        asClaimError(e, lines);
    }
}

} // namespace

void checkClaimResolution(erp::core::GuardContext &ctx)
{
    const QString resolution = ctx.object.value(QStringLiteral("resolution")).toString();
    if (resolution == QLatin1String("rejected"))
        refuse(QStringLiteral("resolution"), Text::tr("a rejected claim is rejected, not resolved: use Reject"));
    if (!credits(resolution))
        return;
    const Decimal amount = decimal(ctx.object.value(QStringLiteral("resolution_amount")), QStringLiteral("resolution_amount"));
    if (amount.isZero() || amount.isNegative())
        refuse(QStringLiteral("resolution_amount"), Text::tr("a refund or a discount needs the amount credited"));
    const QCborValue invoice = ctx.object.value(QStringLiteral("sales_invoice"));
    if (!invoice.isInteger())
        refuse(QStringLiteral("sales_invoice"), Text::tr("a refund or a discount needs the invoice it credits"));
    if (ctx.data.field(Invoices, invoice.toInteger(), QStringLiteral("status")).toString() != QLatin1String("posted"))
        refuse(QStringLiteral("sales_invoice"), Text::tr("the invoice is not posted"));
}

void afterClaimTransition(erp::core::TransitionContext &ctx)
{
    const erp::meta::ObjectKind &kind = ctx.store.kindFor(map({{QStringLiteral("kind"), ctx.kind}}), true);
    const QCborMap claim = ctx.store.readDocument(kind, ctx.id);
    if (claim.value(QStringLiteral("deleted")).toBool())
        return; // marked for deletion: nothing to recalculate, and the store changes no marked document
    QCborMap values;
    if (ctx.transition == QLatin1String("resolve") &&
        credits(claim.value(QStringLiteral("resolution")).toString()) &&
        !claim.value(QStringLiteral("credit_note")).isInteger())
        values.insert(QStringLiteral("credit_note"), makeCreditNote(ctx, claim)); // at most one per claim
    if (ctx.transition == QLatin1String("reject") && claim.value(QStringLiteral("resolution")).isNull())
        values.insert(QStringLiteral("resolution"), QStringLiteral("rejected"));
    // Fields the server keeps (the credit note), then the recalculation: when it was responded
    // to, resolved, its service level.
    ctx.store.writeFields(kind, ctx.id, values);
}

} // namespace erp::crm
