#include "documentstore.h"

#include "access.h"
#include "catalogsql.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"
#include "metadata/model.h"
#include "objectwriter.h"
#include "areas.h"
#include "dbdatasource.h"
#include "posting.h"
#include "registers.h"
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
using erp::meta::ObjectKind;
using erp::protocol::ErrorCode;
using erp::rpc::fail;
namespace sys = erp::meta::system;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

bool sameValue(const Field &field, const QCborValue &a, const QCborValue &b)
{
    if (field.isNumeric() && a.isString() && b.isString()) {
        const auto x = erp::Decimal::parse(a.toString()), y = erp::Decimal::parse(b.toString());
        return x && y && *x == *y;
    }
    return a == b;
}

// A strict boolean parameter: absent is false, anything but a boolean is refused.
bool flag(const QCborMap &params, const QString &name)
{
    const QCborValue v = params.value(name);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool())
        fail(ErrorCode::Validation, Text::tr("%1: must be true or false").arg(name), name);
    return v.toBool();
}

// Header values a client may write: the date and the declared fields.
QList<Assignment> headerAssignments(Validator &validator, const ObjectKind &kind, const QCborMap &values)
{
    QList<Assignment> out;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QString name = it.key().toString();
        std::optional<Field> field;
        if (name == sys::Date)
            field = systemField(kind, name);
        else if (const Field *f = kind.field(name); f && !f->internal)
            field = *f;
        if (field && field->readOnly && !field->computed)
            fail(ErrorCode::Validation, Text::tr("%1: is kept by the server and cannot be written").arg(name), name);
        if (!field && kind.derivedField(name))
            fail(ErrorCode::Validation,
                 Text::tr("%1: is derived from the registers when read and cannot be written").arg(name), name);
        if (!field) {
            const bool serverOwned = systemField(kind, name).has_value();
            fail(ErrorCode::Validation,
                 serverOwned ? Text::tr("%1: is set by the server and cannot be written").arg(name)
                             : Text::tr("%1: unknown field of %2").arg(name, kind.name),
                 name);
        }
        out.append({*field, validator.normalize(*field, it.value(), name)});
    }
    return out;
}

// The name of a referenced object the user may see (empty otherwise), for the "display" of
// references a recalculation filled.
QString displayName(QSqlDatabase &db, const erp::meta::Model &model, const UserInfo &user, const Field &field, qint64 id)
{
    const ObjectKind *target = model.kind(field.target);
    if (!target || !AccessPolicy::canRead(user, *target))
        return QString();
    const RowFilter visible = AccessPolicy::rowFilter(user, *target);
    erp::db::Query q(db);
    execute(q,
            QStringLiteral("SELECT t.%1 FROM %2 t WHERE t.ID = ?%3")
                .arg(quoteIdentifier(target->presentationColumn()), quoteIdentifier(target->table),
                     visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
            QVariantList{qlonglong(id)} + visible.binds);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

qint64 DocumentStore::requiredId(const QCborMap &params)
{
    const QCborValue id = params.value(sys::Id);
    if (!id.isInteger() || id.toInteger() <= 0)
        fail(ErrorCode::BadRequest, Text::tr("id: the document id (a positive integer) is required"), sys::Id);
    return id.toInteger();
}

int DocumentStore::requiredVersion(const QCborMap &params)
{
    const QCborValue v = params.value(sys::Version);
    if (!v.isInteger() || v.toInteger() <= 0)
        fail(ErrorCode::BadRequest, Text::tr("version: the version read with the document is required"), sys::Version);
    return int(v.toInteger());
}

DocumentStore::DocumentStore(QSqlDatabase &db, const erp::meta::Model &model, const AreaRegistry &areas,
                             const UserInfo &user, std::vector<ChangeEvent> *events)
    : m_db(db)
    , m_model(model)
    , m_areas(areas)
    , m_user(user)
    , m_events(events)
    , m_reader(db, model, user, events, true)
{
}

// Numbers come from ERP_NUMBERS in an autonomous transaction: the series row is locked for a
// moment only, not for the whole save and posting, so concurrent documents of one series do
// not conflict. Numbers are unique and increasing; a save that fails afterwards leaves a gap
// (Czech VAT law asks for unique numbers, not for numbers without gaps).
QString DocumentStore::nextNumber(const ObjectKind &kind, qint64 organization, int year)
{
    erp::db::Query q(m_db);
    q.setForwardOnly(true);
    execute(
        q,
        QStringLiteral(
            "EXECUTE BLOCK (K VARCHAR(40) CHARACTER SET UTF8 = ?, O BIGINT = ?, Y SMALLINT = ?) RETURNS (N INTEGER) AS "
            "DECLARE TRIES INTEGER = 0; "
            "BEGIN "
            "  WHILE (N IS NULL AND TRIES < 200) DO "
            "  BEGIN "
            "    TRIES = TRIES + 1; "
            "    BEGIN "
            "      IN AUTONOMOUS TRANSACTION DO "
            "      BEGIN "
            "        UPDATE ERP_NUMBERS SET LAST_NUMBER = LAST_NUMBER + 1 "
            "          WHERE DOC_KIND = :K AND ORGANIZATION_ID = :O AND DOC_YEAR = :Y RETURNING LAST_NUMBER INTO :N; "
            "        IF (ROW_COUNT = 0) THEN "
            "        BEGIN "
            "          INSERT INTO ERP_NUMBERS (DOC_KIND, ORGANIZATION_ID, DOC_YEAR, LAST_NUMBER) VALUES (:K, :O, :Y, "
            "1); "
            "          N = 1; "
            "        END "
            "      END "
            "      WHEN ANY DO N = NULL; "
            "    END "
            "  END "
            "  SUSPEND; "
            "END"),
        {kind.name, qlonglong(organization), year});
    if (!q.next() || q.value(0).isNull())
        throw erp::rpc::TransientDbError{QStringLiteral("no number could be taken from the series %1").arg(kind.name)};
    const QString prefix = kind.numberPrefix.isEmpty() ? kind.name.left(3).toUpper() : kind.numberPrefix;
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(q.value(0).toLongLong(), 6, 10, QChar(u'0'));
}

QCborMap DocumentStore::create(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const bool post = flag(params, QStringLiteral("post"));
    Validator validator(m_db, m_model);
    const QCborValue valuesParam = params.value(QStringLiteral("values"));
    if (!valuesParam.isMap())
        fail(ErrorCode::BadRequest, Text::tr("values: a map of field values is required"), QStringLiteral("values"));
    const QCborValue sections = params.value(QStringLiteral("sections"));
    if (!sections.isUndefined() && !sections.isMap())
        fail(ErrorCode::Validation, Text::tr("sections: a map of tabular sections is required"),
             QStringLiteral("sections"));
    QList<Assignment> assignments = headerAssignments(validator, kind, valuesParam.toMap());
    QDateTime date = QDateTime::currentDateTimeUtc();
    qint64 organization = 0;
    for (const Assignment &a : std::as_const(assignments))
        if (a.field.name == sys::Date && !a.value.isNull())
            date = QDateTime::fromString(a.value.toString(), Qt::ISODateWithMs).toUTC();
    assignments.removeIf([](const Assignment &a) { return a.field.name == sys::Date; });
    for (const Field &f : kind.fields) {
        if (f.internal || std::any_of(assignments.cbegin(), assignments.cend(),
                                      [&](const Assignment &a) { return a.field.name == f.name; }))
            continue;
        assignments.append({f, validator.normalize(f, validator.defaultValue(f), f.name)});
    }
    for (const Assignment &a : std::as_const(assignments))
        if (a.field.name == kind.numberPer && !a.value.isNull())
            organization = a.value.toInteger(); // each organization (or what number.per names) has its own series

    const erp::meta::Workflow &workflow = *m_model.workflowOf(kind);
    erp::db::Query q(m_db);
    execute(q, QStringLiteral("SELECT NEXT VALUE FOR %1 FROM RDB$DATABASE").arg(erp::db::ObjectIdSequence));
    q.next();
    const qint64 id = q.value(0).toLongLong();
    const QVariant now = nowUtc();
    const QDateTime utc = date.toUTC();
    QStringList columns{QStringLiteral("ID"),        QStringLiteral("ROW_VERSION"), QStringLiteral("NUMBER"),
                        QStringLiteral("DOC_DATE"),  QStringLiteral("STATUS"),      QStringLiteral("CREATED_AT"),
                        QStringLiteral("UPDATED_AT")};
    QStringList marks{QStringLiteral("?"), QStringLiteral("1"), QStringLiteral("?"), QStringLiteral("?"),
                      QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
    // The number is taken last (below): the series row stays locked for as short a time as possible.
    QVariantList binds{qlonglong(id), QString(), QDateTime(utc.date(), utc.time()), workflow.initial, now, now};
    for (const Assignment &a : std::as_const(assignments)) {
        columns.append(quoteIdentifier(a.field.column()));
        marks.append(erp::db::placeholder(a.field));
        binds.append(erp::db::toSqlValue(a.field, a.value));
    }
    execute(q,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(quoteIdentifier(kind.table), columns.join(u", "), marks.join(u", ")),
            binds);
    if (sections.isMap())
        writeSections(m_db, validator, kind, id, sections.toMap(), false);
    recalculate(kind, id);
    checkSave(kind, id);
    recordHistory(kind, id, QStringLiteral("create"), QString(), workflow.initial);
    if (post)
        run(kind, id, Current{1, workflow.initial, false}, transitionOf(kind, QStringLiteral("post")));
    execute(q, QStringLiteral("UPDATE %1 SET NUMBER = ? WHERE ID = ?").arg(quoteIdentifier(kind.table)),
            {nextNumber(kind, organization, utc.date().year()), qlonglong(id)});
    m_events->push_back({kind.name, id, 1, QStringLiteral("created")});
    return m_reader.readObject(kind, id);
}

DocumentStore::Current DocumentStore::lock(const ObjectKind &kind, qint64 id, int expectedVersion)
{
    // One read for the version and the access gate: a row the user may not see is not found.
    const RowFilter visible = AccessPolicy::rowFilter(m_user, kind);
    erp::db::Query q(m_db);
    execute(q,
            QStringLiteral("SELECT t.ROW_VERSION, t.STATUS, t.DELETED FROM %1 t WHERE t.ID = ?%2")
                .arg(quoteIdentifier(kind.table), visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible.sql),
            QVariantList{qlonglong(id)} + visible.binds);
    if (!q.next())
        fail(ErrorCode::NotFound, Text::tr("there is no %1 document with id %2").arg(kind.name).arg(id), sys::Id);
    const Current current{q.value(0).toInt(), q.value(1).toString(), q.value(2).toBool()};
    if (current.version != expectedVersion)
        fail(ErrorCode::Conflict,
             Text::tr("the document was changed by someone else (you edited version %1, the current one is %2); "
                      "reload it and apply your changes again")
                 .arg(expectedVersion)
                 .arg(current.version),
             sys::Version);
    // Take the row now: the version check and the change below then cannot be split by another writer.
    execute(
        q,
        QStringLiteral("UPDATE %1 SET ROW_VERSION = ROW_VERSION + 1, UPDATED_AT = ? WHERE ID = ? AND ROW_VERSION = ?")
            .arg(quoteIdentifier(kind.table)),
        {nowUtc(), qlonglong(id), expectedVersion});
    if (q.numRowsAffected() != 1)
        fail(ErrorCode::Conflict, Text::tr("the document was changed by someone else; reload it"), sys::Version);
    return current;
}

// The kind's area computes what it declares computed (totals, amounts, VAT, default prices) on
// the document as written; what changed is written back, validated like input, so a total too
// large for its column is an error naming it.
void DocumentStore::recalculate(const ObjectKind &kind, qint64 id)
{
    const RecalcFunction recalc = m_areas.recalculation(kind.name);
    if (!recalc)
        return;
    DbDataSource data(m_db, m_model);
    data.excludeRecorder(id); // what is open for it, as if its own movements were replaced
    const QCborMap before = m_reader.readObject(kind, id);
    RecalcContext ctx{data, kind.name, before, m_user.id};
    recalc(ctx);
    Validator validator(m_db, m_model);
    erp::db::Query q(m_db);
    QStringList sets;
    QVariantList binds;
    for (const Field &f : kind.fields) {
        if (f.internal || !ctx.document.contains(f.name) ||
            sameValue(f, before.value(f.name), ctx.document.value(f.name)))
            continue;
        const QCborValue value = validator.normalize(f, ctx.document.value(f.name), f.name);
        ctx.document.insert(f.name, value);
        sets.append(QStringLiteral("%1 = %2").arg(quoteIdentifier(f.column()), erp::db::placeholder(f)));
        binds.append(erp::db::toSqlValue(f, value));
    }
    if (!sets.isEmpty()) {
        binds.append(qlonglong(id));
        execute(q, QStringLiteral("UPDATE %1 SET %2 WHERE ID = ?").arg(quoteIdentifier(kind.table), sets.join(u", ")),
                binds);
    }
    const QCborMap oldSections = before.value(QStringLiteral("sections")).toMap();
    QCborMap newSections = ctx.document.value(QStringLiteral("sections")).toMap();
    for (const erp::meta::TabularSection &s : kind.sections) {
        const QCborArray oldLines = oldSections.value(s.name).toArray();
        QCborArray newLines = newSections.value(s.name).toArray();
        if (newLines.size() != oldLines.size())
            fail(ErrorCode::Internal,
                 QStringLiteral("the recalculation of %1 changed the number of %2").arg(kind.name, s.name));
        for (qsizetype i = 0; i < newLines.size(); ++i) {
            const QCborMap was = oldLines.at(i).toMap();
            QCborMap is = newLines.at(i).toMap();
            QStringList lineSets;
            QVariantList lineBinds;
            for (const Field &f : s.fields) {
                if (f.internal || !is.contains(f.name) || sameValue(f, was.value(f.name), is.value(f.name)))
                    continue;
                const QString path = QStringLiteral("%1[%2].%3").arg(s.name).arg(i + 1).arg(f.name);
                const QCborValue value = validator.normalize(f, is.value(f.name), path);
                is.insert(f.name, value);
                lineSets.append(QStringLiteral("%1 = %2").arg(quoteIdentifier(f.column()), erp::db::placeholder(f)));
                lineBinds.append(erp::db::toSqlValue(f, value));
            }
            newLines[i] = is;
            if (lineSets.isEmpty())
                continue;
            lineBinds += QVariantList{qlonglong(id), int(i + 1)};
            execute(q,
                    QStringLiteral("UPDATE %1 SET %2 WHERE OWNER_ID = ? AND LINE_NO = ?")
                        .arg(quoteIdentifier(s.table), lineSets.join(u", ")),
                    lineBinds);
        }
        newSections.insert(s.name, newLines);
    }
    ctx.document.insert(QStringLiteral("sections"), newSections);
    // The posting that may follow in this call reads the document as it now is.
    m_recalculated = {id, ctx.document};
}

// The rules areas register for every save (AreaRegistry::addSaveCheck), on the document as the
// recalculation left it.
void DocumentStore::checkSave(const ObjectKind &kind, qint64 id)
{
    if (m_areas.saveChecks().isEmpty())
        return;
    const QCborMap document =
        m_recalculated && m_recalculated->first == id ? m_recalculated->second : m_reader.readObject(kind, id);
    DbDataSource data(m_db, m_model);
    SaveContext ctx{data, m_model, kind, document};
    for (const SaveCheck saveCheck : m_areas.saveChecks())
        saveCheck(ctx);
}

QCborMap DocumentStore::recalculateDraft(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, false);
    Validator validator(m_db, m_model, Validator::Required::Draft);
    const QCborValue valuesParam = params.value(QStringLiteral("values"));
    if (!valuesParam.isMap())
        fail(ErrorCode::Validation, Text::tr("values: a map of field values is required"), QStringLiteral("values"));
    const QCborValue sectionsParam = params.value(QStringLiteral("sections"));
    if (!sectionsParam.isUndefined() && !sectionsParam.isMap())
        fail(ErrorCode::Validation, Text::tr("sections: a map of tabular sections is required"),
             QStringLiteral("sections"));
    // The document as DocumentStore::recalculate sees one that is saved: every field present.
    QCborMap document;
    document.insert(sys::Date, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    for (const Field &f : kind.fields)
        if (!f.internal)
            document.insert(f.name, validator.normalize(f, validator.defaultValue(f), f.name));
    for (const Assignment &a : headerAssignments(validator, kind, valuesParam.toMap()))
        document.insert(a.field.name, a.value);
    const QCborMap givenSections = sectionsParam.toMap();
    for (auto it = givenSections.constBegin(); it != givenSections.constEnd(); ++it)
        if (!kind.section(it.key().toString()))
            fail(ErrorCode::Validation,
                 Text::tr("%1: unknown tabular section of %2").arg(it.key().toString(), kind.name),
                 it.key().toString());
    QCborMap sections;
    for (const erp::meta::TabularSection &s : kind.sections) {
        QCborArray lines;
        if (givenSections.contains(s.name))
            for (const QCborMap &line : normalizedLines(validator, s, s.name, givenSections.value(s.name)))
                lines.append(line);
        sections.insert(s.name, lines);
    }
    document.insert(QStringLiteral("sections"), sections);

    if (const RecalcFunction recalc = m_areas.recalculation(kind.name)) {
        DbDataSource data(m_db, m_model);
        RecalcContext ctx{data, kind.name, document};
        recalc(ctx);
        // What the recalculation set is checked as it would be on saving (a total too large).
        for (const Field &f : kind.fields)
            if (!f.internal && ctx.document.contains(f.name)
                && !sameValue(f, document.value(f.name), ctx.document.value(f.name)))
                document.insert(f.name, validator.normalize(f, ctx.document.value(f.name), f.name));
        const QCborMap recalculated = ctx.document.value(QStringLiteral("sections")).toMap();
        for (const erp::meta::TabularSection &s : kind.sections) {
            const QCborArray before = sections.value(s.name).toArray();
            const QCborArray after = recalculated.value(s.name).toArray();
            if (after.size() != before.size())
                fail(ErrorCode::Internal,
                     QStringLiteral("the recalculation of %1 changed the number of %2").arg(kind.name, s.name));
            QCborArray lines;
            for (qsizetype i = 0; i < after.size(); ++i) {
                QCborMap line = before.at(i).toMap();
                const QCborMap is = after.at(i).toMap();
                QCborMap display;
                for (const Field &f : s.fields) {
                    if (f.internal || !is.contains(f.name) || sameValue(f, line.value(f.name), is.value(f.name)))
                        continue;
                    const QCborValue value = validator.normalize(
                        f, is.value(f.name), QStringLiteral("%1[%2].%3").arg(s.name).arg(i + 1).arg(f.name));
                    line.insert(f.name, value);
                    // A reference the recalculation chose (the product's VAT rate) comes with its name.
                    if (f.type == erp::meta::FieldType::Ref && value.isInteger())
                        display.insert(f.name, displayName(m_db, m_model, m_user, f, value.toInteger()));
                }
                if (!display.isEmpty())
                    line.insert(QStringLiteral("display"), display);
                lines.append(line);
            }
            sections.insert(s.name, lines);
        }
    }
    QCborMap values = document;
    values.remove(QStringLiteral("sections"));
    QCborMap out;
    out.insert(QStringLiteral("values"), values);
    out.insert(QStringLiteral("sections"), sections);
    return out;
}

void DocumentStore::writePosting(const ObjectKind &kind, qint64 id)
{
    const PostingFunction posting = m_areas.posting(kind.name);
    if (!posting)
        fail(ErrorCode::Validation, Text::tr("%1 documents are not posted").arg(kind.title));
    DbDataSource data(m_db, m_model);
    const bool recalculated = m_recalculated && m_recalculated->first == id;
    PostingContext ctx{data, kind.name, id, {}, recalculated ? m_recalculated->second : m_reader.readObject(kind, id), {}, {}, {}};
    m_recalculated.reset();
    ctx.date = QDateTime::fromString(ctx.document.value(sys::Date).toString(), Qt::ISODateWithMs).toUTC();
    data.excludeRecorder(id); // the posting replaces its own movements: it reads balances without them
    posting(ctx);
    data.excludeRecorder(0);
    data.registers().replace(kind.name, id, ctx.movements, ctx.explain);
    for (const auto &check : std::as_const(ctx.afterWrite))
        check();
}

void DocumentStore::removePosting(const ObjectKind &kind, qint64 id)
{
    RegisterWriter(m_db, m_model).replace(kind.name, id, {});
}

void DocumentStore::writeFields(const ObjectKind &kind, qint64 id, const QCborMap &values)
{
    Validator validator(m_db, m_model);
    QStringList sets;
    QVariantList binds;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const Field *f = kind.field(it.key().toString());
        if (!f || f->internal)
            fail(ErrorCode::Internal, QStringLiteral("%1 has no field %2 to write").arg(kind.name, it.key().toString()));
        const QCborValue value = validator.normalize(*f, it.value(), f->name);
        sets.append(QStringLiteral("%1 = %2").arg(quoteIdentifier(f->column()), erp::db::placeholder(*f)));
        binds.append(erp::db::toSqlValue(*f, value));
    }
    if (!sets.isEmpty()) {
        binds.append(qlonglong(id));
        erp::db::Query q(m_db);
        execute(q, QStringLiteral("UPDATE %1 SET %2 WHERE ID = ?").arg(quoteIdentifier(kind.table), sets.join(u", ")),
                binds);
    }
    recalculate(kind, id);
}

QCborMap DocumentStore::update(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, true);
    const qint64 id = requiredId(params);
    const int version = requiredVersion(params);
    const bool post = flag(params, QStringLiteral("post"));
    const QCborValue values = params.value(QStringLiteral("values"));
    if (!values.isUndefined() && !values.isMap())
        fail(ErrorCode::Validation, Text::tr("values: a map of field values is required"), QStringLiteral("values"));
    const QCborValue sections = params.value(QStringLiteral("sections"));
    if (!sections.isUndefined() && !sections.isMap())
        fail(ErrorCode::Validation, Text::tr("sections: a map of tabular sections is required"),
             QStringLiteral("sections"));
    const Current current = lock(kind, id, version);
    if (current.deleted)
        fail(ErrorCode::Validation, Text::tr("the document is marked for deletion; remove the mark first"),
             sys::Deleted);
    Validator validator(m_db, m_model);
    const QList<Assignment> assignments = headerAssignments(validator, kind, values.toMap());
    QStringList sets;
    QVariantList binds;
    for (const Assignment &a : assignments) {
        if (a.field.name == sys::Date && a.value.isNull())
            fail(ErrorCode::Validation, Text::tr("date: a value is required"), sys::Date);
        const QString column =
            a.field.name == sys::Date ? QStringLiteral("DOC_DATE") : quoteIdentifier(a.field.column());
        sets.append(QStringLiteral("%1 = %2").arg(column, erp::db::placeholder(a.field)));
        binds.append(erp::db::toSqlValue(a.field, a.value));
    }
    erp::db::Query q(m_db);
    if (!sets.isEmpty()) {
        binds.append(qlonglong(id));
        execute(q, QStringLiteral("UPDATE %1 SET %2 WHERE ID = ?").arg(quoteIdentifier(kind.table), sets.join(u", ")),
                binds);
    }
    if (sections.isMap())
        writeSections(m_db, validator, kind, id, sections.toMap(), true);
    recalculate(kind, id);
    checkSave(kind, id);
    // A posted document stays posted: changing it posts it again.
    if (m_model.workflowOf(kind)->state(current.status)->posted)
        writePosting(kind, id);
    else if (post)
        run(kind, id, current, transitionOf(kind, QStringLiteral("post")));
    m_events->push_back({kind.name, id, version + 1, QStringLiteral("updated")});
    return m_reader.readObject(kind, id);
}

QCborMap DocumentStore::movements(const QCborMap &params)
{
    const ObjectKind &kind = m_reader.kindFor(params, false);
    const qint64 id = requiredId(params);
    m_reader.requireVisible(kind, id);
    QCborMap out;
    // Recorder ids are unique across all kinds (one sequence), so the id alone finds them.
    RegisterWriter registers(m_db, m_model);
    for (const erp::meta::Register &reg : m_model.registers()) {
        QCborArray rows;
        for (const QCborMap &row : registers.movementsOf(reg, id))
            rows.append(row);
        if (!rows.isEmpty())
            out.insert(reg.name, rows);
    }
    return out;
}

QCborMap DocumentStore::proposal(const BasedOnRule &rule, const ObjectKind &target, const QCborMap &source,
                                 qint64 sourceId)
{
    QStringList headerFields, lineFields;
    for (const Field &f : target.fields)
        if (f.isWritable())
            headerFields.append(f.name);
    if (const erp::meta::TabularSection *s = target.section(rule.section))
        for (const Field &f : s->fields)
            if (!f.internal)
                lineFields.append(f.name);
    DbDataSource data(m_db, m_model);
    return proposeBasedOn(rule, data, source, sourceId, headerFields, lineFields);
}

} // namespace erp::core
