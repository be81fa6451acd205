// rfm: recency, frequency and monetary scores of clients, 1 to 5 by quintile.
#include "analytics.h"
#include "analyticsparams.h"
#include "subjectclasses.h"

#include "core/areas.h"
#include "rpc/rpcerror.h"

#include <QCborArray>

namespace erp::reports {

using erp::core::ReportColumn;
using erp::core::ReportColumnType;
using erp::core::ReportParameter;
using erp::rpc::CallContext;
using erp::rpc::Param;

namespace {

erp::core::ReportOutput rfm(CallContext &ctx, const QCborMap &params)
{
    const MonthSpan span = analyticsSpan(params);
    const QList<RfmScore> clients = rfmScores(ctx.db, ctx.user, ctx.model, span);
    erp::core::ReportOutput out;
    int byScore[16] = {};
    std::int64_t revenue = 0;
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const RfmScore &c = clients[i];
        const int r = c.r, f = c.f, m = c.m;
        QCborMap row;
        row.insert(QStringLiteral("id"), c.id);
        row.insert(QStringLiteral("client"), c.name);
        row.insert(QStringLiteral("last_month"), monthNumber(span.first.addMonths(c.lastMonth)));
        row.insert(QStringLiteral("months_since"), span.months - 1 - c.lastMonth);
        row.insert(QStringLiteral("frequency"), qint64(c.frequency));
        row.insert(QStringLiteral("monetary"), centsText(c.monetary));
        row.insert(QStringLiteral("r"), r);
        row.insert(QStringLiteral("f"), f);
        row.insert(QStringLiteral("m"), m);
        row.insert(QStringLiteral("rfm"), QStringLiteral("%1%2%3").arg(r).arg(f).arg(m));
        row.insert(QStringLiteral("score"), r + f + m);
        ++byScore[r + f + m];
        revenue += c.monetary;
        out.rows.append(row);
    }
    for (int s = 3; s <= 15; ++s) {
        QCborMap chartRow;
        chartRow.insert(QStringLiteral("score"), s);
        chartRow.insert(QStringLiteral("clients"), byScore[s]);
        out.chartRows.append(chartRow);
    }
    out.totals.insert(QStringLiteral("monetary"), centsText(revenue));
    out.totals.insert(QStringLiteral("clients"), qint64(clients.size()));
    return out;
}

} // namespace

void addRfmReport(erp::core::AreaRegistry &areas)
{
    areas.addReport({QStringLiteral("rfm"), QT_TRANSLATE_NOOP("Reports", "RFM analysis"), QStringLiteral("reports"),
                     QStringLiteral("read"), {}, twelveMonthPeriod(),
                     {{QStringLiteral("client"), QT_TRANSLATE_NOOP("Reports", "Client")},
                      {QStringLiteral("last_month"), QT_TRANSLATE_NOOP("Reports", "Last purchase"), ReportColumnType::Month},
                      {QStringLiteral("months_since"), QT_TRANSLATE_NOOP("Reports", "Months since"), ReportColumnType::Integer},
                      {QStringLiteral("frequency"), QT_TRANSLATE_NOOP("Reports", "Purchases"), ReportColumnType::Integer, {}, true},
                      {QStringLiteral("monetary"), QT_TRANSLATE_NOOP("Reports", "Revenue"), ReportColumnType::Money, {}, true},
                      {QStringLiteral("r"), QT_TRANSLATE_NOOP("Reports", "R"), ReportColumnType::Integer},
                      {QStringLiteral("f"), QT_TRANSLATE_NOOP("Reports", "F"), ReportColumnType::Integer},
                      {QStringLiteral("m"), QT_TRANSLATE_NOOP("Reports", "M"), ReportColumnType::Integer},
                      {QStringLiteral("rfm"), QT_TRANSLATE_NOOP("Reports", "RFM")},
                      {QStringLiteral("score"), QT_TRANSLATE_NOOP("Reports", "Score"), ReportColumnType::Integer}},
                     erp::core::ReportChart{QStringLiteral("bar"), QStringLiteral("score"), {QStringLiteral("clients")}, {},
                                            {{QStringLiteral("clients"), QT_TRANSLATE_NOOP("Reports", "Clients")}}},
                     rfm});
}

} // namespace erp::reports
