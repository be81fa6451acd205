#include "followups.h"

#include "core/documentstore.h"
#include "core/jobs.h"
#include "core/postinghelpers.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "reminders.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include "db/query.h"

namespace erp::crm {

using erp::core::posting::map;
using erp::db::execute;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm)
};

constexpr int Batch = 200;

struct Rule
{
    qint64 id = 0;
    QString name, appliesTo, subject, role, priority;
    int days = 0, dueDays = 0;
};

struct Stale
{
    qint64 partner = 0, deal = 0, manager = 0;
};

QList<Rule> activeRules(QSqlDatabase &db)
{
    erp::db::Query q(db);
    q.setForwardOnly(true);
    execute(q, QStringLiteral("SELECT ID, NAME, APPLIES_TO, TASK_SUBJECT, ASSIGNEE_ROLE, PRIORITY, DAYS, DUE_DAYS "
                              "FROM CAT_FOLLOW_UP_RULES WHERE ACTIVE = TRUE AND DELETED = FALSE ORDER BY ID"));
    QList<Rule> rules;
    while (q.next())
        rules.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), int(qBound(qlonglong(0), q.value(6).toLongLong(), qlonglong(1000000))),
                      int(qBound(qlonglong(0), q.value(7).toLongLong(), qlonglong(1000000)))});
    return rules;
}

// Clients or open deals silent since `cutoff` that have no open task of the rule and none
// raised since `cutoff`.
QList<Stale> staleObjects(QSqlDatabase &db, const Rule &rule, const QVariant &cutoff)
{
    erp::db::Query q(db);
    q.setForwardOnly(true);
    QList<Stale> out;
    if (rule.appliesTo == QLatin1String("deals")) {
        execute(q,
                QStringLiteral("SELECT FIRST %1 d.ID, d.PARTNER, COALESCE(d.MANAGER, p.MANAGER) FROM DOC_DEALS d "
                               "LEFT JOIN CAT_PARTNERS p ON p.ID = d.PARTNER "
                               "WHERE d.STATUS NOT IN ('won', 'lost') AND d.DELETED = FALSE AND d.DOC_DATE <= ? "
                               "AND NOT EXISTS (SELECT 1 FROM DOC_INTERACTIONS i WHERE i.DEAL = d.ID "
                               "AND i.STATUS = 'done' AND i.DELETED = FALSE AND i.DOC_DATE > ?) "
                               "AND NOT EXISTS (SELECT 1 FROM DOC_TASKS t WHERE t.DEAL = d.ID "
                               "AND t.FOLLOW_UP_RULE = ? AND t.DELETED = FALSE "
                               "AND (t.STATUS = 'open' OR t.DOC_DATE > ?)) ORDER BY d.ID")
                    .arg(Batch),
                {cutoff, cutoff, qlonglong(rule.id), cutoff});
        while (q.next())
            out.append({q.value(1).toLongLong(), q.value(0).toLongLong(), q.value(2).toLongLong()});
    } else {
        execute(q,
                QStringLiteral("SELECT FIRST %1 p.ID, p.MANAGER FROM CAT_PARTNERS p "
                               "WHERE p.IS_CLIENT = TRUE AND p.IS_GROUP = FALSE AND p.DELETED = FALSE "
                               "AND COALESCE(CAST(p.REGISTERED_ON AS TIMESTAMP), p.CREATED_AT) <= ? "
                               "AND NOT EXISTS (SELECT 1 FROM DOC_INTERACTIONS i WHERE i.PARTNER = p.ID "
                               "AND i.STATUS = 'done' AND i.DELETED = FALSE AND i.DOC_DATE > ?) "
                               "AND NOT EXISTS (SELECT 1 FROM DOC_TASKS t WHERE t.PARTNER = p.ID "
                               "AND t.FOLLOW_UP_RULE = ? AND t.DELETED = FALSE "
                               "AND (t.STATUS = 'open' OR t.DOC_DATE > ?)) ORDER BY p.ID")
                    .arg(Batch),
                {cutoff, cutoff, qlonglong(rule.id), cutoff});
        while (q.next())
            out.append({q.value(0).toLongLong(), 0, q.value(1).toLongLong()});
    }
    return out;
}

} // namespace

void raiseFollowUps(erp::core::JobContext &ctx)
{
    const QList<Rule> rules = activeRules(ctx.db);
    if (rules.isEmpty())
        return;
    erp::core::DocumentStore store(ctx.db, ctx.model, ctx.areas, ctx.user, &ctx.events);
    erp::db::Query q(ctx.db);
    for (const Rule &rule : rules) {
        if (rule.appliesTo == QLatin1String("deals") && !ctx.model.kind(QStringLiteral("deals")))
            continue; // deals are switched off: their rules wait
        const QDateTime cutoff = ctx.now.addDays(-rule.days);
        if (rule.days < 1 || !cutoff.isValid() || cutoff.date().year() < 2)
            continue; // a rule of more days than the calendar holds never fires
        const QDateTime due = ctx.now.addDays(rule.dueDays);
        for (const Stale &s : staleObjects(ctx.db, rule, sqlMoment(cutoff))) {
            QCborMap values = map({{QStringLiteral("subject"), rule.subject},
                                   {QStringLiteral("description"),
                                    Text::tr("Raised by the follow-up rule \"%1\": no done interaction for %2 days.")
                                        .arg(rule.name)
                                        .arg(rule.days)},
                                   {QStringLiteral("partner"), s.partner},
                                   {QStringLiteral("priority"), rule.priority}});
            if (due.isValid())
                values.insert(QStringLiteral("due_at"), due.toString(Qt::ISODateWithMs));
            if (s.deal)
                values.insert(QStringLiteral("deal"), s.deal);
            if (!rule.role.isEmpty())
                values.insert(QStringLiteral("assignee_role"), rule.role);
            else if (s.manager)
                values.insert(QStringLiteral("assignee"), s.manager);
            else
                values.insert(QStringLiteral("assignee_role"), QStringLiteral("manager"));
            // One savepoint per task: a task the store refuses is logged, the others are raised.
            execute(q, QStringLiteral("SAVEPOINT FOLLOW_UP_TASK"));
            try {
                const QCborMap task =
                    store.create(map({{QStringLiteral("kind"), QStringLiteral("tasks")}, {QStringLiteral("values"), values}}));
                // The rule is the server's to keep (read-only to clients).
                store.writeFields(store.kindFor(map({{QStringLiteral("kind"), QStringLiteral("tasks")}}), true),
                                  task.value(QStringLiteral("id")).toInteger(),
                                  map({{QStringLiteral("follow_up_rule"), rule.id}}));
                execute(q, QStringLiteral("RELEASE SAVEPOINT FOLLOW_UP_TASK"));
            } catch (const erp::rpc::RpcError &e) {
                execute(q, QStringLiteral("ROLLBACK TO SAVEPOINT FOLLOW_UP_TASK"));
                qWarning().noquote() << QStringLiteral("follow-up rule %1: no task for partner %2, deal %3: %4")
                                            .arg(rule.name)
                                            .arg(s.partner)
                                            .arg(s.deal)
                                            .arg(e.message);
            }
        }
    }
}

} // namespace erp::crm
