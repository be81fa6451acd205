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

inline const QString StringCollation = QStringLiteral(" CHARACTER SET UTF8 COLLATE UNICODE_CI_AI");
inline const QString ObjectIdSequence = QStringLiteral("SEQ_OBJECT_ID");

} // namespace erp::db
