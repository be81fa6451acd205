#include "core/catalogstore.h"
#include "methods.h"
#include "params.h"

namespace erp::rpc {

namespace {

using Operation = QCborMap (erp::core::CatalogStore::*)(const QCborMap &);

Method catalogMethod(const QString &name, const QString &summary, Access access, Operation op,
                     const QList<Param> &declared)
{
    return {name,
            access == Access::Read ? QStringLiteral("read") : QStringLiteral("write"),
            summary,
            access,
            [op](CallContext &ctx, const QCborMap &params) -> QCborValue {
                erp::core::CatalogStore store(ctx.db, ctx.model, ctx.user, &ctx.events);
                store.setAreas(&ctx.areas);
                return (store.*op)(params);
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
