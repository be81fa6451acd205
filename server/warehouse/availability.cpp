#include "availability.h"

#include "core/catalogstore.h"
#include "core/dbdatasource.h"
#include "core/postinghelpers.h"
#include "metadata/model.h"
#include "rpc/method.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>

namespace erp::warehouse {

using namespace erp::core::posting;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Availability)
};

} // namespace

QCborMap availability(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    erp::core::CatalogStore catalogs(ctx.db, ctx.model, ctx.user, nullptr);
    for (const auto &[field, kind] : {std::pair{QStringLiteral("warehouse"), QStringLiteral("warehouses")},
                                      std::pair{QStringLiteral("product"), QStringLiteral("products")}})
        try {
            catalogs.requireVisible(*ctx.model.kind(kind), params.value(field).toInteger());
        } catch (const erp::rpc::RpcError &e) {
            erp::rpc::fail(e.code, field + QStringLiteral(": ") + e.message, field);
        }
    const QCborMap where = map({{QStringLiteral("warehouse"), params.value(QStringLiteral("warehouse"))},
                                {QStringLiteral("product"), params.value(QStringLiteral("product"))}});
    erp::core::DbDataSource data(ctx.db, ctx.model);
    const erp::Decimal onHand = data.balance(QStringLiteral("stock"), where).value(QStringLiteral("quantity"));
    const erp::Decimal reserved = data.balance(QStringLiteral("reservations"), where).value(QStringLiteral("quantity"));
    const erp::Decimal free = minus(onHand, reserved, QStringLiteral("quantity"));
    QCborArray items;
    for (const auto &[name, title, value] :
         {std::tuple{QStringLiteral("on_hand"), Text::tr("In stock"), onHand},
          std::tuple{QStringLiteral("reserved"), Text::tr("Reserved"), reserved},
          std::tuple{QStringLiteral("free"), Text::tr("Free"), free}})
        items.append(map({{QStringLiteral("name"), name},
                          {QStringLiteral("title"), title},
                          {QStringLiteral("value"), rescaled(value, 3, name).toString()}}));
    QCborMap out;
    out.insert(QStringLiteral("items"), items);
    return out;
}

} // namespace erp::warehouse
