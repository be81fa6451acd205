#pragma once

#include "dbconfig.h"

#include <QString>

class QSqlDatabase;

namespace erp::db {

// Creates an empty UTF8 database through fbclient (Qt's driver cannot create one).
bool createDatabase(const DbConfig &config, QString *error);

// Changes settings kept in the database header: the page cache (in pages) and forced writes.
// Forced writes off only for bulk loads: a crash could then lose committed work.
bool setDatabaseOptions(const DbConfig &config, int pageBuffers, bool forcedWrites, QString *error);

// True when the database can be attached. Used to decide whether to create it.
bool databaseExists(const DbConfig &config);

// Opens a named Qt SQL connection for the calling thread.
bool openConnection(const DbConfig &config, const QString &connectionName, QSqlDatabase *db, QString *error);

} // namespace erp::db
