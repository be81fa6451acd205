#include "postinghelpers.h"

#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"
#include "purchasing/purchasepostings.h"
#include "sales/salespostings.h"
#include "warehouse/stockpostings.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace erp::core {

PostingFunction postingFunction(const QString &kind)
{
    static const QHash<QString, PostingFunction> functions{
        {QStringLiteral("goods_receipts"), erp::warehouse::postGoodsReceipt},
        {QStringLiteral("shipments"), erp::warehouse::postShipment},
        {QStringLiteral("stock_transfers"), erp::warehouse::postStockTransfer},
        {QStringLiteral("inventory_counts"), erp::warehouse::postInventoryCount},
        {QStringLiteral("sales_orders"), erp::sales::postSalesOrder},
        {QStringLiteral("sales_invoices"), erp::sales::postSalesInvoice},
        {QStringLiteral("incoming_payments"), erp::sales::postIncomingPayment},
        {QStringLiteral("customer_returns"), erp::sales::postCustomerReturn},
        {QStringLiteral("price_settings"), erp::sales::postPriceSetting},
        {QStringLiteral("rate_settings"), erp::sales::postExchangeRateSetting},
        {QStringLiteral("purchase_orders"), erp::purchasing::postPurchaseOrder},
        {QStringLiteral("supplier_invoices"), erp::purchasing::postSupplierInvoice},
        {QStringLiteral("outgoing_payments"), erp::purchasing::postOutgoingPayment},
        {QStringLiteral("supplier_returns"), erp::purchasing::postSupplierReturn},
    };
    return functions.value(kind, nullptr);
}

namespace posting {

erp::Decimal averageStockCost(PostingContext &ctx, const QCborMap &where, const erp::Decimal &quantity)
{
    const Balance balance = ctx.registers.balance(*ctx.model.findRegister(QStringLiteral("stock")), where);
    const erp::Decimal onHand = balance.value(QStringLiteral("quantity"));
    const erp::Decimal value = balance.value(QStringLiteral("cost"));
    if (quantity >= onHand)
        return value;
    if (onHand.isZero() || onHand.isNegative())
        return erp::Decimal();
    return value.dividedBy(onHand, 10)->times(quantity, 4).value_or(erp::Decimal());
}

bool isService(PostingContext &ctx, qint64 product)
{
    const auto cached = ctx.serviceCache.constFind(product);
    if (cached != ctx.serviceCache.constEnd())
        return *cached;
    QSqlQuery q(ctx.registers.database());
    erp::db::execute(q, QStringLiteral("SELECT PRODUCT_TYPE FROM CAT_PRODUCTS WHERE ID = ?"), {qlonglong(product)});
    const bool service = q.next() && q.value(0).toString() == QLatin1String("service");
    ctx.serviceCache.insert(product, service);
    return service;
}

qint64 accountId(PostingContext &ctx, const QString &code)
{
    const auto cached = ctx.accountCache.constFind(code);
    if (cached != ctx.accountCache.constEnd())
        return *cached;
    QSqlQuery q(ctx.registers.database());
    erp::db::execute(q, QStringLiteral("SELECT ID FROM CAT_ACCOUNTS WHERE CODE = ?"), {code});
    if (!q.next())
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       QCoreApplication::translate("Posting", "the chart of accounts has no account %1").arg(code));
    const qint64 id = q.value(0).toLongLong();
    ctx.accountCache.insert(code, id);
    return id;
}

erp::Decimal toAccountingCurrency(PostingContext &ctx, const QCborValue &currency, const QDateTime &at, const erp::Decimal &amount)
{
    if (!currency.isInteger())
        return amount;
    QSqlQuery q(ctx.registers.database());
    if (ctx.organizationCurrency < 0) {
        erp::db::execute(q, QStringLiteral("SELECT CURRENCY FROM CAT_ORGANIZATIONS WHERE ID = ?"),
                         {qlonglong(ctx.document.value(QStringLiteral("organization")).toInteger())});
        ctx.organizationCurrency = q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : 0;
    }
    if (ctx.organizationCurrency == currency.toInteger())
        return amount;
    QCborMap where;
    where.insert(QStringLiteral("currency"), currency);
    const QList<QCborMap> rates = ctx.registers.slice(*ctx.model.findRegister(QStringLiteral("exchange_rates")), at, where);
    if (rates.isEmpty()) {
        erp::db::execute(q, QStringLiteral("SELECT CODE FROM CAT_CURRENCIES WHERE ID = ?"), {qlonglong(currency.toInteger())});
        const QString code = q.next() ? q.value(0).toString() : QString::number(currency.toInteger());
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       QCoreApplication::translate("Posting", "no exchange rate of %1 is set for %2").arg(code, at.date().toString(Qt::ISODate)),
                       QStringLiteral("currency"));
    }
    const auto rate = erp::Decimal::parse(rates.first().value(QStringLiteral("rate")).toString());
    return amount.times(rate.value_or(erp::Decimal()), 2).value_or(erp::Decimal());
}

void ledger(PostingContext &ctx, const QString &debit, const QString &credit, const erp::Decimal &amount, bool documentCurrency)
{
    const erp::Decimal accounted =
        documentCurrency ? toAccountingCurrency(ctx, ctx.document.value(QStringLiteral("currency")), ctx.date, amount) : amount;
    if (accounted.isZero())
        return;
    ctx.add(QStringLiteral("ledger"), +1,
            map({{QStringLiteral("organization"), ctx.document.value(QStringLiteral("organization"))},
                 {QStringLiteral("debit"), accountId(ctx, debit)},
                 {QStringLiteral("credit"), accountId(ctx, credit)},
                 {QStringLiteral("amount"), money(accounted)}}));
}

} // namespace posting

} // namespace erp::core
