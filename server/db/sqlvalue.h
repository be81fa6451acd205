#pragma once

#include <QCborValue>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include "query.h"

class QSqlError;

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
void execute(Query &query, const QString &sql, const QVariantList &binds = {});
// The same errors for a statement that failed while its rows were fetched (Query::next()
// answered false): a statement cancelled inside Firebird fails there.
void throwIfFetchFailed(const Query &query);
[[noreturn]] void throwSqlError(const QSqlError &error, const QString &sql);

// While one lives on a thread, execute() refuses every statement that writes (a read-only
// method's call): the call fails instead of changing data it must not change.
class ReadOnlyScope
{
public:
    ReadOnlyScope();
    ~ReadOnlyScope();
    ReadOnlyScope(const ReadOnlyScope &) = delete;
    ReadOnlyScope &operator=(const ReadOnlyScope &) = delete;

private:
    bool m_previous;
};

} // namespace erp::db
