#include "marketingreturn.h"

#include "core/access.h"
#include "core/posting.h"
#include "core/postinghelpers.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/method.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include "db/query.h"

namespace erp::crm {

using erp::Decimal;
using namespace erp::core::posting;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Deals)
};

QVariant stamp(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    return QDateTime(u.date(), u.time());
}

// (event, source) -> figures; an event's row has source 0 (its own source is shown).
struct Key
{
    qint64 event = 0;
    qint64 source = 0;
    bool operator==(const Key &o) const { return event == o.event && source == o.source; }
};
size_t qHash(const Key &k, size_t seed = 0)
{
    return ::qHash(std::pair{k.event, k.source}, seed);
}

struct Figures
{
    qint64 deals = 0;
    qint64 won = 0;
    Decimal revenue;
};

QString filterOf(const erp::core::RowFilter &f, QVariantList *binds)
{
    if (f.isEmpty())
        return QString();
    *binds += f.binds;
    return QStringLiteral(" AND (%1)").arg(f.sql);
}

} // namespace

QCborMap marketingReturn(erp::rpc::CallContext &ctx, const QDateTime &from, const QDateTime &to)
{
    if (to < from)
        erp::rpc::fail(erp::protocol::ErrorCode::Validation, Text::tr("to: the period ends before it begins"),
                       QStringLiteral("to"));
    const erp::meta::ObjectKind &deals = *ctx.model.kind(QStringLiteral("deals"));
    const erp::meta::ObjectKind &events = *ctx.model.kind(QStringLiteral("marketing_events"));
    const erp::meta::ObjectKind &sources = *ctx.model.kind(QStringLiteral("information_sources"));
    QHash<Key, Figures> figures;
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    // An event's row takes everything under the event; a source's row what came without one.
    const QString key = QStringLiteral("COALESCE(x.MARKETING_EVENT, 0), "
                                       "CASE WHEN x.MARKETING_EVENT IS NULL THEN COALESCE(x.INFORMATION_SOURCE, 0) "
                                       "ELSE 0 END");
    if (erp::core::AccessPolicy::canRead(ctx.user, deals)) {
        QVariantList binds{stamp(from), stamp(to)};
        const QString visible = filterOf(erp::core::AccessPolicy::rowFilter(ctx.user, deals, QStringLiteral("x")), &binds);
        erp::db::execute(q,
                         QStringLiteral("SELECT %1, COUNT(*), SUM(CASE WHEN x.STATUS = 'won' THEN 1 ELSE 0 END) "
                                        "FROM %2 x WHERE x.DELETED = FALSE AND x.DOC_DATE BETWEEN ? AND ?%3 "
                                        "AND (x.MARKETING_EVENT IS NOT NULL OR x.INFORMATION_SOURCE IS NOT NULL) "
                                        "GROUP BY 1, 2")
                             .arg(key, erp::db::quoteIdentifier(deals.table), visible),
                         binds);
        while (q.next()) {
            Figures &f = figures[Key{q.value(0).toLongLong(), q.value(1).toLongLong()}];
            f.deals = q.value(2).toLongLong();
            f.won = q.value(3).toLongLong();
        }
    }
    {
        const erp::meta::Register &sales = *ctx.model.findRegister(QStringLiteral("sales"));
        QVariantList binds{stamp(from), stamp(to)};
        const QString visible = filterOf(
            erp::core::AccessPolicy::visibleReference(ctx.user, ctx.model, QStringLiteral("partners"), QStringLiteral("x.PARTNER")),
            &binds);
        erp::db::execute(q,
                         QStringLiteral("SELECT %1, CAST(SUM(x.REVENUE) AS VARCHAR(40)) FROM %2 x "
                                        "WHERE x.PERIOD BETWEEN ? AND ?%3 "
                                        "AND (x.MARKETING_EVENT IS NOT NULL OR x.INFORMATION_SOURCE IS NOT NULL) "
                                        "GROUP BY 1, 2")
                             .arg(key, erp::db::quoteIdentifier(sales.table), visible),
                         binds);
        while (q.next())
            figures[Key{q.value(0).toLongLong(), q.value(1).toLongLong()}].revenue =
                decimal(q.value(2).toString(), QStringLiteral("revenue"));
    }
    // Every event that ran in the period is shown, with or without results.
    QHash<qint64, QCborMap> eventRows;
    erp::db::execute(q,
                     QStringLiteral("SELECT e.ID, e.NAME, e.INFORMATION_SOURCE, CAST(e.BUDGET AS VARCHAR(40)), "
                                    "CAST(e.ACTUAL_COST AS VARCHAR(40)) FROM %1 e WHERE e.DELETED = FALSE "
                                    "AND (e.STARTS_ON IS NULL OR e.STARTS_ON <= ?) AND (e.ENDS_ON IS NULL OR e.ENDS_ON >= ?)")
                         .arg(erp::db::quoteIdentifier(events.table)),
                     {to.toUTC().date(), from.toUTC().date()});
    auto eventRow = [&](qint64 id, const QString &name, const QVariant &source, const QVariant &budget,
                        const QVariant &cost) {
        QCborMap row;
        row.insert(QStringLiteral("marketing_event"), id);
        row.insert(QStringLiteral("name"), name);
        row.insert(QStringLiteral("information_source"),
                   source.isNull() ? QCborValue(QCborValue::Null) : QCborValue(source.toLongLong()));
        row.insert(QStringLiteral("budget"), money(decimal(budget.isNull() ? QCborValue() : QCborValue(budget.toString()),
                                                           QStringLiteral("budget")),
                                                   QStringLiteral("budget")));
        row.insert(QStringLiteral("actual_cost"),
                   money(decimal(cost.isNull() ? QCborValue() : QCborValue(cost.toString()), QStringLiteral("actual_cost")),
                         QStringLiteral("actual_cost")));
        eventRows.insert(id, row);
    };
    while (q.next())
        eventRow(q.value(0).toLongLong(), q.value(1).toString(), q.value(2), q.value(3), q.value(4));
    // Events outside the period that still brought deals or revenue in it.
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it)
        if (it.key().event != 0 && !eventRows.contains(it.key().event)) {
            erp::db::execute(q,
                             QStringLiteral("SELECT e.ID, e.NAME, e.INFORMATION_SOURCE, CAST(e.BUDGET AS VARCHAR(40)), "
                                            "CAST(e.ACTUAL_COST AS VARCHAR(40)) FROM %1 e WHERE e.ID = ?")
                                 .arg(erp::db::quoteIdentifier(events.table)),
                             {qlonglong(it.key().event)});
            if (q.next())
                eventRow(q.value(0).toLongLong(), q.value(1).toString(), q.value(2), q.value(3), q.value(4));
        }
    QList<qint64> eventIds = eventRows.keys();
    std::sort(eventIds.begin(), eventIds.end());
    QCborArray rows;
    Decimal budget, cost, revenue;
    qint64 dealCount = 0, won = 0;
    auto finish = [&](QCborMap row, const Figures &f) {
        row.insert(QStringLiteral("deals"), f.deals);
        row.insert(QStringLiteral("won"), f.won);
        row.insert(QStringLiteral("revenue"), money(f.revenue, QStringLiteral("revenue")));
        dealCount += f.deals;
        won += f.won;
        revenue = plus(revenue, f.revenue, QStringLiteral("revenue"));
        rows.append(row);
    };
    for (qint64 id : std::as_const(eventIds)) {
        const QCborMap row = eventRows.value(id);
        budget = plus(budget, decimal(row.value(QStringLiteral("budget")), QStringLiteral("budget")), QStringLiteral("budget"));
        cost = plus(cost, decimal(row.value(QStringLiteral("actual_cost")), QStringLiteral("actual_cost")),
                    QStringLiteral("actual_cost"));
        finish(row, figures.value(Key{id, 0}));
    }
    QList<qint64> sourceIds;
    for (auto it = figures.constBegin(); it != figures.constEnd(); ++it)
        if (it.key().event == 0 && it.key().source != 0)
            sourceIds.append(it.key().source);
    std::sort(sourceIds.begin(), sourceIds.end());
    for (qint64 id : std::as_const(sourceIds)) {
        erp::db::execute(q, QStringLiteral("SELECT NAME FROM %1 WHERE ID = ?").arg(erp::db::quoteIdentifier(sources.table)),
                         {qlonglong(id)});
        QCborMap row;
        row.insert(QStringLiteral("marketing_event"), QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("name"), q.next() ? q.value(0).toString() : QString());
        row.insert(QStringLiteral("information_source"), id);
        row.insert(QStringLiteral("budget"), money(Decimal(), QStringLiteral("budget")));
        row.insert(QStringLiteral("actual_cost"), money(Decimal(), QStringLiteral("actual_cost")));
        finish(row, figures.value(Key{0, id}));
    }
    QCborMap total;
    total.insert(QStringLiteral("budget"), money(budget, QStringLiteral("budget")));
    total.insert(QStringLiteral("actual_cost"), money(cost, QStringLiteral("actual_cost")));
    total.insert(QStringLiteral("deals"), dealCount);
    total.insert(QStringLiteral("won"), won);
    total.insert(QStringLiteral("revenue"), money(revenue, QStringLiteral("revenue")));
    QCborMap out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("total"), total);
    return out;
}

void recalculateMarketingEvent(erp::core::RecalcContext &ctx)
{
    Decimal sum;
    const QCborArray costs = section(ctx.document, QStringLiteral("costs"));
    for (qsizetype i = 0; i < costs.size(); ++i) {
        const QString at = QStringLiteral("costs[%1].amount").arg(i + 1);
        sum = plus(sum, decimal(costs.at(i).toMap().value(QStringLiteral("amount")), at), QStringLiteral("actual_cost"));
    }
    ctx.document.insert(QStringLiteral("actual_cost"), money(sum, QStringLiteral("actual_cost")));
}

} // namespace erp::crm
