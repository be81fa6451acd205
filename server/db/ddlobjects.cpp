#include "ddlobjects.h"

#include <QSqlDatabase>
#include <QSqlError>
#include "query.h"

namespace erp::db {

namespace {

bool exists(QSqlDatabase &db, const QString &systemTable, const QString &column, const QString &name)
{
    erp::db::Query q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE TRIM(%2) = ?").arg(systemTable, column));
    q.addBindValue(name);
    return q.exec() && q.next();
}

} // namespace

bool ensureObjects(QSqlDatabase &db, const QList<DdlObject> &objects, QString *error)
{
    for (const DdlObject &o : objects) {
        const QString name = QString::fromLatin1(o.name);
        if (o.isTable ? exists(db, QStringLiteral("RDB$RELATIONS"), QStringLiteral("RDB$RELATION_NAME"), name)
                      : exists(db, QStringLiteral("RDB$INDICES"), QStringLiteral("RDB$INDEX_NAME"), name))
            continue;
        erp::db::Query q(db);
        if (!q.exec(QString::fromLatin1(o.ddl))) {
            *error = QStringLiteral("%1: %2").arg(QString::fromLatin1(o.ddl), q.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace erp::db
