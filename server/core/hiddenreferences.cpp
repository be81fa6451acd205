#include "hiddenreferences.h"

#include "options.h"
#include "db/sqltypes.h"
#include "db/sqlvalue.h"

#include "db/query.h"

namespace erp::core {

using erp::meta::Field;
using erp::meta::FieldType;
using erp::meta::ObjectKind;

namespace {

// The first required reference of a kind: whose object it belongs to (a counterparty's partner).
const Field *ownerField(const ObjectKind &kind)
{
    for (const Field &f : kind.fields)
        if (f.type == FieldType::Ref && f.required)
            return &f;
    return nullptr;
}

qint64 oneObjectOf(QSqlDatabase &db, const ObjectKind &kind, const Field &owner, qint64 ownerId)
{
    erp::db::Query q(db);
    erp::db::execute(q,
                     QStringLiteral("SELECT FIRST 1 \"ID\" FROM %1 WHERE %2 = ? AND \"DELETED\" = FALSE ORDER BY \"ID\"")
                         .arg(erp::db::quoteIdentifier(kind.table), erp::db::quoteIdentifier(owner.column())),
                     {qlonglong(ownerId)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 createFor(CatalogStore &store, const ObjectKind &kind, const Field &owner, const ObjectKind &ownerKind,
                 qint64 ownerId)
{
    const QCborMap from = store.readObject(ownerKind, ownerId);
    QCborMap values;
    values.insert(erp::meta::system::Name, from.value(erp::meta::system::Name));
    values.insert(owner.name, ownerId);
    for (const Field &f : kind.fields) {
        const Field *same = ownerKind.field(f.name);
        const QCborValue v = from.value(f.name);
        if (f.name != owner.name && f.isWritable() && same && same->type == f.type && same->target == f.target &&
            same->length <= f.length && !v.isNull() && !v.isUndefined())
            values.insert(f.name, v);
    }
    QCborMap params;
    params.insert(QStringLiteral("kind"), kind.name);
    params.insert(QStringLiteral("values"), values);
    return store.create(params).value(erp::meta::system::Id).toInteger();
}

} // namespace

void fillHiddenReferences(QSqlDatabase &db, const ModelSnapshot &snapshot, const UserInfo &user,
                          std::vector<ChangeEvent> *events, const QString &method, QCborMap &params)
{
    const bool create = method == QLatin1String("document.create");
    const bool update = method == QLatin1String("document.update");
    if (!create && !update && method != QLatin1String("document.recalculate"))
        return;
    const ObjectKind *document = snapshot.model.kind(params.value(QStringLiteral("kind")).toString());
    if (!document)
        return;
    QCborMap values = params.value(QStringLiteral("values")).toMap();
    bool changed = false;
    for (const Field &f : document->fields) {
        const ObjectKind *hidden = f.type == FieldType::Ref ? snapshot.model.kind(f.target) : nullptr;
        if (!hidden || !hidden->optionHides || snapshot.isEnabled(hidden->option))
            continue;
        const Field *owner = ownerField(*hidden);
        const QCborValue given = values.value(f.name);
        if (!owner || (!given.isUndefined() && !given.isNull()))
            continue;
        // The document's field that names the owner (its partner).
        for (const Field &o : document->fields) {
            if (o.type != FieldType::Ref || o.target != owner->target)
                continue;
            const QCborValue ownerId = values.value(o.name);
            if (!ownerId.isInteger() || ownerId.toInteger() <= 0)
                break;
            const ObjectKind *ownerKind = snapshot.model.kind(owner->target);
            CatalogStore store(db, snapshot.model, user, events);
            // An owner that does not exist is left to the document's own validation to name.
            erp::db::Query q(db);
            erp::db::execute(q, QStringLiteral("SELECT 1 FROM %1 WHERE \"ID\" = ?").arg(erp::db::quoteIdentifier(ownerKind->table)),
                             {qlonglong(ownerId.toInteger())});
            if (!q.next())
                break;
            qint64 id = oneObjectOf(db, *hidden, *owner, ownerId.toInteger());
            if (!id && (create || update))
                id = createFor(store, *hidden, *owner, *ownerKind, ownerId.toInteger());
            if (id) {
                values.insert(f.name, id);
                changed = true;
            }
            break;
        }
    }
    if (changed)
        params.insert(QStringLiteral("values"), values);
}

} // namespace erp::core
