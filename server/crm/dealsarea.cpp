#include "crmarea.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "dealschain.h"
#include "dealsprocess.h"
#include "dealstages.h"
#include "marketingreturn.h"
#include "pipeline.h"
#include "rpc/params.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>

namespace erp::crm {

using erp::rpc::Access;
using erp::rpc::CallContext;
using erp::rpc::Param;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deals)
};

void orderFromDeal(erp::core::DataSource &, const QCborMap &deal)
{
    if (deal.value(QStringLiteral("status")).toString() == QLatin1String("lost"))
        erp::rpc::fail(erp::protocol::ErrorCode::Validation, Text::tr("from: a lost deal leads to no order"),
                       QStringLiteral("from"));
}

Param ref(const QString &name)
{
    return Param::integer(name, 1);
}

} // namespace

void registerDeals(erp::core::AreaRegistry &areas)
{
    areas.addGuard(QStringLiteral("crm.dealProcess"), dealProcessGuard);
    areas.setChecklist(QStringLiteral("deals"), dealChecklist);
    areas.addTransitionEffect(QStringLiteral("deals"), dealTransitionEffect);
    areas.setRecalculation(QStringLiteral("deals"), recalculateDeal);
    areas.setRecalculation(QStringLiteral("deal_types"), checkDealType);
    areas.setRecalculation(QStringLiteral("marketing_events"), recalculateMarketingEvent);

    // A sales order from a deal: the client and how they came, the products of interest as lines.
    erp::core::BasedOnRule order;
    order.source = QStringLiteral("deals");
    order.target = QStringLiteral("sales_orders");
    order.header = {QStringLiteral("partner"),        QStringLiteral("contact"),
                    QStringLiteral("manager"),        QStringLiteral("currency"),
                    QStringLiteral("information_source"), QStringLiteral("marketing_event")};
    order.headerFrom = {{QStringLiteral("deal"), QStringLiteral("$id")}};
    order.sourceSection = QStringLiteral("products");
    order.lineFields = {QStringLiteral("product"), QStringLiteral("price")};
    order.guard = orderFromDeal;
    areas.addBasedOn(order);

    areas.addMethod({QStringLiteral("crm.dealStages"), QStringLiteral("read"),
                     QStringLiteral("Every visit of a deal to a stage: {deal} -> {rows: [{stage, title, entered_at, "
                                    "left_at, user, hours, expected_days, over}]}."),
                     Access::Read,
                     [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return dealStages(ctx, params.value(QStringLiteral("deal")).toInteger());
                     },
                     {ref(QStringLiteral("deal")).require()}});
    areas.addMethod({QStringLiteral("crm.pipeline"), QStringLiteral("read"),
                     QStringLiteral("Open deals per stage: {deal_type?, manager?, partner?} -> {currency, stages: "
                                    "[{stage, title, count, amount, weighted}], total, unconverted}."),
                     Access::Read, [](CallContext &ctx, const QCborMap &params) -> QCborValue { return pipeline(ctx, params); },
                     {ref(QStringLiteral("deal_type")), ref(QStringLiteral("manager")), ref(QStringLiteral("partner"))}});
    areas.addMethod({QStringLiteral("crm.dealChain"), QStringLiteral("read"),
                     QStringLiteral("The orders based on a deal, their shipments, invoices and payments: {deal} -> "
                                    "{orders, shipments, invoices, payments, totals: {ordered, invoiced, paid}}."),
                     Access::Read,
                     [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return dealChain(ctx, params.value(QStringLiteral("deal")).toInteger());
                     },
                     {ref(QStringLiteral("deal")).require()}});
    areas.addMethod({QStringLiteral("crm.marketingReturn"), QStringLiteral("read"),
                     QStringLiteral("Per marketing event and information source: budget, actual cost, deals, won, "
                                    "revenue in the period: {from?, to?} -> {rows, total}."),
                     Access::Read,
                     [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return marketingReturn(ctx, erp::rpc::momentParam(params, QStringLiteral("from"),
                                                                           erp::rpc::beginningOfTime()),
                                                erp::rpc::momentParam(params, QStringLiteral("to"), erp::rpc::endOfTime()));
                     },
                     {Param::moment(QStringLiteral("from")), Param::moment(QStringLiteral("to"))}});
}

} // namespace erp::crm
