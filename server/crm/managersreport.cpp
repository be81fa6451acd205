#include "managersreport.h"

#include "analyticsparams.h"
#include "core/areas.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/callcontrol.h"
#include "rpc/method.h"

#include <QCborArray>
#include <QCoreApplication>
#include "db/query.h"

#include <map>

namespace erp::crm {

using erp::Decimal;
using erp::core::AccessPolicy;
using erp::core::ReportColumnType;
using namespace erp::crm::analytics;

namespace {

struct Figures
{
    qint64 interactions = 0, opened = 0, won = 0, lost = 0, overdue = 0, cycleSeconds = 0;
    Decimal revenue, margin;
};

// 0 stands for "no manager".
qint64 managerOf(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

class Collector
{
public:
    Collector(erp::rpc::CallContext &ctx, const QCborMap &params) : m_ctx(ctx), m_period(periodOf(params))
    {
        if (params.contains(QStringLiteral("manager")))
            m_manager = refFilters(ctx, params, {{QStringLiteral("manager"), QStringLiteral("users")}}, QStringLiteral("x"),
                                   &m_managerBind);
    }

    std::map<qint64, Figures> figures;

    // Runs `sql` over the readable kind's table (%1, alias x; %2 the conditions after WHERE that
    // the row rules and the manager filter are appended to), passing each row to `take`.
    template<typename Take>
    void each(const QString &kind, const QString &managerColumn, const QString &sql, QVariantList binds, Take take)
    {
        const erp::meta::ObjectKind &k = *m_ctx.model.kind(kind);
        if (!AccessPolicy::canRead(m_ctx.user, k))
            return;
        QString conditions = andVisible(AccessPolicy::rowFilter(m_ctx.user, k, QStringLiteral("x")), &binds);
        conditions += filterOn(managerColumn, &binds);
        run(sql.arg(erp::db::quoteIdentifier(k.table), conditions), binds, take);
    }

    // One query per figure: a stage of the report's progress, and a point where a cancel stops it.
    template<typename Take>
    void run(const QString &sql, const QVariantList &binds, Take take)
    {
        m_ctx.control().check();
        m_ctx.control().progress(m_stage++, Stages);
        erp::db::Query q(m_ctx.db);
        q.setForwardOnly(true);
        erp::db::execute(q, sql, binds);
        while (q.next())
            take(figures[managerOf(q.value(0))], q);
        erp::db::throwIfFetchFailed(q);
    }

    QString filterOn(const QString &column, QVariantList *binds) const
    {
        if (m_manager.isEmpty())
            return QString();
        *binds += m_managerBind;
        return QStringLiteral(" AND x.%1 = ?").arg(column);
    }

    QVariantList period() const { return {stamp(m_period.from), stamp(m_period.to)}; }
    const Period &span() const { return m_period; }
    erp::rpc::CallContext &ctx() { return m_ctx; }

    static constexpr qint64 Stages = 5; // interactions, opened, decided, overdue tasks, revenue

private:
    erp::rpc::CallContext &m_ctx;
    qint64 m_stage = 0;
    Period m_period;
    QString m_manager;
    QVariantList m_managerBind;
};

erp::core::ReportOutput managers(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    Collector c(ctx, params);
    c.each(QStringLiteral("interactions"), QStringLiteral("MANAGER"),
           QStringLiteral("SELECT x.MANAGER + 0, COUNT(*) FROM %1 x WHERE x.DELETED IS DISTINCT FROM TRUE "
                          "AND x.DOC_DATE BETWEEN ? AND ?%2 GROUP BY 1"),
           c.period(), [](Figures &f, erp::db::Query &q) { f.interactions = q.value(1).toLongLong(); });
    c.each(QStringLiteral("deals"), QStringLiteral("MANAGER"),
           QStringLiteral("SELECT x.MANAGER + 0, COUNT(*) FROM %1 x WHERE x.DELETED IS DISTINCT FROM TRUE "
                          "AND x.DOC_DATE BETWEEN ? AND ?%2 GROUP BY 1"),
           c.period(), [](Figures &f, erp::db::Query &q) { f.opened = q.value(1).toLongLong(); });
    // The cycle runs from the deal's date (a deal entered later is dated when it began) to the
    // decision; one decided before its date counts 0.
    // Decided in the period: the last move into the outcome the deal has now, found from the
    // period's moves (by their index), not by a look into every deal's history. The history
    // leads (LEFT JOIN) and "a later move" is looked up by the deal (ID + 0: not by the primary
    // key, which would read every later move of every deal).
    c.each(QStringLiteral("deals"), QStringLiteral("MANAGER"),
           QStringLiteral("SELECT x.MANAGER, x.STATUS, COUNT(*), SUM(MAXVALUE(0, DATEDIFF(SECOND FROM x.DOC_DATE TO h.MOVED_AT))) "
                          "FROM ERP_WORKFLOW_HISTORY h LEFT JOIN %1 x ON x.ID = h.OBJECT_ID "
                          "WHERE x.STATUS = h.TO_STATE AND h.MOVED_AT BETWEEN ? AND ? AND h.OBJECT_KIND = 'deals' "
                          "AND h.TO_STATE IN ('won', 'lost') AND x.DELETED IS DISTINCT FROM TRUE AND NOT EXISTS (SELECT 1 FROM ERP_WORKFLOW_HISTORY l "
                          "WHERE l.OBJECT_ID = h.OBJECT_ID AND l.ID + 0 > h.ID AND l.OBJECT_KIND = 'deals' "
                          "AND l.TO_STATE = h.TO_STATE)%2 GROUP BY 1, 2"),
           c.period(), [](Figures &f, erp::db::Query &q) {
               if (q.value(1).toString() == QLatin1String("won")) {
                   f.won = q.value(2).toLongLong();
                   f.cycleSeconds = q.value(3).toLongLong();
               } else {
                   f.lost = q.value(2).toLongLong();
               }
           });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.each(QStringLiteral("tasks"), QStringLiteral("ASSIGNEE"),
           QStringLiteral("SELECT x.ASSIGNEE + 0, COUNT(*) FROM %1 x WHERE x.DELETED IS DISTINCT FROM TRUE "
                          "AND x.STATUS = 'open' AND x.DUE_AT < ?%2 GROUP BY 1"),
           {stamp(qMin(now, c.span().to))}, [](Figures &f, erp::db::Query &q) { f.overdue = q.value(1).toLongLong(); });
    {
        // Revenue from the register's aggregate by manager (a row per month), unless a row rule
        // on partners or a period of part of a month needs the movements themselves.
        const erp::meta::Register &sales = *ctx.model.findRegister(QStringLiteral("sales"));
        const erp::meta::RegisterAggregate *byManager = sales.aggregate(QStringLiteral("manager"));
        QVariantList binds = c.period();
        const erp::core::RowFilter partners =
            AccessPolicy::visibleReference(ctx.user, ctx.model, QStringLiteral("partners"), QStringLiteral("x.PARTNER"));
        QString table = sales.table;
        if (byManager && partners.isEmpty() && wholeMonths(c.span())) {
            table = byManager->table;
            const auto monthStart = [](const QDateTime &t) {
                const QDate d = t.toUTC().date();
                return QVariant(QDate(d.year(), d.month(), 1));
            };
            binds = {monthStart(c.span().from), monthStart(c.span().to)};
        }
        QString conditions = andVisible(partners, &binds);
        conditions += c.filterOn(QStringLiteral("MANAGER"), &binds);
        c.run(QStringLiteral("SELECT x.MANAGER, CAST(SUM(x.REVENUE) AS VARCHAR(40)), CAST(SUM(x.REVENUE - x.COST) AS "
                             "VARCHAR(40)) FROM %1 x WHERE x.PERIOD BETWEEN ? AND ?%2 GROUP BY 1")
                  .arg(erp::db::quoteIdentifier(table), conditions),
              binds, [](Figures &f, erp::db::Query &q) {
                  f.revenue = sumOf(q.value(1), QStringLiteral("revenue"));
                  f.margin = sumOf(q.value(2), QStringLiteral("margin"));
              });
    }
    erp::core::ReportOutput out;
    Figures all;
    for (const auto &[manager, f] : c.figures) {
        QCborMap row;
        row.insert(QStringLiteral("manager"), manager ? QCborValue(manager) : QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("interactions"), f.interactions);
        row.insert(QStringLiteral("opened"), f.opened);
        row.insert(QStringLiteral("won"), f.won);
        row.insert(QStringLiteral("lost"), f.lost);
        row.insert(QStringLiteral("conversion"), percent(f.won, f.won + f.lost));
        row.insert(QStringLiteral("revenue"), moneyText(f.revenue, QStringLiteral("revenue")));
        row.insert(QStringLiteral("margin"), moneyText(f.margin, QStringLiteral("margin")));
        // Days with two decimals, rounded half up.
        row.insert(QStringLiteral("avg_cycle_days"),
                   f.won ? QCborValue(Decimal::fromUnits((f.cycleSeconds * 100 + f.won * 43200) / (f.won * 86400), 2).toString())
                         : QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("overdue_tasks"), f.overdue);
        out.rows.append(row);
        all.interactions += f.interactions;
        all.opened += f.opened;
        all.won += f.won;
        all.lost += f.lost;
        all.overdue += f.overdue;
        all.revenue = *all.revenue.plus(f.revenue);
        all.margin = *all.margin.plus(f.margin);
    }
    out.totals.insert(QStringLiteral("interactions"), all.interactions);
    out.totals.insert(QStringLiteral("opened"), all.opened);
    out.totals.insert(QStringLiteral("won"), all.won);
    out.totals.insert(QStringLiteral("lost"), all.lost);
    out.totals.insert(QStringLiteral("conversion"), percent(all.won, all.won + all.lost));
    out.totals.insert(QStringLiteral("revenue"), moneyText(all.revenue, QStringLiteral("revenue")));
    out.totals.insert(QStringLiteral("margin"), moneyText(all.margin, QStringLiteral("margin")));
    out.totals.insert(QStringLiteral("overdue_tasks"), all.overdue);
    return out;
}

} // namespace

void addManagersReport(erp::core::AreaRegistry &areas)
{
    QList<erp::core::ReportParameter> params = periodParameters();
    params << refParameter(QStringLiteral("manager"), QT_TRANSLATE_NOOP("Reports", "Manager"), QStringLiteral("users"));
    areas.addReport(
        {QStringLiteral("managers"), QT_TRANSLATE_NOOP("Reports", "Managers"), QStringLiteral("crm"), QStringLiteral("read"),
         QStringLiteral("deals"), params,
         {{QStringLiteral("manager"), QT_TRANSLATE_NOOP("Reports", "Manager"), ReportColumnType::Ref, QStringLiteral("users")},
          {QStringLiteral("interactions"), QT_TRANSLATE_NOOP("Reports", "Interactions"), ReportColumnType::Integer, {}, true},
          {QStringLiteral("opened"), QT_TRANSLATE_NOOP("Reports", "Deals opened"), ReportColumnType::Integer, {}, true},
          {QStringLiteral("won"), QT_TRANSLATE_NOOP("Reports", "Won"), ReportColumnType::Integer, {}, true},
          {QStringLiteral("lost"), QT_TRANSLATE_NOOP("Reports", "Lost"), ReportColumnType::Integer, {}, true},
          {QStringLiteral("conversion"), QT_TRANSLATE_NOOP("Reports", "Conversion %"), ReportColumnType::Percent},
          {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("Reports", "Revenue"), ReportColumnType::Money, {}, true},
          {QStringLiteral("margin"), QT_TRANSLATE_NOOP("Reports", "Margin"), ReportColumnType::Money, {}, true},
          {QStringLiteral("avg_cycle_days"), QT_TRANSLATE_NOOP("Reports", "Average deal cycle (days)"),
           ReportColumnType::Decimal},
          {QStringLiteral("overdue_tasks"), QT_TRANSLATE_NOOP("Reports", "Overdue tasks"), ReportColumnType::Integer, {}, true}},
         erp::core::ReportChart{QStringLiteral("bar"), QStringLiteral("manager"),
                                {QStringLiteral("revenue"), QStringLiteral("margin")}},
         managers});
}

} // namespace erp::crm
