#pragma once

#include "metadata/field.h"

#include <QCborMap>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace erp::meta {
class Model;
struct ObjectKind;
} // namespace erp::meta

namespace erp::core {

// System columns described as fields, so filters, sorting and validation treat them alike.
std::optional<erp::meta::Field> systemField(const erp::meta::ObjectKind &kind, const QString &name);
// A declared (non-internal) field or a system field.
std::optional<erp::meta::Field> resolveField(const erp::meta::ObjectKind &kind, const QString &name);

// The column of a field in queries: DOC_DATE for a document's date, ROW_VERSION for version.
QString columnOf(const erp::meta::Field &field, const QString &alias = QStringLiteral("t"));

// The SELECT list for reading catalog rows, with a LEFT JOIN per reference for its display name.
class RowSelect
{
public:
    RowSelect(const erp::meta::Model &model, const erp::meta::ObjectKind &kind, bool withText);

    QString columns() const { return m_columns.join(QStringLiteral(", ")); }
    QString from() const { return m_from; }
    QCborMap decode(const QSqlQuery &query) const;

private:
    const erp::meta::ObjectKind &m_kind;
    QStringList m_columns;
    QString m_from;
    QList<const erp::meta::Field *> m_fields;
    QList<const erp::meta::Field *> m_refs;
};

} // namespace erp::core
