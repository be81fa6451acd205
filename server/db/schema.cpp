#include "schema.h"

#include "collations.h"
#include "metadata/model.h"
#include "sqltypes.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include "query.h"

namespace erp::db {

namespace {

using erp::meta::Field;
using erp::meta::ObjectKind;

struct ExistingSchema
{
    QHash<QString, QHash<QString, QString>> columns; // table -> column -> base type
    QSet<QString> indexes;
    QSet<QString> sequences;
    QSet<QString> collations;
};

// Reads RDB$FIELDS type codes back into the same spelling sqlBaseType() produces.
QString describeType(int type, int subType, int length, int precision, int scale)
{
    switch (type) {
    case 7:
    case 8:
    case 16:
        if (subType == 1 || subType == 2 || scale != 0)
            return QStringLiteral("NUMERIC(%1,%2)").arg(precision).arg(-scale);
        return type == 16  ? QStringLiteral("BIGINT")
               : type == 8 ? QStringLiteral("INTEGER")
                           : QStringLiteral("SMALLINT");
    case 37:
        return QStringLiteral("VARCHAR(%1)").arg(length);
    case 14:
        return QStringLiteral("CHAR(%1)").arg(length);
    case 261:
        return subType == 1 ? QStringLiteral("BLOB SUB_TYPE TEXT") : QStringLiteral("BLOB");
    case 12:
        return QStringLiteral("DATE");
    case 13:
        return QStringLiteral("TIME");
    case 35:
        return QStringLiteral("TIMESTAMP");
    case 23:
        return QStringLiteral("BOOLEAN");
    default:
        return QStringLiteral("TYPE%1").arg(type);
    }
}

bool readExisting(QSqlDatabase &db, ExistingSchema *out, QString *error)
{
    erp::db::Query q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT TRIM(rf.RDB$RELATION_NAME), TRIM(rf.RDB$FIELD_NAME), f.RDB$FIELD_TYPE, "
                           "COALESCE(f.RDB$FIELD_SUB_TYPE, 0), COALESCE(f.RDB$CHARACTER_LENGTH, 0), "
                           "COALESCE(f.RDB$FIELD_PRECISION, 0), COALESCE(f.RDB$FIELD_SCALE, 0) "
                           "FROM RDB$RELATION_FIELDS rf JOIN RDB$FIELDS f ON f.RDB$FIELD_NAME = rf.RDB$FIELD_SOURCE "
                           "JOIN RDB$RELATIONS r ON r.RDB$RELATION_NAME = rf.RDB$RELATION_NAME "
                           "WHERE COALESCE(r.RDB$SYSTEM_FLAG, 0) = 0"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->columns[q.value(0).toString()][q.value(1).toString()] = describeType(
            q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt());
    if (!q.exec(QStringLiteral("SELECT TRIM(RDB$INDEX_NAME) FROM RDB$INDICES"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->indexes.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT TRIM(RDB$GENERATOR_NAME) FROM RDB$GENERATORS"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->sequences.insert(q.value(0).toString());
    if (!q.exec(QStringLiteral("SELECT TRIM(RDB$COLLATION_NAME) FROM RDB$COLLATIONS"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out->collations.insert(q.value(0).toString());
    return true;
}

struct Column
{
    QString name;
    QString definition; // type plus constraints, for CREATE/ALTER
    QString baseType;   // for comparison with the existing column
    bool widenable = false;
};

Column fieldColumn(const Field &f)
{
    return {f.column(), sqlType(f), sqlBaseType(f), f.type == erp::meta::FieldType::String};
}

QList<Column> kindColumns(const ObjectKind &kind)
{
    QList<Column> cols{
        {QStringLiteral("ID"), QStringLiteral("BIGINT NOT NULL PRIMARY KEY"), QStringLiteral("BIGINT")},
        {QStringLiteral("ROW_VERSION"), QStringLiteral("INTEGER DEFAULT 1 NOT NULL"), QStringLiteral("INTEGER")},
        {QStringLiteral("CODE"),
         QStringLiteral("VARCHAR(%1) CHARACTER SET UTF8 NOT NULL COLLATE UNICODE_CI_AI").arg(kind.codeLength),
         QStringLiteral("VARCHAR(%1)").arg(kind.codeLength), true},
        {QStringLiteral("NAME"),
         QStringLiteral("VARCHAR(%1) CHARACTER SET UTF8 NOT NULL COLLATE UNICODE_CI_AI").arg(kind.nameLength),
         QStringLiteral("VARCHAR(%1)").arg(kind.nameLength), true},
        {QStringLiteral("DELETED"), QStringLiteral("BOOLEAN DEFAULT FALSE NOT NULL"), QStringLiteral("BOOLEAN")},
    };
    if (kind.hierarchical) {
        cols.append({QStringLiteral("PARENT"), QStringLiteral("BIGINT"), QStringLiteral("BIGINT")});
        cols.append(
            {QStringLiteral("IS_GROUP"), QStringLiteral("BOOLEAN DEFAULT FALSE NOT NULL"), QStringLiteral("BOOLEAN")});
    }
    cols.append({QStringLiteral("CREATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")});
    cols.append({QStringLiteral("UPDATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")});
    for (const Field &f : kind.fields)
        cols.append(fieldColumn(f));
    return cols;
}

QList<Column> documentColumns(const ObjectKind &kind)
{
    QList<Column> cols{
        {QStringLiteral("ID"), QStringLiteral("BIGINT NOT NULL PRIMARY KEY"), QStringLiteral("BIGINT")},
        {QStringLiteral("ROW_VERSION"), QStringLiteral("INTEGER DEFAULT 1 NOT NULL"), QStringLiteral("INTEGER")},
        {QStringLiteral("NUMBER"), QStringLiteral("VARCHAR(30) CHARACTER SET UTF8 NOT NULL COLLATE UNICODE_CI_AI"),
         QStringLiteral("VARCHAR(30)"), true},
        {QStringLiteral("DOC_DATE"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
        // A workflow state's name, as long as ERP_WORKFLOW_HISTORY keeps them ("in_progress", "qualification").
        {QStringLiteral("STATUS"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 DEFAULT 'draft' NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("DELETED"), QStringLiteral("BOOLEAN DEFAULT FALSE NOT NULL"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("CREATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
        {QStringLiteral("UPDATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
    };
    for (const Field &f : kind.fields)
        cols.append(fieldColumn(f));
    return cols;
}

QList<Column> registerColumns(const erp::meta::Register &r)
{
    QList<Column> cols{
        {QStringLiteral("ID"), QStringLiteral("BIGINT NOT NULL PRIMARY KEY"), QStringLiteral("BIGINT")},
        {QStringLiteral("RECORDER_KIND"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("RECORDER_ID"), QStringLiteral("BIGINT NOT NULL"), QStringLiteral("BIGINT")},
        {QStringLiteral("LINE_NO"), QStringLiteral("INTEGER NOT NULL"), QStringLiteral("INTEGER")},
        {QStringLiteral("PERIOD"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
        {QStringLiteral("DIRECTION"), QStringLiteral("SMALLINT NOT NULL"), QStringLiteral("SMALLINT")},
    };
    for (const Field &f : r.dimensions)
        cols.append(fieldColumn(f));
    for (const Field &f : r.resources)
        cols.append(fieldColumn(f));
    return cols;
}

QList<Column> totalsColumns(const erp::meta::Register &r)
{
    QList<Column> cols{{QStringLiteral("PERIOD"), QStringLiteral("DATE NOT NULL"), QStringLiteral("DATE")}};
    for (const Field &f : r.dimensions)
        cols.append(fieldColumn(f));
    for (const Field &f : r.resources)
        cols.append(fieldColumn(f));
    return cols;
}

// ID from an identity: many postings insert delta rows at once without a sequence call each.
QList<Column> aggregateColumns(const erp::meta::Register &r, const erp::meta::RegisterAggregate &a)
{
    QList<Column> cols{
        {QStringLiteral("ID"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
         QStringLiteral("BIGINT")},
        {QStringLiteral("PERIOD"), QStringLiteral("DATE NOT NULL"), QStringLiteral("DATE")},
        {QStringLiteral("RECORDERS"), QStringLiteral("INTEGER NOT NULL"), QStringLiteral("INTEGER")},
    };
    for (const QString &d : a.dimensions)
        cols.append(fieldColumn(*r.field(d)));
    for (const Field &f : r.resources)
        cols.append(fieldColumn(f));
    return cols;
}

QList<Column> sectionColumns(const erp::meta::TabularSection &section)
{
    QList<Column> cols{
        {QStringLiteral("OWNER_ID"), QStringLiteral("BIGINT NOT NULL"), QStringLiteral("BIGINT")},
        {QStringLiteral("LINE_NO"), QStringLiteral("INTEGER NOT NULL"), QStringLiteral("INTEGER")},
    };
    for (const Field &f : section.fields)
        cols.append(fieldColumn(f));
    return cols;
}

struct Index
{
    QString name;
    QString table;
    QString columns;
    bool unique = false;
    bool descending = false;
    bool computed = false; // `columns` is an expression: COMPUTED BY (...)
};

class Planner
{
public:
    Planner(const ExistingSchema &existing, QStringList *out)
        : m_existing(existing)
        , m_out(out)
    {
    }

    bool table(const QString &table, const QList<Column> &columns, const QString &primaryKey, QString *error)
    {
        const auto it = m_existing.columns.constFind(table);
        if (it == m_existing.columns.constEnd()) {
            QStringList defs;
            for (const Column &c : columns)
                defs.append(quoteIdentifier(c.name) + u' ' + c.definition);
            if (!primaryKey.isEmpty())
                defs.append(QStringLiteral("PRIMARY KEY (%1)").arg(primaryKey));
            m_out->append(QStringLiteral("CREATE TABLE %1 (%2)").arg(quoteIdentifier(table), defs.join(u", ")));
            return true;
        }
        for (const Column &c : columns) {
            const auto existing = it->constFind(c.name);
            if (existing == it->constEnd()) {
                // Added columns are nullable: existing rows have no value; the server enforces "required".
                QString def = c.definition;
                def.remove(QStringLiteral(" NOT NULL"));
                def.remove(QStringLiteral(" PRIMARY KEY"));
                m_out->append(QStringLiteral("ALTER TABLE %1 ADD %2 %3")
                                  .arg(quoteIdentifier(table), quoteIdentifier(c.name), def));
                continue;
            }
            if (*existing == c.baseType)
                continue;
            if (c.widenable && existing->startsWith(QLatin1String("VARCHAR(")) &&
                existing->mid(8).chopped(1).toInt() < c.baseType.mid(8).chopped(1).toInt()) {
                m_out->append(QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3")
                                  .arg(quoteIdentifier(table), quoteIdentifier(c.name), c.baseType));
                continue;
            }
            *error = QStringLiteral("%1.%2 is %3 in the database but the metadata says %4; "
                                    "such a change needs a data conversion and is not applied automatically")
                         .arg(table, c.name, *existing, c.baseType);
            return false;
        }
        return true;
    }

    void index(const Index &ix)
    {
        if (m_existing.indexes.contains(ix.name))
            return;
        m_out->append(QStringLiteral("CREATE %1%2INDEX %3 ON %4 %5(%6)")
                          .arg(ix.unique ? QStringLiteral("UNIQUE ") : QString(),
                               ix.descending ? QStringLiteral("DESCENDING ") : QString(), quoteIdentifier(ix.name),
                               quoteIdentifier(ix.table), ix.computed ? QStringLiteral("COMPUTED BY ") : QString(),
                               ix.columns));
    }

    void sequence(const QString &name)
    {
        if (!m_existing.sequences.contains(name))
            m_out->append(QStringLiteral("CREATE SEQUENCE %1").arg(quoteIdentifier(name)));
    }

    // The sort orders of the languages (collations.h), created before any table needs them.
    void collation(const SortCollation &c)
    {
        if (!m_existing.collations.contains(c.name))
            m_out->append(QStringLiteral("CREATE COLLATION %1 FOR UTF8 FROM UNICODE 'LOCALE=%2'").arg(c.name, c.locale));
    }

private:
    const ExistingSchema &m_existing;
    QStringList *m_out;
};

// Tables of the platform itself, not declared in the metadata.
bool systemTables(Planner &planner, QString *error)
{
    const QList<Column> formSettings{
        {QStringLiteral("ID"), QStringLiteral("BIGINT NOT NULL PRIMARY KEY"), QStringLiteral("BIGINT")},
        {QStringLiteral("FORM_KIND"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("SCOPE"), QStringLiteral("VARCHAR(10) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(10)")},
        {QStringLiteral("TARGET"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("SETTINGS"), QStringLiteral("BLOB SUB_TYPE TEXT CHARACTER SET UTF8"),
         QStringLiteral("BLOB SUB_TYPE TEXT")},
        {QStringLiteral("UPDATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
        {QStringLiteral("UPDATED_BY"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8"), QStringLiteral("VARCHAR(40)"),
         true},
    };
    if (!planner.table(QStringLiteral("ERP_FORM_SETTINGS"), formSettings, QString(), error))
        return false;
    const QList<Column> numbers{
        {QStringLiteral("DOC_KIND"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("ORGANIZATION_ID"), QStringLiteral("BIGINT NOT NULL"), QStringLiteral("BIGINT")},
        {QStringLiteral("DOC_YEAR"), QStringLiteral("SMALLINT NOT NULL"), QStringLiteral("SMALLINT")},
        {QStringLiteral("LAST_NUMBER"), QStringLiteral("INTEGER NOT NULL"), QStringLiteral("INTEGER")},
    };
    if (!planner.table(QStringLiteral("ERP_NUMBERS"), numbers,
                       QStringLiteral("\"DOC_KIND\", \"ORGANIZATION_ID\", \"DOC_YEAR\""), error))
        return false;
    const QList<Column> history{
        {QStringLiteral("ID"), QStringLiteral("BIGINT NOT NULL PRIMARY KEY"), QStringLiteral("BIGINT")},
        {QStringLiteral("OBJECT_KIND"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("OBJECT_ID"), QStringLiteral("BIGINT NOT NULL"), QStringLiteral("BIGINT")},
        {QStringLiteral("TRANSITION"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("FROM_STATE"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8"), QStringLiteral("VARCHAR(40)"),
         true},
        {QStringLiteral("TO_STATE"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("USER_ID"), QStringLiteral("BIGINT NOT NULL"), QStringLiteral("BIGINT")},
        {QStringLiteral("USER_LOGIN"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("MOVED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
    };
    if (!planner.table(QStringLiteral("ERP_WORKFLOW_HISTORY"), history, QString(), error))
        return false;
    planner.index({QStringLiteral("ERP_WORKFLOW_HISTORY_OBJECT"), QStringLiteral("ERP_WORKFLOW_HISTORY"),
                   QStringLiteral("\"OBJECT_ID\", \"ID\"")});
    // The moves of a period (the deals won or lost in it), without reading the whole history.
    planner.index({QStringLiteral("ERP_WORKFLOW_HISTORY_MOVED"), QStringLiteral("ERP_WORKFLOW_HISTORY"),
                   QStringLiteral("\"MOVED_AT\"")});
    // The actions of a state's checklist done for an object (who, when).
    const QList<Column> actions{
        {QStringLiteral("OBJECT_ID"), QStringLiteral("BIGINT NOT NULL"), QStringLiteral("BIGINT")},
        {QStringLiteral("STATE"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("ACTION_NAME"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("USER_LOGIN"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("DONE_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
    };
    if (!planner.table(QStringLiteral("ERP_WORKFLOW_ACTIONS"), actions,
                       QStringLiteral("\"OBJECT_ID\", \"STATE\", \"ACTION_NAME\""), error))
        return false;
    // Record-level rules of the roles (core/rowrules.h).
    const QList<Column> rowRules{
        {QStringLiteral("ID"), QStringLiteral("BIGINT NOT NULL PRIMARY KEY"), QStringLiteral("BIGINT")},
        {QStringLiteral("ROLE_NAME"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("KIND"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("FIELD_NAME"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("OP"), QStringLiteral("VARCHAR(10) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(10)")},
        {QStringLiteral("RULE_VALUE"), QStringLiteral("VARCHAR(8000) CHARACTER SET UTF8"),
         QStringLiteral("VARCHAR(8000)"), true},
        {QStringLiteral("UPDATED_BY"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("UPDATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
    };
    if (!planner.table(QStringLiteral("ERP_ROW_RULES"), rowRules, QString(), error))
        return false;
    // Functional options an administrator switched (core/options.h); a missing row is the default.
    const QList<Column> options{
        {QStringLiteral("OPTION_NAME"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL PRIMARY KEY"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("ENABLED"), QStringLiteral("BOOLEAN NOT NULL"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("UPDATED_BY"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("UPDATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
    };
    if (!planner.table(QStringLiteral("ERP_OPTIONS"), options, QString(), error))
        return false;
    // Register aggregates filled from the movements (core/registeraggregates.h): the shape they
    // were filled for, and the delta rows up to WATERMARK folded by the last compaction.
    const QList<Column> aggregates{
        {QStringLiteral("TABLE_NAME"), QStringLiteral("VARCHAR(31) CHARACTER SET UTF8 NOT NULL PRIMARY KEY"),
         QStringLiteral("VARCHAR(31)")},
        {QStringLiteral("SHAPE"), QStringLiteral("VARCHAR(1000) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(1000)"), true},
        {QStringLiteral("WATERMARK"), QStringLiteral("BIGINT NOT NULL"), QStringLiteral("BIGINT")},
        {QStringLiteral("FILLED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
    };
    if (!planner.table(QStringLiteral("ERP_AGGREGATES"), aggregates, QString(), error))
        return false;
    planner.index({QStringLiteral("ERP_FORM_SETTINGS_KEY"), QStringLiteral("ERP_FORM_SETTINGS"),
                   QStringLiteral("\"FORM_KIND\", \"SCOPE\", \"TARGET\""), true});
    // Saved report parameters (rpc/reportsettingsmethods.cpp): a user's, optionally shared with a role.
    const QList<Column> reportSettings{
        {QStringLiteral("ID"), QStringLiteral("BIGINT NOT NULL PRIMARY KEY"), QStringLiteral("BIGINT")},
        {QStringLiteral("REPORT"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("NAME"), QStringLiteral("VARCHAR(80) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(80)"), true},
        {QStringLiteral("OWNER_ID"), QStringLiteral("BIGINT NOT NULL"), QStringLiteral("BIGINT")},
        {QStringLiteral("SHARED_ROLE"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8"), QStringLiteral("VARCHAR(40)"),
         true},
        {QStringLiteral("BODY"), QStringLiteral("BLOB SUB_TYPE TEXT CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("BLOB SUB_TYPE TEXT")},
        {QStringLiteral("UPDATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
    };
    if (!planner.table(QStringLiteral("ERP_REPORT_SETTINGS"), reportSettings, QString(), error))
        return false;
    planner.index({QStringLiteral("ERP_REPORT_SETTINGS_KEY"), QStringLiteral("ERP_REPORT_SETTINGS"),
                   QStringLiteral("\"REPORT\", \"OWNER_ID\", \"NAME\""), true});
    // Print templates an administrator changed (rpc/printtemplatemethods.cpp): per organization,
    // or for all (no organization); a missing row is the built-in template.
    const QList<Column> printTemplates{
        {QStringLiteral("FORM"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"), QStringLiteral("VARCHAR(40)"),
         true},
        {QStringLiteral("ORGANIZATION_ID"), QStringLiteral("BIGINT"), QStringLiteral("BIGINT")},
        {QStringLiteral("BODY"), QStringLiteral("BLOB SUB_TYPE TEXT CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("BLOB SUB_TYPE TEXT")},
        {QStringLiteral("UPDATED_BY"), QStringLiteral("VARCHAR(40) CHARACTER SET UTF8 NOT NULL"),
         QStringLiteral("VARCHAR(40)"), true},
        {QStringLiteral("UPDATED_AT"), QStringLiteral("TIMESTAMP NOT NULL"), QStringLiteral("TIMESTAMP")},
    };
    if (!planner.table(QStringLiteral("ERP_PRINT_TEMPLATES"), printTemplates, QString(), error))
        return false;
    // Unique per form and organization, the one for all included (a unique index lets NULLs repeat).
    planner.index({QStringLiteral("ERP_PRINT_TEMPLATES_KEY"), QStringLiteral("ERP_PRINT_TEMPLATES"),
                   QStringLiteral("\"FORM\" || '/' || COALESCE(\"ORGANIZATION_ID\", 0)"), true, false, true});
    return true;
}

} // namespace

bool SchemaMigrator::plan(QStringList *statements, QString *error)
{
    ExistingSchema existing;
    if (!readExisting(m_db, &existing, error))
        return false;
    Planner planner(existing, statements);
    planner.sequence(ObjectIdSequence);
    for (const SortCollation &c : sortCollations())
        planner.collation(c);
    if (!systemTables(planner, error))
        return false;
    for (const ObjectKind &kind : m_model.kinds()) {
        if (kind.isDocument()) {
            if (!planner.table(kind.table, documentColumns(kind), QString(), error))
                return false;
            planner.index({objectName(kind.table, QStringLiteral("NUMBER")), kind.table, QStringLiteral("\"NUMBER\"")});
            planner.index(
                {objectName(kind.table, QStringLiteral("DATE")), kind.table, QStringLiteral("\"DOC_DATE\", \"ID\"")});
            planner.index({objectName(kind.table, QStringLiteral("DATE_D")), kind.table,
                           QStringLiteral("\"DOC_DATE\", \"ID\""), false, true});
            // Documents by state (open deals in the pipeline, drafts to finish).
            planner.index(
                {objectName(kind.table, QStringLiteral("STATUS")), kind.table, QStringLiteral("\"STATUS\", \"ID\"")});
        } else {
            if (!planner.table(kind.table, kindColumns(kind), QString(), error))
                return false;
            planner.sequence(objectName(kind.table, QStringLiteral("CODE_SEQ")));
            planner.index(
                {objectName(kind.table, QStringLiteral("CODE")), kind.table, QStringLiteral("\"CODE\""), true});
            planner.index(
                {objectName(kind.table, QStringLiteral("NAME")), kind.table, QStringLiteral("\"NAME\", \"ID\"")});
            // Descending twins let a list open at its end (or sorted Z to A) without sorting the table.
            planner.index({objectName(kind.table, QStringLiteral("CODE_D")), kind.table, QStringLiteral("\"CODE\""),
                           false, true});
            planner.index({objectName(kind.table, QStringLiteral("NAME_D")), kind.table,
                           QStringLiteral("\"NAME\", \"ID\""), false, true});
            if (kind.hierarchical)
                planner.index({objectName(kind.table, QStringLiteral("PARENT")), kind.table,
                               QStringLiteral("\"PARENT\", \"NAME\", \"ID\"")});
        }
        for (const Field &f : kind.fields) {
            if (f.type == erp::meta::FieldType::Ref || f.indexed)
                planner.index({objectName(kind.table, f.column()), kind.table,
                               quoteIdentifier(f.column()) + QStringLiteral(", \"ID\"")});
            // The documents of one partner (a "timeline" catalog), newest first, page by page.
            const ObjectKind *target = f.type == erp::meta::FieldType::Ref ? m_model.kind(f.target) : nullptr;
            if (kind.isDocument() && target && target->timeline)
                planner.index({objectName(kind.table, f.column() + QStringLiteral("_TL")), kind.table,
                               quoteIdentifier(f.column()) + QStringLiteral(", \"DOC_DATE\", \"ID\""), false, true});
            if (f.type == erp::meta::FieldType::String && f.matchDigits > 0)
                planner.index({objectName(kind.table, f.column() + QStringLiteral("_DG")), kind.table,
                               erp::db::digitsExpression(quoteIdentifier(f.column()), f.matchDigits), false, false,
                               true});
        }
        for (const erp::meta::TabularSection &s : kind.sections) {
            if (!planner.table(s.table, sectionColumns(s), QStringLiteral("\"OWNER_ID\", \"LINE_NO\""), error))
                return false;
            for (const Field &f : s.fields)
                if (f.type == erp::meta::FieldType::Ref || f.indexed)
                    planner.index({objectName(s.table, f.column()), s.table, quoteIdentifier(f.column())});
        }
    }
    for (const erp::meta::Register &r : m_model.registers()) {
        // A document's derived balance sums the totals of one dimension: an index on it when
        // it does not lead the totals' key.
        QStringList summedBy;
        for (const ObjectKind &kind : m_model.kinds())
            for (const Field &f : kind.derived)
                if (f.balance && f.balance->registerName == r.name && !r.dimensions.isEmpty() &&
                    r.dimensions.first().name != f.balance->dimension && !summedBy.contains(f.balance->dimension))
                    summedBy.append(f.balance->dimension);
        if (!planner.table(r.table, registerColumns(r), QString(), error))
            return false;
        planner.index(
            {objectName(r.table, QStringLiteral("RECORDER")), r.table, QStringLiteral("\"RECORDER_ID\", \"LINE_NO\"")});
        QStringList dims;
        for (const Field &d : r.dimensions)
            dims.append(quoteIdentifier(d.column()));
        planner.index({objectName(r.table, QStringLiteral("DIMS")), r.table,
                       dims.join(QStringLiteral(", ")) + QStringLiteral(", \"PERIOD\"")});
        if (r.type == erp::meta::RegisterType::Balance) {
            if (!planner.table(r.totalsTable, totalsColumns(r), QString(), error))
                return false;
            planner.index({objectName(r.totalsTable, QStringLiteral("KEY")), r.totalsTable,
                           dims.join(QStringLiteral(", ")) + QStringLiteral(", \"PERIOD\""), true});
            for (const QString &d : std::as_const(summedBy))
                planner.index({objectName(r.totalsTable, d.toUpper()), r.totalsTable, quoteIdentifier(d.toUpper())});
        }
        for (const erp::meta::RegisterAggregate &a : r.aggregates) {
            if (!planner.table(a.table, aggregateColumns(r, a), QString(), error))
                return false;
            QStringList keys;
            for (const QString &d : a.dimensions)
                keys.append(quoteIdentifier(r.field(d)->column()));
            planner.index({objectName(a.table, QStringLiteral("KEY")), a.table,
                           keys.join(QStringLiteral(", ")) + QStringLiteral(", \"PERIOD\"")});
            planner.index({objectName(a.table, QStringLiteral("PERIOD")), a.table, QStringLiteral("\"PERIOD\"")});
        }
    }
    return true;
}

bool SchemaMigrator::migrate(QStringList *applied, QString *error)
{
    QStringList statements;
    if (!plan(&statements, error))
        return false;
    erp::db::Query q(m_db);
    // DDL must be committed before the next statement can use it, so each runs on its own.
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
            return false;
        }
        applied->append(sql);
    }
    return true;
}

} // namespace erp::db
