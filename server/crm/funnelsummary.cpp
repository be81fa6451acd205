#include "funnelsummary.h"

#include "db/sqlvalue.h"
#include "decimal.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include "db/query.h"

namespace erp::crm {

namespace {

bool exists(QSqlDatabase &db, const QString &systemTable, const QString &column, const QString &name)
{
    erp::db::Query q(db);
    erp::db::execute(q, QStringLiteral("SELECT 1 FROM %1 WHERE TRIM(%2) = ?").arg(systemTable, column), {name});
    return q.next();
}

const char *const Tables[][2] = {
    {"RPT_STAGE_ORDER", "CREATE TABLE RPT_STAGE_ORDER (STAGE VARCHAR(40) NOT NULL PRIMARY KEY, ORD SMALLINT NOT NULL)"},
    {"RPT_DEAL_FURTHEST", "CREATE TABLE RPT_DEAL_FURTHEST (DEAL_ID BIGINT NOT NULL PRIMARY KEY, FURTHEST SMALLINT NOT NULL)"},
    {"RPT_FUNNEL_M",
     "CREATE TABLE RPT_FUNNEL_M (CREATED_MONTH INTEGER NOT NULL, MANAGER BIGINT, DEAL_TYPE BIGINT, "
     "INFORMATION_SOURCE BIGINT, MARKETING_EVENT BIGINT, FURTHEST SMALLINT NOT NULL, STATUS VARCHAR(40) NOT NULL, "
     "DEALS INTEGER NOT NULL, AMOUNT NUMERIC(18, 4) NOT NULL, WEIGHTED NUMERIC(18, 4) NOT NULL)"},
};

const QString Trigger = QStringLiteral("RPT_DEALS_FUNNEL");

// One delta row of deal `row` (OLD or NEW) at furthest stage `furthest`, `sign` +1 or -1.
QString delta(const QString &row, const QString &furthest, int sign)
{
    const QString s = sign < 0 ? QStringLiteral("-") : QString();
    return QStringLiteral(
               "INSERT INTO RPT_FUNNEL_M (CREATED_MONTH, MANAGER, DEAL_TYPE, INFORMATION_SOURCE, MARKETING_EVENT, "
               "FURTHEST, STATUS, DEALS, AMOUNT, WEIGHTED) VALUES (EXTRACT(YEAR FROM %1.DOC_DATE) * 100 + "
               "EXTRACT(MONTH FROM %1.DOC_DATE), %1.MANAGER, %1.DEAL_TYPE, %1.INFORMATION_SOURCE, %1.MARKETING_EVENT, "
               "%2, %1.STATUS, %3 1, %3 COALESCE(%1.EXPECTED_AMOUNT, 0), %3 COALESCE(%1.WEIGHTED_AMOUNT, 0));")
        .arg(row, furthest, s);
}

QString triggerDdl(const QString &table)
{
    QStringList same;
    for (const char *column : {"STATUS", "DELETED", "DOC_DATE", "MANAGER", "DEAL_TYPE", "INFORMATION_SOURCE",
                               "MARKETING_EVENT", "EXPECTED_AMOUNT", "WEIGHTED_AMOUNT"})
        same.append(QStringLiteral("NEW.%1 IS NOT DISTINCT FROM OLD.%1").arg(QLatin1String(column)));
    return QStringLiteral(
               "CREATE TRIGGER %1 FOR %2 ACTIVE AFTER INSERT OR UPDATE OR DELETE POSITION 100 AS "
               "DECLARE VARIABLE OLD_F SMALLINT; DECLARE VARIABLE NEW_F SMALLINT; DECLARE VARIABLE ST SMALLINT; "
               "BEGIN "
               "  OLD_F = NULL; "
               "  IF (NOT INSERTING) THEN SELECT FURTHEST FROM RPT_DEAL_FURTHEST WHERE DEAL_ID = OLD.ID INTO :OLD_F; "
               "  IF (DELETING) THEN BEGIN "
               "    IF (OLD.DELETED IS DISTINCT FROM TRUE AND OLD_F IS NOT NULL) THEN %3 "
               "    DELETE FROM RPT_DEAL_FURTHEST WHERE DEAL_ID = OLD.ID; "
               "    EXIT; "
               "  END "
               "  ST = NULL; "
               "  SELECT ORD FROM RPT_STAGE_ORDER WHERE STAGE = NEW.STATUS INTO :ST; "
               "  NEW_F = MAXVALUE(COALESCE(OLD_F, 1), COALESCE(ST, 1)); "
               "  IF (UPDATING) THEN BEGIN "
               "    IF (NEW_F IS NOT DISTINCT FROM OLD_F AND %4) THEN EXIT; "
               "    IF (OLD.DELETED IS DISTINCT FROM TRUE AND OLD_F IS NOT NULL) THEN %3 "
               "  END "
               "  IF (NEW_F IS DISTINCT FROM OLD_F) THEN "
               "    UPDATE OR INSERT INTO RPT_DEAL_FURTHEST (DEAL_ID, FURTHEST) VALUES (NEW.ID, :NEW_F) MATCHING (DEAL_ID); "
               "  IF (NEW.DELETED IS DISTINCT FROM TRUE) THEN %5 "
               "END")
        .arg(Trigger, table, delta(QStringLiteral("OLD"), QStringLiteral(":OLD_F"), -1), same.join(QStringLiteral(" AND ")),
             delta(QStringLiteral("NEW"), QStringLiteral(":NEW_F"), 1));
}

// The summary of the deals as they are: each deal's furthest stage from its status and every
// stage its history entered (every deal began as a lead), then one row per group.
void build(QSqlDatabase &db, const QString &table)
{
    erp::db::Query q(db);
    erp::db::execute(q, QStringLiteral("DELETE FROM RPT_FUNNEL_M"));
    erp::db::execute(q, QStringLiteral("DELETE FROM RPT_DEAL_FURTHEST"));
    erp::db::execute(q, QStringLiteral("INSERT INTO RPT_DEAL_FURTHEST (DEAL_ID, FURTHEST) "
                                       "SELECT d.ID, %2 FROM %1 d LEFT JOIN RPT_STAGE_ORDER s ON s.STAGE = d.STATUS")
                            .arg(table, erp::crm::furthestStage(QStringLiteral("d"), QStringLiteral("s"))));
    erp::db::execute(q, QStringLiteral("INSERT INTO RPT_FUNNEL_M (CREATED_MONTH, MANAGER, DEAL_TYPE, INFORMATION_SOURCE, "
                                       "MARKETING_EVENT, FURTHEST, STATUS, DEALS, AMOUNT, WEIGHTED) "
                                       "SELECT EXTRACT(YEAR FROM d.DOC_DATE) * 100 + EXTRACT(MONTH FROM d.DOC_DATE), "
                                       "d.MANAGER, d.DEAL_TYPE, d.INFORMATION_SOURCE, d.MARKETING_EVENT, f.FURTHEST, "
                                       "d.STATUS, COUNT(*), SUM(COALESCE(d.EXPECTED_AMOUNT, 0)), "
                                       "SUM(COALESCE(d.WEIGHTED_AMOUNT, 0)) FROM %1 d "
                                       "JOIN RPT_DEAL_FURTHEST f ON f.DEAL_ID = d.ID WHERE d.DELETED IS DISTINCT FROM TRUE "
                                       "GROUP BY 1, 2, 3, 4, 5, 6, 7")
                            .arg(table));
}

const QString Group = QStringLiteral("MANAGER, DEAL_TYPE, INFORMATION_SOURCE, MARKETING_EVENT, FURTHEST, STATUS");

} // namespace

qint64 compactFunnelSummary(QSqlDatabase &db)
{
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(q, QStringLiteral("SELECT DISTINCT x.CREATED_MONTH FROM (SELECT CREATED_MONTH FROM RPT_FUNNEL_M "
                                       "GROUP BY CREATED_MONTH, %1 HAVING COUNT(*) > 1 OR SUM(DEALS) = 0) x")
                            .arg(Group));
    QVariantList months;
    while (q.next())
        months.append(q.value(0));
    erp::db::throwIfFetchFailed(q);
    qint64 folded = 0;
    const QString insert = QStringLiteral("INSERT INTO RPT_FUNNEL_M (CREATED_MONTH, %1, DEALS, AMOUNT, WEIGHTED) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                               .arg(Group);
    for (const QVariant &month : std::as_const(months)) {
        erp::db::execute(q, QStringLiteral("SELECT %1, SUM(DEALS), CAST(SUM(AMOUNT) AS VARCHAR(40)), "
                                           "CAST(SUM(WEIGHTED) AS VARCHAR(40)), COUNT(*) FROM RPT_FUNNEL_M "
                                           "WHERE CREATED_MONTH = ? GROUP BY %1")
                                .arg(Group),
                         {month});
        QList<QVariantList> rows;
        qint64 before = 0;
        while (q.next()) {
            before += q.value(9).toLongLong();
            if (q.value(6).toLongLong() == 0 && erp::Decimal::parse(q.value(7).toString())->isZero()
                && erp::Decimal::parse(q.value(8).toString())->isZero())
                continue;
            QVariantList row{month};
            for (int c = 0; c < 9; ++c)
                row.append(q.value(c));
            rows.append(row);
        }
        erp::db::throwIfFetchFailed(q);
        erp::db::execute(q, QStringLiteral("DELETE FROM RPT_FUNNEL_M WHERE CREATED_MONTH = ?"), {month});
        for (const QVariantList &row : std::as_const(rows))
            erp::db::execute(q, insert, row);
        folded += before - rows.size();
    }
    return folded;
}

QString furthestStage(const QString &deal, const QString &order)
{
    return QStringLiteral("MAXVALUE(1, COALESCE(%2.ORD, 1), COALESCE((SELECT MAX(o.ORD) FROM ERP_WORKFLOW_HISTORY h "
                          "JOIN RPT_STAGE_ORDER o ON o.STAGE = h.TO_STATE WHERE h.OBJECT_ID = %1.ID "
                          "AND h.OBJECT_KIND = 'deals'), 1))")
        .arg(deal, order);
}

bool summaryKept(QSqlDatabase &db)
{
    return exists(db, QStringLiteral("RDB$TRIGGERS"), QStringLiteral("RDB$TRIGGER_NAME"), Trigger);
}

QStringList funnelStages(const erp::meta::Model &model)
{
    QStringList stages;
    for (const erp::meta::WorkflowState &s : model.workflowOf(*model.kind(QStringLiteral("deals")))->states)
        if (s.name != QLatin1String("lost"))
            stages.append(s.name);
    return stages;
}

bool ensureFunnelSummary(QSqlDatabase &db, const erp::meta::Model &model, QString *error)
{
    try {
        for (const auto &[name, ddl] : Tables)
            if (!exists(db, QStringLiteral("RDB$RELATIONS"), QStringLiteral("RDB$RELATION_NAME"), QLatin1String(name))) {
                erp::db::Query q(db);
                erp::db::execute(q, QString::fromLatin1(ddl));
            }
        if (!exists(db, QStringLiteral("RDB$INDICES"), QStringLiteral("RDB$INDEX_NAME"), QStringLiteral("RPT_FUNNEL_M_MONTH"))) {
            erp::db::Query q(db);
            erp::db::execute(q, QStringLiteral("CREATE INDEX RPT_FUNNEL_M_MONTH ON RPT_FUNNEL_M (CREATED_MONTH)"));
        }
        erp::db::Query q(db);
        const QStringList stages = funnelStages(model);
        for (qsizetype i = 0; i < stages.size(); ++i)
            erp::db::execute(q, QStringLiteral("UPDATE OR INSERT INTO RPT_STAGE_ORDER (STAGE, ORD) VALUES (?, ?) MATCHING (STAGE)"),
                             {stages.at(i), int(i + 1)});
        if (exists(db, QStringLiteral("RDB$TRIGGERS"), QStringLiteral("RDB$TRIGGER_NAME"), Trigger)) {
            // One transaction: a month's rows are deleted and written again together, and a delta
            // another server commits meanwhile is neither read nor deleted (snapshot).
            QString text;
            if (!erp::db::beginTransaction(db, &text)) {
                *error = QStringLiteral("funnel summary: ") + text;
                return false;
            }
            try {
                compactFunnelSummary(db);
            } catch (const erp::rpc::RpcError &) {
                erp::db::rollbackTransaction(db);
                throw;
            }
            if (!erp::db::commitTransaction(db, &text)) {
                *error = QStringLiteral("funnel summary: ") + text;
                return false;
            }
            return true;
        }
        // Built before the trigger exists: nobody changes deals while the server starts.
        const QString table = model.kind(QStringLiteral("deals"))->table;
        build(db, table);
        // Executed unprepared: Qt would take the trigger's :variables for placeholders.
        // Without the trigger the summary is not used (summaryKept() is false): the report
        // counts the deals themselves, slower but right, and the start goes on.
        if (!q.exec(triggerDdl(table)))
            qWarning().noquote() << "funnel summary: the trigger could not be created:" << q.lastError().text();
        return true;
    } catch (const erp::rpc::RpcError &e) {
        *error = QStringLiteral("funnel summary: ") + e.message;
        return false;
    }
}

} // namespace erp::crm
