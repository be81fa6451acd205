#include "stockbalances.h"

#include "core/access.h"
#include "core/areas.h"
#include "core/postinghelpers.h"
#include "core/registers.h"
#include "metadata/model.h"
#include "rpc/params.h"


#include <QCborArray>

namespace erp::warehouse {

using erp::core::ReportColumnType;
using erp::rpc::Param;

namespace {

erp::core::ReportOutput stockBalances(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const erp::meta::Register &stock = *ctx.model.findRegister(QStringLiteral("stock"));
    QCborMap where;
    // report.run has checked that each names a warehouse or product the caller may see.
    for (const QString &dimension : {QStringLiteral("warehouse"), QStringLiteral("product")})
        if (params.contains(dimension))
            where.insert(dimension, params.value(dimension));
    const QDateTime at = erp::rpc::momentParam(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc());
    erp::core::RegisterWriter registers(ctx.db, ctx.model);
    erp::core::ReportOutput out;
    erp::Decimal cost;
    for (const QCborMap &row : erp::core::AccessPolicy::withoutHidden(ctx.db, ctx.user, ctx.model, stock.dimensions,
                                                                      registers.balances(stock, at, where))) {
        // What is gone to zero is not stock any more.
        if (erp::core::posting::decimal(row.value(QStringLiteral("quantity")), QStringLiteral("quantity")).isZero())
            continue;
        cost = erp::core::posting::plus(cost, erp::core::posting::decimal(row.value(QStringLiteral("cost")), QStringLiteral("cost")),
                                        QStringLiteral("cost"));
        out.rows.append(row);
    }
    out.totals.insert(QStringLiteral("cost"), erp::core::posting::money(cost, QStringLiteral("cost")));
    return out;
}

} // namespace

void addStockBalancesReport(erp::core::AreaRegistry &areas)
{
    areas.addReport(
        {QStringLiteral("stock_balances"), QT_TRANSLATE_NOOP("Reports", "Stock balances"), QStringLiteral("warehouse"),
         QStringLiteral("read"), {},
         {{Param::moment(QStringLiteral("at")), QT_TRANSLATE_NOOP("Reports", "At"), {}, true},
          {Param::integer(QStringLiteral("warehouse"), 1), QT_TRANSLATE_NOOP("Reports", "Warehouse"),
           QStringLiteral("warehouses")},
          {Param::integer(QStringLiteral("product"), 1), QT_TRANSLATE_NOOP("Reports", "Product"),
           QStringLiteral("products")}},
         {{QStringLiteral("warehouse"), QT_TRANSLATE_NOOP("Reports", "Warehouse"), ReportColumnType::Ref,
           QStringLiteral("warehouses")},
          {QStringLiteral("product"), QT_TRANSLATE_NOOP("Reports", "Product"), ReportColumnType::Ref,
           QStringLiteral("products")},
          {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("Reports", "Quantity"), ReportColumnType::Decimal},
          {QStringLiteral("cost"), QT_TRANSLATE_NOOP("Reports", "Cost"), ReportColumnType::Money, {}, true}},
         std::nullopt, stockBalances});
}

} // namespace erp::warehouse
