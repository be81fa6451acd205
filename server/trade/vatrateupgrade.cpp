#include "vatrateupgrade.h"

#include <QSqlDatabase>
#include <QSqlError>
#include "db/query.h"
#include <QStringList>

namespace erp::trade {

namespace {

const QString EnumColumn = QStringLiteral("VAT_RATE_ENUM");

// Tables with a column of this name, optionally only where it is a VARCHAR (field type 37).
bool tablesWith(QSqlDatabase &db, const QString &column, bool varcharOnly, QStringList *tables, QString *error)
{
    erp::db::Query q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT TRIM(rf.RDB$RELATION_NAME) FROM RDB$RELATION_FIELDS rf "
                             "JOIN RDB$FIELDS f ON f.RDB$FIELD_NAME = rf.RDB$FIELD_SOURCE "
                             "WHERE rf.RDB$FIELD_NAME = ?%1")
                  .arg(varcharOnly ? QStringLiteral(" AND f.RDB$FIELD_TYPE = 37") : QString()));
    q.addBindValue(column);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        tables->append(q.value(0).toString());
    return true;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    erp::db::Query q(db);
    if (q.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
    return false;
}

} // namespace

bool renameVatRateEnumColumns(QSqlDatabase &db, QString *error)
{
    QStringList tables;
    if (!tablesWith(db, QStringLiteral("VAT_RATE"), true, &tables, error))
        return false;
    for (const QString &table : std::as_const(tables))
        if (!run(db, QStringLiteral("ALTER TABLE \"%1\" ALTER COLUMN VAT_RATE TO %2").arg(table, EnumColumn), error))
            return false;
    return true;
}

bool convertVatRateEnumColumns(QSqlDatabase &db, QString *error)
{
    QStringList tables;
    if (!tablesWith(db, EnumColumn, false, &tables, error))
        return false;
    for (const QString &table : std::as_const(tables)) {
        erp::db::Query q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM RDB$RELATION_FIELDS WHERE RDB$RELATION_NAME = ? AND RDB$FIELD_NAME = 'VAT_PERCENT'"));
        q.addBindValue(table);
        const bool hasPercent = q.exec() && q.next();
        q.finish();
        if (!run(db,
                 QStringLiteral("UPDATE \"%1\" t SET VAT_RATE = (SELECT r.ID FROM CAT_VAT_RATES r WHERE r.CODE = t.%2) "
                                "WHERE t.VAT_RATE IS NULL")
                     .arg(table, EnumColumn),
                 error))
            return false;
        // What the enumeration charged, whatever the date: 21 %, 12 %, 0 %, exempt nothing.
        if (hasPercent &&
            !run(db,
                 QStringLiteral("UPDATE \"%1\" SET VAT_PERCENT = CASE %2 WHEN 'standard' THEN 21 WHEN 'reduced' THEN 12 "
                                "WHEN 'zero' THEN 0 END WHERE VAT_PERCENT IS NULL")
                     .arg(table, EnumColumn),
                 error))
            return false;
        if (!run(db, QStringLiteral("ALTER TABLE \"%1\" DROP %2").arg(table, EnumColumn), error))
            return false;
    }
    return true;
}

} // namespace erp::trade
