#pragma once

#include "decimal.h"
#include "posting.h"

#include <QCborArray>
#include <QCborMap>
#include <QHash>

#include <algorithm>

// Small helpers the posting functions of every area share.
namespace erp::core::posting {

inline erp::Decimal decimal(const QCborValue &v)
{
    return erp::Decimal::parse(v.toString()).value_or(erp::Decimal());
}

inline QCborMap map(std::initializer_list<std::pair<QString, QCborValue>> items)
{
    QCborMap m;
    for (const auto &[k, v] : items)
        m.insert(k, v);
    return m;
}

inline QCborArray lines(const PostingContext &ctx)
{
    return ctx.document.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray();
}

inline QString money(const erp::Decimal &d)
{
    return d.rescaled(4)->toString();
}

// Quantities and amounts of the lines summed per product, products in id order: a posting
// never depends on how the lines were split, and every posting takes the rows of its
// products in the same order, which keeps concurrent postings from deadlocking.
struct ProductTotals
{
    QList<qint64> order;
    QHash<qint64, erp::Decimal> quantity;
    QHash<qint64, erp::Decimal> amount;
};

inline ProductTotals totalsByProduct(const PostingContext &ctx)
{
    ProductTotals t;
    for (const QCborValue &v : lines(ctx)) {
        const QCborMap line = v.toMap();
        const qint64 product = line.value(QStringLiteral("product")).toInteger();
        if (!t.quantity.contains(product))
            t.order.append(product);
        t.quantity[product] = t.quantity[product].plus(decimal(line.value(QStringLiteral("quantity")))).value_or(t.quantity[product]);
        t.amount[product] = t.amount[product].plus(decimal(line.value(QStringLiteral("amount")))).value_or(t.amount[product]);
    }
    std::sort(t.order.begin(), t.order.end());
    return t;
}

// The cost of taking `quantity` out of a dimension set's stock at moving-average cost; all of
// the remaining value when everything goes, so that no cents stay behind.
erp::Decimal averageStockCost(PostingContext &ctx, const QCborMap &where, const erp::Decimal &quantity);

// Services are sold and invoiced but never stocked, reserved or shipped from a warehouse.
bool isService(PostingContext &ctx, qint64 product);

// The id of an account of the chart by its code; fails the posting when it is missing.
qint64 accountId(PostingContext &ctx, const QString &code);

// A general-ledger entry: always one debit and one credit account, so every posting balances.
// Amounts in the document's currency are converted to the organization's (accounting)
// currency at the document's date; stock costs are already in it (documentCurrency false).
void ledger(PostingContext &ctx, const QString &debit, const QString &credit, const erp::Decimal &amount,
            bool documentCurrency = true);

// An amount of a currency in the organization's currency at a moment (the exchange_rates
// register); the same amount when the currency is empty or the organization's own. Fails the
// posting naming the currency and the date when no rate is set.
erp::Decimal toAccountingCurrency(PostingContext &ctx, const QCborValue &currency, const QDateTime &at,
                                  const erp::Decimal &amount);

} // namespace erp::core::posting
