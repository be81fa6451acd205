#include "pipeline.h"

#include "core/access.h"
#include "core/dbdatasource.h"
#include "core/postinghelpers.h"
#include "db/sqlvalue.h"
#include "dealslookup.h"
#include "metadata/model.h"
#include "rpc/method.h"

#include <QCborArray>
#include <QCoreApplication>
#include "db/query.h"

namespace erp::crm {

using erp::Decimal;
using namespace erp::core::posting;

namespace {

struct Sums
{
    qint64 count = 0;
    Decimal amount, weighted;

    void add(qint64 n, const Decimal &a, const Decimal &w)
    {
        count += n;
        amount = plus(amount, a, QStringLiteral("amount"));
        weighted = plus(weighted, w, QStringLiteral("weighted"));
    }
    QCborMap toMap() const
    {
        QCborMap m;
        m.insert(QStringLiteral("count"), count);
        m.insert(QStringLiteral("amount"), money(amount, QStringLiteral("amount")));
        m.insert(QStringLiteral("weighted"), money(weighted, QStringLiteral("weighted")));
        return m;
    }
};

qint64 accountingCurrency(erp::rpc::CallContext &ctx)
{
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    erp::db::execute(q, QStringLiteral("SELECT FIRST 1 CURRENCY FROM %1 WHERE CURRENCY IS NOT NULL ORDER BY ID")
                            .arg(ctx.model.kind(QStringLiteral("organizations"))->table));
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace

QCborMap pipeline(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const erp::meta::ObjectKind &deals = *ctx.model.kind(QStringLiteral("deals"));
    QString where = QStringLiteral("d.DELETED = FALSE AND d.STATUS IN (");
    QVariantList binds;
    const erp::meta::Workflow &workflow = *ctx.model.workflowOf(deals);
    QStringList open;
    for (const erp::meta::WorkflowState &s : workflow.states)
        if (s.name != QLatin1String("won") && s.name != QLatin1String("lost")) {
            open.append(QStringLiteral("?"));
            binds.append(s.name);
        }
    where += open.join(u", ") + u')';
    for (const auto &[param, kind] : {std::pair{QStringLiteral("deal_type"), QStringLiteral("deal_types")},
                                      std::pair{QStringLiteral("manager"), QStringLiteral("users")},
                                      std::pair{QStringLiteral("partner"), QStringLiteral("partners")}})
        if (const qint64 id = optionalRef(ctx, params, param, kind)) {
            where += QStringLiteral(" AND d.%1 = ?").arg(param.toUpper());
            binds.append(qlonglong(id));
        }
    const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(ctx.user, deals, QStringLiteral("d"));
    if (!visible.isEmpty()) {
        where += QStringLiteral(" AND (%1)").arg(visible.sql);
        binds += visible.binds;
    }
    // One grouped statement over the STATUS index: a row per stage and currency.
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT d.STATUS, d.CURRENCY, COUNT(*), "
                                    "CAST(COALESCE(SUM(d.EXPECTED_AMOUNT), 0) AS VARCHAR(40)), "
                                    "CAST(COALESCE(SUM(d.WEIGHTED_AMOUNT), 0) AS VARCHAR(40)) "
                                    "FROM %1 d WHERE %2 GROUP BY d.STATUS, d.CURRENCY")
                         .arg(deals.table, where),
                     binds);
    const qint64 own = accountingCurrency(ctx);
    erp::core::DbDataSource data(ctx.db, ctx.model);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, Sums> perStage;
    QHash<qint64, Sums> unconverted;
    Sums total;
    while (q.next()) {
        const QString stage = q.value(0).toString();
        const qint64 currency = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        const qint64 count = q.value(2).toLongLong();
        Decimal amount = decimal(q.value(3).toString(), QStringLiteral("amount"));
        Decimal weighted = decimal(q.value(4).toString(), QStringLiteral("weighted"));
        if (currency != 0 && currency != own) {
            const QList<QCborMap> rates =
                data.slice(QStringLiteral("exchange_rates"), now, map({{QStringLiteral("currency"), currency}}));
            if (rates.isEmpty()) {
                unconverted[currency].add(count, amount, weighted);
                continue;
            }
            const Decimal rate = decimal(rates.first().value(QStringLiteral("rate")), QStringLiteral("rate"));
            amount = times(amount, rate, 2, QStringLiteral("amount"));
            weighted = times(weighted, rate, 2, QStringLiteral("weighted"));
        }
        perStage[stage].add(count, amount, weighted);
        total.add(count, amount, weighted);
    }
    QCborArray stages;
    for (const erp::meta::WorkflowState &s : workflow.states) {
        if (s.name == QLatin1String("won") || s.name == QLatin1String("lost"))
            continue;
        QCborMap row = perStage.value(s.name).toMap();
        row.insert(QStringLiteral("stage"), s.name);
        row.insert(QStringLiteral("title"), QCoreApplication::translate("MetadataTitle", s.title.toUtf8().constData()));
        stages.append(row);
    }
    QCborArray others;
    for (auto it = unconverted.constBegin(); it != unconverted.constEnd(); ++it) {
        QCborMap row = it.value().toMap();
        row.insert(QStringLiteral("currency"), it.key());
        row.insert(QStringLiteral("code"), data.field(QStringLiteral("currencies"), it.key(), QStringLiteral("code")));
        others.append(row);
    }
    QCborMap out;
    out.insert(QStringLiteral("currency"), own ? QCborValue(own) : QCborValue(QCborValue::Null));
    out.insert(QStringLiteral("stages"), stages);
    out.insert(QStringLiteral("total"), total.toMap());
    out.insert(QStringLiteral("unconverted"), others);
    return out;
}

} // namespace erp::crm
