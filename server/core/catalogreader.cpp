// Read, list (filters, sort, keyset paging) and search for every catalog.
#include "access.h"
#include "catalogsql.h"
#include "catalogstore.h"
#include "db/collations.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/fieldvalue.h"
#include "metadata/model.h"
#include "rpc/rpcerror.h"
#include "user.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QRegularExpression>
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

// A value compared with a field: of the field's type and, for strings, no longer than the
// column (the database refuses to compare a longer one).
QCborValue normalizeFilterValue(const erp::meta::Model &model, const Field &field, const QCborValue &in,
                                const QString &path)
{
    Field loose = field;
    loose.required = false;
    loose.min.reset(); // a filter may look below the bound (for rows saved before it existed)
    QCborValue out;
    QString error;
    const erp::meta::Enumeration *e = field.type == FieldType::Enum ? model.enumeration(field.target) : nullptr;
    if (!erp::meta::normalizeValue(loose, e, in, &out, &error))
        fail(ErrorCode::Validation, QStringLiteral("%1: %2").arg(path, error), path);
    return out;
}

class WhereBuilder
{
public:
    void add(const QString &condition, const QVariantList &binds = {})
    {
        m_conditions.append(u'(' + condition + u')');
        m_binds.append(binds);
    }
    QString sql() const
    {
        return m_conditions.isEmpty() ? QString()
                                      : QStringLiteral(" WHERE ") + m_conditions.join(QStringLiteral(" AND "));
    }
    const QVariantList &binds() const { return m_binds; }

private:
    QStringList m_conditions;
    QVariantList m_binds;
};

// Refuses keys of a parameter map other than `known`, naming the first one.
void refuseUnknownKeys(const QCborMap &map, const QStringList &known, const QString &path)
{
    for (auto it = map.constBegin(); it != map.constEnd(); ++it)
        if (!it.key().isString() || !known.contains(it.key().toString()))
            fail(ErrorCode::Validation,
                 Text::tr("%1.%2: unknown key (use %3)")
                     .arg(path, it.key().toVariant().toString(), known.join(QStringLiteral(", "))),
                 path + u'.' + it.key().toVariant().toString());
}

void addFilter(WhereBuilder &where, const erp::meta::Model &model, const ObjectKind &kind,
               const QCborValue &filterValue, int index)
{
    const QString path = QStringLiteral("filters[%1]").arg(index + 1);
    if (!filterValue.isMap())
        fail(ErrorCode::Validation, Text::tr("%1: a filter is a map {field, op, value}").arg(path), path);
    const QCborMap filter = filterValue.toMap();
    refuseUnknownKeys(filter, {QStringLiteral("field"), QStringLiteral("op"), QStringLiteral("value")}, path);
    const QCborValue fieldValue = filter.value(QStringLiteral("field"));
    if (!fieldValue.isString())
        fail(ErrorCode::Validation, Text::tr("%1.field: the name of a field is required").arg(path),
             path + QStringLiteral(".field"));
    const QString name = fieldValue.toString();
    const std::optional<Field> field = resolveField(kind, name);
    if (!field)
        fail(ErrorCode::Validation, Text::tr("%1: unknown field \"%2\" of %3").arg(path, name, kind.name),
             path + QStringLiteral(".field"));
    if (field->type == FieldType::Text)
        fail(ErrorCode::Validation, Text::tr("%1: long text fields cannot be filtered").arg(path),
             path + QStringLiteral(".field"));
    const QCborValue opValue = filter.value(QStringLiteral("op"));
    if (!opValue.isUndefined() && !opValue.isString())
        fail(ErrorCode::Validation, Text::tr("%1.op: must be a string such as \"=\"").arg(path),
             path + QStringLiteral(".op"));
    const QString op = opValue.isUndefined() ? QStringLiteral("=") : opValue.toString();
    const QString column = columnOf(*field);
    const QString mark = erp::db::placeholder(*field);
    const QCborValue raw = filter.value(QStringLiteral("value"));
    const QString valuePath = path + QStringLiteral(".value");
    if (op == QLatin1String("isNull") || op == QLatin1String("notNull")) {
        where.add(column +
                  (op == QLatin1String("isNull") ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL")));
        return;
    }
    if (op == QLatin1String("in")) {
        if (!raw.isArray() || raw.toArray().isEmpty() || raw.toArray().size() > 1000)
            fail(ErrorCode::Validation, Text::tr("%1: \"in\" needs an array of 1 to 1000 values").arg(valuePath),
                 valuePath);
        QStringList marks;
        QVariantList binds;
        for (const QCborValue &v : raw.toArray()) {
            marks.append(mark);
            binds.append(erp::db::toSqlValue(*field, normalizeFilterValue(model, *field, v, valuePath)));
        }
        where.add(column + QStringLiteral(" IN (") + marks.join(u", ") + u')', binds);
        return;
    }
    if (op == QLatin1String("contains") || op == QLatin1String("startsWith")) {
        if (field->type != FieldType::String || !raw.isString())
            fail(ErrorCode::Validation, Text::tr("%1: \"%2\" works on string fields with a string value").arg(path, op),
                 valuePath);
        where.add(column + (op == QLatin1String("contains") ? QStringLiteral(" CONTAINING ?")
                                                            : QStringLiteral(" STARTING WITH ?")),
                  {normalizeFilterValue(model, *field, raw, valuePath).toString()});
        return;
    }
    static const QStringList comparisons{QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
                                         QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};
    if (!comparisons.contains(op))
        fail(
            ErrorCode::Validation,
            Text::tr("%1: unknown operator \"%2\" (use =, !=, <, <=, >, >=, in, contains, startsWith, isNull, notNull)")
                .arg(path, op),
            path + QStringLiteral(".op"));
    const QCborValue value = normalizeFilterValue(model, *field, raw, valuePath);
    if (value.isNull()) {
        if (op != QLatin1String("=") && op != QLatin1String("!="))
            fail(ErrorCode::Validation, Text::tr("%1: null can only be compared with = or !=").arg(path), valuePath);
        where.add(column + (op == QLatin1String("=") ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL")));
        return;
    }
    const QString sqlOp = op == QLatin1String("!=") ? QStringLiteral("<>") : op;
    where.add(QStringLiteral("%1 %2 %3").arg(column, sqlOp, mark), {erp::db::toSqlValue(*field, value)});
}

void addAccessFilter(WhereBuilder &where, const UserInfo &user, const ObjectKind &kind)
{
    const RowFilter filter = AccessPolicy::rowFilter(user, kind, QStringLiteral("t"));
    if (!filter.sql.isEmpty())
        where.add(filter.sql, filter.binds);
}

// The row count and the sums of numeric fields over every row the list's conditions select
// (not only the page), in the list's own transaction: {count, totals: {field: sum}}.
void addTotals(QSqlDatabase &db, QCborMap &result, const ObjectKind &kind, const WhereBuilder &where,
               const QCborArray &names)
{
    if (names.size() > 50)
        fail(ErrorCode::Validation, Text::tr("totals: at most 50 fields"), QStringLiteral("totals"));
    QStringList expressions{QStringLiteral("COUNT(*)")};
    QList<Field> fields;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString path = QStringLiteral("totals[%1]").arg(i + 1);
        const std::optional<Field> field =
            names.at(i).isString() ? resolveField(kind, names.at(i).toString()) : std::nullopt;
        if (!field
            || (field->type != FieldType::Integer && field->type != FieldType::Decimal
                && field->type != FieldType::Money)
            || field->name == sys::Id || field->name == sys::Version)
            fail(ErrorCode::Validation,
                 Text::tr("%1: \"%2\" is not a numeric field of %3")
                     .arg(path, names.at(i).toVariant().toString(), kind.name),
                 path);
        fields.append(*field);
        expressions.append(QStringLiteral("CAST(COALESCE(SUM(%1), 0) AS VARCHAR(40))").arg(columnOf(*field)));
    }
    erp::db::Query q(db);
    q.setForwardOnly(true);
    try {
        execute(q,
                QStringLiteral("SELECT %1 FROM %2 t%3")
                    .arg(expressions.join(u", "), quoteIdentifier(kind.table), where.sql()),
                where.binds());
    } catch (const erp::rpc::RpcError &e) {
        if (e.code != ErrorCode::Internal || !e.message.contains(QLatin1String("overflow"), Qt::CaseInsensitive))
            throw;
        fail(ErrorCode::Validation, Text::tr("totals: a sum is too large to be computed"), QStringLiteral("totals"));
    }
    q.next();
    result.insert(QStringLiteral("count"), qint64(q.value(0).toLongLong()));
    QCborMap totals;
    for (qsizetype i = 0; i < fields.size(); ++i)
        totals.insert(fields[i].name, erp::db::fromSqlValue(fields[i], q.value(int(i) + 1)));
    result.insert(QStringLiteral("totals"), totals);
}

} // namespace

CatalogStore::CatalogStore(QSqlDatabase &db, const erp::meta::Model &model, const UserInfo &user,
                           std::vector<ChangeEvent> *events, bool documents)
    : m_db(db)
    , m_model(model)
    , m_user(user)
    , m_events(events)
    , m_documents(documents)
{
}

const ObjectKind &CatalogStore::kindFor(const QCborMap &params, bool write) const
{
    const QString name = params.value(QStringLiteral("kind")).toString();
    const ObjectKind *kind = m_model.kind(name);
    if (!kind || kind->isDocument() != m_documents)
        fail(ErrorCode::Validation,
             m_documents ? Text::tr("kind: unknown document \"%1\"").arg(name)
                         : Text::tr("kind: unknown catalog \"%1\"").arg(name),
             QStringLiteral("kind"));
    if (!AccessPolicy::canRead(m_user, *kind) || (write && !AccessPolicy::canWrite(m_user, *kind)))
        fail(ErrorCode::Forbidden, write ? Text::tr("you may not change %1").arg(kind->name)
                                         : Text::tr("you may not read %1").arg(kind->name));
    return *kind;
}

QCborMap CatalogStore::readObject(const ObjectKind &kind, qint64 id)
{
    RowSelect select(m_model, kind, true, m_user);
    WhereBuilder where;
    where.add(QStringLiteral("t.\"ID\" = ?"), {qlonglong(id)});
    addAccessFilter(where, m_user, kind);
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q, QStringLiteral("SELECT %1 FROM %2%3").arg(select.columns(), select.from(), where.sql()),
            select.fromBinds() + where.binds());
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("there is no %1 object with id %2").arg(kind.name).arg(id), sys::Id);
    QCborMap object = select.decode(q);
    if (!kind.sections.isEmpty()) {
        QCborMap sections;
        for (const erp::meta::TabularSection &s : kind.sections) {
            QStringList columns;
            QString joins;
            QVariantList joinBinds;
            QList<const Field *> fields;
            QList<const Field *> refs;
            for (const Field &f : s.fields) {
                if (f.internal)
                    continue;
                fields.append(&f);
                columns.append(erp::db::selectExpression(f, QStringLiteral("l")));
            }
            for (const Field *f : std::as_const(fields)) {
                if (f->type != FieldType::Ref)
                    continue;
                const QString alias = QStringLiteral("r%1").arg(refs.size());
                const ObjectKind &target = *m_model.kind(f->target);
                const RowFilter visible = AccessPolicy::rowFilter(m_user, target, alias);
                joins += QStringLiteral(" LEFT JOIN %1 %2 ON %2.\"ID\" = l.%3%4")
                             .arg(quoteIdentifier(target.table), alias, quoteIdentifier(f->column()),
                                  visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql);
                joinBinds += visible.binds;
                columns.append(alias + u'.' + quoteIdentifier(target.presentationColumn()));
                refs.append(f);
            }
            erp::db::Query lq(m_db);
            lq.setForwardOnly(true);
            execute(lq,
                    QStringLiteral("SELECT %1 FROM %2 l%3 WHERE l.\"OWNER_ID\" = ? ORDER BY l.\"LINE_NO\"")
                        .arg(columns.join(u", "), quoteIdentifier(s.table), joins),
                    joinBinds + QVariantList{qlonglong(id)});
            QCborArray lines;
            while (lq.next()) {
                QCborMap line;
                int i = 0;
                for (; i < fields.size(); ++i)
                    line.insert(fields[i]->name, erp::db::fromSqlValue(*fields[i], lq.value(i)));
                QCborMap display;
                for (const Field *f : std::as_const(refs)) {
                    const QVariant name = lq.value(i++);
                    if (!name.isNull())
                        display.insert(f->name, name.toString());
                }
                if (!display.isEmpty())
                    line.insert(QStringLiteral("display"), display);
                lines.append(line);
            }
            sections.insert(s.name, lines);
        }
        object.insert(QStringLiteral("sections"), sections);
    }
    return object;
}

void CatalogStore::requireVisible(const ObjectKind &kind, qint64 id)
{
    WhereBuilder where;
    where.add(QStringLiteral("t.\"ID\" = ?"), {qlonglong(id)});
    addAccessFilter(where, m_user, kind);
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(q, QStringLiteral("SELECT 1 FROM %1 t%2").arg(quoteIdentifier(kind.table), where.sql()), where.binds());
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("there is no %1 object with id %2").arg(kind.name).arg(id), sys::Id);
}

QCborMap CatalogStore::read(const QCborMap &params)
{
    const ObjectKind &kind = kindFor(params, false);
    const QCborValue id = params.value(sys::Id);
    if (!id.isInteger() || id.toInteger() <= 0)
        fail(ErrorCode::BadRequest, Text::tr("id: the object id (a positive integer) is required"), sys::Id);
    return readObject(kind, id.toInteger());
}

QCborMap CatalogStore::list(const QCborMap &params)
{
    const ObjectKind &kind = kindFor(params, false);
    // The dispatcher has checked the parameters' types (see catalogmethods.cpp); absent ones take their defaults.
    const QString sortName = params.contains(QStringLiteral("sort")) ? params.value(QStringLiteral("sort")).toString()
                             : kind.isDocument()                     ? sys::Date
                                                                     : sys::Name;
    const std::optional<Field> sortField = resolveField(kind, sortName);
    if (!sortField || sortField->type == FieldType::Text)
        fail(ErrorCode::Validation, Text::tr("sort: cannot sort %1 by \"%2\"").arg(kind.name, sortName),
             QStringLiteral("sort"));
    const bool descending = params.value(QStringLiteral("descending")).toBool();
    const qint64 limit =
        params.contains(QStringLiteral("limit")) ? params.value(QStringLiteral("limit")).toInteger() : 100;
    const bool includeDeleted =
        !params.contains(QStringLiteral("includeDeleted")) || params.value(QStringLiteral("includeDeleted")).toBool();

    WhereBuilder where;
    if (!includeDeleted)
        where.add(QStringLiteral("t.\"DELETED\" = FALSE"));
    if (params.contains(QStringLiteral("parent"))) {
        if (!kind.hierarchical)
            fail(ErrorCode::Validation, Text::tr("parent: %1 has no groups").arg(kind.name), QStringLiteral("parent"));
        const QCborValue parent = params.value(QStringLiteral("parent"));
        if (parent.isNull())
            where.add(QStringLiteral("t.\"PARENT\" IS NULL"));
        else
            where.add(QStringLiteral("t.\"PARENT\" = ?"), {qlonglong(parent.toInteger())});
    }
    const QCborArray filters = params.value(QStringLiteral("filters")).toArray();
    for (qsizetype i = 0; i < filters.size(); ++i)
        addFilter(where, m_model, kind, filters.at(i), int(i));
    addAccessFilter(where, m_user, kind);

    // Keyset paging: "after" is the {value, id} of the last row of the previous page. The rest of
    // the list is read in segments that each follow one index range: first the rows that share
    // the last value (value = v AND id > last id: both index segments bound), then the rows
    // beyond it. One condition with OR would scan every duplicate of v on every page.
    // Text sorts in the reader's language (Czech: "Ch" after "H"); the cursor's comparisons
    // below use the same expression, so a page never skips nor repeats a row.
    const QString column = sortField->type == FieldType::String ? erp::db::sortedText(columnOf(*sortField))
                                                                : columnOf(*sortField);
    const bool unique = sortField->name == sys::Code || sortField->name == sys::Id;
    const QString gt = descending ? QStringLiteral("<") : QStringLiteral(">");
    struct Segment
    {
        QString sql;
        QVariantList binds;
    };
    QList<Segment> segments;
    const QCborValue after = params.value(QStringLiteral("after"));
    if (!after.isMap()) {
        segments.append(Segment{});
    } else {
        const QCborMap a = after.toMap();
        refuseUnknownKeys(a, {QStringLiteral("value"), sys::Id, QStringLiteral("inclusive")}, QStringLiteral("after"));
        const QCborValue afterId = a.value(sys::Id);
        if (!afterId.isInteger())
            fail(ErrorCode::Validation, Text::tr("after.id: the id of the last row is required"),
                 QStringLiteral("after.id"));
        const qlonglong lastId = afterId.toInteger();
        const QCborValue lastValue = sortField->name == sys::Id
                                         ? QCborValue(lastId)
                                         : normalizeFilterValue(m_model, *sortField, a.value(QStringLiteral("value")),
                                                                QStringLiteral("after.value"));
        const QString mark = erp::db::placeholder(*sortField);
        const QVariant v = erp::db::toSqlValue(*sortField, lastValue);
        const bool nullable = !sortField->required && !unique;
        // inclusive: start at the row itself (to re-read a window from its first row).
        const QCborValue inclusive = a.value(QStringLiteral("inclusive"));
        if (!inclusive.isUndefined() && !inclusive.isBool())
            fail(ErrorCode::Validation, Text::tr("after.inclusive: must be true or false"),
                 QStringLiteral("after.inclusive"));
        const QString from = inclusive.toBool() ? gt + u'=' : gt;
        if (sortField->name == sys::Id) {
            segments.append({QStringLiteral("t.\"ID\" %1 ?").arg(from), {lastId}});
        } else if (lastValue.isNull()) {
            // NULLs sort first ascending and last descending in Firebird.
            segments.append({QStringLiteral("%1 IS NULL AND t.\"ID\" + 0 %2 ?").arg(column, from), {lastId}});
            if (!descending)
                segments.append({QStringLiteral("%1 IS NOT NULL").arg(column), {}});
        } else if (unique) {
            segments.append({QStringLiteral("%1 %2 %3").arg(column, from, mark), {v}});
        } else if (lastId <= 0) {
            // {value, id: 0} jumps to the first row at or beyond a value ("to the letter Ž").
            segments.append({QStringLiteral("%1 %2= %3").arg(column, gt, mark), {v}});
            if (descending && nullable)
                segments.append({QStringLiteral("%1 IS NULL").arg(column), {}});
        } else {
            // "+ 0" keeps the optimizer from adding a primary-key range over every later id.
            segments.append({QStringLiteral("%1 = %2 AND t.\"ID\" + 0 %3 ?").arg(column, mark, from), {v, lastId}});
            segments.append({QStringLiteral("%1 %2 %3").arg(column, gt, mark), {v}});
            if (descending && nullable)
                segments.append({QStringLiteral("%1 IS NULL").arg(column), {}});
        }
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    const QString order = unique ? QStringLiteral(" ORDER BY %1%2").arg(column, direction)
                                 : QStringLiteral(" ORDER BY %1%2, t.\"ID\"%2").arg(column, direction);
    RowSelect select(m_model, kind, false, m_user);
    QList<QCborMap> found;
    for (const Segment &segment : std::as_const(segments)) {
        const qsizetype wanted = limit + 1 - found.size();
        if (wanted <= 0)
            break;
        WhereBuilder part = where;
        if (!segment.sql.isEmpty())
            part.add(segment.sql, segment.binds);
        erp::db::Query q(m_db);
        q.setForwardOnly(true);
        execute(q,
                QStringLiteral("SELECT %1 FROM %2%3%4 ROWS %5")
                    .arg(select.columns(), select.from(), part.sql(), order)
                    .arg(wanted),
                select.fromBinds() + part.binds());
        while (q.next())
            found.append(select.decode(q));
    }
    QCborArray rows;
    const bool more = found.size() > limit;
    for (qsizetype i = 0; i < found.size() && i < limit; ++i)
        rows.append(found[i]);
    QCborMap result;
    result.insert(QStringLiteral("rows"), rows);
    result.insert(QStringLiteral("more"), more);
    if (params.contains(QStringLiteral("totals")))
        addTotals(m_db, result, kind, where, params.value(QStringLiteral("totals")).toArray());
    if (more && !rows.isEmpty()) {
        const QCborMap last = rows.last().toMap();
        QCborMap next;
        next.insert(QStringLiteral("value"), last.value(sortField->name));
        next.insert(sys::Id, last.value(sys::Id));
        result.insert(QStringLiteral("next"), next);
    }
    return result;
}

QCborMap CatalogStore::search(const QCborMap &params)
{
    if (m_documents)
        fail(ErrorCode::BadRequest, Text::tr("documents are found with document.list and filters"));
    const ObjectKind &kind = kindFor(params, false);
    // The dispatcher has checked the parameters' types (see catalogmethods.cpp).
    const QString text = params.value(QStringLiteral("text")).toString().simplified();
    const qint64 limit =
        params.contains(QStringLiteral("limit")) ? params.value(QStringLiteral("limit")).toInteger() : 20;
    const bool includeDeleted = params.value(QStringLiteral("includeDeleted")).toBool();
    const bool anywhere =
        !params.contains(QStringLiteral("anywhere")) || params.value(QStringLiteral("anywhere")).toBool();
    if (text.isEmpty())
        fail(ErrorCode::Validation, Text::tr("text: type something to search for"), QStringLiteral("text"));
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts).mid(0, 8);
    // The searched columns with their lengths: a text longer than a column cannot start it or
    // be inside it, and the database refuses to compare it, so such a column is left out.
    struct Column
    {
        QString sql;
        int length;
    };
    QList<Column> columns{{QStringLiteral("t.\"CODE\""), kind.codeLength},
                          {QStringLiteral("t.\"NAME\""), kind.nameLength}};
    for (const Field &f : kind.fields)
        if (f.indexed && f.type == FieldType::String && !f.internal)
            columns.append({columnOf(f), f.length});
    RowSelect select(m_model, kind, false, m_user);
    QCborArray rows;
    QSet<qint64> seen;
    // Filters are checked once, before any search runs.
    WhereBuilder common;
    if (!includeDeleted)
        common.add(QStringLiteral("t.\"DELETED\" = FALSE"));
    const QCborArray filters = params.value(QStringLiteral("filters")).toArray();
    for (qsizetype i = 0; i < filters.size(); ++i)
        addFilter(common, m_model, kind, filters.at(i), int(i));
    addAccessFilter(common, m_user, kind);
    auto run = [&](const QString &condition, const QVariantList &binds, const QString &orderColumn) {
        WhereBuilder where = common;
        where.add(condition, binds);
        erp::db::Query q(m_db);
        q.setForwardOnly(true);
        execute(q,
                QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4, t.\"ID\" ROWS %5")
                    .arg(select.columns(), select.from(), where.sql(), orderColumn)
                    .arg(limit - rows.size()),
                select.fromBinds() + where.binds());
        while (q.next() && rows.size() < limit) {
            QCborMap row = select.decode(q);
            if (!seen.contains(row.value(sys::Id).toInteger())) {
                seen.insert(row.value(sys::Id).toInteger());
                rows.append(row);
            }
        }
    };
    // Prefixes first, one indexed column at a time (each an index range that stops at the
    // limit): code, name, then searchable fields such as IČO or e-mail.
    const qsizetype textLength = erp::meta::characterCount(text);
    for (const Column &column : std::as_const(columns)) {
        if (rows.size() >= limit)
            break;
        if (textLength <= column.length)
            run(column.sql + QStringLiteral(" STARTING WITH ?"), {text}, column.sql);
    }
    // Then every word anywhere in the name or a searchable field. This walks the name index
    // until enough rows match: quick for common words, a scan of the table for rare ones,
    // which is why type-ahead fields ask for prefixes only.
    if (rows.size() < limit && anywhere) {
        QStringList all;
        QVariantList binds;
        for (const QString &word : words) {
            QStringList any;
            for (const Column &c : std::as_const(columns)) {
                if (erp::meta::characterCount(word) > c.length)
                    continue;
                any.append(c.sql + QStringLiteral(" CONTAINING ?"));
                binds.append(word);
            }
            if (any.isEmpty()) { // a word longer than every column: nothing can match
                all.clear();
                break;
            }
            all.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
        }
        if (!all.isEmpty())
            run(all.join(QStringLiteral(" AND ")), binds, QStringLiteral("t.\"NAME\""));
    }
    QCborMap result;
    result.insert(QStringLiteral("rows"), rows);
    return result;
}

} // namespace erp::core
