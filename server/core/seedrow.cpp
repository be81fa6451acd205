#include "seedrow.h"

#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "objectwriter.h"

#include "db/query.h"

namespace erp::core {

qint64 seedCatalogRow(QSqlDatabase &db, const QString &table, const QString &code, const QString &name,
                      const QList<std::pair<QString, QVariant>> &more)
{
    erp::db::Query q(db);
    erp::db::execute(q, QStringLiteral("SELECT 1 FROM %1 WHERE CODE = ?").arg(table), {code});
    if (q.next())
        return 0;
    erp::db::execute(q, QStringLiteral("SELECT NEXT VALUE FOR %1 FROM RDB$DATABASE").arg(erp::db::ObjectIdSequence));
    q.next();
    const qint64 id = q.value(0).toLongLong();
    const QVariant now = nowUtc();
    QString columns = QStringLiteral("ID, ROW_VERSION, CODE, NAME, CREATED_AT, UPDATED_AT");
    QString marks = QStringLiteral("?, 1, ?, ?, ?, ?");
    QVariantList binds{qlonglong(id), code, name, now, now};
    for (const auto &[column, value] : more) {
        columns += QStringLiteral(", ") + column;
        marks += QStringLiteral(", ?");
        binds.append(value);
    }
    erp::db::execute(q, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks), binds);
    return id;
}

} // namespace erp::core
