#include "marketingreport.h"

#include "analyticsparams.h"
#include "core/areas.h"
#include "core/postinghelpers.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "marketingreturn.h"
#include "metadata/model.h"
#include "rpc/method.h"

#include <QCborArray>
#include <QCoreApplication>
#include "db/query.h"

namespace erp::crm {

using erp::Decimal;
using erp::core::AccessPolicy;
using erp::core::ReportColumnType;
using namespace erp::crm::analytics;

namespace {

QString table(erp::rpc::CallContext &ctx, const QString &kind)
{
    return erp::db::quoteIdentifier(ctx.model.kind(kind)->table);
}

// key column -> count, from a statement answering (key, count).
QHash<qint64, qint64> counts(erp::rpc::CallContext &ctx, const QString &sql, const QVariantList &binds)
{
    QHash<qint64, qint64> out;
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    erp::db::execute(q, sql, binds);
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

// New clients: partners registered in the period. An event's are those with a deal of the
// event; a source's those who named it as how they heard of us.
struct NewClients
{
    QHash<qint64, qint64> perEvent, perSource;
};

NewClients newClients(erp::rpc::CallContext &ctx, const Period &period)
{
    NewClients n;
    const erp::meta::ObjectKind &partners = *ctx.model.kind(QStringLiteral("partners"));
    const erp::meta::ObjectKind &deals = *ctx.model.kind(QStringLiteral("deals"));
    if (!AccessPolicy::canRead(ctx.user, partners))
        return n;
    const QVariantList span{period.from.toUTC().date(), period.to.toUTC().date()};
    QVariantList binds = span;
    const QString visible = andVisible(AccessPolicy::rowFilter(ctx.user, partners, QStringLiteral("p")), &binds);
    n.perSource = counts(ctx,
                         QStringLiteral("SELECT p.SOURCE, COUNT(*) FROM %1 p WHERE p.DELETED IS DISTINCT FROM TRUE "
                                        "AND p.REGISTERED_ON BETWEEN ? AND ? AND p.SOURCE IS NOT NULL%2 GROUP BY 1")
                             .arg(table(ctx, QStringLiteral("partners")), visible),
                         binds);
    if (!AccessPolicy::canRead(ctx.user, deals))
        return n;
    binds = span;
    QString both = andVisible(AccessPolicy::rowFilter(ctx.user, partners, QStringLiteral("p")), &binds);
    both += andVisible(AccessPolicy::rowFilter(ctx.user, deals, QStringLiteral("x")), &binds);
    n.perEvent = counts(ctx,
                        QStringLiteral("SELECT x.MARKETING_EVENT, COUNT(DISTINCT p.ID) FROM %1 x JOIN %2 p ON p.ID = x.PARTNER "
                                       "WHERE x.DELETED IS DISTINCT FROM TRUE AND x.MARKETING_EVENT IS NOT NULL "
                                       "AND p.DELETED IS DISTINCT FROM TRUE AND p.REGISTERED_ON BETWEEN ? AND ?%3 GROUP BY 1")
                            .arg(table(ctx, QStringLiteral("deals")), table(ctx, QStringLiteral("partners")), both),
                        binds);
    return n;
}

QHash<qint64, qint64> channels(erp::rpc::CallContext &ctx)
{
    return counts(ctx,
                  QStringLiteral("SELECT e.ID, e.CHANNEL FROM %1 e WHERE e.CHANNEL IS NOT NULL")
                      .arg(table(ctx, QStringLiteral("marketing_events"))),
                  {});
}

erp::core::ReportOutput marketing(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const Period period = periodOf(params);
    const QCborMap answer = marketingReturn(ctx, period.from, period.to);
    const NewClients clients = newClients(ctx, period);
    const QHash<qint64, qint64> channelOf = channels(ctx);
    erp::core::ReportOutput out;
    QSet<qint64> sourcesShown;
    qint64 newTotal = 0;
    auto finish = [&](QCborMap row) {
        const QCborValue event = row.value(QStringLiteral("marketing_event"));
        const Decimal revenue = erp::core::posting::decimal(row.value(QStringLiteral("revenue")), QStringLiteral("revenue"));
        const Decimal cost = erp::core::posting::decimal(row.value(QStringLiteral("actual_cost")), QStringLiteral("actual_cost"));
        qint64 fresh = 0;
        if (event.isInteger()) {
            fresh = clients.perEvent.value(event.toInteger());
            row.insert(QStringLiteral("channel"), channelOf.contains(event.toInteger())
                                                      ? QCborValue(channelOf.value(event.toInteger()))
                                                      : QCborValue(QCborValue::Null));
        } else {
            const qint64 source = row.value(QStringLiteral("information_source")).toInteger();
            fresh = clients.perSource.value(source);
            sourcesShown.insert(source);
            row.insert(QStringLiteral("channel"), QCborValue(QCborValue::Null));
        }
        row.insert(QStringLiteral("new_clients"), fresh);
        row.insert(QStringLiteral("romi"), percent(*revenue.minus(cost), cost));
        newTotal += fresh;
        out.rows.append(row);
    };
    for (const QCborValue &r : answer.value(QStringLiteral("rows")).toArray())
        finish(r.toMap());
    // Sources that brought only new clients in the period.
    QList<qint64> rest;
    for (auto it = clients.perSource.constBegin(); it != clients.perSource.constEnd(); ++it)
        if (!sourcesShown.contains(it.key()))
            rest.append(it.key());
    std::sort(rest.begin(), rest.end());
    for (qint64 source : std::as_const(rest)) {
        QCborMap row;
        row.insert(QStringLiteral("marketing_event"), QCborValue(QCborValue::Null));
        row.insert(QStringLiteral("information_source"), source);
        row.insert(QStringLiteral("budget"), moneyText(Decimal(), QStringLiteral("budget")));
        row.insert(QStringLiteral("actual_cost"), moneyText(Decimal(), QStringLiteral("actual_cost")));
        row.insert(QStringLiteral("deals"), 0);
        row.insert(QStringLiteral("won"), 0);
        row.insert(QStringLiteral("revenue"), moneyText(Decimal(), QStringLiteral("revenue")));
        finish(row);
    }
    out.totals = answer.value(QStringLiteral("total")).toMap();
    out.totals.insert(QStringLiteral("new_clients"), newTotal);
    const Decimal revenue = erp::core::posting::decimal(out.totals.value(QStringLiteral("revenue")), QStringLiteral("revenue"));
    const Decimal cost = erp::core::posting::decimal(out.totals.value(QStringLiteral("actual_cost")), QStringLiteral("actual_cost"));
    out.totals.insert(QStringLiteral("romi"), percent(*revenue.minus(cost), cost));
    return out;
}

} // namespace

void addMarketingReport(erp::core::AreaRegistry &areas)
{
    areas.addReport(
        {QStringLiteral("marketing"), QT_TRANSLATE_NOOP("Reports", "Marketing return"), QStringLiteral("crm"),
         QStringLiteral("read"), QStringLiteral("deals"), periodParameters(),
         {{QStringLiteral("name"), QT_TRANSLATE_NOOP("Reports", "Name")},
          {QStringLiteral("marketing_event"), QT_TRANSLATE_NOOP("Reports", "Marketing event"), ReportColumnType::Ref,
           QStringLiteral("marketing_events")},
          {QStringLiteral("information_source"), QT_TRANSLATE_NOOP("Reports", "Information source"), ReportColumnType::Ref,
           QStringLiteral("information_sources")},
          {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Reports", "Channel"), ReportColumnType::Ref,
           QStringLiteral("advertising_channels")},
          {QStringLiteral("deals"), QT_TRANSLATE_NOOP("Reports", "Deals"), ReportColumnType::Integer, {}, true},
          {QStringLiteral("won"), QT_TRANSLATE_NOOP("Reports", "Won"), ReportColumnType::Integer, {}, true},
          {QStringLiteral("new_clients"), QT_TRANSLATE_NOOP("Reports", "New clients"), ReportColumnType::Integer, {}, true},
          {QStringLiteral("revenue"), QT_TRANSLATE_NOOP("Reports", "Revenue"), ReportColumnType::Money, {}, true},
          {QStringLiteral("budget"), QT_TRANSLATE_NOOP("Reports", "Budget"), ReportColumnType::Money, {}, true},
          {QStringLiteral("actual_cost"), QT_TRANSLATE_NOOP("Reports", "Cost"), ReportColumnType::Money, {}, true},
          {QStringLiteral("romi"), QT_TRANSLATE_NOOP("Reports", "ROMI %"), ReportColumnType::Percent}},
         erp::core::ReportChart{QStringLiteral("bar"), QStringLiteral("name"),
                                {QStringLiteral("revenue"), QStringLiteral("actual_cost")}},
         marketing});
}

} // namespace erp::crm
