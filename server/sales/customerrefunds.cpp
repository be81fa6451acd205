#include "customerrefunds.h"

#include "accounting/chartofaccounts.h"
#include "salespostings.h"
#include "settlementcontrol.h"
#include "trade/tradelines.h"

namespace erp::sales {

using namespace erp::core::posting;
using erp::Decimal;
using erp::core::PostingContext;
namespace account = erp::accounting::account;

void postCustomerRefund(PostingContext &ctx)
{
    erp::trade::requireSomethingToPost(ctx, QStringLiteral("amount"));
    controlRefund(ctx);
    Decimal total;
    const QCborArray all = erp::trade::lines(ctx);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QCborMap line = all.at(i).toMap();
        const QString field = QStringLiteral("lines[%1].amount").arg(i + 1);
        const Decimal amount = decimal(line.value(QStringLiteral("amount")), field);
        ctx.add(QStringLiteral("settlements"), +1,
                map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                     {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                     {QStringLiteral("invoice"), line.value(QStringLiteral("invoice"))},
                     {QStringLiteral("amount"), money(amount, field)}}));
        total = plus(total, amount, QStringLiteral("total"));
    }
    const QString method = ctx.document.value(QStringLiteral("payment_method")).toString();
    ctx.add(QStringLiteral("cash"), -1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("payment_method"), method},
                 {QStringLiteral("amount"), money(total, QStringLiteral("total"))}}));
    settleInAccountingCurrency(ctx, QStringLiteral("sales_invoices"), QStringLiteral("invoice"), total,
                               method == QLatin1String("cash") ? account::Cash : account::Bank, account::Customers,
                               false);
}

} // namespace erp::sales
