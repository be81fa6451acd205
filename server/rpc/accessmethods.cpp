// Record-level rules of the roles: read and replaced by an administrator.
#include "core/catalogsql.h"
#include "core/rowrules.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "methods.h"
#include "params.h"
#include "rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include "db/query.h"

namespace erp::rpc {

using erp::protocol::ErrorCode;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Access)
};

const QStringList Operators{QStringLiteral("="),  QStringLiteral("!="),     QStringLiteral("<"),
                            QStringLiteral("<="), QStringLiteral(">"),      QStringLiteral(">="),
                            QStringLiteral("in"), QStringLiteral("isNull"), QStringLiteral("notNull")};

QString jsonText(const QCborValue &v)
{
    const QByteArray array = QJsonDocument(QCborArray{v}.toJsonArray()).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// A rule's value normalized for its field ("$user" only for a reference to users).
QCborValue ruleValue(CallContext &ctx, const erp::meta::Field &field, const QCborValue &in, const QString &path)
{
    if (in.isString() && in.toString() == QLatin1String("$user")) {
        if (field.type != erp::meta::FieldType::Ref || field.target != QLatin1String("users"))
            fail(ErrorCode::Validation, Text::tr("%1: \"$user\" stands only for a reference to a user").arg(path),
                 path);
        return in;
    }
    erp::meta::Field loose = field;
    loose.required = false;
    QCborValue out;
    QString error;
    const erp::meta::Enumeration *e =
        field.type == erp::meta::FieldType::Enum ? ctx.model.enumeration(field.target) : nullptr;
    if (!erp::meta::normalizeValue(loose, e, in, &out, &error))
        fail(ErrorCode::Validation, QStringLiteral("%1: %2").arg(path, error), path);
    return out;
}

QCborMap describe(const erp::core::RowRule &r)
{
    QCborMap m;
    m.insert(QStringLiteral("role"), r.role);
    m.insert(QStringLiteral("kind"), r.kind);
    m.insert(QStringLiteral("field"), r.field);
    m.insert(QStringLiteral("op"), r.op);
    m.insert(QStringLiteral("value"), r.value);
    return m;
}

QCborValue setRowRules(CallContext &ctx, const QCborMap &params)
{
    const QCborValue role = params.value(QStringLiteral("role"));
    if (!role.isString() || !ctx.model.enumeration(QStringLiteral("roles"))->contains(role.toString()))
        fail(ErrorCode::Validation, Text::tr("role: not a role"), QStringLiteral("role"));
    const QCborValue kindName = params.value(QStringLiteral("kind"));
    const erp::meta::ObjectKind *kind = kindName.isString() ? ctx.model.kind(kindName.toString()) : nullptr;
    if (!kind)
        fail(ErrorCode::Validation, Text::tr("kind: not a catalog or document"), QStringLiteral("kind"));
    const QCborValue rules = params.value(QStringLiteral("rules"));
    if (!rules.isArray())
        fail(ErrorCode::Validation,
             Text::tr("rules: an array of {field, op, value} is required (empty: no restriction)"),
             QStringLiteral("rules"));
    erp::db::Query q(ctx.db);
    erp::db::execute(q, QStringLiteral("DELETE FROM ERP_ROW_RULES WHERE ROLE_NAME = ? AND KIND = ?"),
                     {role.toString(), kind->name});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QCborArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("rules[%1]").arg(i + 1);
        const QCborMap rule = list.at(i).toMap();
        const QString fieldName = rule.value(QStringLiteral("field")).toString();
        const std::optional<erp::meta::Field> field = erp::core::resolveField(*kind, fieldName);
        if (!list.at(i).isMap() || !field)
            fail(ErrorCode::Validation, Text::tr("%1.field: no field \"%2\" of %3").arg(path, fieldName, kind->name),
                 path + QStringLiteral(".field"));
        const QString op = rule.value(QStringLiteral("op")).toString(QStringLiteral("="));
        if (!Operators.contains(op))
            fail(ErrorCode::Validation, Text::tr("%1.op: unknown operator \"%2\"").arg(path, op),
                 path + QStringLiteral(".op"));
        QCborValue value;
        if (op == QLatin1String("in")) {
            const QCborValue raw = rule.value(QStringLiteral("value"));
            if (!raw.isArray() || raw.toArray().isEmpty())
                fail(ErrorCode::Validation, Text::tr("%1.value: \"in\" needs an array of values").arg(path),
                     path + QStringLiteral(".value"));
            QCborArray values;
            for (const QCborValue &v : raw.toArray())
                values.append(ruleValue(ctx, *field, v, path + QStringLiteral(".value")));
            value = values;
        } else if (op != QLatin1String("isNull") && op != QLatin1String("notNull")) {
            value = ruleValue(ctx, *field, rule.value(QStringLiteral("value")), path + QStringLiteral(".value"));
        }
        erp::db::execute(
            q,
            QStringLiteral(
                "INSERT INTO ERP_ROW_RULES (ID, ROLE_NAME, KIND, FIELD_NAME, OP, RULE_VALUE, UPDATED_BY, UPDATED_AT) "
                "VALUES (NEXT VALUE FOR SEQ_OBJECT_ID, ?, ?, ?, ?, ?, ?, ?)"),
            {role.toString(), kind->name, field->name, op, jsonText(value), ctx.user.login,
             QDateTime(now.date(), now.time())});
    }
    erp::core::RowRules::invalidate(); // a reader that loads before the commit loads again after it
    ctx.afterCommit.push_back(&erp::core::RowRules::invalidate);
    return QCborMap();
}

} // namespace

QList<Method> accessMethods()
{
    return {
        {QStringLiteral("access.rowRules"), QStringLiteral("admin"),
         QStringLiteral("The record-level rules of every role: -> {rules: [{role, kind, field, op, value}]}."),
         Access::Read,
         [](CallContext &, const QCborMap &) -> QCborValue {
             QCborArray rules;
             for (const erp::core::RowRule &r : erp::core::RowRules::all())
                 rules.append(describe(r));
             QCborMap out;
             out.insert(QStringLiteral("rules"), rules);
             return out;
         },
         {}},
        {QStringLiteral("access.setRowRules"), QStringLiteral("admin"),
         QStringLiteral(
             "Replaces a role's rules for a kind: {role, kind, rules: [{field, op, value}]}; the role then sees only "
             "rows matching one of them (\"$user\" is the user's id); no rules: every row."),
         Access::Write, setRowRules,
         {Param::string(QStringLiteral("role"), MaxNameLength).require(), Param::string(QStringLiteral("kind"), MaxNameLength).require(),
          Param::array(QStringLiteral("rules")).require()}},
    };
}

} // namespace erp::rpc
