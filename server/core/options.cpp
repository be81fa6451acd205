#include "options.h"

#include "attributes.h"
#include "db/schema.h"
#include "db/sqlvalue.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSet>
#include "db/query.h"

#include <atomic>
#include <mutex>

namespace erp::core {

namespace {

const erp::meta::Model *base = nullptr;
std::mutex mutex;     // guards `snapshot`
std::mutex loading;   // one worker builds a new snapshot (and runs its DDL) at a time
std::shared_ptr<const ModelSnapshot> snapshot;
std::atomic<bool> stale{true};

// The X_ columns that exist, as "TABLE.COLUMN".
QSet<QString> attributeColumns(QSqlDatabase &db)
{
    QSet<QString> out;
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(q, QStringLiteral("SELECT TRIM(RDB$RELATION_NAME), TRIM(RDB$FIELD_NAME) FROM RDB$RELATION_FIELDS "
                                       "WHERE RDB$FIELD_NAME STARTING WITH 'X_'"));
    while (q.next())
        out.insert(q.value(0).toString() + u'.' + q.value(1).toString());
    return out;
}

// Sets *incomplete when an attribute's column is missing (its DDL failed: tried again next call).
std::shared_ptr<const ModelSnapshot> build(QSqlDatabase &db, bool *incomplete)
{
    auto out = std::make_shared<ModelSnapshot>();
    out->base = base;
    out->enabled = loadOptions(db, *base);
    // Metadata without the attributes catalog (a test's own) has none.
    QList<attributes::Attribute> all;
    if (base->kind(attributes::Kind))
        all = attributes::load(db);
    // Columns first: every attribute stored, deleted ones too, has its column (never dropped).
    erp::meta::Model full = *base;
    attributes::extend(full, all);
    erp::db::SchemaMigrator migrator(db, full);
    QStringList applied;
    QString error;
    if (!migrator.migrate(&applied, &error))
        qWarning().noquote() << "additional attributes: the schema could not be brought forward:" << error;
    else if (!applied.isEmpty())
        qInfo().noquote() << "additional attributes: applied" << applied.join(QStringLiteral("; "));
    QStringList off;
    for (auto it = out->enabled.constBegin(); it != out->enabled.constEnd(); ++it)
        if (!it.value())
            off.append(it.key());
    const QSet<QString> columns = attributeColumns(db);
    all.removeIf([&](const attributes::Attribute &a) {
        const erp::meta::ObjectKind *kind = base->kind(a.kind);
        const bool missing = kind && !columns.contains(kind->table + u'.' + a.field.column());
        if (missing && !a.deleted)
            *incomplete = true;
        return a.deleted || missing;
    });
    if (!out->isEnabled(attributes::Option))
        all.clear();
    erp::meta::Model live = *base;
    attributes::extend(live, all);
    out->model = live.withOptionsOff(off);
    return out;
}

} // namespace

bool ModelSnapshot::isKindOff(const QString &kind) const
{
    const erp::meta::ObjectKind *declared = base ? base->kind(kind) : nullptr;
    return declared && !model.kind(kind);
}

bool ModelSnapshot::isKindHidden(const erp::meta::ObjectKind &kind) const
{
    return !model.kind(kind.name) || (!kind.option.isEmpty() && !isEnabled(kind.option));
}

void ModelSnapshots::setBase(const erp::meta::Model &model)
{
    base = &model;
    stale = true;
}

std::shared_ptr<const ModelSnapshot> ModelSnapshots::current(QSqlDatabase &db)
{
    if (!stale.load()) {
        const std::lock_guard lock(mutex);
        if (snapshot)
            return snapshot;
    }
    const std::lock_guard building(loading);
    if (!stale.load()) {
        const std::lock_guard lock(mutex);
        if (snapshot)
            return snapshot;
    }
    stale = false; // a change committed while building sets it again
    std::shared_ptr<const ModelSnapshot> fresh;
    bool incomplete = false;
    try {
        fresh = build(db, &incomplete);
    } catch (...) {
        stale = true;
        throw;
    }
    if (incomplete)
        stale = true;
    const std::lock_guard lock(mutex);
    snapshot = fresh;
    return snapshot;
}

void ModelSnapshots::invalidate()
{
    stale = true;
}

void ModelSnapshots::rebuildAfterCommit(QSqlDatabase &db)
{
    // Under `loading`: a build another worker began before the commit ends first, and this one
    // replaces what it kept.
    const std::lock_guard building(loading);
    stale = false;
    bool incomplete = false;
    std::shared_ptr<const ModelSnapshot> fresh;
    try {
        fresh = build(db, &incomplete);
    } catch (...) {
        // The change itself is committed; the next call builds the snapshot again.
        qWarning().noquote() << "the model could not be rebuilt after a change of options or attributes";
        stale = true;
        return;
    }
    if (incomplete)
        stale = true;
    const std::lock_guard lock(mutex);
    snapshot = fresh;
}

QHash<QString, bool> loadOptions(QSqlDatabase &db, const erp::meta::Model &model)
{
    QHash<QString, bool> out;
    for (const erp::meta::FunctionalOption &o : model.options())
        out.insert(o.name, o.enabled);
    erp::db::Query q(db);
    q.setForwardOnly(true);
    erp::db::execute(q, QStringLiteral("SELECT OPTION_NAME, ENABLED FROM ERP_OPTIONS"));
    while (q.next())
        if (out.contains(q.value(0).toString()))
            out.insert(q.value(0).toString(), q.value(1).toBool());
    return out;
}

void storeOption(QSqlDatabase &db, const QString &name, bool enabled, const QString &login)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    erp::db::Query q(db);
    erp::db::execute(q,
                     QStringLiteral("UPDATE OR INSERT INTO ERP_OPTIONS (OPTION_NAME, ENABLED, UPDATED_BY, UPDATED_AT) "
                                    "VALUES (?, ?, ?, ?) MATCHING (OPTION_NAME)"),
                     {name, enabled, login, QDateTime(now.date(), now.time())});
}

} // namespace erp::core
