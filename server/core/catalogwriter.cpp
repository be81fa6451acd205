// Create, update and deletion mark for every catalog.
#include "access.h"
#include "areas.h"
#include "dbdatasource.h"
#include "posting.h"
#include "catalogsql.h"
#include "catalogstore.h"
#include "objectwriter.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"
#include "user.h"

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

// Reads "values" into assignments for the header, rejecting unknown and server-owned fields.
QList<Assignment> headerAssignments(Validator &validator, const ObjectKind &kind, const QCborMap &values)
{
    QList<Assignment> out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString name = it.key().toString();
        const bool serverOwned = name == sys::Id || name == sys::Version || name == sys::Deleted
                                 || name == sys::CreatedAt || name == sys::UpdatedAt;
        if (serverOwned)
            fail(ErrorCode::Validation, Text::tr("%1: is set by the server and cannot be written").arg(name), name);
        const std::optional<Field> field = resolveField(kind, name);
        if (!field)
            fail(ErrorCode::Validation, Text::tr("%1: unknown field of %2").arg(name, kind.name), name);
        out.append({*field, validator.normalize(*field, it.value(), name)});
    }
    return out;
}

bool codeTaken(QSqlDatabase &db, const ObjectKind &kind, const QString &code, qint64 exceptId)
{
    erp::db::Query q(db);
    execute(q, QStringLiteral("SELECT \"ID\" FROM %1 WHERE \"CODE\" = ? AND \"ID\" <> ?").arg(quoteIdentifier(kind.table)),
            {code, qlonglong(exceptId)});
    return q.next();
}

QString nextCode(QSqlDatabase &db, const ObjectKind &kind)
{
    erp::db::Query q(db);
    const QString sequence = erp::db::objectName(kind.table, QStringLiteral("CODE_SEQ"));
    for (int attempt = 0; attempt < 1000; ++attempt) {
        execute(q, QStringLiteral("SELECT NEXT VALUE FOR %1 FROM RDB$DATABASE").arg(quoteIdentifier(sequence)));
        q.next();
        const QString code = QString::number(q.value(0).toLongLong()).rightJustified(kind.codeLength, u'0');
        if (code.size() > kind.codeLength)
            break;
        if (!codeTaken(db, kind, code, 0))
            return code;
    }
    fail(ErrorCode::Validation, Text::tr("code: no free automatic code left; enter one"), sys::Code);
}

void checkNoCycle(QSqlDatabase &db, const ObjectKind &kind, qint64 id, qint64 newParent)
{
    erp::db::Query q(db);
    qint64 current = newParent;
    for (int depth = 0; current != 0 && depth < 1000; ++depth) {
        if (current == id)
            fail(ErrorCode::Validation, Text::tr("parent: a group cannot be placed inside itself or one of its subgroups"), sys::Parent);
        execute(q, QStringLiteral("SELECT \"PARENT\" FROM %1 WHERE \"ID\" = ?").arg(quoteIdentifier(kind.table)),
                {qlonglong(current)});
        current = q.next() ? q.value(0).toLongLong() : 0;
    }
}

} // namespace

QCborMap CatalogStore::create(const QCborMap &params)
{
    const ObjectKind &kind = kindFor(params, true);
    Validator validator(m_db, m_model);
    const QCborValue valuesParam = params.value(QStringLiteral("values"));
    if (!valuesParam.isMap())
        fail(ErrorCode::BadRequest, Text::tr("values: a map of field values is required"), QStringLiteral("values"));
    QList<Assignment> assignments = headerAssignments(validator, kind, valuesParam.toMap());
    auto given = [&](const QString &name) {
        for (const Assignment &a : assignments)
            if (a.field.name == name)
                return true;
        return false;
    };
    for (const Field &f : kind.fields) {
        if (f.internal || given(f.name))
            continue;
        assignments.append({f, validator.normalize(f, validator.defaultValue(f), f.name)});
    }

    QString code;
    for (const Assignment &a : std::as_const(assignments))
        if (a.field.name == sys::Code)
            code = a.value.toString().trimmed();
    if (!given(sys::Name))
        fail(ErrorCode::Validation, Text::tr("name: a value is required"), sys::Name);
    assignments.removeIf([](const Assignment &a) { return a.field.name == sys::Code; });
    if (code.isEmpty()) {
        if (!kind.autoCode)
            fail(ErrorCode::Validation, Text::tr("code: a value is required"), sys::Code);
        code = nextCode(m_db, kind);
    } else if (codeTaken(m_db, kind, code, 0)) {
        fail(ErrorCode::Duplicate, Text::tr("code: %1 is already used by another %2 object").arg(code, kind.name), sys::Code);
    }

    erp::db::Query q(m_db);
    execute(q, QStringLiteral("SELECT NEXT VALUE FOR %1 FROM RDB$DATABASE").arg(erp::db::ObjectIdSequence));
    q.next();
    const qint64 id = q.value(0).toLongLong();
    const QVariant now = nowUtc();
    QStringList columns{QStringLiteral("\"ID\""), QStringLiteral("\"ROW_VERSION\""), QStringLiteral("\"CODE\""),
                        QStringLiteral("\"CREATED_AT\""), QStringLiteral("\"UPDATED_AT\"")};
    QStringList marks{QStringLiteral("?"), QStringLiteral("1"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
    QVariantList binds{qlonglong(id), code, now, now};
    for (const Assignment &a : std::as_const(assignments)) {
        columns.append(quoteIdentifier(a.field.column()));
        marks.append(erp::db::placeholder(a.field));
        binds.append(erp::db::toSqlValue(a.field, a.value));
    }
    try {
        execute(q, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                       .arg(quoteIdentifier(kind.table), columns.join(u", "), marks.join(u", ")),
                binds);
    } catch (const erp::rpc::RpcError &e) {
        if (e.code == ErrorCode::Duplicate)
            fail(ErrorCode::Duplicate, Text::tr("code: %1 is already used by another %2 object").arg(code, kind.name), sys::Code);
        throw;
    }
    const QCborValue sections = params.value(QStringLiteral("sections"));
    if (sections.isMap())
        writeSections(m_db, validator, kind, id, sections.toMap(), false);
    recalculate(kind, id);
    m_events->push_back({kind.name, id, 1, QStringLiteral("created")});
    return readObject(kind, id);
}

namespace {

struct CurrentRow
{
    int version = 0;
    bool deleted = false;
};

CurrentRow lockCurrent(QSqlDatabase &db, const ObjectKind &kind, qint64 id, int expectedVersion)
{
    erp::db::Query q(db);
    execute(q, QStringLiteral("SELECT \"ROW_VERSION\", \"DELETED\" FROM %1 WHERE \"ID\" = ?").arg(quoteIdentifier(kind.table)),
            {qlonglong(id)});
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("there is no %1 object with id %2").arg(kind.name).arg(id), sys::Id);
    CurrentRow row{q.value(0).toInt(), q.value(1).toBool()};
    if (row.version != expectedVersion)
        fail(ErrorCode::Conflict,
             Text::tr("the object was changed by someone else (you edited version %1, the current one is %2); "
                "reload it and apply your changes again")
                 .arg(expectedVersion)
                 .arg(row.version),
             sys::Version);
    return row;
}

qint64 requiredId(const QCborMap &params)
{
    const QCborValue id = params.value(sys::Id);
    if (!id.isInteger() || id.toInteger() <= 0)
        fail(ErrorCode::BadRequest, Text::tr("id: the object id (a positive integer) is required"), sys::Id);
    return id.toInteger();
}

int requiredVersion(const QCborMap &params)
{
    const QCborValue v = params.value(sys::Version);
    if (!v.isInteger() || v.toInteger() <= 0)
        fail(ErrorCode::BadRequest, Text::tr("version: the version read with the object is required"), sys::Version);
    return int(v.toInteger());
}

// Bumps the version only where it is still the one checked, so a concurrent writer loses cleanly.
void bumpVersion(QSqlDatabase &db, const ObjectKind &kind, qint64 id, int version, const QString &setClause,
                 QVariantList binds)
{
    erp::db::Query q(db);
    binds.prepend(nowUtc());
    binds.append(qlonglong(id));
    binds.append(version);
    execute(q, QStringLiteral("UPDATE %1 SET \"ROW_VERSION\" = \"ROW_VERSION\" + 1, \"UPDATED_AT\" = ?%2 "
                              "WHERE \"ID\" = ? AND \"ROW_VERSION\" = ?")
                   .arg(quoteIdentifier(kind.table), setClause),
            binds);
    if (q.numRowsAffected() != 1)
        fail(ErrorCode::Conflict, Text::tr("the object was changed by someone else; reload it"), sys::Version);
}

} // namespace

QCborMap CatalogStore::update(const QCborMap &params)
{
    const ObjectKind &kind = kindFor(params, true);
    const qint64 id = requiredId(params);
    const int version = requiredVersion(params);
    lockCurrent(m_db, kind, id, version);
    Validator validator(m_db, m_model);
    const QCborMap values = params.value(QStringLiteral("values")).toMap();
    const QList<Assignment> assignments = headerAssignments(validator, kind, values);
    QString setClause;
    QVariantList binds;
    for (const Assignment &a : assignments) {
        if (a.field.name == sys::Code) {
            const QString code = a.value.toString().trimmed();
            if (code.isEmpty())
                fail(ErrorCode::Validation, Text::tr("code: a value is required"), sys::Code);
            if (codeTaken(m_db, kind, code, id))
                fail(ErrorCode::Duplicate, Text::tr("code: %1 is already used by another %2 object").arg(code, kind.name),
                     sys::Code);
        }
        if (a.field.name == sys::Name && a.value.toString().trimmed().isEmpty())
            fail(ErrorCode::Validation, Text::tr("name: a value is required"), sys::Name);
        if (a.field.name == sys::Parent && !a.value.isNull())
            checkNoCycle(m_db, kind, id, a.value.toInteger());
        setClause += QStringLiteral(", %1 = %2").arg(quoteIdentifier(a.field.column()), erp::db::placeholder(a.field));
        binds.append(erp::db::toSqlValue(a.field, a.value));
    }
    try {
        bumpVersion(m_db, kind, id, version, setClause, binds);
    } catch (const erp::rpc::RpcError &e) {
        if (e.code == ErrorCode::Duplicate)
            fail(ErrorCode::Duplicate, Text::tr("code: already used by another %1 object").arg(kind.name), sys::Code);
        throw;
    }
    const QCborValue sections = params.value(QStringLiteral("sections"));
    if (sections.isMap())
        writeSections(m_db, validator, kind, id, sections.toMap(), true);
    recalculate(kind, id);
    m_events->push_back({kind.name, id, version + 1, QStringLiteral("updated")});
    return readObject(kind, id);
}

// The area's recalculation of a catalog sees the object as written (header and sections) and
// may refuse it; changed header fields are written back, validated like input.
void CatalogStore::recalculate(const ObjectKind &kind, qint64 id)
{
    const RecalcFunction recalc = m_areas ? m_areas->recalculation(kind.name) : nullptr;
    if (!recalc)
        return;
    DbDataSource data(m_db, m_model);
    const QCborMap before = readObject(kind, id);
    RecalcContext ctx{data, kind.name, before, m_user.id};
    recalc(ctx);
    Validator validator(m_db, m_model);
    QStringList sets;
    QVariantList binds;
    for (const Field &f : kind.fields) {
        if (f.internal || !ctx.document.contains(f.name) || before.value(f.name) == ctx.document.value(f.name))
            continue;
        const QCborValue value = validator.normalize(f, ctx.document.value(f.name), f.name);
        sets.append(QStringLiteral("%1 = %2").arg(quoteIdentifier(f.column()), erp::db::placeholder(f)));
        binds.append(erp::db::toSqlValue(f, value));
    }
    if (sets.isEmpty())
        return;
    binds.append(qlonglong(id));
    erp::db::Query q(m_db);
    execute(q, QStringLiteral("UPDATE %1 SET %2 WHERE \"ID\" = ?").arg(quoteIdentifier(kind.table), sets.join(u", ")),
            binds);
}

QCborMap CatalogStore::setDeleted(const QCborMap &params)
{
    const ObjectKind &kind = kindFor(params, true);
    const qint64 id = requiredId(params);
    const int version = requiredVersion(params);
    const QCborValue deletedParam = params.value(sys::Deleted);
    const bool deleted = deletedParam.isBool() ? deletedParam.toBool() : true;
    const CurrentRow row = lockCurrent(m_db, kind, id, version);
    if (row.deleted == deleted)
        return readObject(kind, id);
    bumpVersion(m_db, kind, id, version, QStringLiteral(", \"DELETED\" = ?"), {deleted});
    m_events->push_back({kind.name, id, version + 1, deleted ? QStringLiteral("deleted") : QStringLiteral("restored")});
    return readObject(kind, id);
}

} // namespace erp::core
