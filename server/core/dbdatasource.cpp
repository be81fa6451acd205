#include "dbdatasource.h"

#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"

#include "db/query.h"

namespace erp::core {

using erp::db::quoteIdentifier;
using erp::protocol::ErrorCode;

namespace {

[[noreturn]] void programmingError(const QString &what)
{
    erp::rpc::fail(ErrorCode::Internal, what);
}

} // namespace

DbDataSource::DbDataSource(QSqlDatabase &db, const erp::meta::Model &model)
    : m_db(db)
    , m_model(model)
    , m_registers(db, model)
{
}

const erp::meta::Register &DbDataSource::reg(const QString &name) const
{
    const erp::meta::Register *r = m_model.findRegister(name);
    if (!r)
        programmingError(QStringLiteral("no register \"%1\" is declared").arg(name));
    return *r;
}

const QCborMap &DbDataSource::object(const QString &kindName, qint64 id)
{
    const QString key = kindName + u'/' + QString::number(id);
    const auto cached = m_objects.constFind(key);
    if (cached != m_objects.constEnd())
        return *cached;
    const erp::meta::ObjectKind *kind = m_model.kind(kindName);
    if (!kind)
        programmingError(QStringLiteral("no kind \"%1\" is declared").arg(kindName));
    QStringList columns;
    QList<const erp::meta::Field *> fields;
    for (const erp::meta::Field &f : kind->fields) {
        if (f.internal)
            continue;
        fields.append(&f);
        columns.append(erp::db::selectExpression(f, QStringLiteral("t")));
    }
    // System columns by their API names: a document's number, date and state, a catalog's code and name.
    namespace sys = erp::meta::system;
    const QStringList systemNames =
        kind->isDocument() ? QStringList{sys::Number, sys::Date, sys::Status} : QStringList{sys::Code, sys::Name};
    columns += kind->isDocument()
                   ? QStringList{QStringLiteral("t.NUMBER"), QStringLiteral("t.DOC_DATE"), QStringLiteral("t.STATUS")}
                   : QStringList{QStringLiteral("t.CODE"), QStringLiteral("t.NAME")};
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    erp::db::execute(
        q, QStringLiteral("SELECT %1 FROM %2 t WHERE t.ID = ?").arg(columns.join(u", "), quoteIdentifier(kind->table)),
        {qlonglong(id)});
    QCborMap values;
    if (q.next()) {
        for (int i = 0; i < fields.size(); ++i)
            values.insert(fields[i]->name, erp::db::fromSqlValue(*fields[i], q.value(i)));
        for (int i = 0; i < systemNames.size(); ++i) {
            const QVariant v = q.value(int(fields.size()) + i);
            values.insert(systemNames[i], systemNames[i] == sys::Date ? erp::db::timestampToCbor(v)
                                          : v.isNull()                ? QCborValue(QCborValue::Null)
                                                                      : QCborValue(v.toString()));
        }
    }
    return *m_objects.insert(key, values);
}

QCborValue DbDataSource::field(const QString &kind, qint64 id, const QString &field)
{
    const QCborValue v = object(kind, id).value(field);
    return v.isUndefined() ? QCborValue(QCborValue::Null) : v;
}

qint64 DbDataSource::idByCode(const QString &kindName, const QString &code)
{
    const QString key = kindName + u'/' + code;
    const auto cached = m_codes.constFind(key);
    if (cached != m_codes.constEnd())
        return *cached;
    const erp::meta::ObjectKind *kind = m_model.kind(kindName);
    if (!kind || kind->isDocument())
        programmingError(QStringLiteral("no catalog \"%1\" is declared").arg(kindName));
    erp::db::Query q(m_db);
    erp::db::execute(q, QStringLiteral("SELECT ID FROM %1 WHERE CODE = ?").arg(quoteIdentifier(kind->table)), {code});
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    m_codes.insert(key, id);
    return id;
}

QList<QCborMap> DbDataSource::sectionLines(const QString &kindName, qint64 id, const QString &sectionName)
{
    const QString key = kindName + u'/' + QString::number(id) + u'/' + sectionName;
    const auto cached = m_lines.constFind(key);
    if (cached != m_lines.constEnd())
        return *cached;
    const erp::meta::ObjectKind *kind = m_model.kind(kindName);
    const erp::meta::TabularSection *section = kind ? kind->section(sectionName) : nullptr;
    if (!section)
        programmingError(QStringLiteral("no section \"%1\" of \"%2\" is declared").arg(sectionName, kindName));
    QStringList columns;
    QList<const erp::meta::Field *> fields;
    for (const erp::meta::Field &f : section->fields) {
        if (f.internal)
            continue;
        fields.append(&f);
        columns.append(erp::db::selectExpression(f, QStringLiteral("t")));
    }
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    erp::db::execute(q,
                     QStringLiteral("SELECT %1 FROM %2 t WHERE t.OWNER_ID = ? ORDER BY t.LINE_NO")
                         .arg(columns.join(u", "), quoteIdentifier(section->table)),
                     {qlonglong(id)});
    QList<QCborMap> lines;
    while (q.next()) {
        QCborMap line;
        for (int i = 0; i < fields.size(); ++i)
            line.insert(fields[i]->name, erp::db::fromSqlValue(*fields[i], q.value(i)));
        lines.append(line);
    }
    return *m_lines.insert(key, lines);
}

namespace {

Balance without(Balance all, const Balance &own)
{
    for (auto it = own.constBegin(); it != own.constEnd(); ++it)
        all[it.key()] = all.value(it.key()).minus(it.value()).value_or(all.value(it.key()));
    return all;
}

} // namespace

Balance DbDataSource::balance(const QString &name, const QCborMap &dimensions)
{
    const Balance all = m_registers.balance(reg(name), dimensions);
    return m_excluded ? without(all, m_registers.recorderBalance(reg(name), m_excluded, dimensions)) : all;
}

Balance DbDataSource::balanceAt(const QString &name, const QCborMap &dimensions, const QDateTime &at)
{
    const Balance all = m_registers.balanceAt(reg(name), dimensions, at);
    return m_excluded ? without(all, m_registers.recorderBalance(reg(name), m_excluded, dimensions, at)) : all;
}

Balance DbDataSource::turnover(const QString &name, const QCborMap &dimensions)
{
    return m_registers.turnover(reg(name), dimensions);
}

QList<QCborMap> DbDataSource::slice(const QString &name, const QDateTime &at, const QCborMap &where)
{
    return m_registers.slice(reg(name), at, where);
}

void DbDataSource::lock(const QString &name, const QCborMap &dimensions, const QDateTime &period)
{
    m_registers.lock(reg(name), dimensions, period);
}

void DbDataSource::shortfall(const QString &name, const QString &resource, const QCborMap &dimensions,
                             const erp::Decimal &missing)
{
    m_registers.shortfall(reg(name), resource, dimensions, missing);
}

void DbDataSource::shortfalls(const QString &name, const QString &resource,
                              const QList<std::pair<QCborMap, erp::Decimal>> &missing)
{
    QList<Shortfall> all;
    for (const auto &[dimensions, amount] : missing)
        all.append({resource, dimensions, amount, {}, {}, {}});
    m_registers.shortfalls(reg(name), all);
}

} // namespace erp::core
