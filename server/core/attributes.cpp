#include "attributes.h"

#include "catalogsql.h"
#include "db/sqlvalue.h"
#include "rpc/rpcerror.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include "db/query.h"

namespace erp::core::attributes {

using erp::meta::Field;
using erp::meta::FieldType;
using erp::protocol::ErrorCode;
using erp::rpc::fail;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Attributes)
};

constexpr int MaxStringLength = 8000;
constexpr int MaxNameLength = 29; // X_ and the name fit Firebird's 31 bytes

bool isIdentifier(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re.match(name).hasMatch();
}

QString enumName(const QString &kind, const QString &name)
{
    return QStringLiteral("attr_%1_%2").arg(kind, name);
}

// The field of a stored attribute; false when its row is not a valid attribute (never
// written through check(), e.g. edited by hand in the database).
bool toField(const QString &kind, const QString &name, const QString &title, const QString &type, int length,
             int precision, int scale, const QString &target, bool required, Field *f)
{
    f->name = name;
    f->title = title.isEmpty() ? name : title;
    f->required = required;
    f->indexed = true; // filters and sorting by it use an index of its own
    f->additional = true;
    f->columnName = columnOf(name);
    if (type == QLatin1String("string")) {
        f->type = FieldType::String;
        f->length = length;
        return length >= 1 && length <= MaxStringLength;
    }
    if (type == QLatin1String("number")) {
        f->type = FieldType::Decimal;
        f->precision = precision;
        f->scale = scale;
        return precision >= 1 && precision <= 18 && scale >= 0 && scale <= precision;
    }
    if (type == QLatin1String("date")) {
        f->type = FieldType::Date;
        return true;
    }
    if (type == QLatin1String("boolean")) {
        f->type = FieldType::Boolean;
        return true;
    }
    if (type == QLatin1String("enum")) {
        f->type = FieldType::Enum;
        f->target = enumName(kind, name);
        return true;
    }
    if (type == QLatin1String("reference")) {
        f->type = FieldType::Ref;
        f->target = target;
        return !target.isEmpty();
    }
    return false;
}

int intValue(const QCborValue &v, int otherwise)
{
    return v.isInteger() ? int(v.toInteger()) : otherwise;
}

} // namespace

QString columnOf(const QString &name)
{
    return QStringLiteral("X_") + name.toUpper();
}

QList<Attribute> load(QSqlDatabase &db)
{
    QHash<qint64, QList<erp::meta::EnumValue>> items;
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(q, QStringLiteral("SELECT \"OWNER_ID\", \"NAME\", \"TITLE\" FROM \"CAT_ADDITIONAL_ATTRIBUTES_ITEMS\" "
                                       "ORDER BY \"OWNER_ID\", \"LINE_NO\""));
    while (q.next()) {
        const QString name = q.value(1).toString();
        const QString title = q.value(2).toString();
        items[q.value(0).toLongLong()].append({name, title.isEmpty() ? name : title});
    }
    erp::db::execute(q, QStringLiteral("SELECT \"ID\", \"KIND\", \"NAME\", \"TITLE\", \"VALUE_TYPE\", \"LENGTH\", "
                                       "\"PRECISION\", \"SCALE\", \"TARGET\", \"REQUIRED\", \"DELETED\" "
                                       "FROM \"CAT_ADDITIONAL_ATTRIBUTES\" ORDER BY \"ID\""));
    QList<Attribute> out;
    while (q.next()) {
        Attribute a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.deleted = q.value(10).toBool();
        const QString name = q.value(2).toString();
        if (!toField(a.kind, name, q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                     q.value(6).isNull() ? 18 : q.value(6).toInt(), q.value(7).isNull() ? 4 : q.value(7).toInt(),
                     q.value(8).toString(), q.value(9).toBool(), &a.field)) {
            qWarning().noquote() << "additional attribute" << a.kind << name << "is not valid and is left out";
            continue;
        }
        if (a.field.type == FieldType::Enum) {
            a.enumeration = erp::meta::Enumeration{a.field.target, a.field.title, items.value(a.id)};
            if (a.enumeration->values.isEmpty())
                continue;
        }
        out.append(a);
    }
    return out;
}

void extend(erp::meta::Model &model, const QList<Attribute> &attributes)
{
    for (const Attribute &a : attributes) {
        const erp::meta::ObjectKind *kind = model.kind(a.kind);
        // A declared field of the same name (a later release added one) wins; the column stays.
        if (!kind || !kind->additionalAttributes || kind->field(a.field.name) || kind->derivedField(a.field.name) ||
            (a.field.type == FieldType::Ref && !model.kind(a.field.target)))
            continue;
        if (a.enumeration)
            model.addEnumeration(*a.enumeration);
        model.addField(a.kind, a.field);
    }
}

void check(QSqlDatabase &db, const erp::meta::Model &base, const QCborMap &object, const QCborMap &before)
{
    const QString name = object.value(QStringLiteral("name")).toString();
    const QString kindName = object.value(QStringLiteral("kind")).toString();
    const QString type = object.value(QStringLiteral("value_type")).toString();
    const qint64 id = object.value(QStringLiteral("id")).toInteger();
    if (!isIdentifier(name) || name.size() > MaxNameLength)
        fail(ErrorCode::Validation,
             Text::tr("name: \"%1\" is not a lowercase identifier (a-z, 0-9, _) of at most %2 characters")
                 .arg(name)
                 .arg(MaxNameLength),
             QStringLiteral("name"));
    const erp::meta::ObjectKind *kind = base.kind(kindName);
    if (!kind || !kind->additionalAttributes) {
        QStringList allowed;
        for (const erp::meta::ObjectKind &k : base.kinds())
            if (k.additionalAttributes)
                allowed.append(k.name);
        fail(ErrorCode::Validation,
             Text::tr("kind: \"%1\" takes no additional attributes (these do: %2)").arg(kindName, allowed.join(u", ")),
             QStringLiteral("kind"));
    }
    const bool reserved = erp::meta::system::isReserved(
        name, kind->isDocument() ? erp::meta::system::Owner::Document : erp::meta::system::Owner::Catalog);
    if (reserved || kind->field(name) || kind->derivedField(name))
        fail(ErrorCode::Validation, Text::tr("name: %1 already has a field \"%2\"").arg(kindName, name),
             QStringLiteral("name"));
    erp::db::Query q(db);
    erp::db::execute(q,
                     QStringLiteral("SELECT \"DELETED\" FROM \"CAT_ADDITIONAL_ATTRIBUTES\" "
                                    "WHERE \"KIND\" = ? AND \"NAME\" = ? AND \"ID\" <> ?"),
                     {kindName, name, qlonglong(id)});
    if (q.next())
        fail(ErrorCode::Validation,
             q.value(0).toBool()
                 ? Text::tr("name: %1 has a deleted attribute \"%2\" (its values are kept); restore it instead")
                       .arg(kindName, name)
                 : Text::tr("name: %1 already has an attribute \"%2\"").arg(kindName, name),
             QStringLiteral("name"));

    const QCborValue length = object.value(QStringLiteral("length"));
    const QCborValue precision = object.value(QStringLiteral("precision"));
    const QCborValue scale = object.value(QStringLiteral("scale"));
    const QString target = object.value(QStringLiteral("target")).toString();
    if (type == QLatin1String("string") && (!length.isInteger() || length.toInteger() > MaxStringLength))
        fail(ErrorCode::Validation,
             Text::tr("length: a string attribute needs a length from 1 to %1").arg(MaxStringLength),
             QStringLiteral("length"));
    if (type == QLatin1String("number")) {
        const int p = intValue(precision, 18);
        if (p < 1 || p > 18)
            fail(ErrorCode::Validation, Text::tr("precision: a number has from 1 to 18 digits"),
                 QStringLiteral("precision"));
        if (intValue(scale, 4) > p)
            fail(ErrorCode::Validation, Text::tr("scale: at most the precision (%1)").arg(p), QStringLiteral("scale"));
    }
    if (type == QLatin1String("reference")) {
        const erp::meta::ObjectKind *t = base.kind(target);
        if (!t || t->isDocument())
            fail(ErrorCode::Validation, Text::tr("target: \"%1\" is not a catalog").arg(target),
                 QStringLiteral("target"));
    }
    const QCborArray items =
        object.value(QStringLiteral("sections")).toMap().value(ItemsSection).toArray();
    if (type == QLatin1String("enum")) {
        if (items.isEmpty())
            fail(ErrorCode::Validation, Text::tr("items: an enum attribute needs its values"), ItemsSection);
        QStringList seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString value = items.at(i).toMap().value(QStringLiteral("name")).toString();
            const QString path = QStringLiteral("items[%1].name").arg(i + 1);
            if (!isIdentifier(value))
                fail(ErrorCode::Validation, Text::tr("%1: \"%2\" is not a lowercase identifier").arg(path, value), path);
            if (seen.contains(value))
                fail(ErrorCode::Validation, Text::tr("%1: \"%2\" is given twice").arg(path, value), path);
            seen.append(value);
        }
    }
    if (before.isEmpty())
        return;
    // The column keeps its type: what would need a conversion of stored values is refused.
    for (const QString &fixed : {QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("value_type"),
                                 QStringLiteral("target"), QStringLiteral("precision"), QStringLiteral("scale")})
        if (object.value(fixed) != before.value(fixed))
            fail(ErrorCode::Validation,
                 Text::tr("%1: cannot change once the attribute exists (its column holds values); add a new "
                          "attribute instead")
                     .arg(fixed),
                 fixed);
    if (type == QLatin1String("string") && length.toInteger() < before.value(QStringLiteral("length")).toInteger())
        fail(ErrorCode::Validation,
             Text::tr("length: may grow, never shrink (it is %1)").arg(before.value(QStringLiteral("length")).toInteger()),
             QStringLiteral("length"));
}

QString expression(const erp::meta::Model &model, const QString &kind, const QString &name, const QString &alias)
{
    const erp::meta::ObjectKind *k = model.kind(kind);
    const Field *f = k ? k->field(name) : nullptr;
    return f && f->additional ? erp::core::columnOf(*f, alias) : QString();
}

} // namespace erp::core::attributes
