#include "reminders.h"

#include "core/access.h"
#include "core/jobs.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"

#include <QHash>
#include "db/query.h"

namespace erp::crm {

using erp::db::execute;

namespace {

// The most tasks one run reminds; the rest wait for the next tick.
constexpr int Batch = 500;

struct Due
{
    qint64 id = 0;
    QString number, subject;
    QVariant dueAt, moment;
    qint64 partner = 0;
    QString partnerName;
    qint64 assignee = 0;
    QString role;
};

struct Recipient
{
    qint64 id = 0;
    QString role;
};

QCborValue wireMoment(const QVariant &column)
{
    return column.isNull() ? QCborValue(QCborValue::Null) : erp::db::timestampToCbor(column);
}

} // namespace

void remindTasks(erp::core::JobContext &ctx)
{
    erp::db::Query q(ctx.db);
    q.setForwardOnly(true);
    const QVariant now = sqlMoment(ctx.now);
    execute(q,
            QStringLiteral("SELECT FIRST %1 t.ID, t.\"NUMBER\", t.SUBJECT, t.DUE_AT, COALESCE(t.REMIND_AT, t.DUE_AT), "
                           "t.PARTNER, p.NAME, t.ASSIGNEE, t.ASSIGNEE_ROLE FROM DOC_TASKS t "
                           "LEFT JOIN CAT_PARTNERS p ON p.ID = t.PARTNER "
                           "WHERE t.STATUS = 'open' AND t.DELETED = FALSE AND COALESCE(t.REMIND_AT, t.DUE_AT) <= ? "
                           "AND (t.REMINDED_FOR IS NULL OR t.REMINDED_FOR <> COALESCE(t.REMIND_AT, t.DUE_AT)) "
                           "ORDER BY 5, t.ID")
                .arg(Batch),
            {now});
    QList<Due> due;
    while (q.next())
        due.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3), q.value(4),
                     q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toString()});
    if (due.isEmpty())
        return;

    // Who works in each role, and each assignee's role (for the access gate on the partner's name).
    QHash<QString, QList<Recipient>> byRole;
    QHash<qint64, QString> roleOf;
    execute(q, QStringLiteral("SELECT ID, \"ROLE\" FROM CAT_USERS WHERE ACTIVE = TRUE AND DELETED = FALSE"));
    while (q.next()) {
        const Recipient r{q.value(0).toLongLong(), q.value(1).toString()};
        byRole[r.role].append(r);
        roleOf.insert(r.id, r.role);
    }
    const erp::meta::ObjectKind *partners = ctx.model.kind(QStringLiteral("partners"));
    for (const Due &task : std::as_const(due)) {
        execute(q, QStringLiteral("UPDATE DOC_TASKS SET REMINDED_FOR = ? WHERE ID = ?"),
                {task.moment, qlonglong(task.id)});
        QList<Recipient> recipients;
        if (task.assignee)
            recipients.append({task.assignee, roleOf.value(task.assignee)});
        else
            recipients = byRole.value(task.role);
        const bool overdue = !task.dueAt.isNull() && utcMoment(task.dueAt) < ctx.now;
        QCborMap data;
        data.insert(QStringLiteral("kind"), QStringLiteral("tasks"));
        data.insert(QStringLiteral("id"), task.id);
        data.insert(QStringLiteral("number"), task.number);
        data.insert(QStringLiteral("subject"), task.subject);
        data.insert(QStringLiteral("due_at"), wireMoment(task.dueAt));
        data.insert(QStringLiteral("remind_at"), wireMoment(task.moment));
        data.insert(QStringLiteral("overdue"), overdue);
        QSet<qint64> withPartner, withoutPartner;
        for (const Recipient &r : std::as_const(recipients)) {
            // The partner's name only for those who may see the partner (the task itself
            // passes the gate in the session).
            bool visible = task.partner != 0;
            if (visible && partners) {
                erp::core::UserInfo user{r.id, QString(), QString(), r.role,
                                         erp::core::AccessPolicy::rightsOfRole(r.role)};
                visible = erp::core::AccessPolicy::canRead(user, *partners) &&
                          erp::core::AccessPolicy::visibleIds(ctx.db, user, *partners, {task.partner}).contains(task.partner);
            }
            (visible ? withPartner : withoutPartner).insert(r.id);
        }
        QCborMap partner;
        partner.insert(QStringLiteral("id"), task.partner);
        partner.insert(QStringLiteral("name"), task.partnerName);
        QCborMap full = data;
        full.insert(QStringLiteral("partner"), partner);
        data.insert(QStringLiteral("partner"), QCborValue(QCborValue::Null));
        ctx.push(withPartner, QStringLiteral("reminder"), full);
        ctx.push(withoutPartner, QStringLiteral("reminder"), data);
    }
}

} // namespace erp::crm
