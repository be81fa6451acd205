// Reports as data (the client draws the charts): sales, VAT, receivables.
#include "methods.h"
#include "params.h"
#include "reports/salesreports.h"
#include "rpcerror.h"

#include <QCoreApplication>
#include <QDateTime>

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

} // namespace

QList<Method> reportMethods()
{
    return {
        {QStringLiteral("report.salesByPeriod"), QStringLiteral("read"),
         QStringLiteral("Sales between two moments grouped by month, partner or product: {from?, to?, groupBy}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return erp::reports::salesByPeriod(ctx.db, momentParam(params, QStringLiteral("from"), beginningOfTime()),
                                                momentParam(params, QStringLiteral("to"), endOfTime()),
                                                params.value(QStringLiteral("groupBy")).toString(QStringLiteral("month")));
         }},
        {QStringLiteral("report.vatSummary"), QStringLiteral("read"),
         QStringLiteral("Output and input VAT by rate from posted invoices and credit notes: {from?, to?}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return erp::reports::vatSummary(ctx.db, momentParam(params, QStringLiteral("from"), beginningOfTime()),
                                             momentParam(params, QStringLiteral("to"), endOfTime()));
         }},
        {QStringLiteral("report.paymentDynamics"), QStringLiteral("read"),
         QStringLiteral("Month by month: invoiced, paid, credited and open receivables: {from?, to?}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return erp::reports::paymentDynamics(ctx.db, momentParam(params, QStringLiteral("from"), beginningOfTime()),
                                                  momentParam(params, QStringLiteral("to"), endOfTime()));
         }},
        {QStringLiteral("report.receivablesAging"), QStringLiteral("read"),
         QStringLiteral("Open receivables by counterparty and days overdue: {at?}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return erp::reports::receivablesAging(ctx.db, momentParam(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc()));
         }},
    };
}

} // namespace erp::rpc
