#include "access.h"

#include "catalogsql.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rowrules.h"
#include "user.h"

#include <QCborArray>
#include "db/query.h"

namespace erp::core {

QSet<QString> AccessPolicy::rightsOfRole(const QString &role)
{
    if (role == QLatin1String("admin"))
        return {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("post"), QStringLiteral("admin")};
    if (role == QLatin1String("manager") || role == QLatin1String("clerk"))
        return {QStringLiteral("read"), QStringLiteral("write"), QStringLiteral("post")};
    if (role == QLatin1String("viewer"))
        return {QStringLiteral("read")};
    return {};
}

bool AccessPolicy::canRead(const UserInfo &user, const erp::meta::ObjectKind &kind)
{
    return user.has(kind.readRight);
}

bool AccessPolicy::canWrite(const UserInfo &user, const erp::meta::ObjectKind &kind)
{
    return user.has(kind.writeRight);
}

RowFilter AccessPolicy::rowFilter(const UserInfo &user, const erp::meta::ObjectKind &kind, const QString &alias)
{
    const QList<RowRule> rules = RowRules::of(user.role, kind.name);
    if (rules.isEmpty())
        return {};
    RowFilter filter;
    QStringList any;
    for (const RowRule &rule : rules) {
        const std::optional<erp::meta::Field> field = resolveField(kind, rule.field);
        if (!field) {
            any.append(QStringLiteral("FALSE")); // a rule on a field that no longer exists allows nothing
            continue;
        }
        const QString column = columnOf(*field, alias);
        const QString mark = erp::db::placeholder(*field);
        auto bind = [&](const QCborValue &v) {
            filter.binds.append(v.isString() && v.toString() == QLatin1String("$user")
                                    ? QVariant(qlonglong(user.id))
                                    : erp::db::toSqlValue(*field, v));
        };
        if (rule.op == QLatin1String("isNull") || rule.op == QLatin1String("notNull")) {
            any.append(column + (rule.op == QLatin1String("isNull") ? QStringLiteral(" IS NULL")
                                                                    : QStringLiteral(" IS NOT NULL")));
        } else if (rule.op == QLatin1String("in")) {
            QStringList marks;
            for (const QCborValue &v : rule.value.toArray()) {
                marks.append(mark);
                bind(v);
            }
            any.append(marks.isEmpty() ? QStringLiteral("FALSE")
                                       : QStringLiteral("%1 IN (%2)").arg(column, marks.join(u", ")));
        } else {
            any.append(QStringLiteral("%1 %2 %3")
                           .arg(column, rule.op == QLatin1String("!=") ? QStringLiteral("<>") : rule.op, mark));
            bind(rule.value);
        }
    }
    filter.sql = u'(' + any.join(QStringLiteral(" OR ")) + u')';
    return filter;
}

RowFilter AccessPolicy::visibleReference(const UserInfo &user, const erp::meta::Model &model, const QString &targetKind,
                                         const QString &column)
{
    const erp::meta::ObjectKind *target = model.kind(targetKind);
    if (!target)
        return {};
    const QString alias = QStringLiteral("v_") + target->name.left(20);
    RowFilter inner = rowFilter(user, *target, alias);
    if (inner.isEmpty())
        return {};
    return {QStringLiteral("(%1 IS NULL OR EXISTS (SELECT 1 FROM %2 %3 WHERE %3.\"ID\" = %1 AND %4))")
                .arg(column, erp::db::quoteIdentifier(target->table), alias, inner.sql),
            inner.binds};
}

QList<QCborMap> AccessPolicy::withoutHidden(QSqlDatabase &db, const UserInfo &user, const erp::meta::Model &model,
                                            const QList<erp::meta::Field> &fields, const QList<QCborMap> &rows)
{
    QList<QCborMap> out = rows;
    for (const erp::meta::Field &f : fields) {
        const erp::meta::ObjectKind *target = f.type == erp::meta::FieldType::Ref ? model.kind(f.target) : nullptr;
        if (!target || rowFilter(user, *target).isEmpty())
            continue;
        QList<qint64> ids;
        for (const QCborMap &row : std::as_const(out))
            if (row.value(f.name).isInteger())
                ids.append(row.value(f.name).toInteger());
        const QSet<qint64> visible = visibleIds(db, user, *target, ids);
        out.removeIf([&](const QCborMap &row) {
            return row.value(f.name).isInteger() && !visible.contains(row.value(f.name).toInteger());
        });
    }
    return out;
}

QSet<qint64> AccessPolicy::visibleIds(QSqlDatabase &db, const UserInfo &user, const erp::meta::ObjectKind &kind,
                                      const QList<qint64> &ids)
{
    QSet<qint64> out(ids.cbegin(), ids.cend());
    const RowFilter filter = rowFilter(user, kind);
    if (filter.isEmpty() || ids.isEmpty())
        return out;
    out.clear();
    for (qsizetype start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QStringList marks;
        QVariantList binds;
        for (const qint64 id : chunk) {
            marks.append(QStringLiteral("?"));
            binds.append(qlonglong(id));
        }
        erp::db::Query q(db);
        q.setForwardOnly(true);
        erp::db::execute(q,
                         QStringLiteral("SELECT t.ID FROM %1 t WHERE t.ID IN (%2) AND %3")
                             .arg(erp::db::quoteIdentifier(kind.table), marks.join(u", "), filter.sql),
                         binds + filter.binds);
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

} // namespace erp::core
