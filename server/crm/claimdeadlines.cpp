#include "claimdeadlines.h"

#include "claimschedule.h"
#include "core/datasource.h"
#include "core/posting.h"
#include "core/postinghelpers.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>

namespace erp::crm {

using namespace erp::core::posting;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Claims)
};

QDateTime moment(const QCborValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

QCborValue wire(const QDateTime &d)
{
    return d.isValid() ? QCborValue(d.toUTC().toString(Qt::ISODateWithMs)) : QCborValue(QCborValue::Null);
}

qint64 seconds(const QCborValue &hours, const QString &field)
{
    return times(decimal(hours, field), erp::Decimal::fromUnits(3600, 0), 0, field).toString().toLongLong();
}

// A related document must be the claim's client's.
void requireSamePartner(erp::core::RecalcContext &ctx, const QString &field, const QString &kind)
{
    const QCborValue id = ctx.document.value(field);
    const QCborValue partner = ctx.document.value(QStringLiteral("partner"));
    if (!id.isInteger() || !partner.isInteger())
        return;
    if (ctx.data.field(kind, id.toInteger(), QStringLiteral("partner")) != partner)
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("%1: %2 is a document of another client").arg(field,
                           ctx.data.field(kind, id.toInteger(), QStringLiteral("number")).toString()),
                       field);
}

void fillFrom(erp::core::RecalcContext &ctx, const QString &field, const QString &kind, const QString &from)
{
    const QCborValue id = ctx.document.value(from);
    if (ctx.document.value(field).isInteger() || !id.isInteger())
        return;
    const QCborValue value = ctx.data.field(kind, id.toInteger(), field);
    if (value.isInteger())
        ctx.document.insert(field, value);
}

void computeDeadlines(erp::core::RecalcContext &ctx)
{
    const QCborValue type = ctx.document.value(QStringLiteral("claim_type"));
    const QDateTime registered = moment(ctx.document.value(QStringLiteral("date")));
    if (!type.isInteger() || !registered.isValid()) {
        for (const char *f : {"response_deadline", "deadline", "warn_at"})
            ctx.document.insert(QLatin1String(f), QCborValue(QCborValue::Null));
        return;
    }
    const QString typeField = QStringLiteral("claim_type");
    const QString types = QStringLiteral("claim_types");
    QCborValue schedule = ctx.data.field(types, type.toInteger(), QStringLiteral("work_schedule"));
    if (!schedule.isInteger())
        if (const qint64 fallback = ctx.data.idByCode(QStringLiteral("work_schedules"), QLatin1String(DefaultScheduleCode)))
            schedule = fallback;
    if (!schedule.isInteger())
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("claim_type: the claim type has no work schedule, and there is no schedule \"%1\"")
                           .arg(QLatin1String(DefaultScheduleCode)),
                       typeField);
    const WorkCalendar calendar = loadWorkCalendar(ctx.data, schedule.toInteger(), typeField);
    // Working hours are on the company's wall clock: the server's time zone, as due dates are.
    const QDateTime local = registered.toLocalTime();
    const auto hours = [&](const char *name) {
        return seconds(ctx.data.field(types, type.toInteger(), QLatin1String(name)), typeField);
    };
    const std::optional<QDateTime> response = calendar.add(local, hours("response_hours"));
    const std::optional<QDateTime> deadline = calendar.add(local, hours("resolution_hours"));
    if (!response || !deadline)
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("claim_type: its work schedule has no working time in the next ten years"), typeField);
    QDateTime warn = calendar.subtract(*deadline, hours("warn_hours")).value_or(local);
    if (warn < local)
        warn = local;
    ctx.document.insert(QStringLiteral("response_deadline"), wire(*response));
    ctx.document.insert(QStringLiteral("deadline"), wire(*deadline));
    ctx.document.insert(QStringLiteral("warn_at"), wire(warn));
}

} // namespace

bool isOpenClaimState(const QString &status)
{
    return status == QLatin1String("new") || status == QLatin1String("in_progress");
}

QString slaState(const QString &status, const QDateTime &now, const QDateTime &warnAt, const QDateTime &deadline,
                 const QDateTime &resolvedAt)
{
    if (!deadline.isValid())
        return QString();
    if (!isOpenClaimState(status))
        return resolvedAt.isValid() && resolvedAt > deadline ? QStringLiteral("missed") : QStringLiteral("met");
    if (now > deadline)
        return QStringLiteral("overdue");
    if (warnAt.isValid() && now >= warnAt)
        return QStringLiteral("due_soon");
    return QStringLiteral("on_time");
}

void recalculateClaim(erp::core::RecalcContext &ctx)
{
    requireSamePartner(ctx, QStringLiteral("sales_invoice"), QStringLiteral("sales_invoices"));
    requireSamePartner(ctx, QStringLiteral("shipment"), QStringLiteral("shipments"));
    requireSamePartner(ctx, QStringLiteral("sales_order"), QStringLiteral("sales_orders"));
    fillFrom(ctx, QStringLiteral("counterparty"), QStringLiteral("sales_invoices"), QStringLiteral("sales_invoice"));
    fillFrom(ctx, QStringLiteral("warehouse"), QStringLiteral("shipments"), QStringLiteral("shipment"));
    computeDeadlines(ctx);

    const QString status = ctx.document.value(QStringLiteral("status")).isString()
                               ? ctx.document.value(QStringLiteral("status")).toString()
                               : QStringLiteral("new");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime responded = moment(ctx.document.value(QStringLiteral("responded_at")));
    QDateTime resolved = moment(ctx.document.value(QStringLiteral("resolved_at")));
    if (status == QLatin1String("new"))
        responded = QDateTime();
    else if (!responded.isValid())
        responded = now;
    if (isOpenClaimState(status))
        resolved = QDateTime();
    else if (!resolved.isValid())
        resolved = now;
    ctx.document.insert(QStringLiteral("responded_at"), wire(responded));
    ctx.document.insert(QStringLiteral("resolved_at"), wire(resolved));
    const QString state = slaState(status, now, moment(ctx.document.value(QStringLiteral("warn_at"))),
                                   moment(ctx.document.value(QStringLiteral("deadline"))), resolved);
    ctx.document.insert(QStringLiteral("sla_state"), state.isEmpty() ? QCborValue(QCborValue::Null) : QCborValue(state));
}

} // namespace erp::crm
