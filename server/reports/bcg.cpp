// bcg: the growth-share matrix of product groups (or client groups): revenue growth against the
// period before of the same length, relative share against the largest other group, bubbles
// sized by revenue, each group in its quadrant.
#include "analytics.h"
#include "analyticsparams.h"
#include "salesseries.h"

#include "core/areas.h"
#include "rpc/rpcerror.h"

#include <QCborArray>

namespace erp::reports {

using erp::core::ReportColumnType;
using erp::core::ReportParameter;
using erp::core::translatedReportText;
using erp::rpc::CallContext;
using erp::rpc::Param;

namespace {

const char *const Star = QT_TRANSLATE_NOOP("Reports", "Stars");
const char *const CashCow = QT_TRANSLATE_NOOP("Reports", "Cash cows");
const char *const QuestionMark = QT_TRANSLATE_NOOP("Reports", "Question marks");
const char *const Dog = QT_TRANSLATE_NOOP("Reports", "Dogs");

erp::core::ReportOutput bcg(CallContext &ctx, const QCborMap &params)
{
    const MonthSpan span = analyticsSpan(params);
    const bool clients = params.value(QStringLiteral("by")).toString() == QLatin1String("partner_groups");
    const SalesSource source =
        clients ? SalesSource{QStringLiteral("partner"), QStringLiteral("partner"), QStringLiteral("partners"),
                              QStringLiteral("c.PARENT"), QStringLiteral("g.NAME"),
                              QStringLiteral(" LEFT JOIN CAT_PARTNERS g ON g.ID = c.PARENT")}
                : SalesSource{QStringLiteral("product"), QStringLiteral("product"), QStringLiteral("products"),
                              QStringLiteral("c.PRODUCT_GROUP"), QStringLiteral("g.NAME"),
                              QStringLiteral(" LEFT JOIN CAT_PRODUCT_GROUPS g ON g.ID = c.PRODUCT_GROUP")};
    const MonthSpan both{span.first.addMonths(-span.months), span.months * 2};
    const QHash<qint64, SubjectSales> sales = salesByMonth(ctx.db, ctx.user, ctx.model, source, both);
    struct Group
    {
        qint64 id;
        QString name;
        std::int64_t now = 0, before = 0;
    };
    QList<Group> groups;
    std::int64_t now = 0, before = 0;
    for (auto it = sales.cbegin(); it != sales.cend(); ++it) {
        Group g{it.key(), it.key() ? it->name : translatedReportText(QT_TRANSLATE_NOOP("Reports", "Without a group"))};
        for (int m = 0; m < both.months; ++m)
            (m < span.months ? g.before : g.now) += it->revenue[m];
        if (g.now == 0 && g.before == 0)
            continue;
        now += g.now;
        before += g.before;
        groups.append(g);
    }
    std::sort(groups.begin(), groups.end(), [](const Group &l, const Group &r) { return l.now > r.now; });
    const QCborValue marketGrowth = before > 0 ? percentText(now - before, before) : QCborValue(QCborValue::Null);
    const double growthSplit = marketGrowth.isNull() ? 0 : marketGrowth.toString().toDouble();
    erp::core::ReportOutput out;
    for (const Group &g : std::as_const(groups)) {
        std::int64_t leader = 0; // the largest other group
        for (const Group &o : std::as_const(groups))
            if (o.id != g.id)
                leader = std::max(leader, o.now);
        const QCborValue growth = g.before > 0 ? percentText(g.now - g.before, g.before) : QCborValue(QCborValue::Null);
        const QCborValue relative = leader > 0 && g.now > 0
                                        ? QCborValue(QString::number(double(g.now) / double(leader), 'f', 2))
                                        : QCborValue(QCborValue::Null);
        // A group new in the period grows: it sits on the growth line, not below it.
        const double y = growth.isNull() ? growthSplit : growth.toString().toDouble();
        const bool high = relative.isNull() ? leader == 0 && g.now > 0 : relative.toString().toDouble() >= 1.0;
        const bool growing = growth.isNull() ? g.now > 0 : y >= growthSplit;
        QCborMap row;
        row.insert(QStringLiteral("id"), g.id);
        row.insert(QStringLiteral("group"), g.name);
        row.insert(QStringLiteral("revenue"), centsText(g.now));
        row.insert(QStringLiteral("revenue_prev"), centsText(g.before));
        row.insert(QStringLiteral("growth"), growth);
        row.insert(QStringLiteral("share"), percentText(g.now, now));
        row.insert(QStringLiteral("relative_share"), relative);
        row.insert(QStringLiteral("quadrant"),
                   translatedReportText(high ? (growing ? Star : CashCow) : (growing ? QuestionMark : Dog)));
        QCborMap point = row;
        point.insert(QStringLiteral("relative_share"), relative.isNull() ? QStringLiteral("0") : relative.toString());
        point.insert(QStringLiteral("growth"), QString::number(y, 'f', 2));
        point.insert(QStringLiteral("x_split"), QStringLiteral("1"));
        point.insert(QStringLiteral("y_split"), QString::number(growthSplit, 'f', 2));
        out.rows.append(row);
        out.chartRows.append(point);
    }
    out.totals.insert(QStringLiteral("revenue"), centsText(now));
    out.totals.insert(QStringLiteral("revenue_prev"), centsText(before));
    out.totals.insert(QStringLiteral("growth"), marketGrowth);
    return out;
}

} // namespace

void addBcgReport(erp::core::AreaRegistry &areas)
{
    areas.addReport(
        {QStringLiteral("bcg"), QT_TRANSLATE_NOOP("Reports", "BCG matrix"), QStringLiteral("reports"),
         QStringLiteral("read"), {},
         twelveMonthPeriod() << ReportParameter{Param::choice(QStringLiteral("by"), {QStringLiteral("product_groups"),
                                                                                     QStringLiteral("partner_groups")}),
                                                QT_TRANSLATE_NOOP("Reports", "Groups"), {}, false,
                                                {QT_TRANSLATE_NOOP("Reports", "Product groups"),
                                                 QT_TRANSLATE_NOOP("Reports", "Client groups")}},
         {{QStringLiteral("group"), QT_TRANSLATE_NOOP("Reports", "Group")},
          {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("Reports", "Revenue"), ReportColumnType::Money, {}, true},
          {QStringLiteral("revenue_prev"), QT_TRANSLATE_NOOP("Reports", "Period before"), ReportColumnType::Money, {}, true},
          {QStringLiteral("growth"), QT_TRANSLATE_NOOP("Reports", "Growth %"), ReportColumnType::Percent},
          {QStringLiteral("share"), QT_TRANSLATE_NOOP("Reports", "Share %"), ReportColumnType::Percent},
          {QStringLiteral("relative_share"), QT_TRANSLATE_NOOP("Reports", "Relative share"), ReportColumnType::Decimal},
          {QStringLiteral("quadrant"), QT_TRANSLATE_NOOP("Reports", "Quadrant")}},
         erp::core::ReportChart{QStringLiteral("bubble"), QStringLiteral("group"),
                                {QStringLiteral("relative_share"), QStringLiteral("growth"), QStringLiteral("revenue")},
                                QStringLiteral("quadrant")},
         bcg});
}

} // namespace erp::reports
