#include "crmarea.h"

#include "core/areas.h"
#include "core/jobs.h"
#include "segmentjobs.h"
#include "rpc/params.h"
#include "segmentstore.h"

#include <QCborArray>
#include <QCborMap>

namespace erp::crm {

namespace {

using erp::rpc::CallContext;
using erp::rpc::Param;

QDateTime moment(const QCborMap &params, const QString &name)
{
    return erp::rpc::momentParam(params, name, QDateTime::currentDateTimeUtc());
}

qint64 id(const QCborMap &params, const QString &name)
{
    return params.value(name).toInteger();
}

} // namespace

void registerSegments(erp::core::AreaRegistry &areas)
{
    // Segments by rules follow their partners through the day: rebuilt every hour.
    areas.addJob({QStringLiteral("crm.segments"), std::chrono::hours(1),
                  [](erp::core::JobContext &ctx) { rebuildAllSegments(ctx.db, ctx.model, ctx.now); },
                  QStringLiteral("segments"), {QStringLiteral("segments")}});
    const Param segment = Param::integer(QStringLiteral("segment"), 1).require();
    areas.addMethod({QStringLiteral("crm.rebuildSegment"), QStringLiteral("write"),
                     QStringLiteral("Rebuilds a segment's membership from its rules now: {segment} -> {segment, name, "
                                    "members, joined, left, at}."),
                     erp::rpc::Access::Write,
                     [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return SegmentStore(ctx.db, ctx.model, ctx.user)
                             .rebuild(id(params, QStringLiteral("segment")), QDateTime::currentDateTimeUtc());
                     },
                     {segment}});
    areas.addMethod({QStringLiteral("crm.rebuildSegments"), QStringLiteral("write"),
                     QStringLiteral("Rebuilds every segment by rules: {} -> {segments: [{segment, name, members, "
                                    "joined, left, at}]}."),
                     erp::rpc::Access::Write,
                     [](CallContext &ctx, const QCborMap &) -> QCborValue {
                         return SegmentStore(ctx.db, ctx.model, ctx.user).rebuildAll(QDateTime::currentDateTimeUtc());
                     },
                     {}});
    areas.addMethod({QStringLiteral("crm.setSegmentMembers"), QStringLiteral("write"),
                     QStringLiteral("Adds and removes partners of a manual segment now: {segment, add?: [partner], "
                                    "remove?: [partner]} -> {segment, name, members, joined, left, at}."),
                     erp::rpc::Access::Write,
                     [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return SegmentStore(ctx.db, ctx.model, ctx.user)
                             .setMembers(id(params, QStringLiteral("segment")), params.value(QStringLiteral("add")),
                                         params.value(QStringLiteral("remove")), QDateTime::currentDateTimeUtc());
                     },
                     {segment, Param::array(QStringLiteral("add")), Param::array(QStringLiteral("remove"))}});
    areas.addMethod({QStringLiteral("crm.segmentMembers"), QStringLiteral("read"),
                     QStringLiteral("The members of a segment at a moment (now by default), by partner id: {segment, "
                                    "at?, after?, limit?} -> {rows: [{partner, name, since, until}], more, next?}."),
                     erp::rpc::Access::Read,
                     [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         const QCborValue limit = params.value(QStringLiteral("limit"));
                         return SegmentStore(ctx.db, ctx.model, ctx.user)
                             .members(id(params, QStringLiteral("segment")), moment(params, QStringLiteral("at")),
                                      id(params, QStringLiteral("after")), limit.isInteger() ? int(limit.toInteger()) : 100);
                     },
                     {segment, Param::moment(QStringLiteral("at")), Param::integer(QStringLiteral("after"), 0),
                      Param::integer(QStringLiteral("limit"), 1, 1000)}});
    areas.addMethod({QStringLiteral("crm.partnerSegments"), QStringLiteral("read"),
                     QStringLiteral("The segments of a partner at a moment (now by default), or every stay in one "
                                    "(history): {partner, at?, history?} -> {rows: [{segment, name, since, until}]}."),
                     erp::rpc::Access::Read,
                     [](CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return SegmentStore(ctx.db, ctx.model, ctx.user)
                             .partnerSegments(id(params, QStringLiteral("partner")), moment(params, QStringLiteral("at")),
                                              params.value(QStringLiteral("history")).toBool());
                     },
                     {Param::integer(QStringLiteral("partner"), 1).require(), Param::moment(QStringLiteral("at")),
                      Param::boolean(QStringLiteral("history"))}});
}

} // namespace erp::crm
