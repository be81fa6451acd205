#include "settlementcontrol.h"

#include "core/postinghelpers.h"
#include "rpc/rpcerror.h"
#include "trade/tradelines.h"

#include <QCoreApplication>

#include <algorithm>

namespace erp::sales {

using namespace erp::core::posting;
using erp::Decimal;
using erp::core::PostingContext;

void controlRefund(PostingContext &ctx)
{
    const QCborArray all = erp::trade::lines(ctx);
    QList<qint64> invoices;
    for (const QCborValue &line : all) {
        const qint64 invoice = line.toMap().value(QStringLiteral("invoice")).toInteger();
        if (!invoices.contains(invoice))
            invoices.append(invoice);
    }
    std::sort(invoices.begin(), invoices.end());
    const auto dimensions = [&ctx](qint64 invoice) {
        return map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                    {QStringLiteral("counterparty"), ctx.document.value(QStringLiteral("counterparty"))},
                    {QStringLiteral("invoice"), invoice}});
    };
    static const QDateTime lockRow(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    for (const qint64 invoice : std::as_const(invoices))
        ctx.data.lock(QStringLiteral("settlements"), dimensions(invoice), lockRow);
    ctx.afterWrite.append([&ctx, all, dimensions] {
        QList<qint64> checked;
        for (qsizetype i = 0; i < all.size(); ++i) {
            const qint64 invoice = all.at(i).toMap().value(QStringLiteral("invoice")).toInteger();
            if (checked.contains(invoice))
                continue;
            checked.append(invoice);
            const Decimal after = ctx.data.balanceAt(QStringLiteral("settlements"), dimensions(invoice), ctx.date)
                                      .value(QStringLiteral("amount"));
            if (after.isZero() || after.isNegative())
                continue;
            Decimal asked;
            for (const QCborValue &line : all)
                if (line.toMap().value(QStringLiteral("invoice")).toInteger() == invoice)
                    asked = plus(asked, decimal(line.toMap().value(QStringLiteral("amount")), QStringLiteral("amount")),
                                 QStringLiteral("amount"));
            const Decimal owed = minus(asked, after, QStringLiteral("amount"));
            const QString field = QStringLiteral("lines[%1].amount").arg(i + 1);
            const QString number =
                ctx.data.field(QStringLiteral("sales_invoices"), invoice, QStringLiteral("number")).toString();
            const QString message = QCoreApplication::translate(
                "Posting", "%1: refunds more than the customer is owed on the invoice %2 (owed %3)");
            const Decimal shown = owed.isNegative() ? Decimal() : owed;
            erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                           message.arg(field, number, rescaled(shown, 2, field).toString()), field);
        }
    });
}

} // namespace erp::sales
