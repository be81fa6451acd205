#pragma once

#include "metadata/field.h"

#include <QCborMap>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace erp::db {
class Query;
}

namespace erp::meta {
class Model;
struct ObjectKind;
} // namespace erp::meta

namespace erp::core {

// System columns described as fields, so filters, sorting and validation treat them alike.
std::optional<erp::meta::Field> systemField(const erp::meta::ObjectKind &kind, const QString &name);
// A declared (non-internal) field or a system field.
std::optional<erp::meta::Field> resolveField(const erp::meta::ObjectKind &kind, const QString &name);

// The SQL of a derived field (metadata "derived"): a register balance summed over this document
// as a subquery on the register's totals, or a CASE over fields and such balances.
QString derivedExpression(const erp::meta::Field &field, const QString &alias);

// The column of a field in queries: DOC_DATE for a document's date, ROW_VERSION for version;
// a derived field's expression.
QString columnOf(const erp::meta::Field &field, const QString &alias = QStringLiteral("t"));

struct UserInfo;

// The SELECT list for reading catalog rows, with a LEFT JOIN per reference for its display name;
// the display name of a row the user may not see stays empty (the access gate's row filter).
class RowSelect
{
public:
    RowSelect(const erp::meta::Model &model, const erp::meta::ObjectKind &kind, bool withText, const UserInfo &user);

    QString columns() const { return m_columns.join(QStringLiteral(", ")); }
    QString from() const { return m_from; }
    // Values for the placeholders of from(); they come before those of the WHERE clause.
    const QVariantList &fromBinds() const { return m_fromBinds; }
    QCborMap decode(const erp::db::Query &query) const;

private:
    const erp::meta::ObjectKind &m_kind;
    QStringList m_columns;
    QString m_from;
    QVariantList m_fromBinds;
    QList<const erp::meta::Field *> m_fields;
    QList<const erp::meta::Field *> m_refs;
};

} // namespace erp::core
