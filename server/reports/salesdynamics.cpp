// sales_dynamics: revenue, cost, margin and sales month by month against the same month a year
// before, for everything or one partner, product or manager.
#include "analytics.h"
#include "analyticsparams.h"
#include "salesseries.h"

#include "core/areas.h"
#include "rpc/rpcerror.h"

#include <QCborArray>

namespace erp::reports {

using erp::core::ReportColumnType;
using erp::core::ReportParameter;
using erp::rpc::CallContext;
using erp::rpc::Param;

namespace {

erp::core::ReportOutput salesDynamics(CallContext &ctx, const QCborMap &params)
{
    const MonthSpan span = analyticsSpan(params);
    // One filter at a time: each is an aggregate of its own.
    SalesSource source{QStringLiteral("manager"), QStringLiteral("manager"), QStringLiteral("users"),
                       QStringLiteral("0"), QStringLiteral("''")};
    QString where;
    QVariantList binds;
    int filters = 0;
    for (const auto &[name, catalog] : {std::pair{QStringLiteral("partner"), QStringLiteral("partners")},
                                        std::pair{QStringLiteral("product"), QStringLiteral("products")},
                                        std::pair{QStringLiteral("manager"), QStringLiteral("users")}}) {
        if (!params.contains(name))
            continue;
        if (++filters > 1)
            erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                           AnalyticsText::tr("%1: give one of partner, product and manager, not several").arg(name), name);
        source = SalesSource{name, name, catalog, QStringLiteral("0"), QStringLiteral("''")};
        where = QStringLiteral(" AND a.%1 = ?").arg(name.toUpper());
        binds.append(params.value(name).toInteger());
    }
    // The span and the year before it in one read.
    const MonthSpan both{span.first.addMonths(-12), span.months + 12};
    const QHash<qint64, SubjectSales> sales = salesByMonth(ctx.db, ctx.user, ctx.model, source, both, where, binds);
    const SubjectSales none{QString(), QList<std::int64_t>(both.months, 0), QList<std::int64_t>(both.months, 0),
                            QList<std::int64_t>(both.months, 0)};
    const SubjectSales &s = sales.contains(0) ? *sales.constFind(0) : none;
    erp::core::ReportOutput out;
    std::int64_t revenue = 0, cost = 0, count = 0, previous = 0;
    for (int m = 0; m < span.months; ++m) {
        const int at = m + 12;
        QCborMap row;
        row.insert(QStringLiteral("month"), monthNumber(span.first.addMonths(m)));
        row.insert(QStringLiteral("revenue"), centsText(s.revenue[at]));
        row.insert(QStringLiteral("cost"), centsText(s.cost[at]));
        row.insert(QStringLiteral("margin"), centsText(s.revenue[at] - s.cost[at]));
        row.insert(QStringLiteral("sales"), qint64(s.sales[at]));
        row.insert(QStringLiteral("revenue_prev"), centsText(s.revenue[m]));
        row.insert(QStringLiteral("growth"),
                   s.revenue[m] > 0 ? percentText(s.revenue[at] - s.revenue[m], s.revenue[m]) : QCborValue(QCborValue::Null));
        revenue += s.revenue[at];
        cost += s.cost[at];
        count += s.sales[at];
        previous += s.revenue[m];
        out.rows.append(row);
    }
    out.totals.insert(QStringLiteral("revenue"), centsText(revenue));
    out.totals.insert(QStringLiteral("cost"), centsText(cost));
    out.totals.insert(QStringLiteral("margin"), centsText(revenue - cost));
    out.totals.insert(QStringLiteral("sales"), qint64(count));
    out.totals.insert(QStringLiteral("revenue_prev"), centsText(previous));
    out.totals.insert(QStringLiteral("growth"),
                      previous > 0 ? percentText(revenue - previous, previous) : QCborValue(QCborValue::Null));
    return out;
}

} // namespace

void addSalesDynamicsReport(erp::core::AreaRegistry &areas)
{
    areas.addReport(
        {QStringLiteral("sales_dynamics"), QT_TRANSLATE_NOOP("Reports", "Sales dynamics"), QStringLiteral("reports"),
         QStringLiteral("read"), {},
         twelveMonthPeriod()
             << ReportParameter{Param::integer(QStringLiteral("partner"), 1), QT_TRANSLATE_NOOP("Reports", "Partner"),
                                QStringLiteral("partners")}
             << ReportParameter{Param::integer(QStringLiteral("product"), 1), QT_TRANSLATE_NOOP("Reports", "Product"),
                                QStringLiteral("products")}
             << ReportParameter{Param::integer(QStringLiteral("manager"), 1), QT_TRANSLATE_NOOP("Reports", "Manager"),
                                QStringLiteral("users")},
         {{QStringLiteral("month"), QT_TRANSLATE_NOOP("Reports", "Month"), ReportColumnType::Month},
          {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("Reports", "Revenue"), ReportColumnType::Money, {}, true},
          {QStringLiteral("cost"), QT_TRANSLATE_NOOP("Reports", "Cost"), ReportColumnType::Money, {}, true},
          {QStringLiteral("margin"), QT_TRANSLATE_NOOP("Reports", "Margin"), ReportColumnType::Money, {}, true},
          {QStringLiteral("sales"), QT_TRANSLATE_NOOP("Reports", "Invoices"), ReportColumnType::Integer, {}, true},
          {QStringLiteral("revenue_prev"), QT_TRANSLATE_NOOP("Reports", "A year before"), ReportColumnType::Money, {}, true},
          {QStringLiteral("growth"), QT_TRANSLATE_NOOP("Reports", "Growth %"), ReportColumnType::Percent}},
         erp::core::ReportChart{QStringLiteral("line"), QStringLiteral("month"),
                                {QStringLiteral("revenue"), QStringLiteral("revenue_prev"), QStringLiteral("margin")}},
         salesDynamics});
}

} // namespace erp::reports
