// Reports as data (the client draws the charts): sales, VAT, receivables.
#include "methods.h"
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

QDateTime moment(const QCborMap &params, const QString &name, const QDateTime &fallback)
{
    if (!params.contains(name))
        return fallback;
    const QDateTime t = QDateTime::fromString(params.value(name).toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        fail(ErrorCode::Validation, Text::tr("%1: a date and time as YYYY-MM-DDTHH:MM:SSZ is required").arg(name), name);
    return t;
}

const QDateTime Beginning(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime End(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC);

} // namespace

QList<Method> reportMethods()
{
    return {
        {QStringLiteral("report.salesByPeriod"), QStringLiteral("read"),
         QStringLiteral("Sales between two moments grouped by month, partner or product: {from?, to?, groupBy}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return erp::reports::salesByPeriod(ctx.db, moment(params, QStringLiteral("from"), Beginning),
                                                moment(params, QStringLiteral("to"), End),
                                                params.value(QStringLiteral("groupBy")).toString(QStringLiteral("month")));
         }},
        {QStringLiteral("report.vatSummary"), QStringLiteral("read"),
         QStringLiteral("Output and input VAT by rate from posted invoices and credit notes: {from?, to?}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return erp::reports::vatSummary(ctx.db, moment(params, QStringLiteral("from"), Beginning),
                                             moment(params, QStringLiteral("to"), End));
         }},
        {QStringLiteral("report.paymentDynamics"), QStringLiteral("read"),
         QStringLiteral("Month by month: invoiced, paid, credited and open receivables: {from?, to?}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return erp::reports::paymentDynamics(ctx.db, moment(params, QStringLiteral("from"), Beginning),
                                                  moment(params, QStringLiteral("to"), End));
         }},
        {QStringLiteral("report.receivablesAging"), QStringLiteral("read"),
         QStringLiteral("Open receivables by counterparty and days overdue: {at?}."), true,
         [](CallContext &ctx, const QCborMap &params) -> QCborValue {
             return erp::reports::receivablesAging(ctx.db, moment(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc()));
         }},
    };
}

} // namespace erp::rpc
