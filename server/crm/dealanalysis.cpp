#include "dealanalysis.h"

#include "analyticsparams.h"
#include "core/areas.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "funnelsummary.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "rpc/method.h"

#include <QCborArray>
#include <QCoreApplication>
#include "db/query.h"

namespace erp::crm {

using erp::Decimal;
using erp::core::ReportColumnType;
using erp::rpc::Param;
using namespace erp::crm::analytics;

namespace {

const QList<RefFilter> Filters{{QStringLiteral("manager"), QStringLiteral("users")},
                               {QStringLiteral("deal_type"), QStringLiteral("deal_types")}};

QString stageTitle(const erp::meta::Model &model, const QString &stage)
{
    const erp::meta::WorkflowState *s = model.workflowOf(*model.kind(QStringLiteral("deals")))->state(stage);
    return s ? QCoreApplication::translate("MetadataTitle", s->title.toUtf8().constData()) : stage;
}

QDateTime utc(const QVariant &timestamp)
{
    const QDateTime local = timestamp.toDateTime();
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

// Hours with two decimals, rounded half up, of `seconds` over `visits`.
QString hours(qint64 seconds, qint64 visits)
{
    return Decimal::fromUnits(visits ? (seconds * 100 + visits * 1800) / (visits * 3600) : 0, 2).toString();
}

// The deals the caller asked about and may see: created in the period, not marked for deletion.
struct Selection
{
    QString where;
    QVariantList binds;
};

Selection selection(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const Period period = periodOf(params);
    Selection s;
    s.binds << stamp(period.from) << stamp(period.to);
    s.where = QStringLiteral("d.DELETED IS DISTINCT FROM TRUE AND d.DOC_DATE BETWEEN ? AND ?");
    s.where += refFilters(ctx, params, Filters, QStringLiteral("d"), &s.binds);
    s.where += andVisible(erp::core::AccessPolicy::rowFilter(ctx.user, *ctx.model.kind(QStringLiteral("deals")),
                                                             QStringLiteral("d")),
                          &s.binds);
    return s;
}

QString dealsTable(erp::rpc::CallContext &ctx)
{
    return erp::db::quoteIdentifier(ctx.model.kind(QStringLiteral("deals"))->table);
}

erp::core::ReportOutput outcomes(erp::rpc::CallContext &ctx, const Selection &s)
{
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT d.STATUS, d.DECIDED_STAGE, d.OUTCOME_REASON, COUNT(*), "
                                    "CAST(SUM(COALESCE(d.EXPECTED_AMOUNT, 0)) AS VARCHAR(40)) FROM %1 d WHERE %2 "
                                    "AND d.STATUS IN ('won', 'lost') GROUP BY 1, 2, 3 ORDER BY 1 DESC, 2, 3")
                         .arg(dealsTable(ctx), s.where),
                     s.binds);
    erp::core::ReportOutput out;
    qint64 won = 0, lost = 0;
    Decimal wonAmount, lostAmount;
    while (q.next()) {
        const QString outcome = q.value(0).toString();
        const qint64 deals = q.value(3).toLongLong();
        const Decimal amount = sumOf(q.value(4), QStringLiteral("amount"));
        QCborMap row;
        row.insert(QStringLiteral("outcome"), outcome);
        row.insert(QStringLiteral("outcome_title"), stageTitle(ctx.model, outcome));
        row.insert(QStringLiteral("stage"), q.value(1).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(1).toString()));
        row.insert(QStringLiteral("title"), q.value(1).isNull() ? QString() : stageTitle(ctx.model, q.value(1).toString()));
        row.insert(QStringLiteral("outcome_reason"), refValue(q.value(2)));
        row.insert(QStringLiteral("deals"), deals);
        row.insert(QStringLiteral("amount"), moneyText(amount, QStringLiteral("amount")));
        out.rows.append(row);
        (outcome == QLatin1String("won") ? won : lost) += deals;
        Decimal &sum = outcome == QLatin1String("won") ? wonAmount : lostAmount;
        sum = *sum.plus(amount);
    }
    out.totals.insert(QStringLiteral("won"), won);
    out.totals.insert(QStringLiteral("lost"), lost);
    out.totals.insert(QStringLiteral("won_amount"), moneyText(wonAmount, QStringLiteral("won_amount")));
    out.totals.insert(QStringLiteral("lost_amount"), moneyText(lostAmount, QStringLiteral("lost_amount")));
    out.totals.insert(QStringLiteral("win_rate"), percent(won, won + lost));
    return out;
}

// Every visit of a deal to a stage: from its creation as a lead, then from each transition
// to the next one (a transition to the state it left, the deletion mark taken off, is none;
// the history's row of the creation is the synthetic first visit already).
// Only visits that ended are averaged.
erp::core::ReportOutput stageTimes(erp::rpc::CallContext &ctx, const Selection &s)
{
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    const QString initial = ctx.model.workflowOf(*ctx.model.kind(QStringLiteral("deals")))->initial;
    erp::db::execute(
        q,
        QStringLiteral(
            "WITH v AS (SELECT d.ID AS DEAL, CAST(0 AS BIGINT) AS SEQ, d.CREATED_AT AS ENTERED, "
            "CAST(? AS VARCHAR(40)) AS STAGE FROM %1 d WHERE %2 "
            "UNION ALL SELECT h.OBJECT_ID, h.ID, h.MOVED_AT, h.TO_STATE FROM ERP_WORKFLOW_HISTORY h "
            "JOIN %1 d ON d.ID = h.OBJECT_ID WHERE h.OBJECT_KIND = 'deals' "
            "AND h.FROM_STATE IS NOT NULL AND h.FROM_STATE <> h.TO_STATE AND %2), "
            "w AS (SELECT DEAL, STAGE, ENTERED, LEAD(ENTERED) OVER (PARTITION BY DEAL ORDER BY SEQ) AS LEFT_AT FROM v) "
            "SELECT STAGE, COUNT(*), COUNT(DISTINCT DEAL), SUM(DATEDIFF(SECOND FROM ENTERED TO LEFT_AT)), "
            "MAX(DATEDIFF(SECOND FROM ENTERED TO LEFT_AT)) FROM w WHERE LEFT_AT IS NOT NULL GROUP BY STAGE")
            .arg(dealsTable(ctx), s.where),
        QVariantList{initial} + s.binds + s.binds);
    QHash<QString, QList<qint64>> figures;
    while (q.next())
        figures.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                                               q.value(4).toLongLong()});
    erp::core::ReportOutput out;
    qint64 visits = 0;
    for (const QString &stage : funnelStages(ctx.model)) {
        if (!figures.contains(stage))
            continue;
        const QList<qint64> f = figures.value(stage);
        QCborMap row;
        row.insert(QStringLiteral("stage"), stage);
        row.insert(QStringLiteral("title"), stageTitle(ctx.model, stage));
        row.insert(QStringLiteral("visits"), f[0]);
        row.insert(QStringLiteral("deals"), f[1]);
        row.insert(QStringLiteral("avg_hours"), hours(f[2], f[0]));
        row.insert(QStringLiteral("max_hours"), hours(f[3], 1));
        out.rows.append(row);
        visits += f[0];
    }
    out.totals.insert(QStringLiteral("visits"), visits);
    return out;
}

// Open deals whose time in their current stage exceeds their deal type's expected days for it.
erp::core::ReportOutput stalls(erp::rpc::CallContext &ctx, const Selection &s)
{
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    const QString stages = erp::db::quoteIdentifier(ctx.model.kind(QStringLiteral("deal_types"))->section(QStringLiteral("stages"))->table);
    erp::db::execute(q,
                     QStringLiteral("SELECT d.ID, d.PARTNER, d.MANAGER, d.STATUS, s.EXPECTED_DAYS, "
                                    "COALESCE((SELECT MAX(h.MOVED_AT) FROM ERP_WORKFLOW_HISTORY h WHERE h.OBJECT_ID = d.ID "
                                    "AND h.OBJECT_KIND = 'deals' AND h.TO_STATE = d.STATUS "
                                    "AND h.FROM_STATE IS DISTINCT FROM h.TO_STATE), d.CREATED_AT), "
                                    "CAST(COALESCE(d.EXPECTED_AMOUNT, 0) AS VARCHAR(40)) "
                                    "FROM %1 d JOIN %2 s ON s.OWNER_ID = d.DEAL_TYPE AND s.STAGE = d.STATUS "
                                    "WHERE %3 AND d.STATUS NOT IN ('won', 'lost') AND s.EXPECTED_DAYS IS NOT NULL "
                                    "ORDER BY d.ID")
                         .arg(dealsTable(ctx), stages, s.where),
                     s.binds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    erp::core::ReportOutput out;
    qint64 count = 0;
    Decimal amount;
    while (q.next()) {
        const QDateTime entered = utc(q.value(5));
        const qint64 expected = q.value(4).toLongLong();
        const qint64 msecs = entered.msecsTo(now);
        if (msecs <= expected * 86400000)
            continue;
        QCborMap row;
        row.insert(QStringLiteral("deal"), q.value(0).toLongLong());
        row.insert(QStringLiteral("partner"), refValue(q.value(1)));
        row.insert(QStringLiteral("manager"), refValue(q.value(2)));
        row.insert(QStringLiteral("stage"), q.value(3).toString());
        row.insert(QStringLiteral("title"), stageTitle(ctx.model, q.value(3).toString()));
        row.insert(QStringLiteral("entered_at"), erp::meta::formatDateTime(entered));
        row.insert(QStringLiteral("days_in_stage"), Decimal::fromUnits((msecs / 1000 * 100 + 43200) / 86400, 2).toString());
        row.insert(QStringLiteral("expected_days"), expected);
        const Decimal a = sumOf(q.value(6), QStringLiteral("amount"));
        row.insert(QStringLiteral("amount"), moneyText(a, QStringLiteral("amount")));
        out.rows.append(row);
        ++count;
        amount = *amount.plus(a);
    }
    out.totals.insert(QStringLiteral("deals"), count);
    out.totals.insert(QStringLiteral("amount"), moneyText(amount, QStringLiteral("amount")));
    return out;
}

erp::core::ReportOutput dealAnalysis(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const Selection s = selection(ctx, params);
    const QString view = params.value(QStringLiteral("view")).toString(QStringLiteral("outcomes"));
    if (view == QLatin1String("stage_times"))
        return stageTimes(ctx, s);
    if (view == QLatin1String("stalls"))
        return stalls(ctx, s);
    return outcomes(ctx, s);
}

} // namespace

void addDealAnalysisReport(erp::core::AreaRegistry &areas)
{
    QList<erp::core::ReportParameter> params = periodParameters();
    params << refParameter(QStringLiteral("manager"), QT_TRANSLATE_NOOP("Reports", "Manager"), QStringLiteral("users"))
           << refParameter(QStringLiteral("deal_type"), QT_TRANSLATE_NOOP("Reports", "Deal type"), QStringLiteral("deal_types"))
           << erp::core::ReportParameter{Param::choice(QStringLiteral("view"),
                                                       {QStringLiteral("outcomes"), QStringLiteral("stage_times"),
                                                        QStringLiteral("stalls")}),
                                         QT_TRANSLATE_NOOP("Reports", "View"),
                                         {},
                                         false,
                                         {QT_TRANSLATE_NOOP("Reports", "Won and lost"),
                                          QT_TRANSLATE_NOOP("Reports", "Time per stage"),
                                          QT_TRANSLATE_NOOP("Reports", "Stalled deals")}};
    areas.addReport(
        {QStringLiteral("deal_analysis"), QT_TRANSLATE_NOOP("Reports", "Deal analysis"), QStringLiteral("crm"),
         QStringLiteral("read"), QStringLiteral("deals"), params,
         {{QStringLiteral("outcome_title"), QT_TRANSLATE_NOOP("Reports", "Outcome")},
          {QStringLiteral("deal"), QT_TRANSLATE_NOOP("Reports", "Deal"), ReportColumnType::Ref, QStringLiteral("deals")},
          {QStringLiteral("partner"), QT_TRANSLATE_NOOP("Reports", "Client"), ReportColumnType::Ref, QStringLiteral("partners")},
          {QStringLiteral("manager"), QT_TRANSLATE_NOOP("Reports", "Manager"), ReportColumnType::Ref, QStringLiteral("users")},
          {QStringLiteral("title"), QT_TRANSLATE_NOOP("Reports", "Stage")},
          {QStringLiteral("outcome_reason"), QT_TRANSLATE_NOOP("Reports", "Reason"), ReportColumnType::Ref,
           QStringLiteral("deal_reasons")},
          {QStringLiteral("deals"), QT_TRANSLATE_NOOP("Reports", "Deals"), ReportColumnType::Integer},
          {QStringLiteral("visits"), QT_TRANSLATE_NOOP("Reports", "Visits"), ReportColumnType::Integer},
          {QStringLiteral("avg_hours"), QT_TRANSLATE_NOOP("Reports", "Average hours"), ReportColumnType::Decimal},
          {QStringLiteral("max_hours"), QT_TRANSLATE_NOOP("Reports", "Longest hours"), ReportColumnType::Decimal},
          {QStringLiteral("entered_at"), QT_TRANSLATE_NOOP("Reports", "In the stage since"), ReportColumnType::Date},
          {QStringLiteral("days_in_stage"), QT_TRANSLATE_NOOP("Reports", "Days in the stage"), ReportColumnType::Decimal},
          {QStringLiteral("expected_days"), QT_TRANSLATE_NOOP("Reports", "Expected days"), ReportColumnType::Integer},
          {QStringLiteral("amount"), QT_TRANSLATE_NOOP("Reports", "Expected amount"), ReportColumnType::Money}},
         erp::core::ReportChart{QStringLiteral("bar"), QStringLiteral("title"), {QStringLiteral("deals")}},
         dealAnalysis});
}

} // namespace erp::crm
