#include "tasklist.h"

#include "core/access.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "reminders.h"

#include <QCborArray>
#include "db/query.h"

namespace erp::crm {

using erp::db::execute;

namespace {

QCborValue momentValue(const QVariant &column)
{
    return column.isNull() ? QCborValue(QCborValue::Null) : erp::db::timestampToCbor(column);
}

QCborValue tasks(erp::rpc::CallContext &ctx, const QCborMap &params)
{
    const erp::meta::ObjectKind &kind = *ctx.model.kind(QStringLiteral("tasks"));
    const bool includeDone = params.value(QStringLiteral("include_done")).toBool(false);
    const qint64 limit = params.value(QStringLiteral("limit")).toInteger(100);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(ctx.user, kind);
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT FIRST %1 t.ID, t.\"NUMBER\", t.SUBJECT, t.STATUS, t.DUE_AT, t.REMIND_AT, "
                           "t.PRIORITY, t.PARTNER, p.NAME, t.DEAL, d.\"NUMBER\", d.SUBJECT, t.ASSIGNEE_ROLE "
                           "FROM DOC_TASKS t LEFT JOIN CAT_PARTNERS p ON p.ID = t.PARTNER "
                           "LEFT JOIN DOC_DEALS d ON d.ID = t.DEAL "
                           "WHERE t.DELETED = FALSE AND (t.ASSIGNEE = ? OR t.ASSIGNEE_ROLE = ?) AND t.STATUS IN (%2)%3 "
                           "ORDER BY CASE WHEN t.STATUS = 'open' THEN 0 ELSE 1 END, "
                           "CASE WHEN t.STATUS = 'open' AND t.DUE_AT < ? THEN 0 WHEN t.DUE_AT IS NOT NULL THEN 1 "
                           "ELSE 2 END, t.DUE_AT, t.ID")
                .arg(limit + 1)
                .arg(includeDone ? QStringLiteral("'open', 'done'") : QStringLiteral("'open'"),
                     visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
            QVariantList{qlonglong(ctx.user.id), ctx.user.role} + visible.binds + QVariantList{sqlMoment(now)});
    struct Row
    {
        QCborMap row;
        qint64 partner = 0, deal = 0;
        QString partnerName, dealNumber, dealSubject;
    };
    QList<Row> rows;
    QList<qint64> partnerIds, dealIds;
    while (q.next()) {
        Row r;
        const bool open = q.value(3).toString() == QLatin1String("open");
        const QVariant due = q.value(4), remind = q.value(5);
        r.row.insert(QStringLiteral("id"), q.value(0).toLongLong());
        r.row.insert(QStringLiteral("number"), q.value(1).toString());
        r.row.insert(QStringLiteral("subject"), q.value(2).toString());
        r.row.insert(QStringLiteral("status"), q.value(3).toString());
        r.row.insert(QStringLiteral("due_at"), momentValue(due));
        r.row.insert(QStringLiteral("remind_at"), momentValue(remind));
        r.row.insert(QStringLiteral("overdue"), open && !due.isNull() && utcMoment(due) < now);
        const QVariant reminder = remind.isNull() ? due : remind;
        r.row.insert(QStringLiteral("reminder_due"), open && !reminder.isNull() && utcMoment(reminder) <= now);
        r.row.insert(QStringLiteral("priority"), q.value(6).toString());
        r.row.insert(QStringLiteral("for_role"), q.value(12).isNull() ? QCborValue(QCborValue::Null)
                                                                      : QCborValue(q.value(12).toString()));
        r.partner = q.value(7).toLongLong();
        r.partnerName = q.value(8).toString();
        r.deal = q.value(9).toLongLong();
        r.dealNumber = q.value(10).toString();
        r.dealSubject = q.value(11).toString();
        if (r.partner)
            partnerIds.append(r.partner);
        if (r.deal)
            dealIds.append(r.deal);
        rows.append(r);
    }
    const bool more = rows.size() > limit;
    if (more)
        rows.removeLast();
    // The client and the deal only when the user may see them.
    auto visibleOf = [&](const QString &name, const QList<qint64> &ids) {
        const erp::meta::ObjectKind *k = ctx.model.kind(name);
        if (!k || !erp::core::AccessPolicy::canRead(ctx.user, *k))
            return QSet<qint64>();
        return erp::core::AccessPolicy::visibleIds(ctx.db, ctx.user, *k, ids);
    };
    const QSet<qint64> partners = visibleOf(QStringLiteral("partners"), partnerIds);
    const QSet<qint64> deals = visibleOf(QStringLiteral("deals"), dealIds);
    QCborArray out;
    for (Row &r : rows) {
        QCborValue partner(QCborValue::Null), deal(QCborValue::Null);
        if (r.partner && partners.contains(r.partner)) {
            QCborMap m;
            m.insert(QStringLiteral("id"), r.partner);
            m.insert(QStringLiteral("name"), r.partnerName);
            partner = m;
        }
        if (r.deal && deals.contains(r.deal)) {
            QCborMap m;
            m.insert(QStringLiteral("id"), r.deal);
            m.insert(QStringLiteral("number"), r.dealNumber);
            m.insert(QStringLiteral("subject"), r.dealSubject);
            deal = m;
        }
        r.row.insert(QStringLiteral("partner"), partner);
        r.row.insert(QStringLiteral("deal"), deal);
        out.append(r.row);
    }
    QCborMap result;
    result.insert(QStringLiteral("rows"), out);
    result.insert(QStringLiteral("more"), more);
    return result;
}

} // namespace

erp::rpc::Method myTasksMethod()
{
    return {QStringLiteral("crm.myTasks"),
            QStringLiteral("read"),
            QStringLiteral("The logged-in user's open tasks (theirs and their role's), overdue first: "
                           "{include_done?, limit?} -> {rows: [{id, number, subject, status, due_at, remind_at, "
                           "overdue, reminder_due, priority, for_role, partner, deal}], more}."),
            erp::rpc::Access::Read,
            tasks,
            {erp::rpc::Param::boolean(QStringLiteral("include_done")),
             erp::rpc::Param::integer(QStringLiteral("limit"), 1, 1000)}};
}

} // namespace erp::crm
