#include "crmarea.h"

#include "claimdeadlines.h"
#include "claimresolution.h"
#include "claimsdue.h"
#include "core/areas.h"
#include "core/jobs.h"
#include "dealslookup.h"
#include "rpc/params.h"

#include <QCborMap>

namespace erp::crm {

namespace {

// Every tick: a claim's responsible user is warned once when its deadline comes near and once
// when it is missed (push `claimWarning`).
void warnOfClaims(erp::core::JobContext &ctx)
{
    for (const ClaimWarning &w : takeClaimWarnings(ctx.db, ctx.model, ctx.now)) {
        if (!w.responsible)
            continue;
        ctx.push({w.responsible}, QStringLiteral("claimWarning"),
                 QCborMap{{QStringLiteral("kind"), QStringLiteral("claims")},
                          {QStringLiteral("id"), w.claim},
                          {QStringLiteral("number"), w.number},
                          {QStringLiteral("subject"), w.subject},
                          {QStringLiteral("deadline"), w.deadline.toUTC().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("sla_state"), w.state}});
    }
}

} // namespace

void registerClaims(erp::core::AreaRegistry &areas)
{
    const QString claims = QStringLiteral("claims");
    areas.setRecalculation(claims, recalculateClaim);
    areas.addGuard(QStringLiteral("crm.claimResolution"), checkClaimResolution);
    areas.addTransitionEffect(claims, afterClaimTransition);
    areas.addJob({QStringLiteral("crm.claimWarnings"), std::chrono::seconds(0), warnOfClaims, QStringLiteral("claims"),
                  {claims}});

    using erp::rpc::Param;
    areas.addMethod(
        {QStringLiteral("crm.claimsDue"), QStringLiteral("read"),
         QStringLiteral("Open claims near or past their deadline, overdue first: {within_hours?, responsible?, limit?} "
                        "-> {rows: [{id, number, subject, partner, responsible, deadline, warn_at, sla_state, overdue}]}."),
         erp::rpc::Access::Read,
         [](erp::rpc::CallContext &ctx, const QCborMap &params) -> QCborValue {
             const QCborValue within = params.value(QStringLiteral("within_hours"));
             const QCborValue limit = params.value(QStringLiteral("limit"));
             QCborMap out;
             out.insert(QStringLiteral("rows"),
                        dueClaims(ctx.db, ctx.model, ctx.user, QDateTime::currentDateTimeUtc(),
                                  within.isInteger() ? std::optional<qint64>(within.toInteger()) : std::nullopt,
                                  optionalRef(ctx, params, QStringLiteral("responsible"), QStringLiteral("users")),
                                  limit.isInteger() ? int(limit.toInteger()) : 100));
             return out;
         },
         {Param::integer(QStringLiteral("within_hours"), 0, 100000), Param::integer(QStringLiteral("responsible"), 1),
          Param::integer(QStringLiteral("limit"), 1, 1000)}});
    // What the scheduler's job calls (takeClaimWarnings); as a method for an administrator and tests.
    areas.addMethod(
        {QStringLiteral("crm.takeClaimWarnings"), QStringLiteral("admin"),
         QStringLiteral("Brings the service level of open claims up to now and takes the warnings not given yet, one "
                        "per claim and state: {} -> {warnings: [{claim, number, subject, responsible, deadline, state}]}."),
         erp::rpc::Access::Write,
         [](erp::rpc::CallContext &ctx, const QCborMap &) -> QCborValue {
             QCborArray rows;
             for (const ClaimWarning &w : takeClaimWarnings(ctx.db, ctx.model, QDateTime::currentDateTimeUtc())) {
                 QCborMap row;
                 row.insert(QStringLiteral("claim"), w.claim);
                 row.insert(QStringLiteral("number"), w.number);
                 row.insert(QStringLiteral("subject"), w.subject);
                 row.insert(QStringLiteral("responsible"),
                            w.responsible ? QCborValue(w.responsible) : QCborValue(QCborValue::Null));
                 row.insert(QStringLiteral("deadline"), w.deadline.toString(Qt::ISODateWithMs));
                 row.insert(QStringLiteral("state"), w.state);
                 rows.append(row);
             }
             QCborMap out;
             out.insert(QStringLiteral("warnings"), rows);
             return out;
         },
         {}});
}

} // namespace erp::crm
