#pragma once

#include <QString>

class QSqlDatabase;

namespace erp::trade {

// Databases made before VAT rates became a catalog keep a line's or product's rate as the
// name of an enumeration value ("standard") in a VARCHAR column VAT_RATE. The schema migrator
// never converts a column's type, so the upgrade runs in two steps around it:
// - before the migration, each such column is renamed to VAT_RATE_ENUM (the migrator then
//   adds VAT_RATE as a reference and the rates catalog);
// - after the rates are seeded, VAT_RATE takes the rate of the same code, VAT_PERCENT the
//   percentage the enumeration always charged (21, 12, 0), and VAT_RATE_ENUM is dropped.
// Both do nothing on a database that has no such column.
bool renameVatRateEnumColumns(QSqlDatabase &db, QString *error);
bool convertVatRateEnumColumns(QSqlDatabase &db, QString *error);

} // namespace erp::trade
