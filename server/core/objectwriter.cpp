#include "objectwriter.h"

#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QDateTime>
#include "db/query.h"

namespace erp::core {

using erp::db::execute;
using erp::db::quoteIdentifier;
using erp::meta::Field;
using erp::meta::FieldType;
using erp::meta::ObjectKind;
using erp::protocol::ErrorCode;
using erp::rpc::fail;
namespace sys = erp::meta::system;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
};

} // namespace

QVariant nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime(now.date(), now.time());
}

QCborValue Validator::normalize(const Field &field, const QCborValue &in, const QString &path)
{
    QCborValue out;
    QString error;
    const erp::meta::Enumeration *e = field.type == FieldType::Enum ? m_model.enumeration(field.target) : nullptr;
    if (!erp::meta::normalizeValue(field, e, in, &out, &error))
        fail(ErrorCode::Validation, QStringLiteral("%1: %2").arg(path, error), path);
    if (field.required && m_required == Required::Check && (out.isNull() || (out.isString() && out.toString().trimmed().isEmpty())))
        fail(ErrorCode::Validation, Text::tr("%1: a value is required").arg(path), path);
    if (field.type == FieldType::Ref && !out.isNull())
        checkReference(field, out.toInteger(), path);
    return out;
}

QCborValue Validator::defaultValue(const Field &field)
{
    if (field.type != FieldType::Ref || !field.defaultValue.isString())
        return field.defaultValue;
    erp::db::Query q(m_db);
    execute(q, QStringLiteral("SELECT \"ID\" FROM %1 WHERE \"CODE\" = ?").arg(quoteIdentifier(m_model.kind(field.target)->table)),
            {field.defaultValue.toString()});
    return q.next() ? QCborValue(q.value(0).toLongLong()) : QCborValue(QCborValue::Null);
}

void Validator::checkReference(const Field &field, qint64 id, const QString &path)
{
    const ObjectKind *target = m_model.kind(field.target);
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral("SELECT %1 FROM %2 WHERE \"ID\" = ?")
                .arg(target->hierarchical ? QStringLiteral("\"IS_GROUP\"") : QStringLiteral("FALSE"),
                     quoteIdentifier(target->table)),
            {qlonglong(id)});
    if (!q.next())
        fail(ErrorCode::Validation, Text::tr("%1: there is no %2 object with id %3").arg(path, target->name).arg(id),
             path);
    const bool isGroup = q.value(0).toBool();
    const bool wantGroup = field.name == sys::Parent;
    if (isGroup != wantGroup)
        fail(ErrorCode::Validation,
             wantGroup ? Text::tr("%1: object %2 is not a group").arg(path).arg(id)
                       : Text::tr("%1: object %2 is a group; choose an element").arg(path).arg(id),
             path);
}

QList<QCborMap> normalizedLines(Validator &validator, const erp::meta::TabularSection &section, const QString &name,
                                const QCborValue &lines)
{
    if (!lines.isArray())
        fail(ErrorCode::Validation, Text::tr("%1: must be an array of lines").arg(name), name);
    QList<QCborMap> out;
    const QCborArray array = lines.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString linePath = QStringLiteral("%1[%2]").arg(name).arg(i + 1);
        if (!array.at(i).isMap())
            fail(ErrorCode::Validation, Text::tr("%1: a line must be a map of field values").arg(linePath), linePath);
        const QCborMap line = array.at(i).toMap();
        for (auto v = line.constBegin(); v != line.constEnd(); ++v) {
            if (v.key().toString() == QLatin1String("display"))
                continue; // display names as read, sent back unchanged: ignored
            const Field *f = section.field(v.key().toString());
            if (!f || f->internal)
                fail(ErrorCode::Validation, Text::tr("%1.%2: unknown field").arg(linePath, v.key().toString()),
                     linePath + u'.' + v.key().toString());
        }
        QCborMap normalized;
        bool filled = section.requiredOneOf.isEmpty() || !validator.checksRequired();
        for (const Field &f : section.fields) {
            if (f.internal)
                continue;
            const QCborValue given = line.contains(f.name) ? line.value(f.name) : validator.defaultValue(f);
            const QCborValue value = validator.normalize(f, given, linePath + u'.' + f.name);
            if (section.requiredOneOf.contains(f.name) && !value.isNull() &&
                !(value.isString() && value.toString().trimmed().isEmpty()))
                filled = true;
            normalized.insert(f.name, value);
        }
        if (!filled)
            fail(ErrorCode::Validation,
                 Text::tr("%1: a line needs %2").arg(linePath, section.requiredOneOf.join(Text::tr(" or "))),
                 linePath + u'.' + section.requiredOneOf.first());
        out.append(normalized);
    }
    return out;
}

void writeSections(QSqlDatabase &db, Validator &validator, const ObjectKind &kind, qint64 ownerId,
                   const QCborMap &sections, bool replace)
{
    for (auto it = sections.constBegin(); it != sections.constEnd(); ++it) {
        const QString name = it.key().toString();
        const erp::meta::TabularSection *section = kind.section(name);
        if (!section)
            fail(ErrorCode::Validation, Text::tr("%1: unknown tabular section of %2").arg(name, kind.name), name);
        const QList<QCborMap> lines = normalizedLines(validator, *section, name, it.value());
        erp::db::Query q(db);
        if (replace)
            execute(q, QStringLiteral("DELETE FROM %1 WHERE \"OWNER_ID\" = ?").arg(quoteIdentifier(section->table)),
                    {qlonglong(ownerId)});
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QStringList columns{QStringLiteral("\"OWNER_ID\""), QStringLiteral("\"LINE_NO\"")};
            QStringList marks{QStringLiteral("?"), QStringLiteral("?")};
            QVariantList binds{qlonglong(ownerId), int(i + 1)};
            for (const Field &f : section->fields) {
                if (f.internal)
                    continue;
                columns.append(quoteIdentifier(f.column()));
                marks.append(erp::db::placeholder(f));
                binds.append(erp::db::toSqlValue(f, lines.at(i).value(f.name)));
            }
            execute(q,
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(quoteIdentifier(section->table), columns.join(u", "), marks.join(u", ")),
                    binds);
        }
    }
}

} // namespace erp::core
