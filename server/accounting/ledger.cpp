#include "ledger.h"

#include "core/postinghelpers.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>

namespace erp::accounting {

using namespace erp::core::posting;
using erp::core::PostingContext;

qint64 accountId(PostingContext &ctx, const QString &code)
{
    const qint64 id = ctx.data.idByCode(QStringLiteral("accounts"), code);
    if (id == 0)
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       QCoreApplication::translate("Posting", "the chart of accounts has no account %1").arg(code));
    return id;
}

erp::Decimal toAccountingCurrency(PostingContext &ctx, const QCborValue &currency, const QDateTime &at,
                                  const erp::Decimal &amount)
{
    if (!currency.isInteger())
        return amount;
    const QCborValue own =
        ctx.data.field(QStringLiteral("organizations"), ctx.document.value(QStringLiteral("organization")).toInteger(),
                       QStringLiteral("currency"));
    if (own.isInteger() && own.toInteger() == currency.toInteger())
        return amount;
    const QList<QCborMap> rates =
        ctx.data.slice(QStringLiteral("exchange_rates"), at, map({{QStringLiteral("currency"), currency}}));
    if (rates.isEmpty()) {
        QString code =
            ctx.data.field(QStringLiteral("currencies"), currency.toInteger(), QStringLiteral("code")).toString();
        if (code.isEmpty())
            code = QString::number(currency.toInteger());
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       QCoreApplication::translate("Posting", "no exchange rate of %1 is set for %2")
                           .arg(code, at.date().toString(Qt::ISODate)),
                       QStringLiteral("currency"));
    }
    const erp::Decimal rate = decimal(rates.first().value(QStringLiteral("rate")), QStringLiteral("rate"));
    return times(amount, rate, 2, QStringLiteral("currency"));
}

void ledger(PostingContext &ctx, const QString &debit, const QString &credit, const erp::Decimal &amount,
            bool documentCurrency)
{
    const erp::Decimal accounted =
        documentCurrency ? toAccountingCurrency(ctx, ctx.document.value(QStringLiteral("currency")), ctx.date, amount)
                         : amount;
    if (accounted.isZero())
        return;
    // The ledger never holds a negative amount: a negative one is the entry the other way round.
    const bool swapped = accounted.isNegative();
    ctx.add(QStringLiteral("ledger"), +1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("debit"), accountId(ctx, swapped ? credit : debit)},
                 {QStringLiteral("credit"), accountId(ctx, swapped ? debit : credit)},
                 {QStringLiteral("amount"), money(swapped ? accounted.negated() : accounted, QStringLiteral("amount"))}}));
}

} // namespace erp::accounting
