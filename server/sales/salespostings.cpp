#include "salespostings.h"

#include "accounting/chartofaccounts.h"
#include "accounting/ledger.h"
#include "creditnotes.h"
#include "orderprogress.h"
#include "rpc/rpcerror.h"
#include "salesturnover.h"
#include "trade/tradelines.h"

#include <QCoreApplication>

namespace erp::sales {

using namespace erp::core::posting;
using erp::Decimal;
using erp::accounting::ledger;
using erp::accounting::toAccountingCurrency;
using erp::core::PostingContext;
using erp::trade::isService;
using erp::trade::ProductTotals;
using erp::trade::totalsByProduct;
namespace account = erp::accounting::account;

namespace {

Decimal headerAmount(const PostingContext &ctx, const QString &field)
{
    return decimal(ctx.document.value(field), field);
}

} // namespace

void checkFreeStock(PostingContext &ctx, const QCborValue &warehouse, const QList<qint64> &products)
{
    QList<std::pair<QCborMap, Decimal>> missing;
    for (const qint64 product : products) {
        const QCborMap where = map({{QStringLiteral("warehouse"), warehouse}, {QStringLiteral("product"), product}});
        const Decimal reserved =
            ctx.data.balance(QStringLiteral("reservations"), where).value(QStringLiteral("quantity"));
        // Free now, and at the document's moment: goods that arrive later are not free today.
        Decimal lowest;
        for (const erp::core::Balance &stock : {ctx.data.balance(QStringLiteral("stock"), where),
                                                ctx.data.balanceAt(QStringLiteral("stock"), where, ctx.date)}) {
            const Decimal free = minus(stock.value(QStringLiteral("quantity")), reserved, QStringLiteral("quantity"));
            if (free < lowest)
                lowest = free;
        }
        if (lowest.isNegative())
            missing.append({where, lowest.negated()});
    }
    if (!missing.isEmpty())
        ctx.data.shortfalls(QStringLiteral("reservations"), QStringLiteral("quantity"), missing);
}

void postSalesOrder(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("quantity"));
    postOrderProgress(ctx);
}

void postSalesInvoice(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("quantity"));
    postInvoiceProgress(ctx);
    ctx.add(
        QStringLiteral("settlements"), +1,
        map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
             {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
             {QStringLiteral("invoice"), ctx.id},
             {QStringLiteral("amount"), money(headerAmount(ctx, QStringLiteral("total")), QStringLiteral("total"))}}));
    ledger(ctx, account::Customers, account::Sales, headerAmount(ctx, QStringLiteral("total_net")));
    ledger(ctx, account::Customers, account::Vat, headerAmount(ctx, QStringLiteral("total_vat")));
    recordInvoicedRevenue(ctx, +1, true);
    openToCredit(ctx);
}

// The ledger side of a payment in any currency: the bank at the payment's rate, the receivable
// (or payable) at the rates of the invoices it settles, the difference an exchange gain or
// loss. A payment must be in its invoices' currency.
void settleInAccountingCurrency(PostingContext &ctx, const QString &invoiceKind, const QString &invoiceField,
                                const Decimal &total, const QString &moneyAccount, const QString &partyAccount,
                                bool incoming)
{
    const QCborValue currency = ctx.document.value(QStringLiteral("currency"));
    const Decimal paid = toAccountingCurrency(ctx, currency, ctx.date, total);
    // An empty currency is the organization's own: naming it or not is the same currency.
    const QCborValue own =
        ctx.data.field(QStringLiteral("organizations"), ctx.document.value(QStringLiteral("organization")).toInteger(),
                       QStringLiteral("currency"));
    const auto effective = [&own](const QCborValue &c) { return c.isInteger() ? c : own; };
    Decimal invoiced;
    const QCborArray all = erp::trade::lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const QString path = QStringLiteral("lines[%1].%2").arg(i + 1).arg(invoiceField);
        const qint64 invoice = line.value(invoiceField).toInteger();
        const QCborValue invoiceDate = ctx.data.field(invoiceKind, invoice, QStringLiteral("date"));
        if (invoiceDate.isNull())
            continue;
        const QCborValue invoiceCurrency = ctx.data.field(invoiceKind, invoice, QStringLiteral("currency"));
        if (effective(invoiceCurrency) != effective(currency))
            erp::rpc::fail(
                erp::protocol::ErrorCode::Validation,
                QCoreApplication::translate("Posting", "%1: the invoice is in another currency than the payment")
                    .arg(path),
                path);
        const QDateTime at = QDateTime::fromString(invoiceDate.toString(), Qt::ISODateWithMs).toUTC();
        const QString amountPath = QStringLiteral("lines[%1].amount").arg(i + 1);
        invoiced =
            plus(invoiced,
                 toAccountingCurrency(ctx, currency, at, decimal(line.value(QStringLiteral("amount")), amountPath)),
                 amountPath);
    }
    if (incoming)
        ledger(ctx, moneyAccount, partyAccount, paid, false);
    else
        ledger(ctx, partyAccount, moneyAccount, paid, false);
    // What the receivable (payable) was worth at its invoices' rates against what the money was
    // worth at the payment's: the difference clears the party account as an exchange gain or loss.
    const Decimal worthMore = minus(invoiced, paid, QStringLiteral("total")); // > 0: the invoices were worth more
    if (worthMore.isZero())
        return;
    const Decimal size = worthMore.isNegative() ? worthMore.negated() : worthMore;
    const bool loss = incoming ? !worthMore.isNegative() : worthMore.isNegative();
    ledger(ctx, loss ? account::ExchangeLosses : partyAccount, loss ? partyAccount : account::ExchangeGains, size,
           false);
}

void postPayment(PostingContext &ctx, const PaymentSides &sides)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("amount"));
    Decimal total;
    const QCborArray all = erp::trade::lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const QString field = QStringLiteral("lines[%1].amount").arg(i + 1);
        const Decimal amount = decimal(line.value(QStringLiteral("amount")), field);
        ctx.add(sides.openRegister, sides.settles,
                map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                     {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                     {sides.invoiceField, line.value(sides.invoiceField)},
                     {QStringLiteral("amount"), money(amount, field)}}));
        total = plus(total, amount, QStringLiteral("total"));
    }
    const QString method = ctx.document.value(QStringLiteral("payment_method")).toString();
    ctx.add(QStringLiteral("cash"), sides.incoming ? +1 : -1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("payment_method"), method},
                 {QStringLiteral("amount"), money(total, QStringLiteral("total"))}}));
    settleInAccountingCurrency(ctx, sides.invoiceKind, sides.invoiceField, total,
                               method == QLatin1String("cash") ? account::Cash : account::Bank, sides.partyAccount,
                               sides.incoming);
}

void postIncomingPayment(PostingContext &ctx)
{
    postPayment(ctx, {QStringLiteral("settlements"), -1, QStringLiteral("sales_invoices"), QStringLiteral("invoice"),
                      account::Customers, true});
}

void postExchangeRateSetting(PostingContext &ctx)
{
    for (const QCborValue &v : erp::trade::lines(ctx)) {
        const QCborMap line = v.toMap();
        ctx.add(QStringLiteral("exchange_rates"), +1,
                map({{QStringLiteral("currency"), line.value(QStringLiteral("currency"))},
                     {QStringLiteral("rate"), line.value(QStringLiteral("rate"))}}));
    }
}

void postPriceSetting(PostingContext &ctx)
{
    for (const QCborValue &v : erp::trade::lines(ctx)) {
        const QCborMap line = v.toMap();
        ctx.add(QStringLiteral("prices"), +1,
                map({{QStringLiteral("price_type"), ctx.document.value(QStringLiteral("price_type"))},
                     {QStringLiteral("product"), line.value(QStringLiteral("product"))},
                     {QStringLiteral("price"), line.value(QStringLiteral("price"))}}));
    }
}

} // namespace erp::sales
