#pragma once

#include <QCborValue>
#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlQuery;

namespace erp::meta {
struct Field;
}

namespace erp::db {

// Qt 6.4's QIBASE driver converts NUMERIC through double. Decimals therefore travel as text:
// read with CAST(... AS VARCHAR), bound as VARCHAR and converted exactly by Firebird, which
// also reports overflow instead of wrapping.
QString selectExpression(const erp::meta::Field &field, const QString &alias);
QString placeholder(const erp::meta::Field &field);
QVariant toSqlValue(const erp::meta::Field &field, const QCborValue &canonical);
QCborValue fromSqlValue(const erp::meta::Field &field, const QVariant &value);
QCborValue timestampToCbor(const QVariant &value);

// Prepares and runs sql with binds. Throws RpcError (Internal, or Duplicate for a unique key
// violation) or TransientDbError (update conflict, deadlock) on failure.
void execute(QSqlQuery &query, const QString &sql, const QVariantList &binds = {});

} // namespace erp::db
