#pragma once

#include <QString>

namespace erp::meta {
struct Field;
}

namespace erp::db {

// SQL names and types derived from the metadata, in one place for DDL and queries.
QString sqlType(const erp::meta::Field &field);
// Type without character set and collation, as read back from RDB$FIELDS.
QString sqlBaseType(const erp::meta::Field &field);
QString quoteIdentifier(const QString &name);
// An index or sequence name of at most 31 bytes: table + suffix, shortened with a stable hash.
QString objectName(const QString &table, const QString &suffix);

// The last `digits` digits of a string column written with spaces, dashes, slashes, dots,
// brackets or a leading +: the expression of the index on a field's "matchDigits", and of the
// queries that use it (a query must repeat the index's expression exactly).
QString digitsExpression(const QString &columnSql, int digits);
// The same of a value in C++: its digits only, the last `digits` of them; empty when it has fewer.
QString lastDigits(const QString &value, int digits);

inline const QString StringCollation = QStringLiteral(" CHARACTER SET UTF8 COLLATE UNICODE_CI_AI");
inline const QString ObjectIdSequence = QStringLiteral("SEQ_OBJECT_ID");

} // namespace erp::db
