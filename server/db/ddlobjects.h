#pragma once

#include <QList>
#include <QString>

class QSqlDatabase;

namespace erp::db {

// A table or index an area keeps for itself (not from the metadata), created when missing.
struct DdlObject
{
    const char *name;
    bool isTable;
    const char *ddl;
};

// Creates each object the database does not have yet, in order; false with the statement and
// Firebird's message in *error when one fails.
bool ensureObjects(QSqlDatabase &db, const QList<DdlObject> &objects, QString *error);

} // namespace erp::db
