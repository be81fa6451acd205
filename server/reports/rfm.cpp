// rfm: recency, frequency and monetary scores of clients, 1 to 5 by quintile.
#include "analytics.h"
#include "analyticsparams.h"
#include "classification.h"
#include "salesseries.h"

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
    const QDateTime to = periodTo(params);
    const MonthSpan span = monthSpan(periodFrom(params, to), to);
    if (span.months <= 0)
        erp::rpc::fail(erp::protocol::ErrorCode::Validation, AnalyticsText::tr("to: must not be before from"),
                       QStringLiteral("to"));
    const QHash<qint64, SubjectSales> sales =
        salesByMonth(ctx, {QStringLiteral("partner"), QStringLiteral("partner"), QStringLiteral("partners")}, span);
    struct Client
    {
        qint64 id;
        QString name;
        int last = -1; // the last month with a sale, index in the span
        std::int64_t frequency = 0, monetary = 0;
    };
    QList<Client> clients;
    for (auto it = sales.cbegin(); it != sales.cend(); ++it) {
        Client c{it.key(), it->name};
        for (int m = 0; m < span.months; ++m)
            if (it->sales[m] > 0)
                c.last = m;
        c.frequency = it->total(it->sales);
        c.monetary = it->total(it->revenue);
        if (it.key() != 0 && c.frequency > 0) // a client is one who bought in the period
            clients.append(c);
    }
    std::sort(clients.begin(), clients.end(), [](const Client &l, const Client &r) { return l.name < r.name; });
    QList<std::int64_t> recency, frequency, monetary;
    for (const Client &c : std::as_const(clients)) {
        recency.append(c.last); // a later month is better
        frequency.append(c.frequency);
        monetary.append(c.monetary);
    }
    const QList<int> r = quintileScores(recency), f = quintileScores(frequency), m = quintileScores(monetary);
    erp::core::ReportOutput out;
    int byScore[16] = {};
    std::int64_t revenue = 0;
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const Client &c = clients[i];
        QCborMap row;
        row.insert(QStringLiteral("id"), c.id);
        row.insert(QStringLiteral("client"), c.name);
        row.insert(QStringLiteral("last_month"), monthNumber(span.first.addMonths(c.last)));
        row.insert(QStringLiteral("months_since"), span.months - 1 - c.last);
        row.insert(QStringLiteral("frequency"), qint64(c.frequency));
        row.insert(QStringLiteral("monetary"), centsText(c.monetary));
        row.insert(QStringLiteral("r"), r[i]);
        row.insert(QStringLiteral("f"), f[i]);
        row.insert(QStringLiteral("m"), m[i]);
        row.insert(QStringLiteral("rfm"), QStringLiteral("%1%2%3").arg(r[i]).arg(f[i]).arg(m[i]));
        row.insert(QStringLiteral("score"), r[i] + f[i] + m[i]);
        ++byScore[r[i] + f[i] + m[i]];
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
