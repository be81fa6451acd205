#include "core/attributes.h"
#include "core/catalogstore.h"
#include "core/options.h"
#include "methods.h"
#include "params.h"

namespace erp::rpc {

namespace {

using Operation = QCborMap (erp::core::CatalogStore::*)(const QCborMap &);

// A write of the catalog additional_attributes: the attribute is checked as stored (its name,
// kind and type, and what an update may not change), and the model is built again once the
// call commits, with the attribute's column added (core/options.h).
QCborValue writeAttribute(CallContext &ctx, erp::core::CatalogStore &store, Operation op, const QCborMap &params)
{
    const erp::meta::ObjectKind &kind = store.kindFor(params, true);
    QCborMap before;
    const qint64 id = params.value(QStringLiteral("id")).toInteger();
    if (op == &erp::core::CatalogStore::update && id > 0) {
        store.requireVisible(kind, id);
        before = store.readObject(kind, id);
    }
    const QCborMap object = (store.*op)(params);
    if (op != &erp::core::CatalogStore::setDeleted)
        erp::core::attributes::check(ctx.db, *ctx.snapshot->base, object, before);
    erp::core::ModelSnapshots::invalidate();
    ctx.afterCommit.push_back([&db = ctx.db] { erp::core::ModelSnapshots::rebuildAfterCommit(db); });
    ctx.events.push_back({QString(), 0, 0, QStringLiteral("metaChanged")});
    return object;
}

Method catalogMethod(const QString &name, const QString &summary, Access access, Operation op,
                     const QList<Param> &declared)
{
    return {name,
            access == Access::Read ? QStringLiteral("read") : QStringLiteral("write"),
            summary,
            access,
            [op, access](CallContext &ctx, const QCborMap &params) -> QCborValue {
                erp::core::CatalogStore store(ctx.db, ctx.model, ctx.user, &ctx.events);
                store.setAreas(&ctx.areas);
                if (access == Access::Read ||
                    params.value(QStringLiteral("kind")).toString() != erp::core::attributes::Kind)
                    return (store.*op)(params);
                return writeAttribute(ctx, store, op, params);
            },
            declared};
}

} // namespace

QList<Param> listParams()
{
    return {kindParam(),
            Param::array(QStringLiteral("filters")),
            Param::string(QStringLiteral("sort"), MaxNameLength),
            Param::boolean(QStringLiteral("descending")),
            Param::map(QStringLiteral("after")),
            Param::integer(QStringLiteral("limit"), 1, erp::core::CatalogStore::MaxPageSize),
            Param::integer(QStringLiteral("parent"), 1).allowNull(),
            Param::boolean(QStringLiteral("includeDeleted")),
            Param::array(QStringLiteral("totals"))};
}

QList<Method> catalogMethods()
{
    using erp::core::CatalogStore;
    const Param values = Param::map(QStringLiteral("values"));
    const Param sections = Param::map(QStringLiteral("sections"));
    return {
        catalogMethod(QStringLiteral("catalog.create"),
                      QStringLiteral("Creates an object: {kind, values, sections?} -> the object."), Access::Write,
                      &CatalogStore::create, {kindParam(), values.require(), sections}),
        catalogMethod(QStringLiteral("catalog.read"), QStringLiteral("Reads an object: {kind, id}."), Access::Read,
                      &CatalogStore::read, {kindParam(), idParam()}),
        catalogMethod(QStringLiteral("catalog.update"),
                      QStringLiteral("Changes an object: {kind, id, version, values, sections?}; "
                                     "refused with Conflict when version is stale."),
                      Access::Write, &CatalogStore::update, {kindParam(), idParam(), versionParam(), values, sections}),
        catalogMethod(QStringLiteral("catalog.setDeleted"),
                      QStringLiteral("Marks or unmarks an object for deletion: {kind, id, version, deleted}."),
                      Access::Write, &CatalogStore::setDeleted,
                      {kindParam(), idParam(), versionParam(), Param::boolean(QStringLiteral("deleted"))}),
        catalogMethod(QStringLiteral("catalog.list"),
                      QStringLiteral("Lists objects: {kind, filters?, sort?, descending?, after?, limit?, parent?, "
                                     "includeDeleted?, totals?} -> {rows, more, next, count?, totals?}."),
                      Access::Read, &CatalogStore::list, listParams()),
        catalogMethod(QStringLiteral("catalog.search"),
                      QStringLiteral("Finds objects by code, name and searchable fields, ignoring case and "
                                     "accents: {kind, text, limit?, includeDeleted?, anywhere?, filters?}."),
                      Access::Read, &CatalogStore::search,
                      {kindParam(), Param::string(QStringLiteral("text"), CatalogStore::MaxSearchLength).require(),
                       Param::integer(QStringLiteral("limit"), 1, CatalogStore::MaxPageSize),
                       Param::boolean(QStringLiteral("includeDeleted")), Param::boolean(QStringLiteral("anywhere")),
                       Param::array(QStringLiteral("filters"))}),
    };
}

} // namespace erp::rpc
