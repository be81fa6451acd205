#include "salesfunnel.h"

#include "analyticsparams.h"
#include "core/areas.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "funnelsummary.h"
#include "metadata/model.h"
#include "rpc/method.h"
#include "rpc/params.h"

#include <QCborArray>
#include <QCoreApplication>
#include "db/query.h"

namespace erp::crm {

using erp::Decimal;
using erp::core::ReportColumn;
using erp::core::ReportColumnType;
using erp::rpc::Param;
using namespace erp::crm::analytics;

namespace {

const QStringList Groupings{QStringLiteral("none"), QStringLiteral("manager"), QStringLiteral("deal_type"),
                            QStringLiteral("information_source"), QStringLiteral("marketing_event")};

const QList<RefFilter> Filters{{QStringLiteral("manager"), QStringLiteral("users")},
                               {QStringLiteral("deal_type"), QStringLiteral("deal_types")},
                               {QStringLiteral("information_source"), QStringLiteral("information_sources")},
                               {QStringLiteral("marketing_event"), QStringLiteral("marketing_events")}};

int monthOf(const QDate &d)
{
    return d.year() * 100 + d.month();
}

struct Cell
{
    qint64 deals = 0;
    Decimal amount, weighted;
};

// Figures of one group: by furthest stage (1-based) and status.
struct Group
{
    QHash<int, QHash<QString, Cell>> cells;
};

QString stageTitle(const erp::meta::Model &model, const QString &stage)
{
    const erp::meta::WorkflowState *s = model.workflowOf(*model.kind(QStringLiteral("deals")))->state(stage);
    return s ? QCoreApplication::translate("MetadataTitle", s->title.toUtf8().constData()) : stage;
}

erp::core::ReportOutput salesFunnel(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const Period period = periodOf(params);
    const QString grouping = params.value(QStringLiteral("groupBy")).toString(QStringLiteral("none"));
    const erp::meta::ObjectKind &deals = *ctx.model.kind(QStringLiteral("deals"));
    QVariantList binds;
    const erp::core::RowFilter rules = erp::core::AccessPolicy::rowFilter(ctx.user, deals, QStringLiteral("d"));
    const bool live = !rules.isEmpty() || !wholeMonths(period) || !summaryKept(ctx.db);
    const QString group = grouping == QLatin1String("none") ? QStringLiteral("CAST(NULL AS BIGINT)")
                                                            : QStringLiteral("d.") + grouping.toUpper();
    QString sql;
    if (live) {
        binds << stamp(period.from) << stamp(period.to);
        QString inner = QStringLiteral("SELECT %1 AS G, %3 AS F, d.STATUS, COALESCE(d.EXPECTED_AMOUNT, 0) AS A, "
                                       "COALESCE(d.WEIGHTED_AMOUNT, 0) AS W FROM %2 d "
                                       "LEFT JOIN RPT_STAGE_ORDER s ON s.STAGE = d.STATUS "
                                       "WHERE d.DELETED IS DISTINCT FROM TRUE AND d.DOC_DATE BETWEEN ? AND ?")
                            .arg(group, erp::db::quoteIdentifier(deals.table),
                                 furthestStage(QStringLiteral("d"), QStringLiteral("s")));
        inner += refFilters(ctx, params, Filters, QStringLiteral("d"), &binds);
        inner += andVisible(rules, &binds);
        sql = QStringLiteral("SELECT x.G, x.F, x.STATUS, COUNT(*), CAST(SUM(x.A) AS VARCHAR(40)), "
                             "CAST(SUM(x.W) AS VARCHAR(40)) FROM (%1) x")
                  .arg(inner);
    } else {
        binds << monthOf(period.from.toUTC().date()) << monthOf(period.to.toUTC().date());
        sql = QStringLiteral("SELECT %1, d.FURTHEST, d.STATUS, SUM(d.DEALS), CAST(SUM(d.AMOUNT) AS VARCHAR(40)), "
                             "CAST(SUM(d.WEIGHTED) AS VARCHAR(40)) FROM RPT_FUNNEL_M d "
                             "WHERE d.CREATED_MONTH BETWEEN ? AND ?")
                  .arg(group);
        sql += refFilters(ctx, params, Filters, QStringLiteral("d"), &binds);
    }
    sql += QStringLiteral(" GROUP BY 1, 2, 3");
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    erp::db::execute(q, sql, binds);
    QMap<qint64, Group> groups; // 0: no value (or not grouped)
    while (q.next()) {
        const qint64 count = q.value(3).toLongLong();
        if (count == 0)
            continue; // changed and changed back: the delta rows cancel
        Cell &c = groups[q.value(0).isNull() ? 0 : q.value(0).toLongLong()].cells[q.value(1).toInt()][q.value(2).toString()];
        c.deals += count;
        c.amount = sumOf(q.value(4), QStringLiteral("amount"));
        c.weighted = sumOf(q.value(5), QStringLiteral("weighted"));
    }
    const QStringList stages = funnelStages(ctx.model);
    const QString won = stages.last();
    erp::core::ReportOutput out;
    qint64 allDeals = 0, allWon = 0, allLost = 0, allOpen = 0;
    Decimal allAmount, allWeighted;
    for (auto g = groups.constBegin(); g != groups.constEnd(); ++g) {
        const qsizetype n = stages.size();
        QList<qint64> reached(n), lost(n), open(n);
        QList<Decimal> amount(n), weighted(n);
        for (auto f = g->cells.constBegin(); f != g->cells.constEnd(); ++f) {
            const int furthest = qBound(1, f.key(), int(n));
            for (auto s = f->constBegin(); s != f->constEnd(); ++s) {
                for (int k = 0; k < furthest; ++k) {
                    reached[k] += s->deals;
                    amount[k] = *amount[k].plus(s->amount);
                }
                allDeals += s->deals;
                allAmount = *allAmount.plus(s->amount);
                if (s.key() == QLatin1String("lost")) {
                    lost[furthest - 1] += s->deals;
                    allLost += s->deals;
                } else if (s.key() == won) {
                    allWon += s->deals;
                } else if (const qsizetype at = stages.indexOf(s.key()); at >= 0) {
                    open[at] += s->deals;
                    weighted[at] = *weighted[at].plus(s->weighted);
                    allOpen += s->deals;
                    allWeighted = *allWeighted.plus(s->weighted);
                }
            }
        }
        for (qsizetype k = 0; k < n; ++k) {
            QCborMap row;
            if (grouping != QLatin1String("none"))
                row.insert(grouping, g.key() ? QCborValue(g.key()) : QCborValue(QCborValue::Null));
            row.insert(QStringLiteral("stage"), stages.at(k));
            row.insert(QStringLiteral("title"), stageTitle(ctx.model, stages.at(k)));
            row.insert(QStringLiteral("reached"), reached[k]);
            row.insert(QStringLiteral("amount"), moneyText(amount[k], QStringLiteral("amount")));
            row.insert(QStringLiteral("conversion"),
                       k + 1 < n ? percent(reached[k + 1], reached[k]) : QCborValue(QCborValue::Null));
            row.insert(QStringLiteral("lost"), lost[k]);
            row.insert(QStringLiteral("open"), open[k]);
            row.insert(QStringLiteral("weighted"), moneyText(weighted[k], QStringLiteral("weighted")));
            out.rows.append(row);
        }
    }
    out.totals.insert(QStringLiteral("deals"), allDeals);
    out.totals.insert(QStringLiteral("won"), allWon);
    out.totals.insert(QStringLiteral("lost"), allLost);
    out.totals.insert(QStringLiteral("open"), allOpen);
    out.totals.insert(QStringLiteral("amount"), moneyText(allAmount, QStringLiteral("amount")));
    out.totals.insert(QStringLiteral("weighted"), moneyText(allWeighted, QStringLiteral("weighted")));
    out.totals.insert(QStringLiteral("conversion"), percent(allWon, allDeals));
    out.totals.insert(QStringLiteral("source"), live ? QStringLiteral("deals") : QStringLiteral("summary"));
    return out;
}

} // namespace

void addSalesFunnelReport(erp::core::AreaRegistry &areas)
{
    QList<erp::core::ReportParameter> params = periodParameters();
    params << refParameter(QStringLiteral("manager"), QT_TRANSLATE_NOOP("Reports", "Manager"), QStringLiteral("users"))
           << refParameter(QStringLiteral("deal_type"), QT_TRANSLATE_NOOP("Reports", "Deal type"), QStringLiteral("deal_types"))
           << refParameter(QStringLiteral("information_source"), QT_TRANSLATE_NOOP("Reports", "Information source"),
                           QStringLiteral("information_sources"))
           << refParameter(QStringLiteral("marketing_event"), QT_TRANSLATE_NOOP("Reports", "Marketing event"),
                           QStringLiteral("marketing_events"))
           << erp::core::ReportParameter{Param::choice(QStringLiteral("groupBy"), Groupings),
                                         QT_TRANSLATE_NOOP("Reports", "Group by"),
                                         {},
                                         false,
                                         {QT_TRANSLATE_NOOP("Reports", "Nothing"), QT_TRANSLATE_NOOP("Reports", "Manager"),
                                          QT_TRANSLATE_NOOP("Reports", "Deal type"),
                                          QT_TRANSLATE_NOOP("Reports", "Information source"),
                                          QT_TRANSLATE_NOOP("Reports", "Marketing event")}};
    areas.addReport(
        {QStringLiteral("sales_funnel"), QT_TRANSLATE_NOOP("Reports", "Sales funnel"), QStringLiteral("crm"),
         QStringLiteral("read"), QStringLiteral("deals"), params,
         {{QStringLiteral("manager"), QT_TRANSLATE_NOOP("Reports", "Manager"), ReportColumnType::Ref, QStringLiteral("users")},
          {QStringLiteral("deal_type"), QT_TRANSLATE_NOOP("Reports", "Deal type"), ReportColumnType::Ref,
           QStringLiteral("deal_types")},
          {QStringLiteral("information_source"), QT_TRANSLATE_NOOP("Reports", "Information source"), ReportColumnType::Ref,
           QStringLiteral("information_sources")},
          {QStringLiteral("marketing_event"), QT_TRANSLATE_NOOP("Reports", "Marketing event"), ReportColumnType::Ref,
           QStringLiteral("marketing_events")},
          {QStringLiteral("title"), QT_TRANSLATE_NOOP("Reports", "Stage")},
          {QStringLiteral("reached"), QT_TRANSLATE_NOOP("Reports", "Deals reached"), ReportColumnType::Integer},
          {QStringLiteral("amount"), QT_TRANSLATE_NOOP("Reports", "Expected amount"), ReportColumnType::Money},
          {QStringLiteral("conversion"), QT_TRANSLATE_NOOP("Reports", "Conversion to next %"), ReportColumnType::Percent},
          {QStringLiteral("lost"), QT_TRANSLATE_NOOP("Reports", "Lost here"), ReportColumnType::Integer},
          {QStringLiteral("open"), QT_TRANSLATE_NOOP("Reports", "Open now"), ReportColumnType::Integer},
          {QStringLiteral("weighted"), QT_TRANSLATE_NOOP("Reports", "Weighted pipeline"), ReportColumnType::Money}},
         erp::core::ReportChart{QStringLiteral("funnel"), QStringLiteral("title"), {QStringLiteral("reached")}},
         salesFunnel});
}

} // namespace erp::crm
