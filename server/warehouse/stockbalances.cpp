#include "stockbalances.h"

#include "core/access.h"
#include "core/areas.h"
#include "core/postinghelpers.h"
#include "core/registers.h"
#include "metadata/model.h"
#include "rpc/params.h"

#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QSqlQuery>

namespace erp::warehouse {

using erp::core::ReportColumnType;
using erp::rpc::Param;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

// Another kind's id (a product's given as the warehouse) is refused, not answered with nothing.
void requireObject(erp::rpc::CallContext &ctx, const QString &param, const QString &kind, qint64 id)
{
    QSqlQuery q(ctx.db);
    erp::db::execute(q, QStringLiteral("SELECT 1 FROM %1 WHERE ID = ?").arg(ctx.model.kind(kind)->table),
                     {qlonglong(id)});
    if (!q.next())
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("%1: there is no %2 with id %3").arg(param, kind).arg(id), param);
}

erp::core::ReportOutput stockBalances(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const erp::meta::Register &stock = *ctx.model.findRegister(QStringLiteral("stock"));
    QCborMap where;
    for (const auto &[dimension, kind] : {std::pair{QStringLiteral("warehouse"), QStringLiteral("warehouses")},
                                          std::pair{QStringLiteral("product"), QStringLiteral("products")}})
        if (params.contains(dimension)) {
            requireObject(ctx, dimension, kind, params.value(dimension).toInteger());
            where.insert(dimension, params.value(dimension));
        }
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
