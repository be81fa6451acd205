// Reports as data (the client draws the charts): sales, VAT, receivables. Each is a report of
// report.run and, under its first name, a method of its own.
#include "reportsarea.h"

#include "analytics.h"
#include "classificationjob.h"
#include "core/areas.h"
#include "core/jobs.h"
#include "core/registeraggregates.h"
#include "rpc/params.h"
#include "salesreports.h"

#include "i18n/language.h"

#include <QCborArray>
#include <QDateTime>
#include <QLocale>

namespace erp::reports {

using erp::core::ReportColumn;
using erp::core::ReportColumnType;
using erp::core::ReportParameter;
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

QList<ReportParameter> periodParameters()
{
    return {{Param::moment(QStringLiteral("from")), QT_TRANSLATE_NOOP("Reports", "From")},
            {Param::moment(QStringLiteral("to")), QT_TRANSLATE_NOOP("Reports", "To"), {}, true}};
}

// A VAT return is filed per organization (each is registered for VAT on its own): never summed
// over several.
Param requiredOrganization()
{
    Param p = Param::integer(QStringLiteral("organization"), 1);
    p.required = true;
    return p;
}

QDateTime from(const QCborMap &params)
{
    return momentParam(params, QStringLiteral("from"), beginningOfTime());
}

QDateTime to(const QCborMap &params)
{
    return momentParam(params, QStringLiteral("to"), endOfTime());
}

QCborMap salesAnswer(CallContext &ctx, const QCborMap &params)
{
    return salesByPeriod(ctx.db, ctx.user, ctx.model, from(params), to(params),
                         params.contains(QStringLiteral("groupBy")) ? params.value(QStringLiteral("groupBy")).toString()
                                                                     : QStringLiteral("month"));
}

QCborMap vatAnswer(CallContext &ctx, const QCborMap &params)
{
    return vatSummary(ctx.db, ctx.user, ctx.model, from(params), to(params),
                      params.value(QStringLiteral("organization")).toInteger());
}

QCborMap paymentsAnswer(CallContext &ctx, const QCborMap &params)
{
    return paymentDynamics(ctx.db, ctx.user, ctx.model, from(params), to(params));
}

QCborMap agingAnswer(CallContext &ctx, const QCborMap &params)
{
    return receivablesAging(ctx.db, ctx.user, ctx.model,
                            momentParam(params, QStringLiteral("at"), QDateTime::currentDateTimeUtc()));
}

Param groupBy()
{
    return Param::choice(QStringLiteral("groupBy"),
                         {QStringLiteral("month"), QStringLiteral("partner"), QStringLiteral("product")});
}

// Sales by month name their months in the caller's language ("November 2026"), by partner or
// product their names.
QCborMap salesReportAnswer(CallContext &ctx, const QCborMap &params)
{
    QCborMap answer = salesAnswer(ctx, params);
    if (params.value(QStringLiteral("groupBy")).toString(QStringLiteral("month")) != QLatin1String("month"))
        return answer;
    const QLocale locale(erp::i18n::currentLanguage());
    QCborArray rows;
    for (const QCborValue &r : answer.value(QStringLiteral("rows")).toArray()) {
        QCborMap row = r.toMap();
        const qint64 month = row.value(QStringLiteral("key")).toInteger();
        row.insert(QStringLiteral("label"),
                   QStringLiteral("%1 %2").arg(locale.standaloneMonthName(int(month % 100))).arg(month / 100));
        rows.append(row);
    }
    answer.insert(QStringLiteral("rows"), rows);
    return answer;
}

// A report of report.run computed by one of the functions above.
std::function<erp::core::ReportOutput(CallContext &, const QCborMap &)> outputOf(QCborMap (*answer)(CallContext &,
                                                                                                    const QCborMap &))
{
    return [answer](CallContext &ctx, const QCborMap &params) { return erp::core::reportOutputOf(answer(ctx, params)); };
}

ReportColumn money(const QString &name, const char *title)
{
    return {name, title, ReportColumnType::Money, {}, true};
}

void addReports(erp::core::AreaRegistry &areas)
{
    areas.addReport({QStringLiteral("sales_by_period"), QT_TRANSLATE_NOOP("Reports", "Sales by period"),
                     QStringLiteral("reports"), QStringLiteral("read"), {},
                     periodParameters() << ReportParameter{groupBy(), QT_TRANSLATE_NOOP("Reports", "Group by"), {}, false,
                                                           {QT_TRANSLATE_NOOP("Reports", "Month"),
                                                            QT_TRANSLATE_NOOP("Reports", "Partner"),
                                                            QT_TRANSLATE_NOOP("Reports", "Product")}},
                     {{QStringLiteral("label"), QT_TRANSLATE_NOOP("Reports", "Group")},
                      {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("Reports", "Quantity"), ReportColumnType::Decimal},
                      money(QStringLiteral("revenue"), QT_TRANSLATE_NOOP("Reports", "Revenue")),
                      money(QStringLiteral("cost"), QT_TRANSLATE_NOOP("Reports", "Cost")),
                      money(QStringLiteral("margin"), QT_TRANSLATE_NOOP("Reports", "Margin"))},
                     erp::core::ReportChart{QStringLiteral("bar"), QStringLiteral("label"),
                                            {QStringLiteral("revenue"), QStringLiteral("margin")}},
                     outputOf(salesReportAnswer)});
    areas.addReport({QStringLiteral("vat_summary"), QT_TRANSLATE_NOOP("Reports", "VAT summary"),
                     QStringLiteral("reports"), QStringLiteral("read"), {},
                     periodParameters() << ReportParameter{requiredOrganization(),
                                                           QT_TRANSLATE_NOOP("Reports", "Organization"),
                                                           QStringLiteral("organizations")},
                     {{QStringLiteral("side"), QT_TRANSLATE_NOOP("Reports", "Side")},
                      {QStringLiteral("name"), QT_TRANSLATE_NOOP("Reports", "VAT rate")},
                      {QStringLiteral("percentage"), QT_TRANSLATE_NOOP("Reports", "Rate %"), ReportColumnType::Percent},
                      {QStringLiteral("base"), QT_TRANSLATE_NOOP("Reports", "Tax base"), ReportColumnType::Money},
                      {QStringLiteral("vat"), QT_TRANSLATE_NOOP("Reports", "VAT"), ReportColumnType::Money}},
                     std::nullopt, outputOf(vatAnswer)});
    areas.addReport({QStringLiteral("receivables_aging"), QT_TRANSLATE_NOOP("Reports", "Receivables aging"),
                     QStringLiteral("reports"), QStringLiteral("read"), {},
                     {{Param::moment(QStringLiteral("at")), QT_TRANSLATE_NOOP("Reports", "At"), {}, true}},
                     {{QStringLiteral("name"), QT_TRANSLATE_NOOP("Reports", "Counterparty")},
                      money(QStringLiteral("not_due"), QT_TRANSLATE_NOOP("Reports", "Not due")),
                      money(QStringLiteral("d1_30"), QT_TRANSLATE_NOOP("Reports", "1-30 days")),
                      money(QStringLiteral("d31_60"), QT_TRANSLATE_NOOP("Reports", "31-60 days")),
                      money(QStringLiteral("d61_90"), QT_TRANSLATE_NOOP("Reports", "61-90 days")),
                      money(QStringLiteral("over_90"), QT_TRANSLATE_NOOP("Reports", "Over 90 days")),
                      money(QStringLiteral("credit"), QT_TRANSLATE_NOOP("Reports", "Credit")),
                      money(QStringLiteral("total"), QT_TRANSLATE_NOOP("Reports", "Total"))},
                     erp::core::ReportChart{QStringLiteral("stackedBar"), QStringLiteral("name"),
                                            {QStringLiteral("not_due"), QStringLiteral("d1_30"), QStringLiteral("d31_60"),
                                             QStringLiteral("d61_90"), QStringLiteral("over_90")}},
                     outputOf(agingAnswer)});
    areas.addReport({QStringLiteral("payment_dynamics"), QT_TRANSLATE_NOOP("Reports", "Payment dynamics"),
                     QStringLiteral("reports"), QStringLiteral("read"), {}, periodParameters(),
                     {{QStringLiteral("month"), QT_TRANSLATE_NOOP("Reports", "Month"), ReportColumnType::Month},
                      money(QStringLiteral("invoiced"), QT_TRANSLATE_NOOP("Reports", "Invoiced")),
                      money(QStringLiteral("paid"), QT_TRANSLATE_NOOP("Reports", "Paid")),
                      money(QStringLiteral("credited"), QT_TRANSLATE_NOOP("Reports", "Credited")),
                      money(QStringLiteral("refunded"), QT_TRANSLATE_NOOP("Reports", "Refunded")),
                      {QStringLiteral("open"), QT_TRANSLATE_NOOP("Reports", "Open"), ReportColumnType::Money}},
                     erp::core::ReportChart{QStringLiteral("line"), QStringLiteral("month"),
                                            {QStringLiteral("invoiced"), QStringLiteral("paid"), QStringLiteral("open")}},
                     outputOf(paymentsAnswer)});
}

} // namespace

void registerArea(erp::core::AreaRegistry &areas)
{
    areas.addMethod(
        {QStringLiteral("report.salesByPeriod"), QStringLiteral("read"),
         QStringLiteral("Sales between two moments grouped by month, partner or product: {from?, to?, groupBy}."),
         Access::Read, salesAnswer, period() << groupBy()});
    areas.addMethod(
        {QStringLiteral("report.vatSummary"), QStringLiteral("read"),
         QStringLiteral("Output and input VAT of one organization by rate from posted invoices and credit notes: "
                        "{organization, from?, to?}."),
         Access::Read, vatAnswer, period() << requiredOrganization()});
    areas.addMethod({QStringLiteral("report.paymentDynamics"), QStringLiteral("read"),
                     QStringLiteral("Month by month: invoiced, paid, credited and open receivables: {from?, to?}."),
                     Access::Read, paymentsAnswer, period()});
    areas.addMethod({QStringLiteral("report.receivablesAging"), QStringLiteral("read"),
                     QStringLiteral("Open receivables by counterparty and days overdue: {at?}."), Access::Read,
                     agingAnswer, {Param::moment(QStringLiteral("at"))}});
    addReports(areas);
    addAbcXyzReport(areas);
    addRfmReport(areas);
    addSalesDynamicsReport(areas);
    addBcgReport(areas);
    addClassification(areas);
    // Postings add delta rows to the register aggregates; folded every few minutes so a report
    // reads about one row per subject and month.
    areas.addJob({QStringLiteral("reports.aggregateCompaction"), std::chrono::minutes(5),
                  [](erp::core::JobContext &ctx) { erp::core::compactAggregates(ctx.db, ctx.model); },
                  {},
                  {}});
}

} // namespace erp::reports
