#include "catalogsql.h"

#include "access.h"

#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"

#include <QCborArray>
#include "db/query.h"

namespace erp::core {

using erp::meta::Field;
using erp::meta::FieldType;
namespace sys = erp::meta::system;

std::optional<Field> systemField(const erp::meta::ObjectKind &kind, const QString &name)
{
    Field f;
    f.name = name;
    if (name == sys::Id || name == sys::Version) {
        f.type = FieldType::Integer;
    } else if (name == sys::Deleted) {
        f.type = FieldType::Boolean;
    } else if (name == sys::CreatedAt || name == sys::UpdatedAt) {
        f.type = FieldType::DateTime;
    } else if (kind.isDocument()) {
        if (name == sys::Number) {
            f.type = FieldType::String;
            f.length = 30;
        } else if (name == sys::Date) {
            f.type = FieldType::DateTime;
            f.required = true;
        } else if (name == sys::Status) {
            f.type = FieldType::String;
            f.length = 40; // a workflow state name, as long as the platform keeps names
        } else {
            return std::nullopt;
        }
    } else if (name == sys::Code) {
        f.type = FieldType::String;
        f.length = kind.codeLength;
    } else if (name == sys::Name) {
        f.type = FieldType::String;
        f.length = kind.nameLength;
        f.required = true;
    } else if (kind.hierarchical && name == sys::Parent) {
        f.type = FieldType::Ref;
        f.target = kind.name;
    } else if (kind.hierarchical && name == sys::IsGroup) {
        f.type = FieldType::Boolean;
    } else {
        return std::nullopt;
    }
    return f;
}

namespace {

QString balanceExpression(const erp::meta::DerivedBalance &b, const QString &alias)
{
    // The totals keep the net change per month and dimension set: their sum is the balance now.
    return QStringLiteral("(SELECT COALESCE(SUM(b.%1), 0) FROM %2 b WHERE b.%3 = %4.\"ID\")")
        .arg(erp::db::quoteIdentifier(b.resource.toUpper()),
             erp::db::quoteIdentifier(QStringLiteral("REG_") + b.registerName.toUpper() + QStringLiteral("_TOTALS")),
             erp::db::quoteIdentifier(b.dimension.toUpper()), alias);
}

// A literal the loader has checked: a number or a lowercase identifier, safe to write inline.
QString literal(const QCborValue &v)
{
    if (v.isInteger())
        return QString::number(v.toInteger());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 6);
    return u'\'' + v.toString() + u'\'';
}

} // namespace

QString derivedExpression(const Field &f, const QString &alias)
{
    if (f.balance)
        return balanceExpression(*f.balance, alias);
    QStringList whens;
    for (const erp::meta::DerivedCase &c : f.cases) {
        QStringList all;
        for (const erp::meta::DerivedCondition &w : c.when) {
            Field plain;
            plain.name = w.field;
            const QString left = w.balance ? balanceExpression(*w.balance, alias) : columnOf(plain, alias);
            all.append(QStringLiteral("%1 %2 %3")
                           .arg(left, w.op == QLatin1String("!=") ? QStringLiteral("<>") : w.op, literal(w.value)));
        }
        whens.append(QStringLiteral("WHEN %1 THEN '%2'").arg(all.join(QStringLiteral(" AND ")), c.value));
    }
    // TRIM: a CASE of literals is a CHAR padded to the longest.
    return QStringLiteral("TRIM(CASE %1 ELSE '%2' END)").arg(whens.join(u' '), f.otherwise);
}

QString columnOf(const Field &f, const QString &alias)
{
    if (f.isDerived())
        return derivedExpression(f, alias);
    const QString column = f.name == sys::Version ? QStringLiteral("ROW_VERSION")
                           : f.name == sys::Date  ? QStringLiteral("DOC_DATE")
                                                  : f.column();
    return alias + u'.' + erp::db::quoteIdentifier(column);
}

std::optional<Field> resolveField(const erp::meta::ObjectKind &kind, const QString &name)
{
    if (const Field *f = kind.field(name); f && !f->internal)
        return *f;
    if (const Field *f = kind.derivedField(name))
        return *f;
    return systemField(kind, name);
}

RowSelect::RowSelect(const erp::meta::Model &model, const erp::meta::ObjectKind &kind, bool withText,
                     const UserInfo &user)
    : m_kind(kind)
{
    if (kind.isDocument())
        m_columns = {QStringLiteral("t.\"ID\""),         QStringLiteral("t.\"ROW_VERSION\""),
                     QStringLiteral("t.\"NUMBER\""),     QStringLiteral("t.\"DOC_DATE\""),
                     QStringLiteral("t.\"STATUS\""),     QStringLiteral("t.\"DELETED\""),
                     QStringLiteral("t.\"CREATED_AT\""), QStringLiteral("t.\"UPDATED_AT\"")};
    else
        m_columns = {QStringLiteral("t.\"ID\""),        QStringLiteral("t.\"ROW_VERSION\""),
                     QStringLiteral("t.\"CODE\""),      QStringLiteral("t.\"NAME\""),
                     QStringLiteral("t.\"DELETED\""),   QStringLiteral("t.\"CREATED_AT\""),
                     QStringLiteral("t.\"UPDATED_AT\"")};
    if (kind.hierarchical) {
        m_columns.append(QStringLiteral("t.\"PARENT\""));
        m_columns.append(QStringLiteral("t.\"IS_GROUP\""));
    }
    m_from = erp::db::quoteIdentifier(kind.table) + QStringLiteral(" t");
    for (const Field &f : kind.fields) {
        if (f.internal || (f.type == FieldType::Text && !withText))
            continue;
        m_fields.append(&f);
        m_columns.append(erp::db::selectExpression(f, QStringLiteral("t")));
    }
    int n = 0;
    auto joinRef = [&](const Field *f, const QString &column, const erp::meta::ObjectKind &target) {
        const QString alias = QStringLiteral("r%1").arg(n++);
        const RowFilter visible = AccessPolicy::rowFilter(user, target, alias);
        m_from += QStringLiteral(" LEFT JOIN %1 %2 ON %2.\"ID\" = t.%3%4")
                      .arg(erp::db::quoteIdentifier(target.table), alias, erp::db::quoteIdentifier(column),
                           visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql);
        m_fromBinds += visible.binds;
        m_columns.append(alias + u'.' + erp::db::quoteIdentifier(target.presentationColumn()));
        m_refs.append(f);
    };
    if (kind.hierarchical)
        joinRef(nullptr, QStringLiteral("PARENT"), kind);
    for (const Field *f : std::as_const(m_fields))
        if (f->type == FieldType::Ref)
            joinRef(f, f->column(), *model.kind(f->target));
    // Derived fields: one subquery each in the same statement (over an index of the register's
    // totals), so a list page costs one query whatever its length.
    for (const Field &f : kind.derived) {
        const QString expression = derivedExpression(f, QStringLiteral("t"));
        m_columns.append(f.isNumeric() ? QStringLiteral("CAST(%1 AS VARCHAR(40))").arg(expression) : expression);
    }
}

QCborMap RowSelect::decode(const erp::db::Query &q) const
{
    QCborMap row;
    int i = 0;
    row.insert(sys::Id, qint64(q.value(i++).toLongLong()));
    row.insert(sys::Version, q.value(i++).toInt());
    if (m_kind.isDocument()) {
        row.insert(sys::Number, q.value(i++).toString());
        row.insert(sys::Date, erp::db::timestampToCbor(q.value(i++)));
        row.insert(sys::Status, q.value(i++).toString());
    } else {
        row.insert(sys::Code, q.value(i++).toString());
        row.insert(sys::Name, q.value(i++).toString());
    }
    row.insert(sys::Deleted, q.value(i++).toBool());
    row.insert(sys::CreatedAt, erp::db::timestampToCbor(q.value(i++)));
    row.insert(sys::UpdatedAt, erp::db::timestampToCbor(q.value(i++)));
    if (m_kind.hierarchical) {
        const QVariant parent = q.value(i++);
        row.insert(sys::Parent,
                   parent.isNull() ? QCborValue(QCborValue::Null) : QCborValue(qint64(parent.toLongLong())));
        row.insert(sys::IsGroup, q.value(i++).toBool());
    }
    for (const Field *f : m_fields)
        row.insert(f->name, erp::db::fromSqlValue(*f, q.value(i++)));
    QCborMap display;
    for (const Field *f : m_refs) {
        const QVariant name = q.value(i++);
        if (!name.isNull())
            display.insert(f ? f->name : sys::Parent, name.toString());
    }
    for (const Field &f : m_kind.derived)
        row.insert(f.name, erp::db::fromSqlValue(f, q.value(i++)));
    if (!display.isEmpty())
        row.insert(QStringLiteral("display"), display);
    return row;
}

} // namespace erp::core
