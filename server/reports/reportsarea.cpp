// Reports as data (the client draws the charts): sales, VAT, receivables.
#include "reportsarea.h"

#include "core/areas.h"
#include "rpc/params.h"
#include "salesreports.h"

#include <QDateTime>

namespace erp::reports {

using erp::rpc::Access;
using erp::rpc::beginningOfTime;
using erp::rpc::CallContext;
using erp::rpc::endOfTime;
using erp::rpc::momentParam;
using erp::rpc::Param;

namespace {

QList<Param> period()
{
    return {Param::moment(QStringLiteral("from")), Param::moment(QStringLiteral("to"))};
}

// A VAT return is filed per organization (each is registered for VAT on its own): never summed
// over several.
Param requiredOrganization()
{
    Param p = Param::integer(QStringLiteral("organization"), 1);
    p.required = true;
    return p;
}

} // namespace

void registerArea(erp::core::AreaRegistry &areas)
{
    areas.addMethod(
        {QStringLiteral("report.salesByPeriod"), QStringLiteral("read"),
         QStringLiteral("Sales between two moments grouped by month, partner or product: {from?, to?, groupBy}."),
         Access::Read, [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return salesByPeriod(ctx.db, ctx.user, ctx.model,
                                  momentParam(params, QStringLiteral("from"), beginningOfTime()),
                                  momentParam(params, QStringLiteral("to"), endOfTime()),
                                  params.contains(QStringLiteral("groupBy"))
                                      ? params.value(QStringLiteral("groupBy")).toString()
                                      : QStringLiteral("month"));
         },
         period() << Param::choice(QStringLiteral("groupBy"),
                                   {QStringLiteral("month"), QStringLiteral("partner"), QStringLiteral("product")})});
    areas.addMethod(
        {QStringLiteral("report.vatSummary"), QStringLiteral("read"),
         QStringLiteral("Output and input VAT of one organization by rate from posted invoices and credit notes: "
                        "{organization, from?, to?}."),
         Access::Read, [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return vatSummary(ctx.db, ctx.user, ctx.model,
                               momentParam(params, QStringLiteral("from"), beginningOfTime()),
                               momentParam(params, QStringLiteral("to"), endOfTime()),
                               params.value(QStringLiteral("organization")).toInteger());
         },
         period() << requiredOrganization()});
    areas.addMethod({QStringLiteral("report.paymentDynamics"), QStringLiteral("read"),
                     QStringLiteral("Month by month: invoiced, paid, credited and open receivables: {from?, to?}."),
                     Access::Read, [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return paymentDynamics(ctx.db, ctx.user, ctx.model,
                                                momentParam(params, QStringLiteral("from"), beginningOfTime()),
                                                momentParam(params, QStringLiteral("to"), endOfTime()));
                     },
                     period()});
    areas.addMethod({QStringLiteral("report.receivablesAging"), QStringLiteral("read"),
                     QStringLiteral("Open receivables by counterparty and days overdue: {at?}."), Access::Read,
                     [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return receivablesAging(
                             ctx.db, ctx.user, ctx.model, momentParam(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc()));
                     },
                     {Param::moment(QStringLiteral("at"))}});
}

} // namespace erp::reports
