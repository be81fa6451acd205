#include "segmentschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace erp::crm {

namespace {

bool exists(QSqlDatabase &db, const QString &systemTable, const QString &column, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE TRIM(%2) = ?").arg(systemTable, column));
    q.addBindValue(name);
    return q.exec() && q.next();
}

} // namespace

bool ensureSegmentTables(QSqlDatabase &db, QString *error)
{
    struct Object
    {
        const char *name;
        bool isTable;
        const char *ddl;
    };
    const Object objects[] = {
        {"CRM_SEGMENT_MEMBERS", true,
         "CREATE TABLE CRM_SEGMENT_MEMBERS (SEGMENT_ID BIGINT NOT NULL, PARTNER_ID BIGINT NOT NULL, "
         "VALID_FROM TIMESTAMP NOT NULL, VALID_TO TIMESTAMP)"},
        {"CRM_SEGMENT_MEMBERS_SEGMENT", false,
         "CREATE INDEX CRM_SEGMENT_MEMBERS_SEGMENT ON CRM_SEGMENT_MEMBERS (SEGMENT_ID, PARTNER_ID, VALID_FROM)"},
        {"CRM_SEGMENT_MEMBERS_PARTNER", false,
         "CREATE INDEX CRM_SEGMENT_MEMBERS_PARTNER ON CRM_SEGMENT_MEMBERS (PARTNER_ID, SEGMENT_ID)"},
        {"CRM_SEGMENT_REBUILDS", true,
         "CREATE TABLE CRM_SEGMENT_REBUILDS (SEGMENT_ID BIGINT NOT NULL PRIMARY KEY, REBUILT_AT TIMESTAMP NOT NULL, "
         "MEMBERS INTEGER NOT NULL)"},
        {"CRM_SEGMENT_MATCH", true,
         "CREATE GLOBAL TEMPORARY TABLE CRM_SEGMENT_MATCH (PARTNER_ID BIGINT NOT NULL PRIMARY KEY) "
         "ON COMMIT DELETE ROWS"},
        {"CRM_SEGMENT_FIGURES", true,
         "CREATE GLOBAL TEMPORARY TABLE CRM_SEGMENT_FIGURES (RULE_NO INTEGER NOT NULL, PARTNER_ID BIGINT NOT NULL, "
         "FIGURE NUMERIC(18, 4), PRIMARY KEY (RULE_NO, PARTNER_ID)) ON COMMIT DELETE ROWS"},
    };
    for (const Object &o : objects) {
        const QString name = QString::fromLatin1(o.name);
        if (o.isTable ? exists(db, QStringLiteral("RDB$RELATIONS"), QStringLiteral("RDB$RELATION_NAME"), name)
                      : exists(db, QStringLiteral("RDB$INDICES"), QStringLiteral("RDB$INDEX_NAME"), name))
            continue;
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(o.ddl))) {
            *error = QStringLiteral("%1: %2").arg(QString::fromLatin1(o.ddl), q.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace erp::crm
