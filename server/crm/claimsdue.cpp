#include "claimsdue.h"

#include "core/access.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"

#include <QCborMap>
#include "db/query.h"

namespace erp::crm {

using erp::db::execute;
using erp::db::quoteIdentifier;

namespace {

QVariant wall(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    return QDateTime(u.date(), u.time());
}

// The service level of an open claim at the moment bound twice.
const QString LiveState = QStringLiteral(
    "TRIM(CASE WHEN t.DEADLINE < ? THEN 'overdue' WHEN t.WARN_AT <= ? THEN 'due_soon' ELSE 'on_time' END)");
const QString Open = QStringLiteral(
    "t.STATUS IN ('new', 'in_progress') AND t.DELETED = FALSE AND t.DEADLINE IS NOT NULL");

QString table(const erp::meta::Model &model)
{
    return quoteIdentifier(model.kind(QStringLiteral("claims"))->table);
}

} // namespace

QCborArray dueClaims(QSqlDatabase &db, const erp::meta::Model &model, const erp::core::UserInfo &user,
                     const QDateTime &now, std::optional<qint64> withinHours, qint64 responsible, int limit)
{
    const erp::meta::ObjectKind &claims = *model.kind(QStringLiteral("claims"));
    const erp::meta::ObjectKind &partners = *model.kind(QStringLiteral("partners"));
    const erp::core::RowFilter visible = erp::core::AccessPolicy::rowFilter(user, claims);
    QString sql = QStringLiteral("SELECT FIRST %1 t.ID, t.NUMBER, t.SUBJECT, t.PARTNER, p.NAME, t.RESPONSIBLE, "
                                 "t.DEADLINE, t.WARN_AT, %2 FROM %3 t LEFT JOIN %4 p ON p.ID = t.PARTNER WHERE %5")
                      .arg(limit)
                      .arg(LiveState, table(model), quoteIdentifier(partners.table), Open);
    QVariantList binds{wall(now), wall(now)};
    if (withinHours) {
        sql += QStringLiteral(" AND t.DEADLINE <= ?");
        binds.append(wall(now.addSecs(*withinHours * 3600)));
    } else {
        sql += QStringLiteral(" AND t.WARN_AT <= ?");
        binds.append(wall(now));
    }
    if (responsible) {
        sql += QStringLiteral(" AND t.RESPONSIBLE = ?");
        binds.append(qlonglong(responsible));
    }
    if (!visible.isEmpty()) {
        sql += QStringLiteral(" AND ") + visible.sql;
        binds += visible.binds;
    }
    sql += QStringLiteral(" ORDER BY t.DEADLINE, t.ID");
    erp::db::Query q(db);
    q.setForwardOnly(true);
    execute(q, sql, binds);
    QCborArray rows;
    while (q.next()) {
        QCborMap row;
        row.insert(QStringLiteral("id"), q.value(0).toLongLong());
        row.insert(QStringLiteral("number"), q.value(1).toString());
        row.insert(QStringLiteral("subject"), q.value(2).toString());
        row.insert(QStringLiteral("partner"), q.value(3).toLongLong());
        row.insert(QStringLiteral("display"), QCborMap{{QStringLiteral("partner"), q.value(4).toString()}});
        row.insert(QStringLiteral("responsible"),
                   q.value(5).isNull() ? QCborValue(QCborValue::Null) : QCborValue(q.value(5).toLongLong()));
        row.insert(QStringLiteral("deadline"), erp::db::timestampToCbor(q.value(6)));
        row.insert(QStringLiteral("warn_at"), erp::db::timestampToCbor(q.value(7)));
        const QString state = q.value(8).toString();
        row.insert(QStringLiteral("sla_state"), state);
        row.insert(QStringLiteral("overdue"), state == QLatin1String("overdue"));
        rows.append(row);
    }
    return rows;
}

QList<ClaimWarning> takeClaimWarnings(QSqlDatabase &db, const erp::meta::Model &model, const QDateTime &now)
{
    erp::db::Query q(db);
    const QVariantList twice{wall(now), wall(now)};
    execute(q,
            QStringLiteral("UPDATE %1 t SET t.SLA_STATE = %2 WHERE %3 AND t.SLA_STATE IS DISTINCT FROM %2")
                .arg(table(model), LiveState, Open),
            twice + twice);
    const QString due = QStringLiteral("%1 AND t.WARN_AT <= ? AND t.WARNED_STATE IS DISTINCT FROM %2").arg(Open, LiveState);
    const QVariantList dueBinds = QVariantList{wall(now)} + twice;
    q.setForwardOnly(true);
    execute(q,
            QStringLiteral("SELECT t.ID, t.NUMBER, t.SUBJECT, t.RESPONSIBLE, t.DEADLINE, %1 FROM %2 t WHERE %3 "
                           "ORDER BY t.DEADLINE, t.ID")
                .arg(LiveState, table(model), due),
            twice + dueBinds);
    QList<ClaimWarning> out;
    while (q.next()) {
        QDateTime deadline = q.value(4).toDateTime();
        deadline.setTimeSpec(Qt::UTC);
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    deadline, q.value(5).toString()});
    }
    erp::db::Query w(db);
    execute(w, QStringLiteral("UPDATE %1 t SET t.WARNED_STATE = %2 WHERE %3").arg(table(model), LiveState, due),
            twice + dueBinds);
    return out;
}

} // namespace erp::crm
